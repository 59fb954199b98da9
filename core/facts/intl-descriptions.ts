// Descriptions that stand for a person on German, French and Spanish pages ("dijo el gremialista", "sagt der
// Virologe", "a déclaré le ministre de la Santé"): the person named before them, for speakers-intl.ts, or none when
// the paragraph leaves a doubt.
import { ARTICLE, genderOf, type Names, NOT_VERB, personName, PREPOSITION, runsIn, wordBefore } from './intl-names';

/** A speaker seen at `at` in block `block`: a quote's (null when unknown) or a sentence's named subject. */
export interface Event {
  block: number;
  at: number;
  speaker: string | null;
  /** A quote's speaker, not a sentence's subject. */
  quoted?: boolean;
}

export type Gender = 'm' | 'f' | null;

/** How a clause's subject is resolved when it names no one: a pronoun or dropped subject, or a description. */
export interface Resolve {
  carry(): string | null;
  described(gender: Gender): string | null;
}

/**
 * The definite singular article opening a description and its gender: "el gremialista", "la experta", "der amtierende
 * HSV-Präsident", "die Ministerin" ("die" only before a noun in -in: "die Forscher" is plural). Null when none.
 */
export function definiteArticle(phrase: string): { gender: Gender; length: number } | null {
  const m = /^(?:(der|le|el)|(la)|(l['’])|(die)(?=\s\p{Lu}\p{Ll}+in(?![\p{L}])))\s?(?=\p{L})/iu.exec(phrase);
  if (!m) return null;
  return { gender: m[1] ? 'm' : m[2] || m[4] ? 'f' : null, length: m[0].length };
}

/** Where a block's text stands: its text, its masked quotations and whether the quote is in its first sentence. */
export interface Place {
  block: number;
  at: number;
  first: boolean;
  text: string;
  mask: ReadonlyArray<readonly [number, number]>;
  /** The previous block's text and mask, when there is one. */
  prev?: { text: string; mask: ReadonlyArray<readonly [number, number]> };
}

/**
 * The person a description at `place` stands for: the last speaker in its paragraph (a quote's or a named subject's)
 * when no other person of its gender is named after it; else the one person named in the paragraph before it; else,
 * in a paragraph's first sentence naming no one, the previous paragraph's last speaker on the same terms. Null when
 * unsure or when the gender of the article and of the name disagree ("la experta" is not Walber).
 */
export function describedPerson(events: readonly Event[], place: Place, gender: Gender, known: Names): string | null {
  const agrees = (name: string): boolean => {
    const g = genderOf(name);
    return !gender || !g || g === gender;
  };
  const inBlock = latest(events.filter((e) => e.block === place.block && e.at < place.at));
  const named = namedIn(place.text, 0, place.at, place.mask, known);
  let who: string | null = null;
  if (inBlock) {
    if (!inBlock.speaker || hasRival(place.text, inBlock.at, place.at, place.mask, inBlock.speaker, agrees))
      return null;
    who = inBlock.speaker;
  } else if (named.length) {
    const distinct = new Set(named.filter(agrees));
    if (distinct.size !== 1) return null;
    who = [...distinct][0]!;
  } else if (place.first && place.prev) {
    const before = latest(events.filter((e) => e.block === place.block - 1));
    if (!before?.speaker) return null;
    const { text, mask } = place.prev;
    if (hasRival(text, before.at, text.length, mask, before.speaker, agrees)) return null;
    who = before.speaker;
  }
  // A full name only ("en la isla Seymour" is a place the lexicon knows as a given name), and someone already quoted
  // on the page: a description may stand for a person not named at all ("dijo el vocero").
  const spoke = events.some(
    (e) => e.quoted && e.speaker === who && (e.block < place.block || (e.block === place.block && e.at < place.at)),
  );
  return who?.includes(' ') && spoke && agrees(who) ? who : null;
}

/** The latest of `events` in reading order (by block, then offset), or null when there is none. */
export function latest(events: readonly Event[]): Event | null {
  let best: Event | null = null;
  for (const e of events) if (!best || e.block > best.block || (e.block === best.block && e.at > best.at)) best = e;
  return best;
}

/** People named in `text` between `from` and `to` as a subject could be: not after an article or a preposition. */
function namedIn(
  text: string,
  from: number,
  to: number,
  mask: ReadonlyArray<readonly [number, number]>,
  known: Names,
): string[] {
  const out: string[] = [];
  for (const r of runsIn(text, from, to, mask)) {
    const before = wordBefore(text, r.start);
    if (PREPOSITION.test(before) || ARTICLE.test(before)) continue;
    const name = personName(r.text, text.slice(r.start + r.text.length), known);
    if (name) out.push(name);
  }
  return out;
}

/**
 * Whether another person the description could stand for is named between the speaker's event and the description:
 * a name with its own evidence (a given name, a title, an age), anywhere, of the description's gender. "…, Antonia
 * Orellana, se refirió a la denuncia contra … Felipe Berríos" leaves "La secretaria de Estado" to Orellana.
 */
function hasRival(
  text: string,
  from: number,
  to: number,
  mask: ReadonlyArray<readonly [number, number]>,
  speaker: string,
  agrees: (name: string) => boolean,
): boolean {
  const surname = speaker.split(' ').pop()!;
  const bare: Names = { known: [], mid: new Set() };
  for (const r of runsIn(text, from, to, mask)) {
    const name = personName(r.text, text.slice(r.start + r.text.length), bare);
    if (name && !name.endsWith(surname) && agrees(name)) return true;
  }
  return false;
}

/**
 * A name apposed to a description, as a sentence's subject: "Ese mismo día, el presidente del sindicato portuario,
 * Álvaro Reinaldo, señaló …", "La ministra de la Mujer y Equidad de Género, Antonia Orellana, se refirió a …".
 */
export function apposedSubject(
  text: string,
  start: number,
  end: number,
  mask: ReadonlyArray<readonly [number, number]>,
  known: Names,
): string | null {
  for (const r of runsIn(text, start, end, mask)) {
    const before = /(?:^|,)([^,]*[\p{Ll})])\s*,\s*$/u.exec(text.slice(start, r.start));
    const verb = /^\s*,\s*(\p{Ll}[\p{L}'’-]*)/u.exec(text.slice(r.start + r.text.length, end));
    if (!before || !verb || NOT_VERB.test(verb[1]!)) continue;
    if (!/(?:^|\s)(?:el|la|le|l['’]|der|die)\s?\p{Ll}/iu.test(before[1]!)) continue;
    const name = personName(r.text, text.slice(r.start + r.text.length), known);
    if (name) return name;
  }
  return null;
}

/**
 * A definite description after the verb: its apposed name ("afirmó el titular de la DRELM, Luis Quintanilla"), or
 * the person it stands for ("dijo el gremialista", "weiß der amtierende HSV-Präsident"). Null when none.
 */
export function describedPhrase(phrase: string, known: Names, resolve: Resolve): string | null {
  const art = definiteArticle(phrase);
  if (!art) return null;
  const comma = /^[^,]{1,150},\s*/u.exec(phrase);
  if (comma) {
    const run = runsIn(phrase, comma[0].length, phrase.length, [])[0];
    const name =
      run?.start === comma[0].length && personName(run.text, phrase.slice(run.start + run.text.length), known);
    if (name) return name;
  }
  // "valoró hacia el final del encuentro el Miembro del Buró Político": a second article after a noun (not "de la")
  // starts another noun phrase; the first was an adjunct, and who spoke is unclear.
  const words = phrase.slice(art.length).split(',')[0]!.split(/\s+/);
  // ("dijo el gremialista en defensa del consorcio": "del" is a preposition's; "der Sprecher der Partei" a genitive.)
  const another = /^(?:el|la|le|les|los|las|un|une|una|ein|eine)$/i;
  if (words.some((w, i) => i > 0 && another.test(w) && !PREPOSITION.test(words[i - 1]!))) return null;
  return resolve.described(art.gender);
}
