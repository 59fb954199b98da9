// Where the painter's boxes go and whether to draw them: a range's rects under a point, the boxes around a passage
// that clip it, and whether the page draws something over it. Reads layout only; changes nothing.

import { composedParent } from '../anchoring/dom/composed-parent';

type RectsOf = { getClientRects?: () => ArrayLike<DOMRectReadOnly> };

/** A box in viewport coordinates. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export function isInRects(range: RectsOf, x: number, y: number): boolean {
  const rects = range.getClientRects?.() ?? [];
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}

/** Overflow values that cut off what passes the box. */
const CLIPS = /^(hidden|scroll|auto|clip|overlay)$/;

/**
 * Boxes whose overflow clips nothing, whatever their computed `overflow` says: no box at all (`contents`: its rect is
 * all zeros, and cutting a passage to it drew nothing), or an inline box, to which overflow does not apply (red team
 * 54: a page wrapped its article in either and no highlight in it was drawn).
 */
const NO_CLIP_DISPLAY = new Set(['contents', 'inline', 'none']);

/**
 * Whether the style contains the element's paint (`contain: paint`, `content` or `strict`, or `content-visibility`
 * other than visible): it clips what overflows its padding box, its `overflow` still `visible` (red team 54: an article
 * shut to a strip that way after the paint had the highlight drawn whole below it).
 */
function paintContained(cs: CSSStyleDeclaration): boolean {
  const visibility = cs.getPropertyValue('content-visibility');
  return /\b(paint|content|strict)\b/.test(cs.contain || '') || (!!visibility && visibility !== 'visible');
}

/**
 * Where `el` (a clipper) cuts off what passes it, in viewport coordinates: its border box, or with `overflow: clip`
 * and an `overflow-clip-margin`, that much beyond the box the margin names (padding box unless it says another), on
 * each clipped axis. A page set `height: 0; overflow: clip; overflow-clip-margin: 3000px` on its article: the words
 * were all shown and no highlight was drawn (red team 54).
 */
export function clipBoxOf(
  el: Element,
  view: Window | null,
): { left: number; top: number; right: number; bottom: number } {
  const b = el.getBoundingClientRect();
  const out = { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
  const cs = view?.getComputedStyle(el);
  if (!cs) return out;
  // Paint containment clips an axis whose overflow is visible as `overflow: clip` would, at its clip margin too.
  const contained = paintContained(cs);
  const clipX = cs.overflowX === 'clip' || (contained && cs.overflowX === 'visible');
  const clipY = cs.overflowY === 'clip' || (contained && cs.overflowY === 'visible');
  if (!clipX && !clipY) return out;
  const margin = cs.getPropertyValue('overflow-clip-margin') || '';
  const length = Number.parseFloat(/(-?[\d.]+)px/.exec(margin)?.[1] ?? '0') || 0;
  const box = /content-box|padding-box|border-box/.exec(margin)?.[0] ?? 'padding-box';
  const px = (name: string): number => Number.parseFloat(cs.getPropertyValue(name)) || 0;
  const inset = (side: string): number =>
    box === 'border-box' ? 0 : px(`border-${side}-width`) + (box === 'content-box' ? px(`padding-${side}`) : 0);
  if (clipX) {
    out.left += inset('left') - length;
    out.right += length - inset('right');
  }
  if (clipY) {
    out.top += inset('top') - length;
    out.bottom += length - inset('bottom');
  }
  return out;
}

/** The range's first element: where its text starts. */
function ownElement(range: Range): Element | null {
  const start = range.startContainer;
  return (start?.nodeType === 1 ? start : start?.parentNode) as Element | null;
}

/**
 * Whether `el` is the body whose overflow the browser gives to the window (CSS Overflow 3, "overflow viewport
 * propagation"): where the root element's overflow is `visible`, the first body child's is applied to the viewport
 * and the body itself clips nothing, though its computed style still says `hidden` or `auto`. A page with
 * `body { height: 100%; overflow-y: auto }` (Gizmodo's) scrolls the window, and the body's box is one window high.
 */
function passesOverflowToWindow(el: Element, view: Window): boolean {
  const doc = el.ownerDocument;
  const root = doc.documentElement;
  if (el !== doc.body || el.parentElement !== root || el.localName !== 'body') return false;
  const cs = view.getComputedStyle(root);
  return (
    cs.overflowX === 'visible' && cs.overflowY === 'visible' && !contained(cs) && !contained(view.getComputedStyle(el))
  );
}

/**
 * Whether the style puts any containment on its element, which stops the body's overflow going to the window (CSS
 * Containment: `contain` of any value, and what implies it, `container-type` and `content-visibility`), so the
 * body clips its own. Chromium, checked one by one: each of them on the root or the body. Red team 54: a page
 * set `contain: paint` on a body one strip high, the passage below it went undrawn, and its highlight was drawn
 * over blank page where the page could put words of its own.
 */
function contained(cs: CSSStyleDeclaration): boolean {
  const contain = cs.contain;
  const type = cs.getPropertyValue('container-type');
  const visibility = cs.getPropertyValue('content-visibility');
  return (
    (!!contain && contain !== 'none') || (!!type && type !== 'normal') || (!!visibility && visibility !== 'visible')
  );
}

/**
 * The elements around the passage that clip what overflows them (a scroll box, an `overflow: hidden` card): a line
 * scrolled out of such a box is not drawn, and one half out is drawn half. Not the body whose overflow is the
 * window's: counted as a box one window high, it hid every highlight below the first screen of such a page.
 * `seen` keeps, for one placing, what each element was found to be, so highlights in one paragraph read it once.
 */
export function clippersOf(range: Range, view: Window | null, seen?: Map<Element, boolean>): Element[] {
  const out: Element[] = [];
  if (!view) return out;
  for (let el = ownElement(range); el && el !== el.ownerDocument.documentElement; ) {
    if (el.nodeType === 1) {
      let clips = seen?.get(el);
      if (clips === undefined) {
        const cs = view.getComputedStyle(el);
        clips =
          (CLIPS.test(cs.overflowX) || CLIPS.test(cs.overflowY) || paintContained(cs)) &&
          !NO_CLIP_DISPLAY.has(cs.display) &&
          !passesOverflowToWindow(el, view);
        seen?.set(el, clips);
      }
      if (clips) out.push(el);
    }
    el = composedParent(el);
  }
  return out;
}

/**
 * Whether the passage sits in a box the page's own scroll does not move with the document (`position: fixed` or
 * `sticky`, a modal dialog, a popover): its boxes must be measured again at a scroll, like those in a scroll box.
 */
export function isPinned(range: Range, view: Window | null): boolean {
  if (!view) return false;
  for (let el = ownElement(range); el && el.nodeType === 1; ) {
    const position = view.getComputedStyle(el).position;
    if (position === 'fixed' || position === 'sticky') return true;
    el = composedParent(el);
  }
  return false;
}

/** Whether the box's centre, where `isCovered` looks, is inside the window. */
export function centreInWindow(r: Box, view: Window | null): boolean {
  if (!view) return false;
  const x = r.left + r.width / 2;
  const y = r.top + r.height / 2;
  return x >= 0 && y >= 0 && x < view.innerWidth && y < view.innerHeight;
}

/**
 * Whether something of the page is drawn over the box's text: the topmost element at the box's centre is neither
 * the passage's element nor inside or around it (a pinned header, a dialog). Such a box is hidden, not drawn over it.
 */
export function isCovered(doc: Document, range: Range, r: Box, view: Window | null): boolean {
  if (!view || typeof doc.elementFromPoint !== 'function') return false;
  if (!centreInWindow(r, view)) return false;
  const hit = doc.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  const own = ownElement(range);
  if (!hit || !own) return false;
  if (hit === own || own.contains(hit)) return false;
  // An element around the passage is hit where its words are: they are not drawn there (cut off by a clip path, by
  // paint containment or by a box whose clip the painter does not model), and the page may draw its own words there
  // in that element's `::before` or `::after` (red team 54). Unless the words take no pointer events: then the hit
  // passes through them, drawn or not.
  if (hit.contains(own))
    return view.getComputedStyle(own).pointerEvents !== 'none' && !underWordlessVeil(doc, hit, own, r, view);
  const common = range.commonAncestorContainer;
  const scope = (common.nodeType === 1 ? common : common.parentNode) as Node | null;
  if (scope && (scope === hit || scope.contains(hit))) return false;
  // Text inside the page's own shadow roots: the hit is their host, which holds it.
  const root = own.getRootNode?.();
  return !(root && root !== doc && (root as ShadowRoot).host?.contains(hit));
}

/** A quoted string of a computed `content` value ("…" as Chromium writes it, '…' as others may). */
const QUOTED = /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g;
/** An image a property can draw, which may hold words: anything but a plain gradient. */
const IMAGE = /url\(|image\(|image-set\(|element\(|cross-fade\(|paint\(|repeating-/i;

/**
 * Whether a pseudo-element (`::before`, `::after`) draws no words: no text or counter in its `content`, no image (a
 * picture may hold words), no marker, and at most two plain gradients. A paywall's fade is one gradient from clear to
 * white; many gradient layers could draw letters, so they count as words.
 */
function wordless(cs: CSSStyleDeclaration): boolean {
  if (cs.display === 'none') return true;
  const content = cs.content;
  if (content && content !== 'none' && content !== 'normal') {
    const rest = content.replace(QUOTED, (s) => (/^(?:\s|\\[aA]\s?|\\0*[aA]\s?)*$/.test(s.slice(1, -1)) ? '' : 'x'));
    if (rest.trim() !== '') return false;
  }
  if (cs.display === 'list-item') return false;
  for (const image of [cs.backgroundImage, cs.borderImageSource, cs.listStyleImage])
    if (image && image !== 'none' && (IMAGE.test(image) || (image.match(/gradient\(/gi)?.length ?? 0) > 2))
      return false;
  return true;
}

/**
 * Whether an element around the passage is hit at the box's centre only because a pseudo-element of its own that
 * draws no words lies over the passage, whose words are drawn right under it: a paywall's fade over the last lines of
 * a teaser (`::after { content: ""; position: absolute; background: linear-gradient(clear, white) }`, WSJ's). The
 * words there are the passage's, so the box is drawn. Anything else that hits the element around the passage (its
 * words clipped away, a pseudo-element with words or a picture, a scroll container's own buttons and markers) still
 * counts as covering it.
 */
function underWordlessVeil(doc: Document, hit: Element, own: Element, r: Box, view: Window): boolean {
  if (typeof doc.elementsFromPoint !== 'function') return false;
  const under = doc.elementsFromPoint(r.left + r.width / 2, r.top + r.height / 2)[1];
  if (!under || !(under === own || own.contains(under))) return false;
  const cs = view.getComputedStyle(hit);
  if (!/^(?:visible|clip)$/.test(cs.overflowX) || !/^(?:visible|clip)$/.test(cs.overflowY)) return false;
  return wordless(view.getComputedStyle(hit, '::before')) && wordless(view.getComputedStyle(hit, '::after'));
}

/** A range's two boundary points (as painted, or as kept): a page that replaced or rewrote their nodes moved them. */
export type Ends = readonly [Node, number, Node, number];
export const endsOf = (r: Range): Ends => [r.startContainer, r.startOffset, r.endContainer, r.endOffset];
/** Whether the page moved `r`'s boundaries since `ends` (removed their nodes, or set their text, even to itself). */
export const isMoved = (r: Range, ends: Ends): boolean =>
  r.startContainer !== ends[0] ||
  r.startOffset !== ends[1] ||
  r.endContainer !== ends[2] ||
  r.endOffset !== ends[3] ||
  // `?.`: the painter's own tests paint stand-in ranges with no nodes (as getClientRects?.() and toString?.() allow).
  ends[0]?.isConnected === false ||
  ends[2]?.isConnected === false;
