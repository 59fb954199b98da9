// Names on German, French and Spanish pages, for speakers-intl.ts: a capitalised run is a person's name only with
// evidence (a known given name, a title such as "Dr.", an age "(75)", or the surname of such a name elsewhere), since
// German capitalises every noun ("sagte der Minister" is a description, "Eine Flasche Korn" no name).
import { lexiconTags } from './lexicon';

/** Capitalised function words that open sentences or phrases; never a name or part of one. */
const STOP = new Set(
  (
    'der die das den dem des ein eine einer einen einem eines er sie es wir ich ihr du man und aber oder doch dann da ' +
    'nun so auch noch nicht als wenn weil dass ob wie was wer wo im am zum zur vom beim mit nach bei von vor für über ' +
    'unter zwischen in an auf aus um durch gegen ohne seit bis dies diese dieser dieses jeder alle heute gestern hier ' +
    'dort damit dabei denn zugleich schon allerdings mehr einige viele manchmal also sein seine ihre unser mein ' +
    'le la les l un une des du de et ou mais donc car ni il elle ils elles on nous vous je tu ce cet cette ces comme ' +
    'plus pour par sur dans en avec sans selon alors au aux si quand lorsque puis enfin depuis pendant après avant ' +
    'chez tous toutes tout son sa ses leur leurs d qui que quoi où malgré cependant pourtant ainsi aussi lire voir ' +
    'el los las lo unos unas y o pero qué como cómo para por con según del al a ante tras desde hasta sobre entre él ' +
    'ellos ellas nosotros se su sus este esta estos estas ese esa eso también además finalmente posteriormente ' +
    'incluso cuando no ya así mientras durante dentro más the a an'
  ).split(' '),
);
/** Lowercase words that are no verb of an inverted clause after a quote ("», et …", "“, y la …"). */
export const NOT_VERB =
  /^(?:und|oder|aber|doch|denn|als|wie|wenn|weil|dass|et|ou|mais|car|donc|que|qui|comme|quand|si|y|o|pero|como|cuando|porque|e|ma|em|no|na|de|à|en|a|por|para|con|in|mit|für)$/;
/** Articles: a run right after one is a description's noun, not a name ("der Virologe", "la Alcaldía"). */
export const ARTICLE =
  /^(?:der|die|das|den|dem|des|ein|eine|einer|einen|einem|eines|le|la|les|l|un|une|du|el|los|las|lo|unos|unas|del|al)$/i;
/** Prepositions: a run right after one is no subject ("Forscher um Aneta Afelt", "remplaçant à Roman Prymula"). */
export const PREPOSITION =
  /^(?:à|de|d|du|des|pour|avec|par|en|dans|sur|chez|von|vom|mit|für|bei|zu|zum|zur|an|auf|in|im|um|aus|nach|über|con|para|por|a|al|ante|desde|hasta|sobre|entre|tras|sin|contra|hacia|bajo|vers|sous)$/i;
// Not "das": in German it is an article ("William Ruto das Lager").
const PARTICLE = '(?:de|del|de la|di|da|dos|von|van|der|zu)';
const TOKEN = String.raw`(?:(?:Dr|Prof|Mme|Sr|Sra|Dra)\.|\p{Lu}[\p{Ll}\p{Lu}'’-]*)`;
/** A run of capitalised words, with name particles between them ("Silvina del Pópolo", "Dr. Karsten Homrighausen"). */
const RUN = new RegExp(String.raw`(?<![\p{L}'’-])${TOKEN}(?:\s(?:${PARTICLE}\s)?${TOKEN}){0,4}(?![\p{L}])`, 'gu');
const TITLE_ABBREV = /^(?:Dr|Prof|Mme|Sr|Sra|Dra)\.$/;

/** What the article shows of its names: full names with evidence, and words capitalised inside a sentence. */
export interface Names {
  known: readonly string[];
  mid: ReadonlySet<string>;
}

export interface Run {
  text: string;
  start: number;
}

/** Capitalised runs of `text` between `from` and `to`, skipping any inside `masked` ranges (quotations). */
export function runsIn(
  text: string,
  from: number,
  to: number,
  masked: ReadonlyArray<readonly [number, number]>,
): Run[] {
  const out: Run[] = [];
  RUN.lastIndex = 0;
  for (const m of text.slice(0, to).matchAll(RUN)) {
    if (m.index < from) continue;
    if (masked.some(([o, c]) => m.index >= o && m.index < c)) continue;
    // "Ulrich Müller von LobbyControl": a particle after a given name and a surname starts an affiliation.
    const tokens = m[0].split(' ');
    const at = tokens.findIndex(
      (t, i) =>
        i >= 2 &&
        /^(?:von|van|de|del|der|di|da|zu)$/.test(t) &&
        !/^(?:Van|Von|De|Da|Di|Del|La|Le)$/.test(tokens[i - 1]!),
    );
    out.push({ text: at > 0 ? tokens.slice(0, at).join(' ') : m[0], start: m.index });
  }
  return out;
}

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function isStopWord(word: string): boolean {
  return STOP.has(word.toLowerCase().replace(/['’]$/, ''));
}

/** A given name's lexicon tags (as written and without accents), or null when the word is no given name. */
function givenNameTags(word: string): string[] | null {
  if (word.length < 3 || isStopWord(word)) return null;
  const tags = [...lexiconTags(word.toLowerCase()), ...lexiconTags(fold(word))];
  return tags.includes('MaleName') || tags.includes('FemaleName') ? tags : null;
}

function isGivenName(word: string): boolean {
  return givenNameTags(word) !== null;
}

/** A name's gender by its given names in the lexicon: 'm', 'f', or null when unknown or both. */
export function genderOf(name: string): 'm' | 'f' | null {
  for (const word of name.split(/\s+/)) {
    const tags = givenNameTags(word);
    if (!tags) continue;
    const male = tags.includes('MaleName');
    const female = tags.includes('FemaleName');
    return male === female ? null : male ? 'm' : 'f';
  }
  return null;
}

/** The word before `at` in `text`, lowercased ("" at a sentence's start). */
export function wordBefore(text: string, at: number): string {
  return /([\p{L}]+)['’]?\s*$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1]?.toLowerCase() ?? '';
}

/**
 * The person's name a run gives, with evidence, or null: from its first known given name on ("die Gastgeber Teresa
 * Unterthiner"), from a title abbreviation on ("Landesbranddirektor Dr. Karsten Homrighausen"), the whole run before
 * an age ("Udo Kriese (75)"), or the full name a surname belongs to (`known`: "Jansen" is "Marcell Jansen").
 */
export function personName(run: string, after: string, names: Names): string | null {
  const known = names.known;
  const tokens = run.split(/\s+/);
  while (tokens.length && isStopWord(tokens[0]!)) tokens.shift();
  if (!tokens.length) return null;
  const given = tokens.findIndex(isGivenName);
  // A given name alone must also stand capitalised inside a sentence: "Anders", "Nur", "Darin" open German sentences.
  if (given >= 0 && (tokens.length > 1 || names.mid.has(tokens[given]!))) return tokens.slice(given).join(' ');
  const title = tokens.findIndex((t) => TITLE_ABBREV.test(t));
  if (title >= 0 && tokens.length - title >= 3) return tokens.slice(title + 1).join(' ');
  if (tokens.length >= 2 && tokens.length <= 3 && /^\s*\(\d{1,3}\)/.test(after)) return tokens.join(' ');
  const last = tokens[tokens.length - 1]!;
  const full = known.find((k) => k !== last && k.endsWith(` ${last}`));
  return full ?? null;
}

/** Full names the article gives with evidence, outside quotations: the surnames' owners for personName. */
export function knownNames(
  texts: readonly string[],
  masked: ReadonlyArray<ReadonlyArray<readonly [number, number]>>,
  romance: boolean,
): Names {
  const out = new Set<string>();
  const mid = new Set<string>();
  texts.forEach((text, i) => {
    for (const r of runsIn(text, 0, text.length, masked[i] ?? [])) {
      const before = wordBefore(text, r.start);
      if (/[\p{Ll},]\s*$/u.test(text.slice(0, r.start))) for (const t of r.text.split(' ')) mid.add(t);
      if (ARTICLE.test(before)) continue;
      const name = personName(r.text, text.slice(r.start + r.text.length), { known: [], mid: new Set() });
      if (name?.includes(' ')) out.add(name);
      // French and Spanish write nouns in lowercase: two or three capitalised words inside a sentence, after no
      // article or preposition, are a name ("…, Rosendo Serna, informó").
      else if (
        romance &&
        !name &&
        /[\p{L},)]\s*$/u.test(text.slice(0, r.start)) &&
        !PREPOSITION.test(before) &&
        /^\S+(?:\s\S+){1,2}$/.test(r.text) &&
        !r.text.split(' ').some(isStopWord)
      )
        out.add(r.text);
    }
  });
  return { known: [...out], mid };
}
