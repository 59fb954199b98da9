import { IDBFactory } from 'fake-indexeddb';
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
