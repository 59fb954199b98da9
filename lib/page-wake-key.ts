// The name under which a sleeping top-frame bootstrap (entrypoints/content/boot.ts) exposes its wake function to the
// background, shared by both sides. No imports: the bootstrap's bundle must stay free of any extension API wrapper.

/**
 * Why the background wakes a sleeping top-frame bootstrap: `notes`, the site of the tab's URL has notes (ask the
 * background about this page and paint them); `listen`, the extension is about to message the tab (load the rest of
 * the page side, which answers); `selection`, the same but only in a frame holding the reader's selection (the context
 * menu and the shortcut).
 */
export type WakeReason = 'notes' | 'listen' | 'selection';

/** The registry key of the symbol (`Symbol.for(WAKE_KEY)`) on the isolated world's window. */
export const WAKE_KEY = 'lede.page-wake';
