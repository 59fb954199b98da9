// The speaker phrase of an inverted reporting clause ("“…,” said Trump on Tuesday"): where it ends. attribution.ts
// finds the clause; resolve-speaker.ts reads a described speaker's complement with DESCRIBED_WITH_COMPLEMENT.

/**
 * A title with "of" right before a name, with no determiner opening it: "Secretary of State John Kerry", "master of
 * ceremonies Asab Al-Tabchi", "director of communications Jen Psaki" (a name of two capitalised words after a
 * lowercase word, or a capitalised run of three or more after "of"); the words before "of" hold at most one
 * capitalised word, so "Meenakshi Ganguly of Human Rights Watch" is a name and its body, cut at "of".
 */
const TITLE_OF =
  /^(?!(?:the|a|an|his|her|their|its|one|some|another|many|most)\s)(?:\p{Lu}[\p{L}-]*\s)?(?:\p{Ll}[\p{L}-]*\s){0,2}of\s(?:(?:\p{Ll}[\p{L}-]*\s){1,2}(?:\p{Lu}[\p{L}'’\u2024-]*\s){1,3}\p{Lu}[\p{L}'’-]*|(?:\p{Lu}[\p{L}'’\u2024-]*\s){2,4}\p{Lu}[\p{L}'’-]*)(?=\s*(?:,|$))/u;

/**
 * A described speaker's own complement ("a person close to the Clintons", "one of her advisers", "the head of the
 * Sierra Club", "an aide to Clinton"): a determiner, at most four lowercase words that are no verb ("a woman asked for
 * a photo and Clinton" is a clause), then "of", "to", "for" or "from". The determiner may open the sentence: "A representative
 * for Mr. Pinchuk said …" is the representative, not Pinchuk.
 */
export const DESCRIBED_WITH_COMPLEMENT =
  /^(?:[Aa]n?|[Oo]ne|[Aa]nother|[Ss]ome|[Tt]wo|[Tt]hree|[Ss]everal|[Tt]he)\s(?:(?!(?:\p{Ll}+ed|asks|says|said|told|tells|went|came|wrote|gave|took|and|or)\s)\p{Ll}[\p{L}'’-]*\s){0,4}?(?:of|to|for|from|involved\sin|familiar\swith)\s(?!reporters\b|journalists\b|the\s(?:press|media|crowd|audience)\b)/u;

/**
 * The speaker of an inverted clause ("said Trump on Tuesday", "said Meenakshi Ganguly of Human Rights Watch"): the
 * phrase cut before a time, place or "of" adjunct. A title holding "of" stays whole ("said Secretary of State John
 * Kerry"), and so does a described speaker's complement, which says who they are ("said a person close to the
 * Clintons", not "a person close"); an adjunct after it is still cut ("said an aide to Clinton on Tuesday").
 */
export function invertedSpeaker(phrase: string): string {
  const cut = (adjunct: RegExp): string => phrase.replace(adjunct, '').trim();
  const short = cut(/\s(?:on|in|at|during|after|before|to|when|while|who|of)\s.*$/);
  if (!TITLE_OF.test(phrase) && !DESCRIBED_WITH_COMPLEMENT.test(phrase)) return short;
  const whole = cut(/(?<!\sinvolved)\s(?:on|in|at|during|after|before|when|while|who)\s.*$/);
  // "wrote the authors of the “Growth …”": a complement cut short by a quotation is no complement.
  return /\s(?:of|to|for|the|an?|his|her|their|its)$/.test(whole) ? short : whole;
}
