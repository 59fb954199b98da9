// Schema v4 (the vault's stores): a profile at v3 with notes, reading copies and a folder handle kept the old way
// (its own database) upgrades with nothing lost, the handle moved into the main store; tombstones are kept newest.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, LedeStore, openLedeDb } from '../../../core/store';
import {
  adoptLegacyVaultHandle,
  applyTombstones,
  forgetDeletions,
  LEGACY_HANDLE_DB,
  listTombstones,
  loadVaultHandle,
  rememberDeletions,
  saveVaultHandle,
} from '../../../core/store/vault-records';
import type { Annotation } from '../../../core/types';

const KEY = 'https://example.com/news/story';
const note: Annotation = {
  id: 'urn:uuid:00000000-0000-4000-8000-000000000001',
  articleKey: KEY,
  target: { source: KEY, selector: [{ type: 'TextQuoteSelector', exact: 'a passage', prefix: '', suffix: '' }] },
  body: { note: 'mine', tags: [], color: 'yellow' },
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-01T00:00:00.000Z',
};

/** The handle store as the library wrote it before v4 (components/library/VaultPanel.tsx, 'lede-vault' v1). */
function writeLegacyHandle(factory: IDBFactory, handle: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = factory.open(LEGACY_HANDLE_DB, 1);
    open.onupgradeneeded = () => open.result.createObjectStore('handles');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('handles', 'readwrite');
      tx.objectStore('handles').put(handle, 'folder');
      tx.oncomplete = () => {
        open.result.close();
        resolve();
      };
    };
  });
}

describe('schema v4: the vault’s stores', () => {
  it('upgrades a v3 profile with its data, and moves the folder handle from the old database into the main one', async () => {
    const factory = new IDBFactory();
    const v3 = await openLedeDb(factory, { version: 3 });
    await v3.put('annotations', note);
    await v3.put('readingCopies', {
      articleKey: KEY,
      readAt: '2026-01-01T00:00:00.000Z',
      bytes: new Uint8Array([1, 2]),
    });
    v3.close();
    // A structured-cloneable stand-in for a FileSystemDirectoryHandle (fake-indexeddb clones like a browser).
    await writeLegacyHandle(factory, { kind: 'directory', name: 'Obsidian vault' });

    const db = await openLedeDb(factory);
    expect(db.version).toBe(DB_VERSION);
    expect(await new LedeStore(db, () => new Date()).listAnnotations(KEY)).toEqual([note]);
    expect((await db.get('readingCopies', KEY))?.readAt).toBe('2026-01-01T00:00:00.000Z');
    expect(await loadVaultHandle(db)).toBeNull();

    expect(await adoptLegacyVaultHandle(db, factory)).toEqual({ kind: 'directory', name: 'Obsidian vault' });
    expect(await loadVaultHandle(db)).toEqual({ kind: 'directory', name: 'Obsidian vault' });
    expect((await factory.databases()).map((d) => d.name)).not.toContain(LEGACY_HANDLE_DB);
    // Nothing left to adopt, and no empty database made by looking.
    expect(await adoptLegacyVaultHandle(db, factory)).toBeNull();
    expect((await factory.databases()).map((d) => d.name)).toEqual(['lede']);
  });

  it('a handle chosen since the upgrade is not replaced by an old one', async () => {
    const factory = new IDBFactory();
    const db = await openLedeDb(factory);
    await saveVaultHandle(db, { name: 'new folder' });
    await writeLegacyHandle(factory, { name: 'old folder' });
    expect(await adoptLegacyVaultHandle(db, factory)).toBeNull();
    expect(await loadVaultHandle(db)).toEqual({ name: 'new folder' });
  });

  it('keeps the newest tombstone of an id, and Undo forgets it', async () => {
    const db = await openLedeDb(new IDBFactory());
    await rememberDeletions(db, [{ id: note.id, deleted: '2026-02-01T00:00:00.000Z' }]);
    await rememberDeletions(db, [
      { id: note.id, deleted: '2026-01-15T00:00:00.000Z' },
      { id: KEY, deleted: '2026-02-02T00:00:00.000Z', kind: 'article' },
    ]);
    expect(await listTombstones(db)).toEqual([
      { id: KEY, deleted: '2026-02-02T00:00:00.000Z', kind: 'article' },
      { id: note.id, deleted: '2026-02-01T00:00:00.000Z' },
    ]);
    await forgetDeletions(db, [note.id]);
    expect((await listTombstones(db)).map((t) => t.id)).toEqual([KEY]);
  });

  it('applies deletions from the folder: only notes not edited since, articles with none newer, times kept', async () => {
    const store = new LedeStore(await openLedeDb(new IDBFactory()), () => new Date('2026-03-01T00:00:00.000Z'));
    const other = {
      ...note,
      id: 'urn:uuid:00000000-0000-4000-8000-000000000002',
      modified: '2026-02-10T00:00:00.000Z',
    };
    const elsewhere = 'https://other.example/news/2';
    const third = { ...note, id: 'urn:uuid:00000000-0000-4000-8000-000000000003', articleKey: elsewhere };
    for (const a of [note, other, third]) await store.saveAnnotation(a);
    await store.recordArticle({
      key: elsewhere,
      url: elsewhere,
      title: 'Two',
      byline: null,
      siteName: null,
      publishedTime: null,
      lang: null,
    });
    const tombs = [
      { id: note.id, deleted: '2026-02-01T00:00:00.000Z' },
      // Deleted there before it was edited here: the edit wins.
      { id: other.id, deleted: '2026-02-01T00:00:00.000Z' },
      { id: elsewhere, deleted: '2026-02-01T00:00:00.000Z', kind: 'article' as const },
    ];
    const r = await applyTombstones(store, tombs);
    expect({ deleted: r.deleted, articles: r.articles, touched: [...r.touched].sort() }).toEqual({
      deleted: 2,
      articles: 1,
      touched: [KEY, elsewhere].sort(),
    });
    expect((await store.allAnnotations()).map((a) => a.id)).toEqual([other.id]);
    expect(await store.getArticle(elsewhere)).toBeUndefined();
    expect((await listTombstones(store.db)).find((t) => t.id === note.id)?.deleted).toBe('2026-02-01T00:00:00.000Z');
  });
});
