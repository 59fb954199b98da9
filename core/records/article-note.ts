// Whether an article record carries the reader's own note: with a highlight, what makes an article "annotated"
// (listed in the library, included in an export of everything).
import type { ArticleRecord } from '../types';

/** Whether the reader wrote a note on the article as a whole (blank notes do not count). */
export function hasArticleNote(article: Pick<ArticleRecord, 'note'>): boolean {
  return !!article.note?.trim();
}
