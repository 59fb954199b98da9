// The library's records as it lists them: articles (repaired for display) and their annotations, a summary per
// article kept current as notes change, and the facets the filter menus offer. No search here.
import { siteLabel } from '../article/site-label';
import type { Annotation, ArticleRecord, ColorId } from '../types';
import { hasArticleNote, placeholderArticle } from '../records';

/**
 * Whether the library lists an article: the reader annotated it, with a highlight or with a note on the article as
 * a whole. A merely visited article has a record and neither.
 */
export function isAnnotated(s: ArticleSummary): boolean {
  return s.highlightCount > 0 || hasArticleNote(s.article);
}

/** An article as the library lists it. */
export interface ArticleSummary {
  article: ArticleRecord;
  site: string;
  highlightCount: number;
  noteCount: number;
  tags: string[];
  colors: ColorId[];
}

/**
 * Articles and annotations by article, built from the store's lists (never mutated). The records are trusted as
 * typed: the store repairs them where they are read (core/records), so a corrupt one never reaches here.
 */
export class LibraryModel {
  readonly articles = new Map<string, ArticleRecord>();
  readonly annotationsByArticle = new Map<string, Map<string, Annotation>>();
  /** Summaries are recomputed only for articles that changed: filtering 10,000 articles must not rebuild them all. */
  private readonly summaries = new Map<string, ArticleSummary | null>();

  constructor(articles: readonly ArticleRecord[], annotations: readonly Annotation[]) {
    for (const a of articles) this.articles.set(a.key, a);
    for (const a of annotations) this.put(a);
  }

  /** Adds or replaces an annotation under its article. */
  put(a: Annotation): void {
    this.summaries.delete(a.articleKey);
    let m = this.annotationsByArticle.get(a.articleKey);
    if (!m) this.annotationsByArticle.set(a.articleKey, (m = new Map()));
    m.set(a.id, a);
  }

  /** Adds or replaces an article record. */
  setArticle(article: ArticleRecord): void {
    this.articles.set(article.key, article);
    this.summaries.delete(article.key);
  }

  /** Removes an annotation, looking first under `articleKey` when known; returns whether there was one. */
  deleteAnnotation(id: string, articleKey: string | undefined): boolean {
    const owner = articleKey === undefined ? undefined : this.annotationsByArticle.get(articleKey);
    if (owner?.delete(id)) {
      this.summaries.delete(articleKey!);
      return true;
    }
    for (const [key, m] of this.annotationsByArticle) {
      if (m.delete(id)) {
        this.summaries.delete(key);
        return true;
      }
    }
    return false;
  }

  /** Removes an article's record and annotations; returns the ids of the annotations it had. */
  deleteArticle(key: string): string[] {
    const ids = [...(this.annotationsByArticle.get(key)?.keys() ?? [])];
    this.articles.delete(key);
    this.summaries.delete(key);
    this.annotationsByArticle.delete(key);
    return ids;
  }

  /** Every article key, with a record or annotations (each once), without building a set of 10,000 keys. */
  *keys(): Generator<string> {
    yield* this.articles.keys();
    for (const key of this.annotationsByArticle.keys()) if (!this.articles.has(key)) yield key;
  }

  /** The annotations of one article, in insertion order (page order is the caller's choice). */
  annotationsOf(key: string): Annotation[] {
    return [...(this.annotationsByArticle.get(key)?.values() ?? [])];
  }

  article(key: string): ArticleRecord | null {
    return this.articles.get(key) ?? null;
  }

  /** The summary of one article, or null when it has neither a record nor annotations. */
  summary(key: string): ArticleSummary | null {
    let s = this.summaries.get(key);
    if (s === undefined) this.summaries.set(key, (s = this.computeSummary(key)));
    return s;
  }

  private computeSummary(key: string): ArticleSummary | null {
    const anns = this.annotationsByArticle.get(key);
    const article = this.articles.get(key);
    if (!article && !anns?.size) return null;
    const record = article ?? placeholderArticle(key, anns!.values().next().value!);
    const tags = new Set<string>();
    const colors = new Set<ColorId>();
    let notes = 0;
    for (const a of anns?.values() ?? []) {
      for (const t of a.body.tags) tags.add(t);
      colors.add(a.body.color);
      if (a.body.note.trim()) notes++;
    }
    return {
      article: record,
      site: siteLabel(record),
      highlightCount: anns?.size ?? 0,
      noteCount: notes,
      tags: [...tags],
      colors: [...colors],
    };
  }

  /** Every distinct tag, site and colour in the library, for the filter menus. */
  facets(): { tags: string[]; sites: string[]; colors: ColorId[] } {
    const tags = new Set<string>();
    const sites = new Set<string>();
    const colors = new Set<ColorId>();
    for (const key of this.keys()) {
      const s = this.summary(key);
      if (!s) continue;
      if (s.site) sites.add(s.site);
      for (const t of s.tags) tags.add(t);
      for (const c of s.colors) colors.add(c);
    }
    return { tags: [...tags].sort(), sites: [...sites].sort(), colors: [...colors] };
  }
}
