// The clear sheet over the window (core/highlight/veil.ts): it covers every word, and leaves the page's frames out so
// a widget asking IntersectionObserver v2 whether it is seen is not blinded by Lede.
import { describe, expect, it } from 'vitest';
import { MAX_VEIL_FRAMES, veilPieces, WHOLE_WINDOW } from '../../../core/highlight/veil';

const frame = (left: number, top: number, width: number, height: number) =>
  ({
    getBoundingClientRect: () => ({ left, top, right: left + width, bottom: top + height, width, height }),
  }) as unknown as Element;

/** The pieces as numbers. */
const boxes = (pieces: string[]) =>
  pieces.map((css) => {
    const n = (k: string) => Number(new RegExp(`${k}:([\\d.]+)px`).exec(css)?.[1]);
    return { left: n('left'), top: n('top'), width: n('width'), height: n('height') };
  });
const area = (bs: ReturnType<typeof boxes>) => bs.reduce((a, b) => a + b.width * b.height, 0);
const overlaps = (a: { left: number; top: number; width: number; height: number }, f: number[]) =>
  a.left < f[0]! + f[2]! && a.left + a.width > f[0]! && a.top < f[1]! + f[3]! && a.top + a.height > f[1]!;

describe('the sheet over the window', () => {
  it('is the whole window where the page shows no frame in it', () => {
    expect(veilPieces([], 1280, 720)).toEqual([WHOLE_WINDOW]);
    // A frame scrolled out of the window, or of no size, leaves nothing to cut.
    expect(veilPieces([frame(100, -400, 300, 250), frame(10, 10, 0, 0)], 1280, 720)).toEqual([WHOLE_WINDOW]);
  });

  it('covers everything but a frame in the window (a video embedded mid-article)', () => {
    const f = [200, 300, 640, 360];
    const pieces = boxes(veilPieces([frame(f[0]!, f[1]!, f[2]!, f[3]!)], 1280, 720));
    expect(area(pieces)).toBe(1280 * 720 - 640 * 360);
    for (const p of pieces) expect(overlaps(p, f)).toBe(false);
  });

  it('leaves out two frames side by side and one cut by the window’s edge', () => {
    const fs = [
      [900, 40, 300, 250],
      [900, 600, 300, 250], // its lower part below the window
      [20, 100, 200, 100],
    ];
    const pieces = boxes(
      veilPieces(
        fs.map((f) => frame(f[0]!, f[1]!, f[2]!, f[3]!)),
        1280,
        720,
      ),
    );
    expect(area(pieces)).toBe(1280 * 720 - 300 * 250 - 300 * 120 - 200 * 100);
    for (const p of pieces) for (const f of fs) expect(overlaps(p, f)).toBe(false);
  });

  it('covers the whole window past the frames it cuts around', () => {
    const many = Array.from({ length: MAX_VEIL_FRAMES + 1 }, (_, i) => frame(i * 40, 10, 30, 30));
    expect(veilPieces(many, 1280, 720)).toEqual([WHOLE_WINDOW]);
  });
});
