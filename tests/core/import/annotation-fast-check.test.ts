import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../core/import';
import { annotationFastCheck } from '../../../core/import/annotation-fast-check';
import { AnnotationSchema } from '../../../core/schemas';
import { now } from '../export/fixtures';

/** A plain annotation as an importer builds it (what a 100,000-note file is made of). */
const plain = () => ({
  id: 'urn:uuid:57de1821-e257-853f-87e2-24bc0125c243',
  articleKey: 'https://news.example/2026/budget',
  target: {
    source: 'https://news.example/2026/budget',
    selector: [
      { type: 'TextQuoteSelector', exact: 'cuts $4 billion', prefix: 'The budget ', suffix: ' from schools' },
      { type: 'TextPositionSelector', start: 1200, end: 1221 },
    ] as unknown[],
  },
  body: { note: 'Check this', tags: ['budget'] as unknown[], color: 'yellow' as string },
  created: '2026-01-20T10:11:12.345Z',
  modified: '2026-01-20T10:11:12.345Z',
});
type Plain = ReturnType<typeof plain> & Record<string, unknown>;
const quote = (over: object) => ({ type: 'TextQuoteSelector', exact: 'q', prefix: '', suffix: '', ...over });
const position = (start: unknown, end: unknown) => ({ type: 'TextPositionSelector', start, end });

const withSelectors =
  (...selector: unknown[]) =>
  (a: Plain) => ({ ...a, target: { ...a.target, selector } });
const withBody = (over: object) => (a: Plain) => ({ ...a, body: { ...a.body, ...over } });
const withField = (key: string, value: unknown) => (a: Plain) => ({ ...a, [key]: value });

/**
 * Each case changes the plain record; `fast` says whether the quick check takes it (true) or leaves it to valibot.
 * Whatever it says, valibot's verdict on the same record must agree with anything it takes (checked below).
 */
const cases: Record<string, { change: (a: Plain) => unknown; fast: boolean }> = {
  'a plain highlight': { change: (a) => a, fast: true },
  'only a quote selector': { change: withSelectors(quote({})), fast: true },
  'tags with spaces around them, kept trimmed': { change: withBody({ tags: ['  budget ', 'x'] }), fast: true },
  'a key the schema does not know, dropped': { change: withField('extra', 'dropped'), fast: true },
  'an empty note and no tags': { change: withBody({ note: '', tags: [] }), fast: true },
  'an id that is not a urn:uuid': { change: withField('id', 'hypothesis:Xy7'), fast: false },
  'an ftp article key': { change: withField('articleKey', 'ftp://news.example/a'), fast: false },
  'a source that is not a URL': {
    change: (a) => ({ ...a, target: { ...a.target, source: 'https://exa mple.com/' } }),
    fast: false,
  },
  'an empty quote': { change: withSelectors(quote({ exact: '' })), fast: false },
  'a quote over the limit': { change: withSelectors(quote({ exact: 'x'.repeat(20_001) })), fast: false },
  'a prefix over the limit': { change: withSelectors(quote({ prefix: 'x'.repeat(2_001) })), fast: false },
  'a missing suffix': { change: withSelectors(quote({ suffix: undefined })), fast: false },
  'a position ending before it starts': { change: withSelectors(quote({}), position(9, 3)), fast: false },
  'a negative position': { change: withSelectors(quote({}), position(-1, 3)), fast: false },
  'a fractional position': { change: withSelectors(quote({}), position(1.5, 3)), fast: false },
  'a NaN position': { change: withSelectors(quote({}), position(Number.NaN, 3)), fast: false },
  'the position before the quote': { change: withSelectors(position(1, 3), quote({})), fast: false },
  'three selectors': { change: withSelectors(quote({}), position(1, 3), quote({})), fast: false },
  'no selector': { change: withSelectors(), fast: false },
  'a tag of spaces only': { change: withBody({ tags: ['   '] }), fast: false },
  'a tag of 101 characters': { change: withBody({ tags: ['x'.repeat(101)] }), fast: false },
  '65 tags': { change: withBody({ tags: Array.from({ length: 65 }, (_, i) => `t${i}`) }), fast: false },
  'a tag that is a number': { change: withBody({ tags: [7] }), fast: false },
  'an unknown colour': { change: withBody({ color: 'red' }), fast: false },
  'a note over the limit': { change: withBody({ note: 'x'.repeat(100_001) }), fast: false },
  'a creation date that is not ISO': { change: withField('created', 'Tue, 20 Jan 2026'), fast: false },
  'a modified date of 41 characters': {
    change: withField('modified', '2026-01-20T10:11:12.123456789+00:00'.padEnd(41, '0')),
    fast: false,
  },
  'no body': { change: ({ body: _, ...rest }) => rest, fast: false },
  'an origin (the schema’s optional part)': {
    change: withField('origin', { kind: 'quote', text: 'said' }),
    fast: false,
  },
  'an array instead of a record': { change: (a) => [a], fast: false },
  null: { change: () => null, fast: false },
};

describe('annotationFastCheck', () => {
  for (const [name, { change, fast }] of Object.entries(cases)) {
    it(`${fast ? 'takes' : 'leaves to valibot'} ${name}, and never disagrees with valibot`, () => {
      const candidate = change(plain() as Plain);
      const quick = annotationFastCheck(candidate);
      const full = v.safeParse(AnnotationSchema, candidate);
      expect(quick !== null).toBe(fast);
      if (quick) {
        expect(full.success).toBe(true);
        // Same record, same key order: what is stored is what valibot would have given.
        expect(JSON.stringify(quick)).toBe(JSON.stringify(full.output));
      }
    });
  }

  it('never changes the record it checks', () => {
    const candidate = plain();
    candidate.body.tags = ['  budget '];
    const before = JSON.stringify(candidate);
    expect(annotationFastCheck(candidate)?.body.tags).toEqual(['budget']);
    expect(JSON.stringify(candidate)).toBe(before);
  });
});

describe('a Hypothesis file through the quick check', () => {
  const row = (id: string, tags: string[], uri = 'https://news.example/2026/budget') => ({
    id,
    uri,
    created: '2026-01-20T10:11:12.345678+00:00',
    updated: '2026-01-20T10:11:12.345678+00:00',
    text: 'a note',
    tags,
    target: [{ source: uri, selector: [{ type: 'TextQuoteSelector', exact: 'cuts $4 billion' }] }],
    document: { title: ['Budget cuts ahead'] },
  });

  it('still rejects a bad record with its position and the schema’s reason, and keeps the good ones', () => {
    const file = { rows: [row('a1', [' budget ']), row('a2', ['x'.repeat(101)]), row('a3', [])] };
    const r = readImportFile(JSON.stringify(file), { now });
    expect(r.annotations.map((a) => a.body.tags)).toEqual([['budget'], []]);
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0]!.index).toBe(1);
    expect(r.rejected[0]!.reason).toMatch(/^body\.tags\.0: /);
  });
});
