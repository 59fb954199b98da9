// What a note typed across a focus move may lose, shared by the Chromium and Firefox attack files.

/**
 * Whether `got` is `typed` whole, or with one letter missing: a key pressed in the very moment the browser switches
 * documents is delivered to neither (the page's logger does not hear it either), which no extension can change.
 */
export const wholeButOne = (got: string, typed: string): boolean => wholeButGap(got, typed, 1);

/**
 * Whether `got` is `typed` with at most `most` letters missing, all in one place: the keys pressed while a reloading
 * page's new document commits and before its first script runs reach no document's listener (the page's logger does
 * not hear them either). One key at a typist's pace on an idle machine; on a loaded one that moment lasted two or
 * three keys (red team 56's R1: "Vetoes nted twice", heard by no one). Letters missing in two places, or any letter
 * changed or added, are a loss Lede made, and fail.
 */
export const wholeButGap = (got: string, typed: string, most: number): boolean => {
  const gap = typed.length - got.length;
  if (gap < 0 || gap > most) return false;
  if (gap === 0) return got === typed;
  for (let i = 0; i + gap <= typed.length; i++) if (typed.slice(0, i) + typed.slice(i + gap) === got) return true;
  return false;
};
