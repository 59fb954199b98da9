// Stored records as the store hands them out: damaged ones (half-written, from an older or buggy build, edited by
// hand) repaired to the types the readers trust, or left out when nothing of the highlight is left.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { exportCsv, exportJsonLdText, exportMarkdown } from '../../../core/export';
import {
  placeholderArticle,
  placeholderTitle,
  repairAnnotation,
  repairArticle,
  repairSelectors,
  UNKNOWN_TIME,
} from '../../../core/records';
import { readAnnotationPage, readRecentArticles } from '../../../core/search';
import { LedeStore, openLedeDb } from '../../../core/store';
import type { Annotation, ArticleRecord } from '../../../core/types';
import { putRawAnnotation } from '../../fixtures/store/raw-notes';

const KEY = 'https://news.example/2026/story';
const T1 = '2026-02-01T00:00:00.000Z';
const T2 = '2026-02-03T00:00:00.000Z';
const QUOTE = { type: 'TextQuoteSelector', exact: 'the passage', prefix: 'before ', suffix: ' after' } as const;
const POSITION = { type: 'TextPositionSelector', start: 40, end: 51 } as const;

const good: Annotation = {
  id: 'urn:uuid:00000000-0000-4000-8000-000000000001',
  articleKey: KEY,
  target: { source: KEY, selector: [QUOTE, POSITION] },
  body: { note: 'a note', tags: ['budget'], color: 'green' },
  created: T1,
  modified: T2,
};

const goodArticle: ArticleRecord = {
  key: KEY,
  url: KEY,
  title: 'Story',
  byline: null,
  siteName: 'News',
  publishedTime: null,
  lang: 'en',
  firstSeen: T1,
  lastSeen: T2,
};

/** `good` with some fields replaced (`undefined` removes one). */
const damaged = (over: Record<string, unknown>) => ({ ...good, ...over });

describe('repairAnnotation', () => {
  const cases: Record<string, { input: unknown; expected: Annotation | null }> = {
    'a sound record is returned as it is': { input: good, expected: good },
    'a quote without prefix and suffix (older builds saved only the exact text)': {
      input: damaged({ target: { source: KEY, selector: [{ type: 'TextQuoteSelector', exact: 'the passage' }] } }),
      expected: { ...good, target: { source: KEY, selector: [{ ...QUOTE, prefix: '', suffix: '' }] } },
    },
    'one selector object instead of a list (the W3C model allows it)': {
      input: damaged({ target: { source: KEY, selector: QUOTE } }),
      expected: { ...good, target: { source: KEY, selector: [QUOTE] } },
    },
    'the position before the quote is put after it': {
      input: damaged({ target: { source: KEY, selector: [POSITION, QUOTE] } }),
      expected: good,
    },
    'a position that is not integers, or ends before it starts, is dropped; the quote still anchors': {
      input: damaged({
        target: { source: KEY, selector: [QUOTE, { type: 'TextPositionSelector', start: 'a', end: 3 }] },
      }),
      expected: { ...good, target: { source: KEY, selector: [QUOTE] } },
    },
    'a missing source becomes the article key': {
      input: damaged({ target: { selector: [QUOTE, POSITION] } }),
      expected: good,
    },
    'numbers for strings: note, tags and colour repaired, times stored as milliseconds made ISO': {
      input: damaged({
        body: { note: 7, tags: 'budget, schools', color: 42 },
        created: Date.parse(T1),
        modified: null,
      }),
      expected: { ...good, body: { note: '', tags: ['budget', 'schools'], color: 'yellow' }, modified: T1 },
    },
    'no body at all': {
      input: damaged({ body: null }),
      expected: { ...good, body: { note: '', tags: [], color: 'yellow' } },
    },
    'tags with non-strings and blanks': {
      input: damaged({ body: { ...good.body, tags: ['budget', 3, ' ', ' schools '] } }),
      expected: { ...good, body: { ...good.body, tags: ['budget', 'schools'] } },
    },
    'no times at all: the oldest time, so it never sorts as recent': {
      input: damaged({ created: undefined, modified: undefined }),
      expected: { ...good, created: UNKNOWN_TIME, modified: UNKNOWN_TIME },
    },
    'a malformed origin is dropped, a sound one kept': {
      input: damaged({ origin: { kind: 'rumour', text: 1 } }),
      expected: good,
    },
    'near miss: a sound origin stays': {
      input: damaged({ origin: { kind: 'quote', text: 'x' } }),
      expected: { ...good, origin: { kind: 'quote', text: 'x' } },
    },
    'the reader’s dropped placement survives a repair of something else': {
      input: damaged({ droppedPlacement: 'other words', body: { ...good.body, tags: 'budget' } }),
      expected: { ...good, droppedPlacement: 'other words' },
    },
    'a dropped placement that is not text is dropped': {
      input: damaged({ droppedPlacement: 42 }),
      expected: good,
    },
    'no target: nothing to show, left out': { input: damaged({ target: undefined }), expected: null },
    'selector not a list or object: left out': {
      input: damaged({ target: { source: KEY, selector: 'x' } }),
      expected: null,
    },
    'a quote without its text: left out': {
      input: damaged({ target: { source: KEY, selector: [{ type: 'TextQuoteSelector' }, POSITION] } }),
      expected: null,
    },
    'no id: left out': { input: damaged({ id: 5 }), expected: null },
    'no article key: left out': { input: damaged({ articleKey: '' }), expected: null },
    'not a record': { input: 'urn:uuid:x', expected: null },
  };
  for (const [name, { input, expected }] of Object.entries(cases)) {
    it(name, () => {
      const repaired = repairAnnotation(input);
      expect(repaired).toEqual(expected);
      // Repair is idempotent, and a sound record is never copied.
      if (repaired) expect(repairAnnotation(repaired)).toBe(repaired);
    });
  }

  it('never mutates the stored record', () => {
    const input = damaged({ body: { note: 7, tags: 'a', color: 42 } });
    const before = structuredClone(input);
    repairAnnotation(input);
    expect(input).toEqual(before);
  });
});

describe('repairArticle', () => {
  const cases: Record<string, { input: unknown; expected: ArticleRecord | null }> = {
    'a sound record is returned as it is': { input: goodArticle, expected: goodArticle },
    'a record from before the article note, with an empty note': {
      input: { ...goodArticle, note: '' },
      expected: goodArticle,
    },
    'near miss: a real article note stays': {
      input: { ...goodArticle, note: 'Read again' },
      expected: { ...goodArticle, note: 'Read again' },
    },
    'no title: the one stand-in title': {
      input: { ...goodArticle, title: null },
      expected: { ...goodArticle, title: 'news.example/2026/story' },
    },
    'no URL: the key': { input: { ...goodArticle, url: undefined }, expected: goodArticle },
    'metadata of the wrong type becomes null': {
      input: { ...goodArticle, byline: ['A', 'B'], siteName: 3, lang: undefined },
      expected: { ...goodArticle, byline: null, siteName: null, lang: null },
    },
    'last seen stored as a number, first seen missing': {
      input: { ...goodArticle, firstSeen: undefined, lastSeen: Date.parse(T2) },
      expected: { ...goodArticle, firstSeen: T2 },
    },
    'no key: left out': { input: { ...goodArticle, key: null }, expected: null },
    'not a record': { input: null, expected: null },
  };
  for (const [name, { input, expected }] of Object.entries(cases)) {
    it(name, () => {
      const repaired = repairArticle(input);
      expect(repaired).toEqual(expected);
      if (repaired) expect(repairArticle(repaired)).toBe(repaired);
    });
  }
});

describe('repairSelectors (shared with the importers)', () => {
  it('keeps the first quote and the first position among foreign selectors, in Lede order', () => {
    const foreign = [{ type: 'RangeSelector' }, { ...POSITION }, { ...QUOTE, exact: 'first' }, { ...QUOTE }];
    expect(repairSelectors(foreign)).toEqual([{ ...QUOTE, exact: 'first' }, POSITION]);
  });
  it('looks at no more than 16 selectors', () => {
    const foreign = [...Array.from({ length: 16 }, () => ({ type: 'CssSelector' })), QUOTE];
    expect(repairSelectors(foreign)).toBeNull();
  });
});

describe('the one stand-in article', () => {
  it('is titled by host and path, dated by the annotation, addressed by the key', () => {
    expect(placeholderArticle('https://www.news.example/a/b', good)).toEqual({
      key: 'https://www.news.example/a/b',
      url: 'https://www.news.example/a/b',
      title: 'news.example/a/b',
      byline: null,
      siteName: null,
      publishedTime: null,
      lang: null,
      firstSeen: T1,
      lastSeen: T2,
    });
    expect(placeholderArticle(KEY, good, 'Given title').title).toBe('Given title');
    expect(placeholderTitle('https://news.example/')).toBe('news.example');
    expect(placeholderTitle('not a url')).toBe('not a url');
  });
});

describe('the store reads through the repair', () => {
  async function storeWithDamage() {
    const db = await openLedeDb(new IDBFactory());
    const store = new LedeStore(db, () => new Date(T2));
    await db.put('articles', { ...goodArticle, title: null } as unknown as ArticleRecord);
    // Written as an older or buggy build would: no context, a string of tags, a number for a note, no body colour.
    await putRawAnnotation(db, {
      ...good,
      target: { selector: [{ type: 'TextQuoteSelector', exact: 'damaged but kept' }] },
      body: { note: 12, tags: 'budget,schools' },
    });
    await putRawAnnotation(db, { ...good, id: 'urn:uuid:00000000-0000-4000-8000-000000000002', target: null });
    return { db, store };
  }

  it('every read function hands out the repaired record and leaves out the one beyond repair', async () => {
    const { db, store } = await storeWithDamage();
    const expected: Annotation = {
      ...good,
      target: { source: KEY, selector: [{ ...QUOTE, exact: 'damaged but kept', prefix: '', suffix: '' }] },
      body: { note: '', tags: ['budget', 'schools'], color: 'yellow' },
    };
    const article = { ...goodArticle, title: 'news.example/2026/story' };
    expect(await store.getAnnotation(good.id)).toEqual(expected);
    expect(await store.getAnnotation('urn:uuid:00000000-0000-4000-8000-000000000002')).toBeUndefined();
    expect(await store.listAnnotations(KEY)).toEqual([expected]);
    expect(await store.allAnnotations()).toEqual([expected]);
    expect(await store.getArticle(KEY)).toEqual(article);
    expect(await store.listArticles()).toEqual([article]);
    expect(await readRecentArticles(db, 10)).toEqual({ articles: [article], annotations: [expected], more: false });
    // Pages hold whole articles (schema v5): the cursor to go on from is the article's key.
    expect(await readAnnotationPage(db, null, 2)).toEqual({ annotations: [expected], next: KEY });
  });

  it('a damaged record still exports, with its quote and its repaired tags', async () => {
    const { store } = await storeWithDamage();
    const input = { articles: await store.listArticles(), annotations: await store.allAnnotations() };
    const now = () => new Date(T2);
    for (const text of [exportMarkdown(input, now), exportJsonLdText(input, now), exportCsv(input)]) {
      expect(text).toContain('damaged but kept');
      expect(text).toContain('schools');
    }
  });
});
