// Where the note editor frame goes: beside the passage, never over it, always on screen.
import { describe, expect, it } from 'vitest';
import { placeBeside } from '../../../entrypoints/content/editor-frame';

const VIEW = { width: 1280, height: 800 };
const overlaps = (
  a: { left: number; top: number; right: number; bottom: number },
  b: { left: number; top: number; right: number; bottom: number },
) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('placeBeside', () => {
  const cases = [
    {
      name: 'a passage in the left column goes to its right',
      rect: { left: 100, right: 600, top: 300, bottom: 340 },
      side: 'right',
    },
    {
      name: 'a passage in the right column goes to its left',
      rect: { left: 700, right: 1250, top: 300, bottom: 340 },
      side: 'left',
    },
    {
      name: 'a full-width passage goes below it',
      rect: { left: 20, right: 1260, top: 100, bottom: 160 },
      side: 'below',
    },
    {
      name: 'a full-width passage at the bottom goes above it',
      rect: { left: 20, right: 1260, top: 600, bottom: 700 },
      side: 'above',
    },
    {
      name: 'a passage near the top edge is clamped on screen',
      rect: { left: 100, right: 600, top: -40, bottom: 10 },
      side: 'right',
    },
  ] as const;
  for (const c of cases) {
    it(c.name, () => {
      const at = placeBeside(c.rect, 320, 260, VIEW);
      const box = { left: at.left, top: at.top, right: at.left + 320, bottom: at.top + 260 };
      expect(overlaps(box, c.rect)).toBe(false);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(VIEW.width);
      expect(box.bottom).toBeLessThanOrEqual(VIEW.height);
      const side =
        box.left >= c.rect.right
          ? 'right'
          : box.right <= c.rect.left
            ? 'left'
            : box.top >= c.rect.bottom
              ? 'below'
              : 'above';
      expect(side).toBe(c.side);
    });
  }
});
