// isProbablyArticle says yes to articles and no to the pages a reader browses between them.
import { describe, expect, it } from 'vitest';
import { isProbablyArticle } from '../../../core/article/index';
import { loadFixtures } from '../../../scripts/lib/fixtures';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { SYNTHETIC_NON_ARTICLES } from '../../../scripts/lib/synthetic-pages';

describe('isProbablyArticle', () => {
  for (const [name, make] of Object.entries(SYNTHETIC_NON_ARTICLES)) {
    it(`says no to a ${name}`, async () => {
      const page = parseHtml(make(), 'https://example.com/');
      expect(isProbablyArticle(page.document)).toBe(false);
      await page.close();
    });
  }

  for (const f of loadFixtures()) {
    it(`says ${f.expected.isArticle ? 'yes' : 'no'} to ${f.slug}`, async () => {
      const page = parseHtml(f.html, f.expected.url);
      expect(isProbablyArticle(page.document)).toBe(f.expected.isArticle);
      await page.close();
    });
  }

  it('says yes to a story cut into section divs, and no to a grid of one-blurb teaser cards', async () => {
    const p = '<p>Officials said the bridge would reopen next month after repairs to its cables, which were damaged in the winter storms that hit the coast.</p>';
    const sections = `<div class="story">${`<div class="part">${p.repeat(2)}</div>`.repeat(4)}</div>`;
    const article = parseHtml(`<html><body><main><h1>Bridge to reopen</h1>${sections}</main></body></html>`, 'https://example.com/bridge');
    expect(isProbablyArticle(article.document)).toBe(true);
    await article.close();
    const cards = `<div class="grid">${`<div class="card"><h3><a href="/story">A story</a></h3>${p}</div>`.repeat(8)}</div>`;
    const home = parseHtml(`<html><body><main>${cards}</main></body></html>`, 'https://example.com/');
    expect(isProbablyArticle(home.document)).toBe(false);
    await home.close();
  });

  it('says yes to a short news story written as paragraphs under one parent', async () => {
    const p = '<p>Officials said the bridge would reopen next month after repairs to its cables, which were damaged in the winter storms that hit the coast.</p>';
    const page = parseHtml(`<html><body><main><h1>Bridge to reopen</h1><div class="story">${p.repeat(5)}</div></main></body></html>`, 'https://example.com/bridge');
    expect(isProbablyArticle(page.document)).toBe(true);
    await page.close();
  });
});
