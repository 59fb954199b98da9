// The first step of making a capitalised-name candidate a mention: the words of the name itself, without a suffix
// ("-based"), a common word capitalised by its sentence's start, titles, demonyms, party labels and a trailing title
// or preposition. A state's abbreviation after a town is already a mention here. Typing the rest is
// mention-candidate.ts.
import type { NameMention } from './name-mention';
import { isCommonWord, isDemonym, isGivenName, isKnownNamePart, lexiconEntityType } from './lexicon';
import { isSentenceStart } from './mention-context';
import { isGroupWord, isGroupWordByEnding } from './not-a-name';
import {
  BODY_TITLES,
  CONNECTOR,
  isGivenNameThenSurname,
  isGivenNameThenWordSurname,
  isNameStart,
  NOT_NAMES,
  ORG_KEYWORDS,
  PERSON_TITLES,
  PLACE_KEYWORDS,
  TAIL_TITLE,
  TRAILING_PREPOSITION,
} from './name-rules';
import { withoutAffix } from './name-split';
import { isPersonNameSlot, surnameOnlyMention } from './surname-mention';
import { isLawmakerStateLabel, stateAbbreviated } from './place-rules';

/** A candidate's name words, where they start, and what the trimmed words said about them. */
export interface TrimmedName {
  words: string[];
  start: number;
  /** A person's title preceded the name. */
  titled: boolean;
  /** A title heading a body "of" the name preceded it ("the CEO of Cup Foods"). */
  bodyOfTitle: boolean;
  /** The two words before a sentence-start word was dropped ("White House" for "House"). */
  openedBy?: string;
}

/**
 * The name a candidate holds once trimmed; a finished mention when it is a state's abbreviation after a town
 * ("Flint, Mich."); null when it names nothing (a title alone, a lawmaker's state label).
 */
export function trimCandidate(
  text: string,
  raw: string,
  rawStart: number,
  block: number,
  starts: ReadonlySet<number>,
  lowerWords: ReadonlySet<string>,
): TrimmedName | NameMention | null {
  // "Pakistan-based", "U.S.-led", "al-Qaeda-linked": the place or body without its suffix.
  // ("Oscar-winning", "Tony-nominated", "Pulitzer Prize-winning": a prize, no entity, and no given name left behind.)
  if (/-(?:winning|nominated)$/.test(raw)) return null;
  raw = withoutAffix(raw);
  const s = raw.replace(/(?:['’]s?|[.,'’-])+$/u, (t) =>
    /^\.$/.test(t) && /(?:^|\s|\.)\p{Lu}\.$|\b(?:Inc|Co|Corp|Ltd|Jr|Sr)\.$/u.test(raw) ? t : '',
  );
  // "Flint, Mich.", "Hudson, NH": a state's AP abbreviation or postal code after a town names the state, a place
  // (the spec's "every named place"; docs/entities.md has the count that moved the choice).
  const tail = rawStart + s.length;
  const state = stateAbbreviated(s, text.slice(Math.max(0, rawStart - 4), rawStart), text.slice(tail, tail + 3));
  if (isLawmakerStateLabel(s, text.slice(Math.max(0, rawStart - 3), rawStart), text.slice(tail, tail + 2))) return null;
  if (state) {
    return {
      block,
      start: rawStart,
      end: tail,
      core: state,
      surface: s,
      cue: 'place',
      titled: false,
    };
  }
  let start = rawStart;
  let words = s.split(' ');
  let titled = false;
  let bodyOfTitle = false;
  let openedBy: string | undefined;
  const lastWord = (words[words.length - 1] ?? '').toLowerCase();
  const orgNamed = ORG_KEYWORDS.has(lastWord);
  // "Mediterranean Sea", "European Union", "Islamic State", "Muslim Brotherhood" keep their first word.
  const keywordLast =
    orgNamed ||
    PLACE_KEYWORDS.has(lastWord) ||
    /^(?:brotherhood|state|republic|emirate|caliphate|jihad|spring)$/.test(lastWord);
  // Drop a common word that is capitalised only because it starts the sentence, titles and demonyms.
  // ("Mr. Pence", "Sen. Ward": the period after a title ends no sentence.)
  let afterTitle = false;
  while (words.length > 0) {
    const w = words[0]!;
    const lw = w.toLowerCase().replace(/[.'’]+$/, '');
    const atStart = !afterTitle && isSentenceStart(text, start, starts);
    const title = PERSON_TITLES.has(lw) && !orgNamed;
    // "Muslim Brotherhood", "Democratic National Committee": a group word opening a body's name stays in it.
    // ("a Republican Senate", "the Democratic Congress": a party's majority in a chamber is the chamber.)
    const partyChamber =
      words.length === 2 &&
      /^(?:Democratic|Republican|GOP)$/.test(w) &&
      /^(?:Senate|House|Congress|Legislature|Assembly)$/.test(words[1]!);
    const keywordNamed = keywordLast && (words.length === 2 || orgNamed) && !partyChamber;
    // "Bank of America said …", "Board of Education members …": a body's keyword opening the sentence, then what
    // it is of, for or on, is the name's first word, not a common word capitalised by its place.
    const keywordOf =
      ORG_KEYWORDS.has(lw) && words.length >= 3 && /^(?:of|for|on)$/.test(words[1]!) && /^\p{Lu}/u.test(words[2]!);
    // "American Federation of Teachers", "European Center for Medium-Range Weather Forecasts": a demonym before a
    // body's keyword and what it is of or for opens the body's name.
    const demonymBody =
      words.length >= 4 && ORG_KEYWORDS.has(words[1]!.toLowerCase()) && /^(?:of|for|on)$/.test(words[2]!);
    const commonAtStart =
      atStart &&
      !keywordOf &&
      (lowerWords.has(lw) || isCommonWord(lw)) &&
      lexiconEntityType(lw) === null &&
      (words.length === 1 || !isNameStart(words));
    const drop =
      NOT_NAMES.has(lw) ||
      title ||
      (isGroupWord(w) && (words.length > 1 || atStart) && !keywordNamed && !demonymBody) ||
      // ("Saudi Arabia", a country the lexicon knows, keeps its demonym.)
      (isDemonym(lw) &&
        words.length > 1 &&
        !keywordNamed &&
        !demonymBody &&
        lexiconEntityType(words.join(' ').toLowerCase()) === null) ||
      commonAtStart;
    if (!drop) break;
    // "Jolly said", "Pence's press release": a common word alone at a sentence's start may be the surname of a person
    // the article named in full; it joins that person only.
    if (words.length === 1 && commonAtStart && !NOT_NAMES.has(lw) && !title && !isGroupWord(w))
      return surnameOnlyMention(text, w, start, block);
    // "From said", "From agreed": a function word alone where a person's name stands may be the surname of a person
    // the article names in full ("Al From"); it joins that person only.
    if (words.length === 1 && NOT_NAMES.has(lw) && !title && /^\p{Lu}\p{Ll}+$/u.test(w))
      return surnameOnlyMention(text, w, start, block);
    afterTitle = title || /^(?:Mr|Mrs|Ms|Dr)\.$/.test(w);
    // ("White House spokesman Josh Earnest said …": the word the sentence's start capitalised may yet open a name
    // the article writes in full elsewhere; the clusters decide.)
    if (atStart && !title && !NOT_NAMES.has(lw) && words.length === 2) openedBy = words.join(' ');
    // "Secretary of State John Kerry", "Secretary of State Clinton": a title "of" a department before the name is all
    // title.
    if (
      title &&
      words[1] === 'of' &&
      words.length >= 4 &&
      /^\p{Lu}/u.test(words[2]!) &&
      (isKnownNamePart(words[3]!.toLowerCase()) || isGivenNameThenSurname(words.slice(3), lowerWords))
    ) {
      titled = true;
      start += words.slice(0, 3).join(' ').length + 1;
      words = words.slice(3);
      continue;
    }
    // "the CEO of Cup Foods": what follows a title and "of" is the body it heads, not the titled person.
    if (title && words[1] === 'of') bodyOfTitle = BODY_TITLES.test(lw);
    // ("Former White House aides": "former" qualifies what follows; a title after it still makes the person.)
    else if (title && words.length > 1 && (!NOT_NAMES.has(lw) || /^(?:Mr|Mrs|Ms|Dr)\.$/.test(w)) && lw !== 'former')
      titled = true;
    start += w.length + 1;
    words = words.slice(1);
  }
  // "former secretary of State Hillary Clinton": a lowercase title "of" a department before the name.
  const lowTitle = /\b(\p{Ll}+) of $/u.exec(text.slice(Math.max(0, start - 20), start))?.[1];
  if (
    lowTitle &&
    PERSON_TITLES.has(lowTitle) &&
    words.length >= 3 &&
    (isKnownNamePart(words[1]!.toLowerCase()) || isGivenNameThenSurname(words.slice(1), lowerWords))
  ) {
    titled = true;
    start += words[0]!.length + 1;
    words = words.slice(1);
  }
  // "Kentucky Republican", "Senate Democrats": a party member's label after a place or body is no part of its name.
  // ("Kim Kardashian", "Ken Parrish": after a given name, a word that only ends like a group's is the surname.)
  while (
    words.length > 1 &&
    isGroupWord(words[words.length - 1]!) &&
    !orgNamed &&
    !(isGroupWordByEnding(words[words.length - 1]!) && isGivenName(words[words.length - 2]!.toLowerCase()))
  )
    words = words.slice(0, -1);
  while (words.length > 0 && CONNECTOR.test(words[words.length - 1]!)) words = words.slice(0, -1);
  // "Hillary Clinton Sides With George W. Bush On ‘Radical Islam.’": a headline's preposition ends no name.
  // ("said Al From, who …": a given name before it, mid-sentence, makes it a surname; mention-candidate.ts.)
  while (
    words.length > 1 &&
    TRAILING_PREPOSITION.test(words[words.length - 1]!) &&
    !isWordSurnameMidSentence(text, start, words)
  )
    words = words.slice(0, -1);
  // "the Suffolk University/Boston Globe Poll", "a Quinnipiac Poll": the poll is a work; its pollster is the body.
  if (words.length > 1 && /^(?:Poll|Polls|Survey)$/.test(words[words.length - 1]!)) {
    words = words.slice(0, -1);
    bodyOfTitle = true;
  }
  // "a Republican National Committeeman from Virginia", "the former House Speaker": a title with no name after it
  // names only the place or body before it, if any.
  if (words.length > 1 && !orgNamed && TAIL_TITLE.test(words[words.length - 1]!.toLowerCase())) {
    // ("the former Hewlett-Packard CEO who …": a company's officer names the company, known or not.)
    const corporate = /^(?:ceo|cfo|founder|co-founder|publisher)$/.test(words[words.length - 1]!.toLowerCase());
    words = words.slice(0, -1);
    while (words.length > 1 && isGroupWord(words[words.length - 1]!)) words = words.slice(0, -1);
    const rest = words.join(' ');
    if (corporate) bodyOfTitle = true;
    else if (lexiconEntityType(rest.toLowerCase()) === null && !/^(?:House|Senate)$/.test(rest)) return null;
  }
  // "Opposition Leader Bill Shorten": a title after other words still ends before the name.
  if (!orgNamed) {
    let t = -1;
    for (let i = 0; i < words.length - 1; i++) if (PERSON_TITLES.has(words[i]!.toLowerCase().replace(/\.$/, ''))) t = i;
    const rest = words.length - t - 1;
    // "Council on Foreign Relations": a title word inside an organisation's name is not a title.
    const inName = t > 0 && words.slice(0, t).some((w) => CONNECTOR.test(w));
    if (t >= 0 && rest >= 1 && rest <= 3 && !inName) {
      start += words.slice(0, t + 1).join(' ').length + 1;
      words = words.slice(t + 1);
      titled = true;
    }
  }
  if (words.length === 0) return null;
  // "the Head Start program", "my Vice Presidential announcement": a word the article writes in lowercase, after a
  // title and not where a person's name stands, makes a common noun phrase, no titled person. (An honorific keeps it:
  // "Miss Manners"; a name that speaks stays one: "Prime Minister May said".)
  if (
    titled &&
    words.length === 1 &&
    lowerWords.has(words[0]!.toLowerCase()) &&
    !isKnownNamePart(words[0]!.toLowerCase()) &&
    !/\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s$/.test(text.slice(Math.max(0, start - 6), start)) &&
    !isPersonNameSlot(text, start, start + words[0]!.length)
  )
    return null;
  return { words, start, titled, bodyOfTitle, openedBy };
}

/**
 * "said Al From, who …": a given name and a function word as its surname (isGivenNameThenWordSurname), standing
 * mid-sentence after a lowercase word or a comma and followed by a mark or a lowercase word, as a name in running text
 * is; in a title-case headline the words around are capitalised.
 */
export function isWordSurnameMidSentence(text: string, start: number, words: readonly string[]): boolean {
  if (!isGivenNameThenWordSurname(words)) return false;
  const end = start + words.join(' ').length;
  return (
    /(?:\p{Ll}|,)\s$/u.test(text.slice(Math.max(0, start - 2), start)) &&
    /^(?:[,.;:]|\s\p{Ll})/u.test(text.slice(end, end + 2))
  );
}
