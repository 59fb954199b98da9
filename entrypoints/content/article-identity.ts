// Which article the page shows: its key (never the previous route's on a single-page site whose head lags behind)
// and the summary the background records. Reads the page's head and location; changes only the cached summary.
import { canonicalUrlOf, declaredCanonicals, stripTracking } from '../../core/article/canonical-url';
import { oneLine } from '../../core/article/metadata-values';
import { isProbablyArticle } from '../../core/article/page-checks';
import { MAX_SITE_NAME_CHARS, MAX_TITLE_CHARS } from '../../core/limits';
import type { PageSummary } from '../../lib/messaging';
import { routeOf } from './route-watch';
import type { PageSession } from './session-state';

/** The article key the page's head and location give now. */
export function articleKeyNow({ doc, view, article }: PageSession): string {
  const href = view.location.href;
  const key = canonicalUrlOf(doc, href);
  const route = routeOf(href);
  // A new path whose head still names the previous article (the site has not updated it): the location decides.
  if (article.knownKey && key === article.knownKey && route !== article.keyRoute) return stripTracking(href) ?? route;
  return key;
}

/** The page's summary, made once (the article check runs when first needed, not on page load). */
export const pageSummary = (s: PageSession): PageSummary => (s.article.summary ??= summarize(s));

function summarize(s: PageSession): PageSummary {
  const { doc, view, article } = s;
  const href = view.location.href;
  let isArticle = false;
  try {
    isArticle = isProbablyArticle(doc);
  } catch {
    // A page that breaks DOM prototypes can make the check throw; it is then simply not offered as an article.
  }
  // Read as one line: a declared value with line breaks ("X&#10;&#10;## My note") must not reach a record or export.
  const meta = (property: string) =>
    oneLine(doc.querySelector(`meta[property="${property}"]`)?.getAttribute('content')) || null;
  // The page's own title usually carries the site's name ("Story | Site"); og:title rarely does.
  const title = meta('og:title') || oneLine(doc.title) || href;
  const articleKey = articleKeyNow(s);
  // The declared canonicals go along (unless the head still names the previous route) so the background can decide
  // the key with the Public Suffix List, which the page side does not carry.
  const stale =
    article.knownKey !== null && routeOf(href) !== article.keyRoute && canonicalUrlOf(doc, href) === article.knownKey;
  const declared = stale ? {} : declaredCanonicals(doc);
  return {
    url: href,
    articleKey,
    title: title.slice(0, MAX_TITLE_CHARS),
    siteName: meta('og:site_name')?.slice(0, MAX_SITE_NAME_CHARS) ?? null,
    isArticle,
    ...declared,
  };
}

/** The key for a note made now: after a route change that has not settled yet, never the previous article's. */
export function currentKey(s: PageSession): string {
  if (routeOf(s.view.location.href) !== s.article.keyRoute) return articleKeyNow(s);
  return s.article.summary?.articleKey ?? s.article.knownKey ?? pageSummary(s).articleKey;
}
