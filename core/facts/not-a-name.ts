// Capitalised words that are no name at all: events and laws, contractions, codes, groups of people, acronyms of
// common nouns. A table of named rules (NOT_A_NAME) that name-mentions.ts tries on every cleaned candidate.
import { isCommonWord, isDemonym, isDemonymOrAdjective, isKnownNamePart, lexiconEntityType } from './lexicon';
import { NOT_NAMES } from './name-rules';

const EVENT_NAME =
  /\b(?:Arab Spring|(?:Trade|Investment|Economic|Trans-\p{L}+) Partnership|Pact|War(?:\s+I{1,3})?|Olympics|Games|Cup|Bowls?|Prize|Awards?|Trophy|Championships?|Recession|Depression|Marathon|Festival|Summit|Treaty|Accords?|Agreement|Convention|Revolution|Amendment|Act|Code|Bill)$/u;

/** Names news uses for a faith, a law, an event or a disease: capitalised, yet no person, body or place. */
const NICKNAMED_NOT_A_NAME =
  /^(?:Islam|Christianity|Obamacare|Trumpcare|Brexit|Grexit|Holocaust|Zika|Ebola|SARS|MERS|H1N1|(?:COVID|Covid)(?:-19)?|Omicron(?: BA)?)$/;

/**
 * Stock market indices by name ("The Dow Jones industrial average closed down", "the Nasdaq composite increased"):
 * figures, no body (hold-out 6's labels leave them out). "Dow Jones & Company" and "Dow Chemical" are longer names.
 */
const MARKET_INDEX = /^(?:Dow|Dow Jones|Nasdaq|Nikkei|FTSE|Hang Seng|DAX|Stoxx|S&P)$/;

/** A letter that stands alone where text in UTF-8 was read as Latin-1 ("PeÃ±a" broken into "PeÃ" and "Ã"). */
const MOJIBAKE_LETTER = /^[ÂÃ]$/;

/**
 * Public insurance programmes ("cuts to Medicare", "expand Medicaid"): a programme, as a law is, no body (hold-out 5's
 * labels leave them out; CoreNLP leaves them untagged). The agency that runs one keeps its name ("Centers for
 * Medicare and Medicaid Services").
 */
const PROGRAMME = /^(?:Medicare|Medicaid|Medi-Cal|MassHealth|TennCare)$/;

/**
 * Holidays and feasts by name ("the day after Christmas", "on Cinco de Mayo", "Japan's Golden Week"): a date, no
 * body (the unknown-name default made "Christmas" named five times an organisation). A longer name keeps its own
 * ("Easter Island", "Christmas Island" are places).
 */
const HOLIDAY =
  /^(?:Christmas(?: Eve| Day)?|New Year['’]s Eve|Easter(?: Sunday| Monday)?|Good Friday|Ash Wednesday|Palm Sunday|Holy Week|Thanksgiving|Hanukkah|Chanukah|Passover|Ramadan|Eid(?: al-(?:Fitr|Adha))?|Diwali|Kwanzaa|Halloween|Yom Kippur|Rosh Hashanah|Mardi Gras|Cinco de Mayo|Lunar New Year|Chinese New Year|Golden Week|Black Friday|Cyber Monday)$/;

/** Awards by their nicknames ("the Oscars", "Golden Globes"): prizes or their ceremonies, no body (docs/extraction.md). */
const AWARD_NICKNAME = /^(?:Oscars|Emmys|Grammys|Tonys|BAFTAs|Razzies|Golden Globes?)$/;

/** A programme named as such ("The Daily Show", "The Late Show"): a work, no body. */
const SHOW_NAME = / Show$/;

/** All-caps words that are not organisations. */
const COMMON_ACRONYMS = new Set(
  'AM PM ET PT EST EDT PST PDT GMT UTC BST CET ID TV OK CEO CFO CTO COO VR AR AI PC GDP IPO RSS FAQ PDF USB GPS DNA HIV AIDS CPU GPU RAM SMS LOL OMG DIY UFO NBT API URL HTML PS RIP SUV DVD CD MP TBA TBD HQ PR PAC LGBT LGBTQ POTUS SCOTUS FLOTUS MBA VAT LTE GIF DVR IG'.split(
    ' ',
  ),
);

const GENERIC_BODY =
  /^(?:Department|Party|Union|Office|Committee|Council|Ministry|Agency|Company|Group|Bureau|Board|Commission|Administration|Institute|Center|Centre|Foundation|Association|Society|Campaign|Program|Programme|Project|Initiative|Nation|State|City|County|Street|District|Region|College|School|Corporation|Industries|Enterprises|Ventures|Partners|Productions|Corps)$/;

const GROUP_WORDS =
  /^(?:Muslims?|Christians?|Jews|Jewish|Islamists?|Islamic|Salafists?|Copts?|Sunnis?|Shia|Shiites?|Catholics?|Protestants?|Hindus?|Buddhists?|Democrats?|Democratic|Republicans?|GOPers|Whigs?|Tories|Tory|Evangelicals?|Conservatives|Liberals|Latinos?|Hispanics?|Westerners|Gunmen|Millennials?|Boomers|Kurds|Sikhs|Mormons)$/;

/**
 * Religious, political and national groups ("Islamists", "Tunisians") and party members' labels ("Democrat",
 * "Republican"): not entities on their own (the parties are "Democratic Party", "GOP").
 */
/**
 * A group word by its ending alone ("Egyptians", "Kardashian"), not one the list names: after a given name it is a
 * surname ("Kim Kardashian", "Ken Parrish"), never a label.
 */
export function isGroupWordByEnding(w: string): boolean {
  return isGroupWord(w) && !GROUP_WORDS.test(w.replace(/['’]s?$/, ''));
}

export function isGroupWord(w: string): boolean {
  const bare = w.replace(/['’]s?$/, '');
  if (GROUP_WORDS.test(bare)) return true;
  return (
    /\p{Ll}(?:ians?|eans?|ists?|ese|ish)$/u.test(bare) &&
    lexiconEntityType(bare.toLowerCase()) === null &&
    !isKnownNamePart(bare.toLowerCase())
  );
}

/**
 * Candidates that are no name at all, once cleaned of titles and sentence-start words: each rule named for what it
 * leaves out, in the order they are tried. `s` is the candidate, `words` its words (cases in
 * tests/core/facts/name-mentions.test.ts).
 */
const NOT_A_NAME: ReadonlyArray<{ rule: string; matches: (s: string, words: readonly string[]) => boolean }> = [
  // "World Cup", "Paris Agreement", "Affordable Care Act": events and laws are not entities (docs/extraction.md).
  { rule: 'event or law', matches: (s) => EVENT_NAME.test(s) },
  // "Election Day", "Bastille Day", "New Year", "Eastern Standard Time": a holiday or a time zone, no entity ("Doris
  // Day", a person, keeps her given name).
  {
    rule: 'holiday or time zone',
    matches: (s, words) =>
      /^New Year(?:['’]s)?$|\b(?:Standard|Daylight) Time$/.test(s) ||
      HOLIDAY.test(s) ||
      (words.length >= 2 && words[words.length - 1] === 'Day' && !isKnownNamePart(words[0]!.toLowerCase())),
  },
  // "We'll", "I'm", "Don't": a contraction capitalised at a sentence's start.
  { rule: 'contraction', matches: (s) => /['’](?:m|ll|re|ve|d|t)$/i.test(s) },
  // "A", "2020", "F16", "B2B": a letter, a number, or a code with digits and fewer than three letters in a row.
  {
    rule: 'too short, a number or a code',
    matches: (s) =>
      s.length < 2 || /^\d/.test(s) || (/\d/.test(s.replace(/[^\p{L}\d]/gu, '').slice(1)) && !/\p{L}{3}/u.test(s)),
  },
  // "The", "American", "Chinese Communist": only words that never start a name, demonyms and adjectives.
  {
    rule: 'no name word',
    matches: (_s, words) => words.every((w) => NOT_NAMES.has(w.toLowerCase()) || isDemonymOrAdjective(w.toLowerCase())),
  },
  // "Islamists", "Tunisians", "Pakistani-American": one word naming a group of people.
  {
    rule: 'a group of people',
    matches: (s, words) =>
      words.length === 1 && (isGroupWord(s) || s.split('-').some((p) => isDemonym(p.toLowerCase()))),
  },
  // "the first Somali American to serve", "Latin American": an origin before "American" names a group or an
  // adjective, no entity (a longer name keeps it: "Arab American Institute").
  {
    rule: 'a hyphenless American identity',
    matches: (s, words) => words.length === 2 && /^\p{Lu}\p{Ll}+ American$/u.test(s),
  },
  // "Iowans", "New Yorkers", "Sikh Americans": the people of a place or nation, no entity.
  { rule: 'the people of a place', matches: (s, words) => isPeopleOfPlace(s, words) },
  // "Islam", "Obamacare", "Brexit", "Zika": a religion, a law's or an event's nickname, a disease; no entity.
  { rule: 'a faith, a nickname or a disease', matches: (s) => NICKNAMED_NOT_A_NAME.test(s) },
  // "Down Syndrome", "Lyme Disease", "Operation Jade Helm", "the Western Han Dynasty": a disease, a military
  // operation or a period, no person, body or place ("Centers for Disease Control" keeps its name: "Disease" inside).
  {
    rule: 'a disease, an operation or a period',
    matches: (s, words) =>
      words.length >= 2 &&
      (/ (?:Syndrome|Disease|Disorder|Dynasty)$/.test(s) || (words[0] === 'Operation' && /^\p{Lu}/u.test(words[1]!))),
  },
  // "the Dow Jones industrial average", "the Nasdaq composite": a stock index, no body.
  { rule: 'a stock index', matches: (s) => MARKET_INDEX.test(s) },
  // "Â", "Ã": a broken character, no name.
  { rule: 'a broken character', matches: (s) => MOJIBAKE_LETTER.test(s.normalize('NFC')) },
  // "cuts to Medicare", "expand Medicaid": a public insurance programme, no body.
  { rule: 'a public programme', matches: (s) => PROGRAMME.test(s) },
  // "C. V. Starr & Company, Inc.": a company's legal suffix cut from its name by a comma names nothing alone.
  { rule: 'a legal suffix alone', matches: (s) => /^(?:Inc|Ltd|LLC|Corp|Co|PLC|LLP|GmbH)\.?$/.test(s) },
  // "the Oscars", "the Golden Globes": an award's nickname; "The Daily Show": a programme. Works and events.
  { rule: 'an award or a show', matches: (s) => AWARD_NICKNAME.test(s) || SHOW_NAME.test(s) },
  // "Communism", "Republicanism", "Islamophobia": a doctrine or an attitude, no entity.
  { rule: 'a doctrine', matches: (s, words) => words.length === 1 && /\p{Ll}(?:ism|isms|phobia)$/u.test(s) },
  // "R-Texas", "D-Mass.", "I-Vt": a lawmaker's party and state, not a name.
  { rule: 'party and state label', matches: (s, words) => words.length === 1 && /^[RDI]-\p{Lu}[\p{L}.]*$/u.test(s) },
  // "POLICE SHOOTINGS ARE CHANGING", "TWO DEAD", "INSPIRE": a headline or shout in capitals, mostly common words.
  { rule: 'shouted common words', matches: (s, words) => isShouted(s, words) },
  // "the Department", "the Party", "the Union": a body's generic word alone refers back; it names nothing itself.
  { rule: 'a generic body word alone', matches: (s, words) => words.length === 1 && GENERIC_BODY.test(s) },
  // "CEO", "GDP", "TVs": acronyms of common nouns, not organisations.
  { rule: 'common acronym', matches: (_s, words) => words.every((w) => COMMON_ACRONYMS.has(w.replace(/s$/, ''))) },
  // "the AMAs", "the VMAs", "NDAs": an acronym in the plural is an event or a common noun; a body is not plural.
  { rule: 'a plural acronym', matches: (s, words) => words.length === 1 && /^\p{Lu}{2,6}s$/u.test(s) },
];

/**
 * All words in capitals and more than half of them common words (a single one of at least four letters), unless the
 * whole is a known name ("NEW YORK", "WASHINGTON" in a dateline).
 */
function isShouted(s: string, words: readonly string[]): boolean {
  if (!words.every((w) => /^[\p{Lu}'’-]{2,}$/u.test(w))) return false;
  if (lexiconEntityType(s.toLowerCase()) !== null) return false;
  const common = (w: string): boolean => {
    const lw = w.toLowerCase().replace(/['’]s$/, '');
    return NOT_NAMES.has(lw) || isCommonWord(lw);
  };
  if (words.length === 1) return s.length >= 4 && common(s);
  return words.filter(common).length * 2 > words.length;
}

/** The name of the first {@link NOT_A_NAME} rule `s` (with `words`) falls under, or null when it may be a name. */
export function notANameRule(s: string, words: readonly string[] = s.split(' ')): string | null {
  for (const r of NOT_A_NAME) if (r.matches(s, words)) return r.rule;
  return null;
}

/**
 * A plural naming the people of a place: a place's name with "-ns", "-ans", "-ers" or "-ites" ("Iowans", "Texans",
 * "New Yorkers", "Clevelanders"), or a plural demonym after a qualifier ("Native Americans", "Sikh Americans").
 */
function isPeopleOfPlace(s: string, words: readonly string[]): boolean {
  // ("the hard-right Arizonan who …": one word may name one of them.)
  if (words.length > 3 || !(/\p{Ll}s$/u.test(s) || (words.length === 1 && /\p{Ll}(?:an|er|ite)$/u.test(s))))
    return false;
  const last = words[words.length - 1]!.toLowerCase();
  if (words.length > 1 && isDemonym(last)) return true;
  const lower = s.toLowerCase();
  if (words.length === 1 && !lower.endsWith('s') && lexiconEntityType(lower) !== null) return false;
  const stems = [
    lower.replace(/ns?$/, ''),
    lower.replace(/ans?$/, ''),
    lower.replace(/ans$/, 's'),
    lower.replace(/ans?$/, 'as'),
    lower.replace(/(?:ers?|ites?)$/, ''),
  ];
  return stems.some((t) => t !== lower && t.length > 2 && lexiconEntityType(t) === 'place');
}
