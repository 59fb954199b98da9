// Readings of one computed style that unseen-text.ts asks for: how faint a colour is, how much a `filter` fades, a
// `mask-image` that lets nothing through, a `clip-path` that leaves nothing of its box, and how far a reader can
// scroll the page. Each reads the computed value as Chromium and Firefox serialise it, and answers "seen" (the safe
// side) for any form it does not know.

/** The alpha of a computed colour ("rgba(0, 0, 0, 0.03)", "transparent", "color(srgb 0 0 0 / 0.02)"); 1 when none. */
export function alphaOf(color: string): number {
  if (color === 'transparent') return 0;
  const m = /^rgba\([^)]*,\s*([\d.]+)\)$/.exec(color) ?? /\/\s*([\d.]+)(%?)\)$/.exec(color);
  if (!m) return 1;
  return Number(m[1]) / (m[2] ? 100 : 1);
}

/** What a `filter`'s `opacity()` functions leave of the element (their product); 1 with none. */
export function filterOpacity(filter: string): number {
  let left = 1;
  for (const m of filter.matchAll(/opacity\(([\d.]+)(%?)\)/g)) left *= Number(m[1]) / (m[2] ? 100 : 1);
  return left;
}

/** Words a gradient's arguments may hold besides its colours: directions, shapes, sizes, colour spaces. */
const GRADIENT_WORDS =
  /^(to|at|top|bottom|left|right|center|circle|ellipse|closest-side|closest-corner|farthest-side|farthest-corner|from|in|srgb|srgb-linear|display-p3|oklab|oklch|lab|lch|hsl|hwb|xyz|shorter|longer|increasing|decreasing|hue)$/;

/**
 * A mask made only of gradients whose every colour is clear (`linear-gradient(transparent, transparent)`): it lets
 * nothing of the element through. An image mask, or any colour in a form not read here, is left to the reader.
 */
export function maskClears(mask: string | undefined | null): boolean {
  if (!mask || mask === 'none' || /url\(|image\(|element\(|paint\(/.test(mask)) return false;
  const colours = mask.match(/rgba?\([^)]*\)/g) ?? [];
  if (colours.length === 0 || colours.some((c) => alphaOf(c) >= 0.05)) return false;
  const rest = mask
    .replace(/rgba?\([^)]*\)/g, ' ')
    .replace(/(repeating-)?(linear|radial|conic)-gradient\(/g, ' ')
    .replace(/-?[\d.]+(px|deg|grad|rad|turn|em|rem|%)?/g, ' ');
  if (/\(/.test(rest)) return false;
  return (rest.match(/[a-z][a-z-]*/gi) ?? []).every((word) => GRADIENT_WORDS.test(word));
}

/** A length of a basic shape in px: `px`, a bare 0, or a percentage of `of`; NaN for any other form. */
function lengthOf(value: string, of: number): number {
  if (value.endsWith('%')) return (Number.parseFloat(value) / 100) * of;
  if (value === '0' || value.endsWith('px')) return Number.parseFloat(value);
  return Number.NaN;
}

/**
 * A `clip-path` that leaves a box of a pixel or less of `box` (`circle(0)`, `inset(50%)`, a polygon of one point or
 * of one line). A path, a `url()` or a length not read here is judged as showing.
 */
export function clipLeavesNothing(clip: string, box: { width: number; height: number }): boolean {
  const { width: w, height: h } = box;
  const shape = /^(circle|ellipse|inset|polygon)\((.*)\)/.exec(clip.trim());
  if (!shape) return false;
  const args = shape[2].trim();
  if (shape[1] === 'circle') {
    const r = lengthOf(args.split(/\s+/)[0], Math.hypot(w, h) / Math.SQRT2);
    return r <= 0.5;
  }
  if (shape[1] === 'ellipse') {
    const [rx, ry] = args.split(/\s+/);
    return lengthOf(rx, w) <= 0.5 || (ry !== undefined && lengthOf(ry, h) <= 0.5);
  }
  if (shape[1] === 'inset') {
    const v = args.split(/\s+round\s+/)[0].split(/\s+/);
    const [t, r = t, b = t, l = r] = v;
    return w - lengthOf(l, w) - lengthOf(r, w) <= 1 || h - lengthOf(t, h) - lengthOf(b, h) <= 1;
  }
  const points = args
    .replace(/^(nonzero|evenodd)\s*,/, '')
    .split(',')
    .map((p) => p.trim().split(/\s+/));
  const xs = points.map((p) => lengthOf(p[0], w));
  const ys = points.map((p) => lengthOf(p[1] ?? '', h));
  if ([...xs, ...ys].some(Number.isNaN)) return false;
  return Math.max(...xs) - Math.min(...xs) <= 1 || Math.max(...ys) - Math.min(...ys) <= 1;
}

/** Overflow that a reader cannot scroll. */
const SHUT = /^(hidden|clip)$/;

/**
 * How far a reader can scroll the page, in document px: on an axis where the root or the body hides overflow, the
 * in-flow content's extent (the root's box, which holds its floats) or the viewport, whichever is larger; on any
 * other, the document's scroll size.
 */
export function pageReach(view: Window): { width: number; height: number } {
  const doc = view.document;
  const root = doc.documentElement;
  const rootStyle = view.getComputedStyle(root);
  const bodyStyle = doc.body ? view.getComputedStyle(doc.body) : rootStyle;
  const scroller = doc.scrollingElement ?? root;
  const box = root.getBoundingClientRect();
  const shut = (axis: 'overflowX' | 'overflowY') => SHUT.test(rootStyle[axis]) || SHUT.test(bodyStyle[axis]);
  return {
    width: shut('overflowX') ? Math.max(root.clientWidth, box.right + view.scrollX) : scroller.scrollWidth,
    height: shut('overflowY') ? Math.max(root.clientHeight, box.bottom + view.scrollY) : scroller.scrollHeight,
  };
}

/** Some element between `el` and the body scrolls on that axis (a wide table's wrapper, an app's own scroller). */
export function scrollsInside(el: Element, view: Window, axis: 'overflowX' | 'overflowY'): boolean {
  const body = view.document.body;
  for (let up = el.parentElement; up && up !== body && up !== view.document.documentElement; up = up.parentElement)
    if (/^(auto|scroll)$/.test(view.getComputedStyle(up)[axis])) return true;
  return false;
}
