// The reporting clause around a quote and the raw speaker phrase it names ("Xi said on Thursday, according to …
// Xinhua"); resolve-speaker.ts turns that phrase into a speaker.
import { subjectOfClause } from './clause-subject';
import { invertedSpeaker } from './inverted-speaker';
import { isNotAVerb, PLURAL_PRESENT, PLURAL_VERBS, VERBS } from './reporting-verbs';
import { verbBefore } from './verb-before';

export { hasReportingVerb } from './reporting-verbs';

const afterWhoVerb = (verbs: string): RegExp =>
  new RegExp(String.raw`^[,—–-]?\s*([^.;!?"“”«»]{1,140}?)\s(${verbs})(?![\p{L}])([^"“”«»]*)`, 'u');
const AFTER_WHO_VERB = afterWhoVerb(`${VERBS}|${PLURAL_VERBS}`);
/** The same without the plural presents, for a clause whose first one is a noun ("the early voting state said"). */
const AFTER_WHO_SINGULAR_VERB = afterWhoVerb(VERBS);
const AFTER_VERB_WHO = new RegExp(String.raw`^[,—–-]?\s*(${VERBS})\s([^"“”«».;]{1,100})`, 'u');
const JA_VERB_AFTER = /^と(?:述べ|語|話|言|強調|説明|明らかに|指摘|訴え|主張|発表)[^。]{0,10}/u;
const AFTER_ACCORDING = /^[,—–-]?\s*((?:according to|selon|laut|según|secondo|segundo)\s([^"“”«».;]{1,100}))/u;
/** A pronoun after a foreign reporting verb: « … », a-t-il déclaré; dit-elle; „…“, sagte er. */
const FOREIGN_PRONOUN =
  /^[,—–-]?\s*(?:a-t-|\p{Ll}+-(?:t-)?)(il|elle)\b|^[,—–-]?\s*(?:sagte|sagt|erklärte|betonte|meinte|schrieb)\s(er|sie)\b/u;
const TRAILING_ACCORDING = /,\s*(according to\s([^"“”«».;,]{1,100}))$/u;
/** A plural subject opening its clause, an aside, a plural present and "that" right before the quote. */
const PLURAL_BEFORE = new RegExp(
  String.raw`(?:^\s*|[.;:!?]\s+|,\s(?:and|but)\s)((?:[Tt]he\s|[Tt]wo\s|[Ss]ome\s|[Mm]any\s|[Oo]ther\s|[Bb]oth\s)?(?:[\p{L}'’-]+\s){0,3}?[\p{L}'’-]+)(?:,\s(?:however|though|meanwhile|too|in turn),)?\s(?:also\s)?(?:${PLURAL_VERBS})\sthat\s*["“]?$`,
  'u',
);
/** "The two lawmakers", "Critics", "the two", "Sanders and Clinton": a plural subject. */
function isPluralSubject(s: string): boolean {
  const last = s.split(/\s+/).pop()!;
  return /^(?:the\s)?two$/i.test(s) || /\sand\s/.test(s) || (/\p{L}\p{Ll}+s$/u.test(last) && !/ss$/.test(last));
}

/** After the source of "according to X": a comma, or a place or medium ("… in a court filing"; not "conducted in"). */
const ACCORDING_ADJUNCT = /,.*$|(?<!ed)\sin\s.*$/s;
const BEFORE_ACCORDING = /\b(according to\s([^,:"“”«»]{1,80}))[,:]\s*$/iu;
/**
 * "because, in Forbes’ words, “…”", "In the words of Senator Jane Roe, “…”": the quotation is the named owner's
 * words, not the sentence's subject's. Capitalised owners only ("in other words", "in his words" are not this).
 */
const BEFORE_IN_WORDS =
  /\b[Ii]n\s(?:(?:the\s)?words\sof\s(\p{Lu}[^,:;"“”«»]{0,80})|((?:\p{Lu}[\p{L}.'’-]*\s){0,4}\p{Lu}[\p{L}.-]*?)(?:['’]s?)\swords),\s*$/u;
const BEFORE_COLON = /(?:^|[.;]\s|\s[-–—]\s)([\p{Lu}][^,;:"“”«».]{0,60}):\s*$/u;
/** "De Miranda beautifully evokes … in his introduction: “…”": a named subject opening the introducing sentence. */
const BEFORE_COLON_SUBJECT =
  /(?:^|[.;]\s)((?:\p{Lu}[\p{L}'’\u2024-]*\s){0,3}\p{Lu}[\p{L}'’\u2024-]*)\s(?:\p{Ll}[\p{L}-]*ly\s)?\p{Ll}[\p{L}-]*s\b[^"“”«»:;]{0,160}:\s*$/u;
const NOT_SUBJECT =
  /^(?:The|A|An|In|On|At|But|And|As|For|This|That|These|Those|It|His|Her|Their|Its|Our|When|While|After|Before|If|So|Then|Yet|There|Here|What|Which|Who|One|Some|Many|Most)\b/;
/** A subject pronoun standing alone as a speaker phrase's first word. */
export const PRONOUN = /^(?:he|she|they|it|we|i)$/i;
/**
 * Periods that end an abbreviation, not a sentence: titles and initials before a name, and US state abbreviations
 * inside an appositive ("Cecelia Purner, 67, of Allentown, Pa., said"), and "No." before a rank ("John Cornyn, the
 * No. 2 in the GOP leadership, put it:"). Group 1 is the abbreviation.
 */
export const ABBREV_DOT =
  /\b(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|St|Jr|Sr|Prof|Rev|\p{Lu})\.(?=[\s\p{Lu},]|-\p{Lu})|\b(Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo|Inc|Corp|Co|Ltd)\.(?=,|\s\p{Ll})|\b(No)\.(?=\s\d)/gu;

/** Undoes the abbreviation mask in a returned phrase. */
function unmask(s: string): string {
  return s
    .replace(/\u2024/g, '.')
    .replace(/"\u2060/g, "''")
    .replace(/\u2060/g, "'");
}

/** What attribution found: the clause as written and the raw speaker phrase. */
export interface Attribution {
  clause: string;
  who: string;
  /** Offset of the speaker phrase in the block text. */
  whoStart: number;
}

/** Finds the reporting clause around a quote at [open, close) in a sentence [sentStart, sentEnd) of `text`. */
export function findAttribution(
  text: string,
  open: number,
  close: number,
  sentStart: number,
  sentEnd: number,
  partial: boolean,
): Attribution | null {
  const a = findAttributionMasked(text, open, close, sentStart, sentEnd, partial);
  return a && { clause: unmask(a.clause), who: unmask(a.who), whoStart: a.whoStart };
}

function findAttributionMasked(
  text: string,
  open: number,
  close: number,
  sentStart: number,
  sentEnd: number,
  partial: boolean,
): Attribution | null {
  // Periods of "Mr." and "U.S." must not end the speaker phrase: mask them with a same-length stand-in.
  text = text.replace(ABBREV_DOT, (d) => `${d.slice(0, -1)}\u2024`);
  // "Nate Silver, the polling guru who founded fivethirtyeight.com tweeted": a period inside a word (a web address)
  // ends no clause either.
  text = text.replace(/(?<=\p{L})\.(?=\p{Ll})/gu, '\u2024');
  // NYT archive text writes a double mark as two apostrophes: read them as one mark (same length, undone by unmask).
  text = text.replace(/''/g, '"\u2060');
  // "Harry M. Reid (D-Nev.) told": a party-and-state label's period ends nothing.
  text = text.replace(/\([DRI]-[\p{L}.\u2024\s]{1,14}\)/gu, (p) => p.replace(/\./g, '\u2024'));
  // "…'We'll bomb them,''' said McCain": the inner quotation's closing mark stands between the quote and its clause.
  const stray = /^['’\u2060]+/.exec(text.slice(close, close + 4));
  if (stray) close += stray[0].length;
  // 320 characters: a trailing clause after a long writer's clause still closes the sentence ("The promise to “take
  // our country back” and “…” appeals to lesser-educated whites who …, said Alan Abramowitz, a demographer …").
  const after = text.slice(close, Math.min(sentEnd, close + 320)).replace(/[.!?]+\s*$/, '');
  const cut = after.search(/["“”«»]/);
  const rest = cut >= 0 ? after.slice(0, cut) : after;
  // Japanese: 首相は「…」と述べた — the subject marked by は/が before the quote, the verb after と.
  const ja = JA_VERB_AFTER.exec(rest);
  if (ja) {
    const pre = text.slice(sentStart, open);
    const subj = /([^。、「」『』\s]{1,30})[はが]、?$/u.exec(pre);
    if (subj) return { clause: `${subj[0]}…${ja[0]}`, who: subj[1]!, whoStart: sentStart + subj.index };
  }
  const foreign = FOREIGN_PRONOUN.exec(rest);
  if (foreign) {
    const pronoun = foreign[1] ?? foreign[2]!;
    const he = pronoun === 'il' || pronoun === 'er';
    const clause = rest
      .replace(/^[,—–-]?\s*/, '')
      .split(/[.;,]/)[0]!
      .trim();
    return { clause, who: he ? 'he' : 'she', whoStart: close + foreign.index };
  }
  let m = AFTER_ACCORDING.exec(rest);
  // "…," according to her lawyers in a court filing, and has …": the source ends at its comma, place or medium.
  if (m)
    return {
      clause: m[1]!.trim(),
      who: m[2]!.replace(ACCORDING_ADJUNCT, '').trim(),
      whoStart: close + rest.indexOf(m[2]!),
    };
  // "Mr. Manafort, citing “the unique magic of Trump,” said …": a quote inside an aside between a named subject and
  // its reporting verb is the subject's.
  const asideAt = ASIDE_OPEN.exec(text.slice(Math.max(sentStart, open - 160), open));
  if (asideAt && new RegExp(String.raw`^[,\u2060']*,?\s(?:${VERBS})\b`, 'u').test(text.slice(close, close + 30))) {
    const name = asideAt[1]!;
    return {
      clause: `${name} … ${rest.replace(/^[,\u2060'\s]+/, '').split(/[,.;]/)[0]}`,
      who: name,
      whoStart: open - (asideAt.input.length - asideAt.index - asideAt[0].indexOf(name)),
    };
  }
  m = AFTER_VERB_WHO.exec(rest);
  // "went on in the hall": a preposition after the verb opens no speaker. Nor does a participle: "…,” recalling
  // summer visits", "…,” telling CNN": what follows it is its object; its subject is the sentence's.
  if (
    m &&
    !/^\p{L}+ing\b/u.test(m[1]!) &&
    !PRONOUN.test(m[2]!.split(/\s/)[0]!) &&
    !/^(?:in|on|at|to|for|with|about|into|from|by|during|after|before|over|through|until)\s/.test(m[2]!)
  ) {
    // "said his best friend at Lehigh, Bruce Turry, who …": a description, then the name it describes.
    const named = /^(?:his|her|their|its|the|an?|one)\s[^,]{1,60},\s((?:\p{Lu}[\p{L}.'’-]*\s?){2,4})(?=,|\.?$)/u.exec(
      m[2]!,
    );
    const clause = rest.replace(/^[,—–-]?\s*/, '').trim();
    if (named) {
      const name = named[1]!.trim();
      return { clause, who: name, whoStart: close + rest.indexOf(m[2]!) + m[2]!.indexOf(name, named[0].indexOf(',')) };
    }
    // "said Secretary of State John Kerry", "said master of ceremonies Asab Al-Tabchi": a title holding "of"
    // before the name is one phrase; "said the head of the Sierra Club" stays cut at "of".
    return { clause, who: invertedSpeaker(m[2]!), whoStart: close + rest.indexOf(m[2]!) };
  }
  m = AFTER_WHO_VERB.exec(rest);
  // "“…,” the early voting state said": a plural present with no plural subject is a noun; the verb is later.
  // A plural present also needs a short subject of its own: "… the story” of the 2014 standoff in Bunkerville, Nev.,
  // others argue" is the writer's clause.
  if (
    m &&
    PLURAL_PRESENT.test(m[2]!) &&
    (isNotAVerb(m[2]!, ` ${m[1]!} `) || m[1]!.trim().split(/\s+/).length > 4 || m[1]!.includes(','))
  )
    m = AFTER_WHO_SINGULAR_VERB.exec(rest);
  // "“…,” is one common saying here": a participle read as a noun (reporting-verbs.ts) introduces nothing.
  if (m && /ing$/.test(m[2]!) && isNotAVerb(m[2]!, ` ${m[1]!.trim()} `)) m = null;
  // "“…” without reporters asking him": a phrase opening on a preposition, with no comma to close it as a lead, is
  // no speaker; the verb before the quote is looked for instead ("Frustrated, Sanders said “…” without …").
  if (
    m &&
    /^(?:without|with|by|from|for|of|in|on|at|to|about|than|like|among|amid|despite|until|unless|while|whereas|although|though|because)\s[^,]*$/i.test(
      m[1]!.trim(),
    )
  )
    m = null;
  // "“expanded the Republican party,” claiming that he is responsible for … in the primary states": a participle
  // opening the phrase after the quote is the sentence subject's; a verb inside its complement is no clause.
  // ("…,” including provisions he said would …": "including" is a preposition.)
  if (m && /^(?!including|regarding|concerning|following|during)\p{Ll}+ing\s[^,]*$/u.test(m[1]!.trim())) m = null;
  // "Ted Cruz called the plan “…” and Donald Trump said it was “…”": a clause opening on "and" or "but" that runs
  // on to a later quotation in the sentence introduces that one.
  // ("…,” for instance, and Trump vowed to “…”": an aside before the conjunction changes nothing.)
  if (m && cut >= 0 && /^(?:\p{Ll}[^,]*,\s)?(?:and|but)(?:\s|$)/iu.test(m[1]!.trim()) && /\S/.test(m[3]!)) m = null;
  // "He said, “…” and the crowd chanted “Build the wall!”", "… - at which point the crowd chanted “…”": a clause
  // after the quote opening on "and" or a subordinator, whose verb runs straight into a later quotation, introduces
  // that one, not this.
  if (
    m &&
    cut >= 0 &&
    /^[\s,:]*$/.test(m[3]!) &&
    /^(?:[—–-]+\s*)?(?:and|but|at\s(?:which|that)\s(?:point|time|moment)|whereupon|when|while|as)\s/i.test(m[1]!.trim())
  )
    m = null;
  // "After Scalia said that minority students … might do better at "less advanced schools," Trump said: "…"": a quote
  // inside the sentence's opening subordinate clause, whose reporting verb has a named subject, is that subject's;
  // the main clause after it, running on to a later quotation, introduces that one.
  if (
    m &&
    cut >= 0 &&
    /^[\s,:]*$/.test(m[3]!) &&
    LEADING_SUBORDINATE.test(text.slice(sentStart, open)) &&
    new RegExp(String.raw`\s(?:${VERBS})\s`, 'u').test(text.slice(sentStart, open))
  )
    m = null;
  // "Donald Trump - who previously said he would "bomb …" oil fields seized by the Islamic State - said …": a dash
  // closing an aside the quote stands in, opened before the quote, leaves the verb after it to the subject before the
  // aside; the phrase after the quote is the aside's, not a subject.
  if (m && /[—–-]$/.test(m[1]!.trim()) && /\s[—–-]\s[^—–]*$/.test(text.slice(sentStart, open))) m = null;
  // "Clinton, a top aide said, “…” between her and Trump, and … she has often told Obama’s team … that “…”": a verb
  // whose "that" runs on to the later quotation introduces that one, not this.
  // Only with a reporting verb and its comma right before this quote, and no comma before the "that" ("she said,
  // adding that “…”" is still hers).
  if (
    m &&
    cut >= 0 &&
    /^[^,]*\bthat\s*$/.test(m[3]!) &&
    new RegExp(String.raw`\b(?:${VERBS}),\s*["“]?$`, 'u').test(text.slice(Math.max(sentStart, open - 40), open))
  )
    m = null;
  // "even as Trump claimed on Tuesday that “…,” one of the former prosecutors … said the two cases were …": a quote
  // that is an earlier verb's "that" object is not introduced by a later verb that has an object of its own.
  if (
    m &&
    /^(?:said|says|wrote|writes|added|adds|noted|notes|argued|argues|explained|explains|insisted|insists)$/.test(
      m[2]!,
    ) &&
    /^\s(?!(?:on|in|at|to|of|for|with|about|after|before|during|from|by|that|this|last|earlier|later|today|yesterday|again|also)\b)\p{Ll}/u.test(
      m[3]!,
    ) &&
    VERB_THEN_THAT.test(text.slice(Math.max(sentStart, open - 200), open))
  )
    m = null;
  // "“a big advocate” of the principle of common standards, which he argued help ease …": a verb inside a relative
  // clause that the phrase after the quote opens is that clause's; it introduces nothing.
  if (m && /,\s(?:which|who|whom|where|when)\s[^,]*$/u.test(m[1]!) && !/^\s*\p{Lu}/u.test(m[1]!)) m = null;
  // "Valdez Anderson, who works at a heating company in Sacramento, said": a long appositive after a name is allowed.
  // "…,” just as Clinton did in 2008, Rendell added": the writer's clause before the last comma does not speak.
  // So does one before a described subject ("… fostered by Trump and other GOP presidential hopefuls, the groups say").
  // A subject of up to 90 characters: "Justice Department senior trial counsel Caroline Lewis Wolverton wrote".
  const lead =
    m && /^\s*\p{Ll}[^,]*,\s(?=(?:\p{Lu}|(?:the|an?|one|some|two|three|several)\s\p{Ll})[^,]{0,90}$)/u.exec(m[1]!);
  // "…” about the decision, said RoseAnn DeMoro": the writer's clause, then an inverted "said X", however long the
  // clause ("…,'' since so many of the most important cases were decided by 5-to-4 votes, said Lee Epstein").
  // "… for Clinton leading up to the convention, forcing her to fend off both Trump and Sanders, said Brad Bannon": a
  // clause of a few commas too, when the verb is a plain "said" or "added" right after the last one.
  const inverted =
    m &&
    (/^\p{Ll}[^,]*,$/u.test(m[1]!.trim()) ||
      (/^\p{Ll}[^,]*(?:,[^,]*){1,3},$/u.test(m[1]!.trim()) && /^(?:said|says|added|adds)$/.test(m[2]!))) &&
    /^\s(?:\p{Lu}|(?:an?|the|one)\s)/u.exec(m[3]!);
  if (m && (lead || inverted || m[1]!.split(/\s+/).length <= (/^\p{Lu}[^,]*,\s/u.test(m[1]!) ? 22 : 12))) {
    const clause = rest.replace(/^[,—–-]?\s*/, '').trim();
    if (inverted) {
      const said = invertedSpeaker(m[3]!);
      return { clause, who: said, whoStart: close + rest.indexOf(m[3]!) + 1 };
    }
    const who = lead ? m[1]!.slice(lead[0].length) : m[1]!;
    return { clause, who: who.trim(), whoStart: close + rest.indexOf(who) };
  }
  // "“…” are all thought to contribute, according to the Department of Conservation."
  m = TRAILING_ACCORDING.exec(rest);
  if (m) return { clause: m[1]!.trim(), who: m[2]!.trim(), whoStart: close + rest.lastIndexOf(m[2]!) };
  // "… carry “a great deal of weight” and bring the “grass-roots firepower” they need, DFA spokesman Neil Sroka
  // said.": a later quotation in the sentence does not hide the trailing reporting clause that closes it.
  if (cut >= 0) {
    // A comma closing a later quotation that is a title ("… in ''The 40-Year-Old Virgin,'' Mr. Oppenheim noted") still
    // closes it; not someone's words ("… when “they stunt the growth of children,” Howard Dean said").
    const blanked = after.replace(/["“][^"“”]*["”]\u2060?/g, (q) =>
      QUOTED_TITLE.test(q) ? `${' '.repeat(q.length - 1)},` : ' '.repeat(q.length),
    );
    const t = TRAILING_SAID.exec(blanked);
    if (t && !/["“”«»]/.test(blanked))
      return { clause: t[0].replace(/^,\s*/, ''), who: t[1]!, whoStart: close + t.index + t[0].indexOf(t[1]!) };
    // "… did not find “ties of any consequence,” aside from … “casually” …, said the bureau's director, James B.
    // Comey, on Monday.": so does an inverted one.
    const inv = TRAILING_INVERTED.exec(blanked);
    if (inv && !/["“”«»]/.test(blanked)) {
      const named = NAMED_AFTER_DESCRIPTION.exec(inv[2]!);
      const who = named ? named[1]!.trim() : invertedSpeaker(inv[2]!);
      return { clause: inv[0].replace(/^,\s*/, ''), who, whoStart: close + inv.index + inv[0].lastIndexOf(who) };
    }
  }
  const before = text.slice(Math.max(sentStart, open - (partial ? 320 : 240)), open);
  const base = open - before.length;
  m = BEFORE_ACCORDING.exec(before);
  if (m) return { clause: m[1]!.trim(), who: m[2]!.trim(), whoStart: base + m.index + m[0].indexOf(m[2]!) };
  m = BEFORE_IN_WORDS.exec(before);
  if (m) {
    const who = (m[1] ?? m[2]!).trim();
    return { clause: m[0].replace(/,\s*$/, ''), who, whoStart: base + m.index + m[0].indexOf(who) };
  }
  const v = verbBefore(before, partial);
  if (v) {
    // "Ted Cruz accuses Obama of "leading from behind" and Donald Trump says he's “…”": a subject phrase running over
    // an earlier quotation and then "and" or "but" is the second clause's: the name after the conjunction.
    const second = /["”\u2060]\s*,?\s(?:and|but)\s(\p{Lu}[^"“”«»,;:]{0,60})$/u.exec(v.who);
    if (second)
      return {
        clause: v.clause,
        who: second[1]!,
        whoStart: base + v.whoAt + second.index + second[0].indexOf(second[1]!),
      };
    return { clause: v.clause, who: v.who, whoStart: base + v.whoAt };
  }
  // "The two lawmakers, however, argue that “…”", "Critics argue that “…”": a plural present and "that" after a
  // plural subject opening the clause.
  const plural = PLURAL_BEFORE.exec(before);
  if (plural && isPluralSubject(plural[1]!))
    return {
      clause: plural[0].replace(/\s*["“]?$/, '').trim(),
      who: plural[1]!,
      whoStart: base + plural.index + plural[0].indexOf(plural[1]!),
    };
  // "According to his longtime personal physician, the billionaire businessman had “…”": a sentence opening on
  // "According to X," is X's account when no reporting verb before the quote names another.
  const opening = /^\s*According to\s([^,:;"“”«»]{1,80}),\s/u.exec(text.slice(sentStart, open));
  if (opening)
    return {
      clause: opening[0].trim().replace(/,$/, ''),
      who: opening[1]!.replace(ACCORDING_ADJUNCT, '').trim(),
      whoStart: sentStart + opening.index + opening[0].indexOf(opening[1]!),
    };
  m = BEFORE_COLON.exec(before);
  // "And Mr. Christie gloated: …": the name before its verb. "Then there was the most obvious change of all: …": an
  // existential clause names no one.
  if (m && !/^(?:\p{Lu}\p{Ll}*\s)?[Tt]here\s(?:is|was|are|were|came|comes|remains|remained)\b/u.test(m[1]!.trim()))
    return { clause: m[1]!.trim(), who: subjectOfClause(m[1]!.trim()), whoStart: base + m.index + m[0].indexOf(m[1]!) };
  m = BEFORE_COLON_SUBJECT.exec(before);
  if (m && !NOT_SUBJECT.test(m[1]!)) {
    const clause = before
      .slice(m.index)
      .replace(/^[.;]\s/, '')
      .replace(/:\s*$/, '')
      .trim();
    return { clause, who: m[1]!.trim(), whoStart: base + m.index + m[0].indexOf(m[1]!) };
  }
  return null;
}

/** A reporting verb, a short adjunct and "that" right before a quote: "Trump claimed on Tuesday that ". */
const VERB_THEN_THAT = new RegExp(String.raw`(?:${VERBS})(?:\s[^,;:"“”«».]{0,40})?\sthat\s*$`, 'u');

/**
 * A sentence opening on a subordinating word and a capitalised subject, with no comma, colon or quotation mark up to
 * the quote: the quote stands inside that opening clause ("After Scalia said that … at “…”", "When Clinton called the
 * plan “…”").
 */
const LEADING_SUBORDINATE =
  /^\s*(?:After|When|Whenever|While|Although|Though|Because|Since|Before|Once|If)\s+\p{Lu}[^,;:"“”«»\u2060]*$/u;

/** A named subject opening its sentence, then a participle or "who" aside holding the quote: "Mr. Manafort, citing ". */
const ASIDE_OPEN =
  /(?:^|[.!?]["”\u2060]*\s)((?:\p{Lu}[\p{L}'’\u2024-]*\s){0,3}\p{Lu}[\p{L}'’-]*),\s(?:\p{Ll}+ing|who\s\p{Ll}+(?:ed|s))\s[^,"“”«»]{0,80}$/u;

/** A quoted title ending on its comma: "''The 40-Year-Old Virgin,''", "“Meet the Press,”". */
const QUOTED_TITLE =
  /^["“]\u2060?(?:\p{Lu}|\d)[\p{L}\d'’-]*(?:\s(?:(?:\p{Lu}|\d)[\p{L}\d'’-]*|of|the|a|an|and|in|on|to|for)){0,6},["”]\u2060?$/u;

/** An inverted reporting clause closing a sentence after a comma: ", said the bureau's director, James B. Comey". */
const TRAILING_INVERTED =
  /,\s(said|says|added|adds|noted|notes|wrote|writes|explained|recalled|argued)\s((?:\p{Lu}|(?:his|her|their|its|the|an?|one)\s)[^,;:]*(?:,[^,;:]*){0,2})$/u;

/** "his best friend at Lehigh, Bruce Turry": a description, then the name it describes. */
const NAMED_AFTER_DESCRIPTION =
  /^(?:his|her|their|its|the|an?|one)\s[^,]{1,60},\s((?:\p{Lu}[\p{L}.'’\u2024-]*\s?){2,4})(?=,|\.?$)/u;

/** A reporting clause closing a sentence after a comma: ", DFA spokesman Neil Sroka said", ", Henson added", ", he said". */
const TRAILING_SAID =
  /,\s((?:\p{Lu}[\p{L}'’.-]*\s){0,3}(?:\p{Ll}+\s){0,2}(?:\p{Lu}[\p{L}'’.\u2024-]*\s){0,3}\p{Lu}[\p{L}'’-]*|he|she|they)\s(?:said|says|added|adds|noted|notes|wrote|writes|explained|recalled|argued)\s*$/u;
