// Quotes (docs/extraction.md): direct, partial (3+ words), block and embed; interrupted and multi-paragraph
// quotes; each with its speaker and attribution clause.
import type { Block, Quote, QuoteKind } from '../types';
import { findAttribution } from './attribution';
import { relativeSubject, resolveSpeaker, subjectBetween, type SpeakerContext } from './resolve-speaker';
import { makeProvenance, stableId, trimSpan } from './provenance';
import { colonOpened, findMarkedSpans, type MarkedSpan } from './quote-marks';
import { sentenceSubject } from './sentence-subject';
import { CHARACTERISING } from './speakers';
import { type RankerTrace, rankedSpeaker, speakerCandidates } from './speaker-ranker';
import type { SentenceSpan } from './sentences';
import type { PreparedBlock } from './prepared-block';
import { transcriptSpeakers } from './transcript-labels';
import {
  clauseOpeningNext,
  colonIntroduced,
  statementBefore,
  creditedAfter,
  findPublication,
  introducedBy,
  reportedBefore,
} from './quote-introductions';

const OPENING = /^\s*["“„«»「『'‘‚]/;
/** A reporting clause right after a closing mark: "Forte said", "he asked", "said Jane Doe". */
const SAID_AFTER =
  /^\s+(?:(?:\p{Lu}[\p{L}.'’-]*\s){1,3}|(?:he|she|they|it|we|I)\s)(?:said|says|asked|asks|added|wrote|told)\b|^\s+(?:said|says|asked|added)\s/u;
/** A lead-in to the writer's own list: "a few theories:", "three reasons:", "the following:", "include:". */
const LIST_LEAD =
  /(?:\b(?:a few|several|some|a number of|a couple of|two|three|four|five|six|seven|eight|nine|ten|\d+)\s(?:[\p{L}-]+\s){0,2}[\p{L}-]+s|\bthe following|\bas follows|\binclud(?:e|es|ed|ing))\s*:\s*$/iu;
const REPORTS = /\b(?:reports?|reported|writes?|wrote|said|says|according to|notes?|noted)\b/i;
const EMBED_AUTHOR = /[—–]\s*([^—–(@\n]{2,60}?)\s*\(@\w+\)/;
const EMBED_LINK = /pic\.twitter\.com|https?:\/\/t\.co\//;

/** Whether a reporting clause names `name` right next to its verb: "said Bolton", "Bolton said" (not "the Florida senator said"). */
function namedByVerb(name: string, clause: string | null): boolean {
  if (!clause) return false;
  const n = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const verb = '(?:said|says|told|tells|added|adds|wrote|writes|asked|continued|explained|noted|argued)';
  return new RegExp(`(?:^|\\s)${n}\\s${verb}\\b|\\b${verb}\\s${n}(?:$|[\\s,.])`, 'u').test(clause);
}

/**
 * Whether a one-word name is the surname of a person the article names in full ("Bozell says" after "Brent Bozell
 * III, founder of …"): the entity rules may keep the bare surname apart, even as an organisation, but it is him.
 */
function isPersonsSurname(name: string, ctx: SpeakerContext): boolean {
  if (!/^\p{Lu}\p{Ll}[\p{Ll}'’-]+$/u.test(name)) return false;
  return ctx.entities.some(
    (e) => e.type === 'person' && e.name.replace(/,?\s(?:Jr\.?|Sr\.?|II|III|IV)$/, '').endsWith(` ${name}`),
  );
}

/** Whether a quoted span reads as a title, term or nickname rather than someone's words. */
function isTitleLike(span: string): boolean {
  const t = span.trim();
  // "The World of Tomorrow." keeps the sentence's period inside the marks (American style).
  if (/[!?;:]$/.test(t) || (/[.,]$/.test(t) && t.split(/\s+/).length > 8)) return false;
  const words = t
    .replace(/[.,]$/, '')
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  const small = /^(?:a|an|the|of|and|or|in|on|at|to|for|by|with|from|vs\.?|de|la)$/;
  return words.length > 0 && words.every((w) => /^[\p{Lu}\d#@]/u.test(w) || small.test(w));
}

const CJK_HINT = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/**
 * How long a span is in words, for the length rules of quotes and prose blocks (not reading time: that is
 * countReadingWords in core/article/reading-time.ts). In scripts written without spaces (Chinese, Japanese) every two
 * characters count as one.
 */
export function spanWordCount(s: string): number {
  const cjk = CJK_HINT.test(s)
    ? (s.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0)
    : 0;
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length + Math.floor(cjk / 2);
}

function sentenceAt(sentences: readonly SentenceSpan[], i: number, len: number): SentenceSpan {
  for (const s of sentences) if (i >= s.start && i < s.end) return s;
  return { start: 0, end: len };
}

/** Ranges of `text` covered by quotes, for facts to leave out. */
export type QuoteRanges = Map<number, Array<[number, number]>>;

/**
 * Every quote in the article, in reading order. `ctx` resolves speakers; `ranges` receives the quoted
 * character ranges per block (direct and partial only) so facts can ignore the speaker's own claims; `trace`, when
 * given, sees each quote's ranker candidates (a bench's hook; the extension never passes one).
 */
export function extractQuotes(
  blocks: readonly Block[],
  prepared: readonly PreparedBlock[],
  ctx: SpeakerContext,
  ranges: QuoteRanges,
  trace?: RankerTrace,
): Quote[] {
  const quotes: Quote[] = [];
  const turns = transcriptSpeakers(
    prepared.map((pb) => ({ index: pb.index, text: pb.block.text })),
    ctx.entities,
  );
  let prevOpenEnded = false;
  let blockQuoteSpeaker: string | null = null;
  let inIntroducedQuote = false;
  const spoken = new Map<string, number>();
  for (let p = 0; p < prepared.length; p++) {
    const pb = prepared[p]!;
    const text = pb.block.text;
    const b = pb.index;
    const push = (
      kind: QuoteKind,
      start: number,
      end: number,
      speaker: string | null,
      attribution: string | null,
    ): void => {
      [start, end] = trimSpan(text, start, end);
      if (end <= start) return;
      const t = text.slice(start, end);
      quotes.push({
        id: stableId('q', t, b, start),
        text: t,
        speaker,
        attribution,
        kind,
        source: makeProvenance(blocks, b, start, end),
      });
      if (speaker) {
        ctx.lastSpeaker = speaker;
        spoken.set(speaker, (spoken.get(speaker) ?? 0) + 1);
      }
      // A speaker named by a bare capitalised name ("Bozell says") is a person even when the entity rules left it
      // untyped or took it for a place ("said Bolton"): places do not speak.
      const typed = speaker ? ctx.typeOf(speaker) : null;
      if (
        speaker &&
        (typed === 'person' ||
          ((!typed || (typed === 'place' && namedByVerb(speaker, attribution))) &&
            /^(?:\p{Lu}[\p{L}'’.-]+\s?){1,3}$/u.test(speaker)) ||
          (typed === 'org' && namedByVerb(speaker, attribution) && isPersonsSurname(speaker, ctx)))
      ) {
        ctx.lastPerson = speaker;
        ctx.lastPersonAt = { block: b, at: start };
      }
    };
    // Block quotes: marked up as such, or a paragraph introduced by a colon ("the Atlantic reports:").
    const prev = p > 0 ? prepared[p - 1]! : null;
    const introduced: boolean =
      pb.block.type === 'p' &&
      !OPENING.test(text) &&
      spanWordCount(text) >= 12 &&
      ((prev !== null &&
        /:\s*$/.test(prev.block.text) &&
        (prev.prose || REPORTS.test(prev.block.text)) &&
        !LIST_LEAD.test(lastSentence(prev))) ||
        (inIntroducedQuote && prev !== null));
    if (pb.block.type === 'blockquote' || introduced) {
      const embed = EMBED_AUTHOR.exec(text);
      const link = EMBED_LINK.exec(text);
      if ((embed || link) && pb.block.type === 'blockquote') {
        const author = embed?.[1] ? resolveSpeaker(embed[1], embed.index + embed[0].indexOf(embed[1]), b, ctx) : null;
        const cut = Math.min(embed?.index ?? text.length, link?.index ?? text.length);
        push(
          'embed',
          0,
          cut,
          author,
          embed
            ? text
                .slice(embed.index)
                .replace(/^[—–]\s*/, '')
                .trim()
            : null,
        );
        // The post's author line ("— Jane Doe (@SenJaneDoe) March 3, 2017") is not the article's fact.
        const list = ranges.get(b) ?? [];
        list.push([cut, text.length]);
        ranges.set(b, list);
        inIntroducedQuote = false;
        continue;
      }
      if (pb.block.type === 'blockquote' && prev?.block.type !== 'blockquote') blockQuoteSpeaker = null;
      // A passage with no named source keeps none: the last person quoted did not write it.
      if (!blockQuoteSpeaker || (introduced && !inIntroducedQuote))
        blockQuoteSpeaker = findPublication(prepared, p, ctx) ?? introducedBy(prepared, p, ctx);
      const whole = /^\s*["“„«]/.test(text) && /["”“»]\s*$/.test(text);
      push(
        'block',
        whole ? text.search(/["“„«]/) + 1 : 0,
        whole ? text.search(/["”“»]\s*$/) : text.length,
        blockQuoteSpeaker,
        null,
      );
      inIntroducedQuote = introduced && /(?:\[…\]|\[\.\.\.\]|…\])\s*$/.test(text);
      continue;
    }
    inIntroducedQuote = false;
    // Headings can quote someone (a lead set as a heading, a subhead); captions and credits cannot.
    if (!pb.prose && pb.block.type !== 'heading') {
      prevOpenEnded = false;
      continue;
    }
    const spans = findMarkedSpans(text);
    const nextText = prepared[p + 1]?.block.text ?? '';
    let lastInBlock: { speaker: string | null; attribution: string | null; close: number } | null = null;
    let orphan: { quote: Quote; close: number } | null = null;
    const startsWithQuote = OPENING.test(text);
    for (let si = 0; si < spans.length; si++) {
      const s: MarkedSpan = spans[si]!;
      if (s.open_ended && !OPENING.test(nextText) && !colonOpened(text, s.open)) continue;
      const inner = text.slice(s.start, s.end);
      const found = sentenceAt(pb.sentences, s.open, text.length);
      // "“Absolutely not. Absolutely not,” Clinton responded, remarking that she is “looking for a team”": a
      // sentence split inside an earlier quotation starts at that quotation's opening mark.
      const inside = (ranges.get(b) ?? []).find(([o, c]) => found.start > o && found.start < c);
      const sent = inside ? { start: inside[0], end: found.end } : found;
      const before = text.slice(Math.max(0, s.open - 20), s.open);
      if (/\bas if(?: to say)?[\s,]*$/i.test(before)) continue;
      const prevChar = text.slice(0, s.open).trimEnd().slice(-1);
      const woven =
        /[\p{L}\p{N}]/u.test(prevChar) &&
        !/\b(?:said|says|added|asked|wrote|tweeted|saying)\s*$/i.test(text.slice(0, s.open));
      // A fragment starting in lowercase is woven into the writer's sentence, unless a colon introduces it.
      const partial = /^\p{Ll}/u.test(inner.trim()) && (woven || prevChar !== ':');
      const words = spanWordCount(inner);
      // "“I’m not,” Mr. Dejesus said": the title's period does not end the reporting clause.
      const followedBySaid = /^[,\s]*[^.;"“”]{0,40}?\b(?:said|says|told|asked|added|wrote|writes|tweeted)\b/.test(
        text
          .slice(s.close, s.close + 60)
          .replace(/\b(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|St|Jr|Sr|Prof|Rev|\p{Lu})\.(?=\s)/gu, '$1'),
      );
      if ((words < 3 && !(followedBySaid && /[,.!?]$/.test(inner.trim()) && !woven)) || isTitleLike(inner)) {
        // "“Safety,” said Grimm. “Safety for the whole country.”": a short quote's clause names who goes on.
        const a = followedBySaid && !woven ? findAttribution(text, s.open, s.close, sent.start, sent.end, false) : null;
        const who = a?.who ? resolveSpeaker(a.who, a.whoStart, b, ctx) : null;
        if (who) lastInBlock = { speaker: who, attribution: a!.clause, close: s.close };
        continue;
      }
      const list = ranges.get(b) ?? [];
      list.push([s.open, s.close]);
      ranges.set(b, list);
      // The reporting clause follows the quote's last sentence, which may not be the one it opens in.
      const endSent = sentenceAt(pb.sentences, Math.max(s.open, s.close - 1), text.length);
      // "“… grocery?” Forte said.": a question or exclamation ends the sentence before its reporting clause.
      let attrEnd = Math.max(sent.end, endSent.end);
      if (/[?!]["”»]?$/.test(text.slice(s.open, s.close)) && SAID_AFTER.test(text.slice(s.close, s.close + 60))) {
        attrEnd = Math.max(attrEnd, sentenceAt(pb.sentences, Math.min(text.length - 1, s.close + 2), text.length).end);
      }
      const credit = partial ? null : dashCredit(text, s.close, b, ctx);
      const attr = credit ? null : findAttribution(text, s.open, s.close, sent.start, attrEnd, partial);
      let speaker: string | null = null;
      let attribution: string | null = null;
      let reported: ReturnType<typeof reportedBefore> = null;
      if (credit) {
        // "“We will rebuild.” — Jane Smith, mayor of Springfield “…” — Governor John Doe": a reaction round-up
        // credits each quotation after a dash; the name before the next quotation is that one's, not this one's.
        ({ speaker, attribution } = credit);
      } else if (attr) {
        // "…, saying in a statement that it …": no subject before the verb, so the sentence's subject speaks.
        speaker = attr.who
          ? resolveSpeaker(attr.who, attr.whoStart, b, ctx, s.open)
          : (sentenceSubject(text, sent.start, s.open, b, ctx, s.open, true) ??
            subjectBetween(b, sent.start, s.open, ctx));
        // "…, which tried to rally support by saying …": the relative clause's antecedent is the speaker.
        // "Sen. Marco Rubio of Florida, who mused": "who" is a person, not the place after "of". "President Obama, who
        // he noted was “…”", "…, which Will claims affirmed “…”": a subject after the relative word speaks.
        const rel = relativeSubject(attr.who, attr.whoStart, b, ctx, s.open);
        if (rel) speaker = rel.speaker;
        else if (/^(?:which|who|that|whose)\b/i.test(attr.who)) {
          // "… by his show’s listeners, who wondered if “…”": an antecedent no name stands for, people described by
          // a plural ("listeners", "residents", "critics"), speaks; not the name the sentence opened on.
          const described = /^who\b/i.test(attr.who)
            ? /(?:^|\s)((?:his|her|their|its|the|some|many|several|other|local)\s(?:[\p{Ll}'’-]+\s){0,3}(?:[\p{Ll}'’-]+(?:ers|ists|ians|ants|ents|ors)|people|residents|officials|critics|fans|voters|viewers|readers)),\s*$/u.exec(
                text.slice(sent.start, attr.whoStart),
              )
            : null;
          speaker = described
            ? described[1]!
            : (subjectBetween(b, sent.start, attr.whoStart, ctx, true, /^who\b/i.test(attr.who)) ?? speaker);
        }
        // "She told the show … and predicted viewers “…”": a clause, not a name, before the verb; its subject speaks.
        speaker ??= sentenceSubject(text, sent.start, s.open, b, ctx, s.open);
        // "Maher stated … that the report “wasn’t good.” Adding, “Now, …”": a sentence opening on a participle with
        // no subject continues the sentence before it; that one's speaker, or its subject, speaks.
        if (!speaker && !attr.who.trim() && /^\s*\p{Lu}\p{Ll}+ing,?\s*$/u.test(text.slice(sent.start, s.open))) {
          const prev = [...pb.sentences].reverse().find((x) => x.end <= sent.start);
          speaker =
            (lastInBlock as { speaker: string | null } | null)?.speaker ??
            (prev ? sentenceSubject(text, prev.start, prev.end, b, ctx, prev.end) : null);
        }
        // "PENCE: … and I said “…”", "PENCE: “…”": in a transcript's turn, "I", "we" and the label are its person.
        const turn = turns.get(b);
        if (turn && (/(?:^|\s)(?:I|we)$/i.test(attr.who.trim()) || attr.whoStart < text.indexOf(':'))) speaker = turn;
        attribution = attr.clause;
      } else if (
        (partial || NAMED_AS.test(text.slice(sent.start, s.open))) &&
        (speaker = characterisedBy(text, sent.start, s.open, b, ctx))
      ) {
        // "Trump called her “a nasty woman”": the words are the subject's, with no reporting verb.
      } else if (turns.has(b)) {
        // "PENCE: … “…” …": a transcript's labelled turn is the label's person's; a kicker's ("\"VIDEO: …") nobody's.
        speaker = turns.get(b) ?? null;
      } else if ((speaker = sentenceSubject(text, sent.start, s.open, b, ctx, s.open))) {
        // "Cruz … questioned Trump's “New York values”", "She told ABC …": the sentence's subject speaks.
      } else if ((reported = reportedBefore(text, pb.sentences, sent.start, s.open, b, ctx))) {
        // "Sen. Ted Cruz, …, tweeted a warning. “Missouri: …”": the sentence before reports the quote.
        ({ speaker, attribution } = reported);
      } else if ((reported = clauseOpeningNext(text, pb.sentences, s.close, b, ctx))) {
        // "“… missing.” Trump said.": the next sentence opens on the quote's reporting clause.
        ({ speaker, attribution } = reported);
      } else if (lastInBlock) {
        // The second half of an interrupted quote, or a further quote by the same speaker.
        speaker = lastInBlock.speaker;
        attribution = lastInBlock.attribution;
      } else if (
        spans.length === 1 &&
        startsWithQuote &&
        !text.slice(s.close).replace(/[\s"”'’.,]/g, '') &&
        (reported = creditedAfter(prepared, p, ctx))
      ) {
        // "“… pay zero taxes.”" / "- Sanders.": a quote paragraph and the credit line after it.
        ({ speaker, attribution } = reported);
      } else if (si === 0 && startsWithQuote && (reported = colonIntroduced(prepared, p, ctx))) {
        // "Dr. Ward stated:" / "“The Department of Justice …”": the paragraph before introduces this one.
        ({ speaker, attribution } = reported);
      } else if (si === 0 && startsWithQuote && !prevOpenEnded && (reported = statementBefore(prepared, p, ctx))) {
        // "…, the DNC issued a statement apologizing to Sanders …." / "“On behalf of everyone at the DNC, …”".
        ({ speaker, attribution } = reported);
      } else if (si === 0 && startsWithQuote && !prevOpenEnded && introducedBy(prepared, p, ctx)) {
        // A quote paragraph right after a paragraph about someone ("But for Parata and his family …").
        speaker = introducedBy(prepared, p, ctx);
      } else if (si === 0 && startsWithQuote && (prevOpenEnded || ctx.lastSpeaker)) {
        // A continuation paragraph, or a new quote paragraph after an attributed one.
        const following = spans[si + 1];
        const later = following ? findAttribution(text, following.open, following.close, 0, text.length, false) : null;
        if (later) {
          speaker = resolveSpeaker(later.who, later.whoStart, b, ctx);
          attribution = later.clause;
        } else speaker = ctx.lastSpeaker;
      }
      if (!speaker && si === 0 && startsWithQuote) {
        // "…" Hicks said, as the next sentence.
        const nextSent = pb.sentences.find((x) => x.start >= s.close);
        if (nextSent) {
          const a = findAttribution(text, nextSent.start, nextSent.start, nextSent.start, nextSent.end, false);
          if (a) {
            speaker = resolveSpeaker(a.who, a.whoStart, b, ctx);
            attribution = a.clause;
          }
        }
      }
      // "Guns are “the ultimate crisis” and “stunt growth,” Dean proclaimed": quotations joined by "and" share the
      // reporting clause of the last one.
      if (attr && speaker && orphan && /^\s*,?\s*(?:and|or)\s*$/.test(text.slice(orphan.close, s.open))) {
        orphan.quote.speaker = speaker;
        orphan.quote.attribution = attribution;
      }
      // No pass found a speaker: the learned ranker may name one (speaker-ranker.ts).
      const cue = attr && /^(?:he|she|it|they|we)$/i.test(attr.who.trim()) ? attr.who.trim().toLowerCase() : null;
      const site = { block: b, open: s.open, close: s.close, spoken, partial, pronoun: cue, clause: !!attribution };
      trace?.(site, speakerCandidates(site, ctx), speaker);
      speaker ??= rankedSpeaker(site, ctx);
      const n = quotes.length;
      push(partial ? 'partial' : 'direct', s.start, s.end, speaker, attribution);
      orphan = !speaker && quotes.length > n ? { quote: quotes[n]!, close: s.close } : null;
      lastInBlock = { speaker, attribution, close: s.close };
    }
    prevOpenEnded = spans.length > 0 && spans[spans.length - 1]!.open_ended;
  }
  return quotes;
}

/**
 * A credit right after a quotation's closing mark: a dash, then a name (with its titles) that ends the paragraph or
 * is followed by a comma and a description, a bracket, or the next quotation ("” — Jane Smith, mayor of
 * Springfield “…”"). The name must be a person or an organisation the article names, or a run of two to four
 * capitalised words the entity rules left untyped; a place, a date or a lowercase aside ("” — and that was that")
 * credits no one.
 */
function dashCredit(
  text: string,
  close: number,
  b: number,
  ctx: SpeakerContext,
): { speaker: string; attribution: string } | null {
  const after = text.slice(close, close + 200);
  const m = DASH_CREDIT.exec(after) ?? BRACKET_CREDIT.exec(after);
  if (!m) return null;
  const phrase = m[1]!.trim();
  const speaker = resolveSpeaker(phrase, close + m[0].indexOf(m[1]!), b, ctx);
  if (!speaker) return null;
  const type = ctx.typeOf(speaker);
  if (type === 'place' || (!type && !/^(?:\p{Lu}[\p{L}'’.-]+\s){1,3}\p{Lu}[\p{L}'’.-]+$/u.test(speaker))) return null;
  // A bracket also holds a year, an agency's credit or a party label: only a person is credited there.
  if (m[0].includes('(') && type !== 'person' && type !== null) return null;
  return {
    speaker,
    attribution: m[0]
      .replace(/^[\s"”’»]*(?:[—–-]+|\()\s*/, '')
      .replace(/\)$/, '')
      .trim(),
  };
}

/** After a closing mark, a bracket holding a name and perhaps a description: "” (Jane Smith, mayor of Springfield)". */
const BRACKET_CREDIT = /^[\s"”’»]*\(((?:\p{Lu}[\p{L}'’.-]*\s?){1,6})(?:,\s[^()"“”]{1,120})?\)(?=$|\s|[.,;])/u;

/** After a closing mark: a dash, a capitalised name of up to six words, then where a credit ends. */
const DASH_CREDIT =
  /^[\s"”’»]*(?:[—–]|\s--?)\s?((?:\p{Lu}[\p{L}'’.-]*\s?){1,6})(?=$|,\s[^"“”]{0,120}?(?=$|\s["“]|[.;]\s*$)|\s?\(|\s["“]|\.?\s*$)/u;

/**
 * The sentence that introduces the next block. A colon after a list's lead-in does not introduce a quotation:
 * "Analysts provided a few theories:" is followed by the writer's own paragraphs.
 */
function lastSentence(pb: PreparedBlock): string {
  const s = pb.sentences[pb.sentences.length - 1];
  return s ? pb.block.text.slice(s.start, s.end) : pb.block.text;
}

/** A naming verb a few words before a whole-sentence quote: "… called the Republican frontrunner “ISIS’ best recruiter.”". */
const NAMED_AS = /\b(?:call(?:s|ed)|dubb?(?:s|ed)|label(?:s|ed|led)|brand(?:s|ed))\s(?:[^\s.;:"“”]+\s){0,5}$/;

/**
 * The subject of a characterising verb before a partial quote ("Trump called her …", "she described it as …"):
 * the first name before the verb in the sentence, or the pronoun just before it. Null when there is none.
 */
function characterisedBy(text: string, sentStart: number, open: number, b: number, ctx: SpeakerContext): string | null {
  const before = text.slice(sentStart, open);
  // The verb nearest the quote: "in a clip that Judge Mosman called “distasteful,” Santilli expressed a desire to …".
  const verbs = [...before.matchAll(new RegExp(CHARACTERISING.source, 'gi'))];
  const m = verbs[verbs.length - 1];
  if (!m) return null;
  const verbAt = sentStart + m.index!;
  const pron = /\b(he|she|they)\s+(?:\p{Ll}+ly\s+|also\s+|has\s+|had\s+|have\s+)?$/iu.exec(
    text.slice(sentStart, verbAt),
  );
  if (pron) return resolveSpeaker(pron[1]!, sentStart + pron.index, b, ctx);
  // "…, Indiana Gov. Mike Pence, who called their son “…”": a relative clause's verb is its antecedent's.
  const rel = /,\s(?:who|which)\s(?:\p{Ll}+ly\s|also\s|has\s|had\s|have\s)?$/u.exec(text.slice(sentStart, verbAt));
  // Only a name right before the comma ("the governor, who called …" is nobody named).
  if (rel) {
    const i = ctx.mentions.findIndex((m) => m.block === b && m.end === sentStart + rel.index);
    const antecedent = i >= 0 ? ctx.canonical[i] : null;
    if (antecedent) return antecedent;
  }
  // "in what one Latino conservative has dubbed ''…''": a described someone after "what"/"which"/"that" is the verb's
  // subject, not the sentence's; so is one opening the sentence ("One Clinton spokesman has called …": not Clinton),
  // or a subordinate clause's subject before a verb of naming ("Kasich is coming off a strong debate, when many
  // commentators called him “…”"; not "as the meeting began vowing to “…”").
  const described =
    /(?:\b(?:what|which|that)\s|^\s*)((?:one|an?|another|some|the)\s(?:[\p{L}-]+\s){0,3}?[\p{L}-]+)\s(?:has\s|had\s|have\s)?$/iu.exec(
      text.slice(sentStart, verbAt),
    ) ??
    (/^(?:call|dub|label|brand)/i.test(m[0])
      ? /\b(?:when|while|after|as|because|since|where)\s((?:one|an?|another|some|the|many|several|most|other)\s(?:[\p{L}-]+\s){0,3}?[\p{L}-]+)\s(?:has\s|had\s|have\s)?$/iu.exec(
          text.slice(sentStart, verbAt),
        )
      : null);
  if (described)
    return resolveSpeaker(described[1]!, verbAt - described[0].length + described[0].indexOf(described[1]!), b, ctx);
  // "what Gilbert called “…”", "Vice President for news Dave Gorab called …": the name right before the verb.
  const named = /((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s)?(?:\p{Lu}[\p{L}'’-]*\s){1,4})(?:\p{Ll}+ly\s|also\s)?$/u.exec(
    text.slice(sentStart, verbAt),
  );
  const who = named && resolveSpeaker(named[1]!.trim(), sentStart + named.index, b, ctx);
  // Only a name the article knows ("Sanders during a Sunday thanked" leaves "Sunday" out).
  if (who && /^\p{Lu}/u.test(who) && ctx.typeOf(who)) return who;
  return sentenceSubject(text, sentStart, open, b, ctx, open) ?? subjectBetween(b, sentStart, verbAt, ctx);
}
