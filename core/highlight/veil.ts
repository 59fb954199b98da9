// The clear sheet the paint layer lays over the window (painter.ts). IntersectionObserver v2 (`trackVisibility`)
// reports a word under any box as covered, so a page that wrapped every word in a span and watched them read exactly
// the highlighted passages under Lede's tint (red team 26). Under one sheet over the window every word reads as
// covered, painted or not. The sheet is `position: fixed`, but a page that transforms its root element (or filters
// or contains it) turns "fixed" into "absolute" in that element's box, which the page can make 10 px high: the
// sheet then covered 10 px and the words below read as before. So its box is checked at each placing against the
// window, and moved and sized (in its own coordinates, through the page's scale) until it covers the window.
import { composedParent } from '../anchoring/dom/composed-parent';
import type { Box } from './geometry';

/** What the sheet's box is set to (CSS pixels in its own coordinates). */
export interface VeilBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** How far past the window's edges the sheet reaches, in window pixels (rounding, a scrollbar). */
const MARGIN = 2;

/** The sheet's CSS for `box`. */
export const veilCss = (b: VeilBox): string =>
  `left:${b.left}px;top:${b.top}px;width:${b.width}px;height:${b.height}px`;

/**
 * The box the sheet needs to cover a `w`×`h` window, given where `drawn` (its box as set) lies on screen (`seen`,
 * its client rect); null when it already covers it. Pure.
 */
export function veilFit(drawn: VeilBox, seen: Box, w: number, h: number): VeilBox | null {
  const right = seen.left + seen.width;
  const bottom = seen.top + seen.height;
  if (seen.left <= 0 && seen.top <= 0 && right >= w && bottom >= h) return null;
  // Screen = origin + scale × own; an element of no size (or a page that flattened it) gives no scale: take 1.
  const sx = drawn.width > 0 && seen.width > 0 ? seen.width / drawn.width : 1;
  const sy = drawn.height > 0 && seen.height > 0 ? seen.height / drawn.height : 1;
  const ox = seen.left - sx * drawn.left;
  const oy = seen.top - sy * drawn.top;
  return {
    left: (-MARGIN - ox) / sx,
    top: (-MARGIN - oy) / sy,
    width: (w + 2 * MARGIN) / sx,
    height: (h + 2 * MARGIN) / sy,
  };
}

/**
 * Whether the sheet, set to `drawn`, is drawn at another scale than its own (`seen`, its client rect): an ancestor's
 * transform scales it. An element of no size gives no scale. Pure.
 */
export function isScaled(drawn: VeilBox, seen: Box): boolean {
  const off = (set: number, got: number) => set > 0 && got > 0 && Math.abs(got / set - 1) > 0.01;
  return off(drawn.width, seen.width) || off(drawn.height, seen.height);
}

/**
 * Whether an element holding `el` (through shadow roots) draws it through a filter of the page's: a threshold on
 * `<html>` (grey, then black or white at half) left the article black on white and every highlight white, nothing
 * tinted (red team 60, TH); a grayscale day of mourning drew them grey. Or a later sibling of one of them blends or
 * filters what lies under it. No ancestor's filter, and nothing outside the top layer, reaches the top layer.
 */
export function filteredAbove(el: Element, view: Window | null): boolean {
  if (!view) return false;
  for (let n: Element | null = el; n; n = composedParent(n)) {
    if (n !== el) {
      const filter = view.getComputedStyle(n as Element).filter;
      if (filter && filter !== 'none') return true;
    }
    if (blendsOver(n as Element, view)) return true;
  }
  return false;
}

/** Siblings after an element holding the layer looked at for a backdrop filter or a blend (more are left alone). */
const MAX_LATER_SIBLINGS = 50;

/**
 * Whether an element after `el` among its siblings (drawn above it at the same z-index) filters or blends what lies
 * under it: a clear box over the window with `backdrop-filter: grayscale(1) contrast(10)`, kept last on `<html>`,
 * after Lede's host, drew every highlight white with the article unchanged (red team 60, TB2).
 */
function blendsOver(el: Element, view: Window): boolean {
  let k = 0;
  for (let s = el.nextElementSibling; s && k < MAX_LATER_SIBLINGS; s = s.nextElementSibling, k++) {
    const cs = view.getComputedStyle(s);
    const backdrop = cs.getPropertyValue('backdrop-filter') || cs.getPropertyValue('-webkit-backdrop-filter');
    if ((backdrop && backdrop !== 'none') || (cs.mixBlendMode && cs.mixBlendMode !== 'normal')) return true;
  }
  return false;
}
