// Articles that arrive as plain text (the CLI's .txt input, pasted text): first line the title, paragraphs
// separated by blank lines.
import type { ArticleResult } from '../types';
import { joinBlocks, withSelectors } from './block-drafts';
import { canonicalizeUrl } from './canonical-url';
import { countReadingWords, readingTimeMinutes } from './reading-time';
import { isFurnitureText } from './boilerplate';
import { articleLanguage } from './language-guess';
import { normalizeDate, squash } from './metadata-values';

/**
 * An article from plain text: the first non-empty line is the title, each blank-line-separated paragraph after it a
 * `p` block; a one-line standfirst becomes the deck, and caption/credit/tag-line paragraphs are dropped as in HTML. `{ article: null, reason }` when there is no body. Pure; never throws.
 */
export function articleFromText(text: string, opts: { url: string; lang?: string | null }): ArticleResult {
  const lines = String(text ?? '')
    .replace(/\r\n?/g, '\n')
    .replace(/^\uFEFF/, '')
    .split('\n');
  const titleAt = lines.findIndex((l) => l.trim() !== '');
  if (titleAt < 0) return { article: null, reason: 'empty text' };
  const title = squash(lines[titleAt]);
  const chunks = lines
    .slice(titleAt + 1)
    .join('\n')
    .split(/\n\s*\n/)
    .map((c) => c.split('\n').map(squash).filter(Boolean))
    .filter((c) => c.length > 0);
  let deck: string | null = null;
  let publishedTime: string | null = null;
  const paragraphs: string[] = [];
  for (const [i, chunk] of chunks.entries()) {
    const joined = chunk.join(' ');
    // A one-line standfirst right under the title, without closing punctuation, is the deck.
    if (i === 0 && chunk.length === 1 && joined.length < 200 && !/[.!?:"”’]$/.test(joined)) {
      deck = joined;
      continue;
    }
    const furniture = chunk.filter((line) => isFurnitureText(line));
    for (const line of furniture) publishedTime ??= normalizeDate(line);
    // A caption block (short lines, one of them a credit or a date) goes whole, as in the HTML cleaning.
    if (furniture.length === chunk.length || (furniture.length > 0 && chunk.every((l) => l.length < 100))) continue;
    paragraphs.push(joined);
  }
  if (paragraphs.length === 0) return { article: null, reason: 'no paragraphs after the title line' };
  const blocks = withSelectors(paragraphs.map((p) => ({ type: 'p' as const, text: p })));
  const textContent = joinBlocks(blocks);
  const wordCount = countReadingWords(textContent);
  return {
    article: {
      title,
      deck,
      byline: null,
      authors: [],
      siteName: null,
      publishedTime,
      modifiedTime: null,
      lang: articleLanguage(opts.lang, textContent),
      declaredLang: opts.lang ?? null,
      canonicalUrl: canonicalizeUrl({ location: opts.url }),
      url: opts.url,
      excerpt: paragraphs[0]!.slice(0, 300),
      wordCount,
      readingTimeMinutes: readingTimeMinutes(wordCount),
      tags: [],
      section: null,
      leadImage: null,
      blocks,
      textContent,
    },
    reason: null,
  };
}
