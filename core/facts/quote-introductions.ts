// Speakers named around a quote rather than in its sentence: the sentence before it ("Axelrod tweeted this. “…”"),
// the paragraph before it ("Dr. Ward stated:", a paragraph about someone), a credit line after it ("- Sanders."), the
// publication a block quote comes from.
import { findAttribution, hasReportingVerb } from './attribution';
import type { PreparedBlock } from './prepared-block';
import { resolveSpeaker, type SpeakerContext, subjectBetween } from './resolve-speaker';
import { sentenceSubject } from './sentence-subject';
import type { SentenceSpan } from './sentences';

/** A verb that gives a statement or a comment: "had a more succinct statement", "issued a brief response". */
const STATEMENT_GIVEN =
  /\b(?:had|has|issued|issues|released|releases|gave|gives|offered|offers|put\sout|sent)\s(?:a|an|the|his|her|their|its)\s(?:[\p{Ll}-]+\s){0,2}(?:statement|comment|response|reply|message|verdict|assessment)\b/u;

/** A paragraph opening on a quotation mark. */
const OPENING = /^\s*["“„«»「『'‘‚]/;

/**
 * The speaker of a quote that opens its sentence, from the sentence just before it in the paragraph when that one
 * reports speech and quotes nothing itself ("David Axelrod tweeted this. “…”", "Bolton distanced himself … by
 * saying he would …. “…”"), with that sentence's reporting clause. Null when the quote does not open its sentence or the sentence before has no cue.
 */
export function reportedBefore(
  text: string,
  sentences: readonly SentenceSpan[],
  sentStart: number,
  open: number,
  b: number,
  ctx: SpeakerContext,
): { speaker: string; attribution: string } | null {
  if (text.slice(sentStart, open).trim()) return null;
  const prev = [...sentences].reverse().find((x) => x.end <= sentStart);
  if (!prev || /["“”«»]|''/.test(text.slice(prev.start, prev.end))) return null;
  // Its reporting verb, then the verb's subject: "…, tweeted a warning.", "Ms. Sherry said she considered …".
  const end = text.slice(prev.start, prev.end).replace(/[.!:]\s*$/, '').length + prev.start;
  const a = findAttribution(text, end, end, prev.start, end, false);
  // "Bolger’s lawyer, Jeremy Robinson, had a more succinct statement after the ruling on Thursday. “…”": a sentence
  // whose verb gives a statement introduces the quote after it, the sentence's subject speaking.
  if (!a && STATEMENT_GIVEN.test(text.slice(prev.start, end))) {
    const subject = sentenceSubject(text, prev.start, end, b, ctx, end);
    return subject ? { speaker: subject, attribution: text.slice(prev.start, end) } : null;
  }
  if (!a) return null;
  const speaker = a.who
    ? resolveSpeaker(a.who, a.whoStart, b, ctx)
    : sentenceSubject(text, prev.start, end, b, ctx, end);
  return speaker ? { speaker, attribution: a.clause } : null;
}

/**
 * The speaker named by the paragraph before block `p` when it ends on a colon after a reporting clause ("Dr. Ward
 * stated:", "The New York Times confirmed that observation, reporting:"), for a quote paragraph it introduces.
 */
export function colonIntroduced(
  prepared: readonly PreparedBlock[],
  p: number,
  ctx: SpeakerContext,
): { speaker: string; attribution: string } | null {
  const prev = prepared[p - 1];
  if (!prev) return null;
  const text = prev.block.text;
  const end = text.search(/:\s*$/);
  if (end < 0) return null;
  const sent = [...prev.sentences].reverse().find((x) => x.start <= end) ?? { start: 0, end: text.length };
  // "Stated Stone:" as a paragraph of its own: a sentence opening on its verb, the speaker after it.
  const inverted = INVERTED_COLON.exec(text.slice(sent.start));
  if (inverted) {
    const speaker = resolveSpeaker(inverted[2]!, sent.start + inverted[1]!.length + 1, prev.index, ctx);
    if (speaker) return { speaker, attribution: inverted[0].replace(/:\s*$/, '') };
  }
  const a = findAttribution(text, end, end, sent.start, end, false);
  // "The campaign posted its plan:" introduces the writer's list, not someone's words.
  if (!a || !hasReportingVerb(a.clause)) return null;
  const speaker = a.who
    ? resolveSpeaker(a.who, a.whoStart, prev.index, ctx)
    : sentenceSubject(text, sent.start, end, prev.index, ctx, end);
  return speaker ? { speaker, attribution: a.clause } : null;
}

/**
 * The speaker of a quote paragraph that follows a paragraph ending on a sentence that gives a statement ("At
 * Brazile’s direction, the DNC issued a statement apologizing to Sanders …. || “On behalf of everyone at the DNC,
 * …”"): that sentence's subject, who issued it; not a person named in its object. Null when the paragraph before
 * quotes anything itself or its last sentence gives no statement.
 */
export function statementBefore(
  prepared: readonly PreparedBlock[],
  p: number,
  ctx: SpeakerContext,
): { speaker: string; attribution: string } | null {
  const prev = prepared[p - 1];
  if (!prev?.prose || OPENING.test(prev.block.text)) return null;
  if ((ctx.quoted.get(prev.index) ?? []).length > 0 || /["“”«»]|''/.test(prev.block.text)) return null;
  const text = prev.block.text;
  const sent = prev.sentences[prev.sentences.length - 1] ?? { start: 0, end: text.length };
  const end = text.slice(sent.start, sent.end).replace(/[.!:]\s*$/, '').length + sent.start;
  const given = STATEMENT_GIVEN.exec(text.slice(sent.start, end));
  if (!given) return null;
  const verbAt = sent.start + given.index;
  // "At Brazile’s direction, the DNC issued …": a short named subject after a leading phrase and its comma.
  const named = /(?:^|,\s)((?:[Tt]he\s)?\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,4})\s(?:\p{Ll}+ly\s)?$/u.exec(
    text.slice(sent.start, verbAt),
  );
  const speaker =
    sentenceSubject(text, sent.start, verbAt, prev.index, ctx, end) ??
    (named ? resolveSpeaker(named[1]!, sent.start + named.index + named[0].indexOf(named[1]!), prev.index, ctx) : null);
  return speaker ? { speaker, attribution: text.slice(sent.start, end) } : null;
}

/** A sentence that is an opening reporting verb, a name and a colon: "Stated Stone:", "Said Mr. Smith:". */
const INVERTED_COLON =
  /^\s*(Said|Says|Added|Stated|Wrote|Writes|Explained|Noted|Declared|Recalled)\s((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s)?(?:\p{Lu}[\p{L}'’-]*\s){0,3}\p{Lu}[\p{L}'’-]*):\s*$/u;

/**
 * A credit line: a paragraph that is a dash, a name of up to four words and an optional comma phrase ("- Bernie
 * Sanders.", "-President Obama, tweeting after Clinton's speech.", "-Michelle Marks, Philadelphia."). Not an AFP
 * subhead set between dashes ("– Ready to quiz Trump –."), nor a list item that runs on ("— Carol Lee of the Wall
 * Street Journal, winner of …").
 */
const CREDIT_LINE =
  /^\s*[-—–]+\s*((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s)?\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3})(?:,\s[^"“”—–]{1,80}?)?\.?\s*$/u;

/**
 * The speaker a credit line names in the paragraph right after block `p` (a fact-check's or notebook's quote
 * paragraph, then "- Sanders."), with the line as attribution. The caller checks that `p` is one quotation.
 */
export function creditedAfter(
  prepared: readonly PreparedBlock[],
  p: number,
  ctx: SpeakerContext,
): { speaker: string; attribution: string } | null {
  const next = prepared[p + 1];
  const m = next ? CREDIT_LINE.exec(next.block.text) : null;
  if (!next || !m) return null;
  const speaker = resolveSpeaker(m[1]!, next.block.text.indexOf(m[1]!), next.index, ctx);
  return speaker ? { speaker, attribution: next.block.text.trim().replace(/^[-—–]+\s*/, '') } : null;
}

/** The person a plain paragraph just before block `p` is about (its first person outside quotes), if any. */
export function introducedBy(prepared: readonly PreparedBlock[], p: number, ctx: SpeakerContext): string | null {
  const prev = prepared[p - 1];
  if (!prev?.prose || OPENING.test(prev.block.text)) return null;
  if ((ctx.quoted.get(prev.index) ?? []).length > 0) return null;
  const name = subjectBetween(prev.index, 0, prev.block.text.length, ctx);
  if (!name || ctx.typeOf(name) !== 'person') return null;
  // "Leonardo's Kimbo Cafe in Cobh will be staying open …": a name whose every mention there is the possessive of a
  // capitalised name (a business, a place) is not the person the paragraph is about.
  const text = prev.block.text;
  const own = ctx.mentions.filter((m, i) => m.block === prev.index && ctx.canonical[i] === name);
  if (own.length > 0 && own.every((m) => /^['’]s\s\p{Lu}/u.test(text.slice(m.end, m.end + 4)))) return null;
  return name;
}

/** The publication a block quote comes from: "the Atlantic reports" in the introduction or the lead. */
export function findPublication(prepared: readonly PreparedBlock[], p: number, ctx: SpeakerContext): string | null {
  for (let q = p - 1; q >= 0 && q >= p - 4; q--) {
    const pb = prepared[q]!;
    if ((!pb.prose && q !== p - 1) || pb.block.type === 'blockquote') continue;
    const text = pb.block.text;
    const m =
      /(?:^|[,;]\s|\band\s)((?:the\s)?\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,4})\s(?:reports?|reported|writes?|wrote|notes?|noted|explains?|explained|argues?|argued)\b|according to\s((?:the\s)?\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,4})/u.exec(
        text,
      );
    if (m) {
      const who = (m[1] ?? m[2])!;
      return resolveSpeaker(who, text.indexOf(who), pb.index, ctx) ?? who;
    }
  }
  return null;
}

/** A sentence that is only a reporting clause: "Trump said.", "Mr. Manafort asked.", "Miller, a retired worker, said …". */
const CLAUSE_SENTENCE =
  /^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s)?(?:\p{Lu}[\p{L}'’-]*\s){0,3}\p{Lu}[\p{L}'’-]*(?:,\s[^,;"“”]{1,100},)?\s(?:\p{Ll}+ly\s)?(?:said|says|asked|asks|added|adds|told|tells|wrote|writes|explained|noted|replied|responded|recalled|questioned|reacted|tweeted|wondered|continued|argued|insisted|countered)\b/u;

/**
 * The speaker of a quote whose sentence ended inside its marks when the next sentence, right after the closing mark,
 * opens on a name and its reporting verb ("“… that are missing.” Trump said."). Null otherwise.
 */
export function clauseOpeningNext(
  text: string,
  sentences: readonly SentenceSpan[],
  close: number,
  b: number,
  ctx: SpeakerContext,
): { speaker: string; attribution: string } | null {
  const next = sentences.find((x) => x.start >= close);
  if (!next || text.slice(close, next.start).trim()) return null;
  const sentence = text.slice(next.start, next.end);
  const clause = CLAUSE_SENTENCE.exec(sentence);
  // Only the clause and a short adjunct ("said pleasantly into the phone."): "Reid said both parties …" and "Zahed
  // said: “…”" report words of their own.
  const rest = clause
    ? sentence
        .slice(clause[0].length)
        .replace(/[.!?]+\s*$/, '')
        .trim()
    : '';
  if (
    !clause ||
    /[:"“”]|''/.test(rest) ||
    rest.split(/\s+/).length > 6 ||
    /^(?:that|he|she|they|it|we|I|both|the|a|an|his|her|their|this|there)\b/.test(rest)
  )
    return null;
  const a = findAttribution(text, next.start, next.start, next.start, next.end, false);
  const speaker = a?.who ? resolveSpeaker(a.who, a.whoStart, b, ctx) : null;
  return speaker && a ? { speaker, attribution: a.clause } : null;
}
