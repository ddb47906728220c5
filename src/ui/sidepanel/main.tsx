import { mountApp } from '../mount';

function Sidepanel() {
  return <h1>Selge</h1>;
}
mountApp(<Sidepanel />);
