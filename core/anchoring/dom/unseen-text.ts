// Text a page hides inside the running text of a passage. A page can put words into a sentence that no reader sees
// (a span its stylesheet sets to display:none, font-size 0, a transparent colour or the colour of what is behind it,
// or places off the screen), and a highlight across that sentence would carry them into the reader's quote, library
// and exports. This is the test the
// page side gives buildTextModel so the saved quote is the text the reader saw, and anchoring reads the same text.
//
// Only text hidden where it sits among visible words is left out: an inline element (a span, a link), any element
// between two runs of text, and a block hidden between two visible blocks of plain text (paragraphs, headings, list
// items: a planted "quote" a selection across the two would save, and key facts would show). A block hidden where a
// reader can open it (a closed accordion panel under its clickable heading or button, a tab, a "read more" remainder
// before its control, `<details>`, one after the last paragraph) keeps today's behaviour: its highlights still
// anchor, and show again when it opens. It reads computed style and, for positioned
// or clipped elements only, one bounding box; every answer is kept for the model's one walk.
import { BLOCKS } from './text-model';

/** Smaller than this (CSS px), a font shows no readable word. */
const MIN_FONT_PX = 4;

/** True if `node` is a text node with something other than white space. */
const isWords = (node: Node | null): boolean => !!node && node.nodeType === 3 && /\S/.test((node as Text).data);

/** The element has words of its own (not only inside child elements). */
function hasOwnWords(el: Element): boolean {
  for (let c = el.firstChild; c; c = c.nextSibling) if (isWords(c)) return true;
  return false;
}

/** An alpha of zero in a computed colour ("rgba(0, 0, 0, 0)", "transparent", "color(srgb 0 0 0 / 0)"). */
function isClear(color: string): boolean {
  return color === 'transparent' || /^rgba\([^)]*,\s*0(\.0+)?\)$/.test(color) || /\/\s*0(\.0+)?\)$/.test(color);
}

type Rgb = [number, number, number];

/** A computed `rgb()`/`rgba()` colour as red, green, blue and alpha; null for any other form. */
function rgbaOf(color: string): [number, number, number, number] | null {
  const m = /^rgba?\((\d+(?:\.\d+)?), (\d+(?:\.\d+)?), (\d+(?:\.\d+)?)(?:, ([\d.]+))?\)$/.exec(color);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : null;
}

/** WCAG's relative luminance. */
function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Below this contrast ratio (WCAG's, 1 to 21), words are the colour of what is behind them. */
const MIN_CONTRAST = 1.25;

/** The words' colour is (nearly) the colour behind them: white on white. */
function blendsIn(color: string, backdrop: Rgb | null): boolean {
  const c = rgbaOf(color);
  if (!backdrop || !c || c[3] < 0.95) return false;
  const [a, b] = [luminance([c[0], c[1], c[2]]), luminance(backdrop)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) < MIN_CONTRAST;
}

/**
 * Whether a reader can see `el`'s box and its own words, judged alone (its ancestors are judged by the caller).
 * `view` is the element's window; `backdrop` gives the colour behind an element, or null where it cannot be known.
 */
function looksSeen(el: Element, view: Window, backdrop: (el: Element) => Rgb | null): boolean {
  // Its own style only: the caller judges the parent, so an ancestor's display or opacity is already counted.
  const style = view.getComputedStyle(el);
  if (
    style.display === 'none' ||
    /^(hidden|collapse)$/.test(style.visibility) ||
    Number.parseFloat(style.opacity) < 0.05
  )
    return false;
  if (style.contentVisibility === 'hidden') return false;
  const ownWords = hasOwnWords(el);
  if (ownWords) {
    // A zero font on a container whose children set their own size is a layout habit: only words set in it count.
    if (Number.parseFloat(style.fontSize) < MIN_FONT_PX) return false;
    const clipsText = style.backgroundClip === 'text' || style.getPropertyValue('-webkit-background-clip') === 'text';
    if (!clipsText && (isClear(style.color) || isClear(style.getPropertyValue('-webkit-text-fill-color'))))
      return false;
    // Only a colour of its own can hide words its parent shows (the parent is judged apart): the backdrop is looked
    // for on those alone.
    const parent = el.parentElement;
    const ownColor = !!parent && view.getComputedStyle(parent).color !== style.color;
    if (!clipsText && ownColor && blendsIn(style.color, backdrop(el))) return false;
  }
  const clips = style.overflow !== 'visible' || style.clipPath !== 'none' || style.clip !== 'auto';
  if (style.clip === 'rect(0px, 0px, 0px, 0px)') return false;
  const placed = clips || style.position !== 'static' || style.transform !== 'none';
  const pushedAway = ownWords && Number.parseFloat(style.textIndent) < -999;
  if (!placed && !pushedAway) return true;
  const box = el.getBoundingClientRect();
  // No box at all: a closed ancestor (a menu, a panel) holds it. That ancestor is the one judged.
  if (box.width === 0 && box.height === 0 && el.getClientRects().length === 0) return true;
  // The "visually hidden" pattern: a box of 1 px or less that clips what is in it (or scaled to nothing). A tiny box
  // that does not clip lets its words overflow into view, so its children are judged on their own.
  if ((box.width <= 1 || box.height <= 1) && (clips || style.transform !== 'none')) return false;
  // Off the page's left or top edge, where no scrolling reaches (left: -9999px), or its words pushed there.
  if (box.right + view.scrollX <= 0 || box.bottom + view.scrollY <= 0) return false;
  if (pushedAway) return false;
  return true;
}

/**
 * A test for buildTextModel's `unseen`: an element in running text that the reader cannot see while its parent
 * can be seen. `view` is the page's window. Make one per model: it remembers its answers for one walk.
 */
export function unseenInRunningText(view: Window): (el: Element) => boolean {
  const seen = new WeakMap<Element, boolean>();
  const backdrops = new WeakMap<Element, Rgb | null>();
  // Behind everything, the canvas: white, unless the page asks for a dark scheme the browser may honour.
  const root = view.document.documentElement;
  const canvas: Rgb | null =
    root && /dark/.test(view.getComputedStyle(root).colorScheme ?? '') ? null : [255, 255, 255];
  /** The opaque colour behind `el`: its own background's or the nearest ancestor's; null behind an image or a tint. */
  const backdrop = (el: Element): Rgb | null => {
    if (backdrops.has(el)) return backdrops.get(el)!;
    const style = view.getComputedStyle(el);
    const bg = rgbaOf(style.backgroundColor);
    let answer: Rgb | null;
    if (style.backgroundImage !== 'none') answer = null;
    else if (bg && bg[3] >= 0.95) answer = [bg[0], bg[1], bg[2]];
    else if (bg && bg[3] > 0.05) answer = null;
    else answer = el.parentElement ? backdrop(el.parentElement) : canvas;
    backdrops.set(el, answer);
    return answer;
  };
  const seenNow = (el: Element): boolean => {
    let answer = seen.get(el);
    if (answer === undefined) {
      answer = looksSeen(el, view, backdrop);
      seen.set(el, answer);
    }
    return answer;
  };
  /** The nearest sibling of `el` a reader sees, before it or after it, past a short run of hidden ones. */
  const seenSibling = (el: Element, after: boolean): Element | null => {
    let s = after ? el.nextElementSibling : el.previousElementSibling;
    for (let i = 0; s && i < MAX_HIDDEN_RUN; i++, s = after ? s.nextElementSibling : s.previousElementSibling)
      if (seenNow(s)) return s;
    return null;
  };
  /** A block hidden between two visible blocks of plain text, with nothing on the page that opens it. */
  const hiddenAmidProse = (el: Element): boolean => {
    if (seenNow(el) || el.getAttribute('role') === 'tabpanel' || el.closest('details')) return false;
    if (!isPlainText(seenSibling(el, false), view) || !isPlainText(seenSibling(el, true), view)) return false;
    const id = el.id;
    if (!id) return true;
    for (const c of view.document.querySelectorAll('[aria-controls]'))
      if (c.getAttribute('aria-controls')!.split(/\s+/).includes(id)) return false;
    return true;
  };
  return (el) => {
    const parent = el.parentElement;
    if (!parent) return false;
    if (BLOCKS.has(el.nodeName.toUpperCase()) && !isWords(el.previousSibling) && !isWords(el.nextSibling))
      return seenNow(parent) && hiddenAmidProse(el);
    return !seenNow(el) && seenNow(parent);
  };
}

/** Hidden blocks in a row, past which a block is no longer judged as set between two paragraphs. */
const MAX_HIDDEN_RUN = 24;

/** Blocks of running text: paragraphs, block quotes, headings, lists and their items. */
const TEXT_BLOCKS = new Set(['P', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL']);
/** What may open a hidden block beside it: a control, or an element that takes clicks or the focus. */
const CONTROL =
  'a[href^="#"], a[role], button, summary, input, select, [role="button"], [aria-expanded], [aria-controls], [onclick], [tabindex]';

/**
 * Plain text a reader cannot click to open what follows: a text block with words, no control in or on it, and no
 * pointer cursor (an accordion's heading, clickable by a script, shows one).
 */
function isPlainText(el: Element | null, view: Window): boolean {
  return (
    !!el &&
    TEXT_BLOCKS.has(el.nodeName.toUpperCase()) &&
    /\S/.test(el.textContent ?? '') &&
    !el.matches(CONTROL) &&
    !el.querySelector(CONTROL) &&
    view.getComputedStyle(el).cursor !== 'pointer'
  );
}
