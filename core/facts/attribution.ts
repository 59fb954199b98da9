// The reporting clause around a quote and the raw speaker phrase it names ("Xi said on Thursday, according to …
// Xinhua"); resolve-speaker.ts turns that phrase into a speaker.
import { namedSegment, subjectOfClause } from './clause-subject';
import { invertedSpeaker } from './inverted-speaker';

const VERBS =
  'said|says|say|told|tells|added|adds|asked|asks|wrote|writes|tweeted|tweets|posted|explained|explains|noted|notes|' +
  'stated|states|continued|continues|recalled|recalls|insisted|insists|argued|argues|warned|warns|declared|announced|' +
  'replied|responded|acknowledged|conceded|commented|remarked|suggested|claimed|claims|concluded|observed|admitted|' +
  'cautioned|urged|emphasized|emphasised|stressed|predicted|joked|shouted|reported|reports|reads|read|saying|' +
  'testified|confirmed|described|describes|adding|writing|telling|retweeted|wondered|mused|pleaded|vowed|complained|pointed out|points out|' +
  'instructed|instructs|answered|advised|recounted|countered|quipped|yelled|whispered|boasted|exclaimed|lamented|' +
  'cried|demanded|written|puts it|put it|declares|remembered|remembers|shouts|concludes|observes|admits|acknowledges|contends|jokes|quips|responds|replies|tweets|pressed|presses|fumed|fumes|concedes|stresses|exclaims|boasts|complains|laments|counters|marveled|marvels|muses|agreed|agrees|promised|begged|texted|emailed|retorted|shot back|fired back|snapped|scoffed|interjected|' +
  'proclaimed|proclaims|assured|beamed|reiterated|affirmed|grumbled|bragged|gushed|thundered|' +
  'asserted|contended|maintained|charged|alleged|reasoned|elaborated|chimed in|went on|opined|sighed|laughed|' +
  'explaining|noting|arguing|asking|insisting|warning|declaring|announcing|recalling|calling it|' +
  // French and German news: « … », a déclaré X; „…“, sagte X.
  'a déclaré|a dit|a affirmé|a ajouté|a expliqué|a estimé|a assuré|a souligné|a indiqué|déclare|affirme|ajoute|' +
  'explique|estime|souligne|sagte|sagt|erklärte|erklärt|betonte|betont|schrieb|meinte|fügte hinzu|' +
  // Spanish, Italian and Portuguese: «…», dijo X; «…», ha detto X; «…», disse X.
  'dijo|afirmó|señaló|explicó|añadió|aseguró|declaró|indicó|ha detto|ha dichiarato|ha spiegato|ha aggiunto|' +
  'ha affermato|ha sottolineato|disse|afirmou|declarou|explicou|acrescentou';
const afterWhoVerb = (verbs: string): RegExp =>
  new RegExp(String.raw`^[,—–-]?\s*([^.;!?"“”«»]{1,140}?)\s(${verbs})(?![\p{L}])([^"“”«»]*)`, 'u');
/**
 * Plural presents, read only in a clause after the quote and only after a plural subject (isNotAVerb): "“…,” the
 * Saudis state in the white paper", "officials note", "critics argue". Elsewhere "state" and "note" are nouns.
 */
const PLURAL_VERBS = 'state|tell|write|argue|note|add|warn|insist|claim|explain|contend|recall|predict';
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
const BEFORE_ACCORDING = /\b(according to\s([^,:"“”«»]{1,80}))[,:]\s*$/iu;
const VERB_AT = new RegExp(String.raw`(?<![\p{L}])(?:${VERBS})(?![\p{L}])`, 'giu');
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
 * inside an appositive ("Cecelia Purner, 67, of Allentown, Pa., said"). Group 1 is the abbreviation.
 */
export const ABBREV_DOT =
  /\b(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|St|Jr|Sr|Prof|Rev|\p{Lu})\.(?=[\s\p{Lu},])|\b(Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo|Inc|Corp|Co|Ltd)\.(?=,|\s\p{Ll})/gu;

/** Whether a clause holds a reporting verb ("Dr. Ward stated", "confirmed that observation, reporting"). */
export function hasReportingVerb(clause: string): boolean {
  return new RegExp(VERB_AT.source, 'iu').test(clause);
}

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
  // NYT archive text writes a double mark as two apostrophes: read them as one mark (same length, undone by unmask).
  text = text.replace(/''/g, '"\u2060');
  // "Harry M. Reid (D-Nev.) told": a party-and-state label's period ends nothing.
  text = text.replace(/\([DRI]-[\p{L}.\u2024\s]{1,14}\)/gu, (p) => p.replace(/\./g, '\u2024'));
  // "…'We'll bomb them,''' said McCain": the inner quotation's closing mark stands between the quote and its clause.
  const stray = /^['’\u2060]+/.exec(text.slice(close, close + 4));
  if (stray) close += stray[0].length;
  const after = text.slice(close, Math.min(sentEnd, close + 200)).replace(/[.!?]+\s*$/, '');
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
  if (m) return { clause: m[1]!.trim(), who: m[2]!.trim(), whoStart: close + rest.indexOf(m[2]!) };
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
  // "“…” without reporters asking him": a phrase opening on a preposition, with no comma to close it as a lead, is
  // no speaker; the verb before the quote is looked for instead ("Frustrated, Sanders said “…” without …").
  if (
    m &&
    /^(?:without|with|by|from|for|of|in|on|at|to|about|than|like|among|amid|despite)\s[^,]*$/i.test(m[1]!.trim())
  )
    m = null;
  // "Ted Cruz called the plan “…” and Donald Trump said it was “…”": a clause opening on "and" or "but" that runs
  // on to a later quotation in the sentence introduces that one.
  if (m && cut >= 0 && /^(?:and|but)\s/i.test(m[1]!.trim()) && /\S/.test(m[3]!)) m = null;
  // "Valdez Anderson, who works at a heating company in Sacramento, said": a long appositive after a name is allowed.
  // "…,” just as Clinton did in 2008, Rendell added": the writer's clause before the last comma does not speak.
  const lead = m && /^\s*\p{Ll}[^,]*,\s(?=\p{Lu}[^,]{0,60}$)/u.exec(m[1]!);
  if (m && (lead || m[1]!.split(/\s+/).length <= (/^\p{Lu}[^,]*,\s/u.test(m[1]!) ? 22 : 12))) {
    const clause = rest.replace(/^[,—–-]?\s*/, '').trim();
    // "…” about the decision, said RoseAnn DeMoro": the writer's clause, then an inverted "said X".
    const inverted = /^\p{Ll}[^,]*,$/u.test(m[1]!.trim()) && /^\s(?:\p{Lu}|(?:an?|the|one)\s)/u.exec(m[3]!);
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
    const blanked = after.replace(/["“][^"“”]*["”]/g, (q) => ' '.repeat(q.length));
    const t = TRAILING_SAID.exec(blanked);
    if (t && !/["“”«»]/.test(blanked))
      return { clause: t[0].replace(/^,\s*/, ''), who: t[1]!, whoStart: close + t.index + t[0].indexOf(t[1]!) };
  }
  const before = text.slice(Math.max(sentStart, open - (partial ? 320 : 240)), open);
  const base = open - before.length;
  m = BEFORE_ACCORDING.exec(before);
  if (m) return { clause: m[1]!.trim(), who: m[2]!.trim(), whoStart: base + m.index + m[0].indexOf(m[2]!) };
  const v = verbBefore(before, partial);
  if (v) return { clause: v.clause, who: v.who, whoStart: base + v.whoAt };
  m = BEFORE_COLON.exec(before);
  // "And Mr. Christie gloated: …": the name before its verb.
  if (m)
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

/**
 * The reporting verb before a quote and its subject phrase, nearest verb first: "Asked if …, Ryan said, “…”" is
 * Ryan's, not the asker's. Earlier quotations in the sentence are blanked so that "said that this was a “new”
 * expectation and we should “…”" still reaches its verb. A participle with no subject ("…, adding, “…”") gives an
 * empty phrase: the sentence's subject speaks. Null when no verb introduces the quote.
 */
function verbBefore(before: string, partial: boolean): { clause: string; who: string; whoAt: number } | null {
  const masked = before.replace(/[“"][^“”"]*[”"]/g, (q) => ' '.repeat(q.length));
  const verbs = [...masked.matchAll(VERB_AT)];
  for (let k = verbs.length - 1; k >= 0; k--) {
    const v = verbs[k]!;
    const tail = masked.slice(v.index! + v[0].length);
    if (tail.length > 160 || /["“”«»]/.test(tail)) return null;
    // The whole text before the verb: a window cut mid-word would start the subject inside a name ("ez Anderson").
    let head = masked.slice(0, v.index!);
    // "Said Comey, “…”", "Stated Stone: “…”": a sentence opening on its reporting verb names the speaker after it.
    // "“Brujas has a bond,” said Carla Cruz, 24. “…”": a verb right after an earlier quotation does the same.
    const opening = INVERTED_OPENING.test(v[0]) && /(?:^|[.!?]["”\u2060]*\s)\s*$/.test(head);
    // "But, said Solovey, “…”": so does one after a sentence-opening connective and its comma ("But, he said" is
    // read as usual below).
    const afterConnective =
      INVERTED_OPENING.test(v[0].charAt(0).toUpperCase() + v[0].slice(1)) &&
      /(?:^|[.!?]["”\u2060]*\s)\s*(?:But|And|Yet|Still|So|Then|Now|Instead|Later|Again|However),\s+$/.test(head);
    if (opening || afterConnective || (/^\p{Ll}/u.test(v[0]) && /["”][\u2060']*\s*$/.test(before.slice(0, v.index!)))) {
      const after = INVERTED_SPEAKER.exec(tail);
      if (after && after[1]!.split(/\s+/).length <= 16) {
        const whoAt = v.index! + v[0].length + after.index + after[0].indexOf(after[1]!);
        return { clause: `${v[0]} ${after[1]!}`, who: after[1]!, whoAt };
      }
      if (opening) continue;
    }
    if (isNotAVerb(v[0], head)) continue;
    // "…, Hollande said Tuesday in Paris, noting the Republican nominee “…”", "…, Spicer said, adding, “…”": a
    // participle right after a named reporting clause continues it; that clause's subject speaks.
    const continued = /^\p{Ll}+ing$/u.test(v[0]) && PARTICIPLE_AFTER_CLAUSE.exec(head);
    if (continued) {
      const whoAt = v.index! - head.length + continued.index + continued[0].indexOf(continued[1]!);
      return {
        clause: before
          .slice(whoAt)
          .replace(/[,:]?\s*$/, '')
          .trim(),
        who: continued[1]!,
        whoAt,
      };
    }
    // "Blunt, after a long pause, said", "Clinton, exasperated, famously responded": asides between the subject and
    // its verb are blanked (same length, so offsets hold).
    // Only when a short subject is left ("Trump, in Kentucky, said" after a sentence with no period is not).
    let blanked = head;
    for (let k = 0; k < 3; k++) {
      const aside = ASIDE_BEFORE_VERB.exec(blanked);
      if (!aside) break;
      blanked = blanked.slice(0, aside.index) + ' '.repeat(aside[0].length);
    }
    // "after Mr. Trump, asked about …, had said": the subject is counted from the last subordinating word.
    const left = (/(?:^|[,;:.]\s)([^,;:"“”«».]*)$/u.exec(blanked)?.[1] ?? '').replace(SUBORDINATE_SUBJECT, '').trim();
    if (blanked !== head && left && left.split(/\s+/).length <= 8) head = blanked;
    // "and" starts a new subject only before a name or pronoun ("…, and Smith said"), not in "X smiled and said".
    const bound = /(?:^|[,;:.]\s|\band\s(?=\p{Lu}|(?:he|she|they|we|I)\s))([^,;:"“”«».]*)$/u.exec(head);
    if (!bound) continue;
    // So does the last subordinating word before a name: "Axelrod tweeted after Clinton argued that “…”".
    const sub = SUBORDINATE_SUBJECT.exec(bound[1]!);
    const who = (sub ? bound[1]!.slice(sub[1]!.length) : bound[1]!).trim();
    if (who.length > 100) continue;
    // "Stuart Stevens, …, said the way the Clinton operation disparaged women who complained about … ''…''": a
    // phrase opening on an earlier reporting verb is that verb's clause, not a subject; the earlier verb introduces.
    if (/^\p{Ll}/u.test(v[0]) && heldVerb(who)) continue;
    // "Sanders's campaign manager, Jeff Weaver, said": an appositive closes just before the verb; the subject is
    // the whole phrase from the clause's start.
    if (!who && /,\s*$/.test(head) && !/ing$/i.test(v[0])) {
      const whole = /(?:^|[;:.]\s)([^;:"“”«».]+?),\s*$/.exec(head);
      if (whole && whole[1]!.split(/\s+/).length <= 14) {
        const whoAt = v.index! - head.length + whole.index + whole[0].indexOf(whole[1]!);
        const clause = before
          .slice(whoAt)
          .replace(/[,:]?\s*$/, '')
          .trim();
        return { clause, who: before.slice(whoAt, whoAt + whole[1]!.length), whoAt };
      }
      // Longer: "As Andrew J. Tabler, an expert on Syria at the Washington Institute for Near East Policy, noted",
      // "Tuesday at Baldwin Wallace University in Berea, OH, after winning Ohio, Gov. John Kasich (R-OH), said":
      // the short capitalised segment before the trailing lowercase appositives is the subject.
      const named = whole && namedSegment(whole[1]!);
      if (named) {
        const whoAt = v.index! - head.length + whole.index + whole[0].indexOf(whole[1]!) + named.at;
        return {
          clause: before
            .slice(whoAt)
            .replace(/[,:]?\s*$/, '')
            .trim(),
          who: named.text,
          whoAt,
        };
      }
    }
    const whoAt =
      v.index! - head.length + bound.index + bound[0].indexOf(bound[1]!) + Math.max(0, bound[1]!.indexOf(who));
    if (who || partial || /ing$/i.test(v[0])) {
      const from = v.index! - head.length + bound.index;
      const clause = before
        .slice(from)
        .replace(/^[,;:.]\s|^and\s/i, '')
        .replace(/[,:]?\s*$/, '')
        .trim();
      return { clause, who: subjectOfClause(before.slice(whoAt, whoAt + who.length)), whoAt };
    }
  }
  return null;
}

/**
 * Whether a subject phrase holds a reporting verb of its own ("said the way the Clinton operation …"), so that it is
 * that verb's clause; not when a new subject follows it ("a woman asked for a photo and Clinton").
 */
function heldVerb(who: string): boolean {
  const m = new RegExp(String.raw`(?:^|\s)(${VERBS})\s`, 'u').exec(who);
  if (!m || isNotAVerb(m[1]!, who.slice(0, m.index + m[0].indexOf(m[1]!)))) return false;
  // "… in key states means “…,” she": a subject pronoun closing the phrase is the verb's subject.
  return !/\band\s(?:\p{Lu}|(?:he|she|they|we|I)\s)|\s(?:he|she|they|we|I)$/u.test(who.slice(m.index));
}

/** A name and its finite reporting verb, an adjunct of a few words, then the comma before a participle (group 1). */
const PARTICIPLE_AFTER_CLAUSE =
  /(?:^|,\s|[.!?]["”\u2060]*\s)((?:\p{Lu}[\p{L}'’\u2024-]*\s){0,3}\p{Lu}[\p{L}'’-]*)\s(?:said|says|told\s\p{L}+|added|wrote|tweeted|explained|argued|stated)(?:\s[\p{L}\d]+){0,4},\s$/u;

/** Reporting verbs that can open a sentence with the speaker after them: "Said Comey, “…”". */
/** A named subject opening its sentence, then a participle or "who" aside holding the quote: "Mr. Manafort, citing ". */
const ASIDE_OPEN =
  /(?:^|[.!?]["”\u2060]*\s)((?:\p{Lu}[\p{L}'’\u2024-]*\s){0,3}\p{Lu}[\p{L}'’-]*),\s(?:\p{Ll}+ing|who\s\p{Ll}+(?:ed|s))\s[^,"“”«»]{0,80}$/u;
const INVERTED_OPENING = /^(?:Said|Says|Added|Adds|Stated|Wrote|Writes|Tweeted|Explained|Recalled|Noted|Declared)$/;
/** The speaker after an opening verb, up to the comma or colon before the quote: " Dorothy Poynter, who …, ". */
const INVERTED_SPEAKER = /^\s((?:\p{Lu}|(?:an?|the|one)\s)[^"“”«»]{0,140}?)\s*[,:.]\s*$/u;

/** A reporting clause closing a sentence after a comma: ", DFA spokesman Neil Sroka said", ", Henson added", ", he said". */
const TRAILING_SAID =
  /,\s((?:\p{Lu}[\p{L}'’.-]*\s){0,3}(?:\p{Ll}+\s){0,2}(?:\p{Lu}[\p{L}'’.\u2024-]*\s){0,3}\p{Lu}[\p{L}'’-]*|he|she|they)\s(?:said|says|added|adds)\s*$/u;
/**
 * An aside closing the text before a reporting verb, after a comma: ", meanwhile,", ", after a long pause,", ", once",
 * a question or a present participle ("Mr. Trump, asked about the deaths of journalists under Mr. Putin, had said",
 * "Clinton, speaking to reporters, said"), and an auxiliary after it. Not any past participle: that lost on train.
 */
const ASIDE_BEFORE_VERB =
  /,\s(?:\p{Ll}+ly|meanwhile|once|now|also|then|however|though|too|again|later|instead|in turn|\p{Ll}{3,}ed|(?:after|before|during|despite|in|at|on|with|for|under)\s[^,;:"“”«».]{1,40}|(?:asked|pressed|questioned|\p{Ll}{3,}ing)\s[^,;:"“”«».]{1,90})(?:,\s*|(?<=ly|once)\s+)(?:had\s|has\s|have\s|would\s)?$/u;

/** A phrase up to its last subordinating word before a name or pronoun (group 1): "Axelrod tweeted after ". */
const SUBORDINATE_SUBJECT =
  /^(.*\b(?:after|before|when|while|because|since|until|once|though|although)\s)(?=\p{Lu}|(?:he|she|they|we|I)\s)/u;

/** Words before a reporting verb that make it a noun: "the states", "news reports", "that states can pass". */
const NOUN_BEFORE =
  /(?:^|\s)(?:the|a|an|that|these|those|many|some|all|other|both|several|\d+|his|her|their|our|its|news|press|media|police|court|early|initial)\s$/i;

/**
 * Whether a reporting-verb match is something else: a capitalised word inside a sentence is a name ("United States
 * District Court"), and "states", "reports", "notes", "claims" or "reads" after a determiner is a noun.
 */
function isNotAVerb(verb: string, head: string): boolean {
  if (/^\p{Lu}/u.test(verb) && /[\p{L}\p{N},]\s*$/u.test(head)) return true;
  // "tweeted a warning.", "the saying goes": a participle after a determiner is a noun.
  if (/ing$/i.test(verb) && /(?:^|\s)(?:a|an|the|this|that|his|her|their|its|our|another)\s$/i.test(head)) return true;
  // "the Saudis state in the white paper", "officials note": a plural present needs a plural subject right before it
  // ("his home state", "a note" are nouns).
  if (PLURAL_PRESENT.test(verb)) return !/(?:^|\s)(?:they|we|\p{L}{2,}[^s\s]s|\p{Lu}\p{L}*s)\s$/u.test(head);
  return /^(?:states|reports|notes|claims|reads|read|tweets|posts)$/i.test(verb) && NOUN_BEFORE.test(head);
}

const PLURAL_PRESENT = new RegExp(`^(?:${PLURAL_VERBS})$`, 'i');
