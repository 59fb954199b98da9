// What the library searches: the documents of one article (its title, its highlights with their notes and tags, its
// facts and quotes) and the settings of the term index that holds them.
import { siteLabel } from '../article/site-label';
import type { Annotation, ArticleRecord, Extraction } from '../types';
import { TermIndex } from './term-index';

export type DocKind = 'highlight' | 'title' | 'fact' | 'quote';

/** One searchable thing. Highlights carry their note and tags; titles, facts and quotes belong to an article. */
export interface SearchDoc {
  id: string;
  kind: DocKind;
  articleKey: string;
  text: string;
  note: string;
  tags: string;
}

/**
 * Words too common to narrow a search. Left in the index they match nearly every document, and scoring every
 * document is what makes an inverted index slower than a plain scan (measured in bench/library.bench.ts).
 */
const STOP_WORDS = new Set(
  'a an and are as at be but by for from has have he her his i in is it its of on or she that the their they this to was were will with you'.split(
    ' ',
  ),
);

function processTerm(term: string): string | null {
  const t = term.toLowerCase();
  return STOP_WORDS.has(t) ? null : t;
}

/**
 * Every query word must match (AND); prefix matching only for the word being typed (the last one); fuzzy only for
 * long words, where a typo is likely, and only when nothing matched exactly (see TermIndex.search).
 */
export function newTermIndex(): TermIndex {
  // Boosts for text, note, tags.
  return new TermIndex({ processTerm, boosts: [1, 1.2, 1.5] });
}

export const fieldsOf = (d: SearchDoc) => [d.text, d.note, d.tags];

/** The searchable documents of one article (title, facts, quotes) and of its highlights. */
export function documentsOf(
  article: ArticleRecord | null,
  annotations: readonly Annotation[],
  extraction: Extraction | null,
): SearchDoc[] {
  const docs: SearchDoc[] = [];
  if (article)
    docs.push({
      id: `t|${article.key}`,
      kind: 'title',
      articleKey: article.key,
      text: `${article.title} ${article.byline ?? ''} ${siteLabel(article)}`,
      // The reader's note on the whole article is found with the article (it has no passage of its own).
      note: article.note ?? '',
      tags: '',
    });
  for (const a of annotations) docs.push(highlightDoc(a));
  if (article && extraction) {
    for (const [i, f] of extraction.facts.entries()) {
      docs.push({
        id: `f|${article.key}|${i}`,
        kind: 'fact',
        articleKey: article.key,
        text: f.text,
        note: '',
        tags: '',
      });
    }
    for (const [i, q] of extraction.quotes.entries()) {
      docs.push({
        id: `q|${article.key}|${i}`,
        kind: 'quote',
        articleKey: article.key,
        text: `${q.text} ${q.speaker ?? ''}`,
        note: '',
        tags: '',
      });
    }
  }
  return docs;
}

export function highlightDoc(a: Annotation): SearchDoc {
  return {
    id: a.id,
    kind: 'highlight',
    articleKey: a.articleKey,
    text: a.target.selector[0].exact,
    note: a.body.note,
    tags: a.body.tags.join(' '),
  };
}
