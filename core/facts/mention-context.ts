// What the words around a capitalised name say about it, for mention-candidate.ts: whether it opens a sentence, sits
// before a medium's noun or an organisation's verb, ends a journey ("from X to Y"), names a town before its state, or
// is a surname the lexicon knows. Each reads only the text it is given.
import { lexiconEntityType, lexiconTags } from './lexicon';

/** What a service or a medium carries: an account, a post, a page, a video, a feed, followers. */
export const MEDIUM_NOUN =
  /^(?:['’]s)? (?:accounts?|pages?|posts?|feeds?|videos?|live|followers|handles?|profiles?|timelines?|users?|messages?|channels?|streams?|apps?)\b/;
export const ORG_CONTEXT = /^\s(?:said in a statement|spokes(?:man|woman|person)|officials?|reports|reported)\b/;

/** Whether offset `i` in `text` starts a sentence (or follows an opening quote at a sentence start). */
export function isSentenceStart(text: string, i: number, starts: ReadonlySet<number>): boolean {
  if (i > 0 && /["“‘«„]/.test(text[i - 1]!)) return true;
  let j = i;
  while (j > 0 && /["“‘'«([—–\s]/.test(text[j - 1]!)) j--;
  return j === 0 || starts.has(j) || starts.has(i) || /(?:[.!?:]|—|–|--)\s*$/.test(text.slice(Math.max(0, j - 3), i));
}

/** Whether the name at `start`..`end` is one end of "from X to Y" (or "from X to the Y"), X and Y both names. */
export function isJourneyEnd(text: string, start: number, end: number): boolean {
  const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}`;
  if (/\bfrom $/.test(text.slice(Math.max(0, start - 5), start)))
    return new RegExp(String.raw`^,? to (?:the )?${NAME}`, 'u').test(text.slice(end, end + 40));
  return new RegExp(String.raw`\bfrom ${NAME},? to (?:the )?$`, 'u').test(text.slice(Math.max(0, start - 50), start));
}

/**
 * Whether the text after a name is ", " and a state or country the lexicon knows, ending there ("Charleston, South
 * Carolina;", "Sarasota, Florida."): the name is a town. Not "Rubio, Florida's senator" nor "Lee, Utah Republican".
 */
export function isTownBeforeItsRegion(after: string): boolean {
  const m = /^, (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?=[,;.)]|$| (?:and|on|in|to|for|where|who)\b)/u.exec(after);
  if (!m) return false;
  return lexiconEntityType(m[1]!.toLowerCase()) === 'place';
}

/** Whether the lexicon knows a lowercased word as a surname or a given name (and not as a place or a body). */
export function isSurname(w: string): boolean {
  const tags = lexiconTags(w);
  return (
    tags.some((t) => t === 'LastName' || t === 'MaleName' || t === 'FemaleName') && lexiconEntityType(w) === 'person'
  );
}
