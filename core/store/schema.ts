// The IndexedDB schema and its migrations. Each migration upgrades one version to the next and must keep all data.
import { unwrap, type IDBPDatabase, type IDBPTransaction, type DBSchema, type StoreNames } from 'idb';
import type { Annotation, ArticleRecord, Extraction } from '../types';
import type { Tombstone } from '../vault/merge';
import { noteIdBucket, type IdBucket } from './note-ids';

export const DB_NAME = 'lede';
/** The current schema version. Raise it only together with a new entry in MIGRATIONS. */
export const DB_VERSION = 6;

/** A cached extraction: valid while the article's text hash is unchanged. */
export interface ExtractionCacheRecord {
  articleKey: string;
  textHash: string;
  extraction: Extraction;
  created: string;
}

export interface LedeSchema extends DBSchema {
  articles: { key: string; value: ArticleRecord; indexes: { lastSeen: string } };
  /** Annotations one record each, by id: schema v1-v4 only (v5 moves them into {@link NotePack}s in `notes`). */
  annotations: {
    key: string;
    value: Annotation;
    indexes: { articleKey: string; modified: string; tags: string; color: string };
  };
  /**
   * Since v5: an article's annotations in one record (IndexedDB in Chromium costs per record written: 100,000
   * annotations as 10,000 packs write in a fraction of the time). v5 had a unique multiEntry index `ids` on it;
   * since v6 the `noteIds` directory says which pack holds an id.
   */
  notes: { key: string; value: NotePack };
  /**
   * Since v6: which pack holds each annotation id, spread over a fixed number of buckets (`core/store/note-ids.ts`,
   * keyed by bucket number): an import of 100,000 notes writes 1,024 buckets instead of 100,000 index entries, each
   * checked for uniqueness. Written in the same transaction as the packs it describes, always.
   */
  noteIds: { key: number; value: IdBucket };
  extractions: { key: string; value: ExtractionCacheRecord };
  readingCopies: { key: string; value: ReadingCopyRecord };
  /** Deleted annotations (by id) and articles (by key, `kind: 'article'`): the folder's backup carries them. */
  tombstones: { key: string; value: Tombstone };
  /**
   * Objects kept by name that are not records: the folder's directory handle (a FileSystemDirectoryHandle, which
   * only IndexedDB can keep; it cannot travel in a message), under {@link VAULT_HANDLE_KEY}.
   */
  handles: { key: string; value: unknown };
}

/**
 * An article's annotations, kept together. A pack is deleted with its last annotation. A pack written by v5 also
 * has `ids` (the ids, for v5's index): v6 ignores it, and it goes the next time the pack is written.
 */
export interface NotePack {
  articleKey: string;
  annotations: Annotation[];
}

/** The pack of `articleKey` holding `annotations` (as given: repair happens where records are read). */
export function notePack(articleKey: string, annotations: Annotation[]): NotePack {
  return { articleKey, annotations };
}

/** The annotations of a stored pack as stored (unrepaired); none for a missing or damaged pack. */
export function packedAnnotations(pack: unknown): unknown[] {
  const list = pack && typeof pack === 'object' ? (pack as { annotations?: unknown }).annotations : undefined;
  return Array.isArray(list) ? list : [];
}

/** The key of the reader's chosen folder in the `handles` store. */
export const VAULT_HANDLE_KEY = 'vaultFolder';

/** The text of an article as first read, gzip-compressed (core/revisions), for "changed since you read it". */
export interface ReadingCopyRecord {
  articleKey: string;
  readAt: string;
  /** gzip of the ReadingCopy JSON; with `page`, gzip of the PageAtFirstHighlight JSON instead. */
  bytes: Uint8Array;
  /**
   * True while the record holds the page as it was at the reader's first highlight, not yet read into a copy (the
   * background has no DOM parser in Chrome; the next popup or sidebar makes the copy from it).
   */
  page?: true;
}

type UpgradeTx = IDBPTransaction<LedeSchema, StoreNames<LedeSchema>[], 'versionchange'>;
type Migration = (db: IDBPDatabase<LedeSchema>, tx: UpgradeTx) => void;

/**
 * MIGRATIONS[n] upgrades a database at version n to version n + 1.
 * v0 → v1: articles by canonical URL, annotations by id with an index on their article.
 * v1 → v2: the extraction cache, and indexes the notes library filters on (modified, tags, colour).
 * v2 → v3 (notes branch, issue 15): reading copies, the compressed text of each article as first read.
 * v3 → v4 (vault branch, issue 15): `tombstones` (deletions the folder carries to other machines) and `handles`
 *   (the folder's directory handle, until then in a database of its own, 'lede-vault'; `adoptLegacyVaultHandle`
 *   moves it over after the upgrade, as one upgrade transaction cannot read another database).
 * v4 → v5 (packed branch, issue 16): annotations packed one record per article in `notes` (see {@link NotePack});
 *   every stored annotation is moved, then `annotations` and its four indexes (only `articleKey` was ever read)
 *   are dropped in the same upgrade transaction. Its work finishes in request callbacks: a later migration that
 *   reads `notes` must wait for the upgrade's requests (it runs in the same transaction, so it can queue after).
 * v5 → v6 (import7 branch, issue 16): the `ids` index gives way to the `noteIds` directory (see {@link IdBucket}):
 *   built from every stored pack, in the same upgrade transaction that drops the index. Packs keep their `ids`
 *   field until next written (ignored). In Chromium the 100,000 index entries, each checked for uniqueness, were
 *   most of IndexedDB's work in an import of 100,000 notes (`bench idb-writes`).
 */
export const MIGRATIONS: Migration[] = [
  (db) => {
    const articles = db.createObjectStore('articles', { keyPath: 'key' });
    articles.createIndex('lastSeen', 'lastSeen');
    const annotations = db.createObjectStore('annotations', { keyPath: 'id' });
    annotations.createIndex('articleKey', 'articleKey');
  },
  (db, tx) => {
    db.createObjectStore('extractions', { keyPath: 'articleKey' });
    const annotations = tx.objectStore('annotations');
    annotations.createIndex('modified', 'modified');
    annotations.createIndex('tags', 'body.tags', { multiEntry: true });
    annotations.createIndex('color', 'body.color');
  },
  // --- notes branch (issue 15): renumber at merge if another branch also adds a version. ---
  (db) => {
    db.createObjectStore('readingCopies', { keyPath: 'articleKey' });
  },
  function addVaultStores(db) {
    db.createObjectStore('tombstones', { keyPath: 'id' });
    db.createObjectStore('handles');
  },
  function packAnnotationsByArticle(db, tx) {
    const notes = db.createObjectStore('notes', { keyPath: 'articleKey' });
    // Dropped again by v6 (the schema type no longer names it).
    unwrap(notes).createIndex('ids', 'ids', { unique: true, multiEntry: true });
    // Raw requests: their callbacks run while the upgrade transaction is active, and any failure (a put refused)
    // aborts the upgrade, leaving the v4 data as it was.
    const raw = unwrap(tx);
    const request = raw.objectStore('annotations').getAll();
    request.onsuccess = () => {
      const packs = new Map<string, Annotation[]>();
      for (const annotation of request.result as Annotation[]) {
        // An article key that is not a string (a damaged record) cannot key a pack: kept under '' so nothing is
        // lost; the read edge repairs or leaves it out as before.
        const key = typeof annotation?.articleKey === 'string' ? annotation.articleKey : '';
        const list = packs.get(key);
        if (list) list.push(annotation);
        else packs.set(key, [annotation]);
      }
      const target = raw.objectStore('notes');
      // v5's packs carry their ids for its `ids` index (v6 ignores them).
      for (const [key, annotations] of packs) {
        const ids = annotations.map((a) => a?.id).filter((id): id is string => typeof id === 'string');
        target.add({ ...notePack(key, annotations), ids });
      }
      raw.db.deleteObjectStore('annotations');
    };
  },
  function directNoteIds(db, tx) {
    db.createObjectStore('noteIds');
    const raw = unwrap(tx);
    const notes = raw.objectStore('notes');
    // Coming from v4, the previous migration adds the packs in a request callback, after this function has run:
    // a first request here succeeds after that callback (requests finish in order), so the read it then issues
    // queues behind those adds and sees every pack.
    notes.count().onsuccess = () => {
      const read = notes.getAll();
      read.onsuccess = () => {
        const buckets = new Map<number, IdBucket>();
        for (const pack of read.result as NotePack[]) {
          if (typeof pack?.articleKey !== 'string') continue;
          for (const a of packedAnnotations(pack) as Annotation[]) {
            if (typeof a?.id !== 'string') continue;
            const b = noteIdBucket(a.id);
            const bucket = buckets.get(b) ?? new Map<string, string>();
            buckets.set(b, bucket);
            // v5's unique index let no id into two packs; should one be there twice anyway, the first pack keeps it.
            if (!bucket.has(a.id)) bucket.set(a.id, pack.articleKey);
          }
        }
        const target = raw.objectStore('noteIds');
        for (const [b, bucket] of buckets) target.put(bucket, b);
        notes.deleteIndex('ids');
      };
    };
  },
];
