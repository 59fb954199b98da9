// The text of an article as the reader read it: headline, deck, paragraphs, and the quotes and figures Lede
// extracted then. Kept when the reader first highlights, so a later visit can tell what changed. Pure.
import type { Article, Extraction } from '../types';

/** Default cap on one article's kept text, in characters: a 10,000-word article is about 60,000. */
export const DEFAULT_MAX_COPY_CHARS = 200_000;
/** Quotes and figures kept with a copy (extraction lists them best first or in reading order). */
const MAX_ITEMS = 200;

export interface ReadingCopy {
  articleKey: string;
  /** When the text was read (ISO). */
  readAt: string;
  title: string;
  deck: string | null;
  paragraphs: string[];
  quotes: { text: string; speaker: string | null }[];
  /** Key facts that carry a quantity, with the quantities as written. */
  figures: { text: string; values: string[] }[];
  /** True when the cap cut the paragraphs short: paragraphs past the cap are not compared. */
  truncated: boolean;
}

/** Whitespace runs as one space, trimmed: pages re-wrap text without changing a word. */
export const normalizeText = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * The copy of `article` to keep, read at `readAt`, with at most `maxChars` of paragraph text (whole paragraphs).
 * Never mutates its arguments.
 */
export function readingCopyOf(
  article: Pick<Article, 'canonicalUrl' | 'title' | 'deck' | 'blocks'>,
  extraction: Extraction | null,
  readAt: string,
  maxChars = DEFAULT_MAX_COPY_CHARS,
): ReadingCopy {
  const paragraphs: string[] = [];
  let used = 0;
  let truncated = false;
  for (const b of article.blocks) {
    const text = normalizeText(b.text);
    if (!text) continue;
    if (used + text.length > maxChars) {
      truncated = true;
      break;
    }
    paragraphs.push(text);
    used += text.length;
  }
  return {
    articleKey: article.canonicalUrl,
    readAt,
    title: normalizeText(article.title),
    deck: article.deck ? normalizeText(article.deck) : null,
    paragraphs,
    quotes: (extraction?.quotes ?? [])
      .slice(0, MAX_ITEMS)
      .map((q) => ({ text: normalizeText(q.text), speaker: q.speaker })),
    figures: (extraction?.facts ?? [])
      .filter((f) => f.values.length > 0)
      .slice(0, MAX_ITEMS)
      .map((f) => ({ text: normalizeText(f.text), values: f.values.slice() })),
    truncated,
  };
}
