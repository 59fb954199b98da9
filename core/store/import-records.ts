// The import write: validated articles and annotations in ONE transaction, all of it or none of it, with progress
// and an abort. Apart from the rest of the store so the library page, which writes imports itself, loads only this.
import { unwrap, type IDBPDatabase } from 'idb';
import type { Annotation, ArticleRecord } from '../types';
import type { LedeSchema } from './schema';
import { writeError } from './write-error';

/** How far {@link importRecords} has got: records handled of `total`, then the commit under way. */
export interface ImportWriteProgress {
  done: number;
  total: number;
  committing: boolean;
}

export interface ImportOutcome {
  imported: number;
  duplicates: number;
  articles: number;
}

/**
 * Which of `keys` the store already holds: one `getAllKeys` over the range the keys span (string keys only; any
 * other key is left for `add` to refuse, which aborts the import).
 */
async function storedKeysAmong(
  store: { getAllKeys(range: IDBKeyRange): Promise<IDBValidKey[]> },
  keys: readonly unknown[],
): Promise<Set<unknown>> {
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

/** Resolves when the request succeeds (at once if it already has); rejects with its error (the transaction then aborts). */
function requestDone(request: IDBRequest): Promise<void> {
  if (request.readyState === 'done') return request.error ? Promise.reject(request.error) : Promise.resolve();
  return new Promise((resolve, reject) => {
    request.addEventListener('success', () => resolve());
    request.addEventListener('error', () => reject(request.error));
  });
}

/**
 * Writes articles and annotations in ONE transaction: all of it or none of it.
 * Annotations whose id is already stored are skipped as duplicates (re-importing a file changes nothing);
 * articles already stored keep their record. Aborting `signal` before the transaction commits aborts it:
 * nothing is written, and it rejects with StoreWriteError. `onProgress` hears how many of the records (articles
 * and annotations, duplicates included) the transaction has handled: 0, every {@link WRITE_WINDOW}, and all of
 * them, then `committing` while the browser commits them (nothing is kept until that ends).
 */
export async function importRecords(
  db: IDBPDatabase<LedeSchema>,
  articles: readonly ArticleRecord[],
  annotations: readonly Annotation[],
  signal?: AbortSignal,
  onProgress?: (progress: ImportWriteProgress) => void,
): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { imported: 0, duplicates: 0, articles: 0 };
  const tx = db.transaction(['articles', 'annotations'], 'readwrite');
  // A Cancel with writes in flight fails each of them, and the first failure rejects `done` before the request
  // awaited below fails: handled here so that is not an unhandled rejection (`await tx.done` still throws).
  tx.done.catch(() => undefined);
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
      storedKeysAmong(
        tx.objectStore('articles'),
        articles.map((a) => a.key),
      ),
      storedKeysAmong(
        tx.objectStore('annotations'),
        annotations.map((a) => a.id),
      ),
    ]);
    const articleStore = unwrap(tx.objectStore('articles'));
    const annotationStore = unwrap(tx.objectStore('annotations'));
    const total = articles.length + annotations.length;
    let handled = 0;
    let pending = 0;
    let last: IDBRequest | null = null;
    onProgress?.({ done: 0, total, committing: false });
    // A bounded window of requests in flight: one wait per window costs Chromium nothing, keeps fake-indexeddb
    // (tests, benches), whose cost grows with its queue, from slowing down twofold, and is when progress is told.
    const windowFull = (request: IDBRequest | null): boolean => {
      handled++;
      if (request) last = request;
      if (++pending < WRITE_WINDOW) return false;
      pending = 0;
      return true;
    };
    const waitWindow = async () => {
      if (last) await requestDone(last);
      onProgress?.({ done: handled, total, committing: false });
    };
    for (const article of articles) {
      let request: IDBRequest | null = null;
      if (!articleKeys.has(article.key)) {
        articleKeys.add(article.key);
        outcome.articles++;
        request = articleStore.add(article);
      }
      if (windowFull(request)) await waitWindow();
    }
    for (const annotation of annotations) {
      let request: IDBRequest | null = null;
      if (annotationKeys.has(annotation.id)) outcome.duplicates++;
      else {
        annotationKeys.add(annotation.id);
        outcome.imported++;
        request = annotationStore.add(annotation);
      }
      if (windowFull(request)) await waitWindow();
    }
    if (last) await requestDone(last);
    onProgress?.({ done: total, total, committing: false });
    onProgress?.({ done: total, total, committing: true });
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
