// The library's first screen, read by the page itself from Lede's database as soon as the page's script runs: the
// newest annotated articles with their highlights (core/search `readRecentArticles`). Asking the background instead
// waited for the page's effects, which run after the first paint (36-245 ms after DOMContentLoaded in Chromium on a
// loaded machine), and for a service worker that may have been stopped while the page itself wrote an import.
import { readRecentArticles, type RecentArticles } from '../../core/search';
import { openLedeDb } from '../../core/store/open-db';
import { sendToBackground } from '../../lib/runtime-messages';

/**
 * Reads the `limit` newest annotated articles straight from IndexedDB on `factory`, closing the connection after;
 * where the page cannot read the database itself (a browser refusing IndexedDB to the page, a failed open) asks the
 * background instead. Resolves to null when neither answers. Read-only.
 */
export async function readFirstScreen(limit: number, factory: IDBFactory = indexedDB): Promise<RecentArticles | null> {
  try {
    const db = await openLedeDb(factory);
    try {
      return await readRecentArticles(db, limit);
    } finally {
      db.close();
    }
  } catch {
    // The page's own read failed; the background's path below is the one every other page uses.
  }
  const recent = await sendToBackground('listRecentArticles', { limit });
  return recent.ok ? recent : null;
}
