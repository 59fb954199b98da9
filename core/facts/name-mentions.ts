// Name mentions: the capitalised-name candidates of one block's text, split where they join several names and
// marked when they come from a heading. Making each candidate a typed mention is mention-candidate.ts; merging them
// into entities is entity-clusters.ts.
import { EVENT_HINTS, EVENT_NAME, isNamedEvent } from './event-names';
import { knownWorkSpans, quotedTitleSpans } from './known-works';
import { lexiconEntityType } from './lexicon';
import { mentionFromCandidate } from './mention-candidate';
import type { NameMention } from './name-mention';
import { NAME_CONNECTORS } from './name-rules';
import { isCapsHeading, isHeadlineRun, splitCandidate } from './name-split';
import type { SentenceSpan } from './sentences';

export type { NameMention } from './name-mention';

// A capitalised word; periods only in initials, dotted acronyms and a few abbreviations, so names stop at a
// sentence's end ("Xi Jinping. Despite" is two things).
const WORD = String.raw`(?:\p{Lu}\.(?:\p{Lu}\.)+|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Inc|Co|Corp|Ltd|Gen|Gov|Sen|Rep|Pres|Atty|Lt|Sgt|Capt|Prof|Ft|Mt)\.|\p{Lu}\.(?=\s\p{Lu}[\p{Ll}])|(?:al|el|ad|as|an)-\p{Lu}[\p{L}\p{M}'’-]*|\p{Lu}(?:[\p{L}\p{M}\d&\u00AD-]|['’](?=\p{L}))*(?:\.(?:com|org|net))?)`;
const CANDIDATE = new RegExp(String.raw`(?<![\p{L}\p{N}])${WORD}(?:(?: (?:${NAME_CONNECTORS}) | )${WORD})*`, 'gu');

/** Names found in one block's text. `lowerWords` holds words seen lowercased in the article. */
export function findNameMentions(
  text: string,
  block: number,
  sentences: readonly SentenceSpan[],
  lowerWords: ReadonlySet<string>,
): NameMention[] {
  const starts = new Set(sentences.map((s) => s.start));
  const out: NameMention[] = [];
  const events = eventSpans(text);
  const works = knownWorkSpans(text);
  const titles = quotedTitleSpans(text);
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const prev = text[m.index - 1];
    // Handles and hashtags (@LucasNolan_, #Hamilton) are not names as written.
    if (prev === '@') continue;
    let raw = m[0];
    let at = m.index;
    if (prev === '#') {
      const sp = raw.indexOf(' ');
      if (sp < 0) continue;
      raw = raw.slice(sp + 1);
      at += sp + 1;
    }
    // Model designators ("Proton-M", "Soyuz-FG", "MS-04") and shouted words ("HIGH-powered").
    if (/^\S+-(?:[\p{Lu}\d]{1,3}|\p{Ll}+)(?:\s|$)/u.test(raw) && /^\p{Lu}+-|-[\p{Lu}\d]{1,3}(?:\s|$)/u.test(raw))
      continue;
    // A title in quotation marks ("Until Dawn", "Rush of Blood") names a work, whatever words it starts with.
    // (A right single mark or an apostrophe opens a title after a non-letter: "“’House of Cards,’” she said".)
    if (
      /(?:["“‘]|(?:^|[^\p{L}])['’])$/u.test(text.slice(Math.max(0, at - 2), at)) &&
      /^[,.:]?["”’]/.test(text.slice(at + raw.length, at + raw.length + 2).replace(/^['’]s/, ''))
    )
      continue;
    const headline = isHeadlineRun(raw);
    for (const part of splitCandidate(raw, at)) {
      const mention = mentionFromCandidate(text, part.text, part.start, block, starts, lowerWords);
      // A heading in capitals still names the places and bodies the lexicon knows ("JAPAN IS FACING …").
      const known = mention?.cue === 'place' || lexiconEntityType(mention?.core.toLowerCase() ?? '') !== null;
      if (mention && (headline || (!known && isCapsHeading(text, part.start, part.start + part.text.length))))
        mention.attachOnly = true;
      // "the White House Correspondents’ Dinner", "the National Religious Liberties Conference": a name inside a
      // named event is part of the event's name (a place stays one: "the Iowa caucuses").
      if (mention && mention.cue !== 'place' && events.some(([s, e]) => mention.start >= s && mention.end <= e))
        mention.eventOrAward = true;
      if (mention && works.length > 0) markProgramme(text, mention, works);
      // “Mr. Sanders Is Not a Brave Truth-Teller”: a name only ever named inside a quoted title is part of the work
      // (a person or place named in one, “The Lead with Jake Tapper”, is still the person or place).
      if (
        mention &&
        mention.cue !== 'person' &&
        mention.cue !== 'place' &&
        !mention.personShape &&
        titles.some(([s, e]) => mention.start >= s && mention.end <= e)
      )
        mention.eventOrAward = true;
      if (mention) out.push(mention);
    }
  }
  return out;
}

const EVENT_HINT = new RegExp(String.raw`\b(?:${EVENT_HINTS})\b`);

/**
 * Where the named events of a block's text lie ({@link EVENT_NAME} and {@link isNamedEvent}, the key facts' test, so
 * "Molly Ball" and "Vanity Fair" stay names), as [start, end).
 */
function eventSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!EVENT_HINT.test(text)) return out;
  EVENT_NAME.lastIndex = 0;
  for (let m = EVENT_NAME.exec(text); m; m = EVENT_NAME.exec(text)) {
    if (isNamedEvent(m[0], text.slice(m.index + m[0].length, m.index + m[0].length + 24)))
      out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/**
 * "Meet the Press", "Saturday Night Live": a name inside a known programme's title is part of it. "CBS' Face the
 * Nation", "CBS This Morning": a name that runs into the title from before it is the broadcaster's, cut where the
 * title starts.
 */
function markProgramme(text: string, mention: NameMention, programmes: ReadonlyArray<[number, number]>): void {
  const p = programmes.find(([s, e]) => mention.end > s && mention.end <= e);
  if (!p) return;
  if (mention.start >= p[0]) {
    mention.eventOrAward = true;
    return;
  }
  const before = text.slice(mention.start, p[0]).replace(/(?:['’]s?)?\s*$/u, '');
  if (!/^\p{Lu}/u.test(before) || before.includes(' ')) {
    mention.eventOrAward = true;
    return;
  }
  mention.core = before;
  mention.surface = before;
  mention.end = mention.start + before.length;
}
