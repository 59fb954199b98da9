// The subject inside a reporting clause's speaker phrase, for attribution.ts: the named segment of a long
// comma-separated subject, and the words before the first verb of a phrase that runs up to the reporting verb.

/**
 * The capitalised segment of a long comma-separated subject that the trailing lowercase appositives describe
 * ("As Andrew J. Tabler, an expert on …" → "As Andrew J. Tabler"), or the last segment when it is short and
 * capitalised ("…, after winning Ohio, Gov. John Kasich (R-OH)"). Null when no segment is a short name phrase.
 */
export function namedSegment(phrase: string): { text: string; at: number } | null {
  let parts = phrase.split(/,\s/);
  // "Marco Rubio, whose hometown, Miami, is projected …,": a relative clause runs to the verb.
  const relative = parts.findIndex((x, i) => i > 0 && /^(?:who|whose|which|that)\b/.test(x));
  if (relative > 0) parts = parts.slice(0, relative);
  let k = parts.length - 1;
  while (k > 0 && /^(?:\p{Ll}|\d)/u.test(parts[k]!)) k--;
  const seg = parts[k]!;
  const words = seg.replace(/^(?:As|And|But|So)\s/, '').split(/\s+/);
  // Every word a name word, an initial, a party label or a title: "Gov. John Kasich (R-OH)", "Andrew J. Tabler".
  if (words.length > 6 || !words.every((w) => /^(?:\p{Lu}|\(\p{Lu})|^(?:of|de|van|von)$/u.test(w))) return null;
  if (!words.some((w) => /^\p{Lu}\p{Ll}/u.test(w))) return null;
  return { text: seg, at: parts.slice(0, k).reduce((n, x) => n + x.length + 2, 0) };
}

/** Plural groups a name before them only modifies: "Clinton supporters", "Sanders protesters". */
export const GROUP_NOUNS =
  'supporters|protesters|backers|voters|staffers|delegates|loyalists|fans|activists|donors|volunteers';
const NAMED_GROUP_END = new RegExp(String.raw`\s(?:${GROUP_NOUNS})$`);

/** A run of capitalised words (with its place: "in Washington"), a past-tense verb and a determiner opening its object. */
const NAMED_VERB_OBJECT =
  /^((?:\p{Lu}[\p{L}.'’\u2024-]*\s|\d+\s)+(?:(?:in|of|at)\s(?:\p{Lu}[\p{L}.'’\u2024-]*\s)+)?)(?:\p{Ll}+ed|held|put|sent|took|made|gave|kept|read|had)\s(?:up\s|out\s)?(?:a|an|the|his|her|its|their)\s/u;

/**
 * The subject of a phrase that runs up to a reporting verb: "Ms. Sherry smiled and" (said), "the Wisconsin
 * Republican criticized the policy and" (said), "A Chinese official responded by" (saying) → the words before the
 * first verb. Other phrases come back unchanged.
 */
export function subjectOfClause(who: string): string {
  // "Mr. Christie gloated", "Article 33 affirms": a name and then its verb (not a group: "Clinton supporters").
  const named = /^((?:\p{Lu}[\p{L}.'’\u2024-]*\s|\d+\s)+)\p{Ll}+(?:ed|es|s)$/u.exec(who);
  if (named && !NAMED_GROUP_END.test(who)) return named[1]!.trim();
  // "The Holocaust Memorial Museum in Washington held up a report" (charging …): a named subject, its past-tense verb
  // and the verb's object; the subject, not the whole clause (which is no speaker).
  const withObject = NAMED_VERB_OBJECT.exec(who);
  if (withObject && !NAMED_GROUP_END.test(withObject[1]!.trim())) return withObject[1]!.trim();
  // "He then addressed the crowd", "Then she turned to the voters": a subject pronoun and its verb; the object or
  // place after the verb is no speaker.
  const pronoun =
    /^(?:(?:Then|But|And|So|Later|Still|Now),?\s)?(he|she|they|we)\s(?:(?:then|also|later|again|\p{Ll}+ly)\s)?\p{Ll}{2,}\b/iu.exec(
      who,
    );
  if (pronoun) return pronoun[1]!;
  if (!/\s(?:and|by|before|after|while)$/.test(who)) return who;
  const words = who.split(/\s+/);
  const verb = words.findIndex((w, i) => i > 0 && /^\p{Ll}+(?:ed|es)$/u.test(w));
  return verb > 0 ? words.slice(0, verb).join(' ') : who;
}
