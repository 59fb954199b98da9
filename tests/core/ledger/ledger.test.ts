// The source ledger on real pages read by Lede's own extractor: the seed article (Washington Free Beacon), the
// revised copy of it filed as a second outlet's story (a different figure for the gas deal), and two unrelated
// golden pages.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../core/article';
import { extractKeyItems } from '../../../core/facts';
import { ledgerLink, SourceLedger, type LedgerSource } from '../../../core/ledger';
import { parseHtml } from '../../../scripts/lib/parse-html';

function source(path: string, url: string, site: string, published: string): LedgerSource {
  const html = readFileSync(fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url)), 'utf8');
  const page = parseHtml(html, url);
  try {
    const r = extractArticle(page.document, { url });
    if (!r.article) throw new Error(r.reason);
    const a = r.article;
    return {
      article: {
        key: url,
        url,
        title: a.title,
        byline: a.byline,
        siteName: site,
        publishedTime: published,
        lang: a.lang,
        firstSeen: published,
        lastSeen: published,
      },
      extraction: extractKeyItems({ title: a.title, blocks: a.blocks, lang: a.lang }),
    };
  } finally {
    page.close();
  }
}

const sources = [
  source(
    'seed/article.html',
    'https://freebeacon.example/china-russia',
    'Washington Free Beacon',
    '2015-05-11T10:42:00.000Z',
  ),
  source(
    'seed/revised.html',
    'https://other-outlet.example/china-russia-deepen',
    'Other Outlet',
    '2015-05-12T08:00:00.000Z',
  ),
  source('pages/guardian-1/source.html', 'https://www.theguardian.com/a', 'The Guardian', '2015-06-01T00:00:00.000Z'),
  source('pages/nytimes-1/source.html', 'https://www.nytimes.com/b', 'The New York Times', '2015-07-01T00:00:00.000Z'),
];
const ledger = new SourceLedger(sources);

describe('people and organisations', () => {
  it('lists what Xi Jinping was quoted saying in both articles, by date and outlet, each with a link back', () => {
    const [xi] = ledger.search('xi');
    expect(xi!.name).toBe('Xi Jinping');
    expect(xi!.type).toBe('person');
    expect(xi!.outlets).toBe(2);
    expect(xi!.quotes.map((q) => [q.outlet, q.date.slice(0, 10)])).toEqual([
      ['Washington Free Beacon', '2015-05-11'],
      ['Washington Free Beacon', '2015-05-11'],
      ['Other Outlet', '2015-05-12'],
      ['Other Outlet', '2015-05-12'],
    ]);
    expect(xi!.quotes[0]!.text).toMatch(/^Decades ago, the Chinese and Russian nations/);
    expect(ledgerLink(xi!.quotes[0]!)).toMatch(/^https:\/\/freebeacon\.example\/china-russia#:~:text=/);
    expect(ledgerLink(xi!.quotes[2]!)).toMatch(/^https:\/\/other-outlet\.example\/china-russia-deepen#:~:text=/);
  });

  it('finds people by any word of their name, as typed, and not by words they do not have', () => {
    expect(ledger.search('JINP').map((p) => p.name)).toEqual(['Xi Jinping']);
    expect(ledger.search('xi jin').map((p) => p.name)).toEqual(['Xi Jinping']);
    expect(ledger.search('jinping xi').map((p) => p.name)).toEqual(['Xi Jinping']);
    expect(ledger.search('zzzz')).toEqual([]);
  });

  it('with no query, lists the most quoted first', () => {
    const all = ledger.search('');
    expect(all.length).toBeGreaterThan(1);
    for (let i = 1; i < all.length; i++)
      expect(all[i - 1]!.quotes.length).toBeGreaterThanOrEqual(all[i]!.quotes.length);
  });
});

describe('figures', () => {
  it('flags the gas deal reported as $400 billion by one outlet and $450 billion by the other', () => {
    const conflicts = ledger.conflicts();
    const gas = conflicts.find((c) => c.figures.some((f) => f.value === '$400 billion'));
    expect(gas).toBeDefined();
    expect(gas!.figures.map((f) => [f.outlet, f.value])).toEqual([
      ['Washington Free Beacon', '$400 billion'],
      ['Other Outlet', '$450 billion'],
    ]);
    expect(gas!.about).toEqual(expect.arrayContaining(['deal']));
  });

  it('does not flag a figure both outlets report the same way, or figures of one outlet', () => {
    expect(ledger.conflicts()).toHaveLength(1);
    for (const c of ledger.conflicts()) {
      expect(c.figures[0].outlet).not.toBe(c.figures[1].outlet);
      expect(c.figures[0].normalized).not.toBe(c.figures[1].normalized);
    }
    // "38 billion cubic meters" and "32 separate bilateral agreements" are unchanged between the two articles.
    expect(ledger.conflicts().some((c) => c.figures.some((f) => /38 billion|32/.test(f.value)))).toBe(false);
  });
});
