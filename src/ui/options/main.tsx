import '../styles.css';
import { mountApp } from '../mount';
import { Options } from './Options';

mountApp(<Options />);
