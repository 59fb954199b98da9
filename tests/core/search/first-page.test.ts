import { IDBFactory, IDBIndex as FDBIndex } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { readAnnotationPage, readRecentArticles } from '../../../core/search';
import { LedeStore, openLedeDb } from '../../../core/store';
import { annotation, article, now } from '../export/fixtures';

describe('first screen of the library', () => {
  it('returns the newest-read annotated articles with their highlights, skipping articles without notes', async () => {
    const db = await openLedeDb(new IDBFactory());
    const store = new LedeStore(db, now);
    const older = {
      ...article,
      key: 'https://a.example/old',
      url: 'https://a.example/old',
      lastSeen: '2026-01-01T00:00:00.000Z',
    };
    const unannotated = {
      ...article,
      key: 'https://a.example/visited',
      url: 'https://a.example/visited',
      lastSeen: '2026-02-28T00:00:00.000Z',
    };
    await store.importRecords(
      [article, older, unannotated],
      [annotation(), annotation(), annotation({ articleKey: older.key })],
    );
    const first = await readRecentArticles(db, 1);
    expect(first.articles.map((a) => a.key)).toEqual([article.key]);
    expect(first.annotations).toHaveLength(2);
    expect(first.more).toBe(true);
    const all = await readRecentArticles(db, 10);
    expect(all.articles.map((a) => a.key)).toEqual([article.key, older.key]);
    expect(all.more).toBe(false);
  });
});

describe('loading annotations in pages', () => {
  it('returns every annotation exactly once across pages', async () => {
    const db = await openLedeDb(new IDBFactory());
    const store = new LedeStore(db, now);
    const anns = Array.from({ length: 7 }, () => annotation());
    await store.importRecords([article], anns);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: { annotations: { id: string }[]; next: string | null } = await readAnnotationPage(db, after, 3);
      seen.push(...page.annotations.map((a) => a.id));
      after = page.next;
    } while (after);
    expect(seen.sort()).toEqual(anns.map((a) => a.id).sort());
  });
});

describe('first screen read in one request where the browser can', () => {
  it('gives the same articles, highlights and "more" as the cursor walk, whichever of the newest have notes', async () => {
    const db = await openLedeDb(new IDBFactory());
    const store = new LedeStore(db, now);
    // 30 articles read on different days; every third has no notes unless it is one of every fifth, which have only an article note (22 annotated).
    const articles = Array.from({ length: 30 }, (_, i) => ({
      ...article,
      key: `https://a.example/${i}`,
      url: `https://a.example/${i}`,
      lastSeen: new Date(Date.UTC(2026, 0, 1 + ((i * 7) % 30))).toISOString(),
      ...(i % 5 === 0 ? { note: `article note ${i}` } : {}),
    }));
    const annotations = articles
      .filter((_, i) => i % 3 !== 0 && i % 5 !== 0)
      .flatMap((a) => [annotation({ articleKey: a.key }), annotation({ articleKey: a.key })]);
    await store.importRecords(articles, annotations);
    const proto = FDBIndex.prototype as { getAllRecords?: unknown };
    const native = proto.getAllRecords;
    expect(typeof native).toBe('function');
    for (const limit of [1, 3, 8, 25, 40]) {
      const fast = await readRecentArticles(db, limit);
      delete proto.getAllRecords;
      try {
        const walked = await readRecentArticles(db, limit);
        expect(fast).toEqual(walked);
      } finally {
        proto.getAllRecords = native;
      }
      expect(fast.articles.length).toBe(Math.min(limit, 22));
    }
    // The newest first: the first screen of 3 is the three most recently read articles that have notes.
    const newest = articles
      .filter((_, i) => i % 3 !== 0 || i % 5 === 0)
      .sort((a, b) => b.lastSeen.localeCompare(a.lastSeen))
      .slice(0, 3)
      .map((a) => a.key);
    expect((await readRecentArticles(db, 3)).articles.map((a) => a.key)).toEqual(newest);
  });
});
