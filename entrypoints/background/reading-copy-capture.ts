// At the reader's first highlight on an article: keep the page as it is now, so "changed since you read it"
// compares with the text the highlight was made on. The background keeps the HTML (a Chrome service worker cannot
// parse it); the next popup or sidebar reads it into the copy (lib/reading-copy-from-page.ts).
import type { LedeStore } from '../../core/store';
import { keepPageAtFirstHighlight } from '../../core/store/reading-copies';
import type { PageSnapshot, Result } from '../../lib/messaging';

export interface CaptureDeps {
  getStore: () => Promise<LedeStore>;
  /** The tab's page as its content script collects it (`collectPage`). */
  collect: (tabId: number) => Promise<Result<PageSnapshot>>;
  /** Whether the reader keeps reading copies at all (the revision setting). */
  keeps: () => Promise<boolean>;
  now: () => Date;
}

/**
 * Keeps the page of `tabId` as read at the first highlight of `articleKey`. Returns whether it was kept: not when
 * copies are off, the tab now shows another article, the page was cut short, or the article has a copy already.
 */
export async function capturePageAtFirstHighlight(
  deps: CaptureDeps,
  tabId: number,
  articleKey: string,
): Promise<boolean> {
  if (!(await deps.keeps())) return false;
  const readAt = deps.now().toISOString();
  const snapshot = await deps.collect(tabId);
  // A cut page would compare as "paragraphs removed" later; the popup's fallback keeps a copy instead.
  if (!snapshot.ok || snapshot.articleKey !== articleKey || snapshot.truncated) return false;
  const { db } = await deps.getStore();
  return keepPageAtFirstHighlight(db, { articleKey, url: snapshot.url, html: snapshot.html, readAt });
}
