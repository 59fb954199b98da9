// Issue 14's gap: an article the reader wrote a note on, without highlighting anything, is annotated: the library
// lists it (first screen included), finds it by its note, and every export of everything carries it.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { exportCsv, exportHtml, exportJsonLd, exportMarkdown } from '../../../core/export';
import { LibraryIndex, readRecentArticles } from '../../../core/search';
import { LedeStore, openLedeDb } from '../../../core/store';
import type { ArticleRecord } from '../../../core/types';
import { annotation, article, now } from '../export/fixtures';

const noted: ArticleRecord = {
  ...article,
  key: 'https://weather.example/storm',
  url: 'https://weather.example/storm',
  title: 'Storm season arrives early',
  siteName: null,
  lastSeen: '2026-02-25T10:00:00.000Z',
  note: 'Ask the council about the flood barriers',
};
/** Visited, never annotated: the near miss, never listed. */
const visited: ArticleRecord = { ...noted, key: 'https://a.example/visited', url: 'https://a.example/visited' };
const { note: _none, ...visitedRecord } = visited;
const blankNote: ArticleRecord = {
  ...noted,
  key: 'https://a.example/blank',
  url: 'https://a.example/blank',
  note: '  ',
};

describe('an article with an article note and no highlight', () => {
  const highlighted = annotation({ body: { note: '', tags: ['schools'], color: 'green' } });

  it('is listed in the library, found by its note, and left out by a tag or colour filter', () => {
    const index = new LibraryIndex([article, noted, visitedRecord, blankNote], [highlighted]);
    const keys = (q: Parameters<LibraryIndex['search']>[0]) => index.search(q).map((r) => r.summary.article.key);
    expect(keys({})).toEqual([noted.key, article.key]);
    expect(index.search({}).find((r) => r.summary.article.key === noted.key)!.summary).toMatchObject({
      highlightCount: 0,
      noteCount: 0,
    });
    // Before the index is built (a linear scan) and after.
    expect(keys({ text: 'flood barriers' })).toEqual([noted.key]);
    index.buildIndex();
    expect(keys({ text: 'flood barriers' })).toEqual([noted.key]);
    expect(keys({ text: 'storm' })).toEqual([noted.key]);
    expect(keys({ tags: ['schools'] })).toEqual([article.key]);
    expect(keys({ colors: ['green'] })).toEqual([article.key]);
  });

  it('is on the library’s first screen, read straight from the store', async () => {
    const db = await openLedeDb(new IDBFactory());
    const store = new LedeStore(db, now);
    await store.importRecords([article, noted, visitedRecord, blankNote], [highlighted]);
    const first = await readRecentArticles(db, 10);
    expect(first.articles.map((a) => a.key)).toEqual([noted.key, article.key]);
  });

  it('is in every export of everything, with its note', () => {
    const input = { articles: [article, noted, visitedRecord, blankNote], annotations: [highlighted] };
    const texts = {
      markdown: exportMarkdown(input, now),
      jsonld: JSON.stringify(exportJsonLd(input, now)),
      csv: exportCsv(input),
      html: exportHtml(input, now),
    };
    for (const [format, text] of Object.entries(texts)) {
      expect(text, format).toContain('flood barriers');
      expect(text, format).not.toContain(visited.key);
      expect(text, format).not.toContain('a.example/blank');
    }
    const csvRow = texts.csv.split('\r\n').find((line) => line.includes('flood barriers'))!;
    expect(csvRow.split(',')).toHaveLength(15);
    expect(csvRow).toMatch(/^Storm season arrives early,https:\/\/weather\.example\/storm,/);
  });
});
