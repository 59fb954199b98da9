// The address a document loaded at: its navigation entry's name, which `history.pushState` and `replaceState` do not
// change and the page cannot rewrite. Read by the bootstrap (the route it loaded with; the address it sends with its
// first question), the page side (routed pages) and every command a content script sends (lib/runtime-messages.ts),
// so that the background can tell a page that moved its address onto another owner's path (red team 53). Tiny and
// free of imports: the bootstrap carries it on every page.

/** The address `view`'s document loaded at, or undefined where the browser keeps no navigation entry. */
export function loadedAddress(view: { performance?: Performance }): string | undefined {
  try {
    return view.performance?.getEntriesByType?.('navigation')[0]?.name || undefined;
  } catch {
    return undefined; // no navigation timing here: the background goes by the frame's URL alone
  }
}
