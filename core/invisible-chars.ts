// Characters a page can write into its text that are never drawn and mean nothing to a reader: Unicode's "default
// ignorable" code points that no real script needs, and the ones a script needs (joiners, ZWSP, bidi marks, soft
// hyphen, selectors) wherever the text around them does not (invisible-context.ts). The text model leaves them out,
// and every export strips them, so a quote says what the reader saw and carries no hidden message.

import {
  type Around,
  drawnAfter,
  isContextual,
  isNeeded,
  isBidiMark,
  isSelector,
  letterAfter,
  letterBefore,
  varies,
} from './invisible-context';

const isTagPlane = (cp: number): boolean => cp >= 0xe0000 && cp <= 0xe0fff && !(cp >= 0xe0100 && cp <= 0xe01ef);
const BLACK_FLAG = 0x1f3f4;
/** A subdivision flag's tags (🏴 + "gbsct" + cancel tag): 2 to 6 lowercase letters or digits. */
const MAX_FLAG_TAGS = 7;

/**
 * Never drawn, never needed: left out wherever they appear.
 * - U+115F, U+1160, U+3164, U+FFA0: Hangul fillers (modern Korean text is precomposed; the fillers are blank glyphs).
 * - U+17B4, U+17B5: Khmer inherent vowels, which Unicode says not to use.
 * - U+180E: Mongolian vowel separator, a format character since Unicode 6.3 (it only picks the preceding letter's
 *   final form, and it is the usual "invisible space" of smuggled text).
 * - U+2060-U+206F apart from the bidi isolates U+2066-U+2069: word joiner, invisible math operators (U+2061-U+2064),
 *   the unassigned U+2065 and the deprecated format characters U+206A-U+206F.
 * - U+FEFF: zero-width no-break space (a byte-order mark inside text).
 * - U+FFF0-U+FFFB: unassigned specials and the interlinear annotation marks.
 * - U+1D173-U+1D17A: music notation's beam, tie and slur format characters (not running text).
 * - U+E0000-U+E0FFF apart from the variation selectors: tag characters and unassigned ignorables; see `flagTagsAt` for
 *   the one drawn use of tags.
 *
 * Kept where the text around them needs them (`isContextual`, `isNeeded`, `varies`): soft hyphen, U+034F combining
 * grapheme joiner, ZWSP, ZWNJ, ZWJ, LRM, RLM, ALM, the bidi isolates, variation selectors and Mongolian's selectors.
 * Kept always: the bidi embeddings and overrides U+202A-U+202E (drawn-apart.ts judges overrides).
 */
function isAlwaysHidden(cp: number): boolean {
  if (cp < 0x115f) return false;
  if (cp <= 0xffff)
    return (
      cp === 0x115f ||
      cp === 0x1160 ||
      cp === 0x17b4 ||
      cp === 0x17b5 ||
      cp === 0x180e ||
      (cp >= 0x2060 && cp <= 0x2065) ||
      (cp >= 0x206a && cp <= 0x206f) ||
      cp === 0x3164 ||
      cp === 0xfeff ||
      cp === 0xffa0 ||
      (cp >= 0xfff0 && cp <= 0xfffb)
    );
  return isTagPlane(cp) || (cp >= 0x1d173 && cp <= 0x1d17a);
}

/** Length in UTF-16 units of a subdivision flag's tag sequence starting at `i` (after 🏴), or 0 when there is none. */
function flagTagsAt(s: string, i: number, end: number): number {
  let k = i;
  for (let n = 0; n < MAX_FLAG_TAGS && k < end; n++) {
    const cp = s.codePointAt(k)!;
    if (cp === 0xe007f) return n >= 2 ? k + 2 - i : 0;
    if (!((cp >= 0xe0030 && cp <= 0xe0039) || (cp >= 0xe0061 && cp <= 0xe007a))) return 0;
    k += 2;
  }
  return 0;
}

/** Not drawn, whatever stands around it: skipped when looking for the characters either side of a run. */
const isUndrawn = (cp: number): boolean => isContextual(cp) || isAlwaysHidden(cp);

/**
 * The parts of `s[from, to)` a reader sees, as [start, end) pairs of UTF-16 offsets into `s`, in order. `before` is
 * the code point drawn just before `from` (-1 for none). The characters never needed go (`isAlwaysHidden`). Of a run
 * of the ones some script needs (`isContextual`), at most one stays, where the text around it needs it, plus one
 * selector right after the character it varies. The text after `to` in `s` counts as the run's context: the text
 * model passes a node's text and one word of it. Never splits a surrogate pair.
 */
export function visibleSpans(s: string, from: number, to: number, before = -1): number[] {
  const spans: number[] = [];
  let start = from;
  /** The last drawn character that is not one of the contextual ones. */
  let base = before >= 0 && isContextual(before) ? -1 : before;
  /** Whether the base stands right before `i`: a selector varies only the character it follows. */
  let atBase = base >= 0;
  /** Whether the run since the base has kept its one joiner, mark or break. */
  let kept = before >= 0 && isContextual(before) && !isSelector(before);
  /** What stands around the current run, found once per run. */
  let around: Around | null = null;
  let i = from;
  while (i < to) {
    const cp = s.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    if (base === BLACK_FLAG && atBase && cp >= 0xe0000) {
      const flag = flagTagsAt(s, i, to);
      if (flag > 0) {
        i += flag;
        base = 0xe007f;
        atBase = false;
        continue;
      }
    }
    let keep = false;
    if (!isUndrawn(cp)) {
      base = cp;
      kept = false;
      around = null;
      keep = true;
    } else if (!isAlwaysHidden(cp)) {
      if (!around) around = { prev: base, next: drawnAfter(s, i + size, isUndrawn), letterBefore: -2, letterAfter: -2 };
      if (isSelector(cp)) keep = atBase && varies(cp, base, around.next);
      else if (!kept) {
        if (isBidiMark(cp) && around.letterBefore === -2) {
          around.letterBefore = letterBefore(s, i, before);
          around.letterAfter = letterAfter(s, i + size);
        }
        keep = isNeeded(cp, around);
        kept = keep;
      }
    }
    if (!keep) {
      if (i > start) spans.push(start, i);
      start = i + size;
    }
    atBase = keep && !isUndrawn(cp);
    i += size;
  }
  if (to > start) spans.push(start, to);
  return spans;
}

/**
 * A cheap first look: a UTF-16 unit `visibleSpans` might leave out (the surrogates lead the planes it reads). A
 * regular expression is about 3x faster than a loop over char codes, and the text model runs it on every text node.
 */
const MAYBE_HIDDEN =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: it tests single UTF-16 units, selectors and surrogates alone.
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF0-\uFFFB\uD834\uDB40-\uDB43]/;

/** Whether `s` may hold a character `visibleSpans` leaves out: a cheap test that lets most text skip the scan. */
export const mayHoldInvisible = (s: string): boolean => MAYBE_HIDDEN.test(s);

/** `s` without the characters a reader never sees (see `visibleSpans`); `s` itself when it has none. */
export function withoutInvisible(s: string): string {
  if (!mayHoldInvisible(s)) return s;
  const spans = visibleSpans(s, 0, s.length);
  let out = '';
  for (let k = 0; k < spans.length; k += 2) out += s.slice(spans[k], spans[k + 1]);
  return out;
}

/**
 * Text as it leaves Lede in a file or on the clipboard a reader may share (Markdown, HTML, CSV, a citation, a
 * template's notes): {@link withoutInvisible}, and no soft hyphen at all. A soft hyphen only says where a word may
 * break at a line's end; kept between letters, a page could write a pattern of them into its text (one between
 * every two letters of a quote holds 56 bits) that marks which reader shared a quote. The W3C JSON export keeps
 * them, so an exported note anchors again word for word on the page it came from.
 */
export function forSharing(s: string): string {
  return withoutInvisible(s).replace(/\u00ad/g, '');
}

/**
 * `parts` without the characters a reader never sees, read as one text (`parts.join('')`): a quote and the words
 * saved either side of it, so a joiner at the quote's edge is judged by the words beside it.
 */
export function withoutInvisibleParts(parts: readonly string[]): string[] {
  const joined = parts.join('');
  if (!mayHoldInvisible(joined)) return [...parts];
  const spans = visibleSpans(joined, 0, joined.length);
  let from = 0;
  return parts.map((part) => {
    const to = from + part.length;
    let out = '';
    for (let k = 0; k < spans.length; k += 2) {
      const a = Math.max(spans[k], from);
      const b = Math.min(spans[k + 1], to);
      if (a < b) out += joined.slice(a, b);
    }
    from = to;
    return out;
  });
}

/** Whether `s` holds a character a reader never sees. */
export function hasInvisible(s: string): boolean {
  return mayHoldInvisible(s) && withoutInvisible(s) !== s;
}
