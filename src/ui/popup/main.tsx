import { mountApp } from '../mount';

function Popup() {
  return <h1>Selge</h1>;
}
mountApp(<Popup />);
