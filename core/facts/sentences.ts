// Sentence boundaries in one block of prose: rule-based, abbreviation-aware, linear in the text's length.

/** A sentence as offsets into its block's text. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/** Words that end with a period without ending a sentence (lowercased, without the period). */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof st sen rep gov gen lt col capt sgt cmdr adm maj jr sr rev hon pres supt insp det ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec inc corp co ltd llc vs etc no nos vol fig approx ' +
    'ft mt ave blvd rd dept univ est u.s u.k u.n e.g i.e a.m p.m d.c n.y l.a'
  ).split(' '),
);

const CLOSERS = '"”’\'»」』)]';

/**
 * Splits `text` into sentences. A sentence ends at . ! ? or … (plus any closing quotes or brackets) followed by
 * whitespace and something that can start a sentence. Never splits after a known abbreviation or an initial.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const n = text.length;
  let start = 0;
  for (let i = 0; i < n; i++) {
    const ch = text[i]!;
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let j = i + 1;
    while (j < n && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    while (j < n && CLOSERS.includes(text[j]!)) j++;
    if (j >= n) break;
    if (!/\s/.test(text[j]!)) continue;
    let k = j;
    while (k < n && /\s/.test(text[k]!)) k++;
    if (k >= n) break;
    const next = text[k]!;
    // "''Hail, Caesar!'' -- a movie set for release …", "the U.S. — to release": a dash, then a lowercase word,
    // goes on with the sentence.
    if (/^(?:--|[—–-])\s?\p{Ll}/u.test(text.slice(k, k + 4))) continue;
    if (!/[\p{Lu}\p{N}"“‘'«„「[(—–-]/u.test(next)) {
      // "lucky us! zlib shrinks…": after ! or ? a lowercase word can still start a sentence.
      if (
        !((ch === '!' || ch === '?') && j === i + 1 && /\p{Ll}/u.test(next) && /\p{Ll}{3}/u.test(text.slice(k, k + 3)))
      )
        continue;
    }
    // "pearls ... 6,000 white pearls": an ellipsis is a pause unless a capital follows.
    if ((ch === '…' || (ch === '.' && (text[i + 1] === '.' || text[i - 1] === '.'))) && !/\p{Lu}/u.test(next)) continue;
    if (
      ch === '.' &&
      isAbbreviationBefore(text, i) &&
      !(isDottedAcronymBefore(text, i) && STARTERS.test(text.slice(k, k + 12)))
    )
      continue;
    out.push({ start, end: j });
    start = k;
    i = k - 1;
  }
  let end = n;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
  return out;
}

/** Words that, after "U.S." or "U.K.", show the period also ended the sentence. */
const STARTERS =
  /^(?:The|A|An|But|And|It|He|She|They|We|I|In|On|This|That|There|His|Her|Its|Their|However|Still|Yet|So|Now|Then|When|While|After|Before|As|If|Although|Meanwhile|Officials|Some|Many|Most)\b/;

/** Whether the period at `dot` ends a dotted acronym such as "U.S." or "D.C.". */
function isDottedAcronymBefore(text: string, dot: number): boolean {
  return /(?:^|[^\p{L}.])(?:\p{Lu}\.)+\p{Lu}$/u.test(text.slice(Math.max(0, dot - 8), dot));
}

/** A month name (or its abbreviation) and a day number, at the end of the text before a period. */
const MONTH_DAY_END =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s\d{1,2}$/;

/**
 * Whether the number `n` at `at`, before a period, numbers an item of a list rather than ending a sentence: it opens
 * the text or follows a colon ("as follows: 1. Finland"), or its neighbour in the count is written as an item too
 * ("… Finland 2. Norway 3. Australia"). A number after a word with neither ("Rubio 151, and Kasich 37. To secure …",
 * "She was 92. Her son …") ends its sentence.
 */
function isListItemNumber(text: string, at: number, n: number): boolean {
  if (/(?:^|[:;\n])\s*$/.test(text.slice(Math.max(0, at - 3), at))) return true;
  const item = (k: number) => new RegExp(String.raw`(?:^|[\s:])${k}\.\s`);
  return (
    (n > 1 && item(n - 1).test(text.slice(Math.max(0, at - 200), at))) || item(n + 1).test(text.slice(at + 2, at + 202))
  );
}

/** Whether the period at `dot` closes an abbreviation or an initial rather than a sentence. */
function isAbbreviationBefore(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (word.length === 0) {
    // "as follows: 1. Finland 2. Norway": a numbered item, not a sentence's end. But "the primary Aug. 30. Rep.
    // Murphy…" and "46 percent on August 1. Trump…": a day after a month name is a date ending the sentence.
    const before = text.slice(Math.max(0, dot - 16), dot);
    // Nor is "a payload of 2^15 - 1." (a number after an operator).
    const item = /(?:^|[\s:])(\d{1,2})$/.exec(before.slice(-4));
    if (!item || MONTH_DAY_END.test(before) || /[-+=^*]\s?\d{1,2}$/.test(before)) return false;
    return isListItemNumber(text, dot - item[1]!.length, Number(item[1]));
  }
  if (ABBREVIATIONS.has(word)) return true;
  // Single capital initial ("J. K. Rowling"), but not a one-letter word like "I" ending a sentence.
  if (word.length === 1 && /\p{Lu}/u.test(text[s]!) && text[s] !== 'I') return true;
  // Dotted acronyms such as "U.S." end sentences only rarely in news prose.
  return /^(\p{L}\.)+\p{L}$/u.test(word) && word.length <= 5;
}
