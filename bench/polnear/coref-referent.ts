// A second referent for pronoun and definite-description Sources, from PolNeAR's CoreNLP coreference layer: the
// chain holding the Source's mention, when that chain's representative mention is a name (its capitalised head token
// tagged PERSON or ORGANIZATION by CoreNLP). The referent is then the name run
// around the representative's head ("Donald Trump" from "Donald Trump, the Republican front-runner").
//
// This is machine output, not hand annotation: CoreNLP's coreference is itself wrong at times. The bench reports
// speaker accuracy against both referents (the annotators' nearest earlier named Source, and this one) side by side;
// docs/speakers.md gives a hand check of both on `train`.
import { type CoreDocument, type CoreMention, type CoreToken, loadCoreNlp } from './corenlp';
import type { GoldQuote } from './gold';
import type { PolnearArticle, PolnearSplit } from './load';

const NAMED = new Set(['PERSON', 'ORGANIZATION']);

/** The run of tokens with the head's PERSON/ORGANIZATION tag around it, in the mention; null when untagged. */
function nerRun(doc: CoreDocument, m: CoreMention): string | null {
  if (!NAMED.has(m.head.ner)) return null;
  const sentence = doc.sentences.find((s) => s.includes(m.head));
  if (!sentence) return null;
  let i = sentence.indexOf(m.head);
  let j = i;
  const same = (t: CoreToken | undefined): boolean =>
    !!t && t.ner === m.head.ner && t.start >= m.start && t.end <= m.end;
  while (same(sentence[i - 1])) i--;
  while (same(sentence[j + 1])) j++;
  return sentence
    .slice(i, j + 1)
    .map((t) => t.word)
    .join(' ');
}

/**
 * The name a representative mention gives, or null when it is not a name. Only CoreNLP's own tag on the head counts:
 * reading the wording as gold.ts does took "Islam" from "a traitor against Islam and Muslims".
 */
function mentionName(doc: CoreDocument, m: CoreMention): string | null {
  return /^\p{Lu}/u.test(m.head.word) ? nerRun(doc, m) : null;
}

/**
 * The coreference referent of a Source starting at `at` and spanning `length` characters: the representative name of
 * the chain with a mention over the Source's first character (the shortest such mention), or null.
 */
export function corefReferent(doc: CoreDocument, at: number, length: number): string | null {
  let best: { mention: CoreMention; chain: CoreMention[] } | null = null;
  for (const chain of doc.chains)
    for (const mention of chain) {
      if (mention.start > at || mention.end <= at || mention.start >= at + Math.max(1, length)) continue;
      if (!best || mention.end - mention.start < best.mention.end - best.mention.start) best = { mention, chain };
    }
  if (!best) return null;
  const rep = best.chain.find((m) => m.representative);
  if (!rep || rep === best.mention) return null;
  return mentionName(doc, rep);
}

/** Counts of how the coreference referent relates to the annotators' proxy, over the quotes that can have one. */
export interface ReferentTally {
  /** Pronoun or definite-description quotes. */
  candidates: number;
  /** Of those, with a coreference referent. */
  coref: number;
  /** Of those, without a proxy referent before. */
  corefOnly: number;
  /** With both, naming different people. */
  differ: number;
  /** Articles with no CoreNLP file (the proxy stays). */
  missingFiles: number;
}

export function emptyTally(): ReferentTally {
  return { candidates: 0, coref: 0, corefOnly: 0, differ: 0, missingFiles: 0 };
}

const SOURCE_REFERS = (g: GoldQuote): boolean =>
  g.sourceStart >= 0 &&
  (g.sourceClass === 'pronoun' ||
    (g.sourceClass === 'description' && /^(?:the|this|that|his|her|their|its)\s/i.test(g.source.trim())));

/**
 * The gold quotes with the coreference referent in place of the proxy wherever CoreNLP gives a named one; the others
 * keep the proxy. `sameName` decides whether two referents name the same person (for the tally only).
 */
export function withCorefReferents(
  article: PolnearArticle,
  split: PolnearSplit,
  dataDir: string,
  gold: readonly GoldQuote[],
  sameName: (a: string, b: string) => boolean,
  tally: ReferentTally,
): GoldQuote[] {
  if (!gold.some(SOURCE_REFERS)) return [...gold];
  const doc = loadCoreNlp(dataDir, split, article.slug);
  if (!doc) {
    tally.missingFiles++;
    return [...gold];
  }
  return gold.map((g) => {
    if (!SOURCE_REFERS(g)) return g;
    tally.candidates++;
    const referent = corefReferent(doc, g.sourceStart, g.source.trim().length);
    if (!referent) return g;
    tally.coref++;
    if (!g.referent) tally.corefOnly++;
    else if (!sameName(referent, g.referent) && !sameName(g.referent, referent)) tally.differ++;
    return { ...g, referent };
  });
}
