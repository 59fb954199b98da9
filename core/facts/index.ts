// Key facts, quotes and entities from an extracted article (docs/extraction.md): the public entry of core/facts.
// Pure TypeScript; the language work is rules on top of compromise's lexicon (names, places, organisations,
// parts of speech). compromise's full tagger is not run: on the labelled set it typed no name the rules missed
// and cost ~0.1 ms per word (see bench/facts.bench.ts).
import type { Block, Entity, Extraction } from '../types';
import { buildEntities, findNameMentions, type NameMention } from './entities';
import { extractFacts } from './facts';
import { prepareBlocks } from './prepare';
import { genderFromContext, genderFromPronoun } from './gender-cues';
import { isSubjectMention } from './salience';
import { extractQuotes, type QuoteRanges } from './quotes';
import { speakerCanonical, speakerType } from './speaker-canonical';
import { attributeIntl, isIntlLang } from './speakers-intl';
import type { SpeakerContext } from './speaker-context';
import type { RankerTrace } from './speaker-ranker';
import { genderOfName, type Gender, titleGender } from './speakers';

export { hashArticleText } from '../hash';

export interface ExtractionInput {
  title: string;
  blocks: Block[];
  /** The article's language (`Article.lang`): de, fr, es, it and pt get their own speaker rules. */
  lang?: string | null;
}

/** Hooks for benches; the extension passes none. */
export interface ExtractionOptions {
  /** Sees every quote's speaker candidates and the sieve's answer (bench/polnear/train-ranker.ts). */
  rankerTrace?: RankerTrace;
}

/**
 * Extracts facts (best first), quotes (reading order) and entities (main first) from an article's blocks.
 * Pure and deterministic; never throws (bad input gives empty lists) and bounds its work on huge input.
 */
export function extractKeyItems(input: ExtractionInput, options: ExtractionOptions = {}): Extraction {
  try {
    return extractKeyItemsOrThrow(input, options);
  } catch {
    // Extraction is a convenience on top of reading: a bug on an odd page must not break the popup.
    return { facts: [], quotes: [], entities: [] };
  }
}

/**
 * What extractKeyItems does, without its safety net: an internal error propagates. For tests and fuzzers, so a
 * bug on odd input fails them instead of passing as an empty (and therefore trivially sane) extraction.
 */
export function extractKeyItemsOrThrow(input: ExtractionInput, options: ExtractionOptions = {}): Extraction {
  const blocks = Array.isArray(input?.blocks) ? input.blocks : [];
  const title = typeof input?.title === 'string' ? input.title.slice(0, 1000) : '';
  const prepared = prepareBlocks(blocks);
  const lowerWords = new Set<string>();
  for (const pb of prepared) {
    if (!pb.prose) continue;
    for (const w of pb.block.text.match(/(?<![\p{L}.])\p{Ll}[\p{Ll}'’-]*/gu) ?? []) lowerWords.add(w);
  }
  const mentions: NameMention[] = [];
  for (const pb of prepared) {
    for (const m of findNameMentions(pb.block.text, pb.index, pb.sentences, lowerWords)) {
      // Headings, captions and credits count toward known names; only sentence-like ones introduce names.
      if (!pb.prose && (pb.block.type !== 'heading' || pb.block.text.split(/\s+/).length < 8)) m.attachOnly = true;
      mentions.push(m);
    }
  }
  const leadBlocks = new Set(
    prepared
      .filter((p) => p.prose && p.block.type === 'p')
      .slice(0, 1)
      .map((p) => p.index),
  );
  // The headline area: headings before the first paragraph of prose (the deck under the title).
  const firstProse = prepared.find((p) => p.prose)?.index ?? 0;
  const headBlocks = new Set(
    prepared.filter((p) => p.index < firstProse && p.block.type === 'heading').map((p) => p.index),
  );
  const entities = buildEntities(mentions, blocksView(blocks, prepared), title, leadBlocks, headBlocks);
  const views = blocksView(blocks, prepared);
  const ranges: QuoteRanges = new Map();
  // ("Officials said": a common word that joined no person of the article is no name for the speakers either.)
  const named = new Set(entities.flatMap((e) => e.occurrences.map((o) => `${o.block}:${o.start}`)));
  const speakerMentions = mentions.filter((m) => !m.surnameOnly || named.has(`${m.block}:${m.start}`));
  const ctx = speakerContext(entities, speakerMentions, ranges, views);
  const quotes = extractQuotes(views, prepared, ctx, ranges, options.rankerTrace);
  // German, French and Spanish pages: the English sieve's capitalised-word speakers ("Nun", "Et") give way to rules
  // of their own (speakers-intl.ts). `lang` is the article's language (Article.lang: declared, or what the text
  // clearly is, docs/language.md); pages without one keep the English sieve.
  if (isIntlLang(input.lang)) attributeIntl(quotes, prepared, input.lang!);
  // Someone quoted again and again is what the article is about, even when named only once or twice.
  const quoted = new Map<string, number>();
  for (const q of quotes) if (q.speaker) quoted.set(q.speaker, (quoted.get(q.speaker) ?? 0) + 1);
  for (const e of entities) if ((quoted.get(e.name) ?? 0) >= 2) e.main = true;
  entities.sort((a, b) => Number(b.main) - Number(a.main) || b.mentions - a.mentions || a.name.localeCompare(b.name));
  const facts = extractFacts(views, prepared, ranges, entities, title);
  return { facts, quotes, entities };
}

/** The blocks as analysed (giant ones truncated), indexable by their original block index. */
function blocksView(blocks: readonly Block[], prepared: ReturnType<typeof prepareBlocks>): Block[] {
  const out = blocks.slice();
  for (const p of prepared) out[p.index] = p.block;
  return out;
}

function speakerContext(
  entities: readonly Entity[],
  mentions: readonly NameMention[],
  quoted: QuoteRanges,
  blocks: readonly Block[],
): SpeakerContext {
  const at = new Map<string, Entity>();
  for (const e of entities) for (const o of e.occurrences) at.set(`${o.block}:${o.start}`, e);
  const ordered = [...mentions].sort((a, b) => a.block - b.block || a.start - b.start);
  const types = new Map(entities.map((e) => [e.name, e.type]));
  const canonical = speakerCanonical(
    ordered,
    ordered.map((m) => at.get(`${m.block}:${m.start}`)?.name ?? null),
    entities,
  );
  // A person's gender, for "he" and "she": what the article says of them — a title on any mention ("Ms. Walz"), or
  // a gendered role next to one ("Ghazala Khan, the mother of …") — over the given-name list, which guesses wrong
  // on names men and women both bear ("Marty Walz" is a woman). Evidence both ways gives none.
  const said = new Map<string, Set<Gender>>();
  const guessed = new Map<string, Gender | null>();
  const votes = new Map<string, Set<Gender>>();
  ordered.forEach((m, i) => {
    const name = canonical[i];
    if (!name || types.get(name) !== 'person') return;
    const g = titleGender(m.surface) ?? genderFromContext(blocks[m.block]?.text ?? '', m.start, m.end);
    if (g) said.set(name, (said.get(name) ?? new Set<Gender>()).add(g));
    if (!guessed.get(name)) guessed.set(name, genderOfName(m.surface) ?? genderOfName(name));
    const text = blocks[m.block]?.text ?? '';
    const nx = ordered[i + 1];
    if (
      !(quoted.get(m.block) ?? []).some(([a, b]) => m.start >= a && m.start < b) &&
      isSubjectMention(text, m.start, m.end)
    ) {
      const v = genderFromPronoun(text, m.start, m.end, nx && nx.block === m.block ? nx.start : text.length);
      if (v) (votes.get(name) ?? votes.set(name, new Set<Gender>()).get(name)!).add(v);
    }
  });
  const genderOf = (name: string): Gender | null => {
    const s = said.get(name);
    if (s) return s.size === 1 ? ([...s][0] ?? null) : null;
    // A pronoun that carries on the person's own clause ("Walz approaches it … . She said …") fills a gender the
    // list does not know, and makes one it contradicts unknown, fitting both ("Marty" is listed a man's name).
    const v = votes.get(name);
    const guess = guessed.get(name) ?? null;
    if (v?.size !== 1) return guess;
    return !guess ? ([...v][0] ?? null) : v.has(guess) ? guess : null;
  };
  return {
    genderOf,
    entities,
    mentions: ordered,
    canonical,
    typeOf: (name) => speakerType(name, types.get(name) ?? null),
    lastSpeaker: null,
    lastPerson: null,
    quoted,
    blockText: (i) => blocks[i]?.text ?? '',
  };
}
