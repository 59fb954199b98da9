// Words a stylesheet draws with a pseudo-element (`::before`, `::after`, a list item's `::marker`) where the reader
// reads the running text: flowing with it (`.x::before { content: "not " }`, `content: "1,"` before "400") or laid
// over it (`position: absolute` with a background of its own, painting "Xi" over the word "Putin" in the markup, red
// team 30). Either way the reader reads words the text does not hold. Words drawn in the flow are written into the
// markup key facts read, where the reader sees them (markup-writer.ts); a block that words laid over the page
// actually cover is left out; a selection across either is refused (drawn-apart.ts). A pseudo-element a reader
// cannot see (clipped to nothing, a pixel wide with its overflow hidden, hidden, see-through, font size 0) draws
// nothing; one that draws no letter or digit (quotation marks, bullets, counters) is left alone.

import { blendsIn, type Rgb, rgbaOf } from './unseen-text';

/** A letter or digit in any script: words and figures, as opposed to a quotation mark, a bullet or an icon. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The words a pseudo-element's `content` draws (quoted strings and `attr()` values; counters and images draw none). */
export function drawnWords(content: string, el: Element): string {
  if (!content || content === 'none' || content === 'normal') return '';
  let words = '';
  for (const m of content.matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|attr\(\s*([\w-]+)[^)]*\)/g))
    words += m[3]
      ? (el.getAttribute(m[3]) ?? '')
      : (m[1] ?? m[2] ?? '').replace(/\\([0-9a-f]{1,6}\s?|.)/gi, cssUnescaped);
  return words;
}

/** A CSS string escape (`\A`, `\"`) as the character it stands for. */
function cssUnescaped(_all: string, esc: string): string {
  if (!/^[0-9a-f]/i.test(esc)) return esc;
  const cp = Number.parseInt(esc, 16);
  return String.fromCodePoint(cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? cp : 0xfffd);
}

export const isInlineLevel = (display: string): boolean => /^inline|^contents$/.test(display);

const TRANSPARENT = /^(?:transparent|rgba\([^)]*,\s*0\))$/;

/**
 * Whether `drawn` (a pseudo-element's or a form control's computed style) can be seen at all. With `letters` false
 * the text colour is not asked (an SVG paints its text with `fill`, judged apart).
 */
export function canBeSeen(drawn: CSSStyleDeclaration, letters = true): boolean {
  if (drawn.display === 'none' || drawn.visibility !== 'visible' || Number(drawn.opacity) === 0) return false;
  // Clipped to nothing (the screen-reader-only pattern): `clip: rect(0 0 0 0)`, `clip-path: inset(50%)`.
  const clip = /rect\(([^)]*)\)/.exec(drawn.clip ?? '');
  if (clip) {
    const [top, right, bottom, left] = clip[1]!.split(/[\s,]+/).map((v) => Number.parseFloat(v) || 0);
    if (right! - left! <= 1 || bottom! - top! <= 1) return false;
  }
  if (/^inset\(\s*50%|^circle\(\s*0/.test(drawn.clipPath ?? '')) return false;
  if (Number.parseFloat(drawn.fontSize) === 0) return false;
  // A pixel wide or high with nothing drawn past it ("auto" parses as NaN and stays seen); letters that overflow a
  // tiny box are still drawn.
  const tiny = Number.parseFloat(drawn.width) <= 2 || Number.parseFloat(drawn.height) <= 2;
  if (tiny && /hidden|clip/.test(drawn.overflow)) return false;
  if (!letters) return true;
  // See-through letters, unless something else paints them (a fill colour, a shadow, a stroke).
  const clear =
    TRANSPARENT.test(drawn.color) &&
    TRANSPARENT.test(drawn.getPropertyValue('-webkit-text-fill-color') || drawn.color) &&
    (drawn.textShadow === 'none' || !drawn.textShadow) &&
    !(Number.parseFloat(drawn.getPropertyValue('-webkit-text-stroke-width')) > 0);
  return !clear;
}

/**
 * The colour behind `el`: the first ancestor's (or its own) opaque background colour, white where none is set (the
 * window's default), null where an image or a translucent layer makes it unknowable.
 */
export function backdropOf(el: Element, view: Window): Rgb | null {
  for (let at: Element | null = el; at; at = at.parentElement) {
    const s = view.getComputedStyle(at);
    if (s.backgroundImage && s.backgroundImage !== 'none') return null;
    const c = rgbaOf(s.backgroundColor);
    if (c && c[3] >= 0.95) return [c[0], c[1], c[2]];
    if (c && c[3] > 0) return null;
  }
  return [255, 255, 255];
}

/**
 * How a pseudo-element with words is drawn (in the text's flow, or laid over the page) and the words it draws; null
 * where it draws none that count.
 */
export type PseudoWords = { kind: 'inline' | 'positioned'; words: string } | null;

export type Pseudo = '::before' | '::after' | '::marker';

/**
 * Whether `el`'s `pseudo` element draws letters or digits a reader sees: 'positioned' where it is taken out of the
 * flow (absolute or fixed) and laid on the page; 'inline' where it flows with `el`'s text (it is inline-level, or
 * `el` is: a table cell drawn inside a line still stands in it; a marker stands before its item's words); else null
 * (none, no words, unseen, or a block of its own beside a block, such as an "Advertisement" label).
 */
export function pseudoWords(el: Element, pseudo: Pseudo, view: Window, hostInline?: boolean): PseudoWords {
  const drawn = view.getComputedStyle(el, pseudo);
  const words = drawnWords(drawn.content, el);
  if (!WORD_CHAR.test(words) || !seenLetters(drawn, el, view)) return null;
  if (/^(?:absolute|fixed)$/.test(drawn.position)) return { kind: 'positioned', words };
  if (pseudo === '::marker' || isInlineLevel(drawn.display)) return { kind: 'inline', words };
  return (hostInline ?? isInlineLevel(view.getComputedStyle(el).display)) ? { kind: 'inline', words } : null;
}

/** Whether the letters of `drawn` (`el`'s pseudo-element) can be seen: not hidden, and not the colour of the page. */
function seenLetters(drawn: CSSStyleDeclaration, el: Element, view: Window): boolean {
  if (!canBeSeen(drawn)) return false;
  // Letters the colour of what is behind them (a white "x" after every paragraph on white) draw nothing a reader
  // reads, and must not switch a page's facts or highlights off (red team 31, D10).
  return !(
    drawn.backgroundColor === 'rgba(0, 0, 0, 0)' &&
    drawn.textShadow === 'none' &&
    blendsIn(drawn.getPropertyValue('-webkit-text-fill-color') || drawn.color, backdropOf(el, view))
  );
}

/**
 * Punctuation and signs that change what a word or a figure says when drawn against it: a decimal point or comma,
 * a minus, a per cent or currency sign, an apostrophe, a bracket. Symbols (arrows, stars, dingbats, emoji) and an
 * icon font's private-use glyphs are pictures beside a word and are not counted.
 */
export const MARK_CHAR = /[\p{P}\p{Sm}\p{Sc}\p{Sk}]/u;

/**
 * The characters `el`'s `pseudo` element draws in the text's flow where they hold no letter or digit but at least
 * one mark ({@link MARK_CHAR}) a reader sees: "." drawn inside "1000", "−" before it, "%" after it (red team 39).
 * Null where it draws none, is unseen, or is laid over the page (position absolute or fixed). Whether such marks
 * count depends on what they touch (drawn-apart.ts).
 */
export function pseudoMarks(el: Element, pseudo: Pseudo, view: Window): string | null {
  const drawn = view.getComputedStyle(el, pseudo);
  const marks = drawnWords(drawn.content, el);
  if (WORD_CHAR.test(marks) || !MARK_CHAR.test(marks) || /^(?:absolute|fixed)$/.test(drawn.position)) return null;
  return seenLetters(drawn, el, view) ? marks : null;
}

/** A box in the window's coordinates. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Where a positioned pseudo-element of `el` is drawn, from its computed offsets and size inside its containing block
 * (the nearest positioned element from `el` up, the window for `fixed`, the document for none), moved by a
 * transform's translation. An estimate that covers the common ways of laying one box over words.
 */
export function pseudoBox(el: Element, pseudo: Pseudo, view: Window): Box {
  const drawn = view.getComputedStyle(el, pseudo);
  const width = Number.parseFloat(drawn.width) || 0;
  const height = Number.parseFloat(drawn.height) || 0;
  let cb: Box;
  if (drawn.position === 'fixed') cb = { left: 0, top: 0, right: view.innerWidth, bottom: view.innerHeight };
  else {
    let holder: Element | null = el;
    while (holder && view.getComputedStyle(holder).position === 'static') holder = holder.parentElement;
    const host = holder ?? view.document.documentElement;
    const r = host.getBoundingClientRect();
    const s = view.getComputedStyle(host);
    const bl = Number.parseFloat(s.borderLeftWidth) || 0;
    const bt = Number.parseFloat(s.borderTopWidth) || 0;
    cb = { left: r.left + bl, top: r.top + bt, right: r.right - bl, bottom: r.bottom - bt };
  }
  const px = (v: string): number | null => (v === 'auto' || v === '' ? null : Number.parseFloat(v));
  const left = px(drawn.left);
  const right = px(drawn.right);
  const top = px(drawn.top);
  const bottom = px(drawn.bottom);
  // Offsets left to `auto` keep the box where it would have stood: by its element's own box.
  const own = el.getBoundingClientRect();
  let x = left !== null ? cb.left + left : right !== null ? cb.right - right - width : own.left;
  let y = top !== null ? cb.top + top : bottom !== null ? cb.bottom - bottom - height : own.top;
  const move = /matrix\(([^)]*)\)/.exec(drawn.transform ?? '');
  if (move) {
    const m = move[1]!.split(',').map(Number.parseFloat);
    x += m[4] || 0;
    y += m[5] || 0;
  }
  return { left: x, top: y, right: x + width, bottom: y + height };
}

const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Whether any of `rects` (the words' boxes) meets one of `boxes`. */
export function meets(rects: Iterable<Box>, boxes: readonly Box[]): boolean {
  for (const r of rects) if (r.right > r.left && boxes.some((b) => overlaps(r, b))) return true;
  return false;
}

/** Elements past this many are not looked at for drawn words (a page padded with nodes). */
const MAX_CHECKED = 20_000;
const PSEUDOS: readonly Pseudo[] = ['::before', '::after'];

/** What the page draws with pseudo-elements: words in the flow, by element, and boxes of words laid over it. */
export interface DrawnWords {
  /** Elements with words drawn in the flow: before their content and after it. */
  inline: Map<Element, { before: string; after: string }>;
  /** Boxes of words a positioned pseudo-element lays on the page, anywhere in `body`. */
  laid: Box[];
}

/** Reads every element of `body` (up to a bound) for words its pseudo-elements draw ({@link pseudoWords}). */
export function drawnWordsIn(view: Window, body: Element): DrawnWords {
  const out: DrawnWords = { inline: new Map(), laid: [] };
  const walker = view.document.createTreeWalker(body, 1 /* NodeFilter.SHOW_ELEMENT */);
  let checked = 0;
  for (let n = walker.nextNode(); n && checked < MAX_CHECKED; n = walker.nextNode(), checked++) {
    const el = n as Element;
    const display = view.getComputedStyle(el).display;
    if (display === 'none') continue;
    const inlineHost = isInlineLevel(display);
    let before = '';
    let after = '';
    for (const pseudo of display === 'list-item' ? [...PSEUDOS, '::marker' as const] : PSEUDOS) {
      const drawn = pseudoWords(el, pseudo, view, inlineHost);
      if (drawn?.kind === 'positioned') out.laid.push(pseudoBox(el, pseudo, view));
      else if (drawn && (inlineHost || pseudo === '::marker' || hasOwnWords(el))) {
        if (pseudo === '::after') after += drawn.words;
        else before = drawn.words + before;
      }
    }
    if (before || after) out.inline.set(el, { before, after });
  }
  return out;
}

/** Whether a text node right inside `el` holds a letter or digit. */
function hasOwnWords(el: Element): boolean {
  for (let c = el.firstChild; c; c = c.nextSibling)
    if (c.nodeType === 3 && WORD_CHAR.test((c as Text).data)) return true;
  return false;
}

/**
 * The blocks of `body` (the nearest ancestor of the words that is not inline-level) whose words one of `laid`
 * covers: what the reader reads there is not the markup's words. Looks only where some box was laid.
 */
export function coveredBlocks(view: Window, body: Element, laid: readonly Box[]): Set<Element> {
  const out = new Set<Element>();
  if (laid.length === 0) return out;
  const doc = view.document;
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  const range = doc.createRange();
  let seen = 0;
  for (let n = walker.nextNode(); n && seen < MAX_CHECKED; n = walker.nextNode(), seen++) {
    if (!WORD_CHAR.test((n as Text).data)) continue;
    range.selectNodeContents(n);
    if (meets(range.getClientRects(), laid)) out.add(blockOf(n.parentElement!, body, view));
  }
  return out;
}

/** `el` or its nearest ancestor that is not inline-level (within `body`). */
function blockOf(el: Element, body: Element, view: Window): Element {
  let at = el;
  while (at.parentElement && at.parentElement !== body && isInlineLevel(view.getComputedStyle(at).display))
    at = at.parentElement;
  return at;
}
