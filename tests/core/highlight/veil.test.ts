// The clear sheet over the window (core/highlight/veil.ts): where a page's transform on its root element moved or
// shrank it, the box that covers the window again.
import { describe, expect, it } from 'vitest';
import { isScaled, veilFit } from '../../../core/highlight/veil';

const rect = (left: number, top: number, width: number, height: number) => ({ left, top, width, height });

describe('the sheet over the window', () => {
  it('is left alone while it covers the window', () => {
    expect(veilFit(rect(0, 0, 1280, 720), rect(0, 0, 1280, 720), 1280, 720)).toBeNull();
    expect(veilFit(rect(-2, -2, 1284, 724), rect(-2, -2, 1284, 724), 1280, 720)).toBeNull();
  });

  it('follows the window when "fixed" became "absolute" in a root the page scrolled 3,000 px past', () => {
    // The root element is transformed: the sheet's box is laid out from the document's top, now 3,000 px above.
    const fit = veilFit(rect(0, 0, 1280, 720), rect(0, -3000, 1280, 720), 1280, 720);
    expect(fit).toEqual({ left: -2, top: 2998, width: 1284, height: 724 });
  });

  it('grows through the page’s scale (a root scaled to a half)', () => {
    const fit = veilFit(rect(0, 0, 1280, 720), rect(100, 50, 640, 360), 1280, 720)!;
    // Screen = origin + 0.5 × own: the new box, drawn, reaches past every edge of the window.
    const left = 100 + 0.5 * fit.left;
    const top = 50 + 0.5 * fit.top;
    expect(left).toBeLessThanOrEqual(0);
    expect(top).toBeLessThanOrEqual(0);
    expect(left + 0.5 * fit.width).toBeGreaterThanOrEqual(1280);
    expect(top + 0.5 * fit.height).toBeGreaterThanOrEqual(720);
  });

  it('says when it is drawn at another scale than its own (a root the page scaled, red team 57)', () => {
    expect(isScaled(rect(0, 0, 1280, 720), rect(0, -3000, 1280, 720))).toBe(false); // moved, not scaled
    expect(isScaled(rect(0, 0, 1280, 720), rect(0, 0, 25.6, 14.4))).toBe(true); // scaled to 0.02
    expect(isScaled(rect(0, 0, 1280, 720), rect(0, 0, 1280, 360))).toBe(true); // squashed one way
    expect(isScaled(rect(0, 0, 0, 0), rect(0, 0, 0, 0))).toBe(false); // no size, no scale
  });
});
