// The one rule that turns what a reader types in a tag field into a tag list, for every surface with one (the
// note editor on the page, the sidebar's edit form), so a tag typed in one is the same tag in the other.
import { MAX_TAGS } from './limits';

/**
 * Tags from a typed string: split at commas, `#` and line breaks (so "#politics #economy" and "politics, economy"
 * give the same two tags), trimmed, empty ones dropped, each kept once in first-seen order, at most MAX_TAGS.
 * Pure; never throws.
 */
export function parseTagInput(input: string): string[] {
  return [
    ...new Set(
      input
        .split(/[,#\n]/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ].slice(0, MAX_TAGS);
}
