import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { LedeStore, openLedeDb, provideStore, StaleWriteError, StoreWriteError, DB_VERSION } from '../../core/store';
import type { Annotation, ArticleRecord } from '../../core/types';

const clock = () => new Date('2026-01-02T03:04:05.000Z');
const KEY = 'https://example.com/news/story';

function annotation(n: number, over: Partial<Annotation> = {}): Annotation {
  return {
    id: `urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    articleKey: KEY,
    target: {
      source: KEY,
      selector: [
        { type: 'TextQuoteSelector', exact: `passage ${n}`, prefix: 'before ', suffix: ' after' },
        { type: 'TextPositionSelector', start: n * 10, end: n * 10 + 9 },
      ],
    },
    body: { note: `note ${n}`, tags: ['energy'], color: 'yellow' },
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
    ...over,
  };
}

const article: Omit<ArticleRecord, 'firstSeen' | 'lastSeen'> = {
  key: KEY,
  url: KEY + '?utm_source=x',
  title: 'China and Russia Strengthen Alliance',
  byline: null,
  siteName: 'Example',
  publishedTime: '2015-05-11',
  lang: 'en',
};

describe('store', () => {
  it('keeps a reader’s annotations and articles when the schema version goes up', async () => {
    const factory = new IDBFactory();
    // A profile created by the first release (schema v1), with data in it.
    const v1 = await openLedeDb(factory, { version: 1 });
    await v1.put('articles', {
      ...article,
      firstSeen: '2025-01-01T00:00:00.000Z',
      lastSeen: '2025-01-01T00:00:00.000Z',
    });
    await v1.put('annotations', annotation(1));
    await v1.put('annotations', annotation(2, { body: { note: '', tags: ['gas', 'china'], color: 'green' } }));
    v1.close();

    // The indexes v2 added cover the records v1 wrote (while v4 still kept one record per annotation).
    const v4 = await openLedeDb(factory, { version: 4 });
    expect(await v4.getAllKeysFromIndex('annotations', 'tags', 'gas')).toEqual([annotation(2).id]);
    expect(await v4.countFromIndex('annotations', 'color', 'yellow')).toBe(1);
    v4.close();

    const db = await openLedeDb(factory);
    expect(db.version).toBe(DB_VERSION);
    const store = new LedeStore(db, clock);
    expect((await store.listAnnotations(KEY)).map((a) => a.body.note).sort()).toEqual(['', 'note 1']);
    expect((await store.getArticle(KEY))?.firstSeen).toBe('2025-01-01T00:00:00.000Z');
    // And the cache store v2 added works.
    await store.putCachedExtraction(KEY, 'h1', { facts: [], quotes: [], entities: [] });
    expect(await store.getCachedExtraction(KEY, 'h1')).toEqual({ facts: [], quotes: [], entities: [] });
    expect(await store.getCachedExtraction(KEY, 'other-hash')).toBeNull();
    db.close();
  });

  it('records when an article was first and last seen', async () => {
    let now = new Date('2026-01-01T00:00:00.000Z');
    const store = new LedeStore(await openLedeDb(new IDBFactory()), () => now);
    await store.recordArticle(article);
    now = new Date('2026-02-01T00:00:00.000Z');
    const again = await store.recordArticle({ ...article, title: 'Updated title' });
    expect(again.firstSeen).toBe('2026-01-01T00:00:00.000Z');
    expect(again.lastSeen).toBe('2026-02-01T00:00:00.000Z');
    expect((await store.listArticles())[0]?.title).toBe('Updated title');
  });

  it('deletes with a copy for undo, and restores it', async () => {
    const store = new LedeStore(await openLedeDb(new IDBFactory()), clock);
    await store.saveAnnotation(annotation(1));
    const deleted = await store.deleteAnnotation(annotation(1).id);
    expect(deleted?.body.note).toBe('note 1');
    expect(await store.listAnnotations(KEY)).toEqual([]);
    await store.saveAnnotation(deleted!);
    expect(await store.listAnnotations(KEY)).toHaveLength(1);
    expect(await store.deleteAnnotation('urn:uuid:missing')).toBeNull();
  });

  it('imports all or nothing, and skips what is already there', async () => {
    const store = new LedeStore(await openLedeDb(new IDBFactory()), clock);
    await store.saveAnnotation(annotation(1));
    const outcome = await store.importRecords(
      [{ ...article, firstSeen: 'x', lastSeen: 'x' }],
      [annotation(1), annotation(2)],
    );
    expect(outcome).toEqual({ imported: 1, duplicates: 1, articles: 1 });
    // A record IndexedDB refuses (no key) aborts the whole batch: the good record before it is not kept.
    const bad = { ...annotation(4), id: undefined } as unknown as Annotation;
    await expect(store.importRecords([], [annotation(3), bad])).rejects.toBeInstanceOf(StoreWriteError);
    expect((await store.allAnnotations()).map((a) => a.id)).toEqual([annotation(1).id, annotation(2).id]);
  });

  it('reports a full disk in words a reader can act on', async () => {
    const store = new LedeStore(await openLedeDb(new IDBFactory()), clock);
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    (store.db as unknown as { transaction: () => never }).transaction = () => {
      throw quota;
    };
    await expect(store.saveAnnotation(annotation(1))).rejects.toThrow(/storage for Lede is full/);
  });

  it('refuses an edit made from a copy older than the stored note, and keeps the newer note', async () => {
    const store = new LedeStore(await openLedeDb(new IDBFactory()), clock);
    const opened = annotation(1); // the page's editor opened this copy
    await store.saveAnnotation(opened);
    // Meanwhile the sidebar edits the note.
    await store.saveAnnotation(
      { ...opened, body: { ...opened.body, note: 'sidebar edit' }, modified: '2026-01-01T00:05:00.000Z' },
      { baseModified: opened.modified },
    );
    // The page's editor saves its stale copy later (a newer clock, an older base).
    const stale = {
      ...opened,
      body: { ...opened.body, note: 'stale page edit' },
      modified: '2026-01-01T00:09:00.000Z',
    };
    await expect(store.saveAnnotation(stale, { baseModified: opened.modified })).rejects.toBeInstanceOf(
      StaleWriteError,
    );
    await expect(store.saveAnnotation(stale, { baseModified: opened.modified })).rejects.toThrow(/changed elsewhere/);
    expect((await store.getAnnotation(opened.id))?.body.note).toBe('sidebar edit');
    // Without a base, a copy older than the stored one is refused too (a caller that does not send one yet).
    await expect(store.saveAnnotation(opened)).rejects.toBeInstanceOf(StaleWriteError);
    // An edit from the newest copy goes through.
    await store.saveAnnotation(
      { ...stale, body: { ...stale.body, note: 'fresh edit' } },
      { baseModified: '2026-01-01T00:05:00.000Z' },
    );
    expect((await store.getAnnotation(opened.id))?.body.note).toBe('fresh edit');
  });

  it('never brings back a note deleted elsewhere from a stale editor copy, but lets undo put it back', async () => {
    const store = new LedeStore(await openLedeDb(new IDBFactory()), clock);
    await store.saveAnnotation(annotation(1));
    const deleted = await store.deleteAnnotation(annotation(1).id);
    const edit = {
      ...annotation(1),
      body: { ...annotation(1).body, note: 'typed after the delete' },
      modified: '2026-01-01T01:00:00.000Z',
    };
    await expect(store.saveAnnotation(edit, { baseModified: annotation(1).modified })).rejects.toThrow(
      /deleted elsewhere/,
    );
    expect(await store.listAnnotations(KEY)).toEqual([]);
    await store.saveAnnotation(deleted!); // undo: the deleted copy itself, no base
    expect((await store.listAnnotations(KEY)).map((a) => a.body.note)).toEqual(['note 1']);
  });

  it('keeps an article’s URL and title when a page from another site reports the same key', async () => {
    const store = new LedeStore(await openLedeDb(new IDBFactory()), clock);
    const victim = {
      ...article,
      key: 'https://victim.github.io/notes/article',
      url: 'https://victim.github.io/notes/article',
      title: 'Victim',
    };
    await store.recordArticle(victim);
    await store.recordArticle({ ...victim, url: 'https://evil.github.io/post', title: 'Evil' });
    const kept = await store.getArticle(victim.key);
    expect([kept?.url, kept?.title]).toEqual([victim.url, 'Victim']);
    // The article's own address (with tracking) may still refresh its title.
    await store.recordArticle({ ...victim, url: victim.url + '?utm_source=x', title: 'Victim, updated' });
    expect((await store.getArticle(victim.key))?.title).toBe('Victim, updated');
  });

  it('restores a deleted article record by record: one corrupt record does not lose the others', async () => {
    const store = new LedeStore(await openLedeDb(new IDBFactory()), clock);
    await store.recordArticle(article);
    for (let n = 1; n <= 3; n++) await store.saveAnnotation(annotation(n));
    const deleted = await store.deleteArticle(KEY);
    const corrupt = { ...deleted.annotations[1]!, body: { note: 'x', tags: [], color: 'not-a-colour' } };
    const outcome = await store.restoreRecords(
      [deleted.article],
      [deleted.annotations[0]!, corrupt, deleted.annotations[2]!],
    );
    expect(outcome.restored).toBe(3); // the article and two annotations
    expect(outcome.failed.map((f) => f.id)).toEqual([annotation(2).id]);
    expect(outcome.failed[0]!.reason).toMatch(/color/);
    expect((await store.listAnnotations(KEY)).map((a) => a.body.note).sort()).toEqual(['note 1', 'note 3']);
    expect((await store.getArticle(KEY))?.title).toBe(article.title);
    expect(outcome.touched).toEqual([KEY]);
  });

  it('opens the database again after another context closed it with a versionchange', async () => {
    const factory = new IDBFactory();
    const getStore = provideStore(factory, clock);
    const first = await getStore();
    await first.saveAnnotation(annotation(1));
    // Another context deletes the database (a reset); our handle receives versionchange and is closed.
    await new Promise<void>((resolve, reject) => {
      const req = factory.deleteDatabase('lede');
      req.onsuccess = () => resolve();
      req.onerror = () => reject(req.error);
    });
    const second = await getStore();
    expect(second).not.toBe(first);
    await second.saveAnnotation(annotation(2));
    expect((await second.allAnnotations()).map((a) => a.id)).toEqual([annotation(2).id]);
  });
});
