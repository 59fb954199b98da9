// Finding quotation spans in one block's text: every mix of marks, linear scan, no backtracking.
import { hasReportingVerb } from './reporting-verbs';

/** A span between an opening mark and its closing mark (offsets exclude the marks). */
export interface MarkedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** First character inside the marks. */
  start: number;
  /** One past the last character inside the marks. */
  end: number;
  /** Offset just past the closing mark (== end when the paragraph ends with the quote still open). */
  close: number;
  /** True when the quote is still open at the end of the block (multi-paragraph convention). */
  open_ended: boolean;
}

const DOUBLE_OPEN = '"“„«「『‹»';
const SINGLE_OPEN = "'‘‚";
/** Longest distance we search for a closing mark; a longer "quote" is almost surely an unbalanced mark. */
const MAX_QUOTE_CHARS = 3000;

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}
function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** Whether the mark at i can open a quote: start of text or after space/bracket/dash, and text follows. */
function canOpen(text: string, i: number): boolean {
  const ch = text[i]!;
  const before = text[i - 1];
  const after = text[i + 1];
  if (isSpace(after) && ch !== '«' && ch !== '「' && ch !== '『') return false;
  if (after === undefined) return false;
  if (ch === '«' || ch === '「' || ch === '『' || ch === '„' || ch === '‚') return true;
  // »…« (German and Danish books and papers): » opens only before a word and after a space or the block's start.
  if (ch === '»') return isWordChar(after) && (before === undefined || /[\s(—–:]/.test(before));
  if (before === undefined || /[\s([{—–\-/:;>]/.test(before)) return true;
  // “ after a comma or other punctuation is still an opener in sloppy text; straight and single marks are not.
  return ch === '“' && !isWordChar(before);
}

/** Whether the mark at i can close a quote opened by `opener`. */
function canClose(text: string, i: number, opener: string): boolean {
  const ch = text[i]!;
  const before = text[i - 1];
  const after = text[i + 1];
  // "… 'Oh, this is important,' " Magel said": an inner quotation's closing mark, a space, then the outer close.
  const afterInner = (text[i - 2] === "'" || text[i - 2] === '’') && (ch === '"' || ch === '”') && !isWordChar(after);
  if (isSpace(before) && ch !== '»' && ch !== '」' && ch !== '』' && !afterInner) return false;
  const single = ch === "'" || ch === '’' || ch === '‘';
  if (single) {
    // An apostrophe inside a word ("Russia’s", "Nyong'o") never closes; only single openers take singles.
    if (!SINGLE_OPEN.includes(opener)) return false;
    if (isWordChar(after)) return false;
    return true;
  }
  // "…paranoia,”Clinton said": a right mark after the quotation's last punctuation closes even with no space after.
  // A straight mark too, after a comma only ("… to different audiences,"Katie Packer, who …"; not "authorities."We").
  const glued = (ch === '”' && /[,.!?]/.test(before ?? '')) || (ch === '"' && before === ',');
  if (isWordChar(after) && ch !== '»' && ch !== '」' && ch !== '』' && !glued) return false;
  switch (opener) {
    case '«':
      return ch === '»';
    case '「':
      return ch === '」';
    case '『':
      return ch === '』';
    case '‹':
      return ch === '›';
    case '»':
      return ch === '«';
    case '„':
      return ch === '“' || ch === '”' || ch === '"';
    case '“':
    case '"':
      return ch === '”' || ch === '"' || ch === '“';
    default:
      // A single opener may be closed by a double mark (the sample article's 'Decades ago …," mix).
      return ch === '”' || ch === '"';
  }
}

const CLOSE_CHARS = '"”“’\'»」』›‘«';

/**
 * All quotation spans in `text`, left to right, non-overlapping. Each runs from an opening mark to the first
 * plausible closing mark; a quote with no closing mark before the block's end is returned open-ended.
 * Linear time: each character is looked at a bounded number of times.
 */
export function findMarkedSpans(text: string): MarkedSpan[] {
  const out: MarkedSpan[] = [];
  const n = text.length;
  let i = 0;
  // Work budget: unbalanced marks everywhere must not turn the scan quadratic.
  let budget = 16 * n + 10000;
  while (i < n && budget > 0) {
    let ch = text[i]!;
    const isOpener = DOUBLE_OPEN.includes(ch) || SINGLE_OPEN.includes(ch);
    // "''These people paid …,'' he said": two apostrophes stand for a double mark (NYT archive text, LaTeX).
    const twin = (ch === "'" || ch === '‘') && text[i + 1] === ch && !isWordChar(text[i - 1]);
    if (!isOpener || !canOpen(text, i) || (twin && isSpace(text[i + 2]))) {
      i++;
      continue;
    }
    const openAt = i;
    if (twin) {
      ch = '"';
      i++;
    }
    const limit = Math.min(n, i + 1 + MAX_QUOTE_CHARS);
    let closeAt = -1;
    // "''" / "’’" used as a closing double mark.
    for (let j = i + 1; j < limit; j++) {
      budget--;
      const c = text[j]!;
      if (!CLOSE_CHARS.includes(c)) continue;
      // ("… coalitions, '' said Mr. Gunnels": a stray space before the twin after the quotation's comma still closes.)
      const spacedTwin = isSpace(text[j - 1]) && /[,.!?]/.test(text[j - 2] ?? '') && isSpace(text[j + 2]);
      if (
        DOUBLE_OPEN.includes(ch) &&
        (c === "'" || c === '’') &&
        text[j + 1] === c &&
        (!isSpace(text[j - 1]) || spacedTwin)
      ) {
        closeAt = j;
        break;
      }
      if (canClose(text, j, ch)) {
        closeAt = j;
        break;
      }
    }
    if (closeAt < 0) {
      if (limit === n) out.push({ open: openAt, start: i + 1, end: n, close: n, open_ended: true });
      i++;
      if (limit === n) break;
      continue;
    }
    const markLen =
      (text[closeAt] === "'" || text[closeAt] === '’') &&
      text[closeAt + 1] === text[closeAt] &&
      DOUBLE_OPEN.includes(ch)
        ? 2
        : 1;
    out.push({ open: openAt, start: i + 1, end: closeAt, close: closeAt + markLen, open_ended: false });
    i = closeAt + markLen;
  }
  return out;
}

/**
 * Whether the mark at `open` follows a reporting clause and a colon ("Varadkar explained: “They were proposing …"):
 * a quotation the writer left open at the paragraph's end is still one, running to that end, though the next
 * paragraph goes on in the writer's words.
 */
export function colonOpened(text: string, open: number): boolean {
  const before = text.slice(Math.max(0, open - 80), open);
  return /:\s*$/.test(before) && hasReportingVerb(before.slice(before.search(/[^.!?]*$/)));
}
