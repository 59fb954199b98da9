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
 * Whether `range` (in `view`'s document) crosses words drawn by the stylesheet inside the running text, or text shown
 * reordered. A pseudo-element counts only where it flows with the selected words: on an inline element, or on an
 * element that has selected text of its own (a paragraph's `::before`); an "Advertisement" label drawn on an empty
 * ad slot between paragraphs stands apart from the text and is left alone.
 */
export function drawnApart(range: Range, view: Window): DrawnApart {
  const root = range.commonAncestorContainer;
  const top = root.nodeType === 1 ? (root as Element) : root.parentElement;
  if (!top) return null;
  const elements: Element[] = [];
  for (let e: Element | null = top; e && elements.length < 8; e = e.parentElement) elements.push(e);
  const walker = view.document.createTreeWalker(top, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let n = walker.nextNode(); n && elements.length < MAX_ELEMENTS; n = walker.nextNode())
    if (range.intersectsNode(n)) elements.push(n as Element);
  for (const el of elements) {
    const style = view.getComputedStyle(el);
    if (/override/.test(style.unicodeBidi) && /[\p{L}\p{N}]/u.test(textIn(el, range))) return 'reordered text';
    const hostInline = isInlineLevel(style.display);
    const pseudos: (readonly [Pseudo, number])[] = [
      ['::before', 0],
      ['::after', el.childNodes.length],
    ];
    if (style.display === 'list-item') pseudos.push(['::marker', 0]);
    for (const [pseudo, at] of pseudos) {
      const words = pseudoWords(el, pseudo, view, hostInline)?.kind;
      if (!words) continue;
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
  // Layout that moves letters without touching the text (flex order, row-reverse, relative offsets).
  return drawnOutOfOrder(range, view) ? 'reordered text' : null;
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
