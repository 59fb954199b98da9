// Words a page draws that are not its text, or draws in an order its text does not have. A stylesheet can put words
// into a sentence with generated content (`.x::before { content: "not " }`: the reader sees "have not found", the
// text says "have found") or show a run of text reversed (`unicode-bidi: bidi-override; direction: rtl` shows "004"
// as "400"). A highlight saves the text, so its quote would say something other than what the reader read. (The
// override characters U+202D and U+202E written in the text itself travel with the quote and show it the same way
// wherever it is shown again: they are the text's own.) Layout can reorder letters too (drawn-order.ts). This finds
// such drawing inside a range, so the save can be refused with a reason instead. It reads computed style of the
// range's elements only (a save, not a page load, pays for it).

import { drawnAtNoWidth, drawnOutOfOrder } from './drawn-order';
import { isInlineLevel, meets, type Pseudo, pseudoBox, pseudoMarks, pseudoWords } from './drawn-words';
import { SKIPPED_ELEMENTS } from './text-model';
import { type OwnWords, ownWordsOf, type ShadowOf, WORD } from './drawn-fields';

/** Elements past this many in a range are not looked at (a save across a whole long page). */
const MAX_ELEMENTS = 5_000;

/** Why the range's words are drawn apart from its text, or null when the reader sees its text as it is. */
export type DrawnApart = 'generated words' | OwnWords | 'reordered text' | 'letters at no size';

/**
 * Whether `range` (in `view`'s document) crosses words drawn by the stylesheet ('generated words'), shown by a form
 * field, an SVG, a frame, a canvas, a broken image's alt or a shadow tree inside it ('field words': the reader is told
 * which, as a long drag that runs into a page's search box or sign-up form is the honest case; see
 * {@link drawsOtherWords}), a MathML formula in its running text ('formula': the text model leaves formulas out, so
 * the quote would lack it), or text shown reordered. `shadowOf` reads closed shadow roots (default: open ones only).
 */
export function drawnApart(range: Range, view: Window, shadowOf?: ShadowOf): DrawnApart {
  const elements = elementsOf(range, view);
  for (const el of elements) {
    const style = view.getComputedStyle(el);
    if (/override/.test(style.unicodeBidi) && /[\p{L}\p{N}]/u.test(textIn(el, range))) return 'reordered text';
  }
  const drawn = wordsDrawnIn(range, view, elements, shadowOf);
  if (drawn) return drawn;
  // Layout that moves letters without touching the text (flex order, row-reverse, relative offsets).
  if (drawnOutOfOrder(range, view)) return 'reordered text';
  // Letters laid out at no width among drawn ones: a face of the page's that draws only them, at no size.
  return drawnAtNoWidth(range, view) ? 'letters at no size' : null;
}

/**
 * Whether the reader sees words inside `range` that its text does not hold: a pseudo-element's generated words, a
 * form control's value or placeholder, an SVG's text. A pseudo-element counts only where it flows with the selected
 * words: on an inline element, or on an element that has selected text of its own (a paragraph's `::before`); an
 * "Advertisement" label drawn on an empty ad slot between paragraphs stands apart from the text and is left alone.
 * Reads computed style of the range's elements only (and layout for a pseudo-element laid over the page).
 */
export function drawsOtherWords(range: Range, view: Window): boolean {
  return wordsDrawnIn(range, view, elementsOf(range, view)) !== null;
}

/** The range's common ancestor, up to 7 of its ancestors, and the elements the range meets (up to MAX_ELEMENTS). */
function elementsOf(range: Range, view: Window): Element[] {
  const root = range.commonAncestorContainer;
  const top = root.nodeType === 1 ? (root as Element) : root.parentElement;
  if (!top) return [];
  const elements: Element[] = [];
  for (let e: Element | null = top; e && elements.length < 8; e = e.parentElement) elements.push(e);
  const walker = view.document.createTreeWalker(top, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let n = walker.nextNode(); n && elements.length < MAX_ELEMENTS; n = walker.nextNode())
    if (range.intersectsNode(n)) elements.push(n as Element);
  return elements;
}

/** Which words the reader sees inside `range` that its text does not hold, or null. */
function wordsDrawnIn(
  range: Range,
  view: Window,
  elements: readonly Element[],
  shadowOf?: ShadowOf,
): Exclude<DrawnApart, 'reordered text'> {
  for (const el of elements) {
    // A field, an SVG, a frame, a broken image's alt, a formula, a shadow tree: drawn, but not in the text.
    const own = ownWordsOf(el, view, shadowOf);
    if (own && inRunningText(el, range, view)) return own;
    const display = view.getComputedStyle(el).display;
    const hostInline = isInlineLevel(display);
    const pseudos: (readonly [Pseudo, number])[] = [
      ['::before', 0],
      ['::after', el.childNodes.length],
    ];
    if (display === 'list-item') pseudos.push(['::marker', 0]);
    for (const [pseudo, at] of pseudos) {
      const words = pseudoWords(el, pseudo, view, hostInline)?.kind;
      if (!words) {
        if (pseudo !== '::marker' && marksTouchWords(range, el, pseudo, view, hostInline)) return 'generated words';
        continue;
      }
      // Laid over the page (position: absolute or fixed): it paints other words over the selected ones where its
      // box meets theirs ("Xi" over "Putin", red team 30); elsewhere (a badge in the margin) it changes nothing.
      if (words === 'positioned') {
        if (meets(range.getClientRects(), [pseudoBox(el, pseudo, view)])) return 'generated words';
        continue;
      }
      // In the flow, the pseudo-element stands where the range can show it: its place inside the range, or at the
      // range's edge where the range starts (ends) with the element's first (last) words: "It is false that" drawn
      // before an item whose words the reader selected from their start.
      if (!pointInRange(range, el, at) && !atEdge(range, el, pseudo === '::after')) continue;
      if (hostInline || pseudo === '::marker' || textIn(el, range)) return 'generated words';
    }
  }
  return null;
}

/**
 * Controls and drawings whose own text is a label or a picture's, not the running text round a field: buttons,
 * options and every element the text model skips.
 */
const NOT_RUNNING = ['button', 'option', ...SKIPPED_ELEMENTS.map((n) => n.toLowerCase())].join(',');
/** Text nodes looked at for a field's running text (a field in a save across a whole long page). */
const MAX_TEXTS = 3_000;

/**
 * Whether a field or an SVG that shows words stands in the running text of the selected passage, as red team 38's
 * borderless `<input value="never">` between two words does, rather than apart from it: a newsletter form or a chart
 * between two paragraphs, which an honest long drag crosses (and Firefox's own selection does when a drag is released
 * beside the column). It stands in the running text when selected words are laid in its block's lines (a line break
 * between them changes nothing), or share a line with it a short step away (a flex or grid row puts a field beside
 * words its block does not hold).
 */
function inRunningText(el: Element, range: Range, view: Window): boolean {
  const doc = el.ownerDocument;
  const isRunning = (t: Text): boolean => {
    const parent = t.parentElement;
    return !!parent && !parent.closest(NOT_RUNNING) && WORD.test(selectedPart(t, range));
  };
  let lines: LineBox[] | null = null;
  const selectedLines = (): LineBox[] => (lines ??= selectedBoxes(range, isRunning));
  if (besideTheLines(el, view, isRunning, selectedLines)) return false;
  // A field laid as a block of its own stands in its parent's lines when selected words of that block come both
  // before and after it ("have", a field on a line of its own, "found": red team 45); a chart with its source line
  // under it, or a form under its heading, has words on one side only.
  const own = blockOf(el, view) === el;
  const block = own && el.parentElement ? blockOf(el.parentElement, view) : blockOf(el, view);
  if (block !== el) {
    let before = false;
    let after = false;
    const walker = doc.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
    let seen = 0;
    for (let n = walker.nextNode(); n && seen < MAX_TEXTS; n = walker.nextNode(), seen++) {
      const t = n as Text;
      if (el.contains(t) || !isRunning(t) || blockOf(t.parentElement!, view) !== block) continue;
      if (!own) return true;
      // Node.DOCUMENT_POSITION_PRECEDING (2): the text comes before the field.
      if (el.compareDocumentPosition(t) & 2) before = true;
      else after = true;
      if (before && after) return true;
    }
  }
  const box = el.getBoundingClientRect();
  return selectedLines().some(({ r }) => sameLine(r, box));
}

/** A line box of selected words, and the element whose text it is. */
interface LineBox {
  r: DOMRectReadOnly;
  parent: Element;
}

/** The line boxes of the selected running words (in the first MAX_TEXTS text nodes of the range's common ancestor). */
function selectedBoxes(range: Range, isRunning: (t: Text) => boolean): LineBox[] {
  const root = range.commonAncestorContainer;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root.nodeType === 1 ? root : (root.parentNode ?? root), 4);
  const out: LineBox[] = [];
  let seen = 0;
  for (let n = walker.nextNode(); n && seen < MAX_TEXTS; n = walker.nextNode(), seen++) {
    const t = n as Text;
    if (!range.intersectsNode(t) || !isRunning(t)) continue;
    const part = doc.createRange();
    part.selectNodeContents(t);
    if (t === range.startContainer) part.setStart(t, range.startOffset);
    if (t === range.endContainer) part.setEnd(t, range.endOffset);
    for (const r of part.getClientRects()) if (r.width > 0 && r.height > 0) out.push({ r, parent: t.parentElement! });
  }
  return out;
}

/**
 * Whether `el` stands in a box taken out of the lines (floated, or placed absolutely or fixed: itself, or the inline
 * wrapper round it) that is taller than two lines and holds no selected words of its own: an ad frame a paragraph
 * wraps round (`<ins style="float:left"><iframe>`, gmw in the Readability corpus), a video player pinned to a corner.
 * A box of a word's height still counts, since a float can land at a line's start right before the next selected
 * word, and a box laid over a gap between words draws into the line.
 */
function besideTheLines(
  el: Element,
  view: Window,
  isRunning: (t: Text) => boolean,
  selectedLines: () => LineBox[],
): boolean {
  let box: Element | null = null;
  let placed = false;
  for (let at: Element | null = el; at; at = at.parentElement) {
    const s = view.getComputedStyle(at);
    const floated = s.getPropertyValue('float') !== 'none';
    placed = s.position === 'absolute' || s.position === 'fixed';
    if (floated || placed) {
      // A float whose shape lets the lines in (`shape-outside`) draws among them (red team 48).
      if (floated && (s.getPropertyValue('shape-outside') || 'none') !== 'none') return false;
      box = at;
      break;
    }
    if (!isInlineLevel(s.display)) return false;
  }
  if (!box) return false;
  const around = view.getComputedStyle(box.parentElement ?? box);
  const size = Number.parseFloat(around.fontSize) || 16;
  const line = Number.parseFloat(around.lineHeight) || 1.2 * size;
  // The drawing itself, not only the box round it, is taller than two lines: a field of a word's height in a tall
  // transparent box laid over a gap is a word in the line (red team 48).
  // Judged where the drawing itself is, not its box (red team 49: a drawing moved out of a box in the margin).
  const own = el.getBoundingClientRect();
  if (box.getBoundingClientRect().height < 2 * line || own.height < 2 * line) return false;
  const walker = el.ownerDocument.createTreeWalker(box, 4 /* NodeFilter.SHOW_TEXT */);
  let seen = 0;
  for (let n = walker.nextNode(); n && seen < MAX_TEXTS; n = walker.nextNode(), seen++)
    if (!el.contains(n) && isRunning(n as Text)) return false;
  // A float the lines wrap round leaves the selected words beside it, on one side of each line and a margin away.
  // Words laid under the drawing, on both its sides in one line (a box placed over a gap between "have" and "found"),
  // or, for a drawing a word wide, within a word's space of it (a float at a line's start right before "found": red
  // team 49) put it in the lines;
  // so does a box placed absolutely or fixed over the column the selected words are set in (a player pinned to the
  // window's corner beside the column is not).
  const beside: DOMRectReadOnly[] = [];
  for (const { r, parent } of selectedLines()) {
    if (Math.min(r.bottom, own.bottom) - Math.max(r.top, own.top) < 0.5 * r.height) continue;
    if (r.right > own.left && r.left < own.right) return false;
    // (A wide drawing, an ad or a picture a paragraph wraps round without a margin, may touch the words.)
    if (own.width < 6 * size && Math.max(r.left - own.right, own.left - r.right) < 0.75 * size) return false;
    if (placed) {
      const block = blockOf(parent, view).getBoundingClientRect();
      if (block.right > own.left && block.left < own.right) return false;
    }
    for (const b of beside)
      if (Math.min(r.bottom, b.bottom) - Math.max(r.top, b.top) >= 0.5 * Math.min(r.height, b.height))
        if (r.right <= own.left !== b.right <= own.left) return false;
    beside.push(r);
  }
  return true;
}

/** The part of `t` inside `range`. */
function selectedPart(t: Text, range: Range): string {
  if (!range.intersectsNode(t)) return '';
  const start = t === range.startContainer ? range.startOffset : 0;
  const end = t === range.endContainer ? range.endOffset : t.data.length;
  return t.data.slice(start, end);
}

/** Whether two boxes stand on one line a short step apart: their heights overlap by half the lower one's, and the gap between them is under three of the line's heights. */
function sameLine(a: DOMRectReadOnly, b: DOMRectReadOnly): boolean {
  if (a.width === 0 || a.height === 0) return false;
  const overlap = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  const gap = Math.max(a.left - b.right, b.left - a.right, 0);
  return overlap >= 0.5 * Math.min(a.height, b.height) && gap < 3 * Math.max(a.height, 16);
}

/** Quotation marks and brackets: drawn round words ("“a strategic interest”", "said[4]"), they wrap, not change them. */
const WRAPPING = /[\p{Ps}\p{Pe}\p{Pi}\p{Pf}"']/u;
const ONLY_WRAPPING = /^[\p{Ps}\p{Pe}\p{Pi}\p{Pf}"'\s]*$/u;

/**
 * Whether `el`'s `pseudo` element draws marks without letters (a decimal point, a minus, a per cent sign:
 * {@link pseudoMarks}) against a letter or digit of `range` (red team 39, N2/N3/N5: "1000" shown "10.00",
 * "−1000", "1000%"). A mark touches a word where no white space stands between them, in the text or drawn as a gap
 * (a margin, padding or border of at least a fifth of the letters' size); it counts when it sits between two words
 * ("10" "." "00"), or touches one on its side without being a quotation mark or a bracket (those wrap words, even between
 * two: "said[4]"). A separator with white space around it ("·", "|"), a bullet, curly quotes around a quotation and
 * an icon's glyph are left alone.
 */
function marksTouchWords(range: Range, el: Element, pseudo: Pseudo, view: Window, hostInline: boolean): boolean {
  const marks = pseudoMarks(el, pseudo, view);
  if (!marks) return false;
  const after = pseudo === '::after';
  const at = after ? el.childNodes.length : 0;
  if (!pointInRange(range, el, at) && !atEdge(range, el, after)) return false;
  if (!hostInline && !textIn(el, range)) return false;
  const block = blockOf(el, view);
  const prev = textBeside(block, el, at, false);
  const next = textBeside(block, el, at, true);
  const drawn = view.getComputedStyle(el, pseudo);
  const host = view.getComputedStyle(el);
  const px = (v: string) => Number.parseFloat(v) || 0;
  const side = (s: CSSStyleDeclaration, edge: 'Left' | 'Right') =>
    px(s.getPropertyValue(`margin-${edge.toLowerCase()}`)) +
    px(s.getPropertyValue(`padding-${edge.toLowerCase()}`)) +
    px(s.getPropertyValue(`border-${edge.toLowerCase()}-width`));
  // The host's own edge stands between its ::before and the text before it, its ::after and the text after it.
  const leftGap = side(drawn, 'Left') + (!after && hostInline ? side(host, 'Left') : 0);
  const rightGap = side(drawn, 'Right') + (after && hostInline ? side(host, 'Right') : 0);
  const apart = 0.2 * (px(drawn.fontSize) || 16);
  const first = marks[0]!;
  const last = marks[marks.length - 1]!;
  const touchPrev = !!prev && WORD.test(prev.char) && !/\s/.test(first) && leftGap < apart;
  const touchNext = !!next && WORD.test(next.char) && !/\s/.test(last) && rightGap < apart;
  const prevIn = touchPrev && charInRange(range, prev!);
  const nextIn = touchNext && charInRange(range, next!);
  // Brackets alone between two words wrap the second ("said[4]"); any other mark there joins them ("10.00").
  if (touchPrev && touchNext && (prevIn || nextIn) && !ONLY_WRAPPING.test(marks)) return true;
  return (prevIn && !WRAPPING.test(first)) || (nextIn && !WRAPPING.test(last));
}

/** A character of the text and where it stands. */
interface TextChar {
  node: Text;
  at: number;
  char: string;
}

/**
 * The character of `block`'s drawn text right before (or, with `forward`, right after) the point (`node`, `offset`),
 * skipping text that is not laid out (inside `display: none`).
 */
function textBeside(block: Element, node: Node, offset: number, forward: boolean): TextChar | null {
  const doc = block.ownerDocument;
  const point = doc.createRange();
  point.setStart(node, offset);
  const walker = doc.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
  let found: TextChar | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    if (!t.data || !t.parentElement || t.parentElement.getClientRects().length === 0) continue;
    if (forward) {
      if (point.comparePoint(t, t.data.length) <= 0) continue;
      const i = point.comparePoint(t, 0) >= 0 ? 0 : offset;
      return { node: t, at: i, char: t.data[i]! };
    }
    if (point.comparePoint(t, 0) >= 0) break;
    const end = point.comparePoint(t, t.data.length) <= 0 ? t.data.length : offset;
    if (end > 0) found = { node: t, at: end - 1, char: t.data[end - 1]! };
  }
  return found;
}

function charInRange(range: Range, c: TextChar): boolean {
  try {
    return range.comparePoint(c.node, c.at) >= 0 && range.comparePoint(c.node, c.at + 1) <= 0;
  } catch {
    return false;
  }
}

/** `el` or its nearest ancestor that is not inline-level: the block whose lines hold it. */
function blockOf(el: Element, view: Window): Element {
  let at = el;
  while (at.parentElement && isInlineLevel(view.getComputedStyle(at).display)) at = at.parentElement;
  return at;
}

/** Whether `range` starts (or, with `end`, ends) within `el` with nothing but white space between it and `el`'s edge. */
function atEdge(range: Range, el: Element, end: boolean): boolean {
  const node = end ? range.endContainer : range.startContainer;
  if (!el.contains(node)) return false;
  const part = el.ownerDocument.createRange();
  part.selectNodeContents(el);
  if (end) part.setStart(range.endContainer, range.endOffset);
  else part.setEnd(range.startContainer, range.startOffset);
  return part.toString().trim() === '';
}

function pointInRange(range: Range, node: Node, offset: number): boolean {
  try {
    return range.isPointInRange(node, offset);
  } catch {
    return false;
  }
}

/** The words of `el` the range covers. */
function textIn(el: Element, range: Range): string {
  const doc = el.ownerDocument;
  const part = doc.createRange();
  part.selectNodeContents(el);
  // Range.START_TO_START and END_TO_END (0 and 2): the constants are not globals outside a window.
  if (part.compareBoundaryPoints(0, range) < 0) part.setStart(range.startContainer, range.startOffset);
  if (part.compareBoundaryPoints(2, range) > 0) part.setEnd(range.endContainer, range.endOffset);
  return part.collapsed ? '' : part.toString().trim();
}
