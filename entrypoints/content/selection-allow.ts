// The reader's leave to select text on a page that stops it (selection-guard.ts): loaded with the rest of the page
// side, not the bootstrap, as only a reader's click on "Let me select" needs it.
import type { SelectionGuard } from './selection-guard';

/** Over the page's own rules; an inline style marked `!important` still wins (docs/reliability.md, red team 56). */
const SELECTABLE = '*, *::before, *::after { -webkit-user-select: text !important; user-select: text !important; }';

/**
 * Selecting works on `doc` again for as long as it is open: presses on its words, `selectstart` and `selectionchange`
 * kept from the page's listeners (selection-guard.ts), its text selectable. `own`: Lede's own elements.
 */
export function allowSelecting(doc: Document, guard: SelectionGuard, own: (n: Node) => boolean): void {
  guard.allow(own);
  const view = doc.defaultView;
  if (!view) return;
  try {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(SELECTABLE);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    // A browser without constructed style sheets: a style element (a page's CSP may refuse it; selectstart is still
    // kept from the page's listeners).
    const style = doc.createElement('style');
    style.textContent = SELECTABLE;
    (doc.head ?? doc.documentElement).append(style);
  }
}
