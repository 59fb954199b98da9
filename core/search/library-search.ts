// Queries over the library: their types, the filters an article and a highlight must pass, results whose matches
// are made only when read (a screenful is shown, thousands may match), and sorting.
import type { Annotation, ColorId } from '../types';
import type { LibraryModel, ArticleSummary } from './library-model';
import type { DocKind, SearchDoc } from './search-documents';

export type SortOrder = 'relevance' | 'newest' | 'oldest' | 'title' | 'most';

export interface LibraryQuery {
  text?: string | undefined;
  tags?: readonly string[] | undefined;
  colors?: readonly ColorId[] | undefined;
  sites?: readonly string[] | undefined;
  /** Inclusive ISO date (or timestamp) bounds on when the article was read (lastSeen). */
  from?: string | undefined;
  to?: string | undefined;
  sort?: SortOrder | undefined;
}

/** A passage that matched the text query. */
export interface SearchMatch {
  kind: DocKind;
  /** The annotation's id for highlights, else null. */
  annotationId: string | null;
  text: string;
  score: number;
}

export interface LibraryResult {
  summary: ArticleSummary;
  score: number;
  matches: SearchMatch[];
}

/** The filters of a query: for one highlight, and for an article (its summary settles most of it). */
export interface QueryFilters {
  passes(a: Annotation): boolean;
  articleOk(s: ArticleSummary): boolean;
}

export function queryFilters(query: LibraryQuery, model: LibraryModel): QueryFilters {
  const tagSet = query.tags?.length ? new Set(query.tags) : null;
  const colorSet = query.colors?.length ? new Set(query.colors) : null;
  const siteSet = query.sites?.length ? new Set(query.sites) : null;
  const passes = (a: Annotation) =>
    (!tagSet || a.body.tags.some((t) => tagSet.has(t))) && (!colorSet || colorSet.has(a.body.color));
  const articleOk = (s: ArticleSummary) => {
    if (siteSet && !siteSet.has(s.site)) return false;
    const read = s.article.lastSeen;
    if (query.from && read < query.from) return false;
    if (query.to && read.slice(0, query.to.length) > query.to) return false;
    // The summary knows the article's tags and colours: that settles one filter, and rules most articles out
    // before their annotations are looked at for both (an annotation with the tag and the colour).
    if (tagSet && !s.tags.some((t) => tagSet.has(t))) return false;
    if (colorSet && !s.colors.some((c) => colorSet.has(c))) return false;
    if (tagSet && colorSet) {
      for (const a of model.annotationsByArticle.get(s.article.key)?.values() ?? []) if (passes(a)) return true;
      return false;
    }
    return true;
  };
  return { passes, articleOk };
}

/** Matches kept per article for display. */
export const MAX_MATCHES = 3;

/**
 * Search hits: document numbers and scores, and the tables that give, per document number, the document, its
 * annotation (highlights) and its article's slot.
 */
export interface Hits {
  nos: number[];
  scores: number[];
  tables: {
    docs: readonly (SearchDoc | undefined)[];
    annotations: readonly (Annotation | undefined)[];
    slots: readonly number[];
  };
}

/** One search's hits and each article slot's best few (indices into the hits, best first). */
export interface FoundMatches {
  hits: Hits;
  top: Int32Array;
  topCount: Uint8Array;
  firstWord: string;
}

/** A text search's result: its matches are made when first read. */
export class TextResult implements LibraryResult {
  score = 0;
  private made: SearchMatch[] | null = null;

  constructor(
    readonly summary: ArticleSummary,
    private readonly slot: number,
    private readonly found: FoundMatches,
  ) {}

  get matches(): SearchMatch[] {
    if (this.made) return this.made;
    const { hits, top, topCount, firstWord } = this.found;
    const { docs, annotations } = hits.tables;
    const out: SearchMatch[] = [];
    for (let j = 0; j < topCount[this.slot]!; j++) {
      const i = top[this.slot * MAX_MATCHES + j]!;
      const no = hits.nos[i]!;
      const doc = docs[no];
      // Forgotten since the search (deleted): the page is about to search again.
      if (!doc) continue;
      out.push({
        kind: doc.kind,
        annotationId: doc.kind === 'highlight' ? (annotations[no]?.id ?? null) : null,
        text: matchText(doc, firstWord),
        score: hits.scores[i]!,
      });
    }
    return (this.made = out);
  }

  set matches(matches: SearchMatch[]) {
    this.made = matches;
  }
}

/** What to show for a matched document: a highlight's note when the query words are in the note, not the passage. */
function matchText(doc: SearchDoc, firstWord: string): string {
  if (doc.kind !== 'highlight' || !doc.note) return doc.text;
  return doc.text.toLowerCase().includes(firstWord) ? doc.text : doc.note;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sorts results; ties fall back to newest read, then key, so the order is stable. */
export function sortResults(results: LibraryResult[], sort: SortOrder): LibraryResult[] {
  const newest = (a: LibraryResult, b: LibraryResult) =>
    cmp(b.summary.article.lastSeen, a.summary.article.lastSeen) || cmp(a.summary.article.key, b.summary.article.key);
  const by: Record<SortOrder, (a: LibraryResult, b: LibraryResult) => number> = {
    relevance: (a, b) => b.score - a.score || newest(a, b),
    newest,
    oldest: (a, b) => -newest(a, b),
    title: (a, b) => a.summary.article.title.localeCompare(b.summary.article.title) || newest(a, b),
    most: (a, b) => b.summary.highlightCount - a.summary.highlightCount || newest(a, b),
  };
  return results.sort(by[sort]);
}
