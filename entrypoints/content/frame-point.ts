// Where a press in one of the page's frames lies in the top window, and which of the top document's elements holds
// that frame: for the note editor's check of a press inside its box (editor-frame.ts), which a page can meet with a
// cover made of a frame inside a frame, or of a scaled or turned frame (red team 52).

/** A point of a press in the top window's terms, and the element of the top document the press's frame lies in. */
export interface TopPoint {
  x: number;
  y: number;
  /** The top document's element holding the frame (itself, or its outermost shadow host): null for the top window. */
  holder: Element | null;
}

/** How many frames deep a press is followed; a page nesting more gets none of its presses placed. */
const MAX_DEPTH = 32;

/**
 * The point `(x, y)` of `from`'s viewport in `top`'s viewport: through each frame element up, its border and padding,
 * and the scale its box is drawn at. A turn or a skew is not followed (the box drawn is then not the frame's content
 * scaled), so a caller who must not be wrong also asks whether the frame is drawn where it looks (`drawnAt`). Null
 * when a window on the way is not reachable (another origin) or the frames go deeper than MAX_DEPTH.
 */
export function topPointOf(from: Window, top: Window, x: number, y: number): TopPoint | null {
  let win = from;
  let el: HTMLElement | null = null;
  for (let depth = 0; win !== top; depth++) {
    if (depth >= MAX_DEPTH) return null;
    try {
      el = win.frameElement as HTMLElement | null;
    } catch {
      return null;
    }
    const view = el?.ownerDocument.defaultView;
    if (!el || !view) return null;
    const box = el.getBoundingClientRect();
    const style = view.getComputedStyle(el);
    // The frame's viewport starts inside its border and padding; a scaled frame draws it larger or smaller.
    const sx = el.offsetWidth ? box.width / el.offsetWidth : 1;
    const sy = el.offsetHeight ? box.height / el.offsetHeight : 1;
    x = box.left + (el.clientLeft + (Number.parseFloat(style.paddingLeft) || 0) + x) * sx;
    y = box.top + (el.clientTop + (Number.parseFloat(style.paddingTop) || 0) + y) * sy;
    win = view;
  }
  return { x, y, holder: el && outermost(el) };
}

/** `el`, or the shadow host holding it that is in its document's own tree (what the document's hit test returns). */
function outermost(el: Element): Element {
  let at = el;
  for (let root = at.getRootNode(); root.nodeType === 11 && (root as ShadowRoot).host; root = at.getRootNode())
    at = (root as ShadowRoot).host;
  return at;
}

/** How many points of the overlap `drawnAt` hit-tests. */
const SAMPLES = 49;

/**
 * Whether `holder` (an element of `doc`'s own tree) is what is drawn on top somewhere in `box` (in `doc`'s viewport):
 * hit-tested at SAMPLES points drawn at random across the part of `box` the holder's own box overlaps. At random, from
 * this isolated world's `Math.random`, which the page cannot read: a page that knew the points could clip its frame to
 * everything but them (red team 52: a turned frame clipped to a 12 px hole where the reader clicks was missed by a
 * fixed 5×5 grid). What is left: a frame drawn over a small part of the editor is missed now and then, and the
 * reader's press must land in that small part.
 */
export function drawnAt(doc: Document, holder: Element, box: DOMRect, random: () => number = Math.random): boolean {
  const r = holder.getBoundingClientRect();
  const [left, right] = [Math.max(r.left, box.left), Math.min(r.right, box.right)];
  const [top, bottom] = [Math.max(r.top, box.top), Math.min(r.bottom, box.bottom)];
  if (right - left < 1 || bottom - top < 1) return false;
  for (let i = 0; i < SAMPLES; i++)
    if (doc.elementFromPoint(left + (right - left) * random(), top + (bottom - top) * random()) === holder) return true;
  return false;
}
