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
    const p =
      '<p>Officials said the bridge would reopen next month after repairs to its cables, which were damaged in the winter storms that hit the coast.</p>';
    const sections = `<div class="story">${`<div class="part">${p.repeat(2)}</div>`.repeat(4)}</div>`;
    const article = parseHtml(
      `<html><body><main><h1>Bridge to reopen</h1>${sections}</main></body></html>`,
      'https://example.com/bridge',
    );
    expect(isProbablyArticle(article.document)).toBe(true);
    await article.close();
    const cards = `<div class="grid">${`<div class="card"><h3><a href="/story">A story</a></h3>${p}</div>`.repeat(8)}</div>`;
    const home = parseHtml(`<html><body><main>${cards}</main></body></html>`, 'https://example.com/');
    expect(isProbablyArticle(home.document)).toBe(false);
    await home.close();
  });

  it('says yes to a short news story written as paragraphs under one parent', async () => {
    const p =
      '<p>Officials said the bridge would reopen next month after repairs to its cables, which were damaged in the winter storms that hit the coast.</p>';
    const page = parseHtml(
      `<html><body><main><h1>Bridge to reopen</h1><div class="story">${p.repeat(5)}</div></main></body></html>`,
      'https://example.com/bridge',
    );
    expect(isProbablyArticle(page.document)).toBe(true);
    await page.close();
  });

  // Real-shaped short news: site chrome, a sidebar of linked headlines, and a story of a few short paragraphs.
  const chrome = (
    body: string,
    head: string,
  ): string => `<!DOCTYPE html><html lang="en"><head><title>Story</title>${head}</head><body>
<header><a href="/">Metro Daily</a><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav><form><input type="search"></form></header>
<main>${body}</main>
<aside><h3>Most read</h3><ul>${Array.from({ length: 8 }, (_, i) => `<li><h4><a href="/news/other-${i}">Other story number ${i} that readers liked</a></h4></li>`).join('')}</ul></aside>
<footer><p>&copy; Metro Daily. <a href="/privacy">Privacy</a></p></footer></body></html>`;

  it('says yes to a 90-word news brief that declares og:type article', async () => {
    const story = `<article><h1>Water main break closes Elm Street</h1><p class="byline">By Dana Ortiz</p>
<p>A water main broke under Elm Street early Tuesday, flooding two blocks and closing the road to traffic.</p>
<p>Crews expect repairs to last until Wednesday evening, a city spokesperson said. Residents may notice low water pressure.</p>
<p>Drivers are asked to use Oak Avenue instead. Buses on route 12 will be diverted until the street reopens.</p></article>`;
    const page = parseHtml(
      chrome(story, '<meta property="og:type" content="article">'),
      'https://metro.example/news/water-main',
    );
    expect(isProbablyArticle(page.document)).toBe(true);
    await page.close();
  });

  it('says yes to a Korean brief that declares a JSON-LD NewsArticle', async () => {
    const ld =
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"서울 지하철 운행 재개"}</script>';
    const story = `<div class="article-body"><h1>서울 지하철 운행 재개</h1><p>서울교통공사는 화요일 오전 신호 장애로 멈췄던 2호선 운행이 한 시간 만에 재개됐다고 밝혔다. 출근길 시민들이 큰 불편을 겪었다.</p><p>공사는 정확한 원인을 조사하고 있으며 재발 방지 대책을 마련하겠다고 말했다.</p></div>`;
    const page = parseHtml(chrome(story, ld), 'https://news.example.kr/article/1');
    expect(isProbablyArticle(page.document)).toBe(true);
    await page.close();
  });

  it('says yes to an undeclared story written as text with <br>s in a table cell', async () => {
    const line =
      'The county board voted four to one on Monday night to delay the new landfill fee until the spring, after farmers said the charge would fall hardest on them.';
    const page = parseHtml(
      chrome(
        `<table><tr><td class="nav"><a href="/a">A</a></td><td>${`${line}<br><br>`.repeat(5)}</td></tr></table>`,
        '',
      ),
      'https://metro.example/story.asp?id=7',
    );
    expect(isProbablyArticle(page.document)).toBe(true);
    await page.close();
  });

  it('says no to a section front of teasers with long blurbs, even when every card is a paragraph of prose', async () => {
    const blurb =
      'The council approved the budget after weeks of talks over transit and school funding, and the mayor said the deal would hold taxes flat for a second year running.';
    const cards = Array.from(
      { length: 20 },
      (_, i) =>
        `<li class="card"><h3><a href="/news/story-${i}">Story ${i}: budget talks end</a></h3><p>${blurb}</p><span class="time">2 hours ago</span></li>`,
    ).join('');
    const page = parseHtml(
      chrome(`<h1>Local news</h1><ul class="river">${cards}</ul>`, ''),
      'https://metro.example/news/',
    );
    expect(isProbablyArticle(page.document)).toBe(false);
    await page.close();
  });
});

describe('microdata declarations (itemtype)', () => {
  // A 500-character single block: too little for an undeclared page, enough for a declared article.
  const blurb =
    '<p>' +
    'The council voted on Tuesday to keep the library open on Sundays, after residents filled the hall to argue that it is the only quiet place in town. '.repeat(
      4,
    ) +
    '</p>';
  const cases: { name: string; body: string; expected: boolean }[] = [
    {
      name: 'a short story marked itemtype BlogPosting',
      body: `<div itemscope itemtype="https://schema.org/BlogPosting"><h1>Library stays open</h1>${blurb}</div>`,
      expected: true,
    },
    {
      name: 'near miss: the same story marked only WebPage',
      body: `<div itemscope itemtype="https://schema.org/WebPage"><h1>Library stays open</h1>${blurb}</div>`,
      expected: false,
    },
    {
      name: 'near miss: an article card nested in a listing item',
      body: `<div itemscope itemtype="https://schema.org/WebPage"><div itemscope itemtype="https://schema.org/Article"><h1>Library stays open</h1>${blurb}</div></div>`,
      expected: false,
    },
    {
      name: 'a product page with a long description (itemtype Product)',
      body: `<div itemscope itemtype="http://schema.org/Product"><h1>Hutch</h1>${blurb.repeat(2)}</div>`,
      expected: false,
    },
    {
      name: 'near miss: a review article whose reviewed product is nested',
      body: `<article itemscope itemtype="http://schema.org/Review"><h1>Hutch review</h1><div itemprop="itemReviewed" itemscope itemtype="http://schema.org/Product">Hutch</div>${blurb.repeat(2)}</article>`,
      expected: true,
    },
  ];
  for (const c of cases) {
    it(`says ${c.expected ? 'yes' : 'no'} to ${c.name}`, async () => {
      const page = parseHtml(`<html><body><main>${c.body}</main></body></html>`, 'https://example.com/x');
      expect(isProbablyArticle(page.document)).toBe(c.expected);
      await page.close();
    });
  }
});
