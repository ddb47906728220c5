import '../styles.css';
import { mountApp } from '../mount';
import { Trainer } from './Trainer';

mountApp(<Trainer />);
