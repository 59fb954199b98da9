// The notes library's index: the library model (articles, annotations, summaries) with a full-text index over its
// documents, kept current as notes change, and the search that joins them. Results are articles, each with the
// passages that matched; the pieces live in library-model, search-documents and library-search.
import type { Annotation, ArticleRecord, ColorId, Extraction } from '../types';
import { isAnnotated, LibraryModel, type ArticleSummary } from './library-model';
import {
  queryFilters,
  sortResults,
  TextResult,
  MAX_MATCHES,
  type FoundMatches,
  type Hits,
  type LibraryQuery,
  type LibraryResult,
} from './library-search';
import { documentsOf, fieldsOf, highlightDoc, newTermIndex, type SearchDoc } from './search-documents';

/**
 * The library's in-memory model plus a full-text index. Build it from the store's lists (never mutated); keep it
 * current with `addAnnotation` / `removeAnnotation` / `removeArticle`.
 */
export class LibraryIndex {
  private readonly model: LibraryModel;
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
  private indexed = false;

  /** Corrupt records are left out or repaired (see LibraryModel) rather than breaking the whole library page. */
  constructor(articles: readonly ArticleRecord[], annotations: readonly Annotation[]) {
    this.model = new LibraryModel(articles, annotations);
  }

  /** All documents of every article, in article order. */
  private allDocuments(extractions?: ReadonlyMap<string, Extraction>): SearchDoc[] {
    const all: SearchDoc[] = [];
    for (const key of this.model.keys()) {
      for (const d of documentsOf(
        this.model.articles.get(key) ?? null,
        this.model.annotationsOf(key),
        extractions?.get(key) ?? null,
      ))
        all.push(d);
    }
    return all;
  }

  /** Fills the full-text index. Separate from construction so a page can list articles before indexing. */
  buildIndex(extractions?: ReadonlyMap<string, Extraction>): void {
    for (const d of this.allDocuments(extractions)) this.index(d);
    this.indexed = true;
  }

  /** Like buildIndex, but yields between chunks so a page stays responsive while indexing. */
  async buildIndexAsync(extractions?: ReadonlyMap<string, Extraction>, chunkSize = 2_000): Promise<void> {
    const all = this.allDocuments(extractions);
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
    this.docAnnotation[no] =
      d.kind === 'highlight' ? this.model.annotationsByArticle.get(d.articleKey)?.get(d.id) : undefined;
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

  /** Adds or replaces an annotation (a save or an undo). */
  addAnnotation(a: Annotation): void {
    this.removeAnnotation(a.id);
    this.model.put(a);
    if (!this.indexed) return;
    this.index(highlightDoc(a));
  }

  /** Adds or replaces an article record. */
  addArticle(article: ArticleRecord): void {
    this.model.setArticle(article);
    if (!this.indexed) return;
    const [doc] = documentsOf(article, [], null);
    this.index(doc!);
  }

  /** Indexes an article's facts and quotes (replacing earlier ones), e.g. once its extraction has been fetched. */
  addExtraction(key: string, extraction: Extraction): void {
    if (!this.indexed) return;
    for (const [id, d] of this.docs)
      if (d.articleKey === key && (d.kind === 'fact' || d.kind === 'quote')) this.unindex(id);
    const article = this.model.articles.get(key);
    if (!article) return;
    const docs = documentsOf(article, [], extraction).filter((d) => d.kind !== 'title');
    for (const d of docs) this.index(d);
  }

  removeAnnotation(id: string): void {
    this.model.deleteAnnotation(id, this.docs.get(id)?.articleKey);
    if (this.indexed) this.unindex(id);
  }

  /** Removes an article with its highlights, facts and quotes. */
  removeArticle(key: string): void {
    const ids = this.model.deleteArticle(key);
    if (!this.indexed) return;
    for (const id of ids) this.unindex(id);
    for (const [id, d] of this.docs) if (d.articleKey === key && d.kind !== 'highlight') this.unindex(id);
  }

  /** The annotations of one article, in insertion order (page order is the caller's choice). */
  annotationsOf(key: string): Annotation[] {
    return this.model.annotationsOf(key);
  }

  article(key: string): ArticleRecord | null {
    return this.model.article(key);
  }

  /** The summary of one article, or null when it has neither a record nor annotations. */
  summary(key: string): ArticleSummary | null {
    return this.model.summary(key);
  }

  /** Every distinct tag, site and colour in the library, for the filter menus. */
  facets(): { tags: string[]; sites: string[]; colors: ColorId[] } {
    return this.model.facets();
  }

  /**
   * Annotated articles (a highlight or an article note, see `isAnnotated`) matching the query, sorted. Without text,
   * every such article passing the filters; with text, those having a matching passage (highlight, note, title with
   * the article note, fact, quote), each with its matches. Tag and colour filters keep highlights that carry them; a
   * title, fact or quote match counts only if the article has such a highlight.
   */
  search(query: LibraryQuery): LibraryResult[] {
    const text = query.text?.trim() ?? '';
    const { passes, articleOk } = queryFilters(query, this.model);
    const list: LibraryResult[] = [];
    const firstWord = text.toLowerCase().split(/\s+/)[0] ?? '';
    if (!text) {
      for (const key of this.model.keys()) {
        const s = this.model.summary(key);
        // The library lists articles the reader annotated; a merely visited article has a record but no notes.
        if (s && isAnnotated(s) && articleOk(s)) list.push({ summary: s, score: 0, matches: [] });
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
          const s = this.model.summary(doc.articleKey);
          if (!s || !isAnnotated(s) || !articleOk(s)) {
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
    return {
      nos: found.docs,
      scores: found.scores,
      tables: { docs: this.byNo, annotations: this.docAnnotation, slots: this.docSlot },
    };
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
      annotations.push(
        doc.kind === 'highlight' ? this.model.annotationsByArticle.get(doc.articleKey)?.get(doc.id) : undefined,
      );
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
    else
      for (const key of this.model.keys())
        for (const d of documentsOf(this.model.articles.get(key) ?? null, this.model.annotationsOf(key), null))
          consider(d);
    return out;
  }
}
