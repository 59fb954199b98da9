// Which extracted facts a reader sees first (the popup's "key facts"), and which of a fact's specifics are emphasised.
// Presentation rules over finished facts: extraction (facts.ts) is left as it is.
import type { Fact, FactValueKind } from '../types';

/**
 * The kinds a reader can check against a source: amounts, counts, percentages, dates and measures. Named events
 * ("World War II", "Cold War") and ordinals are specifics too, but they are not values and are not emphasised.
 */
const VALUE_KINDS: ReadonlySet<FactValueKind> = new Set([
  'money',
  'quantity',
  'percent',
  'count',
  'age',
  'date',
  'period',
  'duration',
]);

/** Fewer words than this is a fragment, not a claim ("In 2019:"). */
const MIN_WORDS = 6;

/** A sentence's end: terminal punctuation, then any closing quotes or brackets. */
const ENDS_AS_SENTENCE = /[.!?…]["'”’)\]]*$/u;
/** A sentence's start: a capital, a digit, a currency sign or an opening quote. */
const STARTS_AS_SENTENCE = /^["'“‘(]?[\p{Lu}\p{N}$€£¥]/u;

/** The specifics of `fact` worth emphasising as values, as written, in the order found. Never mutates `fact`. */
export function emphasisedValues(fact: Pick<Fact, 'details'>): string[] {
  return fact.details.filter((d) => VALUE_KINDS.has(d.kind)).map((d) => d.text);
}

/**
 * True when `fact` reads as a claim with a checkable value: a whole sentence (not a lead-in ending in ":" nor a
 * fragment) holding at least one amount, count, percentage, date or measure.
 */
export function isKeyFact(fact: Pick<Fact, 'text' | 'details'>): boolean {
  const text = fact.text.trim();
  if (!ENDS_AS_SENTENCE.test(text) || !STARTS_AS_SENTENCE.test(text)) return false;
  if (text.split(/\s+/).length < MIN_WORDS) return false;
  return emphasisedValues(fact).length > 0;
}

/** The first `limit` key facts of `facts` (already best first), keeping their order. */
export function pickKeyFacts<F extends Pick<Fact, 'text' | 'details'>>(facts: readonly F[], limit = Infinity): F[] {
  const picked: F[] = [];
  for (const fact of facts) {
    if (picked.length >= limit) break;
    if (isKeyFact(fact)) picked.push(fact);
  }
  return picked;
}
