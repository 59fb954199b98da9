// Per-article unique entities from typed name mentions (file offsets): the clustering the entity measure applies
// to CoreNLP's NER mentions (the silver standard) and to the compromise baseline's mentions alike. Lede's own
// entities are already clustered by Lede. The rules, in order (docs/entities.md, "The measure"):
//  1. mentions with the same normalised name are one entity ("the", possessive, periods and case ignored);
//  2. a shorter name made of the last or first word(s) of a longer PERSON name joins the person named first
//     ("Clinton", "Hillary" → "Hillary Clinton"), when one of its mentions is tagged PERSON;
//  3. an acronym joins the longer organisation or place it abbreviates ("NRA" → "National Rifle Association"),
//     and a few well-known aliases are one place or body ("U.S." = "United States" = "America");
//  4. an entity's type is the majority of its mentions' tags (CoreNLP tags one name differently in places).
import type { EntityType } from '../../core/types';
import type { Span } from './load';

export interface TypedMention extends Span {
  text: string;
  type: EntityType;
}

export interface MentionCluster {
  /** The longest name, first named on ties. */
  name: string;
  names: Set<string>;
  type: EntityType;
  mentions: TypedMention[];
}

/** Well-known alias sets (world knowledge, not Lede's table): each set is one place or body. */
const ALIASES: string[][] = [
  ['united states', 'us', 'usa', 'america', 'united states of america'],
  ['united kingdom', 'uk', 'britain', 'great britain'],
  ['united nations', 'un'],
  ['european union', 'eu'],
  ['soviet union', 'ussr'],
  ['islamic state', 'isis', 'isil', 'daesh'],
];
const ALIAS_OF = new Map<string, string>();
for (const set of ALIASES) for (const a of set) ALIAS_OF.set(a, set[0]!);

/** The name as compared: lowercase, no "the", no possessive, no periods, single spaces. */
export function normName(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/'s?$/, '')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/** The alias set's canonical form of a normalised name, or the name itself. */
export function canonicalName(n: string): string {
  return ALIAS_OF.get(n) ?? n;
}

const initials = (n: string): string =>
  n
    .split(' ')
    .filter((w) => !/^(?:of|and|for|the|on|&)$/.test(w))
    .map((w) => w[0])
    .join('');

/** Clusters one article's typed mentions into unique entities (rules at the top of this file). */
export function clusterMentions(mentions: readonly TypedMention[]): MentionCluster[] {
  const byName = new Map<string, TypedMention[]>();
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    const k = canonicalName(normName(m.text));
    if (!k) continue;
    byName.set(k, [...(byName.get(k) ?? []), m]);
  }
  const groups = [...byName.entries()].map(([name, ms]) => ({ name, ms, type: majority(ms) }));
  // Longer names first, so shorter ones find the full name they stand for.
  groups.sort((a, b) => b.name.split(' ').length - a.name.split(' ').length || a.ms[0]!.start - b.ms[0]!.start);
  const clusters: Array<{ name: string; names: Set<string>; ms: TypedMention[] }> = [];
  for (const g of groups) {
    const words = g.name.split(' ');
    const hasPerson = g.ms.some((m) => m.type === 'person');
    let home: (typeof clusters)[number] | undefined;
    let homeAt = Infinity;
    for (const c of clusters) {
      const cw = c.name.split(' ');
      if (cw.length <= words.length) continue;
      const cType = majority(c.ms);
      const tail = cw.slice(-words.length).join(' ') === g.name;
      const head = cw.slice(0, words.length).join(' ') === g.name;
      const person = cType === 'person' && hasPerson && (tail || head);
      const acronym = words.length === 1 && cType !== 'person' && g.name.length >= 2 && initials(c.name) === g.name;
      if (!person && !acronym) continue;
      const at = c.ms[0]!.start;
      if (at < homeAt) {
        homeAt = at;
        home = c;
      }
    }
    if (home) {
      home.ms.push(...g.ms);
      home.names.add(g.name);
    } else clusters.push({ name: g.name, names: new Set([g.name]), ms: [...g.ms] });
  }
  return clusters.map((c) => ({ name: c.name, names: c.names, type: majority(c.ms), mentions: c.ms }));
}

/** The most frequent tag among the mentions; on a tie, the first mention's. */
function majority(ms: readonly TypedMention[]): EntityType {
  const n: Record<EntityType, number> = { person: 0, org: 0, place: 0 };
  for (const m of ms) n[m.type]++;
  let best = ms[0]!.type;
  for (const t of ['person', 'org', 'place'] as const) if (n[t] > n[best]) best = t;
  return best;
}
