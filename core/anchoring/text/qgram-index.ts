// A q-gram index over a text, used to find where an approximately matching quote could be ("filter"),
// so the costly approximate search only runs on a few small windows ("verify").

/** Length of the grams. Five characters is about one English word: specific enough, short enough to survive edits. */
const Q = 5;
/** Buckets are hashed, not exact: collisions only add a few false votes, which the verify step discards. */
const BUCKET_BITS = 16;
const BUCKET_MASK = (1 << BUCKET_BITS) - 1;
/** Grams seen more often than this (" the ", "tion ") say nothing about where a quote is; they are skipped. */
const MAX_BUCKET = 64;
/** Votes are pooled per diagonal band so that a few insertions or deletions keep voting for the same place. */
export const BAND = 32;

function gramHash(s: string, i: number): number {
  let h = 0;
  for (let k = 0; k < Q; k++) h = (Math.imul(h, 31) + s.charCodeAt(i + k)) | 0;
  return (h ^ (h >>> 16)) & BUCKET_MASK;
}

/** Positions of every q-gram of a text, grouped by hash (CSR layout: one offsets array, one positions array). */
export class QGramIndex {
  private readonly starts: Int32Array;
  private readonly positions: Int32Array;

  /** Builds the index in two linear passes over `text`. */
  constructor(readonly text: string) {
    const n = Math.max(0, text.length - Q + 1);
    const hashes = new Int32Array(n);
    const counts = new Int32Array(BUCKET_MASK + 2);
    for (let i = 0; i < n; i++) {
      const h = gramHash(text, i);
      hashes[i] = h;
      counts[h + 1]++;
    }
    for (let b = 1; b < counts.length; b++) counts[b] += counts[b - 1];
    this.starts = counts.slice();
    const fill = counts;
    this.positions = new Int32Array(n);
    for (let i = 0; i < n; i++) this.positions[fill[hashes[i]]++] = i;
  }

  /**
   * Text offsets where `pattern` probably starts, best first (at most `limit`).
   * A candidate is a diagonal band that many of the pattern's grams vote for.
   */
  candidates(pattern: string, limit = 3): number[] {
    const grams = pattern.length - Q + 1;
    if (grams <= 0) return [];
    // About 64 probes whatever the quote's length keeps the cost per quote flat.
    const step = Math.max(1, Math.floor(grams / 64));
    const votes = new Map<number, number>();
    let probes = 0;
    for (let j = 0; j < grams; j += step) {
      probes++;
      const h = gramHash(pattern, j);
      const from = this.starts[h];
      const to = this.starts[h + 1];
      if (to - from > MAX_BUCKET) continue;
      for (let k = from; k < to; k++) {
        const band = Math.floor((this.positions[k] - j) / BAND);
        votes.set(band, (votes.get(band) ?? 0) + 1);
      }
    }
    // A true diagonal near a band's edge splits its votes: count each band with its better neighbour.
    const pooled: Array<[number, number]> = [];
    for (const [band, v] of votes)
      pooled.push([band, v + Math.max(votes.get(band - 1) ?? 0, votes.get(band + 1) ?? 0)]);
    // Two votes at least, and a tenth of the probes: one shared gram is chance.
    const minVotes = Math.max(2, Math.ceil(probes / 10));
    pooled.sort((a, b) => b[1] - a[1]);
    const out: number[] = [];
    const taken = new Set<number>();
    for (const [band, v] of pooled) {
      if (v < minVotes || out.length >= limit) break;
      if (taken.has(band - 1) || taken.has(band + 1)) continue;
      taken.add(band);
      out.push(Math.max(0, band * BAND));
    }
    return out;
  }
}
