// The IndexedDB schema and its migrations. Each migration upgrades one version to the next and must keep all data.
import type { IDBPDatabase, IDBPTransaction, DBSchema, StoreNames } from 'idb';
import type { Annotation, ArticleRecord, Extraction } from '../types';
import type { Tombstone } from '../vault/merge';

export const DB_NAME = 'lede';
/** The current schema version. Raise it only together with a new entry in MIGRATIONS. */
export const DB_VERSION = 4;

/** A cached extraction: valid while the article's text hash is unchanged. */
export interface ExtractionCacheRecord {
  articleKey: string;
  textHash: string;
  extraction: Extraction;
  created: string;
}

export interface LedeSchema extends DBSchema {
  articles: { key: string; value: ArticleRecord; indexes: { lastSeen: string } };
  annotations: {
    key: string;
    value: Annotation;
    indexes: { articleKey: string; modified: string; tags: string; color: string };
  };
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
];
