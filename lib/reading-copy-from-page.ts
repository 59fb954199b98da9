// Reads the page kept at the reader's first highlight into a reading copy (core/revisions), in an extension page:
// the background keeps the page's HTML (a Chrome service worker has no DOM parser), the next popup or sidebar
// parses it with the same extraction as the article shown now, so the two compare like with like.
import { extractArticle } from '../core/article/extract-article';
import { extractKeyItems } from '../core/facts';
import { readingCopyOf, type ReadingCopy } from '../core/revisions';
import type { PageAtFirstHighlight } from '../core/revisions/compress';

/**
 * The copy of `page`, dated when the reader first highlighted it, or null when the page no longer reads as an
 * article. `parse` turns HTML into a Document (DOMParser in the browser). Never throws on a hostile page.
 */
export function readingCopyFromPage(
  page: PageAtFirstHighlight,
  maxChars: number,
  parse: (html: string) => Document = (html) => new DOMParser().parseFromString(html, 'text/html'),
): ReadingCopy | null {
  let doc: Document;
  try {
    doc = parse(page.html);
  } catch {
    return null; // unparseable: the caller keeps today's text instead, as before first-highlight copies existed
  }
  const { article } = extractArticle(doc, { url: page.url });
  if (!article) return null;
  const extraction = extractKeyItems({ title: article.title, blocks: article.blocks, lang: article.lang });
  return readingCopyOf({ ...article, canonicalUrl: page.articleKey }, extraction, page.readAt, maxChars);
}
