// Speakers named around a quote rather than in its sentence: the sentence before it ("Axelrod tweeted this. “…”"),
// the paragraph before it ("Dr. Ward stated:", a paragraph about someone), the publication a block quote comes from.
import { findAttribution, hasReportingVerb } from './attribution';
import type { PreparedBlock } from './quotes';
import { resolveSpeaker, type SpeakerContext, subjectBetween } from './resolve-speaker';
import { sentenceSubject } from './sentence-subject';
import type { SentenceSpan } from './sentences';

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
  const a = findAttribution(text, end, end, sent.start, end, false);
  // "The campaign posted its plan:" introduces the writer's list, not someone's words.
  if (!a || !hasReportingVerb(a.clause)) return null;
  const speaker = a.who
    ? resolveSpeaker(a.who, a.whoStart, prev.index, ctx)
    : sentenceSubject(text, sent.start, end, prev.index, ctx, end);
  return speaker ? { speaker, attribution: a.clause } : null;
}

/** The person a plain paragraph just before block `p` is about (its first person outside quotes), if any. */
export function introducedBy(prepared: readonly PreparedBlock[], p: number, ctx: SpeakerContext): string | null {
  const prev = prepared[p - 1];
  if (!prev?.prose || OPENING.test(prev.block.text)) return null;
  if ((ctx.quoted.get(prev.index) ?? []).length > 0) return null;
  const name = subjectBetween(prev.index, 0, prev.block.text.length, ctx);
  return name && ctx.typeOf(name) === 'person' ? name : null;
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
