// Text-only anchoring: find where W3C selectors point in a plain string. Position first (verified against the quote),
// then the quote beside the position, then the quote anywhere; every candidate is judged (confidence.ts) and one
// whose context or position does not agree is offered for confirmation or left an orphan, never placed silently.
import search from 'approx-string-match';
import { mayHoldInvisible, withoutInvisibleParts } from '../../invisible-chars';
import type { Selector, TextPositionSelector, TextQuoteSelector } from '../../types';
import { isCutOut } from './cut-out';
import { foldedOffset, foldParts, foldText, originalSpan, type FoldedText } from './fold';
import { judge, SHORT_QUOTE, standsOnItsWords, type AnchorConfidence, type Candidate } from './confidence';
import { BAND, QGramIndex } from './qgram-index';
import { commonPrefixLength, commonSuffixLength, scorePlace, similarity, type ScoredMatch } from './score';

/** How a selector list was resolved: by its position, its exact quote, an approximate quote, or a bare position. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy' | 'position-only';

/** Where selectors landed in a text: offsets [start, end), a score in 0..1, and how far to trust the place. */
export interface TextAnchor {
  start: number;
  end: number;
  score: number;
  method: AnchorMethod;
  confidence: AnchorConfidence;
  /**
   * The place rests on the words alone (confidence.ts standsOnItsWords): the quote's only copy in the text, with
   * its context on both sides. A shift its neighbours do not share does not put it in doubt (anchor-many.ts).
   */
  onItsWords?: boolean;
}

/** Thresholds of the confidence floor. Defaults were tuned on the DEV split of bench/anchoring.bench.ts. */
export interface MatchOptions {
  /** Minimum overall score of an approximate match. Default 0.72. */
  minScore?: number;
  /** Minimum similarity of the quote itself for an approximate match (1 - errors / length). Default 0.75. */
  minQuoteScore?: number;
  /** Scan the whole text when the q-gram filter finds no candidate. Default: only for texts up to 50,000 chars. */
  exhaustive?: boolean;
}

/** Quote similarity accepted right at the hint when both context sides vouch for the place (see isVouchedFor). */
const RELAXED_QUOTE_SCORE = 0.6;
const MIN_VOUCHING_CONTEXT = 0.9;
/** Quotes shorter than this are never searched approximately over the whole text: a few edits make any word. */
const MIN_FUZZY_LENGTH = 12;
/** Beside the hint, where both context sides must vouch, a quote this long may still be matched approximately. */
const MIN_NEAR_FUZZY_LENGTH = 4;
/** Slack around the hinted place searched before the whole text (covers a banner added above the first passage). */
const HINT_PAD = 128;
/** Exact occurrences (or approximate matches) scored in full after a cheap ranking. */
const FINALISTS = 4;
const NEAR_FINALISTS = 8;
const EXHAUSTIVE_LIMIT = 50_000;
/** Characters of prefix end and suffix start that pin an approximate match's edges, and how far they may move. */
const SNAP_CONTEXT = 12;
const SNAP_REACH = 12;
/** Similarity to the saved quote of what lies between its intact context, for a short reworded passage. */
const BRACKET_QUOTE_SCORE = 0.5;

function pickSelectors(selectors: readonly Selector[]): {
  quote: TextQuoteSelector | null;
  position: TextPositionSelector | null;
} {
  let quote: TextQuoteSelector | null = null;
  let position: TextPositionSelector | null = null;
  for (const s of selectors) {
    if (s.type === 'TextQuoteSelector' && !quote) quote = drawnQuote(s);
    else if (s.type === 'TextPositionSelector' && !position) position = s;
  }
  return { quote, position };
}

/**
 * The quote as the text model reads pages now: a note saved before never-drawn characters were left out (a page's tag
 * characters inside the passage) is looked for by the words the reader saw.
 */
function drawnQuote(q: TextQuoteSelector): TextQuoteSelector {
  if (!mayHoldInvisible(q.exact + q.prefix + q.suffix)) return q;
  // Read as one text: a joiner at the quote's edge is kept or left out as the words beside it decide.
  const [prefix, exact, suffix] = withoutInvisibleParts([q.prefix, q.exact, q.suffix]);
  return { ...q, exact, prefix, suffix };
}

/** The quote as it is compared with the page (fold.ts): break hints left out, white space folded. */
function foldedQuote(q: TextQuoteSelector): TextQuoteSelector {
  const [prefix, exact, suffix] = foldParts([q.prefix, q.exact, q.suffix]);
  return { ...q, exact: exact!, prefix: prefix!, suffix: suffix! };
}

/** The saved position of a selector list (for ordering and drift), or null. */
export function positionOf(selectors: readonly Selector[]): TextPositionSelector | null {
  return pickSelectors(selectors).position;
}

/** True when `exact` occurs in `text` once and only once. */
function occursOnce(text: string, exact: string): boolean {
  const first = text.indexOf(exact);
  return first !== -1 && text.indexOf(exact, first + 1) === -1;
}

/** A judged candidate: the scored place, whether the quote was verbatim, and the confidence it earned. */
interface Judged {
  m: ScoredMatch;
  exactQuote: boolean;
  confidence: AnchorConfidence;
  onItsWords?: boolean;
}

const RANK: Record<AnchorConfidence, number> = { exact: 2, fuzzy: 2, 'needs-confirmation': 1 };

/** The better of two judged candidates: a silent placement over one to confirm, then the higher score. */
function better(a: Judged | null, b: Judged | null): Judged | null {
  if (!a || !b) return a ?? b;
  if (RANK[a.confidence] !== RANK[b.confidence]) return RANK[a.confidence] > RANK[b.confidence] ? a : b;
  return b.m.score > a.m.score ? b : a;
}

/**
 * Anchors selectors in one text. Reuse an instance for many selector lists: the q-gram index is built once, lazily,
 * the first time an approximate search over the whole text is needed. Never mutates its inputs.
 */
export class TextAnchorer {
  private index: QGramIndex | null = null;
  /**
   * The text as the saved words are compared with it (fold.ts): a soft hyphen a hyphenation script adds, or a thin
   * space for a space, is not a change of words. Offsets are found in it and mapped back to `text`'s.
   */
  private readonly folded: FoldedText;
  private readonly cmp: string;
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
    this.folded = foldText(text);
    this.cmp = this.folded.text;
  }

  /**
   * The best place for `selectors`, or null when no place is confident enough.
   * `hintShift` moves the position hint (anchorMany passes the drift seen on earlier annotations).
   */
  match(selectors: readonly Selector[], hintShift = 0): TextAnchor | null {
    const { quote: saved, position } = pickSelectors(selectors);
    const quote = saved && foldedQuote(saved);
    if (!quote || quote.exact.length === 0) {
      if (!position) return null;
      const { start, end } = position;
      if (!(start >= 0 && end >= start && end <= this.text.length)) return null;
      // No words to check the place against: the reader decides.
      return { start, end, score: 0.5, method: 'position-only', confidence: 'needs-confirmation' };
    }
    const raw = position ? position.start + hintShift : null;
    const found = this.matchQuote(quote, raw === null || raw < 0 ? raw : foldedOffset(this.folded, raw));
    if (!found) return null;
    const [start, end] = originalSpan(this.folded, found.start, found.end);
    return { ...found, start, end };
  }

  /** The best place for a folded quote in the folded text, `hint` the folded position hint; folded offsets. */
  private matchQuote(quote: TextQuoteSelector, hint: number | null): TextAnchor | null {
    const text = this.cmp;
    const exact = quote.exact;

    // 1. The position, verified: the quote is where it was, with its context (the common case, unchanged text).
    // Only at the drift-corrected place: with text inserted above, the saved offset may now hold a repeated copy of
    // the passage (a headline list shown twice), whose context agrees as well as the original's.
    if (hint !== null && hint >= 0 && text.startsWith(exact, hint)) {
      const start = hint;
      if (text.startsWith(quote.suffix, start + exact.length) && text.endsWith(quote.prefix, start)) {
        return { start, end: start + exact.length, score: 1, method: 'position', confidence: 'exact' };
      }
      const m = scorePlace(text, start, start + exact.length, 0, quote, start);
      if (judge({ match: m, quoteLength: exact.length, exactQuote: true, distance: 0 }) === 'exact') {
        return { start, end: m.end, score: Math.max(m.score, 0.99), method: 'position', confidence: 'exact' };
      }
    }

    // The passage was deleted: its prefix now runs straight into its suffix. Any other place would be a wrong one.
    if (isCutOut(text, quote, hint)) return null;

    let once: boolean | undefined;
    const judged = (m: ScoredMatch | null, exactQuote: boolean): Judged | null => {
      if (!m) return null;
      const distance = hint === null ? null : Math.abs(m.start - hint);
      // Whether the words occur anywhere else: read once per quote, and only for a verbatim place.
      if (exactQuote) once ??= occursOnce(text, exact);
      const onlyCopy = exactQuote && once === true;
      const c: Candidate = { match: m, quoteLength: exact.length, exactQuote, distance, onlyCopy };
      const confidence = judge(c);
      return confidence ? { m, exactQuote, confidence, onItsWords: standsOnItsWords(c) } : null;
    };
    const result = (j: Judged | null): TextAnchor | null =>
      j && {
        start: j.m.start,
        end: j.m.end,
        score: j.m.score,
        method: j.exactQuote ? 'quote' : 'fuzzy',
        confidence: j.confidence,
        ...(j.onItsWords ? { onItsWords: true } : {}),
      };
    const isSilent = (j: Judged | null): boolean => j !== null && j.confidence !== 'needs-confirmation';

    // 2. Beside the hint (text inserted, removed or reworded nearby). An exact copy a line away loses to the passage
    // reworded right at the hint with both sides of its context intact: pages repeat passages (headline lists, pull
    // quotes, lorem ipsum) and the copy is then the wrong one.
    let best: Judged | null = null;
    if (hint !== null) {
      const nearExact = judged(this.bestNearExact(quote, hint), true);
      if (
        nearExact &&
        isSilent(nearExact) &&
        nearExact.m.prefixScore >= MIN_VOUCHING_CONTEXT &&
        nearExact.m.suffixScore >= MIN_VOUCHING_CONTEXT
      ) {
        return result(nearExact);
      }
      if (exact.length >= MIN_NEAR_FUZZY_LENGTH) {
        const wide = Math.floor(exact.length * (1 - RELAXED_QUOTE_SCORE));
        const near = this.bestApprox(
          quote,
          hint,
          wide,
          hint - wide - HINT_PAD,
          hint + exact.length + wide + HINT_PAD,
          NEAR_FINALISTS,
        );
        if (near && this.isVouchedFor(near, hint)) {
          const verbatim = near.quoteScore === 1;
          return result({ m: near, exactQuote: verbatim, confidence: verbatim ? 'exact' : 'fuzzy' });
        }
        if (near && near.quoteScore >= this.minQuoteScore && near.score >= this.minScore) best = judged(near, false);
      }
      // A short passage reworded (one word of three replaced): too changed for the quote to find it, but the end of
      // its prefix and the start of its suffix are intact right where it was, and what lies between is like it.
      const bracket = exact.length < SHORT_QUOTE ? this.bracketAt(quote, hint) : null;
      if (
        bracket &&
        bracket.quoteScore >= BRACKET_QUOTE_SCORE &&
        this.isVouchedFor({ ...bracket, quoteScore: 1 }, hint)
      ) {
        return result({ m: bracket, exactQuote: false, confidence: 'fuzzy' });
      }
      best = better(best, nearExact);
      if (isSilent(best)) return result(best);
    }

    // 3. The exact quote anywhere (occurrences ranked by cheap context agreement, finalists scored in full).
    best = better(best, judged(this.bestExact(quote, hint), true));
    if (isSilent(best)) return result(best);

    // 4. An approximate quote where the q-gram filter points, then (small texts) anywhere.
    if (exact.length < MIN_FUZZY_LENGTH) return result(best);
    const maxErrors = Math.floor(exact.length * (1 - this.minQuoteScore));
    let approx: Judged | null = null;
    const consider = (from: number, to: number): void => {
      const m = this.bestApprox(quote, hint, maxErrors, from, to, FINALISTS);
      if (m && m.quoteScore >= this.minQuoteScore && m.score >= this.minScore)
        approx = better(approx, judged(m, false));
    };
    this.index ??= new QGramIndex(text);
    for (const c of this.index.candidates(exact))
      consider(c - maxErrors - BAND, c + exact.length + maxErrors + 2 * BAND);
    if (!isSilent(approx) && this.exhaustive) consider(0, text.length);
    return result(better(best, approx));
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

  /** The exact occurrence within HINT_PAD of the hint whose context agrees best. */
  private bestNearExact(quote: TextQuoteSelector, hint: number): ScoredMatch | null {
    const from = Math.max(0, hint - HINT_PAD);
    const window = this.cmp.slice(from, hint + HINT_PAD + quote.exact.length);
    let best: ScoredMatch | null = null;
    let bestRank = -Infinity;
    for (let i = window.indexOf(quote.exact); i !== -1; i = window.indexOf(quote.exact, i + 1)) {
      const start = from + i;
      const m = scorePlace(this.cmp, start, start + quote.exact.length, 0, quote, hint);
      // Context first; distance only breaks near-ties (a banner above moves the true place ~100 characters).
      const rank = m.context - Math.abs(start - hint) / (8 * HINT_PAD);
      if (rank > bestRank) {
        best = m;
        bestRank = rank;
      }
    }
    return best;
  }

  private bestExact(quote: TextQuoteSelector, hint: number | null): ScoredMatch | null {
    const text = this.cmp;
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
    for (const f of found.slice(0, FINALISTS)) {
      const m = scorePlace(text, f.start, f.start + exact.length, 0, quote, hint);
      if (!best || m.score > best.score) best = m;
    }
    return best;
  }

  /** Approximate search of the quote in text[from, to), the `finalists` lowest-error matches scored with context. */
  private bestApprox(
    quote: TextQuoteSelector,
    hint: number | null,
    maxErrors: number,
    from: number,
    to: number,
    finalists: number,
  ): ScoredMatch | null {
    from = Math.max(0, from);
    to = Math.min(this.cmp.length, to);
    if (to - from < quote.exact.length - maxErrors) return null;
    const matches = search(this.cmp.slice(from, to), quote.exact, maxErrors);
    if (matches.length === 0) return null;
    const distance = (s: number): number => (hint === null ? 0 : Math.abs(s + from - hint));
    // Finalists: the fewest errors, and the best cheap context agreement. A page that repeats the words (a list of
    // dates, identical paragraphs) has exact copies that would otherwise crowd out the edited passage itself.
    const byErrors = [...matches].sort((a, b) => a.errors - b.errors || distance(a.start) - distance(b.start));
    const quick = (m: { start: number; end: number }): number =>
      commonSuffixLength(this.cmp, m.start + from, quote.prefix) +
      commonPrefixLength(this.cmp, m.end + from, quote.suffix);
    const byContext = matches.length > finalists ? [...matches].sort((a, b) => quick(b) - quick(a)) : [];
    let best: ScoredMatch | null = null;
    for (const m of new Set([...byErrors.slice(0, finalists), ...byContext.slice(0, finalists)])) {
      // An exact match's edges are certain; only an edited one's are pinned to its context.
      const [start, end] =
        m.errors === 0 ? [m.start + from, m.end + from] : this.snapToContext(quote, m.start + from, m.end + from);
      const s = scorePlace(this.cmp, start, end, m.errors, quote, hint);
      if (!best || s.score > best.score) best = s;
    }
    return best;
  }

  /**
   * The text between the saved prefix's end and suffix's start, found intact within HINT_PAD of the hint, scored as
   * the passage; null when they are not both there or what lies between is not of a plausible length.
   */
  private bracketAt(quote: TextQuoteSelector, hint: number): ScoredMatch | null {
    const text = this.cmp;
    const tail = quote.prefix.slice(-SNAP_CONTEXT);
    const head = quote.suffix.slice(0, SNAP_CONTEXT);
    const len = quote.exact.length;
    if (tail.trim().length < SNAP_CONTEXT / 2 || head.trim().length < SNAP_CONTEXT / 2) return null;
    const from = Math.max(0, hint - HINT_PAD - tail.length);
    const window = text.slice(from, hint + HINT_PAD);
    let best: ScoredMatch | null = null;
    for (let i = window.indexOf(tail); i !== -1; i = window.indexOf(tail, i + 1)) {
      const start = from + i + tail.length;
      const end = text.indexOf(head, start);
      if (end === -1 || end - start < Math.max(1, len / 2) || end - start > 2 * len) continue;
      // Holding the quote itself, the gap is the passage plus inserted words: the exact search placed it already.
      if (text.slice(start, end).includes(quote.exact)) continue;
      const quoteScore = similarity(text.slice(start, end), quote.exact);
      const m = scorePlace(text, start, end, Math.round(len * (1 - quoteScore)), quote, hint);
      if (!best || m.score > best.score) best = m;
    }
    return best;
  }

  /**
   * An approximate match's edges are uncertain by a few characters (a replaced word of another length): where the
   * end of the prefix and the start of the suffix are found intact right beside them, the passage is what lies
   * between. Otherwise the edges stay.
   */
  private snapToContext(quote: TextQuoteSelector, start: number, end: number): [number, number] {
    const text = this.cmp;
    const tail = quote.prefix.slice(-SNAP_CONTEXT);
    const head = quote.suffix.slice(0, SNAP_CONTEXT);
    if (tail.trim().length < SNAP_CONTEXT / 2 || head.trim().length < SNAP_CONTEXT / 2) return [start, end];
    const nearest = (needle: string, around: number, offset: number): number | null => {
      const from = Math.max(0, around - offset - SNAP_REACH);
      const window = text.slice(from, around - offset + SNAP_REACH + needle.length);
      let bestAt: number | null = null;
      for (let i = window.indexOf(needle); i !== -1; i = window.indexOf(needle, i + 1)) {
        const at = from + i + offset;
        if (bestAt === null || Math.abs(at - around) < Math.abs(bestAt - around)) bestAt = at;
      }
      return bestAt;
    };
    const s = nearest(tail, start, tail.length);
    const e = nearest(head, end, 0);
    if (s === null || e === null || e - s < (end - start) / 2 || e - s > 2 * (end - start)) return [start, end];
    return [s, e];
  }
}

/**
 * Anchors W3C selectors in a plain string (e.g. an article block's text): offsets [start, end) into `text`, a score
 * in 0..1 and a confidence, or null when the passage cannot be placed. Pure.
 */
export function anchorInText(text: string, selectors: readonly Selector[], opts?: MatchOptions): TextAnchor | null {
  return new TextAnchorer(text, opts).match(selectors);
}
