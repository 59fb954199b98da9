// One capitalised-name candidate made into a mention: once mention-trim.ts has cleaned it of sentence-start words,
// titles, demonyms and suffixes, the type cues its own words and context carry. Scanning a block for candidates is
// name-mentions.ts.
import type { EntityType } from '../types';
import type { NameMention } from './name-mention';
import {
  isCommonWord,
  isDemonym,
  isFunctionOrVerb,
  lexiconTags,
  isFirstNameOnly,
  isKnownNamePart,
  lexiconEntityType,
} from './lexicon';
import {
  hasPersonRoleBefore,
  isAwardSlot,
  isChamberAlone,
  isJourneyEnd,
  isPersonByOwnWords,
  isPersonByPronoun,
  isMediumSlot,
  workOrProductSlot,
  isSourceSlot,
  isSentenceStart,
  isSurname,
  isTownBeforeItsRegion,
  isOutletsPerson,
  isLowercaseAcronym,
  ORG_CONTEXT,
} from './mention-context';
import { isNewsOutlet } from './news-outlets';
import { isGroupWord, notANameRule } from './not-a-name';
import { isWordSurnameMidSentence, trimCandidate } from './mention-trim';
import { surnameOnlyMention } from './surname-mention';
import {
  AFTER_TOWN_STATE,
  ORG_ROLE_NOUN,
  PRODUCT_TAIL,
  PERSON_APPOSITIVE,
  ORG_APPOSITIVE,
  isGivenNameThenSurname,
  isPersonShaped,
  ORG_KEYWORDS,
  PLACE_KEYWORDS,
} from './name-rules';
import { isCompassRegion, isPlacedByContext, isVenueOrRegion, PLACE_FIRST_WORD } from './place-rules';

/**
 * The mention a candidate names, or null when it names nothing (a title alone, a work in quotation marks, a
 * lawmaker's party and state). `starts` holds the block's sentence starts; `lowerWords` the words seen lowercased.
 */
export function mentionFromCandidate(
  text: string,
  raw: string,
  rawStart: number,
  block: number,
  starts: ReadonlySet<number>,
  lowerWords: ReadonlySet<string>,
): NameMention | null {
  const trimmed = trimCandidate(text, raw, rawStart, block, starts, lowerWords);
  if (trimmed === null || 'core' in trimmed) return trimmed;
  const { words, start, titled, bodyOfTitle, openedBy } = trimmed;
  let cue: EntityType | null = null;
  const s = words.join(' ');
  const lower = s.replace(/\u00AD/g, '').toLowerCase();
  // "the South", "the Midwest", "Middle East": a compass region is a place, though its words are adjectives.
  const region = isCompassRegion(
    words,
    text.slice(Math.max(0, start - 4), start),
    text.slice(start + s.length, start + s.length + 2),
  );
  // "the Democrats", "the Republicans' nominee": with the article, the plural names the party as a body (hold-outs 4
  // and 5 label it so; "many Democrats", "Iowa Democrats" are voters, a group). docs/entities-rounds.md has the choice.
  const party =
    words.length === 1 &&
    /^(?:Democrats|Republicans|Dems)$/.test(s) &&
    /\bthe $/i.test(text.slice(Math.max(0, start - 4), start));
  // ("the Guardian", "the Economist": an outlet's name may be a body's keyword alone.)
  const notAName = !region && !party && !isNewsOutlet(s) ? notANameRule(s, words) : null;
  // "Rep. Jolly", "Mr. Cuban": after a title, an adjective or a demonym alone is the person's surname; without one,
  // "Jolly said", "told Cuban." may be the surname of a person the article names in full (surname-mention.ts).
  const adjectiveAlone = words.length === 1 && (notAName === 'no name word' || notAName === 'a group of people');
  if (notAName !== null && adjectiveAlone && !titled) return surnameOnlyMention(text, s, start, block);
  if (notAName !== null && !(adjectiveAlone && titled)) return null;
  // "the Granite State", "the Hoosier State", "the Lone Star State": a state's nickname stands for the state the
  // article names, no entity of its own (not "Ohio State", "the Islamic State": a place or a demonym before it).
  if (
    words.length >= 2 &&
    words.length <= 3 &&
    words[words.length - 1] === 'State' &&
    /\bthe $/i.test(text.slice(Math.max(0, start - 4), start)) &&
    words.slice(0, -1).every((w) => {
      const lw = w.toLowerCase();
      return /^\p{Lu}\p{Ll}+$/u.test(w) && lexiconEntityType(lw) === null && !isDemonym(lw) && !isGroupWord(w);
    })
  )
    return null;
  // "award you the full-boat of four Pinocchios", "three Pinocchios": a count before one capitalised plural the
  // lexicon does not know counts things (ratings, awards, products), no body; a body or a place is one.
  if (
    words.length === 1 &&
    !titled &&
    /^\p{Lu}\p{Ll}+s$/u.test(s) &&
    lexiconEntityType(lower) === null &&
    /\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen|\d+) $/.test(text.slice(Math.max(0, start - 10), start))
  )
    return null;
  // "the global distribution systems (GDS)", "gross domestic product (GDP)": an acronym in parentheses spelled by
  // the lowercase words just before it abbreviates a common noun, no body.
  if (words.length === 1 && !titled && isLowercaseAcronym(s, text.slice(Math.max(0, start - 80), start))) return null;
  const last = words[words.length - 1]!.toLowerCase().replace(/[.]$/, '');
  if (titled) cue = 'person';
  if (party) cue = 'org';
  // "Bank of America", "University of Pennsylvania", "Economic Club of Washington", "House Select Committee on
  // Benghazi": a body's keyword, then what it is of, for or on (the place at the end does not make it a place).
  const keywordFirst = words.some(
    (w, i) => i + 2 < words.length && /^(?:of|for|on)$/.test(words[i + 1]!) && ORG_KEYWORDS.has(w.toLowerCase()),
  );
  if (isVenueOrRegion(words, text, start)) cue = 'place';
  else if (ORG_KEYWORDS.has(last) || keywordFirst || /\.(?:com|org|net)$/i.test(s)) cue = 'org';
  else if (PLACE_KEYWORDS.has(last) && words.length > 1) cue = 'place';
  // "District of Columbia", "Gulf of Mexico", "Kingdom of Saudi Arabia": a place's keyword, then what it is of.
  else if (words.length >= 3 && words[1] === 'of' && PLACE_KEYWORDS.has(words[0]!.toLowerCase())) cue = 'place';
  else if (cue === null) cue = lexiconEntityType(lower);
  // "told the Guardian", "h/t TheBlaze": a news outlet; "Breitbart Texas editor", "POLITICO Massachusetts": its edition.
  if (
    (cue === null || cue === 'place') &&
    (isNewsOutlet(lower) ||
      (words.length >= 2 && lexiconEntityType(last) === 'place' && isNewsOutlet(words.slice(0, -1).join(' '))))
  )
    cue = 'org';
  if (region) cue = 'place';
  const lexiconPerson = words.length === 1 && !titled && cue === 'person';
  // "San Bernardino", "Fort Myers": a place's opening word, though the rest looks like a surname.
  // (Three words only when they looked like a person's name: "Fort Worth Star-Telegram" is a newspaper.)
  const placeFirst = PLACE_FIRST_WORD.test(words[0]!) && !titled && words.length <= 3;
  if (placeFirst && (cue === 'person' || (cue === null && words.length === 2))) cue = 'place';
  // Soft hyphens ("Netan\u00ADyahu") are line-break hints, not part of the name.
  // "Microsoft Corp said …", "Amazon.com Inc.": a company's legal suffix is no part of the name it goes by, so the
  // company named with and without it is one entity (the suffixed form an alias).
  let core = s.replace(/\u00AD/g, '');
  const suffixed = /^(.+\p{L}) (?:Corp|Inc|Co|Ltd|LLC|Plc)\.?$/u.exec(core);
  // ("Democracy Corp", a pollster: a common word alone before the suffix is no name without it.)
  if (
    suffixed &&
    words.length >= 2 &&
    (words.length > 2 || !(isCommonWord(lower.split(' ')[0]!) || lowerWords.has(lower.split(' ')[0]!)))
  ) {
    core = suffixed[1]!;
    cue = 'org';
  }
  let end = start + s.length;
  // "West Mercia police", "the Ennahda party": a lowercase institution word completes the surface form.
  const inst =
    /^ (police|hospital|council|university|agency|ministry|court|army|navy|party|news agency|magazine)\b/.exec(
      text.slice(end, end + 14),
    );
  const instNext = inst
    ? /^ (\p{Ll}+)\b/u.exec(text.slice(end + inst[0].length, end + inst[0].length + 20))?.[1]
    : undefined;
  const instModifies =
    !!instNext && !ORG_ROLE_NOUN.test(instNext) && (!isFunctionOrVerb(instNext) || /ing$/.test(instNext));
  // "West Mercia police", "the Ennahda party": a lowercase institution word completes the surface form; the name of
  // a place before it stays the place's ("Chicago police", "an Arizona hospital"), save a magazine that bears it
  // ("New York magazine"). Not a compound's modifier ("the Laquan McDonald police shooting").
  if (inst && !instModifies && cue !== 'person' && (cue !== 'place' || inst[1] === 'magazine')) {
    end += inst[0].length;
    if (cue === 'place') core = text.slice(start, end);
    cue = 'org';
  }
  const place =
    /^ (beach|river|island|islands|lake|valley|coast|region|province|county|district|mountains)\b/.exec(
      text.slice(end, end + 12),
    ) ??
    (/\bthe $/i.test(text.slice(Math.max(0, start - 4), start)) ? / (?=area\b)/.exec(text.slice(end, end + 6)) : null);
  // ("the Jacksonville area": the town, with "area" left out of its name.)
  if (place && cue === null) {
    end += place[0].length;
    cue = 'place';
  }
  const after = text.slice(end, end + 30);
  const before = text.slice(Math.max(0, start - 16), start);
  let weakCue = false;
  // A title in quotation marks ("Super Mario Run") names a work, not a person, place or organisation.
  if (/["“‘']$/.test(text.slice(Math.max(0, rawStart - 1), rawStart)) && /^[,.]?["”’']/.test(after)) return null;
  // "played Batman": a role, no entity; "the film Star Wars", "the Oculus Rift headset": a work or product (below).
  const slot = cue !== 'place' && !titled ? workOrProductSlot(before, after) : null;
  // (Only a name nothing else types: "played Donald Trump" on a sketch show still names Donald Trump.)
  if (slot === 'role' && cue === null && words.length === 1 && !isKnownNamePart(lower)) return null;
  if (cue === null && /^,\s\d{1,3},/.test(after)) cue = 'person';
  // "James B. Comey Jr.", "Luther Stan Pate IV": a generational suffix ends a person's name.
  if (cue === null && words.length >= 3 && /^(?:Jr\.?|Sr\.?|II|III|IV)$/.test(words[words.length - 1]!)) cue = 'person';
  if (lexiconPerson && isPlacedByContext(before, after)) cue = 'place';
  if (cue === null && AFTER_TOWN_STATE.test(after)) cue = 'place';
  // "Charleston, South Carolina;", "Sarasota, Florida.": a town before its state or country.
  // (Not "Ryan Austin, Texas": a given name opens a person's.)
  if (
    (cue === null || lexiconPerson) &&
    (words.length === 1 || !isKnownNamePart(words[0]!.toLowerCase())) &&
    isTownBeforeItsRegion(after)
  )
    cue = 'place';
  // "ABC News and Politifact": a name joined to an organisation's name by "and" is one too.
  const joined = /(\p{L}+) (?:and|&) $/u.exec(before);
  // (Not a person's name: "William Seltzer of Fordham University and Margo Anderson".)
  if (
    cue === null &&
    joined &&
    ORG_KEYWORDS.has(joined[1]!.toLowerCase()) &&
    !(words.length >= 2 && isKnownNamePart(words[0]!.toLowerCase()))
  )
    cue = 'org';
  // "The Washington Post's Robert Costa reported": a person's name before "reported" stays a person's.
  // ("the Orlando Sentinel reported": after "the" it is a body's.)
  // ("as Hedrick Smith reported": a capitalised word the lexicon does not know, then a known surname, is one too.)
  const personNamed =
    words.length >= 2 &&
    (isKnownNamePart(words[0]!.toLowerCase()) ||
      (words.length === 2 &&
        /^\p{Lu}\p{Ll}+$/u.test(words[0]!) &&
        lexiconTags(words[0]!.toLowerCase()).length === 0 &&
        !lowerWords.has(words[0]!.toLowerCase()) &&
        isSurname(words[1]!.toLowerCase())) ||
      isOutletsPerson(text.slice(Math.max(0, start - 40), start), words)) &&
    !/\bthe $/i.test(before);
  // "campaign spokeswoman Hope Hicks said in a statement": a person's role in lowercase before the name.
  if (cue === null && words.length <= 3 && hasPersonRoleBefore(before)) cue = 'person';
  if (cue === null && ORG_CONTEXT.test(after) && !personNamed) cue = 'org';
  // "The Blaze’s Matt Walsh", "the Hill’s reporter": "the" and a possessive before a name make a publication.
  const owned = /^['’]s? (\p{Lu}\p{Ll}+)/u.exec(text.slice(end, end + 24));
  if (cue !== 'place' && /\bthe $/i.test(before) && owned && isKnownNamePart(owned[1]!.toLowerCase())) cue = 'org';
  if (cue === null && bodyOfTitle) cue = 'org';
  // "passed the House", "House Speaker Paul Ryan", "House Democrats": a chamber of Congress.
  if (cue === null && isChamberAlone(s, before, after)) cue = 'org';
  // "said Soe Min, a USDP member": a name set beside a person's role is a person's.
  if (cue === null && PERSON_APPOSITIVE.test(text.slice(end, end + 60))) cue = 'person';
  // "the Eagle Forum, the conservative organization she founded": a body's kind beside the name.
  if (cue === null && ORG_APPOSITIVE.test(text.slice(end, end + 60))) cue = 'org';
  // "“… just a con,” Trumka said in March": a lone unknown name that speaks right after a quotation is a person's
  // surname, as news names a speaker the second time (a body is "the company" or "a spokesman" there).
  // ("‘… with my brain,’’ said Robin Maynard, half joking": the speaker named after the verb, one to three words; NYT
  // in PolNeAR writes the closing mark as two apostrophes.)
  if (
    cue === null &&
    ((words.length === 1 &&
      /[,!?](?:["”’]|'')\s$/.test(before) &&
      /^ (?:said|says|added|told|wrote|explained|argued|asked|continued|insisted|recalled)\b/.test(after)) ||
      (words.length <= 3 &&
        /[,!?](?:["”’]|'') (?:said|says|added|wrote|explained|argued|asked|continued|insisted|recalled) $/.test(
          text.slice(Math.max(0, start - 24), start),
        ) &&
        /^(?:[,.;]|$)/.test(after)))
  )
    cue = 'person';
  // "Trumka, who …", "Ruane said he …": a pronoun that refers back to the name as a person's. (Not after an article
  // or a preposition: "an analyst at Jefferies, who …" refers to the analyst.)
  if (
    cue === null &&
    !/\b(?:an?|the|at|of|for|from|with|by|in|on|to)\s$/i.test(before) &&
    !lowerWords.has(lower) &&
    !isCommonWord(lower) &&
    !/\p{Ll}(?:ers|ists|ans)$/u.test(s) &&
    (isPersonByPronoun(text.slice(end, end + 60)) || isPersonByOwnWords(text.slice(end, end + 60)))
  )
    cue = 'person';
  if (cue === null && words.length === 1 && /^\p{Lu}{2,6}$/u.test(s)) cue = 'org';
  if (
    cue === null &&
    words.length >= 2 &&
    words.length <= 3 &&
    (isKnownNamePart(words[0]!.toLowerCase()) ||
      isGivenNameThenSurname(words, lowerWords) ||
      isWordSurnameMidSentence(text, start, words))
  )
    cue = 'person';
  // "Bill O’Reilly", "Bill McCollum": a capitalised word, then an Irish or Scottish surname by its inner capital.
  if (
    cue === null &&
    words.length === 2 &&
    /^\p{Lu}\p{Ll}+$/u.test(words[0]!) &&
    /^(?:O['’]|Mc|Mac)\p{Lu}\p{Ll}+$/u.test(words[1]!) &&
    !ORG_KEYWORDS.has(words[0]!.toLowerCase())
  )
    cue = 'person';
  // "Deja Stewart", "Jazz Jennings": a given name that is also a word, then a known surname.
  if (
    cue === null &&
    words.length === 2 &&
    /^\p{Lu}\p{Ll}+$/u.test(words[0]!) &&
    !lowerWords.has(words[0]!.toLowerCase()) &&
    // ("Electing Hillary", "Sorry Sarah", "Project Jonah": a verb, an adjective or a body's keyword before a name makes
    // a slogan, a title or a body.)
    !isFunctionOrVerb(words[0]!.toLowerCase()) &&
    !ORG_KEYWORDS.has(words[0]!.toLowerCase()) &&
    !lexiconTags(words[0]!.toLowerCase()).includes('Adjective') &&
    isSurname(words[1]!.toLowerCase())
  )
    cue = 'person';
  if (
    cue === null &&
    words.length >= 2 &&
    lexiconEntityType(last) === 'place' &&
    !isKnownNamePart(words[0]!.toLowerCase())
  )
    cue = 'place';
  if (
    cue === null &&
    /\b(?:in|near|outside|across|throughout|city of|town of|village of|province of|region of|coast of|capital of|eastern|western|northern|southern|central|downtown|suburban|upstate|rural)\s$/i.test(
      before,
    )
  ) {
    cue = 'place';
    weakCue = true;
  }
  // "travel from Des Moines to Little Rock": the ends of a journey are places.
  if (cue === null && isJourneyEnd(text, start, end)) {
    cue = 'place';
    weakCue = true;
  }
  // A known first name used as a modifier ("Roman mosaics", "Oscar dress") is not a person.
  if (
    words.length === 1 &&
    cue === 'person' &&
    !titled &&
    isFirstNameOnly(lower) &&
    /^ \p{Ll}+s?\b/u.test(after) &&
    !/^ (?:said|says|told|added|wrote|asked|who|was|is|had|has|and|or|but|nor)\b/.test(after)
  )
    // ("Christie appears", "Ryan stunned Republicans": before a verb, the surname of a person named in full.)
    return surnameOnlyMention(text, s, start, block);
  // Two or three capitalised words with no other cue are most often a person's name, whatever its origin.
  const shape = cue === null && isPersonShaped(words, lowerWords);
  const surface = text.slice(rawStart, end);
  // Products and models are not entities (docs/extraction.md): a known company's name followed by more words
  // ("Google Pay", "Ford Focus") or a name ending in a product designator ("Vision Pro", "PlayStation VR").
  // "Forza Horizon 3", "iPhone 4", "Windows 10": a name followed by a version number is a product or model.
  // ("Apple TV+", "Disney+": a name with a plus after it is a streaming product.)
  const versioned =
    /^\+(?![\p{L}\d])/u.test(text.slice(end, end + 2)) ||
    (cue === null &&
      /^ \d{1,2}[A-Za-z]?(?![\d,.:%]|\s?(?:years?|months?|days?|percent|people|of|to|and|-))/.test(
        text.slice(end, end + 16),
      ));
  const product =
    versioned ||
    slot === 'work' ||
    // "the Permanent Affordability Commitment Together (PACT) program": a name nothing else types before a
    // programme's noun, past any acronym in parentheses, names the programme (docs/extraction.md: no entity).
    (cue === null && /^(?: \(\p{Lu}{2,6}\))? (?:programs?|programmes?)\b/u.test(after)) ||
    (cue === null &&
      words.length >= 2 &&
      (PRODUCT_TAIL.test(s) ||
        (lexiconEntityType(words[0]!.toLowerCase()) === 'org' && !lowerWords.has(words[1]!.toLowerCase()))));
  // "Retina display", "Clown beetle", "Pacific halibut": a name used only as a modifier of a common noun.
  const nextWord = /^ (\p{Ll}[\p{Ll}-]+)\b/u.exec(text.slice(end, end + 30))?.[1];
  const modifier =
    words.length <= 2 &&
    !!nextWord &&
    !isFunctionOrVerb(nextWord) &&
    !lexiconTags(nextWord).includes('PresentTense') &&
    !ORG_ROLE_NOUN.test(nextWord) &&
    !/^(?:and|or|but|nor|for|so|yet|who|which|that|said|says|told|added|wrote|asked|was|is|had|has|will|would|could|can|may|might|must|shall|should|does|did|do|says|reported|announced)$/.test(
      nextWord,
    );
  const commonWord =
    words.length === 1 &&
    (lowerWords.has(lower) ||
      isCommonWord(lower) ||
      (/\p{Ll}(?:ed|ly|ing|ness|ment|ments|tion|tions)$/u.test(s) && !isKnownNamePart(lower)));
  // "posted on Twitter", "via Facebook", "his YouTube channel": where something is posted or watched.
  const medium = cue !== 'person' && cue !== 'place' && words.length <= 2 && isMediumSlot(text, s, start, end);
  return {
    block,
    start,
    end,
    medium,
    // "the Merriman Smith award": a person named only in a prize's name is no entity either (a titled one stays).
    eventOrAward: cue !== 'place' && !titled && isAwardSlot(text.slice(end, end + 40)),
    core,
    surface,
    cue,
    titled,
    sentenceStart: isSentenceStart(text, start, starts),
    personShape: shape,
    product,
    modifier,
    weakCue,
    commonWord,
    region,
    lexiconPerson,
    source: isSourceSlot(before, after),
    openedBy,
  };
}
