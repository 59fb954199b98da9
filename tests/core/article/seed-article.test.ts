// The bundled sample article: what a reader notices first (headline, deck, date, site, block quote, clean body).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleFromText, extractArticle, isProbablyArticle } from '../../../core/article/index';
import type { Article } from '../../../core/types';
import { parseHtml, type ParsedPage } from '../../../scripts/lib/parse-html';

const SEED = join(__dirname, '..', '..', 'fixtures', 'seed');
const URL =
  'http://freebeacon.com/national-security/china-and-russia-strengthen-alliance/?utm_source=twitter&fbclid=abc#comments';

describe('seed article (HTML)', () => {
  let page: ParsedPage;
  let article: Article;
  let before: string;
  beforeAll(() => {
    page = parseHtml(readFileSync(join(SEED, 'article.html'), 'utf8'), URL);
    before = page.document.documentElement.outerHTML;
    const result = extractArticle(page.document, { url: URL });
    if (!result.article) throw new Error(`no article: ${result.reason}`);
    article = result.article;
  });
  afterAll(() => page.close());

  it('is detected as an article', () => expect(isProbablyArticle(page.document)).toBe(true));
  it('leaves the page untouched', () => expect(page.document.documentElement.outerHTML).toBe(before));
  it('finds the headline, deck, date, site and language', () => {
    expect(article.title).toBe('China and Russia Strengthen Alliance');
    expect(article.deck).toBe('Putin turns to Beijing as West assails him for Ukraine crisis');
    expect(article.publishedTime?.slice(0, 10)).toBe('2015-05-11');
    expect(article.siteName).toBe('Washington Free Beacon');
    expect(article.lang).toBe('en');
    expect(article.section).toBe('National Security');
    expect(article.tags).toEqual(['China', 'Russia']);
  });
  it('keys the article by its canonical URL without tracking or fragment', () => {
    expect(article.canonicalUrl).toBe('http://freebeacon.com/national-security/china-and-russia-strengthen-alliance/');
  });
  it('keeps the two Atlantic paragraphs as block quotes, in order, between the prose', () => {
    expect(article.blocks.map((b) => b.type)).toEqual(['p', 'p', 'blockquote', 'blockquote', 'p']);
    expect(article.blocks[2]!.text).toMatch(/^As Russia’s relationship with the United States/);
    expect(article.blocks[3]!.text).toMatch(/^Despite many differences/);
  });
  it('has no caption, credit, tag line, ad label, newsletter or comments text in the body', () => {
    for (const junk of [
      '/ AP',
      'Xi Jinping, Vladimir Putin',
      'Published under',
      'Advertisement',
      'inbox',
      'Sign up',
      'Comments',
      'Most Popular',
      'Putin turns to Beijing',
    ]) {
      expect(article.textContent).not.toContain(junk);
    }
  });
  it('gives every block a selector whose context is the neighbouring text', () => {
    const [first, second] = article.blocks;
    expect(first!.selector).toMatchObject({ type: 'TextQuoteSelector', exact: first!.text, prefix: '' });
    expect(second!.selector.prefix).toBe(
      article.textContent.slice(first!.text.length + 2 - 32, first!.text.length + 2),
    );
    expect(first!.selector.suffix.length).toBe(32);
    for (const b of article.blocks)
      expect(article.textContent).toContain(b.selector.prefix + b.selector.exact + b.selector.suffix);
  });
});

describe('seed article (plain text)', () => {
  it('reads the title line, the deck and the paragraphs, without caption or tag line', () => {
    const { article } = articleFromText(readFileSync(join(SEED, 'article.txt'), 'utf8'), {
      url: 'file:///article.txt',
    });
    expect(article?.title).toBe('China and Russia Strengthen Alliance');
    expect(article?.deck).toBe('Putin turns to Beijing as West assails him for Ukraine crisis');
    expect(article?.publishedTime).toBe('2015-05-11');
    expect(article?.blocks).toHaveLength(5);
    expect(article?.textContent).not.toMatch(/Published under|\/ AP/);
  });
  it('says why when there is nothing to read', () => {
    expect(articleFromText('', { url: 'file:///x.txt' })).toEqual({ article: null, reason: 'empty text' });
    expect(articleFromText('Only a title\n', { url: 'file:///x.txt' }).reason).toMatch(/no paragraphs/);
  });
});

describe('seed article after a single-page route change (red team 26)', () => {
  // Story two's <title> and og:title, story one's JSON-LD headline left in place, as a site's router may leave it.
  const html = readFileSync(join(SEED, 'article.html'), 'utf8')
    .replace(/<title>[^<]*<\/title>/, '<title>Story two | Washington Free Beacon</title>')
    .replace(/(<meta property="og:title" content=")[^"]*/, '$1Story two');
  const titleOf = (routed: boolean, source = html): string | undefined => {
    const page = parseHtml(source, URL);
    try {
      return extractArticle(page.document, { url: URL, routed }).article?.title;
    } finally {
      page.close();
    }
  };

  it('after a route change, a JSON-LD headline the page’s title and og:title do not name gives way to og:title', () => {
    expect(titleOf(true)).toBe('Story two');
  });
  it('without a route change, or where the title names the headline, the headline stands', () => {
    expect(titleOf(false)).toBe('China and Russia Strengthen Alliance');
    expect(titleOf(true, readFileSync(join(SEED, 'article.html'), 'utf8'))).toBe(
      'China and Russia Strengthen Alliance',
    );
  });
});
