// Speakers of quotes on German, French and Spanish (also Italian, Portuguese) pages: a sieve of its own, run instead
// of the English one when the article's language says so, that gives no speaker rather than a doubtful one.
// „…“, sagte Merkel / « … », a déclaré Macron / “…”, dijo Lopera; Jansen weiß: „…“; Serna declaró que “…”;
// « … », a-t-il estimé and “…”, dijo. take the last person named as a subject or quoted.
import type { Quote } from '../types';
import {
  ARTICLE,
  isStopWord,
  knownNames,
  type Names,
  NOT_VERB,
  personName,
  PREPOSITION,
  runsIn,
  wordBefore,
} from './intl-names';
import type { PreparedBlock } from './prepared-block';
import {
  apposedSubject,
  definiteArticle,
  describedPerson,
  describedPhrase,
  type Event,
  type Gender,
  latest,
  type Place,
  type Resolve,
} from './intl-descriptions';

/** Languages this sieve reads; others keep the English one. */
export function isIntlLang(lang: string | null | undefined): boolean {
  return !!lang && /^(?:de|fr|es|it|pt)\b/i.test(lang);
}

/** Finite reporting verbs, for a clause before the quote ("Serna declaró que “…”", "Andrej Babiš a déclaré qu'…"). */
const VERB =
  /(?<![\p{L}])(?:sagt|sagte|sagen|sagten|erklärt|erklärte|betont|betonte|meint|meinte|schreibt|schrieb|schreiben|ergänzt|ergänzte|fügte|berichtet|berichtete|erzählt|erzählte|warnt|warnte|kritisiert|kritisierte|antwortet|antwortete|weiß|stellt|(?:a|avait|ont|avaient)\s(?:\p{Ll}+ment\s)?(?:dit|déclaré|affirmé|expliqué|ajouté|estimé|souligné|précisé|indiqué|assuré|écrit|confié|raconté|rappelé|reconnu|réagi)|déclare|affirme|explique|ajoute|estime|souligne|précise|indique|assure|observe|poursuit|confie|raconte|rappelle|dijo|dice|afirmó|afirma|señaló|señala|explicó|explica|añadió|agregó|agregando|aseguró|declaró|indicó|indicaron|explicaron|dijeron|sostuvo|subrayó|detalló|comentó|concluyó|remarcó|enfatizó|expresó|manifestó|apuntó|destacó|insistió|cuestionó|escribió|informó|reveló|recomendó|aclaró|advirtió|respondió|precisó|ha detto|ha dichiarato|ha spiegato|ha aggiunto|ha affermato|disse|afirmou|declarou|explicou)(?![\p{L}])/giu;
const PRONOUN = /^(?:er|sie|il|elle|él|ella|egli|lei|ele)$/;
/** Pronoun inversion: « … », a-t-il estimé; écrit-elle; observe-t-il. */
const FR_INVERTED = /^[\p{Ll}]+-(?:t-)?(?:il|elle)\b|^a-t-(?:il|elle)\b/u;
const INCISE_PRONOUN = /[,–—]\s*\p{Ll}+(?:-t)?-(?:il|elle)(?![\p{L}])[^«»]{0,40}?[,.–—]/u;
const INCISE_NAMED = new RegExp(String.raw`[,–—]\s*${VERB.source}\s`, 'u');
const SUBORDINATE = /(?<![\p{L}])(?:dass|que|qu['’]|weil|porque|parce que)(?![\p{L}])[^,]*/gu;
/** What opens a sentence before its named source: "Según", "De acuerdo con", "Selon", "Laut", or a description. */
const LEAD =
  /^(?:(?:Según|De acuerdo con|Selon|D['’]après|Laut|Para|Pour)\s+(?:(?:(?:la|el|le)\s|l['’])(?:\p{Ll}+\s){1,2})?|(?:(?:La|El|Le)\s|L['’])(?:\p{Ll}+\s){1,3})(?=\p{Lu})/u;
/** The reporting verbs again: every one in a clause (the last wins), and one read at a given offset. */
const VERB_ALL = new RegExp(VERB.source, 'giu');
const VERB_HERE = new RegExp(VERB.source, 'iuy');
/** A verb, a short adjunct, then a description: "» a déclaré à cette occasion le ministre de la Santé". */
const VERB_THEN_DESCRIPTION = new RegExp(
  String.raw`^(?:${VERB.source})((?:\s+\p{Ll}[\p{L}'’-]*){1,4}?)\s+(?=(?:le|la|l['’]|el|der)\s?\p{L})`,
  'iu',
);
/** A quote's own clause ending the text before a second verb: "„…“, weiß der amtierende HSV-Präsident, warnt aber". */
const AFTER_QUOTE_CLAUSE = new RegExp(String.raw`[»“”"]\s*,\s*(?:${VERB.source})[^,„“”«»"]*,\s*$`, 'iu');
const PUBLICATION = /^peut-on lire dans\s((?:Le|La|Les|L['’])\s?\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*)*)/u;

/**
 * Gives each quote of an intl article the speaker this sieve finds (or none), replacing the English sieve's answer.
 * `quotes` are mutated in place; their spans and kinds stay as found.
 */
export function attributeIntl(quotes: Quote[], prepared: readonly PreparedBlock[], lang: string): void {
  const byBlock = new Map(prepared.map((pb) => [pb.index, pb]));
  const masked = new Map<number, Array<[number, number]>>();
  for (const q of quotes) {
    const list = masked.get(q.source.block) ?? [];
    list.push([q.source.start - 1, q.source.end + 1]);
    masked.set(q.source.block, list);
  }
  const texts = prepared.map((pb) => pb.block.text);
  const romance = !/^de\b/i.test(lang);
  const known = knownNames(
    texts,
    prepared.map((pb) => masked.get(pb.index) ?? []),
    romance,
  );
  /** Where `at` stands in block `pb`, with the previous block's text for a description to look back into. */
  const placeIn = (pb: PreparedBlock, at: number, first: boolean): Place => {
    const prev = byBlock.get(pb.index - 1);
    return {
      block: pb.index,
      at,
      first,
      text: pb.block.text,
      mask: masked.get(pb.index) ?? [],
      prev: prev && { text: prev.block.text, mask: masked.get(prev.index) ?? [] },
    };
  };
  const events: Event[] = [];
  // Sources given by a description, resolved once the quotes before them have their speakers.
  const leads: Array<{ place: Place; gender: Gender }> = [];
  for (const pb of prepared) {
    const text = pb.block.text;
    const mask = masked.get(pb.index) ?? [];
    // Sentences opening on a named subject are events too: "Udo Kriese (75) hat … ersteigert. „…“, sagt er."
    for (const s of pb.sentences) {
      const name = subjectName(text, s.start, s.end, mask, known) ?? apposedSubject(text, s.start, s.end, mask, known);
      if (name) events.push({ block: pb.index, at: s.start, speaker: name });
      // "Para la experta, los aspectos básicos …": a source given by a description is who it stands for.
      const lead = /^(?:Según|Selon|D['’]après|Laut|Para|Pour)\s+/u.exec(text.slice(s.start, s.end));
      const art = lead && definiteArticle(text.slice(s.start + lead[0].length, s.end));
      if (
        !name &&
        lead &&
        art &&
        /^[\p{Ll}\s-]{2,60},/u.test(text.slice(s.start + lead[0].length + art.length, s.end))
      ) {
        leads.push({ place: placeIn(pb, s.start, s === pb.sentences[0]), gender: art.gender });
      }
    }
  }
  for (const q of quotes) {
    if (q.kind === 'embed') continue;
    const pb = byBlock.get(q.source.block);
    if (!pb) continue;
    const text = pb.block.text;
    // "« Les règles … mesures, » a-t-il réagi": French marks stand apart from the words; a span may leave the space
    // out, so the marks are found past it.
    let open = q.source.start - 1;
    while (open > 0 && /\s/.test(text[open]!) && /[«„“”"‹]/.test(text[open - 1]!)) open--;
    let close = q.source.end;
    while (close < text.length - 1 && /\s/.test(text[close]!) && /[»“”"›]/.test(text[close + 1]!)) close++;
    const mask = masked.get(pb.index) ?? [];
    while (
      leads[0] &&
      (leads[0].place.block < pb.index || (leads[0].place.block === pb.index && leads[0].place.at < open))
    ) {
      const { place, gender } = leads.shift()!;
      const who = describedPerson(events, place, gender, known);
      if (who) events.push({ block: place.block, at: place.at, speaker: who });
    }
    const sent = pb.sentences.find((s) => s.start <= open && open < s.end) ?? { start: 0, end: text.length };
    const first = pb.sentences[0]?.start === sent.start;
    const place = placeIn(pb, open, first);
    const resolve: Resolve = {
      // "También se incluye la reducción del estrés laboral … “…”, concluyó.": a paragraph that names no one and has
      // no speaker before the quote goes on with the previous paragraph's.
      carry: () =>
        lastEvent(
          events,
          pb.index,
          open,
          first ||
            (!events.some((e) => e.block === pb.index && e.at < open) &&
              runsIn(text, 0, open, mask).every((r) => isStopWord(r.text))),
        ),
      described: (gender) => describedPerson(events, place, gender, known),
    };
    const carry = resolve.carry;
    const after = afterClause(text, close, romance, known, resolve);
    const before = after === undefined ? beforeClause(text, sent.start, open, mask, known, resolve) : after;
    const found = before === undefined ? incise(q.text, known, carry) : before;
    // A quote with no clause of its own: the speaker of the last quote or named subject in its paragraph.
    // Only a quote opening its sentence carries: "le conseiller com du président lâche « … »" is not the last named.
    const opensSentence = /^[\s–—-]*$/.test(text.slice(sent.start, open));
    const speaker = found !== undefined ? found : opensSentence ? lastEvent(events, pb.index, open, false) : null;
    q.speaker = speaker;
    q.attribution = null;
    events.push({ block: pb.index, at: open, speaker, quoted: true });
  }
}

/**
 * A reporting clause set inside the quotation, French style: "« Depuis je ne sais quand, …, écrit-elle. Ces scènes
 * … »", "« Absurde. Ce processus est la norme, explique Antony Fastier, toxicologue. … »". Undefined when none.
 */
function incise(inner: string, known: Names, carry: () => string | null): string | null | undefined {
  if (INCISE_PRONOUN.test(inner)) return carry();
  const m = INCISE_NAMED.exec(inner);
  if (!m) return undefined;
  const run = runsIn(inner, m.index + m[0].length, inner.length, [])[0];
  if (!run || run.start !== m.index + m[0].length) return undefined;
  return personName(run.text, inner.slice(run.start + run.text.length), known) ?? undefined;
}

/**
 * The last speaker before `at` in block `b`: a quote's speaker (null when its speaker was unknown) or a named
 * subject. When `orPrevious`, the previous block's last one counts too (the quote opens its paragraph).
 */
function lastEvent(events: readonly Event[], b: number, at: number, orPrevious: boolean): string | null {
  return (
    latest(events.filter((e) => (e.block === b && e.at < at) || (orPrevious && e.block === b - 1)))?.speaker ?? null
  );
}

/** The subject of a sentence when it is a name: the run opening it ("Jansen weiß", "Udo Kriese (75) hat"). */
function subjectName(
  text: string,
  start: number,
  end: number,
  mask: ReadonlyArray<readonly [number, number]>,
  known: Names,
): string | null {
  // "De acuerdo con Mora, …", "Para la arquitecta Carolina Porcell Méndez, …", "El ingeniero civil Walber Castillo
  // explicó …": a source named after "according to", or a description's apposed name opening the sentence.
  const lead = LEAD.exec(text.slice(start, end));
  const runs = runsIn(text, start, end, mask);
  const first = runs[0];
  if (!first) return null;
  if (lead) {
    // "Pour Jan Hamáček, …": the run may start on the capitalised lead word; the name starts after it.
    const at = start + lead[0].length;
    const r = runs.find((x) => x.start <= at && at < x.start + x.text.length);
    if (!r) return null;
    const rest = r.text.slice(at - r.start);
    return rest ? personName(rest, text.slice(r.start + r.text.length), known) : null;
  }
  if (text.slice(start, first.start).trim() !== '' || isStopWord(first.text.split(' ')[0]!)) return null;
  return personName(first.text, text.slice(first.start + first.text.length), known);
}

/**
 * The clause right after the closing mark: a verb and a name ("», sagt Jonas Schmidt-Chanasit vom …", "”, dijo dijo
 * John Xavier Volker"), a description with a name ("», précise la toxicologue Dominique Parent-Massin"), a pronoun
 * ("», sagt er", "», a-t-il estimé") or, in Romance languages, a verb alone ("”, dijo."): the last person named.
 * Undefined when there is no such clause; null when its subject is a description ("», sagt der Virologe").
 */
function afterClause(
  text: string,
  close: number,
  romance: boolean,
  known: Names,
  resolve: Resolve,
): string | null | undefined {
  const carry = resolve.carry;
  let rest = text.slice(close + 1, close + 160);
  // "fügte Dr. Karsten Homrighausen hinzu": a title's period does not end the clause.
  const cut = rest.search(/[«»„“”"]|(?<!\b(?:Dr|Prof|Sr|Sra|Dra|Mme|St))[.;!?](?:\s|$)/);
  if (cut >= 0) rest = rest.slice(0, cut);
  const m = /^\s*[,–—-]?\s*/.exec(rest)!;
  if (!m[0].includes(',') && !/[–—-]/.test(m[0]) && !/^\s*\p{Ll}/u.test(rest)) return undefined;
  rest = rest.slice(m[0].length);
  const pub = PUBLICATION.exec(rest);
  if (pub) return pub[1]!;
  if (FR_INVERTED.test(rest)) return carry();
  const words =
    /^((?:\p{Ll}[\p{L}'’-]*\s+){1,3}?)(?=\p{Lu}|(?:der|die|das|le|la|les|l['’]|el|los|las|un|une|una|ein|eine|er|sie|il|elle|él|ella)\b)/u.exec(
      rest,
    );
  if (!words) {
    // "» a déclaré à cette occasion le ministre de la Santé": a verb, a short adjunct, then the description.
    const verb = VERB_THEN_DESCRIPTION.exec(rest);
    const adjunct = (verb?.[1] ?? '').trim().split(/\s+/);
    if (verb && !PREPOSITION.test(adjunct[adjunct.length - 1]!)) {
      const phrase = rest.slice(verb[0].length);
      return phraseName(phrase, romance, known) ?? describedPhrase(phrase, known, resolve);
    }
    const lone = /^(\p{Ll}[\p{L}]*)\s*(?:,|$)/u.exec(rest);
    if (romance && lone && !NOT_VERB.test(lone[1]!)) return carry();
    return undefined;
  }
  const verbs = words[1]!.trim().split(/\s+/);
  // "”, explicó a La Estrella de Panamá": the name after "a" is who was told; the subject was dropped.
  if (romance && verbs.length === 2 && /^(?:a|à|al)$/.test(verbs[1]!)) return carry();
  if (NOT_VERB.test(verbs[0]!) || verbs.some((w) => PREPOSITION.test(w) && w !== 'a')) return undefined;
  const phrase = rest.slice(words[0]!.length);
  const head = /^[\p{L}]+/u.exec(phrase)?.[0] ?? '';
  if (PRONOUN.test(head)) return carry();
  // "schreiben Forscher um Aneta Afelt von der Universität Warschau": a team is given by the person it is around.
  const team = /^(?:(?:die|das)\s)?\p{Lu}[\p{L}-]*\s+um\s+(?=\p{Lu})/u.exec(phrase);
  if (!romance && team) return phraseName(phrase.slice(team[0].length), romance, known);
  return phraseName(phrase, romance, known) ?? describedPhrase(phrase, known, resolve);
}

/** The name a speaker phrase gives: a run, or an article and a short description before a run (apposition). */
function phraseName(phrase: string, romance: boolean, known: Names): string | null {
  const art = /^(\p{L}+['’]?)\s?/u.exec(phrase);
  let at = 0;
  let described = false;
  if (art && ARTICLE.test(art[1]!.replace(/['’]$/, ''))) {
    described = true;
    at = art[0].length;
    // "la toxicologue Dominique Parent-Massin": lowercase words of the description, then the name.
    const desc = /^(?:\p{Ll}[\p{L}-]*\s){0,3}/u.exec(phrase.slice(at))!;
    at += desc[0].length;
  }
  const run = runsIn(phrase, at, phrase.length, [])[0];
  if (!run || run.start !== at) return null;
  const name = personName(run.text, phrase.slice(run.start + run.text.length), known);
  if (name) return name;
  // "”, escribió la Alcaldía": in French and Spanish a capitalised noun after the article is a proper name.
  if (romance && described && at === art![0].length) return run.text;
  if (romance && !described && !isStopWord(run.text.split(' ')[0]!)) return run.text;
  return null;
}

/**
 * The clause before the quote in its sentence: "X verb …: „…“" or "X verb que “…”" with X a name, the last name
 * before the verb ("…, Álvaro Reinaldo, señaló … que …"); a pronoun or no subject ("Al respecto, explicó que") takes
 * the last person named; a description ("La secretaria de Estado, señaló que") gives null. Undefined when none.
 */
function beforeClause(
  text: string,
  start: number,
  open: number,
  mask: ReadonlyArray<readonly [number, number]>,
  known: Names,
  resolve: Resolve,
): string | null | undefined {
  const carry = resolve.carry;
  // "Kim Jong Un laut Trump am Leben - US-Präsident: „…“": a heading's dash starts the clause that introduces.
  const dash = /^.*\s[-–—]\s/su.exec(text.slice(start, open));
  if (dash) start += dash[0].length;
  const clause = text.slice(start, open);
  let verbAt = -1;
  for (const m of clause.matchAll(VERB_ALL)) verbAt = m.index;
  const colon = /:\s*$/.test(clause);
  if (verbAt < 0 && !colon) return undefined;
  const upTo = verbAt >= 0 ? start + verbAt : open;
  // "Nun hofft „Cello“, dass Trochowski es ihm nachmacht, sagte der MOPO:": a name inside a subordinate clause
  // (from "dass", "que", "weil" to its comma) is not the verb's subject.
  const subs = [...clause.slice(0, verbAt < 0 ? undefined : verbAt).matchAll(SUBORDINATE)].map(
    (m) => [start + m.index, start + m.index + m[0].length] as const,
  );
  const runs = runsIn(text, start, upTo, mask).filter(
    (r) => !PREPOSITION.test(wordBefore(text, r.start)) && !subs.some(([o, c]) => r.start >= o && r.start < c),
  );
  if (verbAt < 0) {
    // "Jansen weiß:", "Landesbranddirektor Dr. Karsten Homrighausen beglückwünschte die Geehrten:"
    const name = subjectName(text, start, open, mask, known);
    if (name) return name;
    const pron = /(?:^|[\s,])(er|sie|il|elle|Er|Il|Elle|él|ella)\s/u.exec(clause);
    return pron ? carry() : null;
  }
  for (let i = runs.length - 1; i >= 0; i--) {
    const r = runs[i]!;
    if (ARTICLE.test(wordBefore(text, r.start))) continue;
    const name = personName(r.text, text.slice(r.start + r.text.length), known);
    if (name) return name;
  }
  // "Auf die Frage, ob …, sagte Trump am Montag …: „…“": German puts the subject after the verb.
  VERB_HERE.lastIndex = verbAt;
  const verbEnd = verbAt + (VERB_HERE.exec(clause)?.[0].length ?? 0);
  const inverted = /^\s+/.exec(clause.slice(verbEnd));
  const next = inverted && runsIn(text, start + verbEnd, open, mask)[0];
  if (next && next.start === start + verbEnd + inverted[0].length) {
    const name = personName(next.text, text.slice(next.start + next.text.length), known);
    if (name) return name;
  }
  const pre = clause.slice(0, verbAt);
  if (/(?:^|[\s,])(?:er|sie|il|elle|Er|Il|Elle|él|ella)\s*(?:\p{Ll}+\s*)?$/u.test(pre)) return carry();
  // "„…“, weiß der amtierende HSV-Präsident, warnt aber: „…“": a second verb after a quote's own clause shares its
  // subject, the speaker of that quote.
  if (AFTER_QUOTE_CLAUSE.test(pre)) return carry();
  // No subject before the verb (Spanish and Italian drop it): "Al respecto, explicó que “…”".
  const words = pre.split(/[\s,]+/).filter(Boolean);
  if (words.some((w) => ARTICLE.test(w) || (/^\p{Lu}/u.test(w) && !isStopWord(w)))) {
    // "La experta en psicología organizacional y transgeneracional enfatizó que", "Ante esta situación, la
    // consultora recomendó", "La secretaria de Estado, señaló que": a description as the subject.
    const subject = pre
      .replace(/[\s,]+$/, '')
      .split(',')
      .pop()!
      .trim();
    const art = definiteArticle(subject);
    if (art && subject.split(/\s+/).length <= 8) return resolve.described(art.gender);
    if (words.length <= 3 && words.every((w) => isStopWord(w) || /^\p{Ll}/u.test(w))) return carry();
    return null;
  }
  return carry();
}
