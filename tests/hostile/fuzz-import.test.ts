// Fuzzing import with seeded mutated, truncated, huge and wrong-format files (split from fuzz-core.test.ts): a file
// is read whole with only schema-valid records, or refused with a reason; never half-imported, never an exception.
// A failure message names the seed and iteration; replay with LEDE_FUZZ_SEED=<seed>.
import { describe, expect, it } from 'vitest';
import { exportJsonLd, exportJsonLdText } from '../../core/export';
import { ImportFileError, readImportFile } from '../../core/import';
import { annotation, article, now } from '../core/export/fixtures';
import { int, mutateString, NASTY, pick, prng, SEED } from './mutate';

/** A single call on any input must finish well within this (loose: real figures are in bench/hostile.bench.ts). */

describe('import of mutated, truncated, huge and wrong-format files', () => {
  const valid = exportJsonLdText(
    {
      articles: [article],
      annotations: Array.from({ length: 6 }, () =>
        annotation({ body: { note: pick(prng(1), NASTY), tags: ['a'], color: 'blue' } }),
      ),
    },
    now,
  );

  /** Whatever the file, readImportFile either returns only schema-valid records or throws an ImportFileError. */
  function readOrRefuse(text: string, where: string, maxChars?: number): 'read' | 'refused' {
    try {
      const report = readImportFile(text, { now, maxChars });
      for (const a of report.annotations) {
        expect(a.id, where).toMatch(/^urn:uuid:/);
        expect(a.target.source, where).toMatch(/^https?:\/\//);
        expect(a.target.selector[0].exact.length, where).toBeGreaterThan(0);
      }
      for (const x of report.rejected) expect(x.reason, where).toMatch(/\S/);
      return 'read';
    } catch (err) {
      expect(err, `${where}: ${String(err)}`).toBeInstanceOf(ImportFileError);
      expect((err as ImportFileError).reason, where).toMatch(/\S/);
      return 'refused';
    }
  }

  it('every truncation of a valid export is refused as cut off (never half-imported)', () => {
    const r = prng(SEED + 9);
    for (let i = 0; i < 100; i++) {
      const cut = 1 + int(r, valid.length - 2);
      const where = `seed ${SEED + 9} cut at ${cut}`;
      expect(readOrRefuse(valid.slice(0, cut), where), where).toBe('refused');
    }
  });

  it('mutated exports and mutated records: valid records kept, bad ones rejected with a reason, nothing throws', () => {
    const r = prng(SEED + 10);
    const doc = exportJsonLd({ articles: [article], annotations: Array.from({ length: 5 }, () => annotation()) }, now);
    const junkValues: unknown[] = [
      null,
      0,
      -1,
      1e308,
      '',
      'javascript:alert(1)',
      NASTY[0],
      [],
      {},
      { __proto__: { polluted: 1 } },
      'x'.repeat(30_000),
      true,
    ];
    const outcomes = { read: 0, refused: 0 };
    for (let i = 0; i < 150; i++) {
      const copy = JSON.parse(JSON.stringify(doc)) as Record<string, unknown>;
      const items = (copy.first as { items: Record<string, unknown>[] }).items;
      const target = pick(r, items);
      const paths = [
        'id',
        'target',
        'body',
        'created',
        'modified',
        'lede:color',
        'lede:articleKey',
        'type',
        'motivation',
      ];
      target[pick(r, paths)] = pick(r, junkValues);
      let text = JSON.stringify(copy);
      if (i % 3 === 0) text = mutateString(r, text);
      outcomes[readOrRefuse(text, `seed ${SEED + 10} iteration ${i}`)]++;
    }
    expect(outcomes.read).toBeGreaterThan(50);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('wrong formats, deep nesting and oversize files are refused with a reason', () => {
    const cases: Record<string, string> = {
      csv: 'id,quote,note\n1,"=cmd|/c calc",x\n',
      markdown: '# Notes\n\n> quote\n',
      html: '<html><body><img src=x onerror=alert(1)></body></html>',
      xml: '<?xml version="1.0"?><annotations/>',
      'json number': '42',
      'json string': '"hello"',
      'json null': 'null',
      'array of numbers': '[1,2,3]',
      'deep nesting': '['.repeat(200_000) + ']'.repeat(200_000),
      'deep object': '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000),
      binary: String.fromCharCode(...Array.from({ length: 2_000 }, (_, i) => (i * 7919) % 256)),
      'bom only': '\uFEFF',
      'proto keys': '{"__proto__":{"items":[1]},"constructor":{"prototype":{"x":1}}}',
    };
    for (const [name, text] of Object.entries(cases)) {
      expect(readOrRefuse(text, name), name).toBe('refused');
    }
    // Over the size limit: refused before parsing (the limit lowered so the test does not allocate 100 MB).
    expect(() => readImportFile(valid, { now, maxChars: 1_000 })).toThrow(/too large/);
  });

  it('a large valid file (5,000 highlights, ~5 MB) is read whole within the bound', () => {
    const many = Array.from({ length: 5_000 }, (_, i) =>
      annotation({ body: { note: `n${i} ${'text '.repeat(100)}`, tags: [], color: 'yellow' } }),
    );
    const text = exportJsonLdText({ articles: [article], annotations: many }, now);
    expect(text.length).toBeGreaterThan(2_500_000);
    const value = readImportFile(text, { now });
    expect(value.annotations).toHaveLength(5_000);
  });
});
