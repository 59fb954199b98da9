// Golden pages in tests/fixtures/pages/<slug>/: source.html plus expected.json (metadata Lede should find and a
// hand-checked reference body). Shared by scripts/add-fixture.ts, the golden tests and the article benchmark.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import type { Article } from '../../core/types';
import { parseHtml } from './parse-html';

export const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'tests', 'fixtures', 'pages');

/** expected.json: what a reader should get from the page. */
export interface ExpectedPage {
  /** The URL the page is treated as loaded from. */
  url: string;
  isArticle: boolean;
  title: string | null;
  deck: string | null;
  byline: string | null;
  siteName: string | null;
  /** ISO date (YYYY-MM-DD) the article was published; compared on the day. */
  publishedDate: string | null;
  lang: string | null;
  canonicalUrl: string | null;
  /**
   * The article's body as a reader sees it, one string per paragraph, checked by reading the page: no captions,
   * credits, tag lines, share/newsletter prompts, ad labels or related links. The token-level reference of the bench.
   */
  referenceBody: string[];
  /** False until a person has read and corrected referenceBody (add-fixture writes a draft). */
  reviewed: boolean;
  /** Which batch the page came in (absent: the first set); the bench reports each batch apart, so pages added blind stay comparable. */
  batch?: string;
  notes?: string;
}

export interface Fixture {
  slug: string;
  dir: string;
  html: string;
  expected: ExpectedPage;
}

/** All golden fixtures, sorted by slug. */
export function loadFixtures(): Fixture[] {
  if (!existsSync(FIXTURES_DIR)) return [];
  return readdirSync(FIXTURES_DIR)
    .filter((slug) => existsSync(join(FIXTURES_DIR, slug, 'expected.json')))
    .sort()
    .map((slug) => {
      const dir = join(FIXTURES_DIR, slug);
      return {
        slug,
        dir,
        html: readFileSync(join(dir, 'source.html'), 'utf8'),
        expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as ExpectedPage,
      };
    });
}

/** Writes expected.json with stable key order and a trailing newline, so diffs stay readable. */
export function writeExpected(dir: string, expected: ExpectedPage): void {
  writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
}

/** The metadata fields of expected.json as Lede currently extracts them (UPDATE_FIXTURES=1 writes these). */
export function metadataOf(
  article: Article | null,
  isArticle: boolean,
): Omit<ExpectedPage, 'url' | 'referenceBody' | 'reviewed' | 'batch' | 'notes'> {
  return {
    isArticle,
    title: article?.title ?? null,
    deck: article?.deck ?? null,
    byline: article?.byline ?? null,
    siteName: article?.siteName ?? null,
    publishedDate: article?.publishedTime?.slice(0, 10) ?? null,
    lang: article?.lang ?? null,
    canonicalUrl: article?.canonicalUrl ?? null,
  };
}

/**
 * A first draft of the reference body: Readability's own article text split into paragraphs, before any of Lede's
 * cleaning (so the reference is not Lede's output). A person then deletes what is not body and fixes misses.
 */
export function draftReferenceBody(html: string, url: string): string[] {
  const page = parseHtml(html, url);
  try {
    const parsed = new Readability(page.document).parse();
    if (!parsed?.content) return [];
    const content = parseHtml(`<body>${parsed.content}</body>`, url);
    try {
      const out: string[] = [];
      for (const el of Array.from(
        content.document.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, pre, td, dt, dd, figcaption'),
      )) {
        if (el.querySelector('p, li, pre, td, h1, h2, h3, h4, h5, h6')) continue;
        const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (text) out.push(text);
      }
      return out;
    } finally {
      void content.close();
    }
  } finally {
    void page.close();
  }
}
