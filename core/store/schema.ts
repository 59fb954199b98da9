// The IndexedDB schema and its migrations. Each migration upgrades one version to the next and must keep all data.
import { unwrap, type IDBPDatabase, type IDBPTransaction, type DBSchema, type StoreNames } from 'idb';
import type { Annotation, ArticleRecord, Extraction } from '../types';
import type { Tombstone } from '../vault/merge';

export const DB_NAME = 'lede';
/** The current schema version. Raise it only together with a new entry in MIGRATIONS. */
export const DB_VERSION = 5;

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
   * annotations as 10,000 packs write in a fraction of the time). The unique multiEntry index `ids` finds the
   * pack of an annotation by its id and refuses an id stored twice, in any two packs.
   */
  notes: { key: string; value: NotePack; indexes: { ids: string } };
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
 * An article's annotations, kept together. `ids` lists the annotations' ids (for the unique `ids` index); it is
 * written only by {@link notePack}, so it always matches `annotations`. A pack is deleted with its last annotation.
 */
export interface NotePack {
  articleKey: string;
  annotations: Annotation[];
  ids: string[];
}

/** The pack of `articleKey` holding `annotations` (as given: repair happens where records are read). */
export function notePack(articleKey: string, annotations: Annotation[]): NotePack {
  const ids: string[] = [];
  for (const a of annotations) if (typeof a?.id === 'string') ids.push(a.id);
  return { articleKey, annotations, ids };
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
    notes.createIndex('ids', 'ids', { unique: true, multiEntry: true });
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
      for (const [key, annotations] of packs) target.add(notePack(key, annotations));
      raw.db.deleteObjectStore('annotations');
    };
  },
];
