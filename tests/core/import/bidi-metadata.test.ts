// Bidi controls in page metadata (redteam22 W3): a right-to-left override in a site name reversed Lede's own labels.
import { describe, expect, it } from 'vitest';
import { oneLine } from '../../../core/article/metadata-values';
import { readImportFile } from '../../../core/import';
import { oneLineMetadata } from '../../../core/records';
import { article, now } from '../export/fixtures';

const BIDI = /[\u202A-\u202E\u2066-\u2069]/;

describe('bidi overrides and isolates in metadata', () => {
  it('oneLine drops U+202A-202E and U+2066-2069, keeps the LRM/RLM marks and right-to-left text', () => {
    expect(oneLine('\u202Emoc.elgoog')).toBe('moc.elgoog');
    expect(oneLine('a\u2066b\u2069c \u202Ad\u202C')).toBe('abc d');
    expect(oneLine('הארץ\u200F')).toBe('הארץ\u200F');
    expect(oneLine('\u200Eالجزيرة نت')).toBe('\u200Eالجزيرة نت');
  });

  it('a stored record is repaired by oneLineMetadata', () => {
    expect(oneLineMetadata({ ...article, siteName: '\u202Emoc.elgoog' }).siteName).toBe('moc.elgoog');
  });

  it('an imported article record loses them (failed before: siteName kept U+202E)', () => {
    const file = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      'lede:articles': [{ ...article, siteName: '\u202Emoc.elgoog', byline: 'Ada\u2067 Lovelace', title: 'T\u202D' }],
      first: { items: [] },
    };
    const r = readImportFile(JSON.stringify(file), { now });
    expect(r.articles).toHaveLength(1);
    const [a] = r.articles;
    expect(a!.siteName).toBe('moc.elgoog');
    expect(a!.byline).toBe('Ada Lovelace');
    expect(`${a!.title}${a!.siteName}${a!.byline}`).not.toMatch(BIDI);
  });
});
