import '../styles.css';
import { App } from '../components/App';
import { mountApp } from '../mount';

mountApp(<App mode="sidepanel" />);
