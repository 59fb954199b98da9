// Checkable specifics in a sentence (docs/extraction.md, "Key facts") as written, with normalised forms.
import type { FactValue, FactValueKind } from '../types';
import {
  isFirstAsAdverb,
  isGroupCount,
  isNumberLabel,
  isPlacedRank,
  isPointingBackBeforeVerb,
  isIdiomaticOrdinal,
} from './count-context';
import { findBareNumbers, findRankingList } from './bare-numbers';
import { EVENT_HINTS, EVENT_NAME, isNamedEvent } from './event-names';
import { NUMBER_WORDS, ORDINAL_WORDS, parseNumber } from './numbers';
import { extendNounPhrase, isFunctionWord } from './noun-phrase';
import { BIG, CURRENCY_WORDS, DAY, MONTH, NUM, TENS, TIME_UNITS, UNITS, WNUM, YEAR } from './value-grammar';
import { normalize } from './value-normalize';
import { maskedRanges } from './value-masks';
import { keepFirstOfOverlaps } from './value-overlaps';

/** A specific found at [start, end) of the scanned text. */
export interface FoundValue extends FactValue {
  start: number;
  end: number;
}

/** "$16.99 a pound", "$119-a-year", "$20 per share": what a price is for. */
const MONEY_RATE = String.raw`(?:-a-|\s(?:a|an|per|each)\s)(?:pound|kilo|kilogram|ounce|gallon|litre|liter|barrel|ton|tonne|share|year|month|week|day|hour|night|person|head|unit|seat|ticket|square foot|square meter|square metre|mile)\b`;

interface Pattern {
  kind: FactValueKind;
  re: RegExp;
  /** A cheap test the sentence must pass before `re` runs at all. */
  gate?: RegExp;
}

const DIGIT = /\d/;
/** Small numbers in words, for shares written "one in five". */
const SHARE_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten';
const MONEY_GATE = /[$€£¥₹]|dollars|euros|pounds|yen|yuan|renminbi|rubles|roubles|rupees|francs|pesos|won\b/i;

const PATTERNS: Pattern[] = [
  {
    kind: 'money',
    gate: /[$€£¥₹]/,
    re: new RegExp(
      // "$350 to $600 an hour": an amount range is two values, each its own amount.
      String.raw`(?:US|C|A|NZ|HK|S)?[$€£¥₹]\s?${NUM}(?:${BIG}|(?:bn|mn|m|k|K|tn)\b)?(?:${MONEY_RATE})?`,
      'g',
    ),
  },
  // "hundreds of millions of dollars": an order of magnitude is still a checkable amount. A bare plural ("billions
  // of dollars", "millions of dollars in donations") is vague, as "several" is.
  {
    kind: 'money',
    gate: MONEY_GATE,
    re: new RegExp(
      String.raw`\b(?:tens|hundreds|thousands)\sof\s(?:thousands|millions|billions)\sof\s${CURRENCY_WORDS}\b`,
      'gi',
    ),
  },
  {
    kind: 'money',
    gate: MONEY_GATE,
    re: new RegExp(String.raw`\b(?:${NUM}|${WNUM})${BIG}?\s${CURRENCY_WORDS}\b`, 'gi'),
  },
  {
    kind: 'percent',
    gate: /%|per ?cent|percentage/i,
    re: new RegExp(String.raw`(?:\b${WNUM}|${NUM})\s?(?:%|percent\b|per cent\b|percentage points?\b)`, 'gi'),
  },
  // "beat Trump 46 to 40 percent", "between 5 and 10 percentage points": the first figure of a score or a span is a
  // percentage of its own; not a day before one ("July 14 to 46 percent").
  {
    kind: 'percent',
    gate: /%|per ?cent|percentage/i,
    re: new RegExp(
      String.raw`(?<![\d.,]|${MONTH}\s)\b\d{1,3}(?:\.\d+)?(?=\s?(?:to|and|-|–)\s?${NUM}\s?(?:%|percent\b|per cent\b|percentage points?\b))`,
      'g',
    ),
  },
  // "More than 6 in 10 New York Democratic voters", "one in five Americans": a share, not a count of ten voters.
  {
    kind: 'percent',
    re: new RegExp(
      String.raw`\b(?:\d{1,3}|${SHARE_WORDS})\s(?:in|out\sof)\s(?:(?!${YEAR}\b)\d{1,4}|${SHARE_WORDS}|a\shundred)\b(?![.,]\d|\s(?:${TIME_UNITS}|${UNITS})\b)`,
      'gi',
    ),
  },
  {
    kind: 'period',
    gate: DIGIT,
    re: new RegExp(
      String.raw`\b(?:[Bb]etween|[Ff]rom)\s${YEAR}\s(?:and|to|until|through)\s${YEAR}\b|\b${YEAR}\s(?:to|until|through)\s${YEAR}\b|\b${YEAR}[-–](?:${YEAR}|\d\d)\b`,
      'g',
    ),
  },
  // "between Oct. 30 and Nov. 9", "Nov. 6 to 10", "March 17-20": one period, not two dates (the spec's "between
  // 2018 and 2048"). The second day is a day (1-31) and not the start of a percentage ("July 14 to 46 percent").
  {
    kind: 'period',
    gate: DIGIT,
    re: new RegExp(
      String.raw`(?:\b(?:[Bb]etween|[Ff]rom)\s)?\b${MONTH}\s${DAY}(?:,?\s${YEAR})?(?:\s(?:and|to|through|until)\s|\s?[-–]\s?)(?:${MONTH}\s)?${DAY}(?:,?\s${YEAR})?\b(?![.,]?\d|\s?(?:%|percent|per cent|percentage))`,
      'g',
    ),
  },
  {
    kind: 'date',
    gate: DIGIT,
    re: new RegExp(
      String.raw`\b${MONTH}\s\d{1,2}(?:st|nd|rd|th)?(?:,?\s${YEAR})?\b|\b\d{1,2}(?:st|nd|rd|th)?\s(?:of\s)?${MONTH}(?:,?\s${YEAR})?\b|\b${MONTH},?\s${YEAR}\b|\b\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})\b|\b${YEAR}-\d\d-\d\d\b`,
      'g',
    ),
  },
  {
    kind: 'period',
    gate: DIGIT,
    re: /\b(?:(?:early|mid|late)[\s-])?(?:1[5-9]\d0|20\d0)s\b/gi,
  },
  {
    kind: 'quantity',
    gate: DIGIT,
    re: new RegExp(
      String.raw`\b(?!0[\dx])${NUM}\s?[x×]\s?${NUM}(?:[\s-]${UNITS})?(?:\s(?:per|each|a)\s\p{L}+)?`,
      'giu',
    ),
  },
  { kind: 'quantity', re: new RegExp(String.raw`(?:\b${WNUM}|${NUM})${BIG}?[\s-]${UNITS}\b`, 'gi') },
  // "500-600 metric tons", "between 5 and 10 miles": the first figure of an amount range is a value of its own.
  {
    kind: 'quantity',
    gate: DIGIT,
    re: new RegExp(
      String.raw`(?<![\d.,]|${MONTH}\s)\b\d{1,3}(?:,\d{3})*(?:\.\d+)?(?=\s?(?:to|and|-|–)\s?${NUM}${BIG}?[\s-]${UNITS}\b)`,
      'g',
    ),
  },
  // "incidents that happened 20 and 50 years ago", "15 to 17 minutes": a span of durations is two values too.
  {
    kind: 'duration',
    gate: DIGIT,
    re: new RegExp(
      String.raw`(?<![\d.,]|${MONTH}\s)\b\d{1,3}(?:\.\d+)?(?=\s?(?:to|and|-|–)\s?\d{1,3}(?:\.\d+)?[\s-]${TIME_UNITS}\b(?![-\s]old))`,
      'g',
    ),
  },
  // "a maximum payload size of 2^15 - 1", "integers up to 2^28": a power of two (or ten) written with a caret.
  // Not an operand of a calculation ("10^5 * 300 = 30,000,000 lists": the result is the specific).
  { kind: 'quantity', gate: /\^/, re: /\b\d{1,3}\^\d{1,3}(?:\s?[-+]\s?\d+\b)?(?!\s?[*×/=^])/g },
  {
    kind: 'count',
    re: new RegExp(
      String.raw`(?:\b${WNUM}|\b${NUM})\stimes(?=\s(?:the|as|more|higher|larger|bigger|smaller|less|lower|greater)\b)`,
      'gi',
    ),
  },
  {
    kind: 'duration',
    re: new RegExp(
      String.raw`\b(?:(?:last|past|next|first|final)\s)?(?:${WNUM}|${NUM})[\s-]${TIME_UNITS}\b(?![-\s]old)`,
      'gi',
    ),
  },
  // "a decade"; "more than a month since", "a month of sharpened attacks": a counted duration, but not "a year ago"
  // or "a decade earlier" (a moment, not a span).
  {
    kind: 'duration',
    re: /\b(?:a|one) (?:decade|century)\b(?! ago| earlier| later| before| after| from)|(?<=\b(?:(?:more|less) than|nearly|almost|about|over|under|within|for) )(?:a|one) (?:week|month|year)\b(?! ago| earlier| later| before| after| from)|\b(?:a|one) (?:week|month|year)(?= of \p{Ll})/giu,
  },
  // "roughly a third of the electorate", "two-thirds of voters", "half of the seats": a share, checkable like a percent.
  {
    kind: 'percent',
    re: /\b(?:(?:about|roughly|nearly|almost|over|under|some|(?:more|less|fewer) than)\s)?(?:(?:a|one|two|three)[\s-](?:third|quarter|fifth|sixth|eighth|tenth)s?|half)\sof\s(?:the\s)?(?=\p{L})/giu,
  },
  {
    kind: 'age',
    re: new RegExp(
      String.raw`\b(?:${NUM}|${WNUM})-years?-old\b|\baged\s\d{1,3}\b|\bage\s(?:of\s)?\d{1,3}\b(?![.,]\d)|\bages\sof\s\d{1,3}\sand\s\d{1,3}\b|(?<=\p{Lu}[\p{L}'’-]+,\s)\d{1,2}(?=,(?!\d))`,
      'gu',
    ),
  },
  // "ranked in America's top 10", "a top-five finish": a ranking, not a count of anything.
  { kind: 'ordinal', re: new RegExp(String.raw`\b[Tt]op[\s-](?:\d{1,3}|${WNUM})\b(?![.,]\d|\s?(?:%|percent))`, 'g') },
  { kind: 'ordinal', gate: DIGIT, re: /\b\d+(?:st|nd|rd|th)\b/g },
  { kind: 'ordinal', re: new RegExp(String.raw`\b(?:${ORDINAL_WORDS})\b`, 'g') },
  // After the ordinals: "the second straight Democratic convention" is a ranking of conventions.
  { kind: 'event', re: EVENT_NAME },
  { kind: 'count', re: new RegExp(String.raw`(?:\b${WNUM}|${NUM})(?:${BIG})?(?=(?:\s+|-)\p{L})`, 'giu') },
  // "used only one email account": "one" is mostly a pronoun, but after "only" or "exactly" it counts (not "only one
  // of them", "only one more chance", "the only one unhappy").
  { kind: 'count', re: /(?<=(?<!\b[Tt]he )\b(?:[Oo]nly|[Ee]xactly) )one(?! (?:of|more)\b)(?=\s\p{Ll})/gu },
  // "Together they had one child", "left one person dead": one person had or lost is a count of people.
  {
    kind: 'count',
    re: /(?<=\b(?:has|had|have|having|left|leaving|killed|killing)\s)one(?=\s(?:child|son|daughter|grandchild|brother|sister|person|man|woman|officer|soldier)\b)/g,
  },
  { kind: 'date', gate: DIGIT, re: new RegExp(String.raw`\b${YEAR}\b(?![-–/]?\d)`, 'g') },
];

/** Any character or word without which no pattern above can match. */
const HINT = new RegExp(
  String.raw`\d|[$€£¥₹]|\b(?:${NUMBER_WORDS}|${TENS}|${ORDINAL_WORDS}|${EVENT_HINTS}|dozen|zero|double|triple|half|third|thirds|quarter|quarters|fifth|fifths|(?:a|one) (?:week|month|year)|hundred|hundreds|thousands|millions|billions|thousand|decade|century|top|only one|exactly one|one (?:child|son|daughter|grandchild|brother|sister|person|man|woman|officer|soldier))\b`,
  'i',
);

/**
 * "first-in-the-nation primary", "first-ever Retina display", "second-place winner": a compound ordinal, then its
 * noun; "whose primary is the first in the nation": the ranking written out.
 */
const ORDINAL_COMPOUND = /^(?:[-\s]in[-\s]the[-\s](?:nation|country|state|world)\b|-ever|-place(?=\s\p{Ll}))/u;
/**
 * "zero-sum", "zero tolerance", "net zero carbon", "a two-state solution", "America's two-party system", "a two-way
 * street", "decades of two-party dominance", "a one-party authoritarian state": a number in a term counting nothing
 * (a hyphenated "N-party" before any noun names a kind of politics).
 */
const ZERO_IDIOM =
  /^(?:zero[\s-](?:sum|tolerance|carbon|emissions?)|two[\s-]state solution|two-way street|(?:one|two|three)-party \p{Ll})/iu;

/** Capitalised nouns after an ordinal, then "to" and a verb or "since": " Somali American" of "first Somali American to". */
const RANKED_PEOPLE =
  /^(\s(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Lady|Amendment)\b)\p{Lu}[\p{Ll}-]+(?:[\s-]\p{Lu}[\p{Ll}-]+)?)(?=\s(?:to\s\p{Ll}|since\s))/u;
/** A number, then a unit in title case: "13 Hours", "30 Years", "25-Second". */
const TITLE_UNIT = /^\S+[\s-]\p{Lu}\p{Ll}+$/u;
const RATE = /^\s(?:each|per|a|every)\s(?:year|month|week|day|hour|second|annum)\b/;
const OBJECT =
  /^\sof\s(?!(?:the|a|an|his|her|its|their|this|that|these|those|which|what|them|it)\b)([a-z]+|CO2|CH4|N2O|SO2|NO2)(?:\s([a-z]+))?/;

/**
 * The specifics in `text` (one sentence), as written and normalised, left to right, without overlaps.
 * `exclude` lists ranges (e.g. direct quotes) whose specifics belong to a speaker, not to the article.
 */
export function findValues(text: string, exclude: ReadonlyArray<readonly [number, number]> = []): FoundValue[] {
  // Most sentences carry no specific at all: one cheap test spares them the fourteen patterns below.
  if (!HINT.test(text)) return [];
  const masks = [...maskedRanges(text), ...exclude];
  const hits: FoundValue[] = [];
  /** A hit at [start, end), as written, normalised by its kind unless its form is given. */
  const hit = (kind: FactValueKind, start: number, end: number, normalized?: string): void => {
    const written = text.slice(start, end);
    hits.push({ kind, text: written, normalized: normalized ?? normalize(kind, written), start, end });
  };
  for (const { kind, re, gate } of PATTERNS) {
    if (gate && !gate.test(text)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const start = m.index;
      let end = start + m[0].length;
      if ((kind === 'count' && !/\stimes$/.test(m[0])) || kind === 'ordinal') {
        const compound = kind === 'ordinal' ? ORDINAL_COMPOUND.exec(text.slice(end, end + 20)) : null;
        // "Bush was second with 18%": a place in a poll, stated after "was" with its score or rival.
        const placed = kind === 'ordinal' && isPlacedRank(text, start, end);
        if (compound) end += compound[0].length;
        // A place stands alone: no idiom ("second with") and no noun after it ("third behind Rubio").
        else if (kind === 'ordinal' && !placed && isIdiomaticOrdinal(text, start)) continue;
        if (kind === 'count' && ZERO_IDIOM.test(text.slice(start, start + 24))) continue;
        // "left one person dead and dozens injured", "as tens of thousands descend": a plural magnitude with no
        // number before it is a vague quantity, as "several" is.
        if (kind === 'count' && /^(?:dozens|hundreds|thousands)$/i.test(m[0])) continue;
        if (kind === 'count' && /^\d/.test(m[0]) && isNumberLabel(text, start)) continue;
        // "In 2015 Congress passed …": a year before a name is a date, not a count of Congresses.
        if (
          kind === 'count' &&
          new RegExp(String.raw`^${YEAR}$`).test(m[0]) &&
          /^\s\p{Lu}/u.test(text.slice(end, end + 2))
        )
          continue;
        // "Like that first Retina display": a demonstrative points back at a ranking already given.
        if (kind === 'ordinal' && /\b(?:that|this|these|those)\s$/i.test(text.slice(Math.max(0, start - 7), start)))
          continue;
        // "21st Street", "the 14th Amendment", "his 5th Amendment rights": an ordinal in digits before a capital is
        // part of a name, and “13th” in quote marks is a title.
        const digitOrdinal = kind === 'ordinal' && /^\d/.test(m[0]);
        if (digitOrdinal && (/^\s\p{Lu}/u.test(text.slice(end, end + 2)) || /["“‘']$/.test(text.slice(0, start))))
          continue;
        // "was first noted", "first elected in 1990": "first" before a participle is an adverb, not a ranking.
        if (kind === 'ordinal' && isFirstAsAdverb(text, start, end)) continue;
        // "a second shot": after "a", an ordinal's noun may be a word the lexicon knows as a verb's past (after "the",
        // "The first said no" is a verb).
        // Not "a third said": from "third" on, an ordinal after "a" is as often a fraction.
        const afterArticle =
          /^(?:first|second)$/i.test(m[0]) && /\b(?:a|an)\s$/i.test(text.slice(Math.max(0, start - 4), start));
        // "the two write": a bare "the two", then its verb, counts no noun ("12 of the 19 contain" is a group's size).
        let npEnd =
          placed || (kind === 'count' && isPointingBackBeforeVerb(text, start, end))
            ? end
            : extendNounPhrase(text, end, afterArticle);
        // "the first Somali American to serve as mayor", "the first Democrat since Franklin Roosevelt": a rank among
        // people named by a capitalised noun, then what they were first to do.
        const rankedPeople = kind === 'ordinal' && npEnd === end ? RANKED_PEOPLE.exec(text.slice(end, end + 60)) : null;
        if (rankedPeople) npEnd = end + rankedPeople[1]!.length;
        // "The team finished 14th in the league", "America's top 10", "comes in second": a ranking stands on its own.
        const bareRank =
          /^\sin\s/.test(compound?.[0] ?? '') ||
          digitOrdinal ||
          placed ||
          (kind === 'ordinal' && /^top[\s-]/i.test(m[0]));
        if (npEnd === end && !bareRank && !(kind === 'count' && isGroupCount(text, start, end))) continue;
        end = npEnd;
      }
      // "a third of the electorate": the share keeps what it is a share of.
      if (kind === 'percent' && /\s$/.test(m[0])) {
        const npEnd = extendNounPhrase(text, end - 1);
        // "still less than half of what researchers say they need": the share of a clause keeps only its words.
        if (npEnd === end - 1 && /^what\b/.test(text.slice(end, end + 5)))
          end = start + m[0].replace(/\s+of\s+(?:the\s+)?$/, '').length;
        else if (npEnd === end - 1) continue;
        else end = npEnd;
      }
      if (kind === 'quantity') {
        const obj = OBJECT.exec(text.slice(end, end + 40));
        if (obj) {
          // "miles of streets and …": the object ends before a function word.
          const second = obj[2];
          end += second && isFunctionWord(second) ? obj[0].length - second.length - 1 : obj[0].length;
        }
      }
      if (kind === 'quantity' || kind === 'count') {
        const rate = RATE.exec(text.slice(end, end + 20));
        if (rate) end += rate[0].length;
      }
      if (kind === 'event' && !isNamedEvent(m[0], text.slice(end, end + 24))) continue;
      // "The movie 13 Hours", "'30 Years of Doonesbury'": a unit written with a capital is a title's word, and the
      // number in it counts nothing either.
      if ((kind === 'duration' || kind === 'quantity') && TITLE_UNIT.test(m[0])) {
        masks.push([start, end]);
        continue;
      }
      // "4 in 2 attacks" is not a share: the part is smaller than the whole.
      if (kind === 'percent' && isShareOutOfOrder(m[0])) continue;
      if (masks.some(([a, b]) => start < b && end > a && !(kind === 'money' && a > start))) continue;
      // “1917,” “13th”, “third-rate”: a number or a word that fills a pair of quote marks alone is a title or a
      // quoted term, and no part of it is a value either. A written-out date stays a date; a named event keeps its
      // quote marks ("the “Arab Spring” uprisings") unless it is a comparison (another "Holocaust.").
      const quotedTerm =
        isQuotedTitle(text, start, end) &&
        (/^\d[\d,.]*(?:st|nd|rd|th)?$/.test(text.slice(start, end)) ||
          (kind !== 'date' && kind !== 'period' && kind !== 'event') ||
          (kind === 'event' && /\b(?:another|a new)\s\S$/i.test(text.slice(0, start))));
      if (quotedTerm) {
        masks.push([start, end]);
        continue;
      }
      hit(kind, start, end);
    }
  }
  for (const r of findRankingList(text)) hit(r.kind, r.start, r.end, r.normalized);
  for (const { kind, start, end } of findBareNumbers(text)) {
    if (!masks.some(([a, b]) => start < b && end > a)) hit(kind, start, end);
  }
  // Hits arrive in PATTERNS order, which is the priority order: money beats the count inside "$400 billion deal".
  return mergeRankedEvents(text, keepFirstOfOverlaps(hits));
}

/** "the second straight Democratic convention", "his third Super Bowl": an ordinal ranks the event named after it. */
function mergeRankedEvents(text: string, values: FoundValue[]): FoundValue[] {
  const out: FoundValue[] = [];
  for (const v of values) {
    const prev = out[out.length - 1];
    // A ranking in digits ("the 19th century Industrial Revolution") is a date of its own, not the event's rank.
    const ranks = prev?.kind === 'ordinal' && /^\p{L}/u.test(prev.text);
    if (ranks && prev && v.kind === 'event' && v.start === prev.end + 1 && text[prev.end] === ' ') {
      out[out.length - 1] = { ...prev, text: text.slice(prev.start, v.end), end: v.end };
    } else out.push(v);
  }
  return out;
}

/**
 * Whether [start, end) fills a pair of quote marks alone: a title (“1917,” “13th”) or a word the writer quotes as
 * a term or an insult (called her “third-rate”, another "Holocaust."), not a specific of the article's own.
 */
function isQuotedTitle(text: string, start: number, end: number): boolean {
  return /[“"‘']$/.test(text.slice(0, start)) && /^[,.!?]?[”"’']/.test(text.slice(end, end + 2));
}

/** Whether a share written "N in M" has a part no smaller than its whole ("4 in 2 attacks"). */
function isShareOutOfOrder(written: string): boolean {
  const m = /^(.+?)\s(?:in|out\sof)\s(.+)$/i.exec(written);
  if (!m) return false;
  const part = parseNumber(m[1]!);
  const whole = parseNumber(m[2]!);
  return part === null || whole === null || part >= whole;
}
