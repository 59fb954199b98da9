// The library's full-text index: MiniSearch's radix tree (SearchableMap) holds the vocabulary, for exact, prefix and
// fuzzy term lookups; each term's postings are compact typed arrays (document number, per-field frequencies) scored
// with BM25 in one pass. MiniSearch's own search builds an object per matching document per term; for a word found
// in a fifth of 100,000 highlights that alone cost more than the 50 ms budget (bench/library.bench.ts). Here a
// common word costs a loop over integers.
import SearchableMap from 'minisearch/SearchableMap';

/** The fields of a document, in the order their frequencies are packed (10 bits each). */
export const FIELD_COUNT = 3;
const TF_BITS = 10;
const TF_MAX = (1 << TF_BITS) - 1;

export interface TermIndexOptions {
  /** Lowercases and drops words; null or '' leaves a token out. */
  processTerm: (term: string) => string | null;
  /** Per-field score multipliers, in field order. */
  boosts: readonly number[];
}

/** Matching documents as parallel arrays: numbers (as `add` returned them) and scores. */
export interface TermHits {
  docs: number[];
  scores: number[];
}

/** A term's documents: parallel growable arrays of document numbers and packed per-field frequencies. */
interface Posting {
  docs: Int32Array;
  tfs: Int32Array;
  n: number;
}

const SPLIT = /[\n\r\p{Z}\p{P}]+/u;

// BM25+ as MiniSearch scores it (k, b, d), so rankings stay what they were.
const K = 1.2;
const B = 0.7;
const D = 0.5;
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

export class TermIndex {
  private readonly terms = new SearchableMap<Posting>();
  /** Field lengths (in terms) per document, FIELD_COUNT per document. */
  private lengths = new Int32Array(1024 * FIELD_COUNT);
  private readonly totalLength = new Float64Array(FIELD_COUNT);
  private alive = new Uint8Array(1024);
  private count = 0;
  private liveCount = 0;
  // Scratch space for one search, sized to the documents; reset after each use.
  private matched = new Uint8Array(0);
  private scores = new Float64Array(0);

  constructor(private readonly options: TermIndexOptions) {}

  get size(): number {
    return this.liveCount;
  }

  tokenize(text: string): string[] {
    const out: string[] = [];
    for (const token of text.split(SPLIT)) {
      if (!token) continue;
      const t = this.options.processTerm(token);
      if (t) out.push(t);
    }
    return out;
  }

  /** Indexes a document's fields (FIELD_COUNT strings) and returns its number. */
  add(fields: readonly string[]): number {
    const no = this.count++;
    if (no >= this.alive.length) {
      const alive = new Uint8Array(this.alive.length * 2);
      alive.set(this.alive);
      this.alive = alive;
      const lengths = new Int32Array(this.lengths.length * 2);
      lengths.set(this.lengths);
      this.lengths = lengths;
    }
    this.alive[no] = 1;
    this.liveCount++;
    const freqs = new Map<string, number>();
    for (let f = 0; f < FIELD_COUNT; f++) {
      const tokens = fields[f] ? this.tokenize(fields[f]!) : [];
      this.lengths[no * FIELD_COUNT + f] = tokens.length;
      this.totalLength[f]! += tokens.length;
      const shift = f * TF_BITS;
      for (const t of tokens) {
        const packed = freqs.get(t) ?? 0;
        if (((packed >>> shift) & TF_MAX) < TF_MAX) freqs.set(t, packed + (1 << shift));
      }
    }
    for (const [term, packed] of freqs) {
      let p = this.terms.get(term);
      if (!p) this.terms.set(term, (p = { docs: new Int32Array(2), tfs: new Int32Array(2), n: 0 }));
      if (p.n === p.docs.length) {
        const docs = new Int32Array(p.n * 2);
        docs.set(p.docs);
        p.docs = docs;
        const tfs = new Int32Array(p.n * 2);
        tfs.set(p.tfs);
        p.tfs = tfs;
      }
      p.docs[p.n] = no;
      p.tfs[p.n++] = packed;
    }
    return no;
  }

  /** Forgets a document. Its postings stay (skipped when searching); re-adding a document gives it a new number. */
  discard(no: number): void {
    if (!this.alive[no]) return;
    this.alive[no] = 0;
    this.liveCount--;
    for (let f = 0; f < FIELD_COUNT; f++) this.totalLength[f]! -= this.lengths[no * FIELD_COUNT + f]!;
  }

  /**
   * Documents having every query term (AND). The last term also matches as a prefix when it has at least two
   * characters (the word being typed); with `fuzzy`, terms of six or more characters also match at edit distance 1.
   * Unordered.
   */
  search(text: string, fuzzy = false): TermHits {
    const hits: TermHits = { docs: [], scores: [] };
    const query = this.tokenize(text);
    if (query.length === 0 || this.liveCount === 0) return hits;
    if (this.matched.length < this.count) {
      this.matched = new Uint8Array(this.alive.length);
      this.scores = new Float64Array(this.alive.length);
    }
    const { matched, scores } = this;
    const touched: number[] = [];
    const n = Math.min(query.length, 255);
    for (let k = 0; k < n; k++) {
      const term = query[k]!;
      const expansions = new Map<string, { posting: Posting; weight: number }>();
      const exact = this.terms.get(term);
      if (exact) expansions.set(term, { posting: exact, weight: 1 });
      if (k === n - 1 && term.length >= 2) {
        for (const [t, posting] of this.terms.atPrefix(term)) {
          if (!expansions.has(t))
            expansions.set(t, {
              posting,
              weight: (PREFIX_WEIGHT * t.length) / (t.length + 0.3 * (t.length - term.length)),
            });
        }
      }
      if (fuzzy && term.length >= 6) {
        for (const [t, [posting, distance]] of this.terms.fuzzyGet(term, 1)) {
          if (!expansions.has(t))
            expansions.set(t, { posting, weight: (FUZZY_WEIGHT * term.length) / (term.length + distance) });
        }
      }
      if (expansions.size === 0) break;
      for (const { posting, weight } of expansions.values()) this.scorePosting(posting, weight, k, touched);
    }
    for (const doc of touched) {
      if (matched[doc] === n) {
        hits.docs.push(doc);
        hits.scores.push(scores[doc]!);
      }
      matched[doc] = 0;
      scores[doc] = 0;
    }
    return hits;
  }

  /** Adds a term's BM25 score to the documents that matched every earlier query term (k of them). */
  private scorePosting(p: Posting, weight: number, k: number, touched: number[]): void {
    const { matched, scores, alive, lengths, totalLength } = this;
    const { boosts } = this.options;
    const live = this.liveCount;
    const idf = Math.log(1 + (live - p.n + 0.5) / (p.n + 0.5));
    const avg = [0, 0, 0];
    for (let f = 0; f < FIELD_COUNT; f++) avg[f] = totalLength[f]! / live || 1;
    const { docs, tfs } = p;
    for (let i = 0; i < p.n; i++) {
      const doc = docs[i]!;
      const m = matched[doc]!;
      // Matched all earlier terms (m === k), or this term already through another expansion (m === k + 1).
      if (m !== k && m !== k + 1) continue;
      if (!alive[doc]) continue;
      const packed = tfs[i]!;
      let s = 0;
      for (let f = 0; f < FIELD_COUNT; f++) {
        const tf = (packed >>> (f * TF_BITS)) & TF_MAX;
        if (tf === 0) continue;
        const norm = 1 - B + (B * lengths[doc * FIELD_COUNT + f]!) / avg[f]!;
        s += boosts[f]! * idf * (D + (tf * (K + 1)) / (tf + K * norm));
      }
      if (k === 0 && m === 0) touched.push(doc);
      matched[doc] = k + 1;
      scores[doc]! += s * weight;
    }
  }
}
