// compromise's built-in lexicon used as a fast word list (names, places, organisations, parts of speech),
// so the heavy tagger only runs where rules cannot decide.
import nlp from 'compromise';

type Tags = string | string[] | undefined;

let lexicon: Record<string, Tags> | null = null;

function lex(): Record<string, Tags> {
  if (!lexicon) {
    const model = (nlp as unknown as { model(): { one: { lexicon: Record<string, Tags> } } }).model();
    lexicon = model.one.lexicon;
  }
  return lexicon;
}

/** compromise's lexicon tags for a lowercased word or phrase (empty when unknown). */
export function lexiconTags(word: string): readonly string[] {
  const t = lex()[word.toLowerCase()];
  return t === undefined ? NONE : Array.isArray(t) ? t : [t];
}
const NONE: readonly string[] = [];

// Present-tense and infinitive forms are left out: "lists", "deals" and "ships" are nouns after a number.
const FUNCTION_TAGS = new Set([
  'Preposition',
  'Conjunction',
  'Determiner',
  'Pronoun',
  'Copula',
  'Modal',
  'Auxiliary',
  'PastTense',
  'Gerund',
  'Adverb',
  'QuestionWord',
  'Negative',
]);

/** Whether a lowercase word is a function word or verb, i.e. cannot continue a noun phrase. */
export function isFunctionOrVerb(word: string): boolean {
  return lexiconTags(word).some((t) => FUNCTION_TAGS.has(t));
}

const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place', 'Continent', 'Address']);
const PERSON_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Honorific']);

/**
 * The entity type compromise's lexicon gives a name, or null. The lexicon knows every US state as a region but
 * "virginia" as a person only; alone, news means the state ("Virginia Foxx" stays a person by her surname).
 */
export function lexiconEntityType(name: string): 'person' | 'place' | 'org' | null {
  if (name === 'virginia') return 'place';
  const tags = lexiconTags(name);
  if (tags.some((t) => PLACE_TAGS.has(t))) return 'place';
  if (tags.includes('Organization') || tags.includes('SportsTeam')) return 'org';
  if (tags.some((t) => PERSON_TAGS.has(t))) return 'person';
  return null;
}

/** Whether a word is a known given name or surname. */
export function isKnownNamePart(word: string): boolean {
  return lexiconTags(word).some((t) => PERSON_TAGS.has(t));
}

/** Whether a capitalised word is a demonym or other adjective ("Russian", "Chinese"). */
export function isDemonymOrAdjective(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.includes('Demonym') || (tags.includes('Adjective') && !tags.includes('ProperNoun'));
}

/** Whether a capitalised word is a demonym ("Russian", "Chinese"). */
export function isDemonym(word: string): boolean {
  return lexiconTags(word).includes('Demonym');
}

/** Whether the lowercased word is a known common (non-name) word. */
export function isCommonWord(word: string): boolean {
  const tags = lexiconTags(word);
  if (tags.length === 0) return false;
  return !tags.some((t) => PLACE_TAGS.has(t) || PERSON_TAGS.has(t) || t === 'Organization' || t === 'ProperNoun');
}

/** Whether a word is known as a given name ("Kim", "Ken"), whatever else it may be. */
export function isGivenName(word: string): boolean {
  return lexiconTags(word).some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName');
}

/** Whether a word is known only as a given name ("Roman", "Oscar"), never as a surname ("Obama"). */
export function isFirstNameOnly(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName') && !tags.includes('LastName');
}
