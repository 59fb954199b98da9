// The import write: validated articles and annotations in ONE transaction, all of it or none of it, with progress
// and an abort; annotations merged into their articles' packs (schema v5), one record written per article, and their
// ids into the note-id directory (schema v6). Apart from the rest of the store so the library page, which writes
// imports itself, loads only this.
import { unwrap, type IDBPDatabase } from 'idb';
import type { Annotation, ArticleRecord } from '../types';
import { NoteIdDirectory } from './note-ids';
import { notePack, packedAnnotations, type LedeSchema, type NotePack } from './schema';
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

/** Resolves with the request's result; rejects with its error (the transaction then aborts). */
function resultOf<T>(request: IDBRequest<T>): Promise<T> {
  return requestDone(request).then(() => request.result);
}

/** The annotations of `annotations` grouped by article, each group in the order given. */
function byArticle(annotations: readonly Annotation[]): Map<string, Annotation[]> {
  const groups = new Map<string, Annotation[]>();
  for (const a of annotations) {
    const list = groups.get(a.articleKey);
    if (list) list.push(a);
    else groups.set(a.articleKey, [a]);
  }
  return groups;
}

/**
 * Writes articles and annotations in ONE transaction: all of it or none of it. Annotations go into their
 * article's pack (the stored pack read and added to), one write per article, and their ids into the note-id
 * directory (its changed buckets written once, after the packs).
 * Annotations whose id is already stored (under any article) are skipped as duplicates (re-importing a file
 * changes nothing), as are repeats of an id within the file; articles already stored keep their record. Aborting
 * `signal` before the transaction commits aborts it: nothing is written, and it rejects with StoreWriteError.
 * `onProgress` hears how many of the records (articles and annotations, duplicates included) the transaction has
 * handled: 0, about every {@link WRITE_WINDOW}, and all of them, then `committing` while the browser commits them
 * (nothing is kept until that ends).
 */
export async function importRecords(
  db: IDBPDatabase<LedeSchema>,
  articles: readonly ArticleRecord[],
  annotations: readonly Annotation[],
  signal?: AbortSignal,
  onProgress?: (progress: ImportWriteProgress) => void,
): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { imported: 0, duplicates: 0, articles: 0 };
  const tx = db.transaction(['articles', 'notes', 'noteIds'], 'readwrite');
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
    // What IndexedDB could not key (the old one-record-per-annotation store refused it at its write): refused
    // before any request, so nothing is half-issued.
    for (const a of annotations)
      if (typeof a.id !== 'string' || typeof a.articleKey !== 'string')
        throw new DOMException('An annotation has no id or no article to be stored under.', 'DataError');
    const groups = byArticle(annotations);
    const articleStore = unwrap(tx.objectStore('articles'));
    const packStore = unwrap(tx.objectStore('notes'));
    const idStore = unwrap(tx.objectStore('noteIds'));
    // One key read per store, not one per record, and requests issued without awaiting each: in Chromium every
    // awaited request is a round trip. The requests still run in order inside the one transaction; the first
    // that fails aborts it, keeping nothing.
    const [articleKeys, packKeys, bucketCount] = await Promise.all([
      storedKeysAmong(
        tx.objectStore('articles'),
        articles.map((a) => a.key),
      ),
      storedKeysAmong(tx.objectStore('notes'), [...groups.keys()]),
      resultOf(idStore.count()),
    ]);
    // Ids already stored, under any article: the directory's buckets of the incoming ids (at most 1,024 reads,
    // issued together); into an empty directory (a first import) none to read.
    const directory = new NoteIdDirectory(tx.objectStore('noteIds'), tx.objectStore('notes'), bucketCount === 0);
    const stored = new Map<string, NotePack>();
    const [packs] = await Promise.all([
      Promise.all(
        [...groups.keys()]
          .filter((k) => packKeys.has(k))
          .map((k) => resultOf(packStore.get(k) as IDBRequest<NotePack>)),
      ),
      directory.load(annotations.map((a) => a.id)),
    ]);
    for (const pack of packs) if (pack) stored.set(pack.articleKey, pack);

    const total = articles.length + annotations.length;
    let handled = 0;
    let pending = 0;
    let last: IDBRequest | null = null;
    onProgress?.({ done: 0, total, committing: false });
    // A bounded window of records in flight: one wait per window costs Chromium nothing, keeps fake-indexeddb
    // (tests, benches), whose cost grows with its queue, from slowing down, and is when progress is told.
    const windowFull = (records: number, request: IDBRequest | null): boolean => {
      handled += records;
      if (request) last = request;
      pending += records;
      if (pending < WRITE_WINDOW) return false;
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
      if (windowFull(1, request)) await waitWindow();
    }
    for (const [key, incoming] of groups) {
      const pack = stored.get(key);
      const kept = packedAnnotations(pack) as Annotation[];
      const before = kept.length;
      for (const annotation of incoming) {
        if (directory.holder(annotation.id) !== null) outcome.duplicates++;
        else {
          directory.set(annotation.id, key);
          outcome.imported++;
          kept.push(annotation);
        }
      }
      const request = kept.length > before ? packStore.put(notePack(key, kept)) : null;
      if (windowFull(incoming.length, request)) await waitWindow();
    }
    // The directory's changed buckets, after the packs they describe, in the same transaction.
    last = directory.write(idStore) ?? last;
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
