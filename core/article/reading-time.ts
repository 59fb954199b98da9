// How long an article takes to read: the words a reader reads (not the tokens a fact rule counts) and minutes at
// a common silent-reading speed. One counter for this purpose, used by both the page and the plain-text extractor.

/** Words per minute for the reading-time estimate (a common figure for adult silent reading of prose). */
export const WORDS_PER_MINUTE = 230;

/**
 * Words a reader reads in `text`: runs of letters or digits (with inner apostrophes and hyphens); in scripts
 * written without spaces (CJK, Thai) about one word per two characters. Pure.
 */
export function countReadingWords(text: string): number {
  const spaced = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu)?.length ?? 0;
  return cjk > spaced ? Math.round(cjk / 2) : spaced;
}

/** Whole minutes to read `words` words, at least one. */
export function readingTimeMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
