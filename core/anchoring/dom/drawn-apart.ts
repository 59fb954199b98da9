// Words a page draws that are not its text, or draws in an order its text does not have. A stylesheet can put words
// into a sentence with generated content (`.x::before { content: "not " }`: the reader sees "have not found", the
// text says "have found") or show a run of text reversed (`unicode-bidi: bidi-override; direction: rtl` shows "004"
// as "400"). A highlight saves the text, so its quote would say something other than what the reader read. (The
// override characters U+202D and U+202E written in the text itself travel with the quote and show it the same way
// wherever it is shown again: they are the text's own.) Layout can reorder letters too (drawn-order.ts). This finds
// such drawing inside a range, so the save can be refused with a reason instead. It reads computed style of the
// range's elements only (a save, not a page load, pays for it).

import { drawnOutOfOrder } from './drawn-order';
import { isInlineLevel, meets, type Pseudo, pseudoBox, pseudoWords } from './drawn-words';

/** Elements past this many in a range are not looked at (a save across a whole long page). */
const MAX_ELEMENTS = 5_000;

/** Why the range's words are drawn apart from its text, or null when the reader sees its text as it is. */
export type DrawnApart = 'generated words' | 'reordered text' | null;

/**
 * Whether `range` (in `view`'s document) crosses words drawn by the stylesheet or shown by an element inside the
 * running text ({@link drawsOtherWords}), or text shown reordered.
 */
export function drawnApart(range: Range, view: Window): DrawnApart {
  const elements = elementsOf(range, view);
  for (const el of elements) {
    const style = view.getComputedStyle(el);
    if (/override/.test(style.unicodeBidi) && /[\p{L}\p{N}]/u.test(textIn(el, range))) return 'reordered text';
  }
  if (wordsDrawnIn(range, view, elements)) return 'generated words';
  // Layout that moves letters without touching the text (flex order, row-reverse, relative offsets).
  return drawnOutOfOrder(range, view) ? 'reordered text' : null;
}

/**
 * Whether the reader sees words inside `range` that its text does not hold: a pseudo-element's generated words, a
 * form control's value or placeholder, an SVG's text. A pseudo-element counts only where it flows with the selected
 * words: on an inline element, or on an element that has selected text of its own (a paragraph's `::before`); an
 * "Advertisement" label drawn on an empty ad slot between paragraphs stands apart from the text and is left alone.
 * Reads computed style of the range's elements only (and layout for a pseudo-element laid over the page).
 */
export function drawsOtherWords(range: Range, view: Window): boolean {
  return wordsDrawnIn(range, view, elementsOf(range, view));
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

function wordsDrawnIn(range: Range, view: Window, elements: readonly Element[]): boolean {
  for (const el of elements) {
    if (showsOwnWords(el, view)) return true;
    const display = view.getComputedStyle(el).display;
    const hostInline = isInlineLevel(display);
    const pseudos: (readonly [Pseudo, number])[] = [
      ['::before', 0],
      ['::after', el.childNodes.length],
    ];
    if (display === 'list-item') pseudos.push(['::marker', 0]);
    for (const [pseudo, at] of pseudos) {
      const words = pseudoWords(el, pseudo, view, hostInline)?.kind;
      if (!words) continue;
      // Laid over the page (position: absolute or fixed): it paints other words over the selected ones where its
      // box meets theirs ("Xi" over "Putin", red team 30); elsewhere (a badge in the margin) it changes nothing.
      if (words === 'positioned') {
        if (meets(range.getClientRects(), [pseudoBox(el, pseudo, view)])) return true;
        continue;
      }
      // In the flow, the pseudo-element stands where the range can show it: its place inside the range, or at the
      // range's edge where the range starts (ends) with the element's first (last) words: "It is false that" drawn
      // before an item whose words the reader selected from their start.
      if (!pointInRange(range, el, at) && !atEdge(range, el, pseudo === '::after')) continue;
      if (hostInline || pseudo === '::marker' || textIn(el, range)) return true;
    }
  }
  return false;
}

/** Input types whose box shows their value (or placeholder) as text. */
const TEXT_INPUTS = /^(?:text|search|url|tel|email|number|date|datetime-local|month|week|time|button|submit|reset)$/;

/**
 * Whether `el`, drawn, shows words the text model does not read (it skips form controls and SVG): a borderless
 * `<input value="never">` between two words, an SVG `<text>` (red team 38, C2 and C4).
 */
function showsOwnWords(el: Element, view: Window): boolean {
  const name = el.localName;
  let words = '';
  if (name === 'input') {
    const input = el as HTMLInputElement;
    if (TEXT_INPUTS.test(input.type)) words = input.value || input.placeholder;
  } else if (name === 'textarea') words = (el as HTMLTextAreaElement).value || (el as HTMLTextAreaElement).placeholder;
  else if (name === 'select') words = (el as HTMLSelectElement).selectedOptions?.[0]?.text ?? '';
  else if (name === 'svg' && el.namespaceURI === 'http://www.w3.org/2000/svg')
    for (const t of el.querySelectorAll('text')) words += t.textContent ?? '';
  if (!/[\p{L}\p{N}]/u.test(words)) return false;
  const style = view.getComputedStyle(el);
  return style.visibility === 'visible' && Number(style.opacity) !== 0 && el.getClientRects().length > 0;
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
