// Text-only anchoring: find where W3C selectors point in a plain string. Position first (verified against the quote),
// then the exact quote, then an approximate quote. Below a confidence floor the answer is null (an orphan).
import search from 'approx-string-match';
import type { Selector, TextPositionSelector, TextQuoteSelector } from '../../types';
import { BAND, QGramIndex } from './qgram-index';
import { commonPrefixLength, commonSuffixLength, scorePlace, type ScoredMatch } from './score';

/** How a selector list was resolved: by its position, its exact quote, an approximate quote, or a bare position. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy' | 'position-only';

/** Where selectors landed in a text: offsets [start, end) and a confidence in 0..1. */
export interface TextAnchor {
  start: number;
  end: number;
  score: number;
  method: AnchorMethod;
}

/** Thresholds of the confidence floor. Defaults were tuned on edited copies of real pages (bench/anchoring.bench.ts). */
export interface MatchOptions {
  /** Minimum overall score of an approximate match. Default 0.72. */
  minScore?: number;
  /** Minimum similarity of the quote itself for an approximate match (1 - errors / length). Default 0.75. */
  minQuoteScore?: number;
  /** Scan the whole text when the q-gram filter finds no candidate. Default: only for texts up to 50,000 chars. */
  exhaustive?: boolean;
}

/** Below this length a quote is weak evidence on its own ("the", "said"): its context must agree. */
const SHORT_QUOTE = 32;
/** Mean prefix/suffix similarity a short quote needs. Random English context scores about 0.3-0.5. */
const MIN_SHORT_CONTEXT = 0.65;
/** Quote similarity accepted right at the hint when both context sides vouch for the place (see isVouchedFor). */
const RELAXED_QUOTE_SCORE = 0.6;
const MIN_VOUCHING_CONTEXT = 0.9;
/** How far from the hint a seam (prefix joined to suffix) is looked for. */
const SEAM_WINDOW = 4000;
/** Similarity of one context side that vouches for a short quote even when the other side was rewritten. */
const MIN_ONE_SIDE = 0.85;
/** Visible characters of prefix and of suffix that, found joined together, show the passage was cut out. */
const SEAM = 10;
/** Quotes shorter than this are never matched approximately: a few edits turn them into any other word. */
const MIN_FUZZY_LENGTH = 12;
/** An exact long quote is accepted unless its context clearly disagrees (a quote alone, far from its hint, scores 0.5). */
const MIN_EXACT_SCORE = 0.6;
/** Slack around the hinted place searched before the whole text (covers a banner added above the first passage). */
const HINT_PAD = 128;
/** Exact occurrences scored in full after a cheap context ranking. */
const EXACT_FINALISTS = 4;
const EXHAUSTIVE_LIMIT = 50_000;

function pickSelectors(selectors: readonly Selector[]): {
  quote: TextQuoteSelector | null;
  position: TextPositionSelector | null;
} {
  let quote: TextQuoteSelector | null = null;
  let position: TextPositionSelector | null = null;
  for (const s of selectors) {
    if (s.type === 'TextQuoteSelector' && !quote) quote = s;
    else if (s.type === 'TextPositionSelector' && !position) position = s;
  }
  if (quote) quote = { type: 'TextQuoteSelector', exact: quote.exact ?? '', prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' };
  return { quote, position };
}

/** The shortest tail (or head) of `s` holding `n` visible characters; all of `s` if it has fewer. */
function visibleEdge(s: string, n: number, tail: boolean): string {
  let seen = 0;
  for (let k = 0; k < s.length; k++) {
    const c = tail ? s[s.length - 1 - k] : s[k];
    if (!/\s/.test(c) && ++seen === n) return tail ? s.slice(s.length - 1 - k) : s.slice(0, k + 1);
  }
  return s;
}

/** True when the text holds the quote's prefix joined to its suffix (allowing the whitespace between to change). */
function isCutOut(text: string, quote: TextQuoteSelector, hint: number | null): boolean {
  const prefix = quote.prefix.trimEnd();
  const suffix = quote.suffix.trimStart();
  const before = visibleEdge(prefix, SEAM, true);
  const after = visibleEdge(suffix, SEAM, false);
  // Both sides must be there (a passage at the very start has no prefix), and enough of them that a natural
  // phrase could not pass for the seam.
  const visible = (s: string): number => s.replace(/\s+/g, '').length;
  if (visible(before) < SEAM / 3 || visible(after) < SEAM / 3 || visible(before + after) < SEAM) return false;
  const savedGlue = quote.prefix.slice(prefix.length) + quote.suffix.slice(0, quote.suffix.length - suffix.length);
  // Near the hint only: scanning the whole text for every quote would cost more than the rest of anchoring.
  const where = hint === null ? text : text.slice(Math.max(0, hint - SEAM_WINDOW), hint + SEAM_WINDOW);
  for (const glue of [' ', '\n', '', savedGlue]) {
    if (where.includes(before + glue + after)) return true;
  }
  return false;
}

/**
 * Anchors selectors in one text. Reuse an instance for many selector lists: the q-gram index is built once, lazily,
 * the first time an approximate search over the whole text is needed. Never mutates its inputs.
 */
export class TextAnchorer {
  private index: QGramIndex | null = null;
  private readonly minScore: number;
  private readonly minQuoteScore: number;
  private readonly exhaustive: boolean;

  constructor(
    readonly text: string,
    opts: MatchOptions = {},
  ) {
    this.minScore = opts.minScore ?? 0.72;
    this.minQuoteScore = opts.minQuoteScore ?? 0.75;
    this.exhaustive = opts.exhaustive ?? text.length <= EXHAUSTIVE_LIMIT;
  }

  /**
   * The best place for `selectors`, or null when no place is confident enough.
   * `hintShift` moves the position hint (anchorMany passes the drift seen on earlier annotations).
   */
  match(selectors: readonly Selector[], hintShift = 0): TextAnchor | null {
    const { quote, position } = pickSelectors(selectors);
    const text = this.text;
    if (!quote || quote.exact.length === 0) {
      if (!position) return null;
      const { start, end } = position;
      if (!(start >= 0 && end >= start && end <= text.length)) return null;
      return { start, end, score: 0.5, method: 'position-only' };
    }
    const exact = quote.exact;
    const hint = position ? position.start + hintShift : null;

    // 1. The position, verified: the quote is where it was (a short quote's context must agree too).
    if (position) {
      for (const start of hintShift === 0 ? [position.start] : [position.start, position.start + hintShift]) {
        if (start >= 0 && text.startsWith(exact, start)) {
          // Fast path for the common case, unchanged text: a long quote, or its context intact.
          if (
            exact.length >= SHORT_QUOTE ||
            (text.startsWith(quote.suffix, start + exact.length) && text.endsWith(quote.prefix, start))
          ) {
            return { start, end: start + exact.length, score: 1, method: 'position' };
          }
          const m = scorePlace(text, start, start + exact.length, 0, quote, start);
          if (this.isConfident(m, exact.length, true)) return { start, end: m.end, score: Math.max(m.score, 0.99), method: 'position' };
        }
      }
    }

    // The passage was deleted: its prefix now runs straight into its suffix. Any other place would be a wrong one.
    if (isCutOut(text, quote, hint)) return null;

    // 2. Beside the hint (text inserted, removed or reworded nearby): the best confident exact occurrence there.
    const maxErrors = Math.floor(exact.length * (1 - this.minQuoteScore));
    const wide = Math.floor(exact.length * (1 - RELAXED_QUOTE_SCORE));
    const nearApprox = (): ScoredMatch | null =>
      this.bestApprox(quote, hint!, wide, hint! - wide - HINT_PAD, hint! + exact.length + wide + HINT_PAD);
    let near: ScoredMatch | null = null;
    if (hint !== null) {
      const nearExact = this.bestNearExact(quote, hint);
      if (nearExact) {
        // An exact copy a few lines off versus the passage reworded right at the hint with its context intact.
        if (Math.abs(nearExact.start - hint) > HINT_PAD / 4 && exact.length >= MIN_FUZZY_LENGTH) {
          near = nearApprox();
          if (near && this.isVouchedFor(near, hint) && Math.abs(near.start - hint) < Math.abs(nearExact.start - hint)) {
            return this.fuzzy(near);
          }
        }
        return { start: nearExact.start, end: nearExact.end, score: nearExact.score, method: 'quote' };
      }
    }

    // 3. The exact quote anywhere (occurrences ranked by cheap context agreement, finalists scored in full), unless
    // the passage is still at the hint, reworded, with both sides of its context intact: pages repeat passages
    // (headline lists, pull quotes) and the copy elsewhere is then the wrong one.
    if (hint !== null && exact.length >= MIN_FUZZY_LENGTH) {
      near = nearApprox();
      if (near && this.isVouchedFor(near, hint)) return this.fuzzy(near);
    }
    const exactMatch = this.bestExact(quote, hint);
    if (exactMatch && this.isConfident(exactMatch, exact.length, true)) {
      return { start: exactMatch.start, end: exactMatch.end, score: exactMatch.score, method: 'quote' };
    }
    if (near && this.isConfident(near, exact.length, false)) return this.fuzzy(near);

    // 4. An approximate quote where the q-gram filter points, then (small texts) anywhere.
    if (exact.length < MIN_FUZZY_LENGTH) return null;
    let best: ScoredMatch | null = null;
    const consider = (from: number, to: number): void => {
      const m = this.bestApprox(quote, hint, maxErrors, from, to);
      if (m && (!best || m.score > best.score)) best = m;
    };
    this.index ??= new QGramIndex(text);
    for (const c of this.index.candidates(exact)) consider(c - maxErrors - BAND, c + exact.length + maxErrors + 2 * BAND);
    if (!(best && this.isConfident(best, exact.length, false)) && this.exhaustive) consider(0, text.length);
    return best && this.isConfident(best, exact.length, false) ? this.fuzzy(best) : null;
  }

  /** A heavier edit of the quote is accepted where it was, when both sides of its context are intact. */
  private isVouchedFor(m: ScoredMatch, hint: number): boolean {
    return (
      m.quoteScore >= RELAXED_QUOTE_SCORE &&
      m.prefixScore >= MIN_VOUCHING_CONTEXT &&
      m.suffixScore >= MIN_VOUCHING_CONTEXT &&
      Math.abs(m.start - hint) <= HINT_PAD
    );
  }

  private fuzzy(m: ScoredMatch): TextAnchor {
    return { start: m.start, end: m.end, score: m.score, method: 'fuzzy' };
  }

  /** The confidence floor: the rule that turns a doubtful place into an orphan rather than a wrong passage. */
  private isConfident(m: ScoredMatch, quoteLength: number, exact: boolean): boolean {
    // A short quote needs its context: on average, or one side clearly intact (an edit can rewrite the other side).
    if (quoteLength < SHORT_QUOTE && m.context < MIN_SHORT_CONTEXT && m.oneSide < MIN_ONE_SIDE) return false;
    if (exact) return m.score >= MIN_EXACT_SCORE;
    return m.quoteScore >= this.minQuoteScore && m.score >= this.minScore;
  }

  /** The best confident exact occurrence within HINT_PAD of the hint. */
  private bestNearExact(quote: TextQuoteSelector, hint: number): ScoredMatch | null {
    const from = Math.max(0, hint - HINT_PAD);
    const window = this.text.slice(from, hint + HINT_PAD + quote.exact.length);
    const found: number[] = [];
    for (let i = window.indexOf(quote.exact); i !== -1; i = window.indexOf(quote.exact, i + 1)) found.push(from + i);
    // Rank by context, less one unit per HINT_PAD characters from the hint: a copy with perfect context a line
    // away must not beat the original whose prefix was just rewritten.
    let best: ScoredMatch | null = null;
    let bestRank = -Infinity;
    for (const start of found) {
      const m = scorePlace(this.text, start, start + quote.exact.length, 0, quote, hint);
      const rank = m.context - Math.abs(start - hint) / HINT_PAD;
      if (this.isConfident(m, quote.exact.length, true) && rank > bestRank) {
        best = m;
        bestRank = rank;
      }
    }
    return best;
  }

  private bestExact(quote: TextQuoteSelector, hint: number | null): ScoredMatch | null {
    const text = this.text;
    const exact = quote.exact;
    const found: Array<{ start: number; quick: number }> = [];
    for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) {
      const quick =
        commonSuffixLength(text, i, quote.prefix) + commonPrefixLength(text, i + exact.length, quote.suffix);
      found.push({ start: i, quick });
    }
    if (found.length === 0) return null;
    const distance = (s: number): number => (hint === null ? 0 : Math.abs(s - hint));
    found.sort((a, b) => b.quick - a.quick || distance(a.start) - distance(b.start));
    let best: ScoredMatch | null = null;
    for (const f of found.slice(0, EXACT_FINALISTS)) {
      const m = scorePlace(text, f.start, f.start + exact.length, 0, quote, hint);
      if (!best || m.score > best.score) best = m;
    }
    return best;
  }

  /** Approximate search of the quote in text[from, to), each lowest-error match scored with its context. */
  private bestApprox(
    quote: TextQuoteSelector,
    hint: number | null,
    maxErrors: number,
    from: number,
    to: number,
  ): ScoredMatch | null {
    from = Math.max(0, from);
    to = Math.min(this.text.length, to);
    if (to - from < quote.exact.length - maxErrors) return null;
    const matches = search(this.text.slice(from, to), quote.exact, maxErrors);
    if (matches.length === 0) return null;
    const distance = (s: number): number => (hint === null ? 0 : Math.abs(s + from - hint));
    matches.sort((a, b) => a.errors - b.errors || distance(a.start) - distance(b.start));
    let best: ScoredMatch | null = null;
    for (const m of matches.slice(0, EXACT_FINALISTS)) {
      const s = scorePlace(this.text, m.start + from, m.end + from, m.errors, quote, hint);
      if (!best || s.score > best.score) best = s;
    }
    return best;
  }
}

/**
 * Anchors W3C selectors in a plain string (e.g. an article block's text): offsets [start, end) into `text` and a
 * score in 0..1, or null when the passage cannot be placed with confidence. Pure.
 */
export function anchorInText(text: string, selectors: readonly Selector[], opts?: MatchOptions): TextAnchor | null {
  return new TextAnchorer(text, opts).match(selectors);
}

/**
 * Anchors many selector lists in one text, sharing one index. Lists are visited in position order and each position
 * hint is moved by the shift seen on the previous anchored list, so text inserted early in the page does not send
 * every later search far from its passage. Results are in input order.
 */
export function anchorManyInText(
  text: string,
  selectorsList: ReadonlyArray<readonly Selector[]>,
  opts?: MatchOptions | TextAnchorer,
): Array<TextAnchor | null> {
  const anchorer = opts instanceof TextAnchorer ? opts : new TextAnchorer(text, opts);
  const order = selectorsList.map((sels, i) => ({ i, pos: pickSelectors(sels).position }));
  order.sort((a, b) => (a.pos?.start ?? Infinity) - (b.pos?.start ?? Infinity));
  const out: Array<TextAnchor | null> = new Array(selectorsList.length).fill(null);
  let shift = 0;
  for (const { i, pos } of order) {
    const found = anchorer.match(selectorsList[i], shift);
    out[i] = found;
    if (found && pos && found.method !== 'position-only') shift = found.start - pos.start;
  }
  return out;
}
