// Entities from name mentions: alias merging ("Putin" = "Vladimir Putin" = "Russian President Vladimir Putin"),
// typing by the mentions' votes, mention counts and main flags. Finding the mentions is name-mentions.ts.
import type { Block, Entity, EntityType } from '../types';
import { isGazetteerPlace } from './gazetteer';
import { lexiconEntityType } from './lexicon';
import { ALIAS_GROUPS, initialsOf, ORG_KEYWORDS, PLACE_KEYWORDS } from './name-rules';
import type { NameMention } from './name-mention';
import { makeProvenance, stableId } from './provenance';

/** The last word of a newspaper's name, which news uses alone for it once named in full ("the Times"). */
const NEWSPAPER_WORD =
  /^(?:times|post|journal|globe|tribune|herald|chronicle|inquirer|examiner|gazette|observer|register)$/;

/** A cluster of mentions that name one entity. */
interface Cluster {
  name: string;
  /** key(name) split into words, and the name's initials, computed once. */
  parts: string[];
  initials: string;
  forms: Set<string>;
  mentions: NameMention[];
  votes: Record<EntityType, number>;
}

function key(s: string): string {
  return s
    .toLowerCase()
    .replace(/[.’'\u00AD]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The key a name clusters under: key() with a department's two forms made one ("Department of State", "U.S. State
 * Department", "State Department"; "the Justice Department" = "Department of Justice").
 */
function clusterKey(s: string): string {
  const k = key(s);
  const dept =
    /^(?:the )?(?:us |united states )?(?:department of (?:the )?(\S+(?: \S+)?)|(\S+(?: \S+)?) department)$/.exec(k);
  return dept ? `${dept[1] ?? dept[2]} department` : k;
}

/** Merges mentions into entities, types them and marks the main ones. Pure; never mutates its inputs. */
export function buildEntities(
  allMentions: readonly NameMention[],
  blocks: readonly Block[],
  title: string,
  leadBlocks: ReadonlySet<number>,
  headBlocks: ReadonlySet<number>,
): Entity[] {
  // Products and the acronyms made of their capitals ("PlayStation VR" → "PSVR").
  // A name once used as a product or work ("the Oculus Rift headset") is one wherever it stands.
  const products = allMentions.filter((m) => m.product);
  const productCaps = new Set(products.map((m) => m.core.replace(/[^\p{Lu}]/gu, '')));
  const productNames = new Set(products.map((m) => m.core));
  const mentions = allMentions.filter((m) => !m.product && !productCaps.has(m.core) && !productNames.has(m.core));
  const clusters = new Map<string, Cluster>();
  const groupOf = new Map<string, string>();
  for (const g of ALIAS_GROUPS) for (const a of [g.name, ...g.aliases]) groupOf.set(key(a), g.name);
  const add = (c: Cluster, m: NameMention): void => {
    c.mentions.push(m);
    c.forms.add(m.core);
    if (m.surface !== m.core && m.titled) c.forms.add(m.surface);
    if (m.cue) c.votes[m.cue] += m.cue === 'person' && m.titled ? 3 : 1;
    else if (m.personShape) c.votes.person += 0.5;
    if (m.surface !== m.core && !m.titled && m.surface.startsWith(m.core)) c.forms.add(m.surface);
  };
  // Longest names first, so single words can attach to the full name they shorten.
  const sorted = [...mentions].sort(
    (a, b) => Number(!!a.attachOnly) - Number(!!b.attachOnly) || b.core.split(' ').length - a.core.split(' ').length,
  );
  for (let m of sorted) {
    // "Jolly said" after "Rep. David Jolly": a common word standing where a name does joins only a person.
    if (m.surnameOnly) {
      const home = findPersonByOneName(clusters, key(m.core));
      if (home) add(home, m);
      continue;
    }
    const k = groupOf.get(key(m.core)) ?? m.core;
    let c = clusters.get(clusterKey(k));
    // "White House spokesman Josh Earnest said …": the sentence's first word, dropped as a common word, opens a name
    // the article writes in full elsewhere; the mention is that name's.
    const full = !c && m.openedBy?.endsWith(` ${m.core}`) ? clusters.get(clusterKey(m.openedBy)) : undefined;
    if (full && m.openedBy) {
      m = { ...m, core: m.openedBy, start: m.start - (m.openedBy.length - m.core.length) };
      c = full;
    }
    if (!c && k === m.core && m.core.split(' ').length <= 3 && !m.region) c = findShortFormHome(clusters, m.core);
    if (!c && m.attachOnly) continue;
    // "TT" after "Trinidad and Tobago": an acronym that joins a place's name by its initials is the place, so its
    // own default (an acronym reads as a body) casts no vote ("KKK" still votes for "Ku Klux Klan", which has no
    // place's vote). Round 20, docs/entities-rounds-3.md.
    if (
      c &&
      c.parts.length > 1 &&
      c.votes.place > 0 &&
      c.votes.place >= c.votes.org &&
      /^\p{Lu}{2,6}$/u.test(m.core) &&
      c.initials === key(m.core)
    ) {
      c.mentions.push(m);
      c.forms.add(m.core);
      continue;
    }
    if (!c) {
      c = {
        name: k,
        parts: key(k).split(' '),
        initials: initialsOf(k).toLowerCase(),
        forms: new Set(),
        mentions: [],
        votes: { person: 0, org: 0, place: 0 },
      };
      const group = ALIAS_GROUPS.find((g) => g.name === k);
      if (group) c.votes[group.type] += 5;
      clusters.set(clusterKey(k), c);
    }
    add(c, m);
  }
  const entities: Entity[] = [];
  const titleKey = ` ${key(title)} `;
  for (const c of clusters.values()) {
    // "the US administration", "the US welcomes": a name of the alias list keeps the list's type, whatever its
    // mentions' contexts vote ("US" in capitals reads as an acronym's body; countries are places even when they act).
    let type = ALIAS_GROUPS.find((g) => g.name === c.name)?.type ?? bestType(c.votes);
    // One "in X" against many plain mentions: an unknown name repeated on its own is most often a company.
    const weak = c.mentions.filter((m) => m.weakCue).length;
    if (
      type &&
      weak === 1 &&
      c.votes.person + c.votes.org + c.votes.place === 1 &&
      c.mentions.filter((m) => !m.cue && !m.attachOnly && !m.sentenceStart && !m.modifier).length >= 4
    )
      type = 'org';
    // "in Orlando … Orlando mourned": a lone word the lexicon calls a given name, which the article places once and
    // never titles nor gives a surname, is a town ("Orlando", "Austin", "Jordan").
    if (type === 'person' && c.votes.place > 0 && c.mentions.every((m) => m.cue !== 'person' || m.lexiconPerson))
      type = 'place';
    // "on Twitter … a Twitter post": a name only ever used as a medium is a service, no entity; one only ever named
    // inside an event's or a prize's name ("the Screen Actors Guild (SAG) awards") is part of that name.
    if (c.mentions.every((m) => m.medium || m.eventOrAward || m.attachOnly)) continue;
    if (!type) {
      // "Chip Felkel … Felkel said": a name later called by its last word alone is a person (a body is shortened to
      // its first word, "Roscosmos State Corporation" → "Roscosmos").
      const last = c.parts[c.parts.length - 1];
      if (c.parts.length <= 3 && c.parts.length >= 2 && c.mentions.some((m) => key(m.core) === last)) type = 'person';
      // An unknown capitalised name the rules cannot place: its capitals are all the evidence there is, and on the
      // hand-labelled hold-outs 4 to 8 half the names typed an organisation on that alone were none (a work, a
      // headline's words, a person, a street: "Chips Ahoy", "Notorious RBG", "Foggy Bottom"). "The" before it, which
      // a body takes and a person's name does not ("the Girl Scouts", "the Louvre"), keeps it an organisation; with
      // no evidence at all it is no entity rather than a wrong one. One word named once is too little to tell from a
      // first name, a town or a work, so it needs a second mention. (A town or county the lexicon does not know,
      // "Westchester", "Chapel Hill", is a place: gazetteer.ts.) docs/entities-rounds-3.md, nineteenth round.
      const plain = c.mentions.filter((m) => !m.attachOnly && !m.sentenceStart && !m.modifier && !m.commonWord);
      if (!type && plain.length > 0 && (c.parts.length > 1 || c.mentions.length >= 2)) {
        if (isGazetteerPlace(c.name)) type = 'place';
        else if (c.mentions.some((m) => isAfterThe(blocks, m))) type = 'org';
      }
      // "according to Bloomberg", "told POLITICO": said once, but where a news source stands.
      if (!type && c.mentions.some((m) => m.source && !m.attachOnly)) type = 'org';
      if (!type) continue;
    }
    const mentionsSorted = [...c.mentions].sort((a, b) => a.block - b.block || a.start - b.start);
    const aliases = [...c.forms].filter((f) => f !== c.name).sort();
    const inTitle = [c.name, ...c.forms].some(
      (f) => titleKey.includes(` ${key(f)} `) || titleKey.includes(` ${key(f)}s `),
    );
    const inLead = mentionsSorted.some((m) => leadBlocks.has(m.block));
    const first = mentionsSorted[0]!;
    entities.push({
      id: stableId('e', c.name, first.block, first.start),
      name: c.name,
      type,
      aliases,
      mentions: mentionsSorted.length,
      main: inTitle || inLead || mentionsSorted.length >= 3 || mentionsSorted.some((m) => headBlocks.has(m.block)),
      occurrences: mentionsSorted.map((m) => makeProvenance(blocks, m.block, m.start, m.end)),
    });
  }
  // "Yahoo Japan", "Google India": an organisation's name followed by a place is its branch, an organisation.
  const orgNames = new Set(entities.filter((e) => e.type === 'org').map((e) => key(e.name)));
  for (const e of entities) {
    if (e.type !== 'place') continue;
    const parts = key(e.name).split(' ');
    if (
      parts.length >= 2 &&
      orgNames.has(parts.slice(0, -1).join(' ')) &&
      lexiconEntityType(parts[parts.length - 1]!) === 'place'
    )
      e.type = 'org';
  }
  return entities.sort(
    (a, b) => Number(b.main) - Number(a.main) || b.mentions - a.mentions || a.name.localeCompare(b.name),
  );
}

/**
 * The longer name a shorter one stands for ("Putin" → "Vladimir Putin", "Te Kaurinui" → "Te Kaurinui Robert
 * Parata", acronyms by initials). When several people share the surname, the one named first is meant: news
 * style calls the others by their first names.
 */
function findShortFormHome(clusters: Map<string, Cluster>, name: string): Cluster | undefined {
  const words = key(name).split(' ');
  const w = words[0]!;
  let found: Cluster | undefined;
  let firstAt = Infinity;
  for (const c of clusters.values()) {
    const parts = c.parts;
    if (parts.length <= words.length) continue;
    const isPersonish = c.votes.person > 0 && c.votes.person >= c.votes.org && c.votes.person >= c.votes.place;
    let matches: boolean;
    if (words.length === 1) {
      const unknown =
        lexiconEntityType(w) === null && parts.length <= 4 && !ORG_KEYWORDS.has(w) && !PLACE_KEYWORDS.has(w);
      // "Bardo" for "Bardo National Museum", "Foods" for "Whole Foods" (its first word lost to a sentence start).
      // Not "Yahoo" for "Yahoo Japan": a name followed by a place is the organisation's branch, not its full name.
      const branch = parts[0] === w && lexiconEntityType(parts[parts.length - 1]!) === 'place';
      // ("House" is the chamber, never short for "White House": round 20's "House and Senate" split frees it.)
      const orgPart =
        !isPersonish &&
        unknown &&
        !branch &&
        !(w === 'house' && parts[0] === 'white') &&
        (parts[0] === w || (parts.length === 2 && parts[1] === w));
      // "the Times" for "The New York Times", "the Post" for "The Washington Post": a newspaper by its last word.
      const paper = !isPersonish && parts[parts.length - 1] === w && NEWSPAPER_WORD.test(w);
      // ("Assad" for "Bashar al-Assad": an Arabic surname's article is dropped on its own.)
      const surname = parts[parts.length - 1]!.replace(/^(?:al|el|ad|as|an)-/, '');
      matches =
        (isPersonish && (parts[parts.length - 1] === w || surname === w || parts[0] === w)) ||
        c.initials === w ||
        orgPart ||
        paper;
    } else {
      // Every word of the shorter name, in order, starting with the same first word.
      let i = 0;
      for (const part of parts) if (part === words[i]) i++;
      const tail = parts.slice(-words.length).join(' ') === words.join(' ');
      matches = (isPersonish && i === words.length && parts[0] === w) || tail;
    }
    if (!matches) continue;
    const at = c.mentions.reduce((m, x) => Math.min(m, x.block * 1e6 + x.start), Infinity);
    if (at < firstAt) {
      firstAt = at;
      found = c;
    }
  }
  return found;
}

/**
 * The person named in full (two to four words) whose surname is `word`, else whose given name is; the one named
 * first when several share it, as {@link findShortFormHome} does.
 */
function findPersonByOneName(clusters: Map<string, Cluster>, word: string): Cluster | undefined {
  let found: Cluster | undefined;
  let rank = Infinity;
  for (const c of clusters.values()) {
    const { parts, votes } = c;
    if (parts.length < 2 || parts.length > 4 || votes.person <= 0) continue;
    if (votes.person < votes.org || votes.person < votes.place) continue;
    const surname = parts[parts.length - 1] === word;
    if (!surname && parts[0] !== word) continue;
    const at = c.mentions.reduce((m, x) => Math.min(m, x.block * 1e6 + x.start), Infinity);
    const r = (surname ? 0 : 1e12) + at;
    if (r < rank) {
      rank = r;
      found = c;
    }
  }
  return found;
}

/**
 * Whether "the" opens the phrase the mention ends, with at most two words between ("the Girl Scouts", "the Obama
 * White House", "the Clinton-endorsing White House"), within its clause.
 */
function isAfterThe(blocks: readonly Block[], m: NameMention): boolean {
  const before = (blocks[m.block]?.text ?? '').slice(Math.max(0, m.start - 40), m.start);
  return /\bthe\s+(?:[^\s,.;:!?"“”()]+\s+){0,2}$/i.test(before);
}

function bestType(v: Record<EntityType, number>): EntityType | null {
  const best = (['person', 'org', 'place'] as const).reduce((a, b) => (v[b] > v[a] ? b : a));
  return v[best] > 0 ? best : null;
}

/** The entity a name or pronoun-free description refers to, matched by name or alias. */
export function resolveName(entities: readonly Entity[], name: string): Entity | null {
  const k = key(name.replace(/['’]s$/, ''));
  for (const e of entities) if (key(e.name) === k || e.aliases.some((a) => key(a) === k)) return e;
  const words = k.split(' ');
  for (const e of entities) {
    if (e.type !== 'person') continue;
    const parts = key(e.name).split(' ');
    if (words.length === 1 && (parts[parts.length - 1] === k || parts[0] === k)) return e;
  }
  return null;
}
