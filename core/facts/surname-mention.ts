// A person's surname (or given name) that is also a common word, an adjective or a demonym ("Jolly", "Cuban",
// "Pence", "Gates"), standing alone where news puts a person it has already named in full: "Jolly said", "Pence's
// press release", "told Cuban.". Alone it names nothing; it only joins a person of the article whose full name ends
// (or starts) with it (entity-clusters.ts). Finding candidates is name-mentions.ts.
import { lexiconTags } from './lexicon';
import type { NameMention } from './name-mention';

/** Tags of a word that can follow a sentence's subject as its verb ("Jolly said", "Cuban is", "Pence will"). */
const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Copula', 'Modal', 'Verb', 'Auxiliary']);

/** Adverbs news sets between a speaker and the verb ("Pence also said", "Ryan later endorsed"). */
const SUBJECT_ADVERB = /^(?:also|then|later|still|never|once|again|quickly|repeatedly|previously|recently)$/;

/** Words that end a clause a name is the object of ("told Cuban.", "a call with Jolly,"). */
const OBJECT_BEFORE = /\b(?:told|asked|thanked|praised|criticized|criticised|attacked|endorsed|with|by|and|to)\s$/;

/**
 * Whether a lone word at `start`..`end` of `text` stands where a person's name does: the subject before a verb
 * ("Jolly said", "Christie appears", "Pence also said", "Cuban, who"), a possessive ("Pence's"), or the object of a
 * verb or preposition that ends the clause ("told Cuban."). Not a modifier before a noun ("Cuban cigars", "Black
 * voters") nor a common word opening a clause ("Gates open at 7" is read as a verb too: rare beside the surname).
 */
export function isPersonNameSlot(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 40);
  if (/^['’]s?\s/.test(after)) return true;
  if (/^, who\b/.test(after) || /^ \p{Ll}+n['’]t\b/u.test(after)) return true;
  // "Blunt, after a long pause, said": an aside between the subject and its verb.
  const aside =
    /^,\s(?:after|before|in|at|on|during|with|without|meanwhile|however|though|too|once)\b[^,;.:"“”]{0,60},\s(\p{Ll}+)\b/u.exec(
      text.slice(end, end + 100),
    );
  if (aside && (lexiconTags(aside[1]!).some((t) => VERB_TAGS.has(t)) || /\p{Ll}{2}ed$/u.test(aside[1]!))) return true;
  const words = /^ (\p{Ll}+)(?: (\p{Ll}+))?/u.exec(after);
  if (words) {
    const verb = SUBJECT_ADVERB.test(words[1]!) && words[2] ? words[2] : words[1]!;
    // (A past tense the lexicon lacks or calls an adjective: "Ryan stunned Republicans", "Ali rebuked Trump".)
    if (lexiconTags(verb).some((t) => VERB_TAGS.has(t)) || /\p{Ll}{2}ed$/u.test(verb)) return true;
  }
  return /^[.,;:!?]/.test(after) && OBJECT_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

/**
 * The mention of a lone word that may be the surname of a person the article names in full, or null when it does
 * not stand where a name does. It never creates an entity (attachOnly) and joins only a person (surnameOnly).
 */
export function surnameOnlyMention(text: string, word: string, start: number, block: number): NameMention | null {
  const end = start + word.length;
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !isPersonNameSlot(text, start, end)) return null;
  return {
    block,
    start,
    end,
    core: word,
    surface: word,
    cue: null,
    titled: false,
    attachOnly: true,
    surnameOnly: true,
  };
}
