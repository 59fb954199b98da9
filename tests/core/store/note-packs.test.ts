// Schema v5: an article's annotations packed into one record. The move from one record per annotation, the
// import's merge into stored packs, ids unique across articles, and saves, deletes and lists over packs.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { readAnnotationPage } from '../../../core/search';
import type { DBSchema, IDBPDatabase } from 'idb';
import { LedeStore, openLedeDb, StoreWriteError } from '../../../core/store';
import type { Annotation } from '../../../core/types';
import { annotation, article, now } from '../export/fixtures';

const other = { ...article, key: 'https://b.example/other', url: 'https://b.example/other' };
/** The `notes` store as schema v5 had it, with its unique `ids` index. */
interface V5Schema extends DBSchema {
  notes: {
    key: string;
    value: { articleKey: string; annotations: Annotation[]; ids: string[] };
    indexes: { ids: string };
  };
}
const ids = (list: readonly Annotation[]) => list.map((a) => a.id).sort();

describe('schema v5: annotations packed by article', () => {
  it('moves every annotation of a v4 profile into its article’s pack, keeping each as it was and each id once', async () => {
    const factory = new IDBFactory();
    const v4 = await openLedeDb(factory, { version: 4 });
    const stored = [
      ...Array.from({ length: 30 }, () => annotation()),
      ...Array.from({ length: 12 }, () => annotation({ articleKey: other.key })),
    ];
    const damaged = { ...annotation(), articleKey: 7, target: null } as unknown as Annotation;
    const tx = v4.transaction(['articles', 'annotations'], 'readwrite');
    await tx.objectStore('articles').put(article);
    await tx.objectStore('articles').put(other);
    for (const a of [...stored, damaged]) await tx.objectStore('annotations').put(a);
    await tx.done;
    v4.close();

    // v5 as it was (note-ids.test.ts takes it on to v6, where the `ids` index gives way to a directory).
    const db = await openLedeDb(factory, { version: 5 });
    expect(db.version).toBe(5);
    expect([...db.objectStoreNames]).not.toContain('annotations');
    const store = new LedeStore(db, now);
    expect(await store.listAnnotations(article.key)).toEqual(
      stored.slice(0, 30).sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
    expect(ids(await store.listAnnotations(other.key))).toEqual(ids(stored.slice(30)));
    expect(ids(await store.allAnnotations())).toEqual(ids(stored));
    // Two packs and the damaged record's own, every id in the index exactly once.
    expect(await db.count('notes')).toBe(3);
    const indexed = await db.getAllKeys('notes');
    expect(indexed.sort()).toEqual(['', other.key, article.key].sort());
    const v5 = db as unknown as IDBPDatabase<V5Schema>;
    for (const a of stored) expect(await v5.getKeyFromIndex('notes', 'ids', a.id)).toBe(a.articleKey);
    expect(await v5.getKeyFromIndex('notes', 'ids', damaged.id)).toBe('');
    // The damaged record is kept (not lost in the move), and still left out where records are read.
    expect((await db.get('notes', ''))?.annotations).toEqual([damaged]);
    db.close();
  });
});

describe('import into packs', () => {
  it('merges into the stored pack, counts ids already stored (under any article) and repeated ids as duplicates', async () => {
    const store = new LedeStore(await openLedeDb(new IDBFactory()), now);
    const first = [annotation(), annotation()];
    const elsewhere = annotation({ articleKey: other.key });
    await store.importRecords([article, other], [...first, elsewhere]);

    const added = [annotation(), annotation()];
    // The same id as one stored under the other article: a duplicate, not a second copy.
    const moved = { ...elsewhere, articleKey: article.key };
    const outcome = await store.importRecords([article], [first[0]!, ...added, moved, added[0]!]);
    expect(outcome).toEqual({ imported: 2, duplicates: 3, articles: 0 });
    expect(ids(await store.listAnnotations(article.key))).toEqual(ids([...first, ...added]));
    expect(await store.listAnnotations(other.key)).toEqual([elsewhere]);
    expect(await store.db.count('notes')).toBe(2);
  });

  it('a Cancel before the commit keeps nothing, not even the merge into a stored pack', async () => {
    const store = new LedeStore(await openLedeDb(new IDBFactory()), now);
    const kept = annotation();
    await store.importRecords([article], [kept]);
    const controller = new AbortController();
    const incoming = Array.from({ length: 5_000 }, (_, i) =>
      annotation({ articleKey: i % 2 ? article.key : `https://c.example/${i % 50}` }),
    );
    const outcome = store.importRecords([], incoming, controller.signal, (p) => {
      if (p.done > 0 && !p.committing) controller.abort();
    });
    await expect(outcome).rejects.toBeInstanceOf(StoreWriteError);
    expect(await store.allAnnotations()).toEqual([kept]);
  });

  it('tells progress in annotations handled, up to every one of them', async () => {
    const store = new LedeStore(await openLedeDb(new IDBFactory()), now);
    const incoming = Array.from({ length: 4_500 }, (_, i) =>
      annotation({ articleKey: `https://d.example/${i % 300}` }),
    );
    const seen: number[] = [];
    await store.importRecords([article], incoming, undefined, (p) => {
      if (!p.committing) seen.push(p.done);
      expect(p.total).toBe(4_501);
    });
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(4_501);
    expect(seen.length).toBeGreaterThan(2); // told along the way, not only at the ends
    expect((await store.allAnnotations()).length).toBe(4_500);
  });
});

describe('saves, deletes and lists over packs', () => {
  it('round-trips: save adds to the pack, an edit replaces in place, delete removes and drops the empty pack', async () => {
    const store = new LedeStore(await openLedeDb(new IDBFactory()), now);
    const a = annotation();
    const b = annotation();
    await store.saveAnnotation(a);
    await store.saveAnnotation(b);
    expect(await store.hasAnnotations(article.key)).toBe(true);
    const edited = { ...a, body: { ...a.body, note: 'edited' }, modified: '2026-03-02T00:00:00.000Z' };
    await store.saveAnnotation(edited, { baseModified: a.modified });
    expect(await store.listAnnotations(article.key)).toEqual([edited, b]);
    expect(await store.getAnnotation(a.id)).toEqual(edited);

    expect(await store.deleteAnnotation(a.id)).toEqual(edited);
    expect(await store.deleteAnnotation(a.id)).toBeNull();
    expect(await store.listAnnotations(article.key)).toEqual([b]);
    await store.deleteAnnotation(b.id);
    expect(await store.hasAnnotations(article.key)).toBe(false);
    expect(await store.db.count('notes')).toBe(0);
    // An edit of a note deleted meanwhile is refused rather than bringing it back.
    await expect(store.saveAnnotation(edited, { baseModified: a.modified })).rejects.toThrow(/deleted elsewhere/);
  });

  it('a note saved under another article moves there: its id is never in two packs', async () => {
    const store = new LedeStore(await openLedeDb(new IDBFactory()), now);
    const a = annotation();
    await store.saveAnnotation(a);
    await store.saveAnnotation({ ...a, articleKey: other.key, modified: '2026-03-02T00:00:00.000Z' });
    expect(await store.listAnnotations(article.key)).toEqual([]);
    expect(ids(await store.listAnnotations(other.key))).toEqual([a.id]);
    expect(await store.db.count('notes')).toBe(1);
  });

  it('deleting an article takes its pack and gives its annotations back for undo, which restores them', async () => {
    const store = new LedeStore(await openLedeDb(new IDBFactory()), now);
    const notes = [annotation(), annotation()];
    await store.importRecords([article, other], [...notes, annotation({ articleKey: other.key })]);
    const gone = await store.deleteArticle(article.key);
    expect(ids(gone.annotations)).toEqual(ids(notes));
    expect(await store.listAnnotations(article.key)).toEqual([]);
    expect(await store.restoreRecords(gone.article ? [gone.article] : [], gone.annotations)).toMatchObject({
      restored: 3,
      failed: [],
    });
    expect(ids(await store.listAnnotations(article.key))).toEqual(ids(notes));
    expect((await store.allAnnotations()).length).toBe(3);
  });

  it('pages through many articles: every annotation once, each page near the limit', async () => {
    const store = new LedeStore(await openLedeDb(new IDBFactory()), now);
    const all = Array.from({ length: 1_000 }, (_, i) => annotation({ articleKey: `https://e.example/${i % 90}` }));
    await store.importRecords([], all);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: { annotations: Annotation[]; next: string | null } = await readAnnotationPage(store.db, after, 100);
      // Whole articles (11 or 12 annotations each), as many as the average size says fit: about the limit.
      expect(page.annotations.length).toBeLessThan(100 + 12);
      if (page.next) expect(page.annotations.length).toBeGreaterThanOrEqual(100);
      seen.push(...page.annotations.map((a) => a.id));
      after = page.next;
      pages++;
    } while (after);
    expect(seen.sort()).toEqual(ids(all));
    expect(pages).toBeLessThanOrEqual(11);
  });
});
