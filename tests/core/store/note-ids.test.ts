// Schema v6: the note-id directory in place of v5's unique `ids` index. The upgrade from v5 (and from v4 in one
// go) keeps every note findable by id, ids stay unique across articles, and deletes, Cancels and re-imports keep
// the directory in step with the packs.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, LedeStore, openLedeDb, StoreWriteError } from '../../../core/store';
import { NOTE_ID_BUCKETS, noteIdBucket } from '../../../core/store/note-ids';
import type { Annotation } from '../../../core/types';
import { annotation, article, now } from '../export/fixtures';

const other = { ...article, key: 'https://b.example/other', url: 'https://b.example/other' };
const ids = (list: readonly Annotation[]) => list.map((a) => a.id).sort();

/** A v5 profile as v5 wrote it: packs with their `ids`, under the unique `ids` index. */
async function v5Profile(factory: IDBFactory, packs: Record<string, unknown[]>): Promise<void> {
  const db = await openLedeDb(factory, { version: 5 });
  const tx = db.transaction(['articles', 'notes'], 'readwrite');
  await tx.objectStore('articles').put(article);
  await tx.objectStore('articles').put(other);
  for (const [articleKey, annotations] of Object.entries(packs)) {
    const stringIds = annotations.map((a) => (a as { id?: unknown })?.id).filter((id) => typeof id === 'string');
    const pack = { articleKey, annotations: annotations as Annotation[], ids: stringIds as string[] };
    await tx.objectStore('notes').put(pack);
  }
  await tx.done;
  db.close();
}

describe('schema v6: the note-id directory', () => {
  it('an upgrade from v5 finds every stored note by its id, and drops the index', async () => {
    const factory = new IDBFactory();
    const mine = Array.from({ length: 40 }, () => annotation());
    const theirs = Array.from({ length: 25 }, () => annotation({ articleKey: other.key }));
    const damaged = { ...annotation(), articleKey: 7, target: null };
    const idless = { ...annotation(), id: 42 };
    await v5Profile(factory, { [article.key]: [...mine, idless], [other.key]: theirs, '': [damaged] });

    const db = await openLedeDb(factory);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.transaction('notes').store.indexNames]).toEqual([]);
    const store = new LedeStore(db, now);
    for (const a of [...mine, ...theirs]) expect(await store.getAnnotation(a.id)).toEqual(a);
    // Nothing lost: the lists are what v5 held (the damaged and id-less records kept, still left out by the repair).
    expect(ids(await store.listAnnotations(article.key))).toEqual(ids(mine));
    expect(ids(await store.allAnnotations())).toEqual(ids([...mine, ...theirs]));
    expect((await db.get('notes', ''))?.annotations).toEqual([damaged]);
    // The directory holds each string id once, under its pack.
    const buckets = await db.getAll('noteIds');
    const entries = buckets.flatMap((b) => [...b]);
    expect(entries).toHaveLength(mine.length + theirs.length + 1);
    expect(new Map(entries).get(damaged.id)).toBe('');
    // What the index did: a re-import of stored notes is all duplicates, and a note saved under another article moves.
    expect(await store.importRecords([], [...mine, ...theirs])).toEqual({ imported: 0, duplicates: 65, articles: 0 });
    const moved = { ...mine[0]!, articleKey: other.key, modified: '2026-03-02T00:00:00.000Z' };
    await store.saveAnnotation(moved, { baseModified: mine[0]!.modified });
    expect(ids(await store.listAnnotations(article.key))).toEqual(ids(mine.slice(1)));
    expect(await store.getAnnotation(mine[0]!.id)).toEqual(moved);
    db.close();
  });

  it('an upgrade from v4 straight to v6 (both migrations in one transaction) finds every note by id', async () => {
    const factory = new IDBFactory();
    const v4 = await openLedeDb(factory, { version: 4 });
    const stored = [...Array.from({ length: 30 }, () => annotation()), annotation({ articleKey: other.key })];
    const tx = v4.transaction('annotations', 'readwrite');
    for (const a of stored) await tx.store.put(a);
    await tx.done;
    v4.close();

    const store = new LedeStore(await openLedeDb(factory), now);
    for (const a of stored) expect(await store.getAnnotation(a.id)).toEqual(a);
    expect(await store.deleteAnnotation(stored[3]!.id)).toEqual(stored[3]);
    expect(await store.getAnnotation(stored[3]!.id)).toBeUndefined();
    store.db.close();
  });

  it('an id stays under one article: imported under a second article it is a duplicate, saved there it moves', async () => {
    const store = new LedeStore(await openLedeDb(new IDBFactory()), now);
    const a = annotation();
    await store.importRecords([article], [a]);
    const elsewhere = { ...a, articleKey: other.key };
    expect(await store.importRecords([other], [elsewhere])).toEqual({ imported: 0, duplicates: 1, articles: 1 });
    expect(await store.listAnnotations(other.key)).toEqual([]);
    await store.saveAnnotation({ ...elsewhere, modified: '2026-03-02T00:00:00.000Z' });
    expect(await store.listAnnotations(article.key)).toEqual([]);
    expect(ids(await store.listAnnotations(other.key))).toEqual([a.id]);
    // The directory now points to the new pack: a delete by id finds it there.
    expect((await store.deleteAnnotation(a.id))?.articleKey).toBe(other.key);
    expect(await store.allAnnotations()).toEqual([]);
  });

  it('a deleted article’s notes leave the directory: importing the file again brings them back', async () => {
    const store = new LedeStore(await openLedeDb(new IDBFactory()), now);
    const notes = Array.from({ length: 3_000 }, (_, i) => annotation({ articleKey: i % 3 ? article.key : other.key }));
    expect((await store.importRecords([article, other], notes)).imported).toBe(3_000);
    await store.deleteArticle(article.key);
    expect(await store.getAnnotation(notes[1]!.id)).toBeUndefined();
    expect(await store.getAnnotation(notes[0]!.id)).toEqual(notes[0]);
    expect(await store.importRecords([article, other], notes)).toEqual({
      imported: 2_000,
      duplicates: 1_000,
      articles: 1,
    });
    expect((await store.allAnnotations()).length).toBe(3_000);
  });

  it('a cancelled import leaves no id behind: the same file imported afterwards imports every note', async () => {
    const store = new LedeStore(await openLedeDb(new IDBFactory()), now);
    const incoming = Array.from({ length: 5_000 }, (_, i) => annotation({ articleKey: `https://c.example/${i % 50}` }));
    const controller = new AbortController();
    const cancelled = store.importRecords([], incoming, controller.signal, (p) => {
      if (p.done > 0 && !p.committing) controller.abort();
    });
    await expect(cancelled).rejects.toBeInstanceOf(StoreWriteError);
    expect(await store.db.count('noteIds')).toBe(0);
    expect(await store.importRecords([], incoming)).toEqual({ imported: 5_000, duplicates: 0, articles: 0 });
    for (const a of incoming.slice(0, 50)) expect(await store.getAnnotation(a.id)).toEqual(a);
  });

  it('a damaged bucket record is rebuilt from the packs: its notes are found, deleted and moved by id again', async () => {
    const store = new LedeStore(await openLedeDb(new IDBFactory()), now);
    const notes = Array.from({ length: 400 }, (_, i) => annotation({ articleKey: i % 2 ? article.key : other.key }));
    await store.importRecords([article, other], notes);
    // Three kinds of damage a buggy build or a hand edit could leave: not a Map, a Map of the wrong things, junk.
    const [first, second, third] = notes;
    await store.db.put('noteIds', 'junk' as never, noteIdBucket(first!.id));
    await store.db.put('noteIds', new Map([[second!.id, 7]]) as never, noteIdBucket(second!.id));
    await store.db.put('noteIds', { [third!.id]: article.key } as never, noteIdBucket(third!.id));
    const damaged = new Set([first, second, third].map((a) => noteIdBucket(a!.id)));
    const heldIn = (bucket: number) => notes.filter((a) => noteIdBucket(a.id) === bucket);

    expect(await store.getAnnotation(first!.id)).toEqual(first);
    expect(await store.getAnnotation(second!.id)).toEqual(second);
    // A re-import still sees them as stored (no second copy), and repairs the records as it writes.
    expect(await store.importRecords([], [first!, second!, third!])).toEqual({
      imported: 0,
      duplicates: 3,
      articles: 0,
    });
    expect((await store.allAnnotations()).length).toBe(400);
    for (const b of damaged) {
      const record = await store.db.get('noteIds', b);
      expect(record).toBeInstanceOf(Map);
      expect([...(record as Map<string, string>)].sort()).toEqual(
        heldIn(b)
          .map((a) => [a.id, a.articleKey])
          .sort(),
      );
    }
    expect(await store.deleteAnnotation(third!.id)).toEqual(third);
    expect(await store.getAnnotation(third!.id)).toBeUndefined();
    expect((await store.allAnnotations()).length).toBe(399);
  });

  it('a save repairs a damaged bucket it reads, so a note moved to another article is not held by both', async () => {
    const store = new LedeStore(await openLedeDb(new IDBFactory()), now);
    const a = annotation();
    await store.importRecords([article], [a]);
    await store.db.put('noteIds', 42 as never, noteIdBucket(a.id));
    await store.saveAnnotation({ ...a, articleKey: other.key, modified: '2026-03-02T00:00:00.000Z' });
    expect(await store.listAnnotations(article.key)).toEqual([]);
    expect(ids(await store.listAnnotations(other.key))).toEqual([a.id]);
    expect((await store.db.get('noteIds', noteIdBucket(a.id)))?.get(a.id)).toBe(other.key);
  });

  it('spreads ids over its buckets by FNV-1a, which must never change (stored ids would be lost)', () => {
    // FNV-1a's published 32-bit test vectors: "a" → 0xe40c292c, "foobar" → 0xbf9cf968.
    expect(noteIdBucket('a')).toBe(0xe40c292c % NOTE_ID_BUCKETS);
    expect(noteIdBucket('foobar')).toBe(0xbf9cf968 % NOTE_ID_BUCKETS);
  });
});
