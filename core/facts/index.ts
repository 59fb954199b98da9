// Key facts, quotes and entities from an extracted article (EXTRACTION.md): the public entry of core/facts.
// Pure TypeScript; the language work is rules on top of compromise's lexicon, with compromise's tagger run
// only on the few sentences where the rules cannot type a name.
import nlp from 'compromise';
import type { Block, Entity, EntityType, Extraction } from '../types';
import { buildEntities, findNameMentions, type NameMention } from './entities';
import { extractFacts } from './facts';
import { prepareBlocks } from './prepare';
import { extractQuotes, type QuoteRanges } from './quotes';
import type { SpeakerContext } from './attribution';

export { hashArticleText } from './text-hash';

export interface ExtractionInput {
  title: string;
  blocks: Block[];
  lang?: string | null;
}

/** Sentences we let compromise's full tagger read per article (it costs ~0.1 ms per word). */
const MAX_TAGGER_SENTENCES = 25;

/**
 * Extracts facts (best first), quotes (reading order) and entities (main first) from an article's blocks.
 * Pure and deterministic; never throws (bad input gives empty lists) and bounds its work on huge input.
 */
export function extractKeyItems(input: ExtractionInput): Extraction {
  try {
    return extract(input);
  } catch {
    // Extraction is a convenience on top of reading: a bug on an odd page must not break the popup.
    return { facts: [], quotes: [], entities: [] };
  }
}

function extract(input: ExtractionInput): Extraction {
  const blocks = Array.isArray(input?.blocks) ? input.blocks : [];
  const title = typeof input?.title === 'string' ? input.title.slice(0, 1000) : '';
  const prepared = prepareBlocks(blocks);
  const lowerWords = new Set<string>();
  for (const pb of prepared) {
    if (!pb.prose) continue;
    for (const w of pb.block.text.match(/(?<![\p{L}.])\p{Ll}[\p{Ll}'’-]*/gu) ?? []) lowerWords.add(w);
  }
  const mentions: NameMention[] = [];
  const sentenceOf = new Map<NameMention, string>();
  for (const pb of prepared) {
    for (const m of findNameMentions(pb.block.text, pb.index, pb.sentences, lowerWords)) {
      // Headings, captions and credits count toward known names; only sentence-like ones introduce names.
      if (!pb.prose && (pb.block.type !== 'heading' || pb.block.text.split(/\s+/).length < 8)) m.attachOnly = true;
      mentions.push(m);
      const s = pb.sentences.find((x) => m.start >= x.start && m.start < x.end);
      if (s) sentenceOf.set(m, pb.block.text.slice(s.start, s.end));
    }
  }
  const leadBlocks = new Set(prepared.filter((p) => p.prose && p.block.type === 'p').slice(0, 1).map((p) => p.index));
  // The headline area: headings before the first paragraph of prose (the deck under the title).
  const firstProse = prepared.find((p) => p.prose)?.index ?? 0;
  const headBlocks = new Set(prepared.filter((p) => p.index < firstProse && p.block.type === 'heading').map((p) => p.index));
  const entities = buildEntities(mentions, blocksView(blocks, prepared), title, leadBlocks, headBlocks, taggerFallback(sentenceOf));
  const views = blocksView(blocks, prepared);
  const ranges: QuoteRanges = new Map();
  const ctx = speakerContext(entities, mentions, ranges, views);
  const quotes = extractQuotes(views, prepared, ctx, ranges);
  const facts = extractFacts(views, prepared, ranges, entities, title);
  return { facts, quotes, entities };
}

/** The blocks as analysed (giant ones truncated), indexable by their original block index. */
function blocksView(blocks: readonly Block[], prepared: ReturnType<typeof prepareBlocks>): Block[] {
  const out = blocks.slice();
  for (const p of prepared) out[p.index] = p.block;
  return out;
}

/** Types a name the rules could not by asking compromise about its sentence, a bounded number of times. */
function taggerFallback(sentenceOf: Map<NameMention, string>): (m: NameMention) => EntityType | null {
  let calls = 0;
  const cache = new Map<string, { people: string[]; places: string[]; orgs: string[] }>();
  return (m) => {
    const sentence = sentenceOf.get(m);
    if (!sentence) return null;
    let found = cache.get(sentence);
    if (!found) {
      if (calls++ >= MAX_TAGGER_SENTENCES) return null;
      const doc = nlp(sentence);
      found = {
        people: doc.people().out('array') as string[],
        places: doc.places().out('array') as string[],
        orgs: doc.organizations().out('array') as string[],
      };
      cache.set(sentence, found);
    }
    const has = (list: string[]): boolean => list.some((x) => x.includes(m.core));
    if (has(found.people)) return 'person';
    if (has(found.orgs)) return 'org';
    if (has(found.places)) return 'place';
    return null;
  };
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
  return {
    entities,
    mentions: ordered,
    canonical: ordered.map((m) => at.get(`${m.block}:${m.start}`)?.name ?? null),
    typeOf: (name) => types.get(name) ?? null,
    lastSpeaker: null,
    lastPerson: null,
    quoted,
    blockText: (i) => blocks[i]?.text ?? '',
  };
}
