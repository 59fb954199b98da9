// Who a speaker phrase names: a canonical name, a resolved pronoun, or a description ("a doctor on the scene");
// attribution.ts finds the phrase.
import { PRONOUN } from './attribution';
import { GROUP_NOUNS } from './clause-subject';
import { DESCRIBED_WITH_COMPLEMENT } from './inverted-speaker';
import type { NameMention } from './entities';
import { resolveName } from './entities';
import { isFunctionOrVerb, lexiconTags } from './lexicon';
import { resolvePronoun } from './pronouns';
import { isSubjectMention } from './salience';
import type { SpeakerContext } from './speaker-context';
import { ROLE_NOUNS, titledReferent } from './titled-description';
import { isModifierName, trailingPronoun } from './speakers';

export type { SpeakerContext } from './speaker-context';

/** A definite description of a person's role, which refers back to someone named ("the billionaire"). */
const ROLE_DESCRIPTION =
  /^the\s(?:[\p{L}-]+\s){0,4}(?:candidate|nominee|front-?runner|senator|governor|mayor|congress(?:man|woman)|lawmaker|billionaire|businessman|businesswoman|mogul|tycoon|developer|president|president-elect|secretary|chairman|chairwoman|speaker|MP|MEP|MSP|TD|minister|councillor|actor|actress|singer|star|host|veteran|\d+-year-old|former\s[\p{L}\s]+|Republican|Democrat|Democratic\snominee)$/u;
const DOCUMENT =
  /^(?:the|a|its|this|their|that)\s(?:new\s)?(?:report|study|survey|statement|analysis|paper|review|memo|filing|ruling|lawsuit)$/i;
/** A name, then a group: "Clinton supporters responded with chants of “…”". */
const NAMED_GROUP = new RegExp(String.raw`^(?:\p{Lu}[\p{L}'’.-]*\s){1,3}(?:${GROUP_NOUNS})$`, 'u');
/** An indefinite description whose head is a party label: "one senior Democrat", "an Iowa Republican". */
const PARTY_MEMBER =
  /^(?:an?|one|another|some|two|three|several)\s(?:\p{Ll}[\p{L}-]*\s){0,3}(?:\p{Lu}[\p{L}.-]*\s)?(?:Democrat|Republican|Independent)s?$/u;

/**
 * "the governor", "the New York governor", "the 16-year-old activist", "the former vice president": a definite
 * description headed by a role noun of the general list (ROLE_NOUNS), with no possessive inside it ("the prime
 * minister's chief adviser" is someone else's).
 */
function isRoleDescription(who: string): boolean {
  const m = /^the\s(?:[\p{L}\d.-]+\s){0,4}?((?:vice\s|prime\s)?\p{Ll}+)$/u.exec(who);
  return !!m && ROLE_NOUNS.has(m[1]!.replace(/^(?:vice|prime)\s/, ''));
}

/**
 * Roles held for someone else ("the spokesman", "the aide", "the lawyer"): the person the article names near them is
 * mostly whom they speak for, so they are never resolved to the one person named nearby.
 */
const ROLE_FOR_ANOTHER =
  /\b(?:spokes(?:man|woman|person)|aide|adviser|advisor|strategist|pollster|consultant|operative|lawyer|attorney|prosecutor|investigator|detective|officer|reporter|host|anchor|interviewer)$/;

/**
 * A phrase headed by the people around a named person, after that person's name or possessive: "the Smith family",
 * "Smith's parents", "Clinton's campaign", "the Trump campaign", "Trump's lawyers", "Lazar's public defense
 * counsel", "Powell’s office", "Ryan's staff" (an office's statement is its staff's wording, not the officeholder's
 * own words).
 */
const PEOPLE_OF_A_PERSON =
  /^(?:the\s)?(?:\p{Lu}[\p{L}.'’-]*\s){0,2}\p{Lu}[\p{L}-]*(?:['’]s?)?\s(?:(?:family|campaign)['’]s\s)?(?:[\p{Ll}-]+\s){0,2}(?:family|families|parents|mother|father|widow|widower|wife|husband|sons?|daughters?|children|brothers?|sisters?|relatives|lawyers?|attorneys?|counsel|legal\steam|campaign|camp|team|office|staff|estate|representatives?|spokes(?:man|woman|person)|aides?|allies|supporters)$/u;

/** "Trump’s running mate", "Clinton's spokesman", "Obama's press secretary": a role of a named person's. */
const POSSESSIVE_ROLE = new RegExp(
  String.raw`^(?:\p{Lu}[\p{L}.'’-]*\s){0,2}(\p{Lu}[\p{L}-]*)['’]s\s(?:[\p{Ll}-]+\s){0,2}(?:running\smate|VP|${[...ROLE_NOUNS].join('|')})$`,
  'u',
);

/**
 * A possessor (group 1 a possessive pronoun, group 2 a name or description before "'s") and a noun of what a person
 * says or thinks: "His assumption", "The Florida senator’s answer", "Clinton's argument". Not documents ("his
 * statement", "her letter"), which have readers of their own (DOCUMENT), nor the people around a person.
 */
export const OWN_WORDS =
  /^(?:(His|Her|Their|his|her|their)|((?:[Tt]he\s(?:\p{L}[\p{L}-]*\s){0,3}\p{Ll}+|(?:\p{Lu}[\p{L}.-]*\s){0,2}\p{Lu}[\p{L}-]*))['’]s?)\s(?:[\p{Ll}-]+\s)?(?:answer|response|reply|assumption|argument|message|view|position|explanation|point|claim|slogan|motto|promise|pledge|advice|verdict|assessment|contention|belief|conclusion|prediction|refrain|mantra|pitch|boast|complaint|retort|reasoning|take|case)$/u;

/** "the company", "the firm", "the agency", "the ministry": a definite description of an organisation. */
/** A body named by its kind alone: "the court", "the committee", "the commission" (group 1: the kind). */
const BODY_KIND =
  /^the\s(court|committee|commission|council|board|university|college|ministry|agency|foundation|institute|association|federation|authority|bureau|museum|hospital|tribunal|union|league)$/u;

const ORG_DESCRIPTION =
  /^the\s(?:(?:\p{Ll}[\p{L}-]*)\s){0,2}(?:company|firm|carmaker|automaker|retailer|airline|bank|insurer|network|broadcaster|publisher|studio|startup|agency|ministry|department|regulator|charity|organi[sz]ation|group)$/u;

/**
 * The one organisation named outside quotes, as a clause's subject, in block `block` before `at` and in the block
 * before it, with no other name there; null otherwise.
 */
function onlyOrgNear(at: number, block: number, ctx: SpeakerContext): string | null {
  // Every name counts, of any type or none: "Apple and Google released …" names two bodies, whatever the lexicon
  // knows of "Apple".
  const names = new Set<string>();
  let subject = false;
  ctx.mentions.forEach((m, i) => {
    const name = ctx.canonical[i];
    if (!name) return;
    if (m.block < block - 1 || m.block > block || (m.block === block && m.start >= at)) return;
    if ((ctx.quoted.get(m.block) ?? []).some(([a, b]) => m.start >= a && m.start < b)) return;
    names.add(name);
    const text = ctx.blockText(m.block);
    // "Apple and Google released …": a body joined to another by "and" is one of two (the other may be a word the
    // name rules dropped at the sentence's start).
    if (
      /\s(?:and|&)\s$/.test(text.slice(Math.max(0, m.start - 5), m.start)) ||
      /^,?\s(?:and|&)\s/.test(text.slice(m.end))
    )
      names.add('\u0000joined');
    // "The Government Accountability Office" read as "Accountability Office": a name the rules cut short (a
    // capitalised word stands right before it) is not given as a speaker.
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    if (/\p{Lu}[\p{L}.'’-]*\s$/u.test(before) && !/(?:^|[\s“"(])(?:The|A|An)\s$/.test(before)) names.add('\u0000cut');
    subject ||= ctx.typeOf(name) === 'org' && isSubjectMention(text, m.start, m.end, 'bare');
  });
  const only = names.size === 1 ? [...names][0]! : null;
  return only && subject && ctx.typeOf(only) === 'org' ? only : null;
}

/**
 * The one person named outside quotes in block `block` before `at` and in the block before it; null when none or
 * more than one.
 */
function onlyPersonNear(at: number, block: number, ctx: SpeakerContext): string | null {
  const people = new Set<string>();
  let subject = false;
  ctx.mentions.forEach((m, i) => {
    const name = ctx.canonical[i];
    if (!name || ctx.typeOf(name) !== 'person') return;
    if (m.block < block - 1 || m.block > block || (m.block === block && m.start >= at)) return;
    if ((ctx.quoted.get(m.block) ?? []).some(([a, b]) => m.start >= a && m.start < b)) return;
    people.add(name);
    // "he found Trump to be …": a name only in an object is not whom a later description means.
    subject ||= isSubjectMention(ctx.blockText(m.block), m.start, m.end, 'bare');
  });
  return people.size === 1 && subject ? [...people][0]! : null;
}

/**
 * "Prince Harry and Meghan Markle said", "Bill and Melinda Gates wrote": two people named side by side, and nothing
 * else, speak together: both full names joined by "and", never the first alone. `start` is where `who` stands in
 * block `block`. Null for anything else ("Trump and his lawyers", a title or description beside the names).
 */
function jointPeople(who: string, start: number, block: number, ctx: SpeakerContext): string | null {
  if (!/\s(?:and|&)\s/.test(who) || who.split(/\s+/).length > 9) return null;
  const text = ctx.blockText(block);
  const people: Array<{ start: number; end: number; name: string }> = [];
  ctx.mentions.forEach((m, i) => {
    const name = ctx.canonical[i];
    if (m.block !== block || m.start < start || m.end > start + who.length || !name) return;
    if (ctx.typeOf(name) === 'person') people.push({ start: m.start, end: m.end, name });
  });
  if (people.length !== 2 || people[0]!.name === people[1]!.name) return null;
  const [a, b] = people as [(typeof people)[0], (typeof people)[0]];
  // Only a title may stand before the first name ("Prince Harry"), only "and" between them, nothing after.
  const before = text.slice(start, a.start);
  if (before && !/^(?:\p{Lu}[\p{L}.]*\s){1,2}$/u.test(before)) return null;
  if (!/^\s(?:and|&)\s(?:\p{Lu}[\p{L}.]*\s){0,2}$/u.test(text.slice(a.end, b.start))) return null;
  if (text.slice(b.end, start + who.length).trim()) return null;
  return `${a.name} and ${b.name}`;
}

/**
 * The speaker a phrase names: a named entity inside it (canonical full name), a resolved pronoun, or the phrase
 * itself as a description ("a doctor on the scene").
 */
export function resolveSpeaker(
  phrase: string,
  at: number,
  block: number,
  ctx: SpeakerContext,
  quoteAt = at,
): string | null {
  // "Melanne Verveer, who served as Hillary Clinton's chief of staff,": the relative clause does not speak.
  const who = phrase
    .replace(/^(?:and|but|as|so|then|while)\s/i, '')
    // "Even a top GOP strategist said": a focus adverb before the subject is not part of it (with it, the phrase
    // read as no description and the organisation named inside it spoke).
    .replace(/^even\s(?=(?:an?|the|one|some|many|\p{Lu})\S*\s)/iu, '')
    .replace(/,\s(?:who|which|whose)\b.*$/s, '')
    // "Donald Trump - who previously" (said): so does a "who" clause between dashes.
    .replace(/\s[—–-]\s(?:who|whose)\b.*$/s, '')
    // "wrote one Sanders supporter, tweeting a link to …": a participle phrase after the speaker is not part of it.
    .replace(/,\s\p{Ll}+ing(?:\s.*)?$/su, '')
    // "A Feb. 1 letter from the American Legion obtained by The Associated Press": who obtained it does not speak.
    .replace(/\s(?:obtained|seen|reviewed|viewed|provided)\s(?:by|to)\s.*$/su, '')
    // "a spokesman for Bernie Sanders could only" (say): a modal and its adverbs before the verb are not the speaker.
    // Two words at least are left: "that would" is a relative clause, no speaker.
    .replace(
      /^(\S+\s.+?)\s(?:could|would|will|can|might|may|must|should)(?:\s(?:only|not|also|just|never|\p{Ll}+ly))*$/u,
      '$1',
    )
    // "Paul then" (interjected): an adverb after the name is not part of it ("the Smith family" is no adverb).
    .replace(
      /(?<=\p{Lu}[\p{L}'’-]*)\s(?:then|also|later|again|too|now|(?!(?:family|ally|assembly|rally|supply)$)\p{Ll}+ly)$/u,
      '',
    )
    // "A spokesperson for the company previously" (said), "Trump’s running mate then": after a described speaker only
    // adverbs of time and sequence, named, since "-ly" also ends nouns ("the family", "an ally").
    .replace(
      /(?<=\s\p{Ll}[\p{L}'’-]*)\s(?:then|also|later|again|too|now|previously|earlier|recently|once|initially|subsequently|separately|similarly|likewise)$/u,
      '',
    )
    .trim();
  if (!who) return null;
  // "His assumption, confidently stated on live TV, was that “…”", "The Florida senator’s answer was that “…”": a
  // person's own words named by a noun of saying or thinking are that person's, not the noun's.
  const own = OWN_WORDS.exec(who);
  if (own) {
    const owner = own[1] ? { his: 'he', her: 'she', their: 'they' }[own[1].toLowerCase()]! : own[2]!;
    // A described owner stays as written: "The Florida senator" a few sentences into a debate story is surer than
    // the guess a role makes at the person last quoted (the moderator).
    if (/^the\s/i.test(owner)) return owner;
    return resolveSpeaker(owner, at + (own[1] ? 0 : who.indexOf(own[2]!)), block, ctx, quoteAt);
  }
  phrase = phrase.slice(0, phrase.indexOf(who) + who.length);
  const first = who.split(/\s+/)[0]!;
  // "“Okay,” I said": outside a transcript's turn (read before this), the first person is the writer, whom the text
  // does not name; the nearest person named is someone else.
  if (/^I$/.test(first) && who.split(/\s+/).length <= 2) return null;
  // "“…,” read one.", "said another": a bare "one" or "another" names nobody (a fragment, docs/extraction.md).
  if (/^(?:one|another)$/i.test(who)) return null;
  if (PRONOUN.test(first) && who.split(/\s+/).length <= 2)
    return resolvePronoun(first.toLowerCase(), Math.min(at, quoteAt), block, ctx, 2, objectOf(at, block, ctx));
  // "in which he", "a radio station when he", "where he erroneously": the pronoun is the verb's subject.
  const trailing = trailingPronoun(who);
  if (trailing) return resolvePronoun(trailing, Math.min(at, quoteAt), block, ctx);
  // "the Republican presidential candidate said", "the 56-year-old said": a role that points back at a person.
  // Only when the nearest person is also the last one quoted: two signals agreeing, else the description stays.
  // "the chairman of the committee": the role before a described speaker's complement points back the same way.
  const complement = DESCRIBED_WITH_COMPLEMENT.exec(who);
  // "The governor said" opening its sentence is the same description.
  const lowerThe = who.replace(/^The\s/, 'the ');
  const role =
    ROLE_DESCRIPTION.test(lowerThe) ||
    (complement && ROLE_DESCRIPTION.test(lowerThe.replace(/\s(?:of|to|for|from)\s.*$/s, '')));
  // "the admiral chuckled" where the article wrote "Admiral Harris" and no other admiral, "the 56-year-old" after
  // "Geert Supré, 56,": the one person introduced so, before the nearest-and-last-quoted guess.
  const titled = titledReferent(who, Math.min(at, quoteAt), block, ctx);
  if (titled) return titled;
  if (role || (isRoleDescription(lowerThe) && !ROLE_FOR_ANOTHER.test(who))) {
    // "the Lincoln actor", "the Clinton aide": a name that modifies the role is someone else's; the role never points
    // back at the person that name belongs to.
    const modifiers = new Set(
      who
        .split(/\s+/)
        .slice(1)
        .filter((w) => /^\p{Lu}/u.test(w)),
    );
    const notNamed = (name: string | null): string | null =>
      name && !name.split(/\s+/).some((w) => modifiers.has(w)) ? name : null;
    const near = notNamed(resolvePronoun('one', Math.min(at, quoteAt), block, ctx));
    if (near && near === ctx.lastPerson && (ctx.lastPersonAt?.block ?? -9) >= block - 2) return near;
    // "Andrew Cuomo gave his daily briefing. ‖ “…,” the governor said.": the one person the paragraph and the one
    // before it name (outside quotes) is who the role points back at; two people or none leave the description.
    return (ROLE_FOR_ANOTHER.test(who) ? null : notNamed(onlyPersonNear(Math.min(at, quoteAt), block, ctx))) ?? who;
  }
  // "“…,” Clinton's spokesman said", "Trump’s running mate then said": a role of a named person's is someone else,
  // never the person named (docs/extraction.md: a spokesman for X is not X); the last person quoted when they are
  // also the nearest, else the description.
  if (POSSESSIVE_ROLE.test(who)) {
    const near = resolvePronoun('one', Math.min(at, quoteAt), block, ctx);
    const owner = POSSESSIVE_ROLE.exec(who)![1]!;
    const lastNear = near && near === ctx.lastPerson && (ctx.lastPersonAt?.block ?? -9) >= block - 2;
    return lastNear && !near.split(/\s+/).includes(owner) ? near : who;
  }
  // "As the report states": for a document's words, the organisation behind it (docs/extraction.md: quotes, speaker).
  if (DOCUMENT.test(who)) return issuerOf(who, block, ctx) ?? who;
  // "In a statement, the company said": the one organisation the paragraph and the one before name as a clause's
  // subject (docs/extraction.md: for statements, the organisation); two of them, or none, leave the description.
  // "explained the court in its ruling" ten paragraphs after "California's 4th District Court of Appeal": a body's
  // kind is the one organisation named before that bears it as a word of its name, as "the governor" is the one
  // person titled so (titledReferent).
  const bodyKind = BODY_KIND.exec(lowerThe);
  if (bodyKind) {
    const word = bodyKind[1]!.charAt(0).toUpperCase() + bodyKind[1]!.slice(1);
    const bearers = new Set<string>();
    for (const [i, m] of ctx.mentions.entries()) {
      const name = ctx.canonical[i];
      if (!name || m.block > block || (m.block === block && m.start >= Math.min(at, quoteAt))) continue;
      if (ctx.typeOf(name) === 'org' && name.split(/\s+/).includes(word)) bearers.add(name);
    }
    if (bearers.size === 1) return [...bearers][0]!;
  }
  if (ORG_DESCRIPTION.test(lowerThe)) return onlyOrgNear(Math.min(at, quoteAt), block, ctx) ?? who;
  // "one senior Democrat", "an Iowa Republican": a party member described, not the party.
  if (PARTY_MEMBER.test(who) || NAMED_GROUP.test(who)) return who;
  // "Of Carson, Levine, who …", "“in homage to” Lazar, Song wrote": a bare name closing the phrase after a comma is
  // the verb's subject; what stands before it (a leading phrase, the writer's object) does not speak.
  // Only after a leading phrase or a bare name: not an appositive ("said Laurie Guzzinati, a spokeswoman for …,
  // Mondelez International", "Peter Orszag, Obama’s Office of …").
  const closing =
    /^(?:(?:Of|On|About|For|As\sfor|To)\s[^,]{1,60}|(?:\p{Lu}[\p{L}.\u2024-]*\s){0,2}\p{Lu}[\p{L}-]*),\s((?:\p{Lu}[\p{L}.\u2024-]*\s){0,2}\p{Lu}[\p{L}-]*)$/u.exec(
      who,
    );
  if (closing) {
    const segStart = at + phrase.indexOf(who) + closing[0].length - closing[1]!.length;
    const i = ctx.mentions.findIndex((m) => m.block === block && m.start === segStart);
    const name = i >= 0 ? ctx.canonical[i] : null;
    if (name && ctx.typeOf(name) === 'person') return name;
  }
  const pair = jointPeople(who, at + phrase.indexOf(who), block, ctx);
  if (pair) return pair;
  let best: string | null = null;
  let modifier: string | null = null;
  for (let i = 0; i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i]!;
    if (m.block !== block || m.start < at || m.end > at + phrase.length + 1) continue;
    const name = ctx.canonical[i];
    if (!name) continue;
    // "Huckabee spokeswoman Alice Stewart", "Sanders's campaign manager, Jeff Weaver": the head name speaks; a name
    // in a described speaker's complement ("a spokeswoman for Hillary Clinton", "the head of the Sierra Club") does
    // not (docs/extraction.md: a spokesman for X is not X).
    // A name apposed after the complement's comma is the described person ("The head of the Ohio Republican Party,
    // Tom Green,", "The spokesman for Smith, Bob Jones,").
    const apposed = /,\s$/.test(phrase.slice(0, m.start - at));
    if (
      isModifierName(ctx.blockText(block), m.end) ||
      (complement && m.start - at >= complement[0].length && !apposed)
    ) {
      modifier ??= name;
      continue;
    }
    if (ctx.typeOf(name) === 'person') return name;
    best ??= name;
  }
  // "a senior Cruz adviser", "one Trump campaign source": a name that only modifies a described someone is not
  // the speaker; the description is (docs/extraction.md: a spokesman for X is not X).
  // "The Vermont senator emailed supporters": the description ends before its verb.
  // Not an adjective in -ed right after the determiner ("said a retired Army general", "the printed Cruz slate card").
  const roleOnly = who.replace(
    /(?<!^(?:an?|the|one|two|three|several|some|another))\s(?:(?:has\s|have\s|had\s)?\p{Ll}+ed|who)\b.*$/isu,
    '',
  );
  if (!best && modifier && /^(?:an?|one|the|two|three|several|some|another)\s/i.test(who) && isDescription(roleOnly))
    return roleOnly;
  // "the Smith family said", "Clinton's campaign said", "Trump's lawyers said", "Smith's widow said": the name only
  // says whose family, campaign or lawyers speak; they are not that person (the family of a man who died is not
  // him). The phrase is the speaker, as a description.
  if (!best && modifier && PEOPLE_OF_A_PERSON.test(roleOnly) && roleOnly.split(/\s+/).length <= 5) return roleOnly;
  best ??= modifier;
  // An organisation deep inside a long phrase ("On one Facebook page an unidentified poster") is not the speaker.
  if (best && who.split(/\s+/).length <= 9) return best;
  // "Mr. Baron" where the entity rules kept only "Marty Baron": the surname after a title still names him.
  const direct =
    resolveName(ctx.entities, who) ??
    resolveName(ctx.entities, who.replace(/^(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Prof)\.?\s(?=\p{Lu})/u, ''));
  if (direct) return direct.name;
  // "her mother, Fiona,": the last segment of an appositive names the speaker.
  const segments = who.split(/,\s*/).filter(Boolean);
  const tail = segments[segments.length - 1];
  // A phrase of commas only (", dijo." read as "…, dijo" with nothing before it) names no one; it used to throw and
  // empty the whole page's extraction.
  if (tail === undefined) return null;
  // "On one Facebook page an unidentified poster put up …": the described someone who acts.
  // Not "a source involved in the super-PAC's creation": a participle heading its complement is no verb.
  const actor = complement
    ? null
    : /\b((?:an?|the)\s(?:[\p{Ll}-]+\s){0,3}?(?!(?:who|that|which)\s)[\p{Ll}-]+)\s(?:put|posted|wrote|said|says|told|tweeted|\p{Ll}+ed)\b/u.exec(
        tail,
      );
  const described = (actor?.[1] ?? /\b(?:an?|the|one)\s[^,]*$/i.exec(tail)?.[0] ?? tail).replace(/[,\s]+$/, '');
  return isDescription(described) ? described : null;
}

/**
 * The person a pronoun's own verb tells or asks ("“…,” he told Rubio."): never the pronoun's referent. Null when the
 * verb takes no named object.
 */
function objectOf(at: number, block: number, ctx: SpeakerContext): string | null {
  const m = /^(?:he|she)\s(?:\p{Ll}+ly\s)?(?:told|tells|asked|asks|assured|urged|warned|reminded)\s/iu.exec(
    ctx.blockText(block).slice(at, at + 40),
  );
  if (!m) return null;
  const i = ctx.mentions.findIndex((x) => x.block === block && x.start === at + m[0].length);
  return i >= 0 ? (ctx.canonical[i] ?? null) : null;
}

/**
 * Who issued the document a description names, when this paragraph or one of the two before says so: "the statement
 * said" after "President Obama released a statement Thursday night …" or "Fox News said in a statement" is Obama's, Fox
 * News's: the name right before the verb; "a report released in September by the National Academies …", the name
 * right after "by".
 */
function issuerOf(document: string, block: number, ctx: SpeakerContext): string | null {
  const noun = document.split(/\s+/).pop()!.toLowerCase();
  const issued = new RegExp(
    String.raw`\s(?:\p{Ll}+ly\s)?(?:(?:released|issued|put out|sent out|sent|posted|published|provided)|(?:said|says|wrote|writes|added|announced|confirmed|responded|stated)\s(?:\p{Ll}+\s)?in)\s(?:a|an|its|his|her|their)\s(?:[\p{L}-]+\s){0,2}?${noun}\b`,
    'giu',
  );
  // "A report released in September by the National Academies of Sciences …": the name right after "by".
  const issuedBy = new RegExp(
    String.raw`\b${noun},?\s(?:[^.,;“”"]{0,40}?\s)?(?:released|issued|published|written|prepared|commissioned|put out|sent)\s(?:[^.,;“”"]{0,30}?\s)?by\s(?:the\s)?`,
    'giu',
  );
  for (let bb = block; bb >= Math.max(0, block - 2); bb--) {
    const text = ctx.blockText(bb);
    const found = [
      ...[...text.matchAll(issued)].map((f) => ({ at: f.index, end: f.index })),
      ...[...text.matchAll(issuedBy)].map((f) => ({ at: f.index, start: f.index + f[0].length })),
    ].sort((x, y) => x.at - y.at);
    const last = found.pop();
    if (!last) continue;
    const i = ctx.mentions.findIndex(
      (m) => m.block === bb && ('start' in last ? m.start === last.start : m.end === last.end),
    );
    return i >= 0 ? (ctx.canonical[i] ?? null) : null;
  }
  return null;
}

/**
 * Whether leftover words can stand for a speaker ("a doctor on the scene", "Officials", "the campaign"): a short
 * phrase with no verb or clause word and not ending on a preposition. "the process could be", "When" and "the
 * record" leftovers of a clause are not speakers.
 */
function isDescription(s: string): boolean {
  const words = s.split(/\s+/);
  // "a senior administration official who spoke on the condition of anonymity" is long but still one description.
  if (words.length > (/^(?:an?|the|one|two|three|several|some|\p{Lu})/u.test(s) ? 16 : 8) || !/\p{L}{2}/u.test(s))
    return false;
  if (
    /\b(?:is|are|was|were|be|been|has|have|had|could|would|should|will|can|may|might|did|does|do|not|when|where|whom|which|if|because|said|says)\b/i.test(
      s,
    )
  )
    return false;
  if (/\b(?:on|in|at|of|to|for|with|by|from|and|or|but|the|a|an|upon|into|about|over|after|before|than|as)$/i.test(s))
    return false;
  // "giving", "Another", "the United": a participle, a lone determiner or a name cut in half is a fragment.
  if (
    /^\p{Ll}+ing$|^(?:another|other|some|many|most|such)$/iu.test(s) ||
    (/^the\s\p{Lu}[\p{L}]*$/u.test(s) && /\b(?:United|New|North|South|East|West|Great)$/.test(s))
  )
    return false;
  if (/^(?:nobody|no one|none|nothing|anyone|anybody|everyone|everybody|someone|somebody)$/i.test(s)) return false;
  // "on minorities", "recently", "responded by first", "she revised her statement", "put it in his memo": a clause
  // cut at the wrong place — a preposition, adverb, verb or pronoun first, or a subject pronoun inside — is no one.
  const first = words[0]!;
  if (
    /^\p{Ll}/u.test(first) &&
    (isFunctionOrVerb(first) || /ly$/.test(first)) &&
    !lexiconTags(first).some((t) => /^(?:Determiner|Possessive)$/.test(t))
  )
    return false;
  if (/\b(?:he|she|it|they|we|I)(?:['’](?:s|d|ll))?\b|["“”«»]/.test(s)) return false;
  // A lone capitalised function word ("When", "And") is a fragment.
  return !(
    words.length === 1 &&
    /^(?:When|Where|While|And|But|So|Then|If|As|After|Before|Because|Here|There|This|That)$/.test(s)
  );
}

/**
 * The first person (or organisation) named in [from, to) of a block, outside quotes: a sentence's subject. `nearest`
 * reads from the end, any name first ("Netanyahu's Likud, which …"); with `personOnly` a person first ("Sen. Marco
 * Rubio of Florida, who …").
 */
export function subjectBetween(
  block: number,
  from: number,
  to: number,
  ctx: SpeakerContext,
  nearest = false,
  personOnly = false,
): string | null {
  let org: string | null = null;
  const n = ctx.mentions.length;
  for (let k = 0; k < n; k++) {
    // Nearest-first reads a relative clause's antecedent ("Netanyahu's Likud, which …").
    const i = nearest ? n - 1 - k : k;
    const m = ctx.mentions[i]!;
    if (m.block !== block || m.start < from || m.end > to) continue;
    if ((ctx.quoted.get(block) ?? []).some(([a, b]) => m.start >= a && m.start < b)) continue;
    const name = ctx.canonical[i];
    if (!name) continue;
    // "an Abraham Lincoln impersonator who promises": the nearest name only modifies the antecedent, which is no one
    // named.
    if (nearest && org === null && isModifierName(ctx.blockText(block), m.end)) return null;
    if (ctx.typeOf(name) === 'person' || (nearest && !personOnly)) return name;
    org ??= name;
  }
  return org;
}

/**
 * The subject right after a relative word, which speaks rather than the antecedent: a pronoun ("President Obama, who
 * he noted was “…”") or a person's name with its own verb before the clause's ("…, Florida, which Will claims affirmed
 * “…”"). Null when the phrase is no such clause (or the name is no person); else the speaker, which may be null.
 */
export function relativeSubject(
  who: string,
  at: number,
  block: number,
  ctx: SpeakerContext,
  quoteAt: number,
): { speaker: string | null } | null {
  const pronoun = /^(?:who|which|that)\s(he|she|they)$/i.exec(who.trim());
  if (pronoun) return { speaker: resolveSpeaker(pronoun[1]!, at, block, ctx, quoteAt) };
  const name =
    /^(?:which|that)\s((?:\p{Lu}[\p{L}'’.-]*\s){0,2}\p{Lu}[\p{L}'’-]*)(?:\s(?:says|said|claims|claimed|believes|argues|argued|insists|contends|thinks))?$/u.exec(
      who.trim(),
    );
  const named = name ? resolveSpeaker(name[1]!, at + who.indexOf(name[1]!), block, ctx, quoteAt) : null;
  return named && ctx.typeOf(named) === 'person' ? { speaker: named } : null;
}
