// What an element draws that the text model does not read: a form field's value, an SVG's text, a broken image's
// alt, a frame, a canvas, a formula, a shadow tree's own words. One judge per element the text model skips (keyed by
// its own list, SKIPPED_ELEMENTS), so a new skip cannot go unjudged. Whether the element stands inside the reader's
// sentence is drawn-apart.ts's question; this one only asks whether it draws anything a reader can see.

import { composedParent } from './composed-parent';
import { backdropOf, canBeSeen } from './drawn-words';
import type { SkippedElement } from './text-model';
import { blendsIn } from './unseen-text';

/**
 * What a reader sees drawn by an element that its text lacks: words (a field, an SVG, a frame, a picture's alt, a
 * shadow tree), or a formula (MathML, which the text model leaves out).
 */
export type OwnWords = 'field words' | 'formula' | null;

/**
 * An element's shadow root, open or closed, or null: what an extension's content script can read (Chromium's
 * `chrome.dom.openOrClosedShadowRoot`, Firefox's `openOrClosedShadowRoot`); null for Lede's own hosts.
 */
export type ShadowOf = (el: Element) => ShadowRoot | null;

export const WORD = /[\p{L}\p{N}]/u;

/** Input types whose box shows their value (or placeholder) as text. */
const TEXT_INPUTS = /^(?:text|search|url|tel|email|number|date|datetime-local|month|week|time|button|submit|reset)$/;

/** The least width and height, in CSS pixels, of a box that can show a letter (a field's box inside its padding). */
const MIN_DRAWN = 3;
/** Text nodes looked at inside one element or shadow tree. */
const MAX_DRAWN_TEXTS = 200;
/** Shadow roots inside shadow roots walked, and nodes looked at across all of them (a host in a save). */
const MAX_SHADOW_DEPTH = 8;
const MAX_SHADOW_NODES = 2_000;

type Judge = (el: Element, view: Window) => boolean;

/**
 * How each element the text model skips is judged. Any letter laid out inside it and seen counts ({@link drawsLetters}:
 * an object's fallback, a <style> or <title> set to display, an <mi>); a replaced element counts by its box as well,
 * since what it draws cannot be read (a frame, a canvas, a video). `satisfies` makes a skipped element without a
 * judge a compile error.
 */
const SKIPPED_JUDGES = {
  SCRIPT: drawsLetters,
  STYLE: drawsLetters,
  NOSCRIPT: drawsLetters,
  TEMPLATE: drawsLetters,
  HEAD: drawsLetters,
  TITLE: drawsLetters,
  IFRAME: drawsLettersOrBox,
  OBJECT: drawsLettersOrBox,
  EMBED: drawsLettersOrBox,
  CANVAS: drawsLettersOrBox,
  VIDEO: drawsLettersOrBox,
  AUDIO: drawsLettersOrBox,
  PICTURE: drawsLetters,
  SELECT: (el, view) => fieldShowsWords(el, view) || drawsLetters(el, view),
  TEXTAREA: (el, view) => fieldShowsWords(el, view) || drawsLetters(el, view),
  // An SVG paints its text with `fill` and `stroke`; an element merely named "svg" outside SVG's namespace draws its
  // text as any inline element does.
  SVG: (el, view) => (el.namespaceURI === SVG_NS ? svgShowsWords(el, view) : drawsLetters(el, view)),
  MATH: drawsLetters,
} satisfies Record<SkippedElement, Judge>;

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * What `el` itself, or the shadow tree it hosts (shadow roots inside it walked, to {@link MAX_SHADOW_DEPTH}), draws
 * that the text model does not read, or null. Reads computed style and layout of `el` and its subtree only.
 */
export function ownWordsOf(el: Element, view: Window, shadowOf?: ShadowOf): OwnWords {
  const own = drawnBy(el, view);
  if (own) return own;
  // The text model reads no shadow tree: words a host's shadow tree draws (its own text or a field in it, not the
  // light text it slots) are not in the quote (red team 45; a root inside a root, red team 46).
  const root = shadowOf ? shadowOf(el) : el.shadowRoot;
  return root ? shadowDraws(root, view, shadowOf, { depth: 0, seen: 0 }) : null;
}

/** What `el` draws, not counting a shadow tree it hosts. */
function drawnBy(el: Element, view: Window): OwnWords {
  const name = el.nodeName.toUpperCase();
  const judge = (SKIPPED_JUDGES as Record<string, Judge | undefined>)[name];
  if (judge) {
    if (!judge(el, view)) return null;
    return name === 'MATH' ? 'formula' : 'field words';
  }
  // Elements with no text of their own that draw a picture's alt as words: an image that failed to load, an image
  // button (red team 46).
  if (name === 'IMG') return brokenImageShowsAlt(el as HTMLImageElement, view) ? 'field words' : null;
  if (name === 'INPUT' && (el as HTMLInputElement).type === 'image')
    return altShown(el, (el as HTMLInputElement).alt, view) ? 'field words' : null;
  return fieldShowsWords(el, view) ? 'field words' : null;
}

/**
 * Whether a form control shows words the text model does not read: a borderless `<input value="never">` between
 * two words (red team 38, C2). A control a reader cannot see shows nothing, so it must not turn a highlight dashed
 * (red team 39, S1-S3, S7): hidden, see-through, clipped to nothing, letters of size 0 or the colour behind them, a
 * box too small to show a letter, or out of the page.
 */
function fieldShowsWords(el: Element, view: Window): boolean {
  const name = el.localName;
  let words = '';
  let placeholder = false;
  if (name === 'input' || name === 'textarea') {
    const field = el as HTMLInputElement | HTMLTextAreaElement;
    if (name === 'textarea' || TEXT_INPUTS.test((field as HTMLInputElement).type)) {
      words = field.value;
      if (!words && field.placeholder) [words, placeholder] = [field.placeholder, true];
    }
  } else if (name === 'select') words = (el as HTMLSelectElement).selectedOptions?.[0]?.text ?? '';
  if (!WORD.test(words)) return false;
  const style = view.getComputedStyle(el);
  if (!canBeSeen(style) || !boxShowsLetters(el, style, view)) return false;
  // The letters' own colour (a placeholder's is its pseudo-element's) against the field's background or the page's.
  const letters = placeholder ? view.getComputedStyle(el, '::placeholder') : style;
  return !blendsIn(letters.getPropertyValue('-webkit-text-fill-color') || letters.color, backdropOf(el, view));
}

/**
 * Whether an image that failed to load shows its alt as words: both browsers then draw the alt in the image's box.
 * A loaded image (an emoji, a logo) draws its picture, and is left alone whatever its alt says.
 */
function brokenImageShowsAlt(img: HTMLImageElement, view: Window): boolean {
  if (!img.complete || img.naturalWidth !== 0 || img.naturalHeight !== 0) return false;
  return altShown(img, img.alt, view);
}

/** Whether `alt`, drawn in `el`'s box in place of a picture, shows a letter a reader can see. */
function altShown(el: Element, alt: string | null, view: Window): boolean {
  if (!alt || !WORD.test(alt)) return false;
  const style = view.getComputedStyle(el);
  if (!canBeSeen(style) || !boxShowsLetters(el, style, view)) return false;
  return !blendsIn(style.getPropertyValue('-webkit-text-fill-color') || style.color, backdropOf(el, view));
}

/** Letters laid out inside `el`, or, for a replaced element (a frame, a canvas, a video), a box of its own drawn. */
function drawsLettersOrBox(el: Element, view: Window): boolean {
  return drawsLetters(el, view) || drawsBox(el, view);
}

/**
 * Whether a replaced element draws a box a reader can see: what a frame, a canvas or a video shows cannot be read, so
 * a box between two words may show any word (red team 46: "never" in an `<iframe srcdoc>` or a canvas's `fillText`).
 * A box under a few pixels (a tracking frame) shows nothing. Whether it stands in the lines is drawn-apart.ts's
 * question (a floated ad frame stands beside them).
 */
function drawsBox(el: Element, view: Window): boolean {
  const style = view.getComputedStyle(el);
  if (style.display === 'none' || style.visibility !== 'visible' || Number(style.opacity) === 0) return false;
  if (/^inset\(\s*50%|^circle\(\s*0/.test(style.clipPath ?? '')) return false;
  return boxShowsLetters(el, style, view);
}

/**
 * Whether text inside `el` is laid out where a reader can see it: a letter in a box of a few pixels, its element
 * seen, its colour not the colour behind it.
 */
function drawsLetters(el: Element, view: Window): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let seen = 0;
  for (let n = walker.nextNode(); n && seen < MAX_DRAWN_TEXTS; n = walker.nextNode(), seen++)
    if (textIsDrawn(n as Text, view)) return true;
  return false;
}

/** Whether a text node shows a letter: laid out in a box of a few pixels, its element seen, not the colour behind it. */
function textIsDrawn(t: Text, view: Window): boolean {
  // A text node right under a shadow root takes its host's style.
  const parent = composedParent(t);
  if (!parent || !WORD.test(t.data)) return false;
  const style = view.getComputedStyle(parent);
  if (!canBeSeen(style)) return false;
  if (blendsIn(style.getPropertyValue('-webkit-text-fill-color') || style.color, backdropOf(parent, view)))
    return false;
  const range = t.ownerDocument.createRange();
  range.selectNodeContents(t);
  for (const r of range.getClientRects()) if (r.width >= MIN_DRAWN && r.height >= MIN_DRAWN) return true;
  return false;
}

/**
 * What a shadow tree draws of its own: a text node laid out and seen, an element that draws words (a field, a frame,
 * a formula), or a shadow tree inside it. Bounded across all the roots walked.
 */
function shadowDraws(
  root: ShadowRoot,
  view: Window,
  shadowOf: ShadowOf | undefined,
  budget: { depth: number; seen: number },
): OwnWords {
  const walker = view.document.createTreeWalker(root, 1 | 4 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    // A tree deeper or larger than is walked is taken as drawing words: its words past the bound would be saved
    // unseen (red team 48: a word in the tenth nested root, or after 2,100 empty spans).
    if (++budget.seen > MAX_SHADOW_NODES) return 'field words';
    if (n.nodeType !== 1) {
      if (n.parentNode && textIsDrawn(n as Text, view)) return 'field words';
      continue;
    }
    const el = n as Element;
    const own = drawnBy(el, view);
    if (own) return own;
    const inner = shadowOf ? shadowOf(el) : el.shadowRoot;
    if (inner && budget.depth >= MAX_SHADOW_DEPTH) return 'field words';
    if (inner) {
      budget.depth++;
      const found = shadowDraws(inner, view, shadowOf, budget);
      budget.depth--;
      if (found) return found;
    }
  }
  return null;
}

/** An SVG paint that draws nothing: none, transparent, or a colour at alpha 0. */
const NO_PAINT = /^(?:none|transparent|rgba\([^)]*,\s*0\))$/;

/**
 * Whether an inline SVG draws words a reader can see: the SVG seen, and a `<text>` filled or outlined (a stroke with
 * no fill draws the letters' outlines), sized and in a real box, or HTML words inside a `<foreignObject>` (red team 45).
 */
function svgShowsWords(svg: Element, view: Window): boolean {
  const style = view.getComputedStyle(svg);
  if (!canBeSeen(style, false) || svg.getClientRects().length === 0) return false;
  // An SVG that lets its drawing overflow is judged by its text's boxes alone: a 1 px SVG draws a word past its box
  // (red team 48). One that clips (the default) shows only what falls inside its box.
  const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
  if (clips && !boxShowsLetters(svg, style, view)) return false;
  const frame = svg.getBoundingClientRect();
  for (const t of svg.querySelectorAll('text')) {
    if (!WORD.test(t.textContent ?? '')) continue;
    const s = view.getComputedStyle(t);
    if (!canBeSeen(s, false)) continue;
    const filled = !NO_PAINT.test(s.fill) && Number(s.fillOpacity) !== 0;
    const outlined =
      !NO_PAINT.test(s.stroke) && Number(s.strokeOpacity) !== 0 && (Number.parseFloat(s.strokeWidth) || 0) > 0;
    if (!filled && !outlined) continue;
    const box = t.getBoundingClientRect();
    const width = clips ? Math.min(box.right, frame.right) - Math.max(box.left, frame.left) : box.width;
    const height = clips ? Math.min(box.bottom, frame.bottom) - Math.max(box.top, frame.top) : box.height;
    if (width >= MIN_DRAWN && height >= MIN_DRAWN && box.right + view.scrollX > 0 && box.bottom + view.scrollY > 0)
      return true;
  }
  for (const f of svg.querySelectorAll('foreignObject')) if (drawsLetters(f, view)) return true;
  return false;
}

/**
 * Whether `el`'s box can show a letter: its inside (less borders and padding) at least {@link MIN_DRAWN} pixels each
 * way, and not wholly before the page's left or top edge (`left: -9999px`), where no scrolling reaches it.
 */
function boxShowsLetters(el: Element, style: CSSStyleDeclaration, view: Window): boolean {
  if (el.getClientRects().length === 0) return false;
  const box = el.getBoundingClientRect();
  const px = (v: string) => Number.parseFloat(v) || 0;
  const width =
    box.width - px(style.paddingLeft) - px(style.paddingRight) - px(style.borderLeftWidth) - px(style.borderRightWidth);
  const height =
    box.height -
    px(style.paddingTop) -
    px(style.paddingBottom) -
    px(style.borderTopWidth) -
    px(style.borderBottomWidth);
  if (width < MIN_DRAWN || height < MIN_DRAWN) return false;
  return box.right + view.scrollX > 0 && box.bottom + view.scrollY > 0;
}
