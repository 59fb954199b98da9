// What a note typed across a focus move may lose, shared by the Chromium and Firefox attack files.

/**
 * Whether `got` is `typed` whole, or with one letter missing: a key pressed in the very moment the browser switches
 * documents is delivered to neither (the page's logger does not hear it either), which no extension can change.
 */
export const wholeButOne = (got: string, typed: string): boolean =>
  got === typed ||
  (got.length === typed.length - 1 && [...typed].some((_, i) => typed.slice(0, i) + typed.slice(i + 1) === got));
