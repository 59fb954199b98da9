// Small sieves of speaker resolution (after Muzny et al. 2017, "A Two-stage Sieve Approach for Quote
// Attribution"): cleaning a reporting clause's subject phrase, picking the head name in it, and the gender a
// pronoun needs. Each returns null when unsure: no speaker is better than a wrong one.
import { lexiconTags } from './lexicon';

export type Gender = 'm' | 'f';

const SUBJECT_PRONOUN = /^(?:he|she|they|we|i|it)$/i;
/** Words that may sit between a subject pronoun and its reporting verb: "he later said", "she has said". */
const BETWEEN =
  /^(?:\p{Ll}+ly|also|later|then|once|often|had|has|have|would|will|previously|again|recently|last|never|repeatedly|had also)$/u;

/**
 * The subject pronoun a phrase ends with, when it is the reporting verb's subject: "whom he" (said), "in which he",
 * "a Kansas City radio station when he", "where he erroneously" → "he". Null when the phrase does not end so.
 */
export function trailingPronoun(phrase: string): string | null {
  const words = phrase.trim().split(/\s+/);
  while (words.length > 1 && BETWEEN.test(words[words.length - 1]!)) words.pop();
  const last = words[words.length - 1] ?? '';
  if (!SUBJECT_PRONOUN.test(last)) return null;
  // A lone pronoun with a leading conjunction is the ordinary case, handled by the caller; this is for clauses.
  return last.toLowerCase();
}

/** Nouns of a role that a name modifies: "Huckabee spokeswoman Alice Stewart", "Trump campaign manager …". */
const ROLE_AFTER_NAME =
  /^\s(?:campaign|spokes(?:man|woman|person)|aides?|advisers?|advisors?|press|communications|chief|senior|deputy|political|policy|national|lead|top|strategist|pollster|lawyer|attorney|counsel|director|manager|chairman|chairwoman|secretary|surrogate|supporters?|staffers?|backers?|ally|allies|loyalist|confidant|administration|officials?|camp|team|foundation|organization)\b/;

/**
 * Whether a name mention at [start, end) of `text` only modifies the phrase's head: a possessive ("Sanders's
 * campaign manager, Jeff Weaver") or a name before a role noun ("Clinton spokesman Brian Fallon").
 */
export function isModifierName(text: string, end: number): boolean {
  const after = text.slice(end, end + 40);
  if (/^['’]s?\s/.test(after) || ROLE_AFTER_NAME.test(after)) return true;
  // "Cruz constituent Dan Golvach": a noun between two names; "Trump told Newsmax" has a verb there instead.
  const noun = /^\s(\p{Ll}+)\s\p{Lu}/u.exec(after);
  if (noun && !NOT_A_NOUN.test(noun[1]!)) return true;
  // "said a 2008 Clinton veteran.", "one Clinton ad declared": a noun closing the phrase, before its verb or a mark.
  // "said one former GOP leadership aide.": one noun, two or three ("a former U.S. law enforcement official.").
  const nouns = (head: RegExpExecArray | null): boolean =>
    head !== null && head.slice(1).every((w) => w === undefined || (!NOT_A_NOUN.test(w) && !NOT_A_HEAD.test(w)));
  return (
    nouns(ONE_NOUN_CLOSING.exec(after)) ||
    nouns(TWO_NOUNS_CLOSING.exec(after)) ||
    nouns(THREE_NOUNS_CLOSING.exec(text.slice(end, end + 60)))
  );
}

/** What may follow the noun(s) closing a described speaker: a mark, the reporting verb or a "who" clause. */
const CLOSING = String.raw`(?=[,.;:]|\s(?:has\s|have\s|had\s)?(?:said|says|told|tells|wrote|writes|put|puts|\p{Ll}+ed)\b|\swho\s)`;
const ONE_NOUN_CLOSING = new RegExp(String.raw`^\s(\p{Ll}{2,})${CLOSING}`, 'u');
const TWO_NOUNS_CLOSING = new RegExp(String.raw`^\s(\p{Ll}{2,})\s(\p{Ll}{2,})${CLOSING}`, 'u');
/** "said a former U.S. law enforcement official.": three nouns. */
const THREE_NOUNS_CLOSING = new RegExp(String.raw`^\s(\p{Ll}{2,})\s(\p{Ll}{2,})\s(\p{Ll}{2,})${CLOSING}`, 'u');

/** Words after a name that are not a noun the name modifies: verbs, prepositions, conjunctions. */
const NOT_A_NOUN = /(?:ed|s|ld|id|ote|old|ew)$|^(?:and|or|of|for|to|in|on|at|by|with|from|as|than|versus|vs)$/;
/**
 * Nor are reflexives, adverbs and clause words after a subject: "Cruz himself said", "Trump later said", "Clinton
 * quickly added", "Dan Golvach when asked", "Rikkie Wells who tweeted". Not the nouns in "-ly" ("the Smith family said").
 */
const NOT_A_HEAD =
  /^(?:himself|herself|themselves|itself|also|later|then|again|too|now|once|never|often|still|first|last|jr|sr|when|while|where|who|whom|whose|which|that|after|before|if|because|since|until|but|nor|so|yet|the|an?|his|her|its|their|our|my|your|(?!(?:family|ally|assembly|rally|supply|bully|monopoly)$)\p{Ll}+ly)$/u;

const MALE_TITLES = 'Mr|Sir|Lord|King|Prince';
const FEMALE_TITLES = 'Mrs|Ms|Miss|Madam|Dame|Lady|Queen|Princess';
/** A gendered title opening a mention ("Mrs. Clinton"); group 1 is set for a man's. */
const TITLE_OPENING = new RegExp(String.raw`^(?:(${MALE_TITLES})|${FEMALE_TITLES})\b`);
/** The same title closing the text right before a mention that does not hold it ("Mr. " before "Trump"). */
const TITLE_BEFORE = new RegExp(String.raw`(?:^|[\s(])(?:(${MALE_TITLES})|${FEMALE_TITLES})\.?\s+$`);

/**
 * Common given names the lexicon tags as words or leaves ungendered ("Bill" is a noun, "Frank" an adjective): written
 * capitalised before a surname, they are names. Ambiguous ones ("Pat", "Sandy") are left out.
 */
const MALE_GIVEN = new Set(
  (
    'Bill Bob Rob Mark Chuck Dick Frank Earl Dean Will Jeb Rand Newt Mitt Reince Ted Tim Jim Tom Rick ' +
    'Barack Rahm Jay Nick Lance Charlie'
  ).split(' '),
);
const FEMALE_GIVEN = new Set('Kellyanne Hillary Nikki Debbie Carly Ivanka Melania Megyn Tulsi Condoleezza'.split(' '));
/** Given names the lexicon genders but that men and women both bear in the news ("Lindsey Graham", "Jesse Jackson"). */
const EITHER_GIVEN = new Set('Lindsey Dana Jesse Kim Jan Pat Sandy Leslie Robin Terry'.split(' '));

/**
 * A name's gender from a title alone: one opening the mention ("Mrs. Clinton", "Sir Elton John") or, when the
 * mention does not hold it, closing `before`, the text right before the mention ("Mr. " + "Trump"). Null without one.
 */
export function titleGender(surface: string, before = ''): Gender | null {
  const t = TITLE_OPENING.exec(surface.trim()) ?? TITLE_BEFORE.exec(before.slice(-12));
  return t ? (t[1] ? 'm' : 'f') : null;
}

/** A name's gender from its title ("Mrs. Clinton") or given name ("Hillary Clinton"); null when not known. */
export function genderOfName(surface: string): Gender | null {
  const s = surface.trim();
  const titled = titleGender(s);
  if (titled) return titled;
  const first =
    s
      .replace(
        /^(?:\p{Lu}[\p{L}]*\.\s|(?:Former|President|Senator|Sen|Rep|Representative|Speaker|Gov|Governor|Secretary|Dr|Judge|Justice|General|Gen|Admiral|Adm|Professor|Prof|Mayor|Ambassador)\.?\s)+/u,
        '',
      )
      .split(/\s+/)[0] ?? '';
  if ((s.split(/\s+/).length < 2 && first === s) || EITHER_GIVEN.has(first)) return null;
  const tags = lexiconTags(first.toLowerCase());
  const male = tags.includes('MaleName') || MALE_GIVEN.has(first);
  const female = tags.includes('FemaleName') || FEMALE_GIVEN.has(first);
  return male === female ? null : male ? 'm' : 'f';
}

/** Whether a pronoun can refer to someone of `gender` ("he" never to a known woman). */
export function pronounFits(pronoun: string, gender: Gender | null): boolean {
  if (!gender) return true;
  if (pronoun === 'he') return gender === 'm';
  if (pronoun === 'she') return gender === 'f';
  return true;
}

/** Verbs that characterise someone's words without a reporting verb: "Trump called her “a nasty woman”". */
export const CHARACTERISING =
  /\b(?:call(?:s|ed|ing)?|describ(?:es|ed|ing)|dubb(?:ed|ing)|dubs|label(?:s|ed|led|ing)|brand(?:s|ed|ing)|referr(?:ed|ing) to|refers to|promis(?:es|ed|ing)|vow(?:s|ed|ing)|pledg(?:es|ed|ing)|urg(?:es|ed|ing)|accus(?:es|ed|ing)|prais(?:es|ed|ing)|blast(?:s|ed|ing)|slamm(?:ed|ing)|slams|attack(?:s|ed|ing)|criticiz(?:es|ed|ing)|dismiss(?:es|ed|ing)|insist(?:s|ed|ing)|argu(?:es|ed|ing)|warn(?:s|ed|ing)|predict(?:s|ed|ing)|boast(?:s|ed|ing)|pitch(?:es|ed|ing)|touts?|touted|decr(?:ies|ied)|promised|thank(?:s|ed)|mocked|mocks|deri(?:des|ded)|lament(?:s|ed)|complain(?:s|ed)|express(?:es|ed)|cit(?:es|ed))\b/i;
