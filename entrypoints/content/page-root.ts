// The page's root element, the one every anchor is described against; its own room so that the page's surface and
// the session's state both read it without importing each other.

/** Where Lede reads the page's text and keeps its host: the body, or the root element of a page without one. */
export const pageRoot = (doc: Document): HTMLElement => doc.body ?? doc.documentElement;
