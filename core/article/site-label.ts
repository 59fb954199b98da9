// The site an article is shown under: a label for readers (lists, filters, exports), not a decision about who owns
// a page. Ownership (which pages may name each other, whose notes a page may touch) is `siteOf` in site-owner.ts, by
// the Public Suffix List; this label needs no list, so pages that only show articles do not carry one.
import type { ArticleRecord } from '../types';

/**
 * The site's own name when the page declared one (`og:site_name`), else the URL's host without a leading "www.",
 * or "" when the URL is not one. Pure.
 */
export function siteLabel(article: Pick<ArticleRecord, 'siteName' | 'url'>): string {
  if (article.siteName) return article.siteName;
  try {
    return new URL(article.url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/**
 * An article's address as a reader tells two apart: host without "www.", path and a `#!`/`#/` route, no scheme, query
 * or trailing slash ("news.example/2024/05/story"). Longer than `max` characters, its middle gives way to "…" (host
 * and the path's end are what differ). The URL itself when it does not parse. Pure.
 */
export function addressLabel(url: string, max = 60): string {
  let s = url;
  try {
    const u = new URL(url);
    const route = /^#[!/]/.test(u.hash) ? u.hash : '';
    s = `${u.hostname.replace(/^www\./, '')}${route ? u.pathname : u.pathname.replace(/\/$/, '')}${route}`;
  } catch {
    // not a URL: shown as it is, shortened the same way
  }
  if (s.length <= max) return s;
  const head = Math.ceil((max - 1) / 2);
  return `${s.slice(0, head)}…${s.slice(s.length - (max - 1 - head))}`;
}
