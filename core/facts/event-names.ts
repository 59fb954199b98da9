// Named agreements and events (docs/extraction.md, "Key facts"): wars, treaties, summits, a state's primary, a
// party's convention, a named dinner, conference or awards ceremony, talks named by their city. One pattern for
// values.ts, plus the words that hint at one.
import { isKnownNamePart, lexiconEntityType, lexiconTags } from './lexicon';
import { isFunctionWord } from './noun-phrase';

const STATES =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming';

/** "The", party and chamber words: "Democratic caucus" and "Congressional Black Caucus" are groups of lawmakers. */
const NOT_A_CAUCUS = String.raw`(?!(?:The|Democratic|Republican|GOP|House|Senate|Congressional|Progressive|Freedom|Black|Hispanic|Asian|Women['’]s|Party)\b)`;
/** A capitalised word, hyphenated parts capitalised too ("Winston-Salem", not "Spanish-language"). */
const CAP = String.raw`\p{Lu}[\p{L}'’.]+(?:-\p{Lu}[\p{L}'’.]*)*`;

const EVENTS = [
  String.raw`\bWorld War (?:I{1,3}|One|Two|1|2)\b|\bWWI{1,2}\b|\b(?:the )?Holocaust\b|\bTrans-Pacific Partnership\b`,
  // "after 9/11": the attacks of Sept. 11, 2001, named by their date (a date of its own needs its year: "9/11/2001").
  String.raw`(?<![\d/])\b9\/11\b(?!\/\d|\d)`,
  String.raw`\bGreat (?:Depression|Recession)\b|\bCold War\b|\bSuper Bowl(?: [LXVI]+)?\b|\bArab Spring\b`,
  // "Iowa caucuses", "the Nevada Caucuses": a state's contest, not a group of lawmakers.
  String.raw`\b${NOT_A_CAUCUS}${CAP}(?: ${CAP})? (?:caucus(?:es)?|Caucuses)\b`,
  // "the Iowa Caucus": a state's, in the singular with a capital (a group of lawmakers has no state's name).
  String.raw`\b(?:${STATES}) Caucus\b`,
  // "the New Hampshire primary", "the New York primary": a state's primary is a dated contest. A region's
  // ("the Northeast primaries") or a party's ("the Democratic primary") is not named, and "New York primary voters"
  // are voters.
  String.raw`\b(?:${STATES}) (?:(?:Democratic|Republican|GOP) )?primary\b(?! (?:voters|electorate|ballots?|polls?|debates?|race|campaign|season|results))`,
  // "the Republican convention", "the GOP convention": a party's national convention, as its full name is.
  String.raw`\b(?:Republican|Democratic|GOP) (?:National )?[Cc]onvention\b`,
  String.raw`\b(?:[A-Z][\w'’.-]+ ){1,4}(?:War|Olympics|Olympic Games|World Cup|Summit|Treaty|Accords?|Agreement|Convention|Revolution|Dinner)\b`,
  // "the WGC-Cadillac Championship", "the Congressional Ball", "the Iowa State Fair", "the Boston Marathon": a
  // contest, ball or fair written as a name (not "Lucille Ball" or "Molly Ball": checked by isNamedEvent).
  String.raw`\b(?:[A-Z][\w'’.-]+ ){1,4}(?:Championships?|Open|Marathon|Festival|Fair|Tournament|Invitational|Classic|Gala|Ball|Parade)\b(?! \p{Lu}| &)`,
  // "the Iraq war", "the Paris attacks", "the Vietnam War": a war or attacks named by their place (checked by
  // isNamedEvent). "the war in Iraq" and "Russian attacks" describe, they do not name.
  // "the Paris terror attacks", "the Benghazi attack": the singular and a word for terror name it as well.
  String.raw`(?<=\b[Tt]he )(?:\p{Lu}\p{Ll}+ )?\p{Lu}\p{Ll}+ (?:war|(?:terror(?:ist)? )?attacks?|bombings?|massacre|shootings?)\b(?! (?:ads?|dogs?|lines?|helicopters?|plan)\b)`,
  // "National Religious Liberties Conference": a named conference, but not a body ("US Conference of Mayors",
  // "Southern Christian Leadership Conference", "the U.S. Judicial Conference").
  String.raw`\b(?:[A-Z][\w'’.-]+ ){1,4}(?<!(?:Leadership|Judicial) )Conference\b(?! of\b)`,
  String.raw`\bthe [A-Z][a-z]+ nuclear (?:deal|agreement|accord)\b|\bSuper Tuesday\b|\bElection Day\b`,
  String.raw`\bState of the Union(?: [Aa]ddress)?\b|\bMemorandum of Understanding\b`,
  // "the Screen Actors Guild (SAG) awards", "the Producers Guild Awards": a named ceremony. Not a prize or its fund
  // ("the Ruth Leff Siegel Awards for Excellence …", "the Siegel Awards Fund"), nor "Sunday's awards".
  String.raw`(?<=\b[Tt]he )(?:(?:${CAP}|\(\p{Lu}+\)) ){1,4}[Aa]wards\b(?! for\b| \p{Lu})`,
  // "at the Oscars on Feb. 9": a ceremony one is at; "snubbed by the Oscars" names the academy, "an Oscar" a prize.
  String.raw`(?<=\bat the )(?:Oscars|Grammys|Emmys|Tonys|Golden Globes|BAFTAs)\b`,
  // "the Madrid peace talks", "the Geneva peace conference": talks named by their city (checked by
  // isNamedByPlace, so "Palestinian peace talks" and "Syrian peace talks" stay unnamed).
  String.raw`\b\p{Lu}\p{Ll}+ peace (?:talks|conference)\b`,
];

/** Named events and agreements, as written. */
export const EVENT_NAME = new RegExp(EVENTS.join('|'), 'gu');

/** Words without which {@link EVENT_NAME} cannot match (a cheap test before any pattern runs). */
export const EVENT_HINTS =
  '9/11|War|Bowl|Olympics|Olympic|Cup|Summit|Treaty|Accords?|Agreement|Convention|convention|Revolution|Holocaust|WWII?|Partnership|Depression|Recession|caucus|caucuses|Caucus|nuclear|Spring|Super Tuesday|State of the Union|Memorandum|Election Day|primary|Dinner|Conference|peace talks|peace conference|awards|Championships?|Open|Marathon|Festival|Fair|Tournament|Invitational|Classic|Gala|Ball|Parade|war|attacks?|bombings?|massacre|shootings?|Oscars|Grammys|Emmys|Tonys|Golden Globes|BAFTAs';

/** Whether `after` opens with a lowercase noun: not a function word, a verb, an adverb, a participle or a time. */
function isNounAfter(after: string): boolean {
  const next = /^ (\p{Ll}+)\b/u.exec(after)?.[1];
  return (
    !!next &&
    !isFunctionWord(next) &&
    !/(?:ly|ing|ed)$/.test(next) &&
    !lexiconTags(next).includes('PresentTense') &&
    !/^(?:against|last|next|this|that|then|now|today|tonight|yesterday|tomorrow)$/.test(next)
  );
}

/** "San Bernardino", "Fort Hood": a town's name by its shape, where the lexicon knows only the big cities. */
const PLACE_SHAPE = /^(?:San|Santa|Los|Las|Fort|Port|Lake|Mount) \p{Lu}\p{Ll}+$/u;

/**
 * Whether an event match is kept: talks named "<word> peace talks", and a war or attacks in lowercase, only when
 * the word before is a place ("Madrid", "Iraq", "Paris", "San Bernardino"); a ball only when the word before it is
 * no person's name ("Lucille Ball"); a fair only after the kind of fair or its place ("Iowa State Fair", "the
 * Frankfurt Book Fair", "the Paris Fair"), as other words name a magazine ("Vanity Fair").
 */
export function isNamedEvent(written: string, after = ''): boolean {
  // "the Arizona primary locations", "New York primary voters": a state's primary before a noun is a modifier.
  if (/primary$/.test(written) && isNounAfter(after)) return false;
  const byPlace =
    /^(.+?) (?:peace (?:talks|conference)|war|(?:terror(?:ist)? )?attacks?|bombings?|massacre|shootings?)$/u.exec(
      written,
    );
  if (byPlace) {
    const place = byPlace[1]!.toLowerCase();
    return (
      PLACE_SHAPE.test(byPlace[1]!) ||
      lexiconEntityType(place) === 'place' ||
      lexiconEntityType(place.split(' ').pop()!) === 'place'
    );
  }
  const fair = /(\p{Lu}[\p{L}'’]*) Fair$/u.exec(written);
  if (fair) {
    const kind = fair[1]!;
    return (
      /^(?:State|County|World'?s?|World’s|Book|Trade|Science|Job|Street|Art|Craft|Agricultural)$/u.test(kind) ||
      lexiconEntityType(kind.toLowerCase()) === 'place'
    );
  }
  const ball = /(\p{Lu}[\p{L}'’]*) Ball$/u.exec(written);
  return !ball || !isKnownNamePart(ball[1]!.toLowerCase());
}
