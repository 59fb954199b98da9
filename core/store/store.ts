// Lede's store: articles, annotations and the extraction cache over one idb database. The clock is passed in.
import { unwrap, type IDBPDatabase } from 'idb';
import type { Annotation, ArticleRecord, Extraction } from '../types';
import type { LedeSchema } from './schema';
import { describeError } from './open-db';

/** A write that did not happen. `reason` is plain words a reader can act on. */
export class StoreWriteError extends Error {
  override name = 'StoreWriteError';
  constructor(
    readonly reason: string,
    override readonly cause?: unknown,
  ) {
    super(reason);
  }
}

export type Clock = () => Date;

export interface ImportOutcome {
  imported: number;
  duplicates: number;
  articles: number;
}

export type ArticleInput = Omit<ArticleRecord, 'firstSeen' | 'lastSeen'>;

/**
 * Which of `keys` the store already holds: one `getAllKeys` over the range the keys span (string keys only; any
 * other key is left for `add` to refuse, which aborts the import).
 */
async function storedKeysAmong(store: { getAllKeys(range: IDBKeyRange): Promise<IDBValidKey[]> }, keys: readonly unknown[]): Promise<Set<unknown>> {
  let min: string | null = null;
  let max: string | null = null;
  for (const k of keys) {
    if (typeof k !== 'string') continue;
    if (min === null || k < min) min = k;
    if (max === null || k > max) max = k;
  }
  if (min === null || max === null) return new Set();
  return new Set(await store.getAllKeys(IDBKeyRange.bound(min, max)));
}

/** Writes issued before waiting for one of them (see `importRecords`). */
const WRITE_WINDOW = 2_000;

/** Resolves when the request succeeds; rejects with its error (the transaction then aborts). */
function requestDone(request: IDBRequest): Promise<void> {
  return new Promise((resolve, reject) => {
    request.addEventListener('success', () => resolve());
    request.addEventListener('error', () => reject(request.error));
  });
}

/** Turns an IndexedDB failure into words a reader can act on. */
function writeError(what: string, err: unknown): StoreWriteError {
  const name = err && typeof err === 'object' && 'name' in err ? String((err as Error).name) : '';
  if (name === 'QuotaExceededError') {
    return new StoreWriteError(`${what}: the browser's storage for Lede is full. Export and delete old notes, then try again.`, err);
  }
  return new StoreWriteError(`${what}: ${describeError(err)}`, err);
}

export class LedeStore {
  constructor(
    readonly db: IDBPDatabase<LedeSchema>,
    private readonly clock: Clock,
  ) {}

  /**
   * Adds or refreshes an article: keeps when it was first seen, sets when it was last seen, and keeps stored
   * metadata where the new report has none.
   */
  async recordArticle(input: ArticleInput): Promise<ArticleRecord> {
    const now = this.clock().toISOString();
    try {
      const tx = this.db.transaction('articles', 'readwrite');
      const existing = await tx.store.get(input.key);
      // A light report (from the content script) must not erase metadata a full extraction found earlier.
      const merged = { ...input } as ArticleInput;
      if (existing) {
        for (const field of ['byline', 'siteName', 'publishedTime', 'lang'] as const) merged[field] = input[field] ?? existing[field];
        if (!input.title) merged.title = existing.title;
      }
      const record: ArticleRecord = { ...merged, firstSeen: existing?.firstSeen ?? now, lastSeen: now };
      await tx.store.put(record);
      await tx.done;
      return record;
    } catch (err) {
      throw writeError('The article could not be saved', err);
    }
  }

  getArticle(key: string): Promise<ArticleRecord | undefined> {
    return this.db.get('articles', key);
  }

  listArticles(): Promise<ArticleRecord[]> {
    return this.db.getAll('articles');
  }

  /** Saves (creates or replaces) an annotation. Resolves only once the transaction has committed. */
  async saveAnnotation(annotation: Annotation): Promise<void> {
    try {
      const tx = this.db.transaction('annotations', 'readwrite');
      await tx.store.put(annotation);
      await tx.done;
    } catch (err) {
      throw writeError('The highlight could not be saved', err);
    }
  }

  getAnnotation(id: string): Promise<Annotation | undefined> {
    return this.db.get('annotations', id);
  }

  /** Deletes an annotation and returns what was deleted (for undo), or null if there was none. */
  async deleteAnnotation(id: string): Promise<Annotation | null> {
    try {
      const tx = this.db.transaction('annotations', 'readwrite');
      const existing = await tx.store.get(id);
      if (existing) await tx.store.delete(id);
      await tx.done;
      return existing ?? null;
    } catch (err) {
      throw writeError('The highlight could not be deleted', err);
    }
  }

  listAnnotations(articleKey: string): Promise<Annotation[]> {
    return this.db.getAllFromIndex('annotations', 'articleKey', articleKey);
  }

  allAnnotations(): Promise<Annotation[]> {
    return this.db.getAll('annotations');
  }

  /** The cached extraction for this article, if it was made from text with the same hash. */
  async getCachedExtraction(articleKey: string, textHash: string): Promise<Extraction | null> {
    const record = await this.db.get('extractions', articleKey);
    return record && record.textHash === textHash ? record.extraction : null;
  }

  /** The newest cached extraction of an article, whatever text it was made from. */
  async getAnyCachedExtraction(articleKey: string): Promise<Extraction | null> {
    return (await this.db.get('extractions', articleKey))?.extraction ?? null;
  }

  async putCachedExtraction(articleKey: string, textHash: string, extraction: Extraction): Promise<void> {
    try {
      await this.db.put('extractions', { articleKey, textHash, extraction, created: this.clock().toISOString() });
    } catch (err) {
      throw writeError('The extraction could not be cached', err);
    }
  }

  /**
   * Writes articles and annotations in ONE transaction: all of it or none of it.
   * Annotations whose id is already stored are skipped as duplicates (re-importing a file changes nothing);
   * articles already stored keep their record. Aborting `signal` before the transaction commits aborts it:
   * nothing is written, and it rejects with StoreWriteError.
   */
  async importRecords(articles: ArticleRecord[], annotations: Annotation[], signal?: AbortSignal): Promise<ImportOutcome> {
    const outcome: ImportOutcome = { imported: 0, duplicates: 0, articles: 0 };
    const tx = this.db.transaction(['articles', 'annotations'], 'readwrite');
    const abort = () => {
      try {
        tx.abort();
      } catch {
        // Already committed or aborted: too late to cancel, or nothing left to undo.
      }
    };
    try {
      signal?.throwIfAborted();
      signal?.addEventListener('abort', abort, { once: true });
      // One key read per store, not one per record, and writes issued without awaiting each: in Chromium every
      // awaited request is a round trip, and 200,000 of them were most of a 100,000-annotation import. The
      // requests still run in order inside the one transaction; the first that fails aborts it, keeping nothing.
      const [articleKeys, annotationKeys] = await Promise.all([
        storedKeysAmong(tx.objectStore('articles'), articles.map((a) => a.key)),
        storedKeysAmong(tx.objectStore('annotations'), annotations.map((a) => a.id)),
      ]);
      const articleStore = unwrap(tx.objectStore('articles'));
      const annotationStore = unwrap(tx.objectStore('annotations'));
      for (const article of articles) {
        if (articleKeys.has(article.key)) continue;
        articleKeys.add(article.key);
        articleStore.add(article);
        outcome.articles++;
      }
      let pending = 0;
      for (const annotation of annotations) {
        if (annotationKeys.has(annotation.id)) {
          outcome.duplicates++;
          continue;
        }
        annotationKeys.add(annotation.id);
        const request = annotationStore.add(annotation);
        outcome.imported++;
        // A bounded window of requests in flight: one wait per window costs Chromium nothing, and keeps
        // fake-indexeddb (tests, benches), whose cost grows with its queue, from slowing down twofold.
        if (++pending === WRITE_WINDOW) {
          pending = 0;
          await requestDone(request);
        }
      }
      await tx.done;
      return outcome;
    } catch (err) {
      // A request that throws does not abort the transaction by itself: abort so that nothing is kept.
      try {
        tx.abort();
      } catch {
        // Already aborted or finished by the failure itself; either way nothing was committed.
      }
      tx.done.catch(() => undefined);
      throw writeError('Nothing was imported', err);
    } finally {
      signal?.removeEventListener('abort', abort);
    }
  }

  /** Deletes an article with all its annotations and cached extraction; returns what was deleted (for undo). */
  async deleteArticle(key: string): Promise<{ article: ArticleRecord | null; annotations: Annotation[] }> {
    try {
      const tx = this.db.transaction(['articles', 'annotations', 'extractions'], 'readwrite');
      const article = (await tx.objectStore('articles').get(key)) ?? null;
      const annotations = await tx.objectStore('annotations').index('articleKey').getAll(key);
      await tx.objectStore('articles').delete(key);
      for (const a of annotations) await tx.objectStore('annotations').delete(a.id);
      await tx.objectStore('extractions').delete(key);
      await tx.done;
      return { article, annotations };
    } catch (err) {
      throw writeError('The article could not be deleted', err);
    }
  }
}
