// Characters a page can write into its text that are never drawn and mean nothing to a reader: Unicode's "default
// ignorable" code points that no real script needs. The text model leaves them out, and every export strips them, so
// a quote says what the reader saw and carries no hidden message (tag characters spell ASCII invisibly).

/** Variation selectors: VS1-VS16 (emoji presentation, CJK compatibility, math) and VS17-VS256 (Japanese ideographic variants). */
const isVariationSelector = (cp: number): boolean => (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);
const isTagPlane = (cp: number): boolean => cp >= 0xe0000 && cp <= 0xe0fff && !(cp >= 0xe0100 && cp <= 0xe01ef);
const IDEOGRAPH = /\p{Ideographic}/u;
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
 * Kept: soft hyphen (a line-break hint the rest of Lede already handles), U+034F combining grapheme joiner (orders
 * Hebrew marks), ZWSP U+200B (a word break in Thai, Lao, Khmer), ZWNJ U+200C and ZWJ U+200D (Persian, Indic scripts,
 * emoji sequences), the bidi marks, embeddings and isolates (drawn-apart.ts decides about overrides), Mongolian free
 * variation selectors U+180B-U+180D and U+180F (they choose Mongolian letter shapes).
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

/**
 * Whether a variation selector may follow `before`: one selector per drawn character (a long run of them after one
 * emoji is the known way to hide bytes), and the ideographic ones (VS17+) only after an ideograph.
 */
function varies(cp: number, before: number): boolean {
  if (before < 0 || before <= 0x20 || isVariationSelector(before) || isTagPlane(before)) return false;
  if (cp >= 0xe0100) return IDEOGRAPH.test(String.fromCodePoint(before));
  return true;
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

/**
 * The parts of `s[from, to)` a reader sees, as [start, end) pairs of UTF-16 offsets into `s`, in order. `before` is
 * the code point drawn just before `from` (-1 for none): it decides whether a variation selector at `from` has a
 * character to vary. Never splits a surrogate pair.
 */
export function visibleSpans(s: string, from: number, to: number, before = -1): number[] {
  const spans: number[] = [];
  let start = from;
  let prev = before;
  /** Where the last kept character ends: a flag's tags follow 🏴 at once, or are no flag's. */
  let prevEnd = from;
  let i = from;
  while (i < to) {
    const cp = s.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    if (prev === BLACK_FLAG && prevEnd === i && cp >= 0xe0000) {
      const flag = flagTagsAt(s, i, to);
      if (flag > 0) {
        i += flag;
        prev = 0xe007f;
        prevEnd = i;
        continue;
      }
    }
    const hidden = isVariationSelector(cp) ? !varies(cp, prev) : isAlwaysHidden(cp);
    if (hidden) {
      if (i > start) spans.push(start, i);
      start = i + size;
      i += size;
    } else {
      prev = cp;
      i += size;
      prevEnd = i;
    }
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
  /[\u115F\u1160\u17B4\u17B5\u180E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF0-\uFFFB\uD834\uDB40-\uDB43]/;

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

/** Whether `s` holds a character a reader never sees. */
export function hasInvisible(s: string): boolean {
  return mayHoldInvisible(s) && withoutInvisible(s) !== s;
}
