import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { readRecentArticles } from '../../../core/search';
import { LedeStore, openLedeDb } from '../../../core/store';
import { annotation, article, now } from '../export/fixtures';

describe('first screen of the library', () => {
  it('returns the newest-read annotated articles with their highlights, skipping articles without notes', async () => {
    const db = await openLedeDb(new IDBFactory());
    const store = new LedeStore(db, now);
    const older = { ...article, key: 'https://a.example/old', url: 'https://a.example/old', lastSeen: '2026-01-01T00:00:00.000Z' };
    const unannotated = { ...article, key: 'https://a.example/visited', url: 'https://a.example/visited', lastSeen: '2026-02-28T00:00:00.000Z' };
    await store.importRecords([article, older, unannotated], [annotation(), annotation(), annotation({ articleKey: older.key })]);
    const first = await readRecentArticles(db, 1);
    expect(first.articles.map((a) => a.key)).toEqual([article.key]);
    expect(first.annotations).toHaveLength(2);
    expect(first.more).toBe(true);
    const all = await readRecentArticles(db, 10);
    expect(all.articles.map((a) => a.key)).toEqual([article.key, older.key]);
    expect(all.more).toBe(false);
  });
});
