// The notes library's search: a MiniSearch index over highlights, notes, titles, facts and quotes, with filters by
// tag, colour, site and date read, and sorting. Results are articles, each with the passages that matched.
import MiniSearch from 'minisearch';
import type { Annotation, ArticleRecord, ColorId, Extraction } from '../types';
import { isExportable, siteOf } from '../export/bundle';

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

/** An article as the library lists it. */
export interface ArticleSummary {
  article: ArticleRecord;
  site: string;
  highlightCount: number;
  noteCount: number;
  tags: string[];
  colors: ColorId[];
}

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

const FIELDS = ['text', 'note', 'tags'] as const;

/**
 * Words too common to narrow a search. Left in the index they match nearly every document, and scoring every
 * document is what makes an inverted index slower than a plain scan (measured in bench/library.bench.ts).
 */
const STOP_WORDS = new Set(
  'a an and are as at be but by for from has have he her his i in is it its of on or she that the their they this to was were will with you'.split(' '),
);

function processTerm(term: string): string | null {
  const t = term.toLowerCase();
  return STOP_WORDS.has(t) ? null : t;
}

function newMiniSearch(): MiniSearch<SearchDoc> {
  return new MiniSearch<SearchDoc>({
    fields: [...FIELDS],
    storeFields: [],
    processTerm,
    searchOptions: {
      processTerm,
      // Prefix matching only for the word being typed (the last one); fuzzy only for long words, where a typo
      // is likely and the edit-distance walk over the index stays cheap.
      prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 2,
      fuzzy: (term) => (term.length >= 6 ? 1 : false),
      maxFuzzy: 1,
      combineWith: 'AND',
      boost: { note: 1.2, tags: 1.5 },
    },
  });
}

/** The searchable documents of one article (title, facts, quotes) and of its highlights. */
export function documentsOf(article: ArticleRecord | null, annotations: readonly Annotation[], extraction: Extraction | null): SearchDoc[] {
  const docs: SearchDoc[] = [];
  if (article) docs.push({ id: `t|${article.key}`, kind: 'title', articleKey: article.key, text: `${article.title} ${article.byline ?? ''} ${siteOf(article)}`, note: '', tags: '' });
  for (const a of annotations) docs.push(highlightDoc(a));
  if (article && extraction) {
    extraction.facts.forEach((f, i) => docs.push({ id: `f|${article.key}|${i}`, kind: 'fact', articleKey: article.key, text: f.text, note: '', tags: '' }));
    extraction.quotes.forEach((q, i) =>
      docs.push({ id: `q|${article.key}|${i}`, kind: 'quote', articleKey: article.key, text: `${q.text} ${q.speaker ?? ''}`, note: '', tags: '' }),
    );
  }
  return docs;
}

function highlightDoc(a: Annotation): SearchDoc {
  return { id: a.id, kind: 'highlight', articleKey: a.articleKey, text: a.target.selector[0].exact, note: a.body.note, tags: a.body.tags.join(' ') };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The library's in-memory model: summaries per article plus a full-text index. Build it from the store's lists
 * (never mutated); keep it current with `addAnnotation` / `removeAnnotation` / `removeArticle`.
 */
export class LibraryIndex {
  private readonly mini = newMiniSearch();
  private readonly docs = new Map<string, SearchDoc>();
  private readonly articles = new Map<string, ArticleRecord>();
  private readonly annotationsByArticle = new Map<string, Map<string, Annotation>>();
  private indexed = false;
  /** Summaries are recomputed only for articles that changed: filtering 10,000 articles must not rebuild them all. */
  private readonly summaries = new Map<string, ArticleSummary | null>();

  /**
   * The store does not re-validate on read: a corrupt record (half-written, edited by hand) is left out or
   * repaired here rather than breaking the whole library page.
   */
  constructor(articles: readonly ArticleRecord[], annotations: readonly Annotation[]) {
    for (const a of articles) {
      const record = usableArticle(a);
      if (record) this.articles.set(record.key, record);
    }
    for (const a of annotations) if (isExportable(a)) this.put(a);
  }

  private put(a: Annotation): void {
    this.summaries.delete(a.articleKey);
    let m = this.annotationsByArticle.get(a.articleKey);
    if (!m) this.annotationsByArticle.set(a.articleKey, (m = new Map()));
    m.set(a.id, a);
  }

  /** Fills the full-text index. Separate from construction so a page can list articles before indexing. */
  buildIndex(extractions?: ReadonlyMap<string, Extraction>): void {
    const all: SearchDoc[] = [];
    for (const key of this.keys()) {
      const docs = documentsOf(this.articles.get(key) ?? null, [...(this.annotationsByArticle.get(key)?.values() ?? [])], extractions?.get(key) ?? null);
      for (const d of docs) all.push(d);
    }
    for (const d of all) this.docs.set(d.id, d);
    this.mini.addAll(all);
    this.indexed = true;
  }

  /** Like buildIndex, but yields between chunks so a page stays responsive while indexing. */
  async buildIndexAsync(extractions?: ReadonlyMap<string, Extraction>, chunkSize = 2_000): Promise<void> {
    const all: SearchDoc[] = [];
    for (const key of this.keys()) {
      for (const d of documentsOf(this.articles.get(key) ?? null, [...(this.annotationsByArticle.get(key)?.values() ?? [])], extractions?.get(key) ?? null)) {
        all.push(d);
        this.docs.set(d.id, d);
      }
    }
    await this.mini.addAllAsync(all, { chunkSize });
    this.indexed = true;
  }

  get isIndexed(): boolean {
    return this.indexed;
  }

  private keys(): Set<string> {
    return new Set([...this.articles.keys(), ...this.annotationsByArticle.keys()]);
  }

  /** Adds or replaces an annotation (a save or an undo). */
  addAnnotation(a: Annotation): void {
    if (!isExportable(a)) return;
    this.removeAnnotation(a.id);
    this.put(a);
    if (!this.indexed) return;
    const doc = highlightDoc(a);
    this.docs.set(doc.id, doc);
    this.mini.add(doc);
  }

  /** Adds or replaces an article record. */
  addArticle(article: ArticleRecord): void {
    this.articles.set(article.key, article);
    this.summaries.delete(article.key);
    if (!this.indexed) return;
    const id = `t|${article.key}`;
    if (this.docs.has(id)) this.mini.discard(id);
    const [doc] = documentsOf(article, [], null);
    this.docs.set(id, doc!);
    this.mini.add(doc!);
  }

  /** Indexes an article's facts and quotes (replacing earlier ones), e.g. once its extraction has been fetched. */
  addExtraction(key: string, extraction: Extraction): void {
    if (!this.indexed) return;
    for (const [id, d] of this.docs) if (d.articleKey === key && (d.kind === 'fact' || d.kind === 'quote')) {
      this.docs.delete(id);
      this.mini.discard(id);
    }
    const article = this.articles.get(key);
    if (!article) return;
    const docs = documentsOf(article, [], extraction).filter((d) => d.kind !== 'title');
    for (const d of docs) this.docs.set(d.id, d);
    this.mini.addAll(docs);
  }

  removeAnnotation(id: string): void {
    const doc = this.docs.get(id);
    const owner = doc ? this.annotationsByArticle.get(doc.articleKey) : undefined;
    if (owner?.delete(id)) this.summaries.delete(doc!.articleKey);
    else for (const [key, m] of this.annotationsByArticle) if (m.delete(id)) {
      this.summaries.delete(key);
      break;
    }
    if (this.indexed && this.docs.delete(id)) this.mini.discard(id);
  }

  /** Removes an article with its highlights, facts and quotes. */
  removeArticle(key: string): void {
    this.articles.delete(key);
    this.summaries.delete(key);
    for (const id of this.annotationsByArticle.get(key)?.keys() ?? []) if (this.indexed && this.docs.delete(id)) this.mini.discard(id);
    this.annotationsByArticle.delete(key);
    if (!this.indexed) return;
    for (const [id, d] of this.docs) if (d.articleKey === key && d.kind !== 'highlight') {
      this.docs.delete(id);
      this.mini.discard(id);
    }
  }

  /** The annotations of one article, in page order is the caller's choice; here in insertion order. */
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
    const record = article ?? placeholder(key, anns!);
    const tags = new Set<string>();
    const colors = new Set<ColorId>();
    let notes = 0;
    for (const a of anns?.values() ?? []) {
      for (const t of a.body.tags) tags.add(t);
      colors.add(a.body.color);
      if (a.body.note.trim()) notes++;
    }
    return { article: record, site: siteOf(record), highlightCount: anns?.size ?? 0, noteCount: notes, tags: [...tags], colors: [...colors] };
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
      s.tags.forEach((t) => tags.add(t));
      s.colors.forEach((c) => colors.add(c));
    }
    return { tags: [...tags].sort(), sites: [...sites].sort(), colors: [...colors] };
  }

  /**
   * Articles with at least one highlight matching the query, sorted. Without text, every such article passing the
   * filters; with text, those having a matching passage (highlight, note, title, fact, quote), each with its matches.
   * Tag and colour filters keep highlights that carry them; a title, fact or quote match counts only if the
   * article has such a highlight.
   */
  search(query: LibraryQuery): LibraryResult[] {
    const text = query.text?.trim() ?? '';
    const tagSet = query.tags?.length ? new Set(query.tags) : null;
    const colorSet = query.colors?.length ? new Set(query.colors) : null;
    const siteSet = query.sites?.length ? new Set(query.sites) : null;
    const passes = (a: Annotation) => (!tagSet || a.body.tags.some((t) => tagSet.has(t))) && (!colorSet || colorSet.has(a.body.color));
    const articleOk = (s: ArticleSummary) => {
      if (siteSet && !siteSet.has(s.site)) return false;
      const read = s.article.lastSeen;
      if (query.from && read < query.from) return false;
      if (query.to && read.slice(0, query.to.length) > query.to) return false;
      if (tagSet || colorSet) return this.annotationsOf(s.article.key).some(passes);
      return true;
    };
    const results = new Map<string, LibraryResult>();
    const lowered = text.toLowerCase();
    if (!text) {
      for (const key of this.keys()) {
        const s = this.summary(key);
        // The library lists articles the reader annotated; a merely visited article has a record but no notes.
        if (s && s.highlightCount > 0 && articleOk(s)) results.set(key, { summary: s, score: 0, matches: [] });
      }
    } else {
      const hits = this.indexed ? this.indexSearch(text) : this.scan(text);
      for (const hit of hits) {
        const doc = hit.doc;
        if (!doc) continue;
        let annotation: Annotation | undefined;
        if (doc.kind === 'highlight') {
          annotation = this.annotationsByArticle.get(doc.articleKey)?.get(doc.id);
          if (!annotation || !passes(annotation)) continue;
        }
        let r = results.get(doc.articleKey);
        if (!r) {
          const s = this.summary(doc.articleKey);
          if (!s || s.highlightCount === 0 || !articleOk(s)) continue;
          results.set(doc.articleKey, (r = { summary: s, score: 0, matches: [] }));
        }
        r.score += hit.score;
        // Only the best few matches are shown; keeping every one of 20,000 hits costs more than the search itself.
        if (r.matches.length < MAX_MATCHES || hit.score > r.matches[r.matches.length - 1]!.score) {
          r.matches.push({ kind: doc.kind, annotationId: annotation?.id ?? null, text: matchText(doc, lowered), score: hit.score });
          r.matches.sort((a, b) => b.score - a.score);
          if (r.matches.length > MAX_MATCHES) r.matches.pop();
        }
      }
    }
    return sortResults([...results.values()], query.sort ?? (text ? 'relevance' : 'newest'));
  }

  /**
   * Exact and prefix matches first; only when they find nothing, a typo-tolerant (fuzzy) search. Fuzzy matching
   * doubles the cost of common words (bench/library.bench.ts) and is only worth paying when it is needed.
   */
  private indexSearch(text: string): { doc: SearchDoc | undefined; score: number }[] {
    let hits = this.mini.search(text, { fuzzy: false });
    if (hits.length === 0) hits = this.mini.search(text);
    return hits.map((h) => ({ doc: this.docs.get(String(h.id)), score: h.score }));
  }

  /** Linear-scan search used before the index is built (and as the bench's baseline): every term, as a substring. */
  scan(text: string): { doc: SearchDoc; score: number }[] {
    const terms = text.toLowerCase().split(/\s+/).filter(Boolean);
    const out: { doc: SearchDoc; score: number }[] = [];
    const consider = (d: SearchDoc) => {
      const hay = `${d.text}\n${d.note}\n${d.tags}`.toLowerCase();
      if (terms.every((t) => hay.includes(t))) out.push({ doc: d, score: 1 });
    };
    if (this.docs.size) for (const d of this.docs.values()) consider(d);
    else for (const key of this.keys()) for (const d of documentsOf(this.articles.get(key) ?? null, this.annotationsOf(key), null)) consider(d);
    return out;
  }
}

/** Matches kept per article for display. */
const MAX_MATCHES = 3;

/** What to show for a matched document: a highlight's note when the query words are in the note, not the passage. */
function matchText(doc: SearchDoc, lowered: string): string {
  if (doc.kind !== 'highlight' || !doc.note) return doc.text;
  const first = lowered.split(/\s+/)[0] ?? '';
  return doc.text.toLowerCase().includes(first) ? doc.text : doc.note;
}

/** An article record with the string fields the library sorts and shows, or null when it has no key. */
function usableArticle(a: ArticleRecord): ArticleRecord | null {
  if (!a || typeof a.key !== 'string') return null;
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  if (typeof a.title === 'string' && typeof a.url === 'string' && typeof a.lastSeen === 'string' && typeof a.firstSeen === 'string') return a;
  return {
    ...a,
    url: str(a.url) ?? a.key,
    title: str(a.title) ?? '',
    firstSeen: str(a.firstSeen) ?? '',
    lastSeen: str(a.lastSeen) ?? str(a.firstSeen) ?? '',
  };
}

function placeholder(key: string, anns: Map<string, Annotation>): ArticleRecord {
  const first = anns.values().next().value as Annotation;
  return { key, url: first.target.source, title: key, byline: null, siteName: null, publishedTime: null, lang: null, firstSeen: first.created, lastSeen: first.modified };
}

/** Sorts results; ties fall back to newest read, then key, so the order is stable. */
export function sortResults(results: LibraryResult[], sort: SortOrder): LibraryResult[] {
  const newest = (a: LibraryResult, b: LibraryResult) => cmp(b.summary.article.lastSeen, a.summary.article.lastSeen) || cmp(a.summary.article.key, b.summary.article.key);
  const by: Record<SortOrder, (a: LibraryResult, b: LibraryResult) => number> = {
    relevance: (a, b) => b.score - a.score || newest(a, b),
    newest,
    oldest: (a, b) => -newest(a, b),
    title: (a, b) => a.summary.article.title.localeCompare(b.summary.article.title) || newest(a, b),
    most: (a, b) => b.summary.highlightCount - a.summary.highlightCount || newest(a, b),
  };
  return results.sort(by[sort]);
}
