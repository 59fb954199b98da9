// Specifics with no noun written after them (docs/extraction.md, "Key facts"): an age as a sentence's predicate
// ("She is 45."), a tally of names and numbers ("Donald Trump 384, Sen. Ted Cruz 300"), a score in brackets
// ("(35-30)") or after its verb ("passed by a vote of 90 to 10"), a range of figures ("from 100,000 to 250,000"),
// the figure of a record or a sum ("the 2016 high of 8,836"), counted occurrences ("failed three times"), margins in
// digits ("double digits") and shares written as words ("half as much"). The sentence around the number says what
// it counts.
import type { FactValueKind } from '../types';
import { MONTH, TENS } from './value-grammar';

/** A specific found at [start, end) of the scanned text, before normalising. */
export interface BareNumber {
  kind: FactValueKind;
  start: number;
  end: number;
  /** Set where the value's normalised form is not the number's own ("1 Finland" for "1. Finland"). */
  normalized?: string;
}

/**
 * "She is 45.", "who was 92,", "He turned 70 in June": a person's age as the predicate of "is", "was" or "turned"
 * after "he", "she" or "who", where the sentence or clause ends at the number (not "she was 10th", "he was 5 of 9").
 */
const AGE_PREDICATE =
  /(?<=\b(?:[Hh]e|[Ss]he|who|[Hh]e['’]s|[Ss]he['’]s)\s(?:is|was|turned|turns|will turn)\s)(?:1[01]\d|[1-9]\d?)(?=[.;!?]|,\s|$|\s(?:when|and|at|on|in|years? old)\b)/g;

/** A name, with an optional title, as in a tally ("Sen. Ted Cruz", "Rubio"). */
const TALLY_NAME = String.raw`(?:(?:Sen|Gov|Rep|Mr|Mrs|Ms|Dr)\.\s)?\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}`;
/** A number after a name, closing its item: "Trump 384," "Kasich 37." (not a year). */
const TALLY_ITEM = String.raw`${TALLY_NAME}\s(?!1[89]\d\d\b|20\d\d\b)\d{1,3}(?:,\d{3})*(?=[,;.]|\sand\b|$)`;
/** Two items or more: "Donald Trump 384, Sen. Ted Cruz 300, Rubio 151, and Kasich 37". */
const TALLY = new RegExp(String.raw`${TALLY_ITEM}(?:,?\s(?:and\s)?${TALLY_ITEM})+`, 'gu');
const MONTH_BEFORE = new RegExp(String.raw`${MONTH}\s?$`);

/** "(35-30)": a score or a vote in brackets, two values. */
const BRACKETED_SCORE = /\((\d{1,3})\s?[-–]\s?(\d{1,3})\)/g;

/**
 * "failed three times to refuse", "has been married three times.": counted occurrences. Not a multiplier ("10
 * times harder", "three times the size": that is the comparison's, see values.ts) and not a figure of speech ("a
 * thousand times", "hundreds of times").
 */
const OCCURRENCES = new RegExp(
  String.raw`\b(?:(?:${TENS})-(?:one|two|three|four|five|six|seven|eight|nine)|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|forty|fifty|(?<![\d,.])\d{1,3}(?:,\d{3})*)\stimes(?=[.,;:!?)]|$|\s(?:to|in|on|at|since|during|over|before|after|this|last|per|a|an|each|between|while|when|for|with|by|from|and|but|or|already|against|under|without)\b)`,
  'g',
);

const SHARE = String.raw`(?:half|(?:a|one|two)[\s-](?:third|quarter)s?|two-thirds|three-quarters)`;
/** "half as much coal-fired electricity", "roughly a third less", "cut … by more than half": a share as a word. */
const SHARE_AS_WORD = new RegExp(
  String.raw`\b${SHARE}(?=\sas\s(?:much|many|large|big|likely)\b|\s(?:less|more|fewer|smaller|larger|lower|higher|cheaper)\b)|(?<=\bby\s(?:(?:more|less)\sthan\s|nearly\s|almost\s|about\s|roughly\s|over\s|at\sleast\s)?)${SHARE}\b(?![\s-](?:of|an?|the|hour|day|century|dozen|mile|point|inch)\b|-)`,
  'g',
);

/** "trailing by double digits", "a double-digit advantage": a margin of ten or more, with its noun when one follows. */
const DIGITS_MARGIN = /\b(?:double|triple)(?:\sdigits\b|-digit(?:\s(?!and\b|or\b|in\b|over\b)\p{Ll}+)?)/gu;

/** "the 2016 high of 8,836", "a total of 1,237": the figure a record or a sum is. */
const FIGURE_OF =
  /(?<=\b(?:high|low|peak|record|total|tally|average)\sof\s)(?<![\d,.])\d{1,3}(?:,\d{3})*(?:\.\d+)?(?![\d,.]?\d|\s?%|[\s-]\p{L}|\s?\^)/gu;

/**
 * "the west metro suburban community of 50,000", "a population of 54,000 and …": how many people a place holds,
 * the clause ending at the figure (with its noun after it, "13,000 residents" is a count of its own).
 */
const POPULATION_OF =
  /(?<=\b(?:population|community|city|town|village|suburb|township)\sof\s(?:(?:about|roughly|nearly|almost|some|over|more than|fewer than|less than)\s)?)(?<![\d,.])\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:\s(?:million|billion))?(?![\d,.]?\d|\s?%)(?=[.,;:)]|$|\s(?:and|in|as|at|on|or|but|is|was|who|that|which|with|people|residents|inhabitants)\b)/g;
const FIGURE = String.raw`(?<![\d.,$€£¥₹])\d{1,3}(?:,\d{3})*(?:\.\d+)?`;
/** Not a percentage, a unit, a year or a longer number: the figure ends here. */
const FIGURE_END = String.raw`(?![\d,.]?\d|\s?(?:%|percent|per cent|points?|-))`;
/**
 * "passed by a vote of 90 to 10", "Alabama beat undefeated Clemson 45-40", "Clinton leads Sanders, 1,428 to 1,153":
 * a score or a vote after its verb, two values.
 */
const SCORE_AFTER_VERB = new RegExp(
  String.raw`(?<=\b(?:vote of|voted|beat|beats|defeated|won|lost|leads|led|trails|trailed|confirmed|approved|passed|outnumbers?|outnumbered|outspending|outspent)\b[^.;:\d]{0,30}?)(${FIGURE})\s?(?:to|-|–)\s?(${FIGURE})${FIGURE_END}`,
  'g',
);
/** "ranges from 100,000 to 250,000": an amount range is two values, its noun elided or after the second. */
const FROM_RANGE = new RegExp(
  String.raw`(?<=\b(?:[Ff]rom|[Bb]etween)\s)(?!1[5-9]\d\d\b|20\d\d\b)(${FIGURE})\s(?:to|and)\s(?!1[5-9]\d\d\b|20\d\d\b)(${FIGURE})${FIGURE_END}`,
  'g',
);

/** The specifics of `text` (one sentence) that have no noun after them, left to right. */
export function findBareNumbers(text: string): BareNumber[] {
  if (!/\d|times|half|third|quarter|digit/.test(text)) return [];
  const out: BareNumber[] = [];
  const add = (kind: FactValueKind, re: RegExp) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push({ kind, start: m.index, end: m.index + m[0].length });
  };
  add('age', AGE_PREDICATE);
  add('count', OCCURRENCES);
  add('percent', SHARE_AS_WORD);
  add('count', DIGITS_MARGIN);
  add('count', FIGURE_OF);
  add('count', POPULATION_OF);
  TALLY.lastIndex = 0;
  for (let m = TALLY.exec(text); m; m = TALLY.exec(text)) {
    const items = [...m[0].matchAll(new RegExp(TALLY_ITEM, 'gu'))];
    // "March 15, April 2": dates are not a tally.
    if (items.some((it) => MONTH_BEFORE.test(it[0].replace(/\s[\d,]+$/, '')))) continue;
    for (const it of items) {
      const num = /\d[\d,]*$/.exec(it[0])!;
      const start = m.index + it.index! + num.index;
      out.push({ kind: 'count', start, end: start + num[0].length });
    }
  }
  for (const re of [SCORE_AFTER_VERB, FROM_RANGE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const b = m.index + m[0].length - m[2]!.length;
      out.push(
        { kind: 'count', start: m.index, end: m.index + m[1]!.length },
        { kind: 'count', start: b, end: b + m[2]!.length },
      );
    }
  }
  BRACKETED_SCORE.lastIndex = 0;
  for (let m = BRACKETED_SCORE.exec(text); m; m = BRACKETED_SCORE.exec(text)) {
    const a = m.index + 1;
    const b = m.index + m[0].length - 1 - m[2]!.length;
    out.push({ kind: 'count', start: a, end: a + m[1]!.length }, { kind: 'count', start: b, end: b + m[2]!.length });
  }
  return out.sort((x, y) => x.start - y.start);
}

/**
 * "1. Finland 2. Norway 3. Australia": a numbered ranking written inline, two items or more, each normalised as its
 * rank and name.
 */
export function findRankingList(text: string): BareNumber[] {
  const re = /(?<=^|[\s:])(\d{1,2})\.\s(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3})/gu;
  const out: BareNumber[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ kind: 'ordinal', normalized: `${m[1]} ${m[2]}`, start: m.index, end: m.index + m[0].length });
  }
  return out.length >= 2 ? out : [];
}
