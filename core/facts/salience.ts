// Which name mentions are a clause's subject: the people a later "he said" most likely means. A name opening its
// sentence (after connectives, titles and a leading "Of Carson," / "After the debate," phrase) and followed by its
// verb ("Levine found comic relief …", "Former House speaker Newt Gingrich noted …"), or the subject of an inverted
// reporting clause ("…,” said Kunin"). A possessive ("Mr. Trump's remarks") or a name after a preposition is not.

import { isFunctionOrVerb } from './lexicon';

/** A place or body closing a name's phrase: "Angela Merkel of Germany", "Jeb Bush of Florida", "X of the Senate". */
export const OF_PLACE = /^\sof\s(?:the\s)?\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}(?=[\s,])/u;

/** A verb right after the subject: a lowercase word that is not a preposition, article or role noun. */
export const VERB_NEXT =
  /^\s(?:(?:himself|herself|themselves|also|later|then|once|often|again|never|repeatedly|recently|previously|has|had|have|would|will|did|\p{Ll}+ly)\s)*(?:(?:is|was|are|were)\s(?:\p{Ll}+ly\s)?(?!(?:no|some|any|every)?thing\b)\p{Ll}{2,}ing\b|(?:does|did|do|has|had|have|could|would|will|can|wo|ca)(?:n['’]t|\snot)\s(?:\p{Ll}+ly\s)?(?!(?:a|an|the|be|been|only|just|to)\b)\p{Ll}{2,}\b|(?!(?:of|for|to|in|on|at|and|or|but|the|a|an|with|from|by|as|is|was|are|were|campaign|administration|spokes\p{Ll}+|aides?|officials?|supporters?|camp|team|who|which|that)\b)(?:\p{Ll}{2,}(?:ed|s|d|t|ld|ke|ve|ng)|wrote|took|made|came|rose|chose|ran|won|began|gave|spoke|met|saw|knew|led|became|grew|fell|broke|stood|sat|swore|drove|shook|forgot|withdrew|struck|fought|threw|drew|flew)\b)/u;

/** After a name: a place, up to two appositive groups, then ", who said" (or another reporting verb). */
const WHO_REPORTS =
  /^(?:\sof\s(?:the\s)?\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3})?(?:,\s[^,;.!?"“”]{1,120}){0,2},\swho\s(?:also\s|\p{Ll}+ly\s)?(?:said|says|told|tells|wrote|writes|noted|argued|argues|added|warned|insisted)\b/u;

/** A copula right after the subject ("Naureen Jahangir, …, is among those who …"): a subject for topic, not for speech. */
const COPULA_NEXT = /^\s(?:(?:also|still|now|not)\s)?(?:(?:is|was|are|were)(?:n['’]t)?|has\sbeen|had\sbeen)\s/;
/**
 * A copula or linking verb right after the subject, then a predicate that is no noun phrase or place ("Trump was
 * less effusive.", "Guessford was shocked to get …"): a state of the person, so the person holds the floor.
 */
const BARE_COPULA_NEXT =
  /^\s(?:(?:also|still|now|not|clearly|visibly)\s)?(?:(?:is|was|are|were)(?:n['’]t)?|seemed|seems|appeared|appears|remained|remains|looked|looks|sounded|felt)\s(?:not\s)?(?:(?:just|only|merely|simply|really|truly)\s)?(?!(?:a|an|the|one|his|her|their|its|our|my|this|that|no|among|in|at|on|from|of|for|to|with|by|about|also|still|now|there|here|being|going|(?:no|some|any|every)(?:thing|one|body)|none|nobody)\b)\p{Ll}/u;

/** A group of unnamed people and its reporting verb, right before a name: "aides say ", "officials said that ". */
const GROUP_REPORTS =
  /(?:^|,\s|\b(?:and|but)\s)(?:(?:some|many|other|several|two|three|the|his|her|their|campaign|senior|top|former)\s){0,2}(?:aides|advisers|advisors|allies|officials|sources|friends|associates|people|staffers|supporters|critics)\s(?:say|said|says|tell|told)\s(?:that\s)?$/;

/** A day or time right after a subject, before its verb: " on Friday", " last week", " on Tuesday night", " at that time". */
const DAY_NEXT =
  /^\s(?:(?:on|late|early)\s)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s(?:morning|afternoon|evening|night))?|last\s(?:week|month|year|night)|this\s(?:week|month|year|morning)|at\s(?:that|the)\stime)(?=\s\p{Ll})/u;

/** A leading described subject closed by a comma, right before a name apposed to it: "One local woman, ", "Her father, ". */
const DESCRIBED_LEAD = /^(?:One|A|An|Another|His|Her|Their)\s[^,;:.!?"“”]{1,50},\s+$/;
/** After that name: an age or a place, its closing comma, then the clause's verb. */
const APPOSED_VERB = new RegExp(
  `^(?:,\\s\\d{1,3})?(?:\\sof\\s(?:the\\s)?\\p{Lu}[\\p{L}.'’-]*(?:\\s\\p{Lu}[\\p{L}.'’-]*){0,3})?,(?=${VERB_NEXT.source.slice(1)})`,
  'u',
);

/** A long appositive: up to three comma groups, the first opening on "who", an article or an age, no sentence end. */
const LONG_APPOSITION =
  /^,\s(?:who|whose|an?|the|one|\d{1,3}(?=,))\b(?:[^,;!?"“”.]|(?<=(?:^|[\s.])(?:\p{Lu}|\p{Lu}\p{Ll}{1,4}))\.)*(?:,\s(?:[^,;!?"“”.]|(?<=(?:^|[\s.])(?:\p{Lu}|\p{Lu}\p{Ll}{1,4}))\.)+){1,2},(?=\s)/u;
const INVERTED = /\b(?:said|says|told|tells|added|adds|asked|asks|wrote|writes|noted|declared|recalled|explained)\s$/;
/**
 * An inverted reporting verb after a comma or "as", or "according to", then the person's role ("…, says registered
 * dietitian ", "as noted by health writer ", "…, cautions "): the name after it is the clause's speaker, for a pronoun.
 */
const INVERTED_ROLE =
  /(?:(?:,\s|^|\bas\s)(?:said|says|adds|added|notes|noted|explains|explained|cautions|cautioned|warns|warned|suggests|suggested|recommends|recommended|insists|insisted|writes|wrote)(?:\sby)?|\baccording\sto)\s((?:\p{Ll}[\p{Ll}-]*\s){0,3})$/u;
/** Lowercase words that may stand before a subject name: connectives and the words of a title. */
const BEFORE_NAME = new Set(
  (
    'but and so yet still now then later meanwhile however instead also even the a an former then-former of ' +
    'house senate speaker state secretary president vice chairman chairwoman director spokesman spokeswoman ' +
    'candidate nominee leader executive chief adviser senator governor mayor attorney general pollster strategist ' +
    'professor analyst economist presidential republican democratic rival front-runner'
  ).split(' '),
);
const MORE_LEADING = /^(?:(?:at|in|on|during|outside|inside|near|amid)\s[^,]*,\s+(?:\p{Lu}[\p{L}.]*,\s+)?)+/u;
const LEADING_PREPOSITION =
  /^(?:At|In|On|During|After|Before|From|Outside|Inside|Across|Near|Since|Amid|Throughout)\s[^,]*,\s+(?:(?:\p{Lu}[\p{L}.'’-]*\s?)+,\s+)?(?:(?:on|in|at|last|this|early|late)\s[^,]*,\s+)?/u;
const SUBORDINATOR = /^(?:after|before|when|while|if|because|although|though|as|since|until|unless|once|whether)\s/i;
const ABBREV = /\b(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|St|Jr|Sr|Prof|Rev|\p{Lu})\./gu;

/**
 * A reporting verb right after a subject name, or after its appositive: "…, Henson said.", "Levin, a Democrat, says".
 * The appositive may run to three comma groups, with abbreviation periods and an aside: "Brianne Stone, 29, of
 * Huntsville, Ala., says", "Brian Murphy, the chairman of the county GOP, for example, said". A group holds no
 * sentence end or quotation mark, and the verb must be a reporting one.
 */
const REPORTS_NEXT =
  /^(?:\sof\s(?:the\s)?\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}(?:\sin\s\p{Lu}[\p{L}.'’-]*)?(?=,))?(?:(?:,\s(?:[^,;.!?"“”]|(?<=(?:^|[\s.])(?:\p{Lu}|\p{Lu}\p{Ll}{1,4}))\.)+){1,3},|,)?\s(?:(?:also|later|then|again|once|\p{Ll}+ly)\s)?(?:said|says|told|tells|added|adds|wrote|writes|noted|notes|explained|argued|argues|recalled|insisted|warned|acknowledged)\b/u;

/**
 * Whether the name at [start, end) of `text` speaks in a reporting clause of its own: it opens the text or follows a
 * comma or "and", and its reporting verb comes next ("Cruz will have a tougher time, Henson said."). "what Trump
 * said" is an object clause, not a speaker.
 */
export function isReportingSubject(text: string, start: number, end: number): boolean {
  const masked = text.slice(Math.max(0, start - 40), start).replace(ABBREV, '$1 ');
  const title = /(?:(?:^|\s)(?:\p{Lu}[\p{L}]*\s?|former\s|the\s))*$/u.exec(masked)!;
  const pre = masked.slice(0, title.index);
  if (!(pre.trim() === '' && start - 40 <= 0) && !/(?:,|\band)\s*$|[.!?]["”’']*\s+$/u.test(pre)) return false;
  const after = text.slice(end, end + 220);
  // "And Trump, said Sunshine, …": an inverted clause between commas names someone else.
  if (/^,\s(?:\p{Ll}+ly\s)?\p{Ll}+\s\p{Lu}/u.test(after)) return false;
  return REPORTS_NEXT.test(after);
}

/**
 * Whether the words before a name are a capitalised opening and a lowercase role ("Former federal prosecutor Glen
 * Kopp", "Veteran pollster Peter Hart"): at most three lowercase words, none a function word, a verb or a plural
 * ("Supporters cheered", "Critics of the plan", "Voters backs").
 */
function isRoleBeforeName(words: string[]): boolean {
  const lower = words.filter((w) => !/^\p{Lu}/u.test(w) && !BEFORE_NAME.has(w.toLowerCase()));
  // "The other man, his cousin James York, 40, cited …": a possessive and a role after a leading description.
  const opening = words[0] && /^(?:his|her|their)$/.test(words[0]) ? words.slice(1) : null;
  if (opening && opening.length > 0 && opening.length <= 2 && opening.every(isRoleWord)) return true;
  if (!words[0] || !/^\p{Lu}/u.test(words[0]) || lower.length > 3) return false;
  return lower.every(isRoleWord);
}

/** A lowercase word that may describe a named person's role: not a function word, a verb, a plural or an adverb. */
export function isRoleWord(w: string): boolean {
  // ("press", "business", "boss": a double s ends no plural.)
  return /^\p{Ll}[\p{Ll}-]+$/u.test(w) && !/(?:ed|[^s]s|ing|ly)$/.test(w) && !isFunctionOrVerb(w);
}

/**
 * Whether the name at [start, end) of `text` opens its clause: only connectives, title or role words and a leading
 * "Of Carson," phrase stand before it in its sentence, and no possessive follows it ("Mr. Trump's remarks").
 */
export function opensClause(text: string, start: number, end: number): boolean {
  const masked = text.slice(0, start).replace(ABBREV, '$1 ');
  // Sentence ends and quotation marks (NYT archive text writes '' for a double mark).
  const stops = [...masked.matchAll(/[.!?]["”’']*\s+|["“”]\s*|''\s*/g)];
  const last = stops[stops.length - 1];
  let pre = last ? masked.slice(last.index! + last[0].length) : masked;
  // "Of Carson, Levine …", "After the debate, Trump …": a leading phrase closed by a comma.
  // A subordinate clause with no comma to close it ("After Mr. Trump took possession … he made") is no main clause.
  if (!pre.includes(',') && SUBORDINATOR.test(pre)) return false;
  // A leading prepositional phrase may hold a place and a time, each closed by a comma ("At a rally in Portland,
  // Maine, on Thursday afternoon, Trump included …").
  const lead = LEADING_PREPOSITION.exec(pre);
  pre = lead ? pre.slice(lead[0].length) : pre.replace(/^[^,]*,\s+/, '');
  // "The day before, at a rally in Beaumont, Tex., Mr. Trump was …": more leading phrases of place, each closed by a
  // comma, after the first.
  pre = pre.replace(MORE_LEADING, '');
  const words = pre.split(/\s+/).filter(Boolean);
  if (words.length > 6) return false;
  // "Maricopa County (Ariz.) Sheriff Joe Arpaio": a bracketed state or party label among the capitalised words.
  if (!words.every((w) => /^\(?\p{Lu}/u.test(w) || BEFORE_NAME.has(w.toLowerCase())) && !isRoleBeforeName(words))
    return false;
  return !/^['’]/.test(text.slice(end, end + 2));
}

/** "Earhardt then asked Rubio which states …": the person asked, then what about; the answer is theirs. */
const ASKED_BEFORE = /\b(?:asked|asks)\s(?:(?:\p{Lu}\p{Ll}{0,4}\.?|former)\s)*$/u;
const ASKED_WHAT = /^\s(?:whether|if|about|why|what|how|which|who|when|where)\b/;

/**
 * Whether the name at [start, end) of `text` is the person asked, followed by what about ("Earhardt then asked Rubio
 * which states …"): the one whose answer comes next, for a pronoun.
 */
export function isAskedPerson(text: string, start: number, end: number): boolean {
  return ASKED_BEFORE.test(text.slice(Math.max(0, start - 30), start)) && ASKED_WHAT.test(text.slice(end, end + 12));
}

/**
 * Whether the name at [start, end) of `text` is the subject of its clause (see the module comment). With `copula`, a
 * name with an appositive and then a copula counts too ("Naureen Jahangir, a Sanders supporter …, is among those
 * who …"); with 'bare', a copula or linking verb right after the name and a predicate that is no noun phrase as well
 * ("Guessford was shocked to get …", not "Ted Cruz is a senator").
 */
export function isSubjectMention(text: string, start: number, end: number, copula: boolean | 'bare' = false): boolean {
  if (isReportingSubject(text, start, end)) return true;
  // For a pronoun ('bare'), the person asked takes the floor for the answer: "Last month, The Huffington Post’s Scott
  // Conroy asked Sanders whether questions about his health … were fair game …. || “Sure it is. …,” he said."
  if (copula === 'bare' && isAskedPerson(text, start, end)) return true;
  const masked = text.slice(0, start).replace(ABBREV, '$1 ');
  const stops = [...masked.matchAll(/[.!?]["”’']*\s+|["“”]\s*|''\s*/g)];
  const last = stops[stops.length - 1];
  const pre = last ? masked.slice(last.index! + last[0].length) : masked;
  // "…,” said Kunin": the inverted clause's subject; not "Pence said Trump will …", whose verb has a subject of its own.
  if (INVERTED.test(pre) && !/(?:^|\s)(?:\p{Lu}[\p{L}.'’-]*|he|she|they|we)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+\s$/u.test(pre))
    return true;
  // "In Hajjaj’s case, she decided to stay …": a leading "In X's case," before a subject pronoun names who it means.
  if (
    copula === 'bare' &&
    /^(?:In|For)\s$/.test(pre) &&
    /^['’]s\s(?:own\s)?(?:case|view|words|mind|eyes|opinion|account),\s(?:she|he)\s\p{Ll}/u.test(
      text.slice(end, end + 40),
    )
  )
    return true;
  // "…, says registered dietitian Amanda A. Kostro Miller. “…,” she shared": the role words and the name after an
  // inverted verb or "as noted by" name the speaker the next "she" means; not "said the Trump campaign" (no role).
  const role = copula === 'bare' ? INVERTED_ROLE.exec(pre.replace(/(?:\p{Lu}\p{Ll}{0,3}\.?\s+)+$/u, '')) : null;
  if (role) {
    const words = role[1]!.trim().split(/\s+/).filter(Boolean);
    if (words.every((w) => !isFunctionOrVerb(w)) && (words.length === 0 || isRoleWord(words[words.length - 1]!)))
      return true;
  }
  // "… was supported Friday by Sen. Dianne Feinstein of California, the ranking Democrat …, who said none of …": a
  // relative clause that reports speech makes its antecedent a speaker wherever the name stands.
  if (copula === 'bare' && WHO_REPORTS.test(text.slice(end, end + 240))) return true;
  // For a pronoun, the subject of what a described group reports ("In addition to paid leave, aides say Ivanka Trump
  // also advises her father …"): the group names nobody, so the clause's subject holds the floor.
  if (copula === 'bare' && GROUP_REPORTS.test(pre) && VERB_NEXT.test(text.slice(end, end + 240))) return true;
  if (!opensClause(text, start, end)) return false;
  // For a pronoun, a name apposed to a leading described subject ("One local woman, Karen Robison, pulled Rep. King
  // aside", "Her father, Brad, 39, worried"): the clause's verb after the name's closing comma is the name's.
  if (copula === 'bare' && DESCRIBED_LEAD.test(pre) && APPOSED_VERB.test(text.slice(end, end + 240))) return true;
  let after = text.slice(end, end + 240);
  const of = OF_PLACE.exec(after);
  if (of) after = after.slice(of[0].length);
  const apposition =
    /^(?:,\s\d{1,3}|(\s\([^)]{1,40}\))(?=,))?(?:(?:,\s(?:[^,;"“”']|''[^'"“”]{1,60}''|'(?!'))+?)(?:,|(?<=,''))(?<=^.{0,200})|\s\([^)]{1,40}\)|\s(?:--|—|–)\s[^"“”—–]{1,240}?\s(?:--|—|–))(?=\s)/.exec(
      after,
    );
  if (apposition) after = after.slice(apposition[0].length);
  // "Cruz on Friday played down …": a day between the subject and its verb.
  if (copula === 'bare') after = after.replace(DAY_NEXT, '');
  // "Rep. Devin Nunes (R-Calif.), chairman of …, didn’t second-guess": a party label, then an appositive, then a verb
  // (not a copula: "Sen. Sherrod Brown (D-Ohio), also part of …, is on deck" is about him, not said by him).
  if (VERB_NEXT.test(after) || (copula && apposition && !apposition[1] && COPULA_NEXT.test(after))) return true;
  // "Yasmeen Wilkerson, 18, was dubious when …, but …": an age alone is the appositive; the comma group after it is
  // the predicate, not a second appositive.
  const aged = /^,\s\d{1,3},(?=\s)/.exec(text.slice(end, end + 8));
  if (aged && copula) {
    const rest = text.slice(end + aged[0].length, end + 240);
    if (VERB_NEXT.test(rest) || COPULA_NEXT.test(rest)) return true;
  }
  // A short sentence of its own: no comma, quotation or colon before its end ("Cruz is not only right …, Viguerie
  // argues" reports someone else's words).
  if (
    copula === 'bare' &&
    !apposition &&
    BARE_COPULA_NEXT.test(after) &&
    /^[^,;:"“”']{1,120}(?:[.!?](?:\s|$)|,\s\p{Ll}{3,}ing\b)/u.test(after)
  )
    return true;
  // "Sandy Phillips, who lost her daughter … in Aurora, Colorado, in July 2012, doesn't see": an appositive of up
  // to three comma groups when it opens on a relative pronoun, an article or an age.
  const long = LONG_APPOSITION.exec(text.slice(end, end + 240));
  const rest = long ? text.slice(end + long[0].length, end + 240) : '';
  return long !== null && (VERB_NEXT.test(rest) || (copula && COPULA_NEXT.test(rest)));
}
