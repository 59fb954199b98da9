// Lede's hashes against published test vectors: their outputs are stored (ids, cache keys, vault block hashes), so
// a changed algorithm must fail here before it orphans stored records.
import { describe, expect, it } from 'vitest';
import { stableUuid } from '../../core/export';
import { contentHash, hash128, hashArticleText } from '../../core/hash';

describe('contentHash (FNV-1a 32-bit)', () => {
  it.each([
    ['', '811c9dc5'],
    ['a', 'e40c292c'],
    ['foobar', 'bf9cf968'],
  ])('%j → %s (FNV reference vectors)', (text, hex) => {
    expect(contentHash(text)).toBe(hex);
  });
});

describe('hashArticleText (FNV-1a 64-bit)', () => {
  it.each([
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8'],
  ])('%j → %s (FNV reference vectors)', (text, hex) => {
    expect(hashArticleText(text)).toBe(hex);
  });
});

describe('hash128 (cyrb128)', () => {
  it('is four unsigned 32-bit words, the same for the same text and different for a one-character change', () => {
    const h = hash128('hypothesis\u0000Xy7_abcDEF123');
    expect(h).toHaveLength(4);
    for (const w of h) expect(Number.isInteger(w) && w >= 0 && w < 2 ** 32).toBe(true);
    expect(hash128('hypothesis\u0000Xy7_abcDEF123')).toEqual(h);
    expect(hash128('hypothesis\u0000Xy7_abcDEF124')).not.toEqual(h);
  });
});

describe('stableUuid on top of hash128', () => {
  it('gives the id it gave before the hashes moved to core/hash.ts (stored imported ids must not change)', () => {
    expect(stableUuid('hypothesis', 'Xy7_abcDEF123')).toBe('urn:uuid:57de1821-e257-853f-87e2-24bc0125c243');
  });
});
