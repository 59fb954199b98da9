// The PolNeAR speaker figures: Lede's quotes and speakers against the gold direct quotes of a split, beside a
// simple baseline run on the same articles (every quotation of ≥ 3 words; its speaker the capitalised name next
// to the speech verb nearest the quotation in its paragraph).
import { extractKeyItems } from '../../core/facts/index';
import type { Extraction } from '../../core/types';
import { articleNames } from './article-names';
import { emptyTally, type ReferentTally, withCorefReferents } from './coref-referent';
import { findQuotations, goldQuotes, wordsIn } from './gold';
import {
  emptyHandTally,
  HAND_FOLDS,
  type HandTally,
  handReferentsPath,
  loadHandReferents,
  withHandReferents,
} from './hand-referents';
import { foldOf, loadPolnear, type PolnearArticle, type PolnearSplit, polnearDataDir } from './load';
import {
  classAccuracy,
  emptyScore,
  formatScore,
  type PredictedQuote,
  type QuoteScore,
  quoteSpeakerF1,
  scoreArticle,
} from './score';
import { sameName } from './speaker-match';

const SPEECH_VERB =
  /\b(?:said|says|told|tells|added|asked|wrote|tweeted|according to|stated|explained|argued|noted)\b/g;
const NAME = /(?:\p{Lu}[\p{L}'’.-]*\s){0,2}\p{Lu}[\p{L}'’-]*/gu;
const NOT_NAME = /^(?:The|A|An|He|She|They|It|We|I|But|And|In|On|At|This|That|His|Her|Their)$/;

/** The baseline: quotations and "nearest capitalised name next to a speech verb". */
export function baselineQuotes(article: PolnearArticle): PredictedQuote[] {
  const out: PredictedQuote[] = [];
  article.blocks.forEach((b, i) => {
    const base = article.blockStarts[i]!;
    const verbs = [...b.text.matchAll(SPEECH_VERB)].map((m) => ({ at: m.index!, end: m.index! + m[0].length }));
    for (const q of findQuotations(b.text, base)) {
      if (wordsIn(article.text.slice(q.start, q.end)) < 3) continue;
      const qs = q.start - base;
      const qe = q.end - base;
      const outside = verbs.filter((v) => v.end <= qs - 1 || v.at >= qe + 1);
      const v = outside.sort(
        (x, y) =>
          Math.min(Math.abs(x.at - qe), Math.abs(x.end - qs)) - Math.min(Math.abs(y.at - qe), Math.abs(y.end - qs)),
      )[0];
      let speaker: string | null = null;
      if (v) {
        const names = [...b.text.matchAll(NAME)].filter(
          (m) => !NOT_NAME.test(m[0]) && (m.index! + m[0].length <= qs || m.index! >= qe),
        );
        const near = names.filter(
          (m) => Math.abs(m.index! + m[0].length - v.at) <= 2 || Math.abs(m.index! - v.end) <= 2,
        )[0];
        speaker = near?.[0].replace(/^(?:The|A|An)\s/, '') ?? null;
      }
      out.push({ start: q.start, end: q.end, speaker });
    }
  });
  return out;
}

/** Lede's direct and partial quotes as file offsets (block quotes have no marks, and gold quotes do). */
export function ledeQuotes(article: PolnearArticle): PredictedQuote[] {
  return quoteOffsets(article, extractKeyItems({ title: article.title, blocks: article.blocks }).quotes);
}

/** The direct and partial ones of an extraction's `quotes` of `article`, as file offsets. */
export function quoteOffsets(article: PolnearArticle, quotes: Extraction['quotes']): PredictedQuote[] {
  return quotes
    .filter((q) => q.kind === 'direct' || q.kind === 'partial')
    .map((q) => ({
      start: article.blockStarts[q.source.block]! + q.source.start,
      end: article.blockStarts[q.source.block]! + q.source.end,
      speaker: q.speaker,
    }));
}

/** The figures of a split, scored once with the annotators' proxy referent and once with CoreNLP's coreference. */
export interface SplitReport {
  articles: number;
  lede: QuoteScore;
  base: QuoteScore;
  /** Lede with the proxy referent, names matched article-aware (speaker-match.ts) rather than by words alone. */
  ledeArticle: QuoteScore;
  /** The same, with pronoun and definite-description referents from CoreNLP coreference where it names one. */
  ledeCoref: QuoteScore;
  baseCoref: QuoteScore;
  tally: ReferentTally;
  /**
   * The same, with pronoun referents labelled by hand (bench/data/polnear-<split>-pronoun-referents.json), on the
   * articles the file covers: all of dev, train's HAND_FOLDS; `ledeProxy` is Lede against the proxy on those same
   * articles, so the two pronoun figures compare like with like.
   */
  hand: HandReport;
}

export interface HandReport {
  /** The train folds scored, or null for the whole split. */
  folds: readonly number[] | null;
  lede: QuoteScore;
  base: QuoteScore;
  ledeProxy: QuoteScore;
  /** `lede` (hand referents) with names matched article-aware. */
  ledeArticle: QuoteScore;
  tally: HandTally;
}

/** An empty hand-referent report for a split's labelled articles. */
export function emptyHandReport(split: PolnearSplit): HandReport {
  return {
    folds: HAND_FOLDS[split] ?? null,
    lede: emptyScore(),
    base: emptyScore(),
    ledeProxy: emptyScore(),
    ledeArticle: emptyScore(),
    tally: emptyHandTally(),
  };
}

/** Whether an article is among those a split's hand referents cover (all of dev; train's HAND_FOLDS). */
export function isHandLabelled(h: HandReport, slug: string): boolean {
  return h.folds === null || h.folds.includes(foldOf(slug));
}

export function scoreSplit(split: PolnearSplit, dataDir = polnearDataDir()): SplitReport {
  const articles = loadPolnear(split, dataDir);
  const [lede, base, ledeCoref, baseCoref] = [emptyScore(), emptyScore(), emptyScore(), emptyScore()];
  const ledeArticle = emptyScore();
  const tally = emptyTally();
  const handReferents = loadHandReferents(handReferentsPath(split));
  const hand = emptyHandReport(split);
  for (const a of articles) {
    const gold = goldQuotes(a);
    const coref = withCorefReferents(a, split, dataDir!, gold, sameName, tally);
    const [mine, theirs] = [ledeQuotes(a), baselineQuotes(a)];
    const names = articleNames(a.text);
    scoreArticle(a, gold, mine, lede);
    scoreArticle(a, gold, mine, ledeArticle, names);
    scoreArticle(a, gold, theirs, base);
    scoreArticle(a, coref, mine, ledeCoref);
    scoreArticle(a, coref, theirs, baseCoref);
    if (isHandLabelled(hand, a.slug)) {
      const byHand = withHandReferents(a.slug, gold, handReferents, hand.tally);
      scoreArticle(a, byHand, mine, hand.lede);
      scoreArticle(a, byHand, mine, hand.ledeArticle, names);
      scoreArticle(a, byHand, theirs, hand.base);
      scoreArticle(a, gold, mine, hand.ledeProxy);
    }
  }
  return { articles: articles.length, lede, base, ledeArticle, ledeCoref, baseCoref, tally, hand };
}

export function formatSplit(split: PolnearSplit, r: SplitReport): string[] {
  const t = r.tally;
  return [
    `PolNeAR ${split}: ${r.articles} articles, ${r.lede.gold} gold direct quotes (≥ 3 words, in double marks, inside an attribution's Content)`,
    "pronoun/description referent = the annotators' nearest earlier named Source (proxy):",
    ...formatScore('lede', r.lede),
    ...formatScore('baseline', r.base),
    formatWordVsArticle('proxy', r.lede, r.ledeArticle),
    `pronoun/description referent = CoreNLP coreference where its chain's representative is a name (${t.coref} of ${t.candidates} quotes; ${t.corefOnly} had no proxy, ${t.differ} differ from it; ${t.missingFiles} articles without CoreNLP keep the proxy):`,
    ...formatScore('lede', r.ledeCoref),
    ...formatScore('baseline', r.baseCoref),
    ...formatHand(split, r.hand),
  ];
}

/** The hand-referent figures and, side by side, the proxy's and the hand referents' pronoun accuracy and F1. */
export function formatHand(split: PolnearSplit, h: HandReport): string[] {
  const where = h.folds ? `${split} folds ${h.folds.join(',')}` : split;
  return [
    `pronoun referent = labelled by hand (bench/data/polnear-${split}-pronoun-referents.json: ${h.tally.labelled} of ${h.tally.pronouns} pronoun quotes${h.folds ? ` of ${where}` : ''}; description referents keep the proxy):`,
    ...formatScore('lede', h.lede),
    ...formatScore('baseline', h.base),
    formatProxyVsHand(where, h),
    formatWordVsArticle(`hand referents, ${where}`, h.lede, h.ledeArticle),
  ];
}

/**
 * One line: Lede's name accuracy and quote+speaker F1 with names matched by words alone and article-aware
 * (speaker-match.ts), the same predictions and referents (`referent` says which).
 */
export function formatWordVsArticle(referent: string, word: QuoteScore, article: QuoteScore): string {
  const name = (s: QuoteScore): string => classAccuracy(s, 'name');
  return `lede, word vs article-aware name match (${referent}): name (word match) ${name(word)}, name (article-aware match) ${name(article)}; quote+speaker F1 (word match) ${quoteSpeakerF1(word).toFixed(3)}, quote+speaker F1 (article-aware match) ${quoteSpeakerF1(article).toFixed(3)}`;
}

/** One line: Lede's pronoun accuracy and quote+speaker F1 against the proxy and against the hand referents. */
export function formatProxyVsHand(where: string, h: HandReport): string {
  const pron = (s: QuoteScore): string => classAccuracy(s, 'pronoun');
  return `lede, proxy vs hand: pronoun (proxy, ${where}) ${pron(h.ledeProxy)}, pronoun (hand referents, ${where}) ${pron(h.lede)}; quote+speaker F1 (proxy, ${where}) ${quoteSpeakerF1(h.ledeProxy).toFixed(2)}, quote+speaker F1 (hand referents, ${where}) ${quoteSpeakerF1(h.lede).toFixed(2)}`;
}
