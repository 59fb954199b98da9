// Lede's toolbar icon, the source the build draws it from: a dark blue rounded square (a page) with three lines,
// the middle one highlighted yellow. `npx wxt build` writes it as PNG at every size the manifests need.
import { deflateSync } from 'node:zlib';

/** The sizes WXT finds as `icon/<size>.png` and lists in both manifests. */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

const PAGE: Rgb = [16, 58, 110];
/** Each line: its height (0..1 from the top), its length as a share of the page, its colour. */
const LINES: ReadonlyArray<{ y: number; length: number; color: Rgb }> = [
  { y: 0.3, length: 0.7, color: [255, 255, 255] },
  { y: 0.46, length: 0.8, color: [255, 216, 77] },
  { y: 0.62, length: 0.6, color: [255, 255, 255] },
];
/** Corner radius and line thickness as shares of the size; lines start at LEFT. */
const CORNER = 0.2;
const HALF_THICKNESS = 0.06;
const LEFT = 0.2;

type Rgb = readonly [number, number, number];

/** One PNG chunk: length, type, data, CRC-32 of type and data. */
function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

/** The icon at `size`×`size` pixels as PNG bytes (RGBA, transparent outside the rounded page). Pure. */
export function drawIcon(size: number): Buffer {
  const r = size * CORNER;
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then RGBA
    for (let x = 0; x < size; x++) {
      const [px, py] = [x + 0.5, y + 0.5];
      const cx = Math.min(Math.max(px, r), size - r);
      const cy = Math.min(Math.max(py, r), size - r);
      if ((px - cx) ** 2 + (py - cy) ** 2 > r * r) continue;
      const [fx, fy] = [px / size, py / size];
      let color = PAGE;
      for (const line of LINES) {
        if (Math.abs(fy - line.y) < HALF_THICKNESS && fx >= LEFT && fx <= LEFT + (line.length * 0.6) / 0.8)
          color = line.color;
      }
      row.set([...color, 255], 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}
