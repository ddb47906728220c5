import { mountApp } from '../mount';

function Trainer() {
  return <h1>Selge</h1>;
}
mountApp(<Trainer />);
