// When a capitalised word names a place although the lexicon says otherwise or nothing: compass regions ("the
// South", "the Middle East"), AP-style state abbreviations after a town ("Flint, Mich."), and towns and states
// that are also given names ("in Orlando", "Austin, Texas", "Virginia"). name-mentions.ts asks these of every
// cleaned candidate; the cases are in tests/core/facts/entity-rules-news.test.ts.
import { lexiconEntityType } from './lexicon';
import { AFTER_TOWN_STATE, ORG_KEYWORDS } from './name-rules';

/** The AP's state abbreviations (news style after a town's name), with the state each stands for. */
const AP_STATES: Readonly<Record<string, string>> = {
  Ala: 'Alabama',
  Ariz: 'Arizona',
  Ark: 'Arkansas',
  Calif: 'California',
  Colo: 'Colorado',
  Conn: 'Connecticut',
  Del: 'Delaware',
  Fla: 'Florida',
  Ga: 'Georgia',
  Ill: 'Illinois',
  Ind: 'Indiana',
  Kan: 'Kansas',
  Ky: 'Kentucky',
  La: 'Louisiana',
  Md: 'Maryland',
  Mass: 'Massachusetts',
  Mich: 'Michigan',
  Minn: 'Minnesota',
  Miss: 'Mississippi',
  Mo: 'Missouri',
  Mont: 'Montana',
  Neb: 'Nebraska',
  Nev: 'Nevada',
  'N.H.': 'New Hampshire',
  'N.J.': 'New Jersey',
  'N.M.': 'New Mexico',
  'N.Y.': 'New York',
  'N.C.': 'North Carolina',
  'N.D.': 'North Dakota',
  Okla: 'Oklahoma',
  Ore: 'Oregon',
  Pa: 'Pennsylvania',
  'R.I.': 'Rhode Island',
  'S.C.': 'South Carolina',
  'S.D.': 'South Dakota',
  Tenn: 'Tennessee',
  Tex: 'Texas',
  Vt: 'Vermont',
  Va: 'Virginia',
  Wash: 'Washington',
  'W.Va.': 'West Virginia',
  Wis: 'Wisconsin',
  Wyo: 'Wyoming',
};

/**
 * The state an AP abbreviation or a postal code stands for after a town and a comma ("Flint, Mich.", "Concord,
 * N.H.", "Hudson, NH"). `name` is the
 * candidate without its final period; `before` and `after` the text around it. Null anywhere else: "Mass." and
 * "Miss." open sentences as words, and a lawmaker's state in parentheses ("Rand Paul (Ky.)", like "(R-Texas)") is
 * a label, no place named (docs/entities.md).
 */
export function stateAbbreviated(name: string, before: string, after: string): string | null {
  if (!/\p{Ll}, $/u.test(before)) return null;
  const postal = POSTAL_CODES.get(name);
  // "Hudson, NH", "Tulsa, OK;" but not a word in capitals ("IN", "OR", "ME") running on.
  if (postal) return /^(?:$|[^\p{L}\d])/u.test(after) && !/^(?:IN|ME|OR|OK)$/.test(name) ? postal : null;
  const state = AP_STATES[name] ?? AP_STATES[`${name}.`];
  if (!state) return null;
  const dotted = name.endsWith('.') || after.startsWith('.');
  return dotted ? state : null;
}

/** The states' two-letter postal codes, with the state each stands for (the AP's list above, one to one). */
const POSTAL_CODES: ReadonlyMap<string, string> = new Map(
  (
    'AL Alabama|AK Alaska|AZ Arizona|AR Arkansas|CA California|CO Colorado|CT Connecticut|DE Delaware|FL Florida|' +
    'GA Georgia|HI Hawaii|ID Idaho|IL Illinois|IN Indiana|IA Iowa|KS Kansas|KY Kentucky|LA Louisiana|ME Maine|' +
    'MD Maryland|MA Massachusetts|MI Michigan|MN Minnesota|MS Mississippi|MO Missouri|MT Montana|NE Nebraska|' +
    'NV Nevada|NH New Hampshire|NJ New Jersey|NM New Mexico|NY New York|NC North Carolina|ND North Dakota|OH Ohio|' +
    'OK Oklahoma|OR Oregon|PA Pennsylvania|RI Rhode Island|SC South Carolina|SD South Dakota|TN Tennessee|TX Texas|' +
    'UT Utah|VT Vermont|VA Virginia|WA Washington|WV West Virginia|WI Wisconsin|WY Wyoming'
  )
    .split('|')
    .map((p) => [p.slice(0, 2), p.slice(3)] as [string, string]),
);

/**
 * "Sen. Ted Cruz (Tex.)", "Rep. Bob Smith (VA)": a lawmaker's state in parentheses after the name is a label, like
 * "(R-Texas)", and names no place (docs/entities.md).
 */
export function isLawmakerStateLabel(name: string, before: string, after: string): boolean {
  const state = AP_STATES[name] !== undefined || AP_STATES[`${name}.`] !== undefined || POSTAL_CODES.has(name);
  return state && /\p{L}\s?\($/u.test(before) && /^\.?\)/.test(after);
}

/**
 * Words that open a place's name ("San Bernardino", "Fort Myers", "Las Vegas", "West Bank", "Upper East Side"),
 * seldom a person's.
 */
export const PLACE_FIRST_WORD =
  /^(?:San|Los|Las|Des|Fort|Ft\.|Port|Lake|Mount|Mt\.|North|South|East|West|Upper|Lower)$/;

/** Compass words that name a region after "the" ("the South", "the Midwest"), and as the last word of one. */
const COMPASS = /^(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|Midwest|Mideast)$/;
/** Words that make a compass word a region's name without "the" ("Middle East", "Deep South", "Pacific Northwest"). */
const REGION_FIRST = /^(?:Middle|Far|Near|Deep|Upper|Pacific|Wild|Old)$/;

/**
 * Whether the words name a compass region: "the South", "the Midwest", "Middle East", "Deep South". A compass word
 * alone needs "the" before it and no capitalised word after it ("South Florida", "the North Korean army", "West" as
 * a surname are not this); "Kanye West" is a person, and "the West Wing" a longer name.
 */
export function isCompassRegion(words: readonly string[], before: string, after: string): boolean {
  if (/^[ -]\p{Lu}/u.test(after)) return false;
  if (words.length === 1) return COMPASS.test(words[0]!) && (/\bthe\s$/i.test(before) || /^Mid/.test(words[0]!));
  return words.length === 2 && REGION_FIRST.test(words[0]!) && COMPASS.test(words[1]!);
}

/**
 * Whether the text around a lone name places it: "in Orlando", "outside Austin", "Orlando, Fla.", "Austin, Texas"
 * (the eight states AP style writes in full after a town). Not a possessive ("in Clinton's campaign") nor a name
 * followed by another capitalised word.
 */
export function isPlacedByContext(before: string, after: string): boolean {
  if (/^['’]/.test(after)) return false;
  if (AFTER_TOWN_STATE.test(after) || /^, (?:Alaska|Hawaii|Idaho|Iowa|Maine|Ohio|Texas|Utah)\b/.test(after))
    return true;
  return /\b(?:in|near|outside|across|throughout|downtown|suburban)\s$/i.test(before) && !/^ \p{Lu}/u.test(after);
}

/**
 * The rooms of the White House and the presidential retreat news names as places ("in the Oval Office"): "Office" and
 * "Room" are no place keywords elsewhere ("the Congressional Budget Office").
 */
const KNOWN_ROOMS =
  /^(?:Oval Office|Situation Room|Roosevelt Room|Cabinet Room|East Room|Lincoln Bedroom|State Dining Room|Camp David)$/;

/** What a building is for, before "Center" or "Centre": the building, not a body ("World Trade Center"). */
const VENUE_KIND =
  /^(?:Trade|Convention|Conference|Events?|Exhibition|Civic|Community|Shopping|Sports|Aquatics?|Visitors?)$/;

/** A body's work before "Center" ("Pew Research Center", "Tax Policy Center", "Southern Poverty Law Center"). */
const BODY_WORK =
  /^(?:Research|Policy|Survey|Law|Legal|Studies|Study|Medical|Health|Cancer|Data|Information|Action|Justice|Media|Science|Security)$/;

/**
 * "held at the Lloyd Erskine Sandiford Centre in Barbados", "at the National Constitution Center in Philadelphia":
 * a Center or Centre one is at, in a place, is a venue, a place, unless its last words name a body's work ("at the
 * Pew Research Center in Washington") or a body's keyword comes earlier ("Suffolk University Political Research
 * Center"). Round 20, docs/entities-rounds-3.md.
 */
function isVenueByContext(words: readonly string[], text: string, start: number): boolean {
  if (words.length < 2 || !/^Cent(?:er|re)$/.test(words[words.length - 1]!)) return false;
  if (BODY_WORK.test(words[words.length - 2]!)) return false;
  if (words.slice(0, -1).some((w) => ORG_KEYWORDS.has(w.toLowerCase()))) return false;
  const end = start + words.join(' ').length;
  return /\bat the $/.test(text.slice(Math.max(0, start - 7), start)) && /^ in \p{Lu}/u.test(text.slice(end, end + 5));
}

/**
 * "I know it's in DC", "the DC area", "D.C.-based": the District of Columbia, a place, not an acronym's body (round
 * 20). After "Washington, " it is part of the city's name and left to the rules that join it there.
 */
function isDistrictOfColumbia(name: string, text: string, start: number): boolean {
  return /^D\.?C\.?$/.test(name) && !/Washington, $/.test(text.slice(Math.max(0, start - 12), start));
}

/**
 * Names a body's keyword would make an organisation that are places: "Wells Fargo Center", "Verizon Center" (a
 * company's name before "Center" is an arena, as "Quicken Loans Arena" is); "the West Bank" (a compass word before
 * "Bank"); "the Rust Belt" ("Silk Road Economic Belt", a plan, is longer). Given the mention's block text and start,
 * also a Center one is at, in a place ({@link isVenueByContext}), and "DC" ({@link isDistrictOfColumbia}).
 */
export function isVenueOrRegion(words: readonly string[], text = '', start = 0): boolean {
  const last = words[words.length - 1]!;
  if (text && (isVenueByContext(words, text, start) || isDistrictOfColumbia(words.join(' '), text, start))) return true;
  if (KNOWN_ROOMS.test(words.join(' '))) return true;
  // "the Gaza Strip", "the Las Vegas Strip": a strip of land or street.
  if (last === 'Strip' && words.length >= 2) return true;
  // "the World Trade Center", "the Tampa Convention Center", "a Community Centre": a building's kind before "Center"
  // names the building, a place (round 20: buildings and venues are places, docs/entities-rounds-3.md).
  if (/^Cent(?:er|re)$/.test(last) && words.length >= 2 && VENUE_KIND.test(words[words.length - 2]!)) return true;
  if (last === 'Center' && words.length >= 2)
    return lexiconEntityType(words.slice(0, -1).join(' ').toLowerCase()) === 'org';
  if (words.length !== 2) return false;
  return (last === 'Bank' && /^(?:West|East|North|South|Left)$/.test(words[0]!)) || last === 'Belt';
}
