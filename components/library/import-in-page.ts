// Writes an import file's validated records from the library's own context (its import worker, import-worker.ts, or
// the page itself), in one transaction, with progress and a Cancel that keeps nothing, then has the background told
// which articles it touched so their tabs repaint (lib/messaging.ts `notesImported`). The records never cross a
// message to the background: in Chromium at 100,000 highlights, staging them there took 4-17 s of the import.
// The store's modules one by one, not its index: LedeStore brings the Public Suffix List (site-owner), 280 KB the
// library page would parse before its first row for nothing.
import { importRecords, type ImportOutcome } from '../../core/store/import-records';
import { openLedeDb } from '../../core/store/open-db';
import { StoreWriteError } from '../../core/store/write-error';
import type { Annotation, ArticleRecord } from '../../core/types';

export interface ImportProgress {
  /** `writing`: records going into the transaction; `committing`: the browser storing them (all or nothing). */
  phase: 'writing' | 'committing';
  /** Records (articles and annotations) written so far. */
  done: number;
  total: number;
}

export type PageImportOutcome = ({ ok: true } & ImportOutcome) | { ok: false; reason: string; cancelled?: true };

export interface PageImportOptions {
  onProgress(progress: ImportProgress): void;
  /** Aborting it cancels the import: the transaction is aborted and nothing of it is kept. */
  signal: AbortSignal;
  /** The IndexedDB to write to (the page's own; tests pass fake-indexeddb's). */
  factory?: IDBFactory;
  /**
   * Tells the background which articles changed (the page: the `notesImported` message; the import worker, which
   * has no messaging, hands them back to the page to tell).
   */
  announce: (articleKeys: string[]) => Promise<unknown>;
}

/**
 * Writes `records` (already validated by core/import's `readImportFile`) in one transaction of Lede's database.
 * Resolves with the outcome, `{ ok: false, cancelled: true }` when `signal` aborted it before the commit (nothing
 * was written), or `{ ok: false, reason }` when the write failed (nothing was written either).
 */
export async function importInPage(
  records: { articles: readonly ArticleRecord[]; annotations: readonly Annotation[] },
  { onProgress, signal, factory = indexedDB, announce }: PageImportOptions,
): Promise<PageImportOutcome> {
  const cancelled = (): PageImportOutcome => ({ ok: false, cancelled: true, reason: 'cancelled' });
  if (signal.aborted) return cancelled();
  const db = await openLedeDb(factory);
  let outcome: ImportOutcome;
  // The store says "all written" and "committing" in one breath; the commit is told a task later, so the bar shows
  // its full count before "Saving…", and this resolves only after that, so the bar cannot come back once gone.
  let committingTold: Promise<void> = Promise.resolve();
  try {
    outcome = await importRecords(db, records.articles, records.annotations, signal, (p) => {
      if (!p.committing) return onProgress({ phase: 'writing', done: p.done, total: p.total });
      committingTold = new Promise((resolve) =>
        setTimeout(() => {
          onProgress({ phase: 'committing', done: p.done, total: p.total });
          setTimeout(resolve, 0);
        }, 0),
      );
    });
  } catch (err) {
    if (signal.aborted) return cancelled();
    if (err instanceof StoreWriteError) return { ok: false, reason: err.reason };
    throw err;
  } finally {
    // The page keeps no connection open: one would hold back a later version's upgrade in the background.
    db.close();
    await committingTold;
  }
  // Written and committed; the repaint is a courtesy, so a background that does not answer loses nothing.
  await announce([...new Set(records.annotations.map((a) => a.articleKey))]).catch(() => undefined);
  return { ok: true, ...outcome };
}
