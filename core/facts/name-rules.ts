// Word lists and small rules for names: titles, organisation and place keywords, well-known aliases.
import { isCommonWord, isFunctionOrVerb, lexiconEntityType, lexiconTags } from './lexicon';

/** Titles and roles that may precede a person's name ("Russian President Vladimir Putin"). */
export const PERSON_TITLES = new Set(
  (
    'president vice-president vice prime minister chancellor king queen prince princess pope sen senator rep ' +
    'representative gov governor mayor mr mrs ms miss dr prof professor judge justice gen general chief inspector ' +
    'secretary minister foreign defense defence finance interior ceo chairman chairwoman chair director officer ' +
    'detective sheriff captain capt lt sgt sergeant lieutenant colonel col commander admiral ambassador spokesman ' +
    'spokeswoman spokesperson attorney coach rev reverend bishop cardinal archbishop sir dame lord lady sheikh ' +
    'emir crown deputy assistant acting former late elect president-elect vice-president-elect founder ' +
    'premier leader chief-executive executive superintendent supt constable commissioner agent writer reporter ' +
    'correspondent editor columnist analyst economist researcher scientist professor dean principal ' +
    'aerospace senior staff head attorney-general secretary-general director-general ' +
    // Plural titles before a list of names ("Sens. Marco Rubio of Florida and Susan Collins of Maine").
    'sens reps govs justices pastor senators presidents pastors ' +
    // Local and legislative offices ("Congresswoman Nita Lowey", "Alderman Jason Ervin", "Majority Whip Steve
    // Scalise", "State Treasurer Kelly Mitchell", "County Recorder Helen Purcell") and a priest's "Father".
    'congressman congresswoman councilman councilwoman councillor councilor alderman alderwoman whip treasurer ' +
    'comptroller controller auditor recorder clerk advocate emperor empress father ' +
    // Titles written short or hyphenated ("VP Joe Biden", "Editor-in-Chief Martin Baron").
    'vp undersecretary under-secretary commander-in-chief editor-in-chief ' +
    // Abbreviated titles ("Syrian Pres. Bashar al-Assad", "Atty. Gen. Loretta Lynch", "State Department IG Steve
    // Linick": an inspector general).
    'pres atty ig ' +
    // A legislature's presiding officer ("House Speaker Paul Ryan"); a programme's ("Fox News Host Sean Hannity").
    'speaker host anchor ' +
    // Counsel ("White House Counsel W. Neil Eggleston") and a party committee's members ("National Committeeman").
    'counsel committeeman committeewoman ' +
    // British and Irish offices and their short forms ("Tanaiste Leo Varadkar", "Cllr Jane Smith", "Taoiseach Micheal
    // Martin").
    'taoiseach tanaiste tánaiste cllr mep msp ' +
    // French and German titles before a name ("Bundeskanzlerin Angela Merkel", "le président Emmanuel Macron").
    'bundeskanzlerin bundeskanzler kanzlerin kanzler präsident präsidentin ministerin ministerpräsident ' +
    'président présidente ministre premier-ministre'
  ).split(' '),
);

/** Last words that make a name an organisation. */
export const ORG_KEYWORDS = new Set(
  (
    'inc inc. corp corp. corporation co co. company companies ltd ltd. llc plc group holdings agency university ' +
    'college school institute institution center centre council ministry department dept committee commission ' +
    'bureau office board authority association society foundation fund trust bank party police army navy ' +
    'force forces guard court congress senate parliament assembly administration service services network news ' +
    'times post journal magazine press herald tribune gazette daily review telegraph guardian channel radio ' +
    'television tv studios studio pictures records airlines airways motors labs laboratories systems ' +
    'technologies media club team league union federation organization organisation alliance coalition ' +
    'nations federation church hospital clinic museum library reserve exchange fc cdc nhs nasa code tech ' +
    'brigade regiment command unit project initiative program programme campaign academy guild ' +
    // Firms and newspapers by their last word ("Koch Industries", "Bain Capital", "Peace Corps",
    // "Philadelphia Inquirer", "Charlotte Observer", "Orlando Sentinel", "Des Moines Register").
    'industries productions partners enterprises ventures capital corps observer insider inquirer ' +
    'examiner sentinel chronicle monitor courier dispatch bulletin enquirer register ' +
    // A watchdog ("Human Rights Watch", "Judicial Watch").
    'watch ' +
    // Bodies named by what binds their members ("the Muslim Brotherhood", "the House Freedom Caucus", "the Sinaloa
    // Cartel", "the Wagner Militia").
    'brotherhood caucus cartel syndicate consortium militia'
  ).split(' '),
);

/** Last words that make a name a place. */
export const PLACE_KEYWORDS = new Set(
  (
    'sea ocean river lake bay gulf strait mountains mountain mount mt island islands peninsula valley desert ' +
    'county province state region district city town village street avenue road square park bridge canal coast ' +
    'beach airport harbor harbour station border territory territories republic kingdom emirates heights hills ' +
    'falls canyon forest plain plains basin straits terminal plaza tower side ' +
    // Venues and places named by a keyword ("Quicken Loans Arena", "Yankee Stadium", "Holy Cross Cemetery", "the
    // Plaza Hotel", "Madison Square Garden", "Scarborough Shoal", "the Pacific Rim", "the Washington Beltway").
    'arena stadium coliseum ballpark zoo cemetery hotel garden gardens shoal rim beltway ' +
    // Lodgings, stages and monuments ("Hilton Garden Inn", "the Stonewall Inn", "the Apollo Theater", "the Lincoln
    // Memorial"): buildings, places as hotels are; not "Hall", which ends people's names too ("Tamron Hall").
    'inn motel theater theatre memorial monument ' +
    // Guesthouses and housing estates ("the Diaoyutai State Guesthouse", "the Nostrand Houses", "Queensbridge
    // Houses"): grounds and buildings where people stay or live.
    'guesthouse houses ' +
    // Roads by their kind ("Bruckner Boulevard", "the Long Island Expressway", "the New Jersey Turnpike"); not "Lane"
    // or "Drive", which end people's and companies' names too.
    'boulevard parkway expressway highway freeway turnpike causeway'
  ).split(' '),
);

/** Capitalised words that start sentences or headlines but are never names on their own. */
export const NOT_NAMES = new Set(
  (
    'the a an and but or so yet for nor as at by in into of on to with from after before during despite ' +
    'although though because if when while where whether since until unless than then there here this that ' +
    'these those it its he she they we you i his her their our my your who what which why how all any both ' +
    'each every some many most more much no not none one other another such also only just even still ' +
    'meanwhile however moreover instead indeed today yesterday tomorrow now later earlier related read watch ' +
    'see view photo photos video image images credit getty follow sign share comments advertisement click ' +
    'published updated posted monday tuesday wednesday thursday friday saturday sunday january february march ' +
    'april may june july august september october november december mr mrs ms dr god ok okay yes thankfully ' +
    'local law sources our we’re thanks last next first exclusive government jan feb mar apr jun jul aug sep sept oct nov dec breaking update editor note'
  ).split(' '),
);

/** Well-known alias groups: the first entry is the canonical name. */
export const ALIAS_GROUPS: Array<{ name: string; type: 'place' | 'org'; aliases: string[] }> = [
  {
    name: 'United States',
    type: 'place',
    aliases: ['U.S.', 'US', 'USA', 'U.S.A.', 'America', 'United States of America'],
  },
  { name: 'United Kingdom', type: 'place', aliases: ['U.K.', 'UK', 'Britain', 'Great Britain'] },
  { name: 'United Nations', type: 'org', aliases: ['U.N.', 'UN'] },
  { name: 'European Union', type: 'org', aliases: ['EU', 'E.U.'] },
  // compromise's lexicon knows these as a river and a fruit; in news they are nearly always the companies.
  { name: 'Amazon', type: 'org', aliases: ['Amazon.com'] },
  { name: 'Islamic State', type: 'org', aliases: ['ISIS', 'ISIL', 'Daesh'] },
  // "GOP" is the Republican Party's other name (hold-out 4's labels, docs/entities-rounds.md): one entity, not two.
  { name: 'Republican Party', type: 'org', aliases: ['GOP', 'G.O.P.', 'Grand Old Party', 'Republicans'] },
  // "the Democrats", "the Republicans" (the party as a body, mention-candidate.ts's party slot): the party's names.
  { name: 'Democratic Party', type: 'org', aliases: ['Democrats', 'Dems'] },
  { name: 'Soviet Union', type: 'place', aliases: ['USSR', 'U.S.S.R.'] },
];

/** Connecting words allowed inside a name ("Bank of America", "Center on Poverty and Inequality"). */
export const NAME_CONNECTORS = 'of|de|del|da|di|du|van|von|der|den|la|le|al|bin|ibn|y|and|for|on|the|&';

/** Initials of a multi-word name, for acronym matching ("Food Standards Agency" → "FSA"). */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/**
 * After a town's name, the state it is in, as news style writes it ("Annapolis, Md.", "Elkhart, Ind.", "Chapel Hill,
 * N.C."): AP's state abbreviations, followed by a period.
 */
export const AFTER_TOWN_STATE =
  /^, (?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Vt|Va|Wash|W\.Va|Wis|Wyo)\./;

/**
 * Given names that are also common words ("Bill", "Hope", "Jay"): the lexicon does not know them as names, and at a
 * sentence's start they look like the word.
 */
export const WORD_GIVEN_NAMES = new Set(
  (
    'al bill bob hope gene jay rich chip art mark grant rob pat rose dawn june faith joy frank jack dick bud buck ' +
    'chuck don guy ray sue rusty sandy woody wade penny ruby amber jean herb hunter heath bo ed newt tory ' +
    'carol holly iris ivy bonnie earl dean duke butch hank robin grace heather daisy lily violet drew chase cliff glen ' +
    'dusty rocky misty sunny leo'
  ).split(' '),
);

/** Dotted initials that abbreviate a place rather than a person's given names. */
const PLACE_INITIALS = /^(?:U\.S|U\.K|U\.N|E\.U|D\.C|L\.A|N\.Y|N\.J|N\.C|S\.C|N\.H|N\.M|N\.D|S\.D|R\.I|W\.Va)\.$/;

/**
 * "Bill Nelson", "Hope Hicks", "J.M. Berger", "A.E. Dick Howard": a given name that is also a word, or initials,
 * then one or two capitalised words that are neither keywords, known places or organisations, nor words the article
 * writes in lowercase. A person's name the lexicon cannot see.
 */
export function isGivenNameThenSurname(words: readonly string[], lowerWords: ReadonlySet<string>): boolean {
  if (words.length < 2 || words.length > 3) return false;
  const first = words[0]!;
  const given =
    WORD_GIVEN_NAMES.has(first.toLowerCase()) || (/^(?:\p{Lu}\.){1,3}$/u.test(first) && !PLACE_INITIALS.test(first));
  if (!given) return false;
  return words.slice(1).every((w) => {
    const lw = w.toLowerCase();
    return (
      /^(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)$/u.test(w) &&
      !ORG_KEYWORDS.has(lw) &&
      !PLACE_KEYWORDS.has(lw) &&
      !lowerWords.has(lw) &&
      lexiconEntityType(lw) !== 'place' &&
      lexiconEntityType(lw) !== 'org'
    );
  });
}

/** Whether the words, first one included, already name something ("United Kingdom", "Supreme Court"). */
export function isNameStart(words: readonly string[]): boolean {
  // "Remain Co.", "Acme Inc.": a company suffix makes the first word part of the name.
  if (words.length === 2 && /^(?:Co|Inc|Corp|Ltd|LLC|Plc)\.?$/.test(words[1]!)) return true;
  // "Bill Clinton said": a given name that is also a word, before a capitalised surname.
  if (WORD_GIVEN_NAMES.has(words[0]!.toLowerCase()) && words.length <= 3 && /^\p{Lu}\p{Ll}/u.test(words[1] ?? ''))
    return !ORG_KEYWORDS.has(words[words.length - 1]!.toLowerCase());
  // "Human Rights Watch", "Public Policy Institute": three words or more ending in a body's keyword, the first no verb
  // or function word.
  if (
    words.length >= 3 &&
    ORG_KEYWORDS.has(words[words.length - 1]!.toLowerCase()) &&
    /^\p{Lu}\p{Ll}+$/u.test(words[1]!) &&
    !isFunctionOrVerb(words[0]!.toLowerCase())
  )
    return true;
  const whole = words.join(' ').toLowerCase();
  if (lexiconEntityType(whole) !== null || ALIAS_GROUPS.some((g) => g.name.toLowerCase() === whole)) return true;
  const second = words[1]?.toLowerCase() ?? '';
  return (
    /^(?:united|new|north|south|east|west|great|supreme|federal|national|royal|central)$/i.test(words[0]!) &&
    (ORG_KEYWORDS.has(words[words.length - 1]!.toLowerCase()) ||
      PLACE_KEYWORDS.has(second) ||
      lexiconEntityType(second) !== null ||
      /^\p{Lu}/u.test(second))
  );
}

/** Nouns an organisation's or place's name modifies ("Labor government", "White House press secretary"). */
export const ORG_ROLE_NOUN =
  /^(?:government|administration|officials?|spokes(?:man|woman|person)|press|secretary|minister|ministers|leaders?|chief|executives?|staff|employees|workers|members|board|union|foundation|party|headquarters|officers?|lawmakers|senators?|representatives?|voters|residents|police|authorities|forces|troops|embassy|prize|award|awards|journalism|researchers|scientists|analysts|investors|shareholders|fans|users|customers|brokerage|firm|bank|store|stores|chain|studio|label|website|newspaper|network|agency|group)$/;
/** Last words that make a name a product or model. */
export const PRODUCT_TAIL = / (?:Pro|Max|Mini|Plus|Ultra|Lite|VR|AR|XR|Pay|ID|OS|Edition|Series|Console|Headset)$/;
export const CONNECTOR = new RegExp(`^(?:${NAME_CONNECTORS})$`);
/** Titles that head a body, so "the CEO of Cup Foods", "Secretary of Labor" name an organisation. */
export const BODY_TITLES =
  /^(?:ceo|secretary|minister|chairman|chairwoman|chair|founder|director|executive|chief-executive|spokesman|spokeswoman|spokesperson)$/;
/**
 * A person's role or age set beside a name ("Chip Felkel, a consultant", "Soe Min, a USDP member", "Tamir Rice, a
 * 12-year-old", "Condoleezza Rice, his national security adviser", "Rex Early, a former state party chairman").
 */
/**
 * A body's kind set beside a name ("the Eagle Forum, the conservative organization she founded"): the name is an
 * organisation's. Not a possessive ("Trump, the Republican party’s nominee" names the party's man).
 */
export const ORG_APPOSITIVE =
  /^, (?:the|a|an) (?:[\p{L}-]+ ){0,3}(?:organization|organisation|group|company|firm|nonprofit|non-profit|newspaper|agency|network|website|union|association|think tank|charity|coalition|foundation|institute|magazine|publication|outlet|broadcaster|conglomerate|retailer|startup|start-up)\b(?![’'-])/u;

export const PERSON_APPOSITIVE =
  /^, (?:(?:a|an) \d{1,3}-year-old\b|(?:a|an|his|her|the) (?:[\p{L}-]+ ){0,3}(?:member|consultant|strategist|lawmaker|candidate|senator|congressman|congresswoman|activist|voter|supporter|resident|professor|lawyer|veteran|student|teacher|mother|father|wife|husband|son|daughter|grandson|granddaughter|nephew|niece|cousin|widow|retiree|pastor|nurse|doctor|adviser|advisor|aide|chairman|chairwoman|spokesman|spokeswoman)\b)/u;

/** Titles that are no surname, ending a run with no name after them ("National Committeeman", "House Speaker"). */
export const TAIL_TITLE =
  /^(?:committeeman|committeewoman|counsel|spokes(?:man|woman|person)|chairman|chairwoman|secretary|senator|governor|mayor|minister|president|director|commissioner|ambassador|treasurer|comptroller|speaker|prosecutor|ceo|cfo|founder|co-founder|publisher)$/;

/**
 * "Al From": a given name, then a function word capitalised as a surname. Two words only, the given name one the
 * lexicon genders or one that is also a word ("Al", "Dick"), and the surname capitalised in lowercase letters; the
 * caller checks the run is no headline and stands mid-sentence.
 */
export function isGivenNameThenWordSurname(words: readonly string[]): boolean {
  if (words.length !== 2 || !/^\p{Lu}\p{Ll}+$/u.test(words[1]!) || !/^\p{Lu}\p{Ll}+$/u.test(words[0]!)) return false;
  const given = words[0]!.toLowerCase();
  return (
    NOT_NAMES.has(words[1]!.toLowerCase()) &&
    (WORD_GIVEN_NAMES.has(given) || lexiconTags(given).some((t) => t === 'MaleName' || t === 'FemaleName'))
  );
}

/** Capitalised prepositions that end a headline's run of capitals, never a name ("George W. Bush On"). */
export const TRAILING_PREPOSITION = /^(?:On|With|To|For|At|In|About|From|By|Over|Into|Against|Than)$/;

/** A word of a person's name: capitalised, an initial, a particle ("bin", "van"), or a surname with an inner capital. */
const NAME_WORD =
  /^(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}[\p{Ll}'’]+-\p{Lu}[\p{Ll}'’]+|\p{Lu}\.|(?:al|el|bin|ibn|de|van|von|da|di|du|le|la)(?:-\p{Lu}[\p{Ll}]+)?|(?:Mc|Mac|De|Di|Da|La|Le|Du|O['’])\p{Lu}\p{Ll}+)$/u;

/**
 * Two to four words shaped like a person's name, none a common word or one the article writes in lowercase: surnames
 * keep their inner capital ("Laquan McDonald", "Ron DeSantis", "Beto O'Rourke"), double names their hyphen ("Ileana
 * Ros-Lehtinen"; not "Agence France-Presse" nor "Union-Tribune", whose parts name a place or a body).
 */
export function isPersonShaped(words: readonly string[], lowerWords: ReadonlySet<string>): boolean {
  if (words.length < 2 || words.length > 4) return false;
  const bodyOrPlacePart = (p: string): boolean =>
    ORG_KEYWORDS.has(p) || PLACE_KEYWORDS.has(p) || ['place', 'org'].includes(lexiconEntityType(p) ?? '');
  return words.every((w) => {
    const lw = w.toLowerCase();
    if (lowerWords.has(lw) || isCommonWord(lw) || !NAME_WORD.test(w)) return false;
    return !/-\p{Lu}/u.test(w) || !lw.split('-').some(bodyOrPlacePart);
  });
}
