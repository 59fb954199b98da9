// The icon the build draws from assets/icon/draw-icon.ts: a valid PNG at each manifest size, a rounded dark blue page
// (transparent corners) with the highlighted yellow line across its middle.
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { drawIcon, ICON_SIZES } from '../../assets/icon/draw-icon';

/** Width, height and the RGBA of pixel (x, y) of a PNG drawIcon wrote (one IDAT, filter 0 on every row). */
function decode(png: Buffer): { width: number; height: number; at(x: number, y: number): number[] } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const idatLength = png.readUInt32BE(33);
  expect(png.toString('latin1', 37, 41)).toBe('IDAT');
  const raw = inflateSync(png.subarray(41, 41 + idatLength));
  const at = (x: number, y: number) => [
    ...raw.subarray(y * (1 + width * 4) + 1 + x * 4, y * (1 + width * 4) + 5 + x * 4),
  ];
  return { width, height, at };
}

describe('drawIcon', () => {
  it.each(ICON_SIZES)('draws the %i px icon: transparent corner, blue page, yellow middle line', (size) => {
    const { width, height, at } = decode(drawIcon(size));
    expect([width, height]).toEqual([size, size]);
    expect(at(0, 0)[3]).toBe(0);
    expect(at(Math.floor(size * 0.9), Math.floor(size * 0.85))).toEqual([16, 58, 110, 255]);
    expect(at(Math.floor(size * 0.4), Math.floor(size * 0.46))).toEqual([255, 216, 77, 255]);
  });
});
