// The words a saved quote and a page are compared by: what a reader cannot tell apart is folded away. A soft hyphen
// (U+00AD) and a zero-width space (U+200B) only say where a line may break, and hyphenation or word-break scripts
// (Hyphenopoly, Thai segmenters) add them on load; every Unicode space separator (a thin or ideographic space) is white
// space, and a run of white space holding one reads as one space. Offsets map back to the text as it stands.

/** Anything the fold changes: a break hint or a space separator other than U+0020. */
const FOLDS = /[\u00ad\u200b\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;

/** A soft hyphen or zero-width space: never drawn where the line does not break there. */
const isBreakHint = (c: number): boolean => c === 0xad || c === 0x200b;

/** U+0020 or another Unicode space separator (category Zs). */
const isSpace = (c: number): boolean =>
  c === 0x20 ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000;

/**
 * A text as compared: `text`, and `from[i]`, the offset in the original of `text[i]` (`from[text.length]` is the
 * original's length). `from` is null where nothing was folded (the text is the original).
 */
export interface FoldedText {
  readonly text: string;
  readonly from: Int32Array | null;
}

/**
 * `s` with break hints left out and each run of white space that holds a space separator other than U+0020 written
 * as one U+0020. Pure.
 */
export function foldText(s: string): FoldedText {
  if (!FOLDS.test(s)) return { text: s, from: null };
  const from = new Int32Array(s.length + 1);
  const out: string[] = [];
  let n = 0;
  // Characters kept as they stand are copied as one slice [kept, i) until something is folded.
  let kept = 0;
  const skip = (i: number): void => {
    out.push(s.slice(kept, i));
    kept = i + 1;
  };
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isBreakHint(c)) {
      skip(i);
      continue;
    }
    if (!isSpace(c)) {
      from[n++] = i;
      continue;
    }
    // A run of white space (break hints inside it too). Plain spaces alone stay as they are: preformatted text keeps
    // its runs, as the text model does. A run holding another space separator is one space, as a reader sees it.
    let end = i;
    let other = false;
    while (end < s.length && (isSpace(s.charCodeAt(end)) || isBreakHint(s.charCodeAt(end)))) {
      other ||= s.charCodeAt(end) !== 0x20 && !isBreakHint(s.charCodeAt(end));
      end++;
    }
    if (!other) {
      for (; i < end; i++)
        if (isBreakHint(s.charCodeAt(i))) skip(i);
        else from[n++] = i;
      i--;
      continue;
    }
    if (c === 0x20) {
      from[n++] = i;
      out.push(s.slice(kept, i + 1));
    } else {
      out.push(s.slice(kept, i), ' ');
      from[n++] = i;
    }
    kept = end;
    i = end - 1;
  }
  out.push(s.slice(kept));
  from[n] = s.length;
  return { text: out.join(''), from: from.slice(0, n + 1) };
}

/** The folded offset of original offset `at`: the first folded character at or after it. */
export function foldedOffset(f: FoldedText, at: number): number {
  const from = f.from;
  if (!from) return at;
  let lo = 0;
  let hi = from.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (from[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The original span of folded span [start, end): from its first character to just after its last one, so break hints
 * inside it are covered and those outside are not.
 */
export function originalSpan(f: FoldedText, start: number, end: number): [number, number] {
  const from = f.from;
  if (!from) return [start, end];
  if (end <= start) return [from[start]!, from[start]!];
  return [from[start]!, from[end - 1]! + 1];
}

/**
 * Parts of one text (a quote's prefix, exact and suffix) folded as one, so a run of spaces across a seam folds as the
 * page's text does, and cut where the parts met.
 */
export function foldParts(parts: readonly string[]): string[] {
  const joined = parts.join('');
  const f = foldText(joined);
  if (!f.from) return [...parts];
  let at = 0;
  let cut = 0;
  return parts.map((part) => {
    at += part.length;
    const next = foldedOffset(f, at);
    const piece = f.text.slice(cut, next);
    cut = next;
    return piece;
  });
}
