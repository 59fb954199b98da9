// Text a page hides inside the running text of a passage. A page can put words into a sentence that no reader sees
// (a span its stylesheet sets to display:none, font-size 0, a transparent colour or the colour of what is behind it,
// or places off the screen), and a highlight across that sentence would carry them into the reader's quote, library
// and exports. This is the test the page side gives buildTextModel so the saved quote is the text the reader saw,
// and anchoring reads the same text.
//
// Only text hidden where it sits among visible words is left out: an inline element (a span, a link), any element
// between two runs of text, and a block hidden between two visible blocks of plain text (paragraphs, headings, list
// items: a planted "quote" a selection across the two would save, and key facts would show), and a block hidden
// without a place of its own (display:none, off the page) wherever nothing beside it can open it: inside a wrapper,
// beside a figure or a table, after the last paragraph. A block hidden where a reader can open it (a closed accordion
// panel under its clickable heading or button, a tab, a "read more" remainder before its control, a carousel's
// slide, `<details>`) keeps today's behaviour: its highlights still anchor, and show again when it opens. It reads
// computed style and, for positioned or clipped elements only, one bounding box; every answer is kept for the
// model's one walk.
import { BLOCKS } from './text-model';
import { alphaOf, clipLeavesNothing, filterOpacity, maskClears, pageReach, scrollsInside } from './unseen-style';

type Reach = () => { width: number; height: number };

/** Smaller than this (CSS px), a font shows no readable word. */
const MIN_FONT_PX = 4;

/** True if `node` is a text node with something other than white space. */
const isWords = (node: Node | null): boolean => !!node && node.nodeType === 3 && /\S/.test((node as Text).data);

/** The element has words of its own (not only inside child elements). */
function hasOwnWords(el: Element): boolean {
  for (let c = el.firstChild; c; c = c.nextSibling) if (isWords(c)) return true;
  return false;
}

/** Below this alpha, a text colour or text fill shows no readable word (rgba(0, 0, 0, 0.03) on white). */
const MIN_TEXT_ALPHA = 0.1;

export type Rgb = [number, number, number];

/** A computed `rgb()`/`rgba()` colour as red, green, blue and alpha; null for any other form. */
export function rgbaOf(color: string): [number, number, number, number] | null {
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
export function blendsIn(color: string, backdrop: Rgb | null): boolean {
  const c = rgbaOf(color);
  if (!backdrop || !c || c[3] < 0.95) return false;
  const [a, b] = [luminance([c[0], c[1], c[2]]), luminance(backdrop)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) < MIN_CONTRAST;
}

/**
 * Whether the letters are drawn by something other than their fill, in a colour that shows against `backdrop`: a
 * stroke from half a pixel to a sixth of the type, or a shadow within a letter's size of them, blurred a quarter of
 * it at most (a blot of a blur or a stroke shows no words). A shadow neither offset nor blurred
 * lies under the fill and shows only where the fill is clear (`clearFill`).
 */
function drawnOtherwise(style: CSSStyleDeclaration, backdrop: Rgb | null, clearFill: boolean): boolean {
  const shows = (color: string): boolean => alphaOf(color) >= MIN_TEXT_ALPHA && !blendsIn(color, backdrop);
  const size = Number.parseFloat(style.fontSize) || 16;
  // Thin enough to draw letters, not blots: a stroke a sixth of the type or less, a shadow blurred a quarter or less.
  const stroke = Number.parseFloat(style.getPropertyValue('-webkit-text-stroke-width')) || 0;
  if (stroke >= 0.5 && stroke <= size / 6 && shows(style.getPropertyValue('-webkit-text-stroke-color') || style.color))
    return true;
  const shadow = style.textShadow;
  if (!shadow || shadow === 'none') return false;
  // Each shadow as the browser computes it: its colour, then x, y and blur in px.
  for (const one of shadow.split(/,(?![^(]*\))/)) {
    const color =
      /(rgba?|hsla?|color|oklch|oklab|lab|lch)\([^)]*\)|transparent|currentcolor/i.exec(one)?.[0] ?? style.color;
    const [x = 0, y = 0, blur = 0] = [...one.replace(color, '').matchAll(/(-?[\d.]+)px/g)].map((m) => Number(m[1]));
    if (!shows(color) || Math.abs(x) > size || Math.abs(y) > size || blur > size / 4) continue;
    if (clearFill || Math.abs(x) >= 0.5 || Math.abs(y) >= 0.5 || blur >= 0.5) return true;
  }
  return false;
}

/** Letters and digits: what a drawn word has width for. */
const LETTER = /[\p{L}\p{N}]/gu;
/** Below this width per letter (CSS px), words are laid out at no size: 4 px type is wider than 1 px a letter. */
const MIN_LETTER_PX = 0.25;
/**
 * One range per document laid out (a browser's; a DOM without layout measures every box at zero and is never judged
 * so), kept for every measure: a range made per element stays live in its document until collected.
 */
const measures = new WeakMap<Document, Range>();

/**
 * Whether every run of `el`'s own words is laid out narrower than its letters could be drawn: a font of the page's
 * that draws them at no size (`@font-face { size-adjust: 0% }`, red team 60), which no computed style tells. Reads
 * one rect per run of words, only in a document with layout.
 */
function drawnAtNoSize(el: Element): boolean {
  // A <details>' own words are its body, laid out but not drawn while it is closed (undrawn-text.ts judges them);
  // judged here, its summary would go with them.
  if (el.localName === 'details') return false;
  const doc = el.ownerDocument;
  let range = measures.get(doc);
  if (!range) {
    if (!(doc.documentElement?.getBoundingClientRect().height > 0)) return false;
    range = doc.createRange();
    measures.set(doc, range);
  }
  let runs = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType !== 3) continue;
    const letters = (c as Text).data.match(LETTER)?.length ?? 0;
    if (!letters) continue;
    range.selectNodeContents(c);
    const rects = range.getClientRects();
    // Not laid out at all (a text no box holds): judged elsewhere, not here.
    if (rects.length === 0) return false;
    let width = 0;
    for (const r of rects) width += r.width;
    if (width >= letters * MIN_LETTER_PX) return false;
    runs++;
  }
  return runs > 0;
}

/**
 * Whether a reader can see `el`'s box and its own words, judged alone (its ancestors are judged by the caller).
 * `view` is the element's window; `backdrop` gives the colour behind an element, or null where it cannot be known.
 */
function looksSeen(
  el: Element,
  view: Window,
  backdrop: (el: Element) => Rgb | null,
  reach: Reach,
  colors: Map<Element, string>,
): boolean {
  // Its own style only: the caller judges the parent, so an ancestor's display or opacity is already counted.
  const style = view.getComputedStyle(el);
  // Kept for its children's test below: one style read per element, not one more per child with words.
  colors.set(el, style.color);
  if (
    style.display === 'none' ||
    /^(hidden|collapse)$/.test(style.visibility) ||
    Number.parseFloat(style.opacity) < 0.05 ||
    (style.filter !== 'none' && filterOpacity(style.filter) < 0.05)
  )
    return false;
  if (style.contentVisibility === 'hidden') return false;
  // The browser's own answer for what its style alone does not say: no box (a shadow host's child with no slot, a
  // child of <progress> or of an element `content: url()` replaces), or inside a closed <details>'s skipped body.
  // An element that is only `display: contents` has no box of its own and is drawn through its children.
  if (style.display !== 'contents' && el.checkVisibility?.() === false) return false;
  // `-webkit-mask-image` is an alias of `mask-image` in Chromium and Firefox: one read serves both.
  if (maskClears(style.maskImage)) return false;
  const ownWords = hasOwnWords(el);
  if (ownWords) {
    // A zero font on a container whose children set their own size is a layout habit: only words set in it count.
    // Chromium reports the font size before `zoom`; the zoom of the element and its ancestors shrinks it.
    const zoom = (el as { currentCSSZoom?: number }).currentCSSZoom ?? (Number.parseFloat(style.zoom) || 1);
    if (Number.parseFloat(style.fontSize) * zoom < MIN_FONT_PX) return false;
    // `font-size-adjust` sizes the letters by their x-height (about half the em): at 0 they are drawn at no size
    // whatever `font-size` says (red team 60: quotes planted that way reached the sidebar).
    const adjust = /(^|\s)([\d.]+)$/.exec(style.getPropertyValue('font-size-adjust').trim());
    if (adjust && Number.parseFloat(style.fontSize) * zoom * (Number(adjust[2]) / 0.5) < MIN_FONT_PX) return false;
    // A face of the page's own at `size-adjust: 0%` (which no computed style shows) draws them at no size too: their
    // laid-out width says so.
    if (drawnAtNoSize(el)) return false;
    // `-webkit-text-security` draws each letter as a disc, circle or square (a password field's dots): the reader
    // sees marks, not the words (red team 61: "not " drawn as discs inside a passage was saved as "have not found").
    if (!/^(none|)$/.test(style.getPropertyValue('-webkit-text-security').trim())) return false;
    const clipsText = style.backgroundClip === 'text' || style.getPropertyValue('-webkit-background-clip') === 'text';
    const fill = style.getPropertyValue('-webkit-text-fill-color');
    const clearFill = alphaOf(style.color) < MIN_TEXT_ALPHA || (!!fill && alphaOf(fill) < MIN_TEXT_ALPHA);
    // Letters whose fill cannot be seen are still drawn by a stroke or a shadow (red team 54: a page added " not",
    // stroked, inside the reader's highlighted passage; the text left it out, so the passage was found again
    // over it and the reader's yellow covered "have not found").
    if (!clipsText && clearFill && !drawnOtherwise(style, backdrop(el), true)) return false;
    // Only a colour of its own can hide words its parent shows (the parent is judged apart): the backdrop is looked
    // for on those alone.
    const parent = el.parentElement;
    const ownColor = !!parent && (colors.get(parent) ?? view.getComputedStyle(parent).color) !== style.color;
    if (
      !clipsText &&
      ownColor &&
      blendsIn(style.color, backdrop(el)) &&
      !drawnOtherwise(style, backdrop(el), clearFill)
    )
      return false;
  }
  const clips = style.overflow !== 'visible' || style.clipPath !== 'none' || style.clip !== 'auto';
  if (style.clip === 'rect(0px, 0px, 0px, 0px)') return false;
  // `translate`, `scale` and `rotate` are transforms of their own, beside the `transform` property.
  const moved =
    style.transform !== 'none' ||
    (style.translate ?? 'none') !== 'none' ||
    (style.scale ?? 'none') !== 'none' ||
    (style.rotate ?? 'none') !== 'none';
  const placed = clips || style.position !== 'static' || moved;
  const pushedAway = ownWords && Number.parseFloat(style.textIndent) < -999;
  if (!placed && !pushedAway) return true;
  const box = el.getBoundingClientRect();
  // No box at all: a closed ancestor (a menu, a panel) holds it. That ancestor is the one judged.
  if (box.width === 0 && box.height === 0 && el.getClientRects().length === 0) return true;
  // The "visually hidden" pattern: a box of 1 px or less that clips what is in it (or scaled to nothing). A tiny box
  // that does not clip lets its words overflow into view, so its children are judged on their own.
  if ((box.width <= 1 || box.height <= 1) && (clips || moved)) return false;
  // A clip-path that leaves a pixel or less of the box: circle(0), inset(50%), a polygon of one point.
  if (style.clipPath !== 'none' && clipLeavesNothing(style.clipPath, box)) return false;
  if (offThePage(el, box, view, reach, style.position === 'fixed')) return false;
  if (pushedAway) return false;
  return true;
}

/**
 * Placed where no scrolling reaches: off the page's left or top edge (left: -9999px), or past its right or bottom
 * edge where the page cannot scroll that far (overflow hidden on the root or body, or past the document's scroll
 * size), unless a scrolling element of its own holds it there.
 */
function offThePage(el: Element, box: DOMRect, view: Window, reach: Reach, fixed = false): boolean {
  if (box.right + view.scrollX <= 0 || box.bottom + view.scrollY <= 0) return true;
  const [x, y] = fixed ? [box.left, box.top] : [box.left + view.scrollX, box.top + view.scrollY];
  if (x < view.innerWidth && y < view.innerHeight) return false;
  const { width, height } = reach();
  return (
    (x >= width && !scrollsInside(el, view, 'overflowX')) || (y >= height && !scrollsInside(el, view, 'overflowY'))
  );
}

/**
 * A test for buildTextModel's `unseen`: an element in running text that the reader cannot see while its parent
 * can be seen. `view` is the page's window. Make one per model: it remembers its answers for one walk.
 */
export function unseenInRunningText(view: Window, opts: SeenOptions = {}): (el: Element) => boolean {
  // Maps, not WeakMaps: the test lives for one walk, and on a page of 150,000 paragraphs weak entries cost the
  // garbage collector more than the style reads they save.
  const seen = new Map<Element, boolean>();
  const colors = new Map<Element, string>();
  let reached: ReturnType<Reach> | undefined;
  const reach: Reach = () => (reached ??= pageReach(view));
  const backdrops = new Map<Element, Rgb | null>();
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
      answer = looksSeen(el, view, backdrop, reach, colors);
      seen.set(el, answer);
    }
    return answer;
  };
  /**
   * The nearest sibling of `el` a reader sees, before it or after it, past a short run of hidden ones: null when
   * there is none on that side, undefined when the run of hidden ones is too long to look past.
   */
  const siblingSeen = (el: Element, after: boolean): Element | null | undefined => {
    let s = after ? el.nextElementSibling : el.previousElementSibling;
    for (let i = 0; s && i < MAX_HIDDEN_RUN; i++, s = after ? s.nextElementSibling : s.previousElementSibling)
      if (seenNow(s)) return s;
    return s ? undefined : null;
  };
  /**
   * What a reader sees next to `el` on one side: its nearest seen sibling, or, where it has none on that side, its
   * wrapper's (up to a few wrappers out). Null when nothing shows there; undefined past a long run of hidden blocks
   * (a hidden list or menu: no paragraph of prose).
   */
  const seenNeighbour = (el: Element, after: boolean): Element | null | undefined => {
    let at = el;
    for (let level = 0; level <= MAX_WRAPPERS; level++) {
      const s = siblingSeen(at, after);
      if (s !== null) return s;
      const up = at.parentElement;
      if (!up || up === view.document.body || up === view.document.documentElement) return null;
      at = up;
    }
    return null;
  };
  /** Some element's `aria-controls` names `el`: a control elsewhere on the page opens it. */
  const namedByControl = (el: Element): boolean => {
    const id = el.id;
    if (!id) return false;
    for (const c of view.document.querySelectorAll('[aria-controls]'))
      if (c.getAttribute('aria-controls')!.split(/\s+/).includes(id)) return true;
    return false;
  };
  /** A hidden block without room of its own that something beside it, or a control elsewhere, can open. */
  const openable = (el: Element): boolean => {
    if (el.getAttribute('role') === 'tabpanel' || el.closest('details')) return true;
    const before = seenNeighbour(el, false);
    const after = seenNeighbour(el, true);
    if (before === undefined || after === undefined) return true;
    if ((before && opens(before, view)) || (after && opens(after, view))) return true;
    return namedByControl(el);
  };
  /**
   * A hidden block the walk leaves out: nothing on the page can open it. One that takes no room where it stands
   * (display:none, off the page) is left out unless a control or a clickable element shows right beside it, or out of
   * its wrapper ("Continue reading", a carousel's button, an accordion's heading). One that keeps its place (a blank gap
   * where it stands: faded out, made invisible, as pages reveal paragraphs while they scroll in) only between two
   * blocks of plain text, so that a revealing page's paragraphs further down stay in.
   */
  const hiddenAmidProse = (el: Element): boolean => {
    if (seenNow(el)) return false;
    if (opts.onlyShown && takesNoRoom(el, view, reach)) {
      if (opts.onOpenable && openable(el)) opts.onOpenable(el);
      return true;
    }
    if (el.getAttribute('role') === 'tabpanel' || el.closest('details')) return closedInPlace(el);
    if (takesNoRoom(el, view, reach)) return !openable(el);
    if (!isPlainText(siblingSeen(el, false) ?? null, view) || !isPlainText(siblingSeen(el, true) ?? null, view))
      return closedInPlace(el);
    return !namedByControl(el) || closedInPlace(el);
  };
  /**
   * A block hidden in place that highlights keep (faded out, as pages reveal paragraphs while they scroll in): for key
   * facts (`onlyShown`) it is closed until it shows, since a page can fade out a planted block anywhere.
   */
  const closedInPlace = (el: Element): boolean => {
    if (!opts.onlyShown) return false;
    opts.onOpenable?.(el);
    return true;
  };
  return (el) => {
    const parent = el.parentElement;
    if (!parent) return false;
    // Never drawn for what its parent is, while the parent is drawn: no reader can open it, wherever it stands.
    if (!seenNow(el) && neverDrawnIn(el, parent, view)) return true;
    if (BLOCKS.has(el.nodeName.toUpperCase()) && !isWords(el.previousSibling) && !isWords(el.nextSibling))
      return seenNow(parent) && hiddenAmidProse(el);
    return !seenNow(el) && seenNow(parent);
  };
}

/** The element itself, or the nearest one out of `display: contents`, has a box the browser lays out. */
function hasBox(el: Element | null, view: Window): boolean {
  while (el && view.getComputedStyle(el).display === 'contents') el = el.parentElement;
  return !!el && el.getClientRects().length > 0;
}

/**
 * An element that should have a box by its own display but has none while its parent has one: its parent does not
 * draw it (a shadow host with no slot for it, a <progress>, an element `content: url()` replaces). Not a closed panel
 * a reader can open, which has a display of none itself or sits under one.
 */
function neverDrawnIn(el: Element, parent: Element, view: Window): boolean {
  if (/^(none|contents)$/.test(view.getComputedStyle(el).display) || el.getClientRects().length > 0) return false;
  return hasBox(parent, view);
}

/** How strictly hidden blocks are judged. */
export interface SeenOptions {
  /**
   * Leave out every block hidden without room of its own, even one a reader can open (a "read more" remainder, a
   * closed panel): what key facts read, so that a page cannot put words a reader never saw beside a button of its own.
   * A highlight's text keeps those blocks, so a note made after opening one still anchors when it is closed again.
   * A block hidden in place (faded out, invisible) that highlights keep is closed too until it shows.
   */
  onlyShown?: boolean;
  /** Told of each block `onlyShown` leaves out that a reader could open. */
  onOpenable?: (el: Element) => void;
}

/** Hidden blocks in a row, past which a block is no longer judged as set between two paragraphs. */
const MAX_HIDDEN_RUN = 24;
/** Wrappers a hidden block's neighbours are looked for out of, when it has none of its own on a side. */
const MAX_WRAPPERS = 3;
/** Words outside any control, past which a block beside a hidden one is prose, not a row holding a control. */
const MAX_LABEL_CHARS = 40;

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

/** Hidden without a place of its own: no box (display:none), a box of a pixel, or one placed off the page. */
function takesNoRoom(el: Element, view: Window, reach: Reach): boolean {
  const box = el.getBoundingClientRect();
  return box.width <= 1 || box.height <= 1 || offThePage(el, box, view, reach);
}

/**
 * An element a reader can click to open what is hidden beside it: a control, anything with a pointer cursor (a
 * link, a heading a script made clickable), or a row whose words are all a control's ("Continue reading" in its
 * paragraph). A paragraph of prose with a footnote link in it is not one.
 */
function opens(el: Element, view: Window): boolean {
  if (el.matches(CONTROL) || view.getComputedStyle(el).cursor === 'pointer') return true;
  if (!el.querySelector(CONTROL)) return false;
  const walker = view.document.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let outside = 0;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const control = t.parentElement?.closest(CONTROL);
    if (control && el.contains(control)) continue;
    outside += (t as Text).data.replace(/\s+/g, '').length;
    if (outside > MAX_LABEL_CHARS) return false;
  }
  return true;
}
