// Which people, places and organisations a story is about ("main"): those its title or deck names, those its opening
// names more than once, and those it keeps mentioning. A presentation rule over finished entities.
import type { Entity } from '../types';

/** Why an entity is main, for the reader's tooltip; null when it is not. */
export type MainReason = 'headline' | 'lead' | 'mentions';

export interface Headline {
  title: string;
  deck: string | null;
  /** The article's blocks' texts in reading order; the first LEAD_BLOCKS make its opening. */
  blocks: readonly { text: string }[];
}

/** Paragraphs that make the opening: news stories name their subject in the first two. */
const LEAD_BLOCKS = 2;
/** Mentions that make an entity main wherever they are. */
const MANY_MENTIONS = 3;
/** Mentions in the opening that make an entity main (one passing mention is not enough). */
const LEAD_MENTIONS = 2;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when `text` contains `name` as whole words (not inside a longer word), case-sensitively. */
function names(text: string, name: string): boolean {
  if (!name.trim()) return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/** The forms a headline may use: the name, its aliases, and a person's surname ("Putin" for "Vladimir Putin"). */
function formsOf(entity: Pick<Entity, 'name' | 'aliases' | 'type'>): string[] {
  const forms = new Set([entity.name, ...entity.aliases]);
  if (entity.type === 'person') {
    const last = entity.name.trim().split(/\s+/).at(-1);
    if (last && last.length > 2 && last !== entity.name) forms.add(last);
  }
  return [...forms];
}

/** Why `entity` is one of the story's main entities, or null. Pure. */
export function mainReasonOf(
  entity: Pick<Entity, 'name' | 'aliases' | 'type' | 'mentions' | 'occurrences'>,
  article: Headline,
): MainReason | null {
  const forms = formsOf(entity);
  const headline = [article.title, article.deck ?? ''].join('\n');
  if (forms.some((f) => names(headline, f))) return 'headline';
  const inLead = entity.occurrences.filter((o) => o.block < LEAD_BLOCKS).length;
  if (inLead >= LEAD_MENTIONS || (inLead > 0 && entity.mentions >= LEAD_MENTIONS)) return 'lead';
  if (entity.mentions >= MANY_MENTIONS) return 'mentions';
  return null;
}

/**
 * `entities` with `main` set by the rule above, main first (headline, then opening, then mentions), then by mentions.
 * Returns new objects; never mutates its inputs.
 */
export function rankMainEntities<E extends Entity>(
  entities: readonly E[],
  article: Headline,
): (E & { mainReason: MainReason | null })[] {
  const order: Record<MainReason, number> = { headline: 0, lead: 1, mentions: 2 };
  return entities
    .map((e) => {
      const mainReason = mainReasonOf(e, article);
      return { ...e, main: mainReason !== null, mainReason };
    })
    .sort((a, b) => {
      const ra = a.mainReason ? order[a.mainReason] : 3;
      const rb = b.mainReason ? order[b.mainReason] : 3;
      return ra - rb || b.mentions - a.mentions || a.name.localeCompare(b.name);
    });
}
