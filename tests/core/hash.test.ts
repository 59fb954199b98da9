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

  it('gives the ids it gave before its hex digits were written byte by byte (leading zeros kept)', () => {
    // Taken from the `toString(16).padStart(8, '0')` version; 200,000 names gave the same ids both ways.
    const ids: Record<string, [string, string]> = {
      '': ['urn:uuid:79a6a874-7c3c-8e29-88a1-0aee641d1031', 'urn:uuid:3f58b584-9749-8c3a-9697-db7d77e3dc70'],
      a: ['urn:uuid:b86de0eb-a6dd-8b6f-8a16-756ab8d7b6b7', 'urn:uuid:4701cd60-636e-8bf8-b665-b22cdb6f900a'],
      '\u{1F600}': ['urn:uuid:72222214-b240-8d41-bcc0-49a957f48c5d', 'urn:uuid:010844b6-ff2d-83d2-b464-7894b761296e'],
    };
    for (const [name, [hypothesis, jsonld]] of Object.entries(ids)) {
      expect(stableUuid('hypothesis', name)).toBe(hypothesis);
      expect(stableUuid('jsonld', name)).toBe(jsonld);
    }
  });
});
