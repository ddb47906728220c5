import { mountApp } from '../mount';

function Options() {
  return <h1>Selge</h1>;
}
mountApp(<Options />);
