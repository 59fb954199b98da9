// Brings a passage the reader asked the sidebar to show into the window's middle (extension-commands.ts
// `showPassage`). The scroll is the feature, and tells the page which lines the reader asked for; it must tell no
// more. `scrollIntoView()` on the element the passage starts in scrolled every box around that element, down to the
// page's own: a page that put each word in a box of its own that can scroll read, from the one box Lede scrolled, the
// very word the reader's highlight starts on (red team 62, S1). Here only boxes that hold the whole passage are
// scrolled, and each only when the passage is not already in its view.

import { composedParent } from '../../core/anchoring/dom/composed-parent';

/** How far to scroll one axis so that [from, to] lies inside [start, end]: centred, unless it is in already. */
function delta(from: number, to: number, start: number, end: number, centre: boolean): number {
  if (from >= start && to <= end) return 0;
  if (centre) return (from + to) / 2 - (start + end) / 2;
  return from < start || to - from > end - start ? from - start : to - end;
}

/**
 * Scrolls the page's scroll boxes that hold all of `range` (innermost first, at once) only as far as it is out of
 * their view, then the window to put it in the middle (`behavior` for the window's scroll alone).
 */
export function showRange(range: Range, view: Window, behavior: ScrollBehavior): void {
  const doc = view.document;
  const top = new Set<Element | null>([doc.scrollingElement, doc.documentElement, doc.body]);
  const start = range.commonAncestorContainer;
  for (
    let el = start.nodeType === 1 ? (start as Element) : composedParent(start);
    el && !top.has(el);
    el = composedParent(el)
  ) {
    if (el.scrollHeight <= el.clientHeight && el.scrollWidth <= el.clientWidth) continue;
    const style = view.getComputedStyle(el);
    if (!/auto|scroll|hidden/.test(`${style.overflowX} ${style.overflowY}`)) continue;
    const r = range.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    const y0 = box.top + el.clientTop;
    const x0 = box.left + el.clientLeft;
    const dy = delta(r.top, r.bottom, y0, y0 + el.clientHeight, true);
    const dx = delta(r.left, r.right, x0, x0 + el.clientWidth, false);
    if (dy || dx) el.scrollBy({ top: dy, left: dx, behavior: 'instant' as ScrollBehavior });
  }
  const r = range.getBoundingClientRect();
  const dy = (r.top + r.bottom) / 2 - view.innerHeight / 2;
  const dx = delta(r.left, r.right, 0, view.innerWidth, false);
  if (dy || dx) view.scrollBy({ top: dy, left: dx, behavior });
}
