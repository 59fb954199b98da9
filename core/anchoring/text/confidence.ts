// How sure the engine is of a place: the rules that turn a scored candidate into a silent placement, a placement the
// reader is asked to confirm, or an orphan. A note on the wrong sentence is worse than an orphan: the reader trusts it.
import type { ScoredMatch } from './score';

/**
 * How far a placement can be trusted:
 * - `exact`: the saved quote, found with its context where the page's other passages say it should be;
 * - `fuzzy`: an edited form of the quote (typo, punctuation, a word replaced), context and position agreeing;
 * - `needs-confirmation`: text that fits the quote, but its context or its position does not: the passage may have
 *   moved, or it was deleted and these are other words. Shown as such; the reader confirms or drops it.
 */
export type AnchorConfidence = 'exact' | 'fuzzy' | 'needs-confirmation';

/** Below this length a quote is weak evidence on its own ("the", "said", a repeated headline): context decides. */
export const SHORT_QUOTE = 32;
/** Length-weighted prefix/suffix similarity of context that agrees on both sides. Random text scores about 0.3-0.5. */
export const AGREEING_CONTEXT = 0.8;
/** Mean context, or one intact side (at least 16 characters), that still says something about a long quote's place. */
export const SOME_CONTEXT = 0.65;
export const ONE_SIDE = 0.85;
/** A long quote whose context disagrees is offered for confirmation only if it is (nearly) the saved words. */
const CONFIRMABLE_QUOTE = 0.9;
/** Distance from the (drift-corrected) position hint within which a place counts as "where it was". */
export const NEAR_HINT = 128;

/**
 * Distance from the hint within which context found a few words away on both sides (words inserted beside the
 * passage) still places a short quote: about the drift one insertion leaves between two passages.
 */
export const CLOSE_TO_HINT = 32;

/** What the judge needs to know about a candidate beyond its scores. */
export interface Candidate {
  match: ScoredMatch;
  quoteLength: number;
  /** The quote was found verbatim. */
  exactQuote: boolean;
  /** Characters from the position hint, or null when there was no position to compare with. */
  distance: number | null;
  /** The quote occurs word for word once in the whole text (so this place is its only copy). */
  onlyCopy?: boolean;
}

/**
 * The place needs no position to vouch for it: the saved words (a long quote), found word for word and nowhere else
 * in the text, with both sides of their context agreeing right beside them. No other copy could be the passage, and
 * its own context says it is, so a paragraph inserted above it (any length) moves it without casting doubt. The
 * position check stays for every other place: an edited (fuzzy) match, words the page holds more than once (a
 * near-copy of the paragraph earlier in the page, a repeated headline), and a short quote: a menu item or a label
 * ("N.Y.C. events guide") repeated with the same words around it is left once when its block goes, and its context
 * still agrees (two such on each split of bench/anchoring-accuracy.ts without this bound). Both sides must say
 * something: at the text's start or end one side is all there is, and the other rules decide. Pure.
 */
export function standsOnItsWords({ match: m, quoteLength, exactQuote, onlyCopy }: Candidate): boolean {
  return (
    exactQuote &&
    quoteLength >= SHORT_QUOTE &&
    onlyCopy === true &&
    !m.oneSided &&
    m.context >= AGREEING_CONTEXT &&
    m.weakerSide >= AGREEING_CONTEXT
  );
}

/**
 * The confidence a candidate earns, or null when it must be an orphan. Quote similarity floors are the caller's
 * (the candidate is already a match of the quote). Pure.
 *
 * - The saved words found once, word for word, their context agreeing on both sides, are placed whatever the
 *   distance from the hint (standsOnItsWords).
 * - A short quote needs its context on both sides, each side agreeing: right beside it and near its hint, or a few
 *   words away (words inserted beside it) and close to its hint. With less it is offered for confirmation when something still ties
 *   it to the place (both sides agree but it is far; one side agrees and it is near), else it is an orphan ("said"
 *   elsewhere is not the reader's "said").
 * - A long quote near its hint needs some context (an edit may have rewritten one side), both sides when the quote
 *   itself was edited; with one side only, it must be close to its hint (else a copy of it, its paragraph removed,
 *   would pass for it); far from it, or with its context gone, it is offered for confirmation when it is nearly the saved words (a pull quote repeating a deleted
 *   sentence must not be highlighted silently), else it is an orphan.
 */
export function judge(candidate: Candidate): AnchorConfidence | null {
  const { match: m, quoteLength, exactQuote, distance } = candidate;
  if (standsOnItsWords(candidate)) return 'exact';
  const silent: AnchorConfidence = exactQuote ? 'exact' : 'fuzzy';
  const near = distance === null || distance <= NEAR_HINT;
  const close = distance === null || distance <= CLOSE_TO_HINT;
  const both = m.context >= AGREEING_CONTEXT;
  // Each side on its own, not only their mean: a repeated line (a headline list, a paragraph of lorem ipsum) often
  // shares one side of its context with the passage and not the other.
  // With one side only (the text's first or last words), that side is all the evidence there is.
  const eachSide = both && m.weakerSide >= (m.oneSided ? ONE_SIDE : AGREEING_CONTEXT);
  const some = m.context >= SOME_CONTEXT || m.oneSide >= ONE_SIDE;
  if (quoteLength < SHORT_QUOTE) {
    if ((eachSide && near) || (m.looseContext >= AGREEING_CONTEXT && close && !m.oneSided)) return silent;
    return both || (some && near) ? 'needs-confirmation' : null;
  }
  // An edited long quote (not the saved words) needs both sides of its context: pages hold near-copies of a paragraph
  // (lorem ipsum, a teaser, a summary) whose words differ by about as much as an edit.
  // One side of context is enough only right at the hint: a place further off whose other side disagrees is as
  // likely a copy of the passage (a headline repeated in the page header, its own paragraph removed) as the passage
  // moved by an edit of its neighbour, and the two cannot be told apart from the text.
  const sidesAgree = m.looseWeakerSide >= (m.oneSided ? ONE_SIDE : AGREEING_CONTEXT);
  if (some && near && (exactQuote || m.context >= AGREEING_CONTEXT) && (sidesAgree || close)) return silent;
  return m.quoteScore >= CONFIRMABLE_QUOTE && (some || exactQuote) ? 'needs-confirmation' : null;
}
