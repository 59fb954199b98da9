// Key facts (docs/extraction.md): sentences of the article's own prose with checkable specifics, ranked by centrality.
import type { Block, Entity, Fact, FactValueKind } from '../types';
import { embeddedPosts } from './embedded-posts';
import { factSentences } from './fact-sentences';
import { makeProvenance, stableId, trimSpan } from './provenance';
import type { PreparedBlock } from './prepared-block';
import type { QuoteRanges } from './quotes';
import { findValues } from './values';

/** How much each kind of specific says about an article's substance (for ranking only). */
const KIND_WEIGHT: Record<FactValueKind, number> = {
  money: 1,
  quantity: 0.9,
  percent: 0.9,
  count: 0.65,
  period: 0.6,
  date: 0.45,
  duration: 0.5,
  age: 0.45,
  ordinal: 0.4,
  event: 0.5,
};
/**
 * A dateline before the lead's first words: the place in capitals, then optionally its state or country as written
 * ("Mass.", "Texas"), a date ("Dec. 11") and the agency, then a dash: "CAMBRIDGE, Mass., Dec. 11 (UPI) — ",
 * "PHILADELPHIA ― ", "HOUSTON, Texas (KTRK) -- ". Never a fact, and its date is not the article's specific.
 */
const DATELINE =
  /^\s*\p{Lu}[\p{Lu}\s.,'-]{1,40}(?:,\s?\p{Lu}[\p{L}.]{1,14}(?:\s\p{Lu}[\p{L}.]{1,14})?)?(?:,\s?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2})?\s?(?:\([^)]{1,30}\))?\s*[—–―-]{1,2}\s*/u;
/** "[Read: Why Tunisia … suffers from Islamist violence]": a link to another story set in brackets, not prose. */
const BRACKETED = /^\[[^\]]*\]$/;
const STOPWORDS = new Set(
  'the a an and or of to in on for with by at from as is are was were be its his her their this that'.split(' '),
);

function contentWords(s: string): Set<string> {
  return new Set((s.toLowerCase().match(/[\p{L}\d]{3,}/gu) ?? []).filter((w) => !STOPWORDS.has(w)));
}

/**
 * Facts from prose blocks, best first. Specifics inside direct or partial quotes are the speaker's, not the
 * article's, and do not make a fact on their own. Never mutates its inputs.
 */
export function extractFacts(
  blocks: readonly Block[],
  prepared: readonly PreparedBlock[],
  quoteRanges: QuoteRanges,
  entities: readonly Entity[],
  title: string,
): Fact[] {
  const titleWords = contentWords(title);
  const mainMentions = new Map<number, Array<[number, number]>>();
  for (const e of entities) {
    if (!e.main) continue;
    for (const o of e.occurrences) {
      const list = mainMentions.get(o.block) ?? [];
      list.push([o.start, o.end]);
      mainMentions.set(o.block, list);
    }
  }
  const total = prepared.reduce((n, p) => n + (p.prose ? p.sentences.length : 0), 0) || 1;
  const facts: Fact[] = [];
  let ordinal = 0;
  let postOpen = false;
  const deck = deckIndex(prepared);
  for (const pb of prepared) {
    const text = pb.block.text;
    // A post's markup may open in one block and close in a later one, prose or not.
    const posts = embeddedPosts(text, postOpen);
    postOpen = posts.open;
    if (!pb.prose || pb.index === deck) continue;
    const quoted = quoteRanges.get(pb.index) ?? [];
    for (const sent of factSentences(text, pb.sentences, quoted)) {
      ordinal++;
      let start = sent.start;
      const dl = start === 0 ? DATELINE.exec(text.slice(0, 80)) : null;
      if (dl && dl[0].length < text.length / 2) start += dl[0].length;
      const [s, e] = trimSpan(text, start, sent.end);
      const sentence = text.slice(s, e);
      if (sentence.split(/\s+/).length < 3 || BRACKETED.test(sentence)) continue;
      // An embedded post's words are its author's, as a quotation's are its speaker's.
      const exclude = [...quoted, ...posts.ranges]
        .filter(([a, b]) => a < e && b > s)
        .map(([a, b]) => [a - s, b - s] as [number, number]);
      const values = findValues(sentence, exclude);
      if (values.length === 0) continue;
      const valueScore = 1 - values.reduce((p, v) => p * (1 - KIND_WEIGHT[v.kind]), 1);
      const position = 1 - (ordinal - 1) / total;
      const mains = (mainMentions.get(pb.index) ?? []).filter(([a, b]) => a >= s && b <= e).length;
      const words = contentWords(sentence);
      let overlap = 0;
      for (const w of titleWords) if (words.has(w)) overlap++;
      const titleScore = titleWords.size ? Math.min(1, overlap / Math.min(3, titleWords.size)) : 0;
      const score = 0.5 * valueScore + 0.2 * position + 0.15 * Math.min(1, mains / 2) + 0.15 * titleScore;
      facts.push({
        id: stableId('f', sentence, pb.index, s),
        text: sentence,
        values: values.map((v) => v.text),
        details: values.map(({ text: t, kind, normalized }) => ({ text: t, kind, normalized })),
        score: Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000,
        source: makeProvenance(blocks, pb.index, s, e),
      });
    }
  }
  return facts.sort((a, b) => b.score - a.score || a.source.block - b.source.block || a.source.start - b.source.start);
}

/** Most words a deck has: a lead's first paragraph runs longer. */
const DECK_MAX_WORDS = 10;

/**
 * The index of the article's deck, or null: a first prose block of one sentence and at most ten words, with prose
 * after it ("Sanders praises Obama after 45-minute meeting on policy and politics."), is the headline's summary, not
 * the article's prose (docs/extraction.md, "Never facts": headings).
 */
function deckIndex(prepared: readonly PreparedBlock[]): number | null {
  const prose = prepared.filter((p) => p.prose);
  const first = prose[0];
  if (!first || prose.length < 2 || first.sentences.length !== 1) return null;
  return first.block.text.trim().split(/\s+/).length <= DECK_MAX_WORDS ? first.index : null;
}
