// Times from a file (redteam22 W4): a note "modified" in 9999 sat at the top of "Newest read" for ever.
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../core/import';
import { article } from '../export/fixtures';

const now = () => new Date('2026-01-02T03:04:05.000Z');
const E = 'https://evil.example/a';
const item = (id: string, created: string, modified: string) => ({
  type: 'Annotation',
  id: `urn:uuid:00000000-0000-4000-8000-${id.padStart(12, '0')}`,
  target: { source: E, selector: [{ type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' }] },
  created,
  modified,
});
const file = (items: unknown[], articles: unknown[] = []) =>
  JSON.stringify({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    'lede:articles': articles,
    first: { items },
  });

describe('times an import refuses', () => {
  it('refuses a note modified in 9999 or created in year 1, each with its reason (failed before: both imported)', () => {
    const r = readImportFile(
      file([
        item('b1', '2026-01-01T00:00:00.000Z', '9999-12-31T23:59:59.999Z'),
        item('b2', '0001-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
        item('b3', '1989-12-31T23:00:00.000Z', '1989-12-31T23:00:00.000Z'),
        item('b4', '2025-12-30T00:00:00.000Z', '2026-01-02T20:00:00.000Z'),
      ]),
      { now },
    );
    expect(r.annotations.map((a) => a.id.slice(-2))).toEqual(['b4']);
    expect(r.rejected.map((x) => x.reason)).toEqual([
      'modified is in the future (9999-12-31)',
      'created is before 1990 (0001-01-01)',
      'created is before 1990 (1989-12-31)',
    ]);
  });

  it('refuses an article record last read in 9999, and keeps the one read today', () => {
    const r = readImportFile(
      file(
        [],
        [
          { ...article, key: E, url: E, firstSeen: '2025-12-01T00:00:00.000Z', lastSeen: '9999-12-31T23:59:59.999Z' },
          { ...article, firstSeen: '2026-01-01T00:00:00.000Z', lastSeen: '2026-01-02T03:00:00.000Z' },
        ],
      ),
      { now },
    );
    expect(r.articles.map((a) => a.key)).toEqual([article.key]);
    expect(r.rejected).toEqual([{ index: 0, reason: 'article record 0: lastSeen is in the future (9999-12-31)' }]);
  });

  it('refuses a Hypothesis annotation updated in 9999', () => {
    const h = [
      {
        id: 'h1',
        uri: E,
        text: 'n',
        tags: [],
        created: '2025-06-01T10:00:00.000000+00:00',
        updated: '9999-01-01T00:00:00.000000+00:00',
        target: [{ source: E, selector: [{ type: 'TextQuoteSelector', exact: 'x' }] }],
      },
    ];
    const r = readImportFile(JSON.stringify(h), { now });
    expect(r.annotations).toEqual([]);
    expect(r.rejected[0]?.reason).toBe('modified is in the future (9999-01-01)');
  });
});
