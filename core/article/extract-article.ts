// extractArticle: Readability for the body on a clone of the page, Lede's cleaning for precision, and metadata
// reconciled from every source the page offers. Never mutates the page, never throws.
import { countReadingWords, readingTimeMinutes } from './reading-time';
import { Readability } from '@mozilla/readability';
import type { Article, ArticleResult, Block } from '../types';
import { joinBlocks } from './block-drafts';
import { blocksFromContent } from './body-blocks';
import { canonicalUrlOf } from './canonical-url';
import { ownerScopeOf } from './site-owner';
import { articleLanguage } from './language-guess';
import { readDeck, readPageMetadata, type PageMetadata } from './metadata';
import { cleanByline, cleanSiteName, comparable, normalizeDate, oneLine, splitAuthors } from './metadata-values';
import { unreadableReason } from './page-checks';

/** Options for {@link extractArticle}. */
export interface ExtractOptions {
  /** Where the page was loaded from; the base of the canonical URL. */
  url: string;
  /**
   * The page's address changed since it loaded (a single-page site's route): its JSON-LD may still describe the
   * story it loaded with, and a headline there that neither its <title> nor its og:title names is not its title.
   */
  routed?: boolean;
}

/**
 * Readability settings. No element cap of Readability's own: `unreadableReason` has already refused a page past
 * MAX_ELEMENTS before the clone is made, and Readability's cap counts every element of the clone again (a whole
 * walk of the tree in DOMs written in JS).
 */
export const READABILITY_OPTIONS = {
  // Readability's default is 5; the top candidates are compared once each, so this bounds the sibling pass.
  nbTopCandidates: 5,
  charThreshold: 500,
  // Lede's own cleaning reads class names (captions, credits, share bars) after Readability is done.
  keepClasses: true,
} as const;

/** Below this many characters of body text there is no article to show. */
const MIN_BODY_CHARS = 140;

/**
 * Finds the article in `doc`: metadata (title, deck, byline, dates, site, language, canonical URL, tags, lead image)
 * and the body as typed blocks with selectors. Works on a clone: never mutates `doc`. Never throws: a page that is
 * not HTML, empty, a frameset, too large, has no article text, or breaks the DOM gives `{ article: null, reason }`.
 */
export function extractArticle(doc: Document, opts: ExtractOptions): ArticleResult {
  try {
    const unreadable = unreadableReason(doc);
    if (unreadable) return { article: null, reason: unreadable };
    return extractChecked(doc, opts);
  } catch (err) {
    // Anything a hostile or broken page can make the DOM throw ends here, as a reason rather than an exception.
    const message = err instanceof Error ? err.message : String(err);
    if (/Aborting parsing document/i.test(message)) return { article: null, reason: `page too large: ${message}` };
    return { article: null, reason: `extraction failed: ${message.slice(0, 200)}` };
  }
}

function extractChecked(doc: Document, opts: ExtractOptions): ArticleResult {
  const meta = readPageMetadata(doc);
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability<Element>(clone, {
    ...READABILITY_OPTIONS,
    serializer: (node) => node as Element,
  }).parse();
  if (!parsed || !parsed.content) return { article: null, reason: 'no article text found on the page' };

  const byline = cleanByline(parsed.byline) ?? meta.byline;
  const title = reconcileTitle(
    routedTitle(
      oneLine(parsed.title) || meta.title || oneLine(doc.querySelector('h1')?.textContent) || oneLine(doc.title),
      doc,
      opts.routed === true,
    ),
    parsed.siteName ?? meta.siteName,
    meta.authors.length ? meta.authors : splitAuthors(byline),
  );
  const deck = readDeck(doc, title, meta.description, null);
  const blocks = blocksFromContent(parsed.content, { title, deck, byline });
  const textContent = joinBlocks(blocks);
  if (textContent.length < MIN_BODY_CHARS) return { article: null, reason: 'too little article text on the page' };

  const wordCount = countReadingWords(textContent);
  const declaredLang = oneLine(parsed.lang) || meta.lang;
  const article: Article = {
    title,
    deck: deck && comparable(deck) !== comparable(title) ? deck : null,
    byline,
    authors: meta.authors.length ? meta.authors : splitAuthors(byline),
    siteName: cleanSiteName(oneLine(parsed.siteName) || meta.siteName, opts.url),
    publishedTime: meta.publishedTime ?? normalizeDate(parsed.publishedTime),
    modifiedTime: meta.modifiedTime,
    lang: articleLanguage(declaredLang, textContent),
    declaredLang,
    canonicalUrl: canonicalUrlOf(doc, opts.url, ownerScopeOf),
    url: opts.url,
    excerpt: oneLine(parsed.excerpt) || meta.description || excerptOf(blocks),
    wordCount,
    readingTimeMinutes: readingTimeMinutes(wordCount),
    tags: meta.tags,
    section: meta.section,
    leadImage: absolute(meta.leadImage, opts.url),
    blocks,
    textContent,
  };
  return { article, reason: null };
}

/**
 * Drops a trailing " | Site" / " - Site" when the site name is known, and a trailing " | Author" naming one of the
 * article's authors (The Guardian's "… whale strandings | Eleanor Ainge Roy"): the headline is what the reader wants.
 */
export function reconcileTitle(
  title: string,
  siteName: string | null | undefined,
  authors: readonly string[] = [],
): string {
  // A leading "Site | " (or "Site|", as pages in Chinese and Japanese write it): NHK's "NEWS WEB EASY|子どもへの…".
  const lead = /^([^|｜]{2,60}?)\s*[|｜]\s*(.{4,})$/.exec(title);
  if (lead && siteName && comparable(lead[1]) === comparable(siteName)) return lead[2]!.trim();
  const m = /^(.{10,}?)\s+[|\-–—:·•]\s+([^|\-–—]+)$/.exec(title);
  if (!m) return title;
  const tail = comparable(m[2]);
  if (siteName && tail === comparable(siteName)) return m[1]!.trim();
  if (/[|–—]/.test(title.slice(m[1]!.length)) && authors.some((a) => comparable(a) === tail)) return m[1]!.trim();
  return title;
}

/**
 * `title`, unless the page changed its route since it loaded and neither its <title> nor its og:title names it: then
 * the one of those it declares (og:title first). A single-page site that moved to its second story updates the
 * <title> and the og tags but may leave the first story's JSON-LD, whose headline Readability and the metadata read
 * first (red team 26); the record and the notes of story two were titled with story one's headline.
 */
function routedTitle(title: string, doc: Document, routed: boolean): string {
  if (!routed) return title;
  const declared = [
    oneLine(doc.querySelector('meta[property="og:title" i], meta[name="og:title" i]')?.getAttribute('content')),
    oneLine(doc.title),
  ].filter((t) => t.length > 0);
  const wanted = comparable(title);
  const names = (t: string): boolean => {
    const c = comparable(t);
    return c.length > 0 && wanted.length > 0 && (c.includes(wanted) || wanted.includes(c));
  };
  return declared.length === 0 || declared.some(names) ? title : declared[0]!;
}

function excerptOf(blocks: Block[]): string | null {
  const p = blocks.find((b) => b.type === 'p');
  return p ? p.text.slice(0, 300) : null;
}

function absolute(url: string | null, base: string): string | null {
  if (!url) return null;
  try {
    return new URL(url, base).href;
  } catch {
    return null;
  }
}

export type { PageMetadata };
