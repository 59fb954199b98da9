// The notes library's search: a full-text index (TermIndex) over highlights, notes, titles, facts and quotes, with filters by
// tag, colour, site and date read, and sorting. Results are articles, each with the passages that matched.
import { TermIndex } from './term-index';
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

/**
 * Every query word must match (AND); prefix matching only for the word being typed (the last one); fuzzy only for
 * long words, where a typo is likely, and only when nothing matched exactly (see TermIndex.search).
 */
function newTermIndex(): TermIndex {
  // Boosts for text, note, tags.
  return new TermIndex({ processTerm, boosts: [1, 1.2, 1.5] });
}

const fieldsOf = (d: SearchDoc) => [d.text, d.note, d.tags];

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
  private readonly terms = newTermIndex();
  private readonly docs = new Map<string, SearchDoc>();
  /** Each indexed document's number in `terms`, and back. */
  private readonly docNo = new Map<string, number>();
  private readonly byNo: (SearchDoc | undefined)[] = [];
  /** Per document number: its article's slot and, for a highlight, its annotation. */
  private readonly docSlot: number[] = [];
  private readonly docAnnotation: (Annotation | undefined)[] = [];
  private readonly slots = new Map<string, number>();
  private readonly slotKeys: string[] = [];
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
    for (const d of all) this.index(d);
    this.indexed = true;
  }

  /** Like buildIndex, but yields between chunks so a page stays responsive while indexing. */
  async buildIndexAsync(extractions?: ReadonlyMap<string, Extraction>, chunkSize = 2_000): Promise<void> {
    const all: SearchDoc[] = [];
    for (const key of this.keys()) {
      for (const d of documentsOf(this.articles.get(key) ?? null, [...(this.annotationsByArticle.get(key)?.values() ?? [])], extractions?.get(key) ?? null)) all.push(d);
    }
    for (let i = 0; i < all.length; i += chunkSize) {
      if (i > 0) await new Promise((resolve) => setTimeout(resolve, 0));
      for (const d of all.slice(i, i + chunkSize)) this.index(d);
    }
    this.indexed = true;
  }

  /** Adds a document to the full-text index, replacing one with the same id. */
  private index(d: SearchDoc): void {
    this.unindex(d.id);
    const no = this.terms.add(fieldsOf(d));
    this.docs.set(d.id, d);
    this.docNo.set(d.id, no);
    this.byNo[no] = d;
    this.docSlot[no] = this.slot(d.articleKey);
    this.docAnnotation[no] = d.kind === 'highlight' ? this.annotationsByArticle.get(d.articleKey)?.get(d.id) : undefined;
  }

  private unindex(id: string): boolean {
    const no = this.docNo.get(id);
    this.docs.delete(id);
    if (no === undefined) return false;
    this.docNo.delete(id);
    this.byNo[no] = undefined;
    this.docAnnotation[no] = undefined;
    this.terms.discard(no);
    return true;
  }

  get isIndexed(): boolean {
    return this.indexed;
  }

  /** Every article key, with a record or annotations (each once), without building a set of 10,000 keys. */
  private *keys(): Generator<string> {
    yield* this.articles.keys();
    for (const key of this.annotationsByArticle.keys()) if (!this.articles.has(key)) yield key;
  }

  /** Adds or replaces an annotation (a save or an undo). */
  addAnnotation(a: Annotation): void {
    if (!isExportable(a)) return;
    this.removeAnnotation(a.id);
    this.put(a);
    if (!this.indexed) return;
    this.index(highlightDoc(a));
  }

  /** Adds or replaces an article record. */
  addArticle(article: ArticleRecord): void {
    this.articles.set(article.key, article);
    this.summaries.delete(article.key);
    if (!this.indexed) return;
    const [doc] = documentsOf(article, [], null);
    this.index(doc!);
  }

  /** Indexes an article's facts and quotes (replacing earlier ones), e.g. once its extraction has been fetched. */
  addExtraction(key: string, extraction: Extraction): void {
    if (!this.indexed) return;
    for (const [id, d] of this.docs) if (d.articleKey === key && (d.kind === 'fact' || d.kind === 'quote')) this.unindex(id);
    const article = this.articles.get(key);
    if (!article) return;
    const docs = documentsOf(article, [], extraction).filter((d) => d.kind !== 'title');
    for (const d of docs) this.index(d);
  }

  removeAnnotation(id: string): void {
    const doc = this.docs.get(id);
    const owner = doc ? this.annotationsByArticle.get(doc.articleKey) : undefined;
    if (owner?.delete(id)) this.summaries.delete(doc!.articleKey);
    else for (const [key, m] of this.annotationsByArticle) if (m.delete(id)) {
      this.summaries.delete(key);
      break;
    }
    if (this.indexed) this.unindex(id);
  }

  /** Removes an article with its highlights, facts and quotes. */
  removeArticle(key: string): void {
    this.articles.delete(key);
    this.summaries.delete(key);
    for (const id of this.annotationsByArticle.get(key)?.keys() ?? []) if (this.indexed) this.unindex(id);
    this.annotationsByArticle.delete(key);
    if (!this.indexed) return;
    for (const [id, d] of this.docs) if (d.articleKey === key && d.kind !== 'highlight') this.unindex(id);
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
      // The summary knows the article's tags and colours: that settles one filter, and rules most articles out
      // before their annotations are looked at for both (an annotation with the tag and the colour).
      if (tagSet && !s.tags.some((t) => tagSet.has(t))) return false;
      if (colorSet && !s.colors.some((c) => colorSet.has(c))) return false;
      if (tagSet && colorSet) {
        for (const a of this.annotationsByArticle.get(s.article.key)?.values() ?? []) if (passes(a)) return true;
        return false;
      }
      return true;
    };
    const list: LibraryResult[] = [];
    const firstWord = text.toLowerCase().split(/\s+/)[0] ?? '';
    if (!text) {
      for (const key of this.keys()) {
        const s = this.summary(key);
        // The library lists articles the reader annotated; a merely visited article has a record but no notes.
        if (s && s.highlightCount > 0 && articleOk(s)) list.push({ summary: s, score: 0, matches: [] });
      }
    } else {
      const hits = this.indexed ? this.indexSearch(text) : this.scanHits(text);
      const { docs, annotations, slots } = hits.tables;
      // Per article slot: its result, null once the filters rejected it, and its best few hits (indices into
      // `hits`, best first). A common word has 20,000 hits in 9,000 articles: the loop neither allocates nor looks
      // strings up per hit, and a result makes its matches only when they are read (the page shows one screenful).
      const bySlot: (TextResult | null | undefined)[] = new Array(this.slotKeys.length).fill(undefined);
      const top = new Int32Array(this.slotKeys.length * MAX_MATCHES);
      const topCount = new Uint8Array(this.slotKeys.length);
      const found: FoundMatches = { hits, top, topCount, firstWord };
      for (let i = 0; i < hits.nos.length; i++) {
        const no = hits.nos[i]!;
        const slot = slots[no]!;
        let r = bySlot[slot];
        if (r === null) continue;
        const doc = docs[no]!;
        if (doc.kind === 'highlight') {
          const annotation = annotations[no];
          if (!annotation || !passes(annotation)) continue;
        }
        const score = hits.scores[i]!;
        if (r === undefined) {
          const s = this.summary(doc.articleKey);
          if (!s || s.highlightCount === 0 || !articleOk(s)) {
            bySlot[slot] = null;
            continue;
          }
          r = bySlot[slot] = new TextResult(s, slot, found);
          list.push(r);
        }
        r.score += score;
        const base = slot * MAX_MATCHES;
        let n = topCount[slot]!;
        if (n < MAX_MATCHES || score > hits.scores[top[base + n - 1]!]!) {
          if (n < MAX_MATCHES) topCount[slot] = ++n;
          let j = n - 1;
          while (j > 0 && hits.scores[top[base + j - 1]!]! < score) {
            top[base + j] = top[base + j - 1]!;
            j--;
          }
          top[base + j] = i;
        }
      }
    }
    return sortResults(list, query.sort ?? (text ? 'relevance' : 'newest'));
  }

  /**
   * Exact and prefix matches first; only when they find nothing, a typo-tolerant (fuzzy) search. Fuzzy matching
   * doubles the cost of common words (bench/library.bench.ts) and is only worth paying when it is needed.
   */
  private indexSearch(text: string): Hits {
    let found = this.terms.search(text);
    if (found.docs.length === 0) found = this.terms.search(text, true);
    // In document order (not by score): results are sorted per article afterwards.
    return { nos: found.docs, scores: found.scores, tables: { docs: this.byNo, annotations: this.docAnnotation, slots: this.docSlot } };
  }

  /** The linear scan's hits in the shape the search loop takes. */
  private scanHits(text: string): Hits {
    const nos: number[] = [];
    const scores: number[] = [];
    const docs: SearchDoc[] = [];
    const annotations: (Annotation | undefined)[] = [];
    const slots: number[] = [];
    for (const { doc, score } of this.scan(text)) {
      nos.push(docs.length);
      scores.push(score);
      docs.push(doc);
      annotations.push(doc.kind === 'highlight' ? this.annotationsByArticle.get(doc.articleKey)?.get(doc.id) : undefined);
      slots.push(this.slot(doc.articleKey));
    }
    return { nos, scores, tables: { docs, annotations, slots } };
  }

  /** A small number standing for an article key, so per-article work in a search indexes arrays. */
  private slot(key: string): number {
    let n = this.slots.get(key);
    if (n === undefined) {
      this.slots.set(key, (n = this.slotKeys.length));
      this.slotKeys.push(key);
    }
    return n;
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

/**
 * Search hits: document numbers and scores, and the tables that give, per document number, the document, its
 * annotation (highlights) and its article's slot.
 */
interface Hits {
  nos: number[];
  scores: number[];
  tables: { docs: readonly (SearchDoc | undefined)[]; annotations: readonly (Annotation | undefined)[]; slots: readonly number[] };
}

/** One search's hits and each article slot's best few (indices into the hits, best first). */
interface FoundMatches {
  hits: Hits;
  top: Int32Array;
  topCount: Uint8Array;
  firstWord: string;
}

/** A text search's result: its matches are made when first read. */
class TextResult implements LibraryResult {
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
      out.push({ kind: doc.kind, annotationId: doc.kind === 'highlight' ? (annotations[no]?.id ?? null) : null, text: matchText(doc, firstWord), score: hits.scores[i]! });
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
