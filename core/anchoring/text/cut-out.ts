// A passage cut out of the text: its prefix now runs straight into its suffix. Any other place would be a wrong one.
import type { TextQuoteSelector } from '../../types';

/** How far from the hint a seam (prefix joined to suffix) is looked for. */
const SEAM_WINDOW = 4000;
/** Visible characters of prefix and of suffix that, found joined together, show the passage was cut out. */
const SEAM = 10;

/** The shortest tail (or head) of `s` holding `n` visible characters; all of `s` if it has fewer. */
function visibleEdge(s: string, n: number, tail: boolean): string {
  let seen = 0;
  for (let k = 0; k < s.length; k++) {
    const c = tail ? s[s.length - 1 - k] : s[k];
    if (!/\s/.test(c) && ++seen === n) return tail ? s.slice(s.length - 1 - k) : s.slice(0, k + 1);
  }
  return s;
}

/** True when the text holds the quote's prefix joined to its suffix (allowing the whitespace between to change). */
export function isCutOut(text: string, quote: TextQuoteSelector, hint: number | null): boolean {
  const prefix = quote.prefix.trimEnd();
  const suffix = quote.suffix.trimStart();
  const before = visibleEdge(prefix, SEAM, true);
  const after = visibleEdge(suffix, SEAM, false);
  // Both sides must be there (a passage at the very start has no prefix), and enough of them that a natural
  // phrase could not pass for the seam.
  const visible = (s: string): number => s.replace(/\s+/g, '').length;
  if (visible(before) < SEAM / 3 || visible(after) < SEAM / 3 || visible(before + after) < SEAM) return false;
  const savedGlue = quote.prefix.slice(prefix.length) + quote.suffix.slice(0, quote.suffix.length - suffix.length);
  // Near the hint only: scanning the whole text for every quote would cost more than the rest of anchoring.
  const where = hint === null ? text : text.slice(Math.max(0, hint - SEAM_WINDOW), hint + SEAM_WINDOW);
  for (const glue of [' ', '\n', '', savedGlue]) {
    if (where.includes(before + glue + after)) return true;
  }
  return false;
}
