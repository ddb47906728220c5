import '../styles.css';
import { mountApp } from '../mount';
import { Welcome } from './Welcome';

mountApp(<Welcome />);
