// A learned fall-back for quotes the sieve leaves without a speaker: every person or organisation named outside
// quotes in the quote's paragraph and the three before it is scored by a small logistic model over features of
// Lede's own parse (distance, a reporting verb next to the mention, clause subject, who spoke last, how often the
// article names and quotes them), and the best one speaks when the model is confident enough. The weights are
// learnt on PolNeAR `train` by bench/polnear/train-ranker.ts and live in speaker-ranker-weights.ts; nothing here
// reads the network or a parser other than Lede's.
import { hasReportingVerb } from './attribution';
import { isReportingSubject, isSubjectMention } from './salience';
import type { SpeakerContext } from './speaker-context';
import { pronounFits, type Gender } from './speakers';
import { RANKER_BIAS, RANKER_THRESHOLD, RANKER_WEIGHTS } from './speaker-ranker-weights';

/** The paragraphs before the quote's own that candidates may come from. */
const REACH = 3;

/** A preposition right before a name (titles skipped): "a rally for Donald Trump", "according to". */
const PREPOSITION_BEFORE = /\b(?:of|for|with|to|by|about|against|on|at|from|in|into|over|than|like|toward|towards)\s$/;

/** Whether a mention before a quote sits after a verb or preposition of the quote's own sentence. */
function isObjectInSentence(text: string, start: number, end: number, open: number): boolean {
  if (/[.!?]["”']?\s/.test(text.slice(end, open))) return false;
  const lead = text.slice(Math.max(0, start - 30), start).replace(/(?:\p{Lu}[\p{L}.'’-]*\s)+$/u, '');
  return PREPOSITION_BEFORE.test(lead) || /\b\p{Ll}{3,}(?:ed|es)\s$/u.test(lead);
}

/** The feature names, in the order of the weight table. */
export const FEATURES = [
  'sameBlock',
  'prevBlock',
  'twoBack',
  'threeBack',
  'afterInBlock',
  'nearRank0',
  'nearRank1',
  'charDist',
  'verbNext',
  'verbBefore',
  'subject',
  'reportingSubject',
  'lastSpeaker',
  'lastPerson',
  'person',
  'org',
  'mentions',
  'mentionsNear',
  'quotedBefore',
  'possessive',
  'quoteOpensBlock',
  'partial',
  'sameSentence',
  'afterPreposition',
  'afterVerb',
] as const;

export interface Candidate {
  name: string;
  features: number[];
}

/** Where the quote is and what the article has said so far. */
export interface QuoteSite {
  block: number;
  /** Offset of the opening mark in the block. */
  open: number;
  close: number;
  /** How many quotes each speaker has had so far. */
  spoken: ReadonlyMap<string, number>;
  /** A quotation woven into the writer's sentence ("called it “a disgrace”"). */
  partial: boolean;
  /** The pronoun the reporting clause names when the sieve could not resolve it ("she said"): candidates must fit. */
  pronoun: string | null;
  /** Whether the sieve found a reporting clause for the quote (a carried or subject speaker has none). */
  clause: boolean;
}

/**
 * A bench's window onto the ranker (see ExtractionOptions.rankerTrace): receives every quote's candidates (spoken or
 * not) and the sieve's answer, so that bench/polnear/train-ranker.ts can label them against the gold.
 */
export type RankerTrace = (site: QuoteSite, candidates: Candidate[], sieve: string | null) => void;

/** The candidates for a quote, each with its feature vector; nearest mention of each entity first. */
export function speakerCandidates(site: QuoteSite, ctx: SpeakerContext): Candidate[] {
  const { block, open, close } = site;
  const seen = new Map<string, { i: number; count: number }>();
  const total = new Map<string, number>();
  for (let i = 0; i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i]!;
    const name = ctx.canonical[i];
    if (!name || m.block > block) continue;
    total.set(name, (total.get(name) ?? 0) + 1);
    if (m.block < block - REACH) continue;
    if ((ctx.quoted.get(m.block) ?? []).some(([a, b]) => m.start >= a && m.start < b)) continue;
    if (m.block === block && m.start >= open && m.start < close) continue;
    const t = ctx.typeOf(name);
    if (t !== 'person' && t !== 'org') continue;
    // "SANDERS:": a name in capitals is a label or a kicker, which transcript-labels.ts reads, not prose.
    if (!/\p{Ll}/u.test(m.core)) continue;
    // "Republican voters in Iowa backed Donald Trump as a “very decent man”": an object in the quote's own sentence is
    // what the sentence talks about; its subject, whom the sieve could not name, speaks.
    if (m.block === block && m.end <= open && isObjectInSentence(ctx.blockText(block), m.start, m.end, open)) continue;
    // "she said" with only men named is no one; "he adds" is no organisation.
    if (site.pronoun && !fitsPronoun(site.pronoun, t, ctx.genderOf(name))) continue;
    const prior = seen.get(name);
    // The mention nearest the quote stands for its entity.
    const dist = (k: number): number => {
      const x = ctx.mentions[k]!;
      return x.block === block ? (x.start < open ? open - x.end : x.start - close) : (block - x.block) * 1000;
    };
    if (!prior) seen.set(name, { i, count: 1 });
    else {
      prior.count++;
      if (dist(i) < dist(prior.i)) prior.i = i;
    }
  }
  const blockText = ctx.blockText(block);
  const opens = /^\s*["“«'‘]/.test(blockText);
  const entries = [...seen.entries()].map(([name, v]) => {
    const m = ctx.mentions[v.i]!;
    const d = m.block === block ? (m.start < open ? open - m.end : m.start - close) : (block - m.block) * 1000 + 500;
    return { name, m, d, count: v.count };
  });
  entries.sort((a, b) => a.d - b.d);
  return entries.map(({ name, m, d, count }, rank) => {
    const text = ctx.blockText(m.block);
    const after = text.slice(m.end, m.end + 30);
    const lead = text.slice(Math.max(0, m.start - 30), m.start).replace(/(?:\p{Lu}[\p{L}.'’-]*\s)+$/u, '');
    const t = ctx.typeOf(name);
    const f = [
      m.block === block ? 1 : 0,
      m.block === block - 1 ? 1 : 0,
      m.block === block - 2 ? 1 : 0,
      m.block === block - 3 ? 1 : 0,
      m.block === block && m.start >= close ? 1 : 0,
      rank === 0 ? 1 : 0,
      rank === 1 ? 1 : 0,
      m.block === block ? Math.log1p(Math.max(0, d)) / 6 : 1,
      hasReportingVerb(after.split(/[.;"“”]/)[0]!) ? 1 : 0,
      hasReportingVerb(text.slice(Math.max(0, m.start - 12), m.start)) ? 1 : 0,
      isSubjectMention(text, m.start, m.end) ? 1 : 0,
      isReportingSubject(text, m.start, m.end) ? 1 : 0,
      ctx.lastSpeaker === name ? 1 : 0,
      ctx.lastPerson === name ? 1 : 0,
      t === 'person' ? 1 : 0,
      t === 'org' ? 1 : 0,
      Math.log1p(total.get(name) ?? 0) / 3,
      Math.log1p(count) / 2,
      Math.log1p(site.spoken.get(name) ?? 0) / 2,
      /^['’]s?\s/.test(after) ? 1 : 0,
      opens ? 1 : 0,
      site.partial ? 1 : 0,
      m.block === block && !/[.!?]["”']?\s/.test(m.start < open ? text.slice(m.end, open) : text.slice(close, m.start))
        ? 1
        : 0,
      PREPOSITION_BEFORE.test(lead) ? 1 : 0,
      /\b\p{Ll}{3,}(?:ed|es)\s$/u.test(lead) && !PREPOSITION_BEFORE.test(lead) ? 1 : 0,
    ];
    return { name, features: f };
  });
}

/**
 * Whether a candidate of type `t` and gender `g` can be what a pronoun means: "it" an organisation, "they" and "we"
 * anyone, "he" and "she" a person of that gender or one not known (the sieve's own {@link pronounFits}).
 */
function fitsPronoun(pronoun: string, t: string, g: Gender | null): boolean {
  if (pronoun === 'it') return t === 'org';
  if (pronoun === 'they' || pronoun === 'we') return true;
  return t === 'person' && pronounFits(pronoun, g);
}

/** The model's probability that a candidate speaks. */
export function candidateScore(features: readonly number[]): number {
  let z = RANKER_BIAS;
  for (let k = 0; k < features.length; k++) z += (RANKER_WEIGHTS[k] ?? 0) * features[k]!;
  return 1 / (1 + Math.exp(-z));
}

/**
 * The speaker the model picks for a quote the sieve left without one, or null when no candidate reaches the
 * threshold (no speaker rather than a doubtful one).
 */
export function rankedSpeaker(site: QuoteSite, ctx: SpeakerContext): string | null {
  let best: string | null = null;
  let bestP = RANKER_THRESHOLD;
  for (const c of speakerCandidates(site, ctx)) {
    const p = candidateScore(c.features);
    if (p >= bestP) {
      best = c.name;
      bestP = p;
    }
  }
  return best;
}
