// Words a stylesheet draws with a pseudo-element (`::before`, `::after`) where the reader reads the running text:
// flowing with it (`.x::before { content: "not " }`) or laid over it (`position: absolute` with a background of its
// own, painting "Xi" over the word "Putin" in the markup, red team 30). Either way the reader reads words the text
// does not hold, so the text is not what they read. A pseudo-element a reader cannot see (the screen-reader-only
// pattern: clipped, a pixel wide; transparent, hidden or empty of letters) draws nothing.

/** A letter in any script: a word, as opposed to a quotation mark, a bullet, an icon or a footnote number. */
const LETTER = /\p{L}/u;

/** The words a pseudo-element's `content` draws (quoted strings and `attr()` values; counters and images draw none). */
export function drawnWords(content: string, el: Element): string {
  if (!content || content === 'none' || content === 'normal') return '';
  let words = '';
  for (const m of content.matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|attr\(\s*([\w-]+)[^)]*\)/g))
    words += m[3] ? (el.getAttribute(m[3]) ?? '') : (m[1] ?? m[2] ?? '');
  return words;
}

export const isInlineLevel = (display: string): boolean => /^inline|^contents$/.test(display);

/** How a pseudo-element with letters is drawn: in the text's flow, laid over the page, or not where it counts. */
export type PseudoWords = 'inline' | 'positioned' | null;

/** Whether `drawn` (a pseudo-element's computed style) can be seen at all. */
function canBeSeen(drawn: CSSStyleDeclaration): boolean {
  if (drawn.display === 'none' || drawn.visibility !== 'visible' || Number(drawn.opacity) === 0) return false;
  if (drawn.clip && drawn.clip !== 'auto') return false;
  if (drawn.clipPath && drawn.clipPath !== 'none') return false;
  if (Number.parseFloat(drawn.fontSize) < 4) return false;
  // "1px" wide or high (screen-reader-only text); "auto" parses as NaN and stays seen.
  if (Number.parseFloat(drawn.width) <= 2 || Number.parseFloat(drawn.height) <= 2) return false;
  return !/^(?:transparent|rgba\([^)]*,\s*0\))$/.test(drawn.color);
}

/**
 * Whether `el`'s `pseudo` element draws letters a reader sees beside or over `el`'s text: 'inline' where it flows with
 * the text, 'positioned' where it is taken out of the flow (absolute or fixed) and laid on the page, else null (none,
 * no letters, unseen, or a block of its own on a line of its own, such as an "Advertisement" label).
 */
export function pseudoWords(el: Element, pseudo: '::before' | '::after', view: Window): PseudoWords {
  const drawn = view.getComputedStyle(el, pseudo);
  if (!LETTER.test(drawnWords(drawn.content, el)) || !canBeSeen(drawn)) return null;
  if (isInlineLevel(drawn.display)) return 'inline';
  return /^(?:absolute|fixed)$/.test(drawn.position) ? 'positioned' : null;
}

/** Elements past this many are not looked at for drawn words (a page padded with nodes). */
const MAX_CHECKED = 20_000;

/**
 * The blocks of `body` (the nearest ancestor that is not inline-level) whose running text carries words a
 * pseudo-element draws in the flow or lays over it ({@link pseudoWords}): the reader reads other words there than the
 * markup holds, so key facts, quotes and the reading copy leave the block out. Looks at inline elements (an empty
 * `<span>` may carry the drawn words) and at elements with letters of their own; a block without text (an ad slot's
 * "Advertisement" label) stands apart from any sentence.
 */
export function blocksWithDrawnWords(view: Window, body: Element): Set<Element> {
  const out = new Set<Element>();
  const walker = view.document.createTreeWalker(body, 1 /* NodeFilter.SHOW_ELEMENT */);
  let checked = 0;
  for (let n = walker.nextNode(); n && checked < MAX_CHECKED; n = walker.nextNode(), checked++) {
    const el = n as Element;
    if (!isInlineLevel(view.getComputedStyle(el).display) && !hasOwnLetters(el)) continue;
    if (pseudoWords(el, '::before', view) || pseudoWords(el, '::after', view)) out.add(blockOf(el, body, view));
  }
  return out;
}

/** Whether a text node right inside `el` holds a letter. */
function hasOwnLetters(el: Element): boolean {
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3 && LETTER.test((c as Text).data)) return true;
  return false;
}

/** `el` or its nearest ancestor that is not inline-level (within `body`). */
function blockOf(el: Element, body: Element, view: Window): Element {
  let at = el;
  while (at.parentElement && at.parentElement !== body && isInlineLevel(view.getComputedStyle(at).display))
    at = at.parentElement;
  return at;
}
