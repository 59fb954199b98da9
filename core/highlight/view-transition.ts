// A page's view transition draws pictures of the page above everything, the top layer Lede lifts its elements into
// included, for as long as the page's own style makes its animation last; meanwhile the live page, Lede's toolbar,
// toasts, note editor and highlights among it, is drawn nowhere. A page that started one lasting a minute at each of
// the reader's releases hid the toolbar and the "Saved" toast while the colour keys still saved (red team 57, V).

type Transition = { skipTransition(): void; ready?: Promise<unknown> };
type TransitionDoc = Document & {
  activeViewTransition?: Transition | null;
  startViewTransition?: (update?: () => void) => Transition;
};

/**
 * Ends the view transition the page is running in `doc`, if any, so that the live page (and Lede's elements on it)
 * is drawn again: the page's own is skipped, or, where the browser does not hand it over, a new one is started (which
 * skips it) and skipped at once. Returns whether one was running. Never throws.
 */
export function endPageTransition(doc: Document): boolean {
  const d = doc as TransitionDoc;
  try {
    if (!doc.documentElement?.matches(':active-view-transition')) return false;
    const running = d.activeViewTransition ?? d.startViewTransition?.(() => undefined);
    // A skipped transition rejects its `ready`: expected here, nothing to report.
    running?.ready?.catch(() => undefined);
    running?.skipTransition();
    return !!running;
  } catch {
    return false; // an engine without view transitions (or the selector) has none to end
  }
}
