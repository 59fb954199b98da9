// Checkable specifics in a sentence (docs/extraction.md, "Key facts") as written, with normalised forms.
import type { FactValue, FactValueKind } from '../types';
import { formatNumber, NUMBER_WORDS, ORDINAL_WORDS, parseNumber, parseOrdinal } from './numbers';
import { extendNounPhrase, isFunctionWord } from './noun-phrase';

/** A specific found at [start, end) of the scanned text. */
export interface FoundValue extends FactValue {
  start: number;
  end: number;
}

// Never starts inside a number ("1234" is one number, not also "234"): besides being right, this keeps every
// pattern linear on a long run of digits, where each start inside it would rescan the rest of the run.
const NUM = String.raw`(?<!\d[,.]?)(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s?[½¼¾])?`;
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const WNUM = String.raw`(?:(?:${TENS})-(?:one|two|three|four|five|six|seven|eight|nine)|${NUMBER_WORDS})`;
// "2.2million contributions": the scale word is sometimes glued to the number.
const BIG = String.raw`(?:\s?(?:thousand|million|billion|trillion)\b)`;
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)`;
const YEAR = String.raw`(?:1[5-9]\d\d|20\d\d)`;
const DAY = String.raw`(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?`;
const UNITS = String.raw`(?:(?:square|cubic|metric|nautical|light)\s)?(?:kilomet(?:er|re)s?|km|miles?|met(?:er|re)s?|centimet(?:er|re)s?|cm|millimet(?:er|re)s?|mm|feet|foot|ft|inch(?:es)?|yards?|acres?|hectares?|tons?|tonnes?|kilograms?|kg|grams?|pounds?|lbs?|ounces?|oz|barrels?|gallons?|lit(?:er|re)s?|degrees?|mph|knots?|(?:kilo|mega|giga)?watts?|kWh|MW|GW|volts?|calories?|(?:mega|giga|tera)?bytes?|GB|TB|MB|pixels?)`;
const TIME_UNITS = String.raw`(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century)`;
const CURRENCY_WORDS = String.raw`(?:dollars|euros|pounds sterling|yen|yuan|renminbi|rubles|roubles|rupees|francs|pesos|won)`;

/** "$16.99 a pound", "$119-a-year", "$20 per share": what a price is for. */
const MONEY_RATE = String.raw`(?:-a-|\s(?:a|an|per|each)\s)(?:pound|kilo|kilogram|ounce|gallon|litre|liter|barrel|ton|tonne|share|year|month|week|day|hour|night|person|head|unit|seat|ticket|square foot|square meter|square metre|mile)\b`;

interface Pattern {
  kind: FactValueKind;
  re: RegExp;
  /** A cheap test the sentence must pass before `re` runs at all. */
  gate?: RegExp;
}

const DIGIT = /\d/;
const MONEY_GATE = /[$€£¥₹]|dollars|euros|pounds|yen|yuan|renminbi|rubles|roubles|rupees|francs|pesos|won\b/i;

const PATTERNS: Pattern[] = [
  {
    kind: 'money',
    gate: /[$€£¥₹]/,
    re: new RegExp(
      String.raw`(?:US|C|A|NZ|HK|S)?[$€£¥₹]\s?${NUM}(?:${BIG}|(?:bn|mn|m|k|K|tn)\b)?(?:\s?(?:to|-|–)\s?[$€£¥₹]${NUM}(?:${BIG}|(?:bn|mn|m|k|K|tn)\b)?)?(?:${MONEY_RATE})?`,
      'g',
    ),
  },
  // "hundreds of millions of dollars": an order of magnitude is still a checkable amount.
  {
    kind: 'money',
    gate: MONEY_GATE,
    re: new RegExp(
      String.raw`\b(?:tens|hundreds|thousands|millions|billions)\sof\s(?:(?:thousands|millions|billions)\sof\s)?${CURRENCY_WORDS}\b`,
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
  {
    kind: 'period',
    gate: DIGIT,
    re: new RegExp(
      String.raw`\b(?:[Bb]etween|[Ff]rom)\s${YEAR}\s(?:and|to|until|through)\s${YEAR}\b|\b${YEAR}[-–](?:${YEAR}|\d\d)\b`,
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
  // "a decade"; "more than a month since", "a month of sharpened attacks": a counted duration, but not "a year ago".
  {
    kind: 'duration',
    re: /\b(?:a|one) (?:decade|century)\b|(?<=\b(?:(?:more|less) than|nearly|almost|about|over|under|within|for) )(?:a|one) (?:week|month|year)\b(?! ago| earlier| later| before| after| from)|\b(?:a|one) (?:week|month|year)(?= of \p{Ll})/giu,
  },
  // "roughly a third of the electorate", "two-thirds of voters", "half of the seats": a share, checkable like a percent.
  {
    kind: 'percent',
    re: /\b(?:(?:about|roughly|nearly|almost|over|under|some|(?:more|less|fewer) than)\s)?(?:(?:a|one|two|three)[\s-](?:third|quarter|fifth)s?|half)\sof\s(?:the\s)?(?=\p{L})/giu,
  },
  {
    kind: 'age',
    re: new RegExp(
      String.raw`\b(?:${NUM}|${WNUM})-years?-old\b|\baged\s\d{1,3}\b|\bages\sof\s\d{1,3}\sand\s\d{1,3}\b|(?<=\p{Lu}[\p{L}'’-]+,\s)\d{1,2}(?=,)`,
      'gu',
    ),
  },
  {
    kind: 'event',
    re: /\bWorld War (?:I{1,3}|One|Two|1|2)\b|\bWWI{1,2}\b|\b(?:the )?Holocaust\b|\bTrans-Pacific Partnership\b|\bGreat (?:Depression|Recession)\b|\b(?!(?:Democratic|Republican|GOP|House|Senate|Congressional|Progressive|Freedom|Black|Hispanic|Asian|Women['’]s|Party)\b)\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+)? (?:caucus(?:es)?|Caucuses)\b|\bCold War\b|\bSuper Bowl(?: [LXVI]+)?\b|\bArab Spring\b|\b(?:[A-Z][\w'’.-]+ ){1,4}(?:War|Olympics|Olympic Games|World Cup|Summit|Treaty|Accords?|Agreement|Convention|Revolution)\b|\bthe [A-Z][a-z]+ nuclear (?:deal|agreement|accord)\b/gu,
  },
  { kind: 'ordinal', gate: DIGIT, re: /\b\d+(?:st|nd|rd|th)\b/g },
  { kind: 'ordinal', re: new RegExp(String.raw`\b(?:${ORDINAL_WORDS})\b`, 'g') },
  { kind: 'count', re: new RegExp(String.raw`(?:\b${WNUM}|${NUM})(?:${BIG})?(?=(?:\s+|-)\p{L})`, 'giu') },
  { kind: 'date', gate: DIGIT, re: new RegExp(String.raw`\b${YEAR}\b(?![-–/]?\d)`, 'g') },
];

/** Any character or word without which no pattern above can match. */
const HINT = new RegExp(
  String.raw`\d|[$€£¥₹]|\b(?:${NUMBER_WORDS}|${TENS}|${ORDINAL_WORDS}|War|Bowl|Olympics|Olympic|Cup|Summit|Treaty|Accords?|Agreement|Convention|Revolution|Holocaust|WWII?|Partnership|Depression|Recession|caucus|caucuses|nuclear|dozen|zero|half|third|thirds|quarter|quarters|fifth|fifths|(?:a|one) (?:week|month|year)|hundred|hundreds|thousands|millions|billions|thousand|decade|century|Spring)\b`,
  'i',
);

/**
 * Model numbers and codes ("COVID-19", "F-35A", "A380"): a hyphenated token with a digit and a letter in it (checked
 * on the match by {@link isCode}: lookaheads here rescanned the rest of a long hyphenated run from every word
 * boundary in it), or letters followed by digits.
 */
const CODE_MASK = /\b[A-Za-z\d]+(?:-[A-Za-z\d]+)+\b|\b[A-Za-z]+\d+[A-Za-z\d]*\b/g;
const isCode = (token: string) => /\d/.test(token) && /[A-Za-z]/.test(token);

/** Things that look numeric but are not specifics: times of day, model and phone numbers, handles, URLs. */
const MASKS: RegExp[] = [
  /\b\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)|\b\d{1,2}:\d{2}\b|\b\d{3,4}\s?(?:GMT|UTC|EST|EDT|PST|PDT|CET|BST)\b/g,
  /\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b/g,
  /(?:https?:\/\/|www\.)\S+|@\w+|#\w+/g,
  CODE_MASK,
];

/** Ordinals that rank nothing: idioms, and titles ("first lady" is a title, not a ranking). */
const ORDINAL_IDIOMS =
  /^(?:first|second)[\s-](?:time|hand|thing|glance|sight|place|look|half|guess|of|and|or|to|in|on|at|with|lady|ladies|gentleman|responders?|aid)\b/i;
/** "first-in-the-nation primary", "first-ever Retina display", "second-place winner": a compound ordinal, then its noun. */
const ORDINAL_COMPOUND = /^(?:-in-the-(?:nation|country|state|world)|-ever|-place(?=\s\p{Ll}))/u;
/** "zero-sum", "zero tolerance": "zero" counting nothing. */
const ZERO_IDIOM = /^zero[\s-](?:sum|tolerance)\b/i;

/** Ranges of `text` where numbers are not specifics. */
function maskedRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const re of MASKS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (re === CODE_MASK && !isCode(m[0])) continue;
      // "180-day" and "21-year-old" are specifics, not model numbers.
      if (/^\d[\d,.]*-[a-z]+(?:-[a-z]+)*$|^(?:early|mid|late|pre|post)-\d{4}s?$/i.test(m[0])) continue;
      out.push([m.index, m.index + m[0].length]);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return out;
}

const RATE = /^\s(?:each|per|a|every)\s(?:year|month|week|day|hour|second|annum)\b/;
const OBJECT =
  /^\sof\s(?!(?:the|a|an|his|her|its|their|this|that|these|those|which|what|them|it)\b)([a-z]+)(?:\s([a-z]+))?/;

/**
 * The specifics in `text` (one sentence), as written and normalised, left to right, without overlaps.
 * `exclude` lists ranges (e.g. direct quotes) whose specifics belong to a speaker, not to the article.
 */
export function findValues(text: string, exclude: ReadonlyArray<readonly [number, number]> = []): FoundValue[] {
  // Most sentences carry no specific at all: one cheap test spares them the fourteen patterns below.
  if (!HINT.test(text)) return [];
  const masks = [...maskedRanges(text), ...exclude];
  const hits: FoundValue[] = [];
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
      // "the two countries" points back at things already named rather than counting anything new.
      if (
        kind === 'count' &&
        /^(?:two|three|four)\b/i.test(m[0]) &&
        /\b(?:the|their|these|those|both|its|his|her|our)\s$/i.test(text.slice(Math.max(0, start - 8), start))
      )
        continue;
      // "the eight games worth …": larger counts after "the" still count something new.
      if (
        kind === 'count' &&
        /^\p{L}/u.test(m[0]) &&
        /\b(?:their|these|those|both|its|his|her|our)\s$/i.test(text.slice(Math.max(0, start - 8), start))
      )
        continue;
      if ((kind === 'count' && !/\stimes$/.test(m[0])) || kind === 'ordinal') {
        const compound = kind === 'ordinal' ? ORDINAL_COMPOUND.exec(text.slice(end, end + 20)) : null;
        if (compound) end += compound[0].length;
        else if (kind === 'ordinal' && ORDINAL_IDIOMS.test(text.slice(start, start + 20))) continue;
        if (kind === 'count' && ZERO_IDIOM.test(text.slice(start, start + 16))) continue;
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
        const npEnd = extendNounPhrase(text, end);
        // "The team finished 14th in the league": a ranking in digits stands on its own.
        const bareRank = digitOrdinal;
        if (npEnd === end && !bareRank) continue;
        end = npEnd;
      }
      // "a third of the electorate": the share keeps what it is a share of.
      if (kind === 'percent' && /\s$/.test(m[0])) {
        const npEnd = extendNounPhrase(text, end - 1);
        if (npEnd === end - 1) continue;
        end = npEnd;
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
      if (masks.some(([a, b]) => start < b && end > a && !(kind === 'money' && a > start))) continue;
      const written = text.slice(start, end);
      hits.push({ kind, text: written, normalized: normalize(kind, written), start, end });
    }
  }
  hits.push(...rankingList(text));
  // Hits arrive in PATTERNS order, which is the priority order: money beats the count inside "$400 billion deal".
  const kept: FoundValue[] = [];
  for (const h of hits) if (!kept.some((k) => h.start < k.end && h.end > k.start)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}

/** "1. Finland 2. Norway 3. Australia": a numbered ranking written inline (two items or more). */
function rankingList(text: string): FoundValue[] {
  const re = /(?<=^|[\s:])(\d{1,2})\.\s(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3})/gu;
  const out: FoundValue[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({
      kind: 'ordinal',
      text: m[0],
      normalized: `${m[1]} ${m[2]}`,
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return out.length >= 2 ? out : [];
}

const CURRENCY: Array<[RegExp, string]> = [
  [/US\$|\$|dollars/i, 'USD'],
  [/€|euros/i, 'EUR'],
  [/£|pounds/i, 'GBP'],
  [/¥|yen/i, 'JPY'],
  [/yuan|renminbi/i, 'CNY'],
  [/rubles|roubles/i, 'RUB'],
  [/₹|rupees/i, 'INR'],
  [/francs/i, 'CHF'],
  [/pesos/i, 'MXN'],
  [/won/i, 'KRW'],
];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Leading number (digits or words, with magnitude) of a written value. */
function leadingNumber(s: string): number | null {
  const m = new RegExp(String.raw`(?:${NUM}|${WNUM})(?:${BIG}|(?:bn|mn|m|k|K|tn)\b)?`, 'i').exec(s);
  return m ? parseNumber(m[0].replace(/[\s-]+$/, '')) : null;
}

/** Normalised form of a value for comparison ("400000000000 USD", "2015-05-11", "2018/2048"). */
export function normalize(kind: FactValueKind, written: string): string {
  const s = written.replace(/\s+/g, ' ');
  const n = leadingNumber(s);
  switch (kind) {
    case 'money': {
      const cur = CURRENCY.find(([re]) => re.test(s))?.[1] ?? '';
      const prefix = /^(C|A|NZ|HK|S)\$/.exec(s)?.[1];
      return `${n === null ? s : formatNumber(n)} ${prefix ? prefix + 'D' : cur}`.trim();
    }
    case 'percent': {
      const share = /\b(?:(a|one|two|three)[\s-](third|quarter|fifth)s?|(half))\sof\b/i.exec(s);
      if (share) {
        const times = { a: 1, one: 1, two: 2, three: 3 }[(share[1] ?? 'a').toLowerCase()] ?? 1;
        const part = share[3] ? 50 : { third: 100 / 3, quarter: 25, fifth: 20 }[share[2]!.toLowerCase()]!;
        return `${formatNumber(Math.round(times * part * 10) / 10)}%`;
      }
      return n === null ? s : `${formatNumber(n)}%`;
    }
    case 'quantity':
    case 'count': {
      const pow = /^(\d+)\^(\d+)(?:\s?([-+])\s?(\d+))?$/.exec(s);
      if (pow) {
        const base = Number(pow[1]) ** Number(pow[2]);
        return formatNumber(pow[3] === '-' ? base - Number(pow[4]) : pow[3] === '+' ? base + Number(pow[4]) : base);
      }
      const rest = s.replace(
        new RegExp(String.raw`^.*?(?:${NUM}|${WNUM})(?:${BIG}|(?:bn|mn|m|k|K|tn)\b)?[\s-]?`, 'i'),
        '',
      );
      const rate = /\s(?:each|per|a|every)\s(\w+)$/.exec(rest);
      const unit = rest.replace(/\s(?:each|per|a|every)\s\w+$/, '').toLowerCase();
      return `${n === null ? '?' : formatNumber(n)} ${unit}${rate ? '/' + rate[1] : ''}`.trim();
    }
    case 'duration': {
      const unit = /(second|minute|hour|day|week|month|year|decade|centur)/i.exec(s)?.[1]?.toLowerCase() ?? '';
      const code: Record<string, string> = {
        second: 'S',
        minute: 'M',
        hour: 'H',
        day: 'D',
        week: 'W',
        month: 'M',
        year: 'Y',
      };
      if (unit === 'decade' && n !== null) return `P${formatNumber(n * 10)}Y`;
      if (unit === 'centur' && n !== null) return `P${formatNumber(n * 100)}Y`;
      const time = unit === 'second' || unit === 'minute' || unit === 'hour';
      const count = n ?? (/^(?:a|one)\s/i.test(s) ? 1 : null);
      return count === null ? s : `P${time ? 'T' : ''}${formatNumber(count)}${code[unit] ?? ''}`;
    }
    case 'age':
      return /ages of (\d+) and (\d+)/.exec(s)?.slice(1).join('/') ?? (n === null ? s : formatNumber(n));
    case 'ordinal': {
      const first = s.split(/[\s-]/)[0] ?? s;
      const o = parseOrdinal(first);
      return o === null ? s : String(o);
    }
    case 'date':
      return normalizeDate(s);
    case 'period': {
      const days = dayRange(s);
      if (days) return days;
      const years = s.match(/\d{4}|\d{2}$/g);
      if (/\d0s$/i.test(s)) {
        const decade = Number(/(\d{4})s/i.exec(s)![1]);
        const part = /early/i.test(s) ? [0, 3] : /mid/i.test(s) ? [3, 6] : /late/i.test(s) ? [6, 9] : [0, 9];
        return `${decade + part[0]!}/${decade + part[1]!}`;
      }
      if (years && years.length >= 2) {
        const a = years[0]!;
        const b = years[1]!.length === 2 ? a.slice(0, 2) + years[1] : years[1]!;
        return `${a}/${b}`;
      }
      return s;
    }
    case 'event':
      return s.replace(/^the /i, '');
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * ISO 8601 for a range of days ("between Oct. 30 and Nov. 9" → "--10-30/--11-09", "Nov. 6 to 10" → "--11-06/--11-10",
 * "March 17-20, 2016" → "2016-03-17/2016-03-20"), or null when `s` is not one.
 */
function dayRange(s: string): string | null {
  if (!MONTHS.some((m) => new RegExp(`\\b${m}`, 'i').test(s)) || !/\d/.test(s)) return null;
  const parts = s.replace(/^(?:between|from)\s/i, '').split(/\s(?:and|to|through|until)\s|\s?[-–]\s?/);
  if (parts.length !== 2) return null;
  let [a, b] = parts as [string, string];
  const year = /\b\d{4}\b/.exec(b)?.[0] ?? /\b\d{4}\b/.exec(a)?.[0];
  if (/^\d/.test(b)) b = `${a.split(' ')[0]} ${b}`;
  if (year && !a.includes(year)) a = `${a.replace(/,$/, '')}, ${year}`;
  if (year && !b.includes(year)) b = `${b.replace(/,$/, '')}, ${year}`;
  return `${normalizeDate(a)}/${normalizeDate(b)}`;
}

/** ISO 8601 for a written date: full date, year-month, or year. */
function normalizeDate(s: string): string {
  const slash = /^(\d{1,2})\/(\d{1,2})\/(\d{2,4})$/.exec(s);
  if (slash) {
    const y = slash[3]!.length === 2 ? '20' + slash[3] : slash[3]!;
    return `${y}-${pad(Number(slash[1]))}-${pad(Number(slash[2]))}`;
  }
  if (/^\d{4}-\d\d-\d\d$/.test(s)) return s;
  const monthIdx = MONTHS.findIndex((m) => new RegExp(`\\b${m}`, 'i').test(s));
  const year = /\b(\d{4})\b/.exec(s)?.[1];
  const day = /\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)/.exec(s.replace(/\b\d{4}\b/, ''))?.[1];
  if (monthIdx < 0) return year ?? s;
  const mm = pad(monthIdx + 1);
  if (year && day) return `${year}-${mm}-${pad(Number(day))}`;
  if (year) return `${year}-${mm}`;
  return day ? `--${mm}-${pad(Number(day))}` : s;
}
