// The IndexedDB schema and its migrations. Each migration upgrades one version to the next and must keep all data.
import type { IDBPDatabase, IDBPTransaction, DBSchema, StoreNames } from 'idb';
import type { Annotation, ArticleRecord, Extraction } from '../types';

export const DB_NAME = 'lede';
/** The current schema version. Raise it only together with a new entry in MIGRATIONS. */
export const DB_VERSION = 3;

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
}

/** The text of an article as first read, gzip-compressed (core/revisions), for "changed since you read it". */
export interface ReadingCopyRecord {
  articleKey: string;
  readAt: string;
  /** gzip of the ReadingCopy JSON. */
  bytes: Uint8Array;
}

type UpgradeTx = IDBPTransaction<LedeSchema, StoreNames<LedeSchema>[], 'versionchange'>;
type Migration = (db: IDBPDatabase<LedeSchema>, tx: UpgradeTx) => void;

/**
 * MIGRATIONS[n] upgrades a database at version n to version n + 1.
 * v0 → v1: articles by canonical URL, annotations by id with an index on their article.
 * v1 → v2: the extraction cache, and indexes the notes library filters on (modified, tags, colour).
 * v2 → v3 (notes branch, issue 15): reading copies, the compressed text of each article as first read.
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
];
