// The name under which a sleeping top-frame bootstrap (entrypoints/content/boot.ts) exposes its wake function to the
// background, shared by both sides. No imports: the bootstrap's bundle must stay free of any extension API wrapper.

/**
 * Why the background wakes a sleeping top-frame bootstrap: `notes`, the site of the tab's URL has notes (ask the
 * background about this page and paint them); `listen`, the extension is about to message the tab (load the rest of
 * the page side, which answers); `selection`, the same but only in a frame holding the reader's selection (the context
 * menu and the shortcut); `note`, the page replaced its document while the reader was writing a note in it (the
 * background's note watch, entrypoints/background/note-watch.ts): hold the reader's keys from the page and open that
 * note's editor again (its `NoteResume`).
 */
export type WakeReason = 'notes' | 'listen' | 'selection' | 'note';

/** The note the reader was writing when the page replaced its document: the highlight, its article and its version. */
export interface NoteResume {
  id: string;
  articleKey: string;
  /** The `modified` time of the stored highlight the note's draft started from (lib/note-draft.ts). */
  base: string;
  /** The field the reader was typing in. */
  field: 'note' | 'tags';
}

/** The registry key of the symbol (`Symbol.for(WAKE_KEY)`) on the isolated world's window. */
export const WAKE_KEY = 'lede.page-wake';
