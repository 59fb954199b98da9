// The one stand-in article record: for notes whose article has no stored record (lost, or never written by an
// older build), for imported notes whose file names no article, and for a repaired record that lost its title.
import type { Annotation, ArticleRecord } from '../types';

/**
 * The title shown for an article known only by its key: the host without "www." and the path ("news.example/a/b"),
 * or the key itself when it is not a URL. Pure.
 */
export function placeholderTitle(key: string): string {
  try {
    const u = new URL(key);
    const host = u.hostname.replace(/^www\./, '');
    return u.pathname === '/' ? host : host + u.pathname;
  } catch {
    return key; // Not a URL: the key itself is the best title there is.
  }
}

/**
 * A stand-in record for the article `key`, made from one of its annotations: the key (the article's canonical URL)
 * as URL, the annotation's creation and modification times as first and last seen, and `title` when one is known
 * (else {@link placeholderTitle}). The key, not the annotation's source, because the key is what every store and
 * import checks as an http(s) address. Pure; never mutates `from`.
 */
export function placeholderArticle(
  key: string,
  from: Pick<Annotation, 'created' | 'modified'>,
  title?: string | null,
): ArticleRecord {
  return {
    key,
    url: key,
    title: title || placeholderTitle(key),
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: null,
    firstSeen: from.created,
    lastSeen: from.modified,
  };
}
