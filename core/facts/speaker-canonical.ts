// Which entity a name mention means, and of what type, when a speaker is resolved, where the entity rules' choice
// reads wrong for speech: a bare surname they attached to a longer organisation's name ("Trump" to "Trump
// University") names the article's one person of that surname ("Donald Trump"), and a given name and a surname they
// typed an organisation ("Jay DiPietro") is someone. The entities themselves are left as the rules built them.
import type { Entity } from '../types';
import type { NameMention } from './entities';
import { isCommonWord } from './lexicon';
import { genderOfName } from './speakers';

/** A person's name without a generational suffix: "Donald Trump Jr." ends on "Trump" no more than "Jr.". */
const SUFFIX = /,?\s(?:Jr\.?|Sr\.?|II|III|IV)$/;

/**
 * The canonical name of each mention for speaker resolution, parallel to `mentions`: `canonical` itself, save a
 * bare surname that the entity rules attached to an organisation or place with a longer name holding that word,
 * when exactly one person the article names ends on it ("Trump" in "Trump, who previously questioned …, said
 * Friday that Curiel …", attached to "Trump University", is Donald Trump). Never mutates its inputs.
 */
export function speakerCanonical(
  mentions: readonly NameMention[],
  canonical: ReadonlyArray<string | null>,
  entities: readonly Entity[],
): Array<string | null> {
  return mentions.map((m, i) => {
    const name = canonical[i] ?? null;
    const word = m.core.trim();
    if (!name || name === word || !/^\p{Lu}\p{Ll}[\p{Ll}'’-]+$/u.test(word)) return name;
    // The word must lie inside the name without ending it: "Trump" in "Trump University", not in "Donald Trump".
    const base = name.replace(SUFFIX, '');
    if (base.endsWith(` ${word}`) || !base.split(/\s+/).includes(word)) return name;
    const people = entities.filter((e) => e.type === 'person' && e.name.replace(SUFFIX, '').endsWith(` ${word}`));
    if (people.length === 1) return people[0]!.name;
    // "Trump told Newsmax" where the article names nobody "… Trump" and the rules made it "Trump Train": the surname
    // as written, when the longer name only adds a common word (not "Hillary Clinton", "Lou Jiwei").
    const rest = base.split(/\s+/);
    return people.length === 0 && rest.length === 2 && rest[0] === word && isCommonWord(rest[1]!) ? word : name;
  });
}

/**
 * The type a speaker stage gives an entity: the entity rules' own, save an organisation or place written as a known
 * given name and a surname ("Jay DiPietro, the club's 78-year-old president", typed an organisation), which is
 * someone. Two or three capitalised words ("DiPietro", "McConnell", not "NBC"), the first a given name the lexicon
 * or the lists gender.
 */
export function speakerType(name: string, type: string | null): string | null {
  if (type !== 'org' && type !== 'place') return type;
  const words = name.split(/\s+/);
  if (
    words.length < 2 ||
    words.length > 3 ||
    !words.every((w) => /^\p{Lu}\p{Ll}*(?:\p{Lu}?[\p{Ll}'’-]+)*$|^\p{Lu}\.$/u.test(w))
  )
    return type;
  return genderOfName(name) ? 'person' : type;
}
