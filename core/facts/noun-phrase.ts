// The noun a count or ordinal counts: "32 separate bilateral agreements", "two NASA astronauts".
import { isFunctionOrVerb, lexiconTags } from './lexicon';

/** Words that never continue a counted noun phrase, beyond what the lexicon knows. */
const STOP = new Set(
  (
    'of in on at to for from with by about as than and or but nor so yet that which who whom whose when where while ' +
    'the a an this these those his her its their our my your is are was were be been being has have had do does did ' +
    'will would can could should may might must not no more most less least each every per after before since until ' +
    'ago later earlier over under into onto out up down off also just only even still again there here it they he she ' +
    'we you i me him them us including such times'
  ).split(' '),
);

/** Longest noun phrase we attach to a count. */
const MAX_WORDS = 4;

/**
 * Extends a count or ordinal ending at `from` over the noun phrase that follows it. Returns the new end offset,
 * or `from` when no noun follows (then the number counts nothing checkable). `pastAsNoun` (an ordinal after "a") lets the first word be one the lexicon knows only as a past tense ("a second shot").
 */
export function extendNounPhrase(text: string, from: number, pastAsNoun = false): number {
  // "20 of them": a count of people already named.
  const ofThem = /^ of (?:them|whom|which|those)\b/.exec(text.slice(from, from + 16));
  if (ofThem) return from + ofThem[0].length;
  // "Two of the Republicans", "two of the three people": a count out of a group the article names.
  if (text.startsWith(' of the ', from)) {
    const groupEnd = extendNounPhrase(text, from + 7);
    if (groupEnd > from + 7) return groupEnd;
  }
  // Words are separated by a hyphen or any run of whitespace ("some 40  events": sources keep double spaces).
  const re = /^(?:\s+|-)([\p{L}][\p{L}'’.-]*)/u;
  let pos = from;
  let lastGood = from;
  for (let i = 0; i < MAX_WORDS; i++) {
    const m = re.exec(text.slice(pos, pos + 60));
    if (!m) break;
    // "the first U.S. city", "four U.N. peacekeepers": an initialism keeps its last period, which ends no phrase.
    const initialism = /^(?:\p{Lu}\.){2,3}$/u.test(m[1]!);
    const word = initialism ? m[1]! : m[1]!.replace(/[.’']+$/, '');
    const lower = word.toLowerCase();
    // "300 such promotions", "two more years", "a third such announcement", "two earlier pieces of legislation": a
    // determiner-like modifier, then the noun ("two years earlier" has its noun first).
    // "the two most recent presidential nominees", "the 10 most populous cities": a superlative too.
    if (i === 0 && /^(?:such|more|most|least|other|additional|further|extra|earlier|later)$/.test(lower)) {
      pos += m[0].length - m[1]!.length + word.length;
      continue;
    }
    // "a second shot": with `pastAsNoun`, a first word the lexicon knows only as a verb's past is the noun.
    const pastNoun = pastAsNoun && i === 0 && lexiconTags(lower).every((t) => t === 'PastTense');
    if (STOP.has(lower) || (isFunctionOrVerb(lower) && !/^\p{Lu}/u.test(word) && !pastNoun)) break;
    // "5,000 incidents recorded", "140 pilot whales beaching": a participle starts the rest of the clause. Before
    // the noun it describes it ("1,042 Ohio registered voters"), but it never ends the phrase.
    if (i > 0 && /\p{Ll}(?:ing|ed)$/u.test(word)) {
      if (lastGood > from) break;
      pos += m[0].length - m[1]!.length + word.length;
      continue;
    }
    const isCap = /^\p{Lu}/u.test(word);
    pos += m[0].length - m[1]!.length + word.length;
    if (!isCap) lastGood = pos;
    else if (i === 0 && /\p{Ll}s$/u.test(word)) {
      // "21 Christians", "three Democrats": a capitalised plural is what is counted.
      lastGood = pos;
      break;
    }
    // "418 Democratic primary voters", "two Quinnipiac polls", "second Democratic debate": a capitalised modifier
    // counts only when a lowercase noun follows it (so "in 2015 Congress passed" stays a year).
    if (isCap && lastGood > from) break;
    if (text[pos] === ',' || text[pos] === '.' || text[pos] === ';') break;
  }
  return lastGood;
}

/** Whether a lowercase word cannot be part of a counted noun ("and", "to", "were"). */
export function isFunctionWord(word: string): boolean {
  const lower = word.toLowerCase();
  return STOP.has(lower) || isFunctionOrVerb(lower);
}
