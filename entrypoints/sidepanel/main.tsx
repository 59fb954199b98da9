import { render } from 'preact';
import '../../assets/theme.css';
import './sidepanel.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
