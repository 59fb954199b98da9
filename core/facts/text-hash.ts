// Fast non-cryptographic text hash (FNV-1a, 64-bit, computed exactly in four 16-bit limbs) for the facts cache key.

/**
 * FNV-1a 64-bit hash of `text` (UTF-16 code units), as 16 lowercase hex digits. Deterministic, pure,
 * linear in the text's length; not for security, only to notice that an article's text changed.
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
