// The notes library page (notes.html): mounts the Preact app.
import { render } from 'preact';
import '../../assets/theme.css';
import '../../components/library/library.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
