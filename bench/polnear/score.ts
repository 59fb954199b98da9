// Scores predicted quotes (span + speaker, as file offsets) against PolNeAR's gold direct quotes. A prediction
// matches a gold quote when they overlap by at least half of the shorter one; several predicted pieces of one
// quotation (an interrupted quote) may all match it.
import type { ArticleNames } from './article-names';
import type { GoldQuote, SourceClass } from './gold';
import { wordsIn } from './gold';
import type { PolnearArticle, Span } from './load';
import { isRightSpeaker } from './speaker-match';

export interface PredictedQuote extends Span {
  speaker: string | null;
}

export interface QuoteScore {
  /** Predicted quotes, and those overlapping a gold quote. */
  pred: number;
  predMatched: number;
  /** Predicted quotes overlapping a gold quote with a right speaker. */
  predRight: number;
  gold: number;
  goldFound: number;
  goldRight: number;
  /** Per source class: gold quotes found, of those with a recoverable referent, of those with a right speaker. */
  byClass: Record<SourceClass, { found: number; scored: number; right: number }>;
  /** Found gold quotes whose speaker is not recoverable from the annotation (left out of accuracy). */
  unrecoverable: number;
  /** Wrong speakers, for reading: [gold source (referent), predicted, quote start]. */
  errors: Array<{ slug: string; cls: SourceClass; gold: string; pred: string | null; quote: string }>;
}

export function emptyScore(): QuoteScore {
  const c = (): { found: number; scored: number; right: number } => ({ found: 0, scored: 0, right: 0 });
  return {
    pred: 0,
    predMatched: 0,
    predRight: 0,
    gold: 0,
    goldFound: 0,
    goldRight: 0,
    byClass: { name: c(), pronoun: c(), description: c(), none: c() },
    unrecoverable: 0,
    errors: [],
  };
}

/** The scorer's match of two spans: they overlap by at least half the shorter one. */
export function overlaps(a: Span, b: Span): boolean {
  const o = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return o > 0 && o >= 0.5 * Math.min(a.end - a.start, b.end - b.start);
}

/**
 * Adds one article's figures to `into`. Predictions under 3 words are ignored, as gold quotes are. With `names`
 * (articleNames of the article) speakers are matched article-aware (speaker-match.ts), else by words alone.
 */
export function scoreArticle(
  article: PolnearArticle,
  gold: readonly GoldQuote[],
  predicted: readonly PredictedQuote[],
  into: QuoteScore,
  names?: ArticleNames,
): void {
  const preds = predicted.filter((p) => wordsIn(article.text.slice(p.start, p.end)) >= 3);
  into.pred += preds.length;
  into.gold += gold.length;
  for (const p of preds) {
    const gs = gold.filter((g) => overlaps(p, g));
    if (gs.length === 0) continue;
    into.predMatched++;
    // A recoverable-less pronoun quote counts as right for precision only if some speaker is given.
    if (gs.some((g) => isRightSpeaker(p.speaker, g, names) ?? p.speaker !== null)) into.predRight++;
  }
  for (const g of gold) {
    const ps = preds.filter((p) => overlaps(p, g));
    if (ps.length === 0) continue;
    into.goldFound++;
    const c = into.byClass[g.sourceClass];
    c.found++;
    const verdicts = ps.map((p) => isRightSpeaker(p.speaker, g, names));
    if (verdicts.every((v) => v === null)) {
      into.unrecoverable++;
      if (ps.some((p) => p.speaker !== null)) into.goldRight++;
      continue;
    }
    c.scored++;
    // The piece nearest the source speaks for the quotation (a split quote is attributed once).
    if (verdicts.some((v) => v === true)) {
      c.right++;
      into.goldRight++;
    } else {
      into.errors.push({
        slug: article.slug,
        cls: g.sourceClass,
        gold: g.referent ? `${g.source} (${g.referent})` : g.source,
        pred: ps[0]!.speaker,
        quote: g.text.slice(0, 70),
      });
    }
  }
}

function f1(p: number, r: number): number {
  return p + r ? (2 * p * r) / (p + r) : 0;
}

/** Quote+speaker F1: a predicted quote with a right speaker over predictions, a found gold quote with one over gold. */
export function quoteSpeakerF1(s: QuoteScore): number {
  return f1(s.pred ? s.predRight / s.pred : 1, s.gold ? s.goldRight / s.gold : 1);
}

/** A source class's speaker accuracy as printed: "0.86 (442/511)", or "- (0/0)" when none was scored. */
export function classAccuracy(s: QuoteScore, k: SourceClass): string {
  const c = s.byClass[k];
  return `${c.scored ? (c.right / c.scored).toFixed(2) : '-'} (${c.right}/${c.scored})`;
}

/** One line per figure: span P/R/F1, quote+speaker P/R/F1, speaker accuracy per source class. */
export function formatScore(label: string, s: QuoteScore): string[] {
  const sp = s.pred ? s.predMatched / s.pred : 1;
  const sr = s.gold ? s.goldFound / s.gold : 1;
  const qp = s.pred ? s.predRight / s.pred : 1;
  const qr = s.gold ? s.goldRight / s.gold : 1;
  const acc = (k: SourceClass): string => `${k} ${classAccuracy(s, k)}`;
  return [
    `${label.padEnd(10)} quote span P ${sp.toFixed(2)} R ${sr.toFixed(2)} F1 ${f1(sp, sr).toFixed(2)}  (${s.predMatched}/${s.pred} predicted, ${s.goldFound}/${s.gold} gold)`,
    `${''.padEnd(10)} quote+speaker P ${qp.toFixed(2)} R ${qr.toFixed(2)} F1 ${f1(qp, qr).toFixed(2)}`,
    `${''.padEnd(10)} speaker accuracy: ${acc('name')}, ${acc('pronoun')}, ${acc('description')}; unrecoverable ${s.unrecoverable}`,
  ];
}
