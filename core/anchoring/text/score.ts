// How much a candidate place in a text looks like the quoted passage: the quote itself, its prefix and suffix,
// and its distance from where the position selector said it was (after hypothesis/client's match-quote.ts).
import search from 'approx-string-match';

/**
 * Relative weights of the evidence. The quote dominates; context breaks ties and vetoes chance matches. Position
 * weighs more than in hypothesis (2) because pages repeat passages (share bars, pull quotes, comment policies) and
 * the drift-corrected hint is usually within a few characters of the true place.
 */
export const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 10 } as const;
const MAX_SCORE = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;
/** Distance from the hint (in characters) at which the position evidence is spent. */
const POSITION_SCALE = 2000;

/** A scored place in the text. `score` is 0..1; the `*Score` parts are 0..1 too. */
export interface ScoredMatch {
  start: number;
  end: number;
  score: number;
  quoteScore: number;
  prefixScore: number;
  suffixScore: number;
  /**
   * Prefix and suffix similarity right beside the place, averaged by their lengths (a one-character suffix at the
   * end of a page says little).
   */
  context: number;
  /** As `context`, allowing words inserted between each side and the place. */
  looseContext: number;
  /** The better side's similarity, allowing words inserted between it and the place; sides under MIN_SIDE count 0. */
  oneSide: number;
  /**
   * The weaker side's similarity right beside the place; a side under MIN_SIDE characters (the text's start or end)
   * says nothing either way and counts 1. A good mean can hide one side that disagrees: a copy of a repeated line.
   */
  weakerSide: number;
  /** As `weakerSide`, allowing words inserted between each side and the place (a side under MIN_SIDE counts 1). */
  looseWeakerSide: number;
  /** Only one side of context says anything (the place is at the text's start or end). */
  oneSided: boolean;
}

/** Context shorter than this (text start or end) cannot vouch for a place on its own. */
const MIN_SIDE = 16;
/**
 * A side that does not match right beside the place is looked for again this many characters further out: words
 * inserted next to a passage ("— as reported earlier —") push its context away without changing it.
 */
const CONTEXT_SLACK = 40;
/** Below this a side is looked for again in the wider window. */
const RETRY_BELOW = 0.9;

/**
 * 1 - edit distance / length of `str` against its best approximate occurrence in `window`.
 * An empty `str` is no evidence against (1); an empty window is evidence against (0).
 */
export function similarity(window: string, str: string): number {
  if (str.length === 0) return 1;
  if (window.length === 0) return 0;
  if (window === str) return 1;
  const matches = search(window, str, str.length);
  if (matches.length === 0) return 0;
  let errors = str.length;
  for (const m of matches) errors = Math.min(errors, m.errors);
  return 1 - errors / str.length;
}

/**
 * As `similarity`, for context looked for a little further out: only occurrences with no line break between them and
 * the place count. Words inserted beside a passage stay in its paragraph; a block between (a menu, a sign-in bar) means
 * the context is another passage's. `before`: `str` is the prefix, `window` ends at the place; else the suffix.
 */
function sameBlockSimilarity(window: string, str: string, before: boolean): number {
  if (window.length === 0) return 0;
  let errors = str.length;
  for (const m of search(window, str, str.length)) {
    const gap = before ? window.slice(m.end) : window.slice(0, m.start);
    if (m.errors < errors && !gap.includes('\n')) errors = m.errors;
  }
  return 1 - errors / str.length;
}

/** Scores the place [start, end) of `text` against a quote selector's context and an optional position hint. */
export function scorePlace(
  text: string,
  start: number,
  end: number,
  quoteErrors: number,
  quote: { exact: string; prefix: string; suffix: string },
  hint: number | null,
): ScoredMatch {
  const quoteScore = Math.max(0, 1 - quoteErrors / quote.exact.length);
  const prefixScore = similarity(text.slice(Math.max(0, start - quote.prefix.length), start), quote.prefix);
  const suffixScore = similarity(text.slice(end, end + quote.suffix.length), quote.suffix);
  // Loose scores forgive words inserted between the passage and its context. They rank places and say that one side
  // survives (oneSide); agreement on both sides (`context`) is measured strictly, right beside the place, or a
  // headline repeated in a menu a few items away would pass for the passage itself.
  const loosePrefix =
    prefixScore < RETRY_BELOW && quote.prefix.length > 0
      ? Math.max(
          prefixScore,
          sameBlockSimilarity(
            text.slice(Math.max(0, start - quote.prefix.length - CONTEXT_SLACK), start),
            quote.prefix,
            true,
          ),
        )
      : prefixScore;
  const looseSuffix =
    suffixScore < RETRY_BELOW && quote.suffix.length > 0
      ? Math.max(
          suffixScore,
          sameBlockSimilarity(text.slice(end, end + quote.suffix.length + CONTEXT_SLACK), quote.suffix, false),
        )
      : suffixScore;
  const positionScore = hint === null ? 1 : 1 - Math.min(1, Math.abs(start - hint) / POSITION_SCALE);
  const raw =
    WEIGHTS.quote * quoteScore +
    WEIGHTS.prefix * loosePrefix +
    WEIGHTS.suffix * looseSuffix +
    WEIGHTS.position * positionScore;
  const pl = quote.prefix.length;
  const sl = quote.suffix.length;
  const context = pl + sl === 0 ? 1 : (prefixScore * pl + suffixScore * sl) / (pl + sl);
  const looseContext = pl + sl === 0 ? 1 : (loosePrefix * pl + looseSuffix * sl) / (pl + sl);
  const oneSide = Math.max(pl >= MIN_SIDE ? loosePrefix : 0, sl >= MIN_SIDE ? looseSuffix : 0);
  const weakerSide = Math.min(pl >= MIN_SIDE ? prefixScore : 1, sl >= MIN_SIDE ? suffixScore : 1);
  const looseWeakerSide = Math.min(pl >= MIN_SIDE ? loosePrefix : 1, sl >= MIN_SIDE ? looseSuffix : 1);
  return {
    start,
    end,
    score: raw / MAX_SCORE,
    quoteScore,
    prefixScore,
    suffixScore,
    context,
    looseContext,
    oneSide,
    weakerSide,
    looseWeakerSide,
    oneSided: pl >= MIN_SIDE !== sl >= MIN_SIDE,
  };
}

/** Characters two strings share at their ends (a cheap context check to rank many exact occurrences). */
export function commonSuffixLength(a: string, aEnd: number, b: string): number {
  let n = 0;
  while (n < b.length && aEnd - n - 1 >= 0 && a.charCodeAt(aEnd - n - 1) === b.charCodeAt(b.length - n - 1)) n++;
  return n;
}

/** Characters two strings share at their starts, `a` read from `aStart`. */
export function commonPrefixLength(a: string, aStart: number, b: string): number {
  let n = 0;
  while (n < b.length && aStart + n < a.length && a.charCodeAt(aStart + n) === b.charCodeAt(n)) n++;
  return n;
}
