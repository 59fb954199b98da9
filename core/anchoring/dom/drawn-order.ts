// Whether a page draws a passage's letters in another order than its text has them. Layout can move words and
// digits without touching the text: `flex-direction: row-reverse` draws "004" as "400", flex `order` draws
// "foundnever" as "never found", `position: relative` offsets swap two digits (red team 28). A highlight saves the
// text, so its quote would say what the reader did not read. Left-to-right text reads left to right on a line, so
// two letters of one line that follow each other in the text must be drawn left to right. Only what bidi cannot
// reorder is compared, so right-to-left writing, with the numbers and Latin words it holds, is never judged here.

import { undrawnText } from './undrawn-text';

/** Letters or digits: what is compared (spaces and punctuation move with bidi and say little). */
const WORD_CHAR = /[\p{L}\p{N}]/u;
/**
 * A character of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko and the rest of their blocks, with
 * their presentation forms) or a bidi control: where one stands, bidi may reorder what is beside it, so the letters
 * on either side of it are not compared.
 */
const BIDI_BREAK =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u200f\u061c\u202a-\u202e\u2066-\u2069\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;
/** Letters past this many in one range are not measured (a save across a whole long page). */
const MAX_GRAPHEMES = 20_000;
/** A letter drawn this far (CSS px) left of the one before it on its line is drawn out of order. */
const TOLERANCE_PX = 0.5;

interface Drawn {
  rect: DOMRect;
  /** The text node and the element whose layout places it. */
  node: Text;
  /** The floated or absolutely positioned box holding the text (null in the flow): only one flow is compared. */
  flow: Element | null;
}

/** Both letters stand on one line: each one's middle is within the other's height. */
function sameLine(a: DOMRect, b: DOMRect): boolean {
  const am = a.top + a.height / 2;
  const bm = b.top + b.height / 2;
  return am >= b.top && am <= b.bottom && bm >= a.top && bm <= a.bottom;
}

/** The grapheme clusters of `s` from `from` to `to`, as [start, end) offsets. */
function* graphemes(s: string, from: number, to: number): Generator<[number, number]> {
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  const part = s.slice(from, to);
  if (Segmenter) {
    for (const g of new Segmenter(undefined, { granularity: 'grapheme' }).segment(part))
      yield [from + g.index, from + g.index + g.segment.length];
    return;
  }
  for (let i = 0; i < part.length; ) {
    const len = (part.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    yield [from + i, from + i + len];
    i += len;
  }
}

/** The text nodes `range` meets, in document order (its one text node where it lies inside one). */
function textsIn(range: Range, doc: Document): Text[] {
  const top = range.commonAncestorContainer;
  if (top.nodeType === 3) return [top as Text];
  const texts: Text[] = [];
  const walker = doc.createTreeWalker(top, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) texts.push(n as Text);
  return texts;
}

/**
 * Whether `range` (in `view`'s document) holds two letters or digits of one line, following each other in the text
 * with nothing between them that bidi reorders by, drawn right to left: what layout reordered. Compares only
 * left-to-right text (its element, and the two letters' common element, laid out `direction: ltr`, horizontally, its
 * block free of right-to-left letters), and only within one flow: a float or an absolutely positioned box beside the
 * text is drawn where the page puts it, its words apart from the line's. Reads computed style and one rect per letter
 * of the range (a save pays for it, not a page load).
 */
export function drawnOutOfOrder(range: Range, view: Window): boolean {
  const doc = view.document;
  const styles = new Map<Element, CSSStyleDeclaration>();
  const style = (el: Element): CSSStyleDeclaration => {
    let s = styles.get(el);
    if (!s) styles.set(el, (s = view.getComputedStyle(el)));
    return s;
  };
  const flows = new Map<Element, Element | null>();
  /** The nearest floated or absolutely positioned element holding `el` (itself included), or null. */
  const flowOf = (el: Element | null): Element | null => {
    if (!el || el === doc.body) return null;
    if (flows.has(el)) return flows.get(el)!;
    const s = style(el);
    const answer = s.float !== 'none' || /^(absolute|fixed)$/.test(s.position) ? el : flowOf(el.parentElement);
    flows.set(el, answer);
    return answer;
  };
  const plain = new Map<Element, boolean>();
  /** Left-to-right, horizontal, and its block holds no right-to-left letter: text bidi leaves in its order. */
  const isPlainLtr = (el: Element): boolean => {
    let answer = plain.get(el);
    if (answer === undefined) {
      const s = style(el);
      let block: Element | null = el;
      while (block && /^(inline|contents|ruby)/.test(style(block).display)) block = block.parentElement;
      answer =
        s.direction === 'ltr' && s.writingMode === 'horizontal-tb' && !BIDI_BREAK.test((block ?? el).textContent ?? '');
      plain.set(el, answer);
    }
    return answer;
  };
  /** The two nodes' nearest common element is laid out left to right (a right-to-left row reverses its boxes). */
  const commonLtr = (a: Node, b: Node): boolean => {
    const probe = doc.createRange();
    probe.setStart(a, 0);
    probe.setEnd(b, 0);
    const common = probe.collapsed ? a.parentElement : probe.commonAncestorContainer;
    const el = common?.nodeType === 1 ? (common as Element) : (common?.parentElement ?? null);
    return !el || style(el).direction === 'ltr';
  };

  // Words laid out but never drawn (a closed <details>'s body) stand wherever layout left them: not compared.
  const undrawn = undrawnText(view, { onlyShown: true });
  const skipped = new Map<Element, boolean>();
  const isSkipped = (el: Element): boolean => {
    let answer = skipped.get(el);
    if (answer === undefined) {
      let owner: Element | null = el;
      while (owner && style(owner).display === 'contents') owner = owner.parentElement;
      answer = !!owner && owner.checkVisibility?.() === false;
      skipped.set(el, answer);
    }
    return answer;
  };
  const texts = textsIn(range, doc);
  const letter = doc.createRange();
  let prev: Drawn | null = null;
  let measured = 0;
  for (const node of texts) {
    const parent = node.parentElement;
    const data = node.data;
    const from = node === range.startContainer ? range.startOffset : 0;
    const to = node === range.endContainer ? range.endOffset : data.length;
    if (!parent || from >= to || !/\S/.test(data.slice(from, to)) || isSkipped(parent) || undrawn(node)) continue;
    if (!isPlainLtr(parent)) {
      prev = null;
      continue;
    }
    const flow = flowOf(parent);
    for (const [a, b] of graphemes(data, from, to)) {
      const g = data.slice(a, b);
      if (BIDI_BREAK.test(g)) {
        prev = null;
        continue;
      }
      if (!WORD_CHAR.test(g)) continue;
      if (++measured > MAX_GRAPHEMES) return false;
      letter.setStart(node, a);
      letter.setEnd(node, b);
      const rects = letter.getClientRects();
      const rect = rects[0];
      if (!rect || (rect.width === 0 && rect.height === 0)) continue;
      const cur: Drawn = { rect, node, flow };
      if (
        prev &&
        prev.flow === cur.flow &&
        sameLine(prev.rect, rect) &&
        rect.left + rect.width / 2 < prev.rect.left + prev.rect.width / 2 - TOLERANCE_PX &&
        (prev.node === node || commonLtr(prev.node, node))
      )
        return true;
      prev = cur;
    }
  }
  return false;
}

/** Narrower than this (CSS px), a letter takes no room on its line: it is laid out but not drawn. */
const NO_SIZE_PX = 0.1;
/** Wider than this (CSS px), a letter is drawn where a reader sees it. */
const SEEN_PX = 1;

/**
 * Whether `range` holds, inside one run of text whose other letters are drawn, a letter or digit laid out at no width:
 * a face of the page's covering only those characters at `size-adjust: 0%` draws "ΝΟΤ" inside "have ΝΟΤ found" at no
 * size (red team 60), and no style of any element says so. A whole run drawn at no size is the text model's to leave
 * out (unseen-text.ts); a letter at no width among drawn ones is what the reader did not read. Reads one rect per
 * letter of the range (a save pays for it), up to MAX_GRAPHEMES.
 */
export function drawnAtNoWidth(range: Range, view: Window): boolean {
  const doc = view.document;
  const texts = textsIn(range, doc);
  const letter = doc.createRange();
  let measured = 0;
  for (const node of texts) {
    const data = node.data;
    const from = node === range.startContainer ? range.startOffset : 0;
    const to = node === range.endContainer ? range.endOffset : data.length;
    let seen = false;
    let none = false;
    for (const [a, b] of graphemes(data, from, to)) {
      if (!WORD_CHAR.test(data.slice(a, b))) continue;
      if (++measured > MAX_GRAPHEMES) return false;
      letter.setStart(node, a);
      letter.setEnd(node, b);
      const rects = letter.getClientRects();
      if (rects.length === 0) continue;
      let width = 0;
      for (const r of rects) width += r.width;
      if (width > SEEN_PX) seen = true;
      else if (width < NO_SIZE_PX) none = true;
      if (seen && none) return true;
    }
  }
  return false;
}
