// The clear sheet the paint layer lays over the window (painter.ts). IntersectionObserver v2 (`trackVisibility`)
// reports a word under any box as covered, so a page that wrapped every word in a span and watched them read exactly
// the highlighted passages under Lede's tint (red team 26). Under one sheet over the window every word reads as
// covered, painted or not. The page's frames are left out of it, so a widget of the page's that asks v2 whether it is
// seen (and a frame's own page side of Lede, frame-sight) is not blinded by Lede; v2 ignores a clip-path, so the
// sheet is cut into rectangles around them.
import type { Box } from './geometry';

/** The sheet's one piece where the page shows no frame: the whole window. */
export const WHOLE_WINDOW = 'left:0;top:0;width:100vw;height:100vh';

/** Frames in the window past which the sheet covers them too (its pieces grow with their square). */
export const MAX_VEIL_FRAMES = 24;

/**
 * The sheet as rectangles (CSS, window coordinates) covering a `width`×`height` window less the page's `frames` in
 * it: bands between the frames' edges, each cut where frames cross it. Reads layout only. Past MAX_VEIL_FRAMES frames
 * in the window, the whole window (a frame under the sheet then reads as covered).
 */
export function veilPieces(frames: ArrayLike<Element>, w: number, h: number): string[] {
  const boxes: Box[] = [];
  for (const f of Array.from(frames)) {
    const r = f.getBoundingClientRect();
    const left = Math.max(0, r.left);
    const top = Math.max(0, r.top);
    const right = Math.min(w, r.right);
    const bottom = Math.min(h, r.bottom);
    if (right - left >= 1 && bottom - top >= 1) boxes.push({ left, top, width: right - left, height: bottom - top });
  }
  if (!boxes.length || boxes.length > MAX_VEIL_FRAMES) return [WHOLE_WINDOW];
  const ys = [...new Set([0, h, ...boxes.flatMap((b) => [b.top, b.top + b.height])])].sort((a, b) => a - b);
  const pieces: string[] = [];
  for (let i = 0; i + 1 < ys.length; i++) {
    const [y0, y1] = [ys[i]!, ys[i + 1]!];
    const across = boxes
      .filter((b) => b.top < y1 && b.top + b.height > y0)
      .map((b) => [b.left, b.left + b.width] as const)
      .sort((a, b) => a[0] - b[0]);
    let x = 0;
    for (const [l, r] of [...across, [w, w] as const]) {
      if (l > x) pieces.push(`left:${x}px;top:${y0}px;width:${l - x}px;height:${y1 - y0}px`);
      x = Math.max(x, r);
    }
  }
  return pieces;
}
