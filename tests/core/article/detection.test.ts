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

  it('says yes to a short news story written as paragraphs under one parent', async () => {
    const p = '<p>Officials said the bridge would reopen next month after repairs to its cables, which were damaged in the winter storms that hit the coast.</p>';
    const page = parseHtml(`<html><body><main><h1>Bridge to reopen</h1><div class="story">${p.repeat(5)}</div></main></body></html>`, 'https://example.com/bridge');
    expect(isProbablyArticle(page.document)).toBe(true);
    await page.close();
  });
});
