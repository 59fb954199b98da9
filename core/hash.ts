// Lede's non-cryptographic hashes, one module: each function is named for what it is used for, and none is a
// security measure. Outputs are stored (extraction cache keys, fact/quote ids, vault block hashes, imported ids),
// so an algorithm here never changes: a change would orphan every stored record that carries its output.

/**
 * 32-bit FNV-1a over UTF-16 code units, as 8 lowercase hex digits: enough to notice an edit or to tell items apart
 * in one article (fact and quote ids, the vault's fenced-block hash, vault file-name suffixes).
 */
export function contentHash(text: string): string {
  return fnv1a32(text).toString(16).padStart(8, '0');
}

/**
 * 32-bit FNV-1a over UTF-16 code units, as an unsigned integer: the number behind {@link contentHash}, and the
 * note-id directory's bucket of an annotation id (core/store/note-ids.ts), which is stored, so it never changes.
 */
export function fnv1a32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * FNV-1a 64-bit hash of `text` (UTF-16 code units, computed exactly in four 16-bit limbs), as 16 lowercase hex
 * digits. Deterministic, pure, linear in the text's length; the facts cache key, to notice that an article's text
 * changed.
 */
export function hashArticleText(text: string): string {
  // 64-bit FNV offset basis 0xcbf29ce484222325 and prime 0x100000001b3, multiplied in 16-bit limbs
  // so every intermediate stays exact in a double.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (let i = 0; i < text.length; i++) {
    h0 ^= text.charCodeAt(i) & 0xffff;
    // multiply by 0x100000001b3 = 2^40 + 0x1b3
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3;
    const t2 = h2 * 0x1b3;
    const t3 = h3 * 0x1b3;
    // 2^40 shift: limb i moves to limb i + 2.5 → h0 << 8 into limb 2 and limb 3
    const n0 = t0 & 0xffff;
    let c = t0 >>> 16;
    const s1 = t1 + c;
    const n1 = s1 & 0xffff;
    c = Math.floor(s1 / 0x10000);
    const s2 = t2 + c + ((h0 << 8) & 0xffff);
    const n2 = s2 & 0xffff;
    c = Math.floor(s2 / 0x10000);
    const s3 = t3 + c + ((h0 >>> 8) & 0xff) + ((h1 << 8) & 0xffff);
    const n3 = s3 & 0xffff;
    h0 = n0;
    h1 = n1;
    h2 = n2;
    h3 = n3;
  }
  const hex = (n: number): string => n.toString(16).padStart(4, '0');
  return hex(h3) + hex(h2) + hex(h1) + hex(h0);
}

/** Four independent 32-bit hashes (cyrb128) of `text`: 128 bits, enough to make collisions irrelevant for ids. */
export function hash128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}
