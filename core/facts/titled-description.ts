// The person a definite role description stands for when the article introduced one person only with that role: "the
// admiral" is "Admiral Harris", "the senator" the one "Sen. X" named before it, "the neurosurgeon" the one "retired
// neurosurgeon Ben Carson" or "Carson, a retired neurosurgeon,", "the 56-year-old" the one "X, 56," (resolve-speaker.ts).
import type { SpeakerContext } from './speaker-context';

/** A role noun closing a definite description, and the title the article writes before a name for it. */
const TITLES: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/admiral/, /\b(?:Adm\.|Admiral)\s$/],
  [/general/, /\b(?:Gen\.|General)\s$/],
  [/senator/, /\b(?:Sen\.|Senator)\s$/],
  [/governor/, /\b(?:Gov\.|Governor)\s$/],
  [/congress(?:man|woman)/, /\b(?:Rep\.|Representative|Congress(?:man|woman))\s$/],
  [/mayor/, /\bMayor\s$/],
  [/justice/, /\bJustice\s$/],
  [/judge/, /\bJudge\s$/],
  [/ambassador/, /\bAmbassador\s$/],
  [/pastor/, /\bPastor\s$/],
  [/professor/, /\b(?:Prof\.|Professor)\s$/],
  [/sheriff/, /\bSheriff\s$/],
  [/chancellor/, /\bChancellor\s$/],
  [/prime minister/, /\bPrime\sMinister\s$/],
  // "Speaker Paul Ryan", "Pope Francis". Not "President": "President Bush" beside Jeb Bush in one article made "the
  // former president" Jeb (nyt_2016-02-17_jeb-bush-helped-by-george-goes-a, PolNeAR train).
  [/speaker/, /\bSpeaker\s$/],
  [/chairman|chairwoman/, /\bChair(?:man|woman)\s$/],
  [/pope/, /\bPope\s$/],
  [/rabbi/, /\bRabbi\s$/],
];

/**
 * "the admiral", "the former governor": the role noun last, a few lowercase modifiers before it. A capitalised one
 * ("the Vermont senator") already says who, and PolNeAR scores such a description as a name, by its words.
 */
const DEFINITE_ROLE = /^the\s(?:[\p{Ll}.-]+\s){0,3}?((?:prime\s)?\p{Ll}+)$/u;

/**
 * Nouns of an office, trade or role a person holds, from a general vocabulary (not one article's): the head of a
 * definite description that may stand for someone the article introduced with it.
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(
  (
    'senator governor congressman congresswoman representative lawmaker legislator politician mayor president ' +
    'chairman chairwoman chair director secretary minister spokesman spokeswoman spokesperson adviser advisor aide ' +
    'strategist pollster consultant operative lawyer attorney judge justice prosecutor professor economist analyst ' +
    'historian author writer columnist commentator host anchor reporter journalist editor publisher founder ' +
    'executive officer candidate nominee businessman businesswoman billionaire mogul tycoon developer actor actress ' +
    'singer comedian pastor preacher bishop rabbi imam priest doctor physician surgeon neurosurgeon scientist ' +
    'researcher activist organizer ambassador diplomat general admiral colonel sheriff commissioner investigator ' +
    'detective manager chancellor premier king queen prince princess veteran teacher coach'
  ).split(' '),
);

/** "the 56-year-old": the age a person was given ("Geert Supré, 56,", "56-year-old Geert Supré"). */
const AGE_ROLE = /^the\s(\d{1,3})-year-old$/u;

/**
 * Whether a mention's neighbours introduce the person with the role noun as the head of a phrase: right before the
 * name ("retired neurosurgeon Ben Carson") or apposed after it ("Carson, a retired neurosurgeon,", "Marco Rubio, the
 * senator from Florida"); not a noun inside a longer apposition ("Feldman, a plaintiff in the lawsuit").
 */
function introducesRole(text: string, start: number, end: number, role: string): boolean {
  // Lowercase, or capitalised only where a sentence opens ("Columnist Ai Jun wrote"): "President Bush" is a title.
  const before = text.slice(Math.max(0, start - 30), start);
  const opening = `${role[0]!.toUpperCase()}${role.slice(1)}`;
  if (new RegExp(String.raw`\b${role}\s$|(?:^|[.!?]["”’]?\s)${opening}\s$`, 'u').test(before)) return true;
  return new RegExp(
    String.raw`^,\s(?:\d{1,3},\s)?(?:an?|the|his|her)\s(?:[\p{Ll}.'’-]+\s){0,3}?${role}(?=\s*(?:[,.;]|$|\s(?:of|for|from|at|in|to|with|who)\b))`,
    'u',
  ).test(text.slice(end, end + 90));
}

/** "Geert Supré, 56," or "56-year-old Geert Supré". */
function ageGiven(text: string, start: number, end: number, age: string): boolean {
  return (
    new RegExp(String.raw`^,\s${age},`).test(text.slice(end, end + 6)) ||
    new RegExp(String.raw`\b${age}-year-old\s$`).test(text.slice(Math.max(0, start - 14), start))
  );
}

/**
 * The one person named before `at` in block `block` (or earlier blocks) whose introduction carried the
 * description's role, as the article names them: a title ("Sen. X" for "the senator"), a role noun heading a phrase
 * next to the name (introducesRole), or for "the N-year-old" the age; null when the phrase is no definite role, or no
 * person or more than one was introduced with it.
 */
export function titledReferent(who: string, at: number, block: number, ctx: SpeakerContext): string | null {
  // "The senator said" opening a sentence; "the Chancellor", "the Prime Minister": a British paper capitalises the
  // office, which then can only be the title the article wrote before a name ("Chancellor Rishi Sunak").
  const lower = who.replace(/^The\s/, 'the ');
  const age = AGE_ROLE.exec(lower)?.[1];
  const role = DEFINITE_ROLE.exec(lower)?.[1];
  const office = /^the\s((?:Prime\s)?\p{Lu}\p{Ll}+)$/u.exec(lower)?.[1]?.toLowerCase();
  const titled = role ?? office;
  const title = titled ? (TITLES.find(([noun]) => new RegExp(`^${noun.source}$`).test(titled))?.[1] ?? null) : null;
  const noun = role && ROLE_NOUNS.has(role) ? role : null;
  if (!age && !title && !noun) return null;
  const people = new Set<string>();
  ctx.mentions.forEach((m, i) => {
    const name = ctx.canonical[i];
    if (!name || ctx.typeOf(name) !== 'person') return;
    if (m.block > block || (m.block === block && m.start >= at)) return;
    const text = ctx.blockText(m.block);
    const before = text.slice(Math.max(0, m.start - 20), m.start);
    const own = m.surface.slice(0, Math.max(0, m.surface.length - m.core.length));
    if (
      (age && ageGiven(text, m.start, m.end, age)) ||
      (title && (title.test(before) || title.test(`${own.trimEnd()} `))) ||
      (noun && introducesRole(text, m.start, m.end, noun))
    )
      people.add(name);
  });
  return people.size === 1 ? [...people][0]! : null;
}
