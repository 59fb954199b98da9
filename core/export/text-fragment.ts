// Text-fragment links (`#:~:text=`) that reopen a page at a stored passage, built per the WICG Text Fragments spec.
import type { Annotation, TextQuoteSelector } from '../types';
import { withoutAnchor } from '../article/hash-route';
import { withoutInvisible } from '../invisible-chars';

/** Above this many characters a passage is linked as `textStart,textEnd` rather than spelled out whole. */
export const LONG_QUOTE_CHARS = 150;
/** Words kept at each end of a long passage, and of the context on either side. */
const EDGE_WORDS = 5;
const CONTEXT_WORDS = 3;

/**
 * Percent-encodes one text-fragment term. `encodeURIComponent` leaves `-` alone, but the spec gives `-` (and `,`, `&`)
 * a syntactic meaning inside a directive, so it must be escaped too.
 */
export function encodeFragmentTerm(term: string): string {
  // encodeURIComponent throws on a lone surrogate (page text can hold one, or a passage can end inside an emoji),
  // and that one throw failed every export of the library: drop the half character instead.
  // The tests first: most terms have no surrogate and no '-', and a test allocates nothing (Markdown export of
  // 100,000 highlights spends most of its time here).
  const wellFormed = SURROGATE.test(term)
    ? term.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    : term;
  const encoded = encodeURIComponent(wellFormed);
  return encoded.includes('-') ? encoded.replace(/-/g, '%2D') : encoded;
}

const SURROGATE = /[\ud800-\udfff]/;
/** Whitespace other than single spaces: only then does collapsing change anything. */
const UNCOLLAPSED = /\s\s|[^\S ]/;
/** Single-spaced, without never-drawn characters (a note saved before they were left out still links to its words). */
const collapse = (raw: string) => {
  const s = withoutInvisible(raw);
  return UNCOLLAPSED.test(s) ? s.replace(/\s+/g, ' ') : s;
};

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The last `n` whole words of the context before a passage. The stored context is cut at a character count, so its
 * first word may be a fragment; a fragment would fail the spec's word-boundary check and break the whole link.
 */
function prefixWords(prefix: string, exact: string, n: number): string {
  const text = collapse(prefix);
  // A prefix running into the passage without a break means the passage starts mid-word: no usable prefix.
  if (WORD_CHAR.test(text.slice(-1)) && WORD_CHAR.test(exact.charAt(0))) return '';
  const words = text.trim().split(' ').filter(Boolean);
  if (!/^\s/.test(text)) words.shift();
  return words.slice(-n).join(' ');
}

/** The first `n` whole words of the context after a passage (a possibly cut-off last word is dropped). */
function suffixWords(suffix: string, exact: string, n: number): string {
  const text = collapse(suffix);
  if (WORD_CHAR.test(text.charAt(0)) && WORD_CHAR.test(exact.slice(-1))) return '';
  const words = text.trim().split(' ').filter(Boolean);
  if (!/\s$/.test(text)) words.pop();
  return words.slice(0, n).join(' ');
}

/**
 * The `text=` directive for a quote: `prefix-,textStart[,textEnd],-suffix`, each term percent-encoded.
 * Uses only the whole words of the stored context, so the browser finds the exact occurrence.
 */
export function textDirective(quote: Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>): string {
  const exact = collapse(quote.exact).trim();
  const parts: string[] = [];
  const pre = prefixWords(quote.prefix, exact, CONTEXT_WORDS);
  if (pre) parts.push(`${encodeFragmentTerm(pre)}-`);
  // `exact` has single spaces between words: the edges are found from each end without splitting it all.
  const head = exact.length > LONG_QUOTE_CHARS ? nthSpace(exact, EDGE_WORDS) : -1;
  const tail = head >= 0 ? nthSpaceFromEnd(exact, EDGE_WORDS) : -1;
  // More than EDGE_WORDS * 2 words: the 5th space from the start comes before the 5th from the end.
  if (head >= 0 && tail > head) {
    parts.push(encodeFragmentTerm(exact.slice(0, head)));
    parts.push(encodeFragmentTerm(exact.slice(tail + 1)));
  } else {
    parts.push(encodeFragmentTerm(exact));
  }
  const suf = suffixWords(quote.suffix, exact, CONTEXT_WORDS);
  if (suf) parts.push(`-${encodeFragmentTerm(suf)}`);
  return `text=${parts.join(',')}`;
}

/** The index of the n-th space in `s`, or -1. */
function nthSpace(s: string, n: number): number {
  let i = -1;
  for (let k = 0; k < n; k++) if ((i = s.indexOf(' ', i + 1)) < 0) return -1;
  return i;
}

/** The index of the n-th space from the end of `s`, or -1. */
function nthSpaceFromEnd(s: string, n: number): number {
  let i = s.length;
  for (let k = 0; k < n; k++) if (i <= 0 || (i = s.lastIndexOf(' ', i - 1)) < 0) return -1;
  return i;
}

/**
 * A link to `url` that scrolls to and marks the quote. An anchor already on the URL is replaced; a hash route
 * (`#!/story/2`, which says which story a single-page app shows) is kept, with the directive after it, where the
 * browser takes it out of the fragment before the app reads it.
 */
export function textFragmentLink(url: string, quote: Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>): string {
  const base = withoutAnchor(url);
  const at = base.indexOf('#');
  // A route already carrying a directive keeps the route only.
  const route = at < 0 ? `${base}#` : base.slice(0, at) + base.slice(at).replace(/:~:.*$/s, '');
  return `${route}:~:${textDirective(quote)}`;
}

/** The text-fragment link of an annotation (its source with its TextQuoteSelector). */
export function annotationLink(annotation: Annotation): string {
  return textFragmentLink(annotation.target.source, annotation.target.selector[0]);
}
