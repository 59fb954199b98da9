// What the words around a capitalised name say about it, for mention-candidate.ts: whether it opens a sentence, sits
// where a medium, a news source, a role played, a work or a product stands, follows a person's role or an
// organisation's verb, ends a journey ("from X to Y"), names a town before its state or the chamber ("House Speaker"),
// or is a surname the lexicon knows. Each reads only the text it is given.
import { lexiconEntityType, lexiconTags } from './lexicon';
import { ORG_KEYWORDS } from './name-rules';
import { isNewsOutlet } from './news-outlets';

/** What a service or a medium carries: an account, a post, a page, a video, a feed, followers. */
// ("a Facebook or Twitter post": the first of two services joined before the noun is a medium too.)
export const MEDIUM_NOUN =
  /^(?:['’]s)?(?: (?:or|and) \p{Lu}\p{L}+)? (?:accounts?|pages?|posts?|feeds?|videos?|live|followers|handles?|profiles?|timelines?|users?|messages?|channels?|streams?|apps?|comments?)\b/u;
export const ORG_CONTEXT = /^\s(?:said in a statement|spokes(?:man|woman|person)|officials?|reports|reported)\b/;

/** Whether offset `i` in `text` starts a sentence (or follows an opening quote at a sentence start). */
export function isSentenceStart(text: string, i: number, starts: ReadonlySet<number>): boolean {
  if (i > 0 && /["“‘«„]/.test(text[i - 1]!)) return true;
  let j = i;
  while (j > 0 && /["“‘'«([—–\s]/.test(text[j - 1]!)) j--;
  return j === 0 || starts.has(j) || starts.has(i) || /(?:[.!?:]|—|–|--)\s*$/.test(text.slice(Math.max(0, j - 3), i));
}

/** Whether the name at `start`..`end` is one end of "from X to Y" (or "from X to the Y"), X and Y both names. */
export function isJourneyEnd(text: string, start: number, end: number): boolean {
  const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}`;
  if (/\bfrom $/.test(text.slice(Math.max(0, start - 5), start)))
    return new RegExp(String.raw`^,? to (?:the )?${NAME}`, 'u').test(text.slice(end, end + 40));
  return new RegExp(String.raw`\bfrom ${NAME},? to (?:the )?$`, 'u').test(text.slice(Math.max(0, start - 50), start));
}

/**
 * Whether the text after a name is ", " and a state or country the lexicon knows, ending there ("Charleston, South
 * Carolina;", "Sarasota, Florida."): the name is a town. Not "Rubio, Florida's senator" nor "Lee, Utah Republican".
 */
export function isTownBeforeItsRegion(after: string): boolean {
  const m = /^, (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?=[,;.)]|$| (?:and|on|in|to|for|where|who)\b)/u.exec(after);
  if (!m) return false;
  return lexiconEntityType(m[1]!.toLowerCase()) === 'place';
}

/** Whether the lexicon knows a lowercased word as a surname or a given name (and not as a place or a body). */
export function isSurname(w: string): boolean {
  const tags = lexiconTags(w);
  return (
    tags.some((t) => t === 'LastName' || t === 'MaleName' || t === 'FemaleName') && lexiconEntityType(w) === 'person'
  );
}

/**
 * A person's role in lowercase just before a name ("campaign spokeswoman Hope Hicks", "longtime aide Huma Abedin",
 * "Virginia delegate Beau Correll"): the name is the person's. Lowercase titles the capitalised-title rules never see.
 */
const PERSON_ROLE_BEFORE =
  /(?:^|[^\p{L}])(?:spokes(?:man|woman|person)|aide|delegate|adviser|advisor|strategist|consultant|activist|lawyer|candidate|nominee|rapper|singer|actor|actress|comedian|novelist|pollster|donor|billionaire|businessman|businesswoman|blogger|teenager|protester|supporter|volunteer|organizer|colleague|rival|opponent|co-founder|founder|widow|son|daughter|wife|husband|brother|sister|mother|father|friend|reporter|correspondent|columnist) $/u;

/**
 * Whether the words after a name refer back to it as a person: a relative "who" ("Trumka, who leads …") or the
 * subject's "he" or "she" after a verb of saying ("Ruane said he …", "Guccifer told the court she …"). Bodies take
 * "which" and "it".
 */
export function isPersonByPronoun(after: string): boolean {
  return (
    /^,? who\b(?!['’])/.test(after) ||
    /^ (?:said|says|told|added|argued|explained|insisted|noted|wrote|tweeted|claimed|stated|admitted|acknowledged|recalled|conceded|testified|believes|thinks|thought)\b(?: [\p{Ll},]+){0,3}? (?:he|she)\b/u.test(
      after,
    )
  );
}

/** Tags of a word that can be a subject's verb ("launched", "is", "will"). */
const OWN_VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Copula', 'Modal', 'Verb', 'Auxiliary']);

/**
 * Whether the words after a name make it a person's by their own grammar: the name's verb, then "his", "himself" or
 * "herself" within a few lowercase words ("Trump launched his underdog White House bid", "Sanders laid out his
 * plan"; a body takes "its"), or a possessive of what only a person has ("Trump’s acceptance speech", "Manafort’s
 * wife"). "her" is left out: after a verb it is most often someone else, the object ("Trump attacked her").
 */
export function isPersonByOwnWords(after: string): boolean {
  if (PERSON_POSSESSION.test(after)) return true;
  const m = /^ (\p{Ll}+)((?: \p{Ll}+){0,3}) (?:his|himself|herself)\b/u.exec(after);
  if (!m) return false;
  const next = m[2]!.split(' ')[1];
  const verb =
    /^(?:also|then|later|still|never|once|again|finally|quickly|repeatedly|previously|recently)$/.test(m[1]!) && next
      ? next
      : m[1]!;
  return lexiconTags(verb).some((t) => OWN_VERB_TAGS.has(t)) || /\p{Ll}{2}ed$/u.test(verb);
}

/** What only a person has, after a possessive and at most one modifier ("’s acceptance speech", "’s wife"). */
const PERSON_POSSESSION =
  /^['’]s (?:[\p{Ll}-]+ )?(?:wife|husband|son|sons|daughter|daughters|father|mother|brother|sister|children|kids|parents|widow|grandfather|grandmother|grandson|granddaughter|nephew|niece|birthday|funeral|speech|running mate|candidacy|memoir|childhood)\b/u;

/** Whether `before` ends with a person's role in lowercase ({@link PERSON_ROLE_BEFORE}). */
export function hasPersonRoleBefore(before: string): boolean {
  return PERSON_ROLE_BEFORE.test(before);
}

/**
 * Whether a name stands where a news source does: "according to Bloomberg", "told POLITICO", "a report released by
 * Crowdpac", a dateline's "(Reuters)". Enough to keep a name said once that nothing else types (entity-clusters.ts),
 * never enough to retype one: "told Ryan" is a person already named in full.
 */
export function isSourceSlot(before: string, after: string): boolean {
  if (
    /(?:according to|told|(?:reported|released|obtained|conducted|published) by|analysis by|interview with) $/.test(
      before,
    )
  )
    return true;
  return /\p{Lu}{3,},? \($/u.test(before) && /^\)/.test(after);
}

/**
 * "the House", "House Speaker Paul Ryan", "House Democrats", "a House panel": the chamber of Congress, an
 * organisation ("the White House" is a longer name, and "House prices" no chamber).
 */
export function isChamberAlone(s: string, before: string, after: string): boolean {
  if (s !== 'House') return false;
  return (
    /\bthe $/i.test(before) ||
    /^ (?:Speaker|Majority|Minority|Democrats?|Republicans?|GOP|Judiciary|Oversight|Intelligence|Ways|panel|committee|hearing|floor|vote|members|leaders|leadership|lawmakers|investigators|chamber|bill|seat|race|candidate)\b/.test(
      after,
    )
  );
}

/**
 * "took to Twitter to call Fields delusional", "posted the clip to YouTube": where someone goes to speak, or where a
 * post goes, is the medium (not "a letter to Facebook", "went to Facebook": no post, no "took"; not "was taken to
 * Parkland": a passive, a hospital). One word only: "took to Mercy Hospital" names the hospital.
 */
const MEDIUM_TO =
  /\b(?:(?:took|take|takes|taking)|(?:posted|posting|posts|uploaded|uploading|uploads)\b[^.;:!?"“”]{0,30}) to $/u;

/**
 * Whether the name at `start`..`end` is where something is posted or watched: before a medium's noun ("his YouTube
 * channel", "a Twitter post", "a Facebook or Twitter post") or after "on", "via" ("posted on Facebook"), "took to" or
 * "posted … to". A broadcaster named by its letters or as a news service ("on MSNBC", "on Fox News") is an
 * organisation, so not this.
 */
export function isMediumSlot(text: string, s: string, start: number, end: number): boolean {
  if (MEDIUM_NOUN.test(text.slice(end, end + 30))) return true;
  const before = text.slice(Math.max(0, start - 40), start);
  return (
    (/\b(?:on|via|onto)\s(?:\p{Lu}\p{L}+,? (?:or|and)\s)?$/iu.test(before) ||
      (!s.includes(' ') && MEDIUM_TO.test(before))) &&
    /^\p{Lu}\p{Ll}/u.test(s) &&
    !/ (?:News|TV|Radio|Network)$/.test(s)
  );
}

/** A role someone plays just before its name ("played Batman"): this mention is the role, no entity. */
const ROLE_BEFORE = /\b(?:played|plays|playing|portrayed|portrays|starred as|stars as) $/;
/** A work's kind just before its name ("the film Star Wars"): the name is the work's wherever it stands. */
const WORK_BEFORE =
  /\bthe (?:film|movie|show|TV show|series|sitcom|book|novel|memoir|album|song|single|musical|documentary|video game|game|opera|episode|painting|play) $/;
/** A product's kind just after its name ("the Oculus Rift headset", "a Galaxy Note phone"). */
const PRODUCT_AFTER =
  /^ (?:headsets?|smartphones?|phones?|consoles?|tablets?|laptops?|sedans?|pickups?|drones?|smartwatch(?:es)?|glasses|handsets?|airliners?|jets?|rifles?|pistols?)\b/;

/**
 * What the text around a name makes it: a role played ("played Batman", this mention only), a work or a product
 * ("the film Star Wars", "the Oculus Rift headset", the name wherever it stands), or null.
 */
export function workOrProductSlot(before: string, after: string): 'role' | 'work' | null {
  if (ROLE_BEFORE.test(before)) return 'role';
  return WORK_BEFORE.test(before) || PRODUCT_AFTER.test(after) ? 'work' : null;
}

/** A prize's noun after a name, past any acronym in parentheses ("Critics Choice award", "Screen Actors Guild (SAG) awards"). */
// (Not the verb: "Wisconsin awards 18 delegates", "the Pentagon awards contracts".)
const AWARD_AFTER =
  /^(?: \(\p{Lu}{2,6}\))? (?:awards?|prizes?|trophy|trophies|statuettes?)\b(?! (?:\d|the|a|an|its|his|her|their|delegates|contracts)\b)/u;

/** Whether the text after a name makes it a prize's name ({@link AWARD_AFTER}): "a Critics Choice award". */
export function isAwardSlot(after: string): boolean {
  return AWARD_AFTER.test(after);
}

/**
 * "MSNBC’s Ayman Mohyeldin reported", "CNN's Dana Bash said": two or three words after a news outlet's possessive
 * are its journalist's name, even when the lexicon knows neither word (a body is "MSNBC’s parent company").
 */
export function isOutletsPerson(before: string, words: readonly string[]): boolean {
  const owner = /(?:^|[^\p{L}])((?:[Tt]he )?\p{Lu}[\p{L}.&]*(?: \p{Lu}[\p{L}.&]*){0,2})['’]s $/u.exec(before)?.[1];
  return (
    !!owner &&
    isNewsOutlet(owner) &&
    words.length >= 2 &&
    words.length <= 3 &&
    words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !ORG_KEYWORDS.has(w.toLowerCase()))
  );
}

/**
 * Whether `acronym` opens a parenthesis after lowercase words whose initials spell it ("the global distribution
 * systems (GDS)", "gross domestic product (GDP)"): a common noun's acronym, no body.
 */
export function isLowercaseAcronym(acronym: string, before: string): boolean {
  const letters = /^(\p{Lu}{2,6})s?$/u.exec(acronym)?.[1];
  if (!letters || !/ \($/.test(before)) return false;
  const prev = before
    .slice(0, -2)
    .split(/[\s-]+/)
    .slice(-letters.length);
  return (
    prev.length === letters.length && prev.every((w, i) => /^\p{Ll}/u.test(w) && w[0]!.toUpperCase() === letters[i])
  );
}
