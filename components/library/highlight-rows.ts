// The library's flat view: every highlight across the articles the search kept, narrowed by the same query
// (colour, tag, and every word of the text in the passage, its note, tags, colour meaning or article title).
import type { LibraryQuery } from '../../core/search';
import type { Annotation, ArticleRecord } from '../../core/types';

export interface HighlightRow {
  annotation: Annotation;
  article: ArticleRecord;
}

/** Lower-case words of a search text, accents kept. */
function wordsOf(text: string | undefined): string[] {
  return (text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

/**
 * The highlights of `articles` (in the order given, the search's order) that match `query`, newest first within
 * an article's place. `meaningOf` names a colour for matching ("evidence"). Pure; never mutates its inputs.
 */
export function highlightRows(
  articles: readonly ArticleRecord[],
  annotationsOf: (key: string) => readonly Annotation[],
  query: LibraryQuery,
  meaningOf: (color: Annotation['body']['color']) => string = (c) => c,
): HighlightRow[] {
  const words = wordsOf(query.text);
  const rows: HighlightRow[] = [];
  for (const article of articles) {
    const list = [...annotationsOf(article.key)].sort((a, b) => b.modified.localeCompare(a.modified));
    for (const annotation of list) {
      const { body } = annotation;
      if (query.colors?.length && !query.colors.includes(body.color)) continue;
      if (query.tags?.length && !query.tags.some((tag) => body.tags.includes(tag))) continue;
      if (words.length) {
        const hay = [annotation.target.selector[0].exact, body.note, ...body.tags, meaningOf(body.color), article.title]
          .join(' ')
          .toLowerCase();
        if (!words.every((w) => hay.includes(w))) continue;
      }
      rows.push({ annotation, article });
    }
  }
  return rows;
}
