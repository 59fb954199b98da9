// Counts whose noun is not written after them (docs/extraction.md, "Key facts": counts of people or things), and
// "the first time" as a ranking, places ("comes in second", "was second with 18%"), "first" as an adverb and
// ordinals that rank nothing ("a great first step"): the sentence around a number says what it counts.
import { lexiconTags } from './lexicon';
import { isFunctionWord } from './noun-phrase';
import { YEAR } from './value-grammar';

/**
 * "12 of the 19", "58 of 61 Democratic and Republican debates", "2,093 of Clinton's released emails": a count out of
 * a group, the group named after it.
 */
const GROUP_AFTER = /^\s+of\s+(?:(?:the\s+)?(?=\d)|\p{Lu}[\p{L}.'’-]*['’]s\s+(?=\p{Ll}))/u;
/** "12 of the 19", "58 of 61": the number after "N of (the)" is the size of the group. */
const GROUP_SIZE_BEFORE =
  /(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|twenty|thirty|forty|fifty))\s+of\s+(?:the\s+)?$/i;
/** "Of those, 996 were identified as likely voters": the group is named before the count. */
const GROUP_BEFORE = /(?:^|[.;:]\s+)[Oo]f\s+(?:those|them|these|the\s[^,.;]{1,40}),\s+$/;
/** "page 3 of the report", "Chapter 11 of the code": a number that labels something counts nothing. */
const NUMBER_LABEL =
  /\b(?:page|chapter|section|article|paragraph|clause|item|part|volume|vol\.|rule|step|phase|level|stage|round|game|grade|row|seat|room|gate|route|exit|flight|channel|episode|season)\s+$/i;

/** Whether the number at `start` labels something ("page 3", "Article 5", "Chapter 11") rather than counting it. */
export function isNumberLabel(text: string, start: number): boolean {
  return NUMBER_LABEL.test(text.slice(Math.max(0, start - 12), start));
}
/** "Title 9 of the act", "Windows 10 of the …": a number after a capitalised word is part of a name. */
const NAME_BEFORE = /\p{Lu}[\p{L}.]*\s+$/u;
const IS_YEAR = new RegExp(String.raw`^${YEAR}$`);

/** "including four in California", "1,051 voters in Florida and 1,077 in Pennsylvania": the noun is elided. */
const ELIDED_BEFORE = /\b(?:including|and|while|but|with)\s+$/;
const ELIDED_AFTER = /^\s+(?:in|from|at)\s+(?:the\s+)?\p{Lu}/u;

/**
 * Whether the count `written` at [start, end) of `text`, with no noun after it, still counts something: a share of a
 * group ("12 of the 19", "2,093 of Clinton's released emails", "Four of the 12 boxes"), the group's own size ("of
 * the 19"), a count after the group ("Of those, 996 were …"), or a count whose noun is elided before a place
 * ("including four in California"). Years, "one" and numbers that label things do not.
 */
export function isGroupCount(text: string, start: number, end: number): boolean {
  const written = text.slice(start, end);
  if (IS_YEAR.test(written) || /^(?:one|a|an|zero)$/i.test(written)) return false;
  const before = text.slice(Math.max(0, start - 48), start);
  if (NUMBER_LABEL.test(before) || NAME_BEFORE.test(before)) return false;
  return (
    GROUP_AFTER.test(text.slice(end, end + 48)) ||
    (/^\d/.test(written) && GROUP_SIZE_BEFORE.test(before)) ||
    (/^\d/.test(written) && GROUP_BEFORE.test(before)) ||
    (ELIDED_BEFORE.test(before) && ELIDED_AFTER.test(text.slice(end, end + 24)))
  );
}

/**
 * "It's the first time a candidate has …", "This marks the first time …": a ranking the sentence states. "For the
 * first time" is left out: it is as often a figure of speech ("like looking through glasses for the first time").
 */
const FIRST_TIME_CLAIM = /\b(?:is|was|['’]s|marks|marked|be|been|became|becomes)\s+the\s+$/i;
/** "This isn't the first time …": a denial ranks nothing. */
const NEGATED = /(?:\bnot|n['’]t|\bnever)\s+the\s+$/i;

/**
 * Whether "first time" / "second time" at `start` is a ranking the article states ("It's the first time …", "This
 * is the second time …") rather than an idiom ("The first time I saw him", "her first time in Paris", "for the first
 * time", "This isn't the first time").
 */
export function isStatedTime(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  return FIRST_TIME_CLAIM.test(before) && !NEGATED.test(before);
}

/** "comes in second", "finished third", "ranked fifth", "running third in most polls": a verb of placing. */
const PLACED =
  /\b(?:comes?|came|coming|finish(?:ed|es|ing)?|plac(?:ed|es|ing)|rank(?:ed|s|ing)?|ran|runs|running)\s+(?:in\s+)?$/i;

/** "Bush was second with 18%", "Cruz is third behind Rubio": a place in a poll after "was", then its score or rival. */
const PLACED_AFTER_BE = /\b(?:is|was|are|were|remains|remained|stood|stands)\s+$/i;
const SCORE_OR_RIVAL_AFTER = /^\s+(?:with\s+(?:\d|only\s\d|just\s\d)|behind\b)/i;

/**
 * Whether the ordinal at [start, end) is a place in a race or a poll stated on its own ("Graham comes in second",
 * "Bush was second with 18%").
 */
export function isPlacedRank(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 20), start);
  if (PLACED.test(before)) return true;
  return PLACED_AFTER_BE.test(before) && SCORE_OR_RIVAL_AFTER.test(text.slice(end, end + 16));
}

/**
 * Whether "first" at [start, end) is an adverb: before a past participle and not after an article or possessive
 * ("was first noted", "first elected in 1990"; but "the first elected mayor" ranks mayors).
 */
export function isFirstAsAdverb(text: string, start: number, end: number): boolean {
  if (!/^first$/i.test(text.slice(start, end))) return false;
  if (!/^\s+\p{Ll}+ed\b/u.test(text.slice(end, end + 24))) return false;
  return !/\b(?:a|an|the|his|her|its|their|our|my|your|this|that)\s+$/i.test(text.slice(Math.max(0, start - 8), start));
}

/** A determiner or possessive before a count: "the two", "their three". */
const DETERMINER_BEFORE = /\b(?:the|those|these|their|his|her|its|our)\s+$/i;

/**
 * Whether the count at [start, end), a number word after a determiner, is a bare "the two" followed by its verb:
 * a word the lexicon knows only as an infinitive ("the two write", "The two agree"), an adverb in -ly ("the two
 * sharply diverge"), or a word in -ed before a function word or the end of the clause ("The two squabbled at
 * length", "the two suggested both are …"; but "the three elected officials" counts officials). Digits keep their
 * noun ("the 1.6 billion share votes") unless they are a group's size ("12 of the 19 contain …").
 */
export function isPointingBackBeforeVerb(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 48), start);
  // Digits only as the size of a group ("12 of the 19 contain …").
  if (!/^\p{L}/u.test(text.slice(start, end)) && !GROUP_SIZE_BEFORE.test(before)) return false;
  if (!DETERMINER_BEFORE.test(before)) return false;
  const m = /^\s+(\p{Ll}+)\b(?:\s+(\p{Ll}+))?/u.exec(text.slice(end, end + 40));
  if (!m) return false;
  const [, next, after] = m;
  const tags = lexiconTags(next!);
  if (tags.length > 0 && tags.every((t) => t === 'Infinitive')) return true;
  if (/ly$/.test(next!) && !tags.includes('Adjective')) return true;
  return /ed$/.test(next!) && (after === undefined || isFunctionWord(after));
}

/**
 * Ordinals that rank nothing: idioms ("a great first step", "third-rate"), titles ("first lady" is a title, not a
 * ranking), and a vague period ("his first months at the Pentagon": no number says how long).
 */
const ORDINAL_IDIOMS =
  /^(?:first|second)[\s-](?:time|hand|thing|glance|sight|place|look|half|guess|of|and|or|to|in|on|at|with|lady|ladies|gentleman|responders?|aid)\b|^(?:first|second|third)-(?:rate|class|string)\b|^third[\s-]part(?:y|ies)\b|^(?:first|last|final|early)\s(?:days|weeks|months|years|decades)\b/i;
/**
 * "a great first step", "an important first step", "took the first steps": a figure of speech, not a ranking of
 * steps ("The first step will be the transfer …; in the second step, …" ranks them).
 */
const FIGURATIVE_STEP_BEFORE =
  /(?:\b(?:a|an)\s(?:\p{Ll}+\s)?|\b(?:important|great|good|crucial|necessary|small|big|major|key|critical|positive|modest|tentative|welcome)\s)$/u;
/**
 * Whether the ordinal word at `start` ranks nothing: "for the first time" unless stated as a claim, an idiom
 * ("first lady", "third-rate", "his first months"), or "first step" as a figure of speech.
 */
export function isIdiomaticOrdinal(text: string, start: number): boolean {
  const head = text.slice(start, start + 20);
  if (/^(?:first|second)[\s-]time\b/i.test(head)) return !isStatedTime(text, start);
  if (ORDINAL_IDIOMS.test(head)) return true;
  if (!/^first\ssteps?\b/i.test(head)) return false;
  return /^first\ssteps\b/i.test(head) || FIGURATIVE_STEP_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}
