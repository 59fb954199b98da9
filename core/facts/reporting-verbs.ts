// The English and foreign reporting verbs the attribution stages read ("said", "a déclaré", "sagte"), and whether a
// match is a verb at all ("the states", "news reports" are nouns; "continues to carve out" reports nothing).

export const VERBS =
  'said|says|say|told|tells|added|adds|asked|asks|wrote|writes|tweeted|tweets|posted|explained|explains|noted|notes|' +
  'stated|states|continued(?!\\sto\\s)|continues(?!\\sto\\s)|recalled|recalls|insisted|insists|argued|argues|warned|warns|declared|announced|' +
  'replied|responded|acknowledged|conceded|commented|remarked|suggested|claimed|claims|concluded|observed|admitted|' +
  'cautioned|urged|exhorted|emphasized|emphasised|stressed|predicted|joked|shouted|reported|reports|reads|read|saying|' +
  'testified|confirmed|described|describes|adding|writing|telling|retweeted|wondered|mused|pleaded|vowed|complained|pointed out|points out|' +
  'instructed|instructs|answered|advised|recounted|countered|quipped|yelled|whispered|boasted|exclaimed|lamented|' +
  'cried|demanded|written|puts it|put it|declares|remembered|remembers|shouts|concludes|observes|admits|acknowledges|contends|jokes|quips|responds|replies|tweets|pressed|presses|fumed|fumes|concedes|stresses|exclaims|boasts|complains|laments|counters|marveled|marvels|muses|agreed|agrees|promised|begged|texted|emailed|retorted|shot back|fired back|snapped|scoffed|interjected|' +
  'shared with|shares with|penned|revealed|reveals|confessed|confesses|captioned|proclaimed|proclaims|mentioned|mentions|retaliated|questioned|reacted|chanted|assured|beamed|reiterated|affirmed|grumbled|bragged|gushed|thundered|' +
  'asserted|contended|maintained|charged|alleged|reasoned|elaborated|chimed in|went on(?!\\sto\\s)|opined|sighed|laughed|' +
  'surmised|barked|repeated|recommended|recommends|' +
  'explaining|noting|arguing|asking|insisting|warning|declaring|announcing|recalling|charging|calling it|' +
  // "…, with the crowd chanting “…”", "with Trump reportedly yelling: “…”": the present participles of verbs of speech
  // whose past forms are above, so an absolute "with X VERBing" names its own subject, not the sentence's.
  // Not those that open a phrase of their own ("In responding Friday, …", "an email stating, “…”").
  'yelling|shouting|chanting|screaming|whispering|exclaiming|tweeting|texting|joking|quipping|retorting|boasting|' +
  'remarking|proclaiming|' +
  // French and German news: « … », a déclaré X; „…“, sagte X.
  'a déclaré|a dit|a affirmé|a ajouté|a expliqué|a estimé|a assuré|a souligné|a indiqué|déclare|affirme|ajoute|' +
  'explique|estime|souligne|sagte|sagt|erklärte|erklärt|betonte|betont|schrieb|meinte|fügte hinzu|' +
  // Spanish, Italian and Portuguese: «…», dijo X; «…», ha detto X; «…», disse X.
  'dijo|afirmó|señaló|explicó|añadió|aseguró|declaró|indicó|ha detto|ha dichiarato|ha spiegato|ha aggiunto|' +
  'ha affermato|ha sottolineato|disse|afirmou|declarou|explicou|acrescentou';
/**
 * Plural presents, read only in a clause after the quote and only after a plural subject (isNotAVerb): "“…,” the
 * Saudis state in the white paper", "officials note", "critics argue". Elsewhere "state" and "note" are nouns.
 */
export const PLURAL_VERBS = 'state|tell|write|argue|note|add|warn|insist|claim|explain|contend|recall|predict';
export const VERB_AT = new RegExp(String.raw`(?<![\p{L}])(?:${VERBS})(?![\p{L}])`, 'giu');

/** Whether a clause holds a reporting verb ("Dr. Ward stated", "confirmed that observation, reporting"). */
export function hasReportingVerb(clause: string): boolean {
  return new RegExp(VERB_AT.source, 'iu').test(clause);
}

/** Words before a reporting verb that make it a noun: "the states", "news reports", "that states can pass". */
const NOUN_BEFORE =
  /(?:^|\s)(?:the|a|an|that|these|those|many|some|all|other|both|several|\d+|his|her|their|our|its|news|press|media|police|court|early|initial)\s$/i;

/**
 * Whether a reporting-verb match is something else: a capitalised word inside a sentence is a name ("United States
 * District Court"), and "states", "reports", "notes", "claims" or "reads" after a determiner is a noun.
 */
export function isNotAVerb(verb: string, head: string): boolean {
  if (/^\p{Lu}/u.test(verb) && /[\p{L}\p{N},]\s*$/u.test(head)) return true;
  // "When Trump was questioned about …": the passive of a verb that is mostly not reporting speech.
  if (/^(?:questioned|reacted)$/i.test(verb) && /(?:^|\s)(?:was|were|been|being|is|are|be)\s$/i.test(head)) return true;
  // "tweeted a warning.", "the saying goes": a participle after a determiner is a noun.
  if (/ing$/i.test(verb) && /(?:^|\s)(?:a|an|the|this|that|his|her|their|its|our|another)\s$/i.test(head)) return true;
  // "is one common saying here", "an old saying": so is "saying" after a determiner and an adjective of sayings.
  if (
    /^saying$/i.test(verb) &&
    /(?:^|\s)(?:a|an|the|one|this|that|another|his|her|their|its|our)\s(?:common|old|famous|popular|favou?rite|familiar|well-known|ancient|folk|local)\s$/i.test(
      head,
    )
  )
    return true;
  // "the Saudis state in the white paper", "officials note": a plural present needs a plural subject right before it
  // ("his home state", "a note" are nouns).
  if (PLURAL_PRESENT.test(verb)) return !/(?:^|\s)(?:they|we|\p{L}{2,}[^s\s]s|\p{Lu}\p{L}*s)\s$/u.test(head);
  // "calling the two lengthy investigative reports ''…''": an adjective before one makes it a noun too.
  return (
    /^(?:states|reports|notes|claims|reads|read|tweets|posts)$/i.test(verb) &&
    (NOUN_BEFORE.test(head) || /\s\p{Ll}+(?:ive|al|ous|ic|ary|ful|less)\s$/u.test(head))
  );
}

export const PLURAL_PRESENT = new RegExp(`^(?:${PLURAL_VERBS})$`, 'i');
