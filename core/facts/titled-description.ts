// The person a definite role description stands for when the article gives that role as a title to one person only:
// "the admiral" is "Admiral Harris", "the senator" the one "Sen. X" named before it (resolve-speaker.ts).
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
];

/**
 * "the admiral", "the former governor": the role noun last, a few lowercase modifiers before it. A capitalised one
 * ("the Vermont senator") already says who, and PolNeAR scores such a description as a name, by its words.
 */
const DEFINITE_ROLE = /^the\s(?:[\p{Ll}.-]+\s){0,3}?((?:prime\s)?\p{Ll}+)$/u;

/**
 * The one person named before `at` in block `block` (or earlier blocks) with the title of the description's role,
 * as the article names them; null when the phrase is no definite role, or no person or more than one has the title.
 */
export function titledReferent(who: string, at: number, block: number, ctx: SpeakerContext): string | null {
  const role = DEFINITE_ROLE.exec(who)?.[1];
  const title = role && TITLES.find(([noun]) => new RegExp(`^${noun.source}$`).test(role))?.[1];
  if (!title) return null;
  const people = new Set<string>();
  ctx.mentions.forEach((m, i) => {
    const name = ctx.canonical[i];
    if (!name || ctx.typeOf(name) !== 'person') return;
    if (m.block > block || (m.block === block && m.start >= at)) return;
    const before = ctx.blockText(m.block).slice(Math.max(0, m.start - 20), m.start);
    const own = m.surface.slice(0, Math.max(0, m.surface.length - m.core.length));
    if (title.test(before) || title.test(`${own.trimEnd()} `)) people.add(name);
  });
  return people.size === 1 ? [...people][0]! : null;
}
