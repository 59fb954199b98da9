// What a page's JSON-LD says it is: the page's own items count, an article card inside a listing does not.
import { describe, expect, it } from 'vitest';
import { jsonLdDeclares } from '../../../core/article/page-declarations';

const cases: Record<string, { input: unknown; expected: 'article' | 'listing' | null }> = {
  'a NewsArticle': { input: { '@context': 'https://schema.org', '@type': 'NewsArticle' }, expected: 'article' },
  'a full schema.org URL as the type': { input: { '@type': 'http://schema.org/BlogPosting' }, expected: 'article' },
  'ReportageNews second in a type array': { input: { '@type': ['WebPage', 'ReportageNews'] }, expected: 'article' },
  'an article inside @graph after the site and page': {
    input: { '@graph': [{ '@type': 'WebSite' }, { '@type': 'WebPage' }, { '@type': 'Article' }] },
    expected: 'article',
  },
  'a WebPage whose mainEntity is the article': {
    input: { '@type': 'WebPage', mainEntity: { '@type': 'NewsArticle' } },
    expected: 'article',
  },
  'a top-level array of items': {
    input: [{ '@type': 'BreadcrumbList' }, { '@type': 'LiveBlogPosting' }],
    expected: 'article',
  },
  'an article that also lists related items': {
    input: [{ '@type': 'NewsArticle' }, { '@type': 'ItemList', itemListElement: [] }],
    expected: 'article',
  },
  'near miss: a collection page listing article cards': {
    input: {
      '@type': 'CollectionPage',
      hasPart: [{ '@type': 'NewsArticle' }, { '@type': 'NewsArticle' }],
    },
    expected: 'listing',
  },
  'a product': { input: { '@type': 'Product', offers: { '@type': 'Offer' } }, expected: 'listing' },
  'search results': { input: { '@type': 'SearchResultsPage' }, expected: 'listing' },
  'a site and an organisation only': { input: [{ '@type': 'WebSite' }, { '@type': 'Organization' }], expected: null },
  'near miss: a breadcrumb list is not an item list': { input: { '@type': 'BreadcrumbList' }, expected: null },
};

describe('jsonLdDeclares', () => {
  for (const [name, c] of Object.entries(cases)) {
    it(`${name}: ${c.expected}`, () => expect(jsonLdDeclares(JSON.stringify(c.input))).toBe(c.expected));
  }

  it('reads broken JSON-LD (a trailing comma) as text', () => {
    expect(jsonLdDeclares('{"@context":"https://schema.org","@type":"NewsArticle","headline":"x",}')).toBe('article');
    expect(jsonLdDeclares('{"@type": ["Product"],,}')).toBe('listing');
    expect(jsonLdDeclares('not json at all')).toBeNull();
  });
});
