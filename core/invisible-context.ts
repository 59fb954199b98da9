// Characters drawn as nothing that a real script needs in some places: joiners, ZWSP, the bidi marks and isolates, the
// soft hyphen, the grapheme joiner and the variation selectors. Each is kept only where the text around it needs it,
// so a run of them between two Latin letters (the way a page hides bits in a sentence) says nothing.

/** Scripts whose letters join, or form clusters, and so take ZWJ and ZWNJ: Arabic-type and Indic (Brahmic) scripts. */
const JOINING =
  /[\p{scx=Arabic}\p{scx=Syriac}\p{scx=Nko}\p{scx=Mongolian}\p{scx=Mandaic}\p{scx=Adlam}\p{scx=Hanifi_Rohingya}\p{scx=Devanagari}\p{scx=Bengali}\p{scx=Gurmukhi}\p{scx=Gujarati}\p{scx=Oriya}\p{scx=Tamil}\p{scx=Telugu}\p{scx=Kannada}\p{scx=Malayalam}\p{scx=Sinhala}\p{scx=Tibetan}\p{scx=Myanmar}\p{scx=Khmer}\p{scx=Javanese}\p{scx=Balinese}]/u;
/** Scripts written without spaces between words, where ZWSP marks a word break (a line may wrap there). */
const SPACELESS =
  /[\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}\p{scx=Tibetan}\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Javanese}\p{scx=Balinese}]/u;
/** Right-to-left scripts: the bidi marks and isolates only mean something next to them. */
const RTL =
  /[\p{scx=Hebrew}\p{scx=Arabic}\p{scx=Syriac}\p{scx=Thaana}\p{scx=Nko}\p{scx=Samaritan}\p{scx=Mandaic}\p{scx=Adlam}\p{scx=Hanifi_Rohingya}]/u;
/** Emoji a ZWJ sequence joins (people, professions, the rainbow flag), skin tones included. */
const PICTOGRAPH = /[\p{Extended_Pictographic}\p{Emoji_Modifier}]/u;
/** Characters with emoji or standardized variation sequences: emoji and symbols, maths, CJK, Myanmar. */
const VARIES = /[\p{Emoji}\p{Sm}\p{So}\p{Ideographic}\p{scx=Myanmar}\p{scx=Phags_Pa}\p{scx=Manichaean}]/u;
const IDEOGRAPH = /\p{Ideographic}/u;
const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const MONGOLIAN = /\p{scx=Mongolian}/u;

const is = (re: RegExp, cp: number): boolean => cp >= 0 && re.test(String.fromCodePoint(cp));

export const SOFT_HYPHEN = 0xad;
const CGJ = 0x34f;
const ALM = 0x61c;
const ZWSP = 0x200b;
const ZWNJ = 0x200c;
const ZWJ = 0x200d;
const KEYCAP = 0x20e3;

/** Variation selectors (VS1-VS256) and Mongolian's free variation selectors: they pick the shape of the character before. */
export const isSelector = (cp: number): boolean =>
  (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef) || (cp >= 0x180b && cp <= 0x180d) || cp === 0x180f;

/** LRM, RLM, ALM and the isolates LRI, RLI, FSI, PDI: they order a right-to-left text's neighbours. */
export const isBidiMark = (cp: number): boolean =>
  cp === 0x200e || cp === 0x200f || cp === ALM || (cp >= 0x2066 && cp <= 0x2069);

/** A character never drawn that some script needs somewhere: kept only where `isNeeded` or `varies` says. */
export const isContextual = (cp: number): boolean =>
  cp === SOFT_HYPHEN ||
  cp === CGJ ||
  cp === ALM ||
  (cp >= ZWSP && cp <= 0x200f) ||
  (cp >= 0x2066 && cp <= 0x2069) ||
  isSelector(cp);

/**
 * Whether selector `cp` varies `base`, the character drawn just before it (nothing between them), with `next` the
 * character drawn after. VS1-VS16 only after a character that has variation sequences (an emoji, a symbol, an
 * ideograph); a digit, # or * only as a keycap (1️⃣); VS17+ only after an ideograph (Japanese names); Mongolian's
 * selectors only after a Mongolian letter.
 */
export function varies(cp: number, base: number, next: number): boolean {
  if (base < 0) return false;
  if (cp >= 0xe0100) return is(IDEOGRAPH, base);
  if (cp < 0xfe00) return is(MONGOLIAN, base);
  if ((base >= 0x30 && base <= 0x39) || base === 0x23 || base === 0x2a) return next === KEYCAP;
  // An ideograph's standardized variants use the first three selectors only: the rest after one carried hidden bits
  // (red team 24).
  if (is(IDEOGRAPH, base)) return cp <= 0xfe02;
  return is(VARIES, base);
}

/** The text around a run of these characters: the characters drawn either side, and the nearest letters either side. */
export interface Around {
  prev: number;
  next: number;
  letterBefore: number;
  letterAfter: number;
}

/**
 * Whether `cp` (not a selector) is needed where it stands: ZWJ inside an emoji sequence or an Arabic or Indic
 * cluster; ZWNJ between two letters of those scripts; ZWSP beside a letter of a script written without spaces; a
 * bidi mark or isolate where the nearest letter on either side is right-to-left; a soft hyphen before a letter;
 * CGJ after a combining mark.
 */
export function isNeeded(cp: number, at: Around): boolean {
  const { prev, next } = at;
  if (cp === ZWJ)
    return (
      (is(PICTOGRAPH, prev) && is(PICTOGRAPH, next)) ||
      // A Malayalam chillu or an Arabic letter's joining form may end a word: ZWJ after the letter, then a space.
      (is(JOINING, prev) && (is(JOINING, next) || !is(LETTER, next)))
    );
  if (cp === ZWNJ) return is(JOINING, prev) && is(JOINING, next);
  if (cp === ZWSP) return is(SPACELESS, prev) || is(SPACELESS, next);
  // Inside a word, or at its start as pages write it (" \u00adIsraeli" in the Washington Post): never before a space.
  if (cp === SOFT_HYPHEN) return is(LETTER, next);
  if (cp === CGJ) return is(MARK, prev);
  if (isBidiMark(cp)) return is(RTL, at.letterBefore) || is(RTL, at.letterAfter);
  return false;
}

/** How far to look for the nearest letter or drawn character: a longer run of these says nothing anyway. */
const REACH = 64;

/** The first drawn character at or after `i` in `s` (-1 for none near): `skip` says what is not drawn. */
export function drawnAfter(s: string, i: number, skip: (cp: number) => boolean): number {
  for (let k = i; k < s.length && k < i + REACH * 4; ) {
    const cp = s.codePointAt(k)!;
    if (!skip(cp)) return cp;
    k += cp > 0xffff ? 2 : 1;
  }
  return -1;
}

/** The nearest letter at or after `i` (-1 for none within reach). */
export function letterAfter(s: string, i: number): number {
  for (let k = i; k < s.length && k < i + REACH; ) {
    const cp = s.codePointAt(k)!;
    if (is(LETTER, cp)) return cp;
    k += cp > 0xffff ? 2 : 1;
  }
  return -1;
}

/** The nearest letter before `i` in `s`, or `before` (drawn before `s[0]`) when `s` has none that near. */
export function letterBefore(s: string, i: number, before: number): number {
  for (let k = i - 1; k >= 0 && k >= i - REACH; k--) {
    const cp = s.codePointAt(k >= 1 && /[\uDC00-\uDFFF]/.test(s[k]) ? --k : k)!;
    if (is(LETTER, cp)) return cp;
  }
  return i <= REACH && is(LETTER, before) ? before : -1;
}
