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
