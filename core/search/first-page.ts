// The library's first screen straight from the database: the most recently read articles that have notes, with
// their annotations, without loading the whole store (which the full index needs, and which can come after).
import { unwrap, type IDBPDatabase } from 'idb';
import { hasArticleNote, repairAnnotations, repairArticle } from '../records';
import { packedAnnotations, type LedeSchema } from '../store/schema';
import type { Annotation, ArticleRecord } from '../types';

export interface RecentArticles {
  articles: ArticleRecord[];
  annotations: Annotation[];
  /** True when there may be more annotated articles than were returned. */
  more: boolean;
}

/** `IDBIndex.getAllRecords` (Chromium 141+, fake-indexeddb; not yet in TypeScript's DOM types): one request for many. */
interface RecordsIndex {
  getAllRecords(options: { count: number; direction: 'prev' }): IDBRequest<{ value: ArticleRecord }[]>;
}

/** Resolves with the request's result, or rejects with its error. */
const resultOf = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

/**
 * Walks articles newest-read first (the `lastSeen` index) and returns the first `limit` that have annotations or
 * an article note, with those annotations. Reads at most `limit * 20` article records, so a long history of visited-but-unannotated
 * pages cannot make the first screen slow. Read-only.
 *
 * Where the browser has `getAllRecords`, the newest `limit` records come in one request; only when some of them
 * have no notes does it walk the index with a cursor as before (one request per record: what the first screen
 * waited on in Chromium).
 */
export async function readRecentArticles(db: IDBPDatabase<LedeSchema>, limit: number): Promise<RecentArticles> {
  const tx = db.transaction(['articles', 'notes'], 'readonly');
  const packs = tx.objectStore('notes');
  const byDate = tx.objectStore('articles').index('lastSeen');
  const out: RecentArticles = { articles: [], annotations: [], more: false };
  /** Adds the annotated ones of `batch` (their annotations read in parallel, one round trip for the batch). */
  const take = async (batch: readonly ArticleRecord[]) => {
    const lists = await Promise.all(batch.map((a) => packs.get(a.key)));
    for (const [i, pack] of lists.entries()) {
      // The store's read edge: records leave repaired (core/records), those beyond repair left out.
      const annotations = repairAnnotations(packedAnnotations(pack));
      const article = repairArticle(batch[i]);
      // Annotated: a highlight, or a note on the article as a whole (it has no highlight to be found by).
      if (!article || (!annotations.length && !hasArticleNote(article))) continue;
      out.articles.push(article);
      for (const a of annotations) out.annotations.push(a);
    }
  };
  const native = unwrap(byDate) as unknown as Partial<RecordsIndex>;
  if (typeof native.getAllRecords === 'function' && limit > 0) {
    // One more than wanted, to know whether there are more.
    const newest = await resultOf(native.getAllRecords({ count: limit + 1, direction: 'prev' }));
    await take(newest.slice(0, limit).map((r) => r.value));
    if (out.articles.length === limit || newest.length <= limit) {
      out.more = newest.length > limit;
      await tx.done;
      return out;
    }
    // Some of the newest have no notes: start over with the cursor walk, which looks further.
    out.articles = [];
    out.annotations = [];
  }
  let scanned = 0;
  let cursor = await byDate.openCursor(null, 'prev');
  while (cursor && out.articles.length < limit && scanned < limit * 20) {
    // As many candidates as are still wanted, their annotations read in parallel.
    const batch: ArticleRecord[] = [];
    while (cursor && batch.length < limit - out.articles.length && scanned < limit * 20) {
      batch.push(cursor.value);
      scanned++;
      cursor = await cursor.continue();
    }
    await take(batch);
  }
  out.more = cursor !== null;
  await tx.done;
  return out;
}

/** One page of annotations, article by article, and where to continue after (null on the last page). */
export interface AnnotationPage {
  annotations: Annotation[];
  next: string | null;
}

/** Packs read by the first request of a page, before their average size is known: one, so the first cannot overshoot. */
const FIRST_PACKS = 1;

/**
 * Reads whole articles' annotations (packs, in article-key order) after the article `after`, until there are at
 * least `limit` or none are left. Each request after the first asks for as many packs as the average pack size so
 * far says will fit, so a page passes `limit` only by what its last packs hold above that average. `next` is the
 * article key to continue after. Loading the library in pages keeps each message well under Chrome's 64 MiB
 * message limit, which 100,000 annotations in one reply would approach. Read-only.
 */
export async function readAnnotationPage(
  db: IDBPDatabase<LedeSchema>,
  after: string | null,
  limit: number,
): Promise<AnnotationPage> {
  const tx = db.transaction('notes', 'readonly');
  const stored: unknown[] = [];
  let last = after;
  let packs = 0;
  for (;;) {
    // As many packs as should hold what is still wanted, judging by the average so far (a request per batch).
    const wanted = limit - stored.length;
    const count =
      packs === 0
        ? Math.min(FIRST_PACKS, wanted)
        : Math.max(1, Math.floor(wanted / Math.max(1, stored.length / packs)));
    const range = last === null ? undefined : IDBKeyRange.lowerBound(last, true);
    const batch = await tx.store.getAll(range, count);
    for (const pack of batch) for (const a of packedAnnotations(pack)) stored.push(a);
    packs += batch.length;
    if (batch.length) last = batch[batch.length - 1]!.articleKey;
    if (batch.length < count) {
      last = null; // the end of the store
      break;
    }
    if (stored.length >= limit) break;
  }
  await tx.done;
  // Records beyond repair are left out (core/records, the store's read edge).
  return { annotations: repairAnnotations(stored), next: last };
}
