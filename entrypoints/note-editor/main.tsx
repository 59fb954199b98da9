// The in-page note editor, as an extension page shown in an <iframe> inside Lede's shadow host on the page (see
// entrypoints/content/editor-frame.ts). What the reader types stays in this document, out of the page's reach.
import { render } from 'preact';
import './note-editor.css';
import { NoteEditor, readEditorParams } from './NoteEditor';

const params = readEditorParams(location.hash);
render(
  params ? <NoteEditor params={params} /> : <p role="alert">This note cannot be opened here.</p>,
  document.getElementById('app')!,
);
