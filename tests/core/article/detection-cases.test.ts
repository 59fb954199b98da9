// The article gate on small real-shaped pages, one case per rule and the near miss beside it: what publishers
// declare lets a short news item through; a listing, a front page or a login wall stays out even when it carries
// an article-like declaration; text without spaces (Korean, Japanese) is measured in characters.
import { describe, expect, it } from 'vitest';
import { isProbablyArticle } from '../../../core/article/index';
import { parseHtml } from '../../../scripts/lib/parse-html';

/** A page with a site's usual chrome around `main`: header menu, a "most read" rail of linked headlines, a footer. */
function page(main: string, head = '', lang = 'en'): string {
  const rail = Array.from(
    { length: 6 },
    (_, i) => `<li><a href="/news/2024/story-${i}">Another story readers clicked on today, number ${i}</a></li>`,
  ).join('');
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Page</title>${head}</head><body>
<header><a href="/" class="logo">The Daily Ledger</a><nav><a href="/news">News</a> <a href="/sport">Sport</a>
<a href="/business">Business</a> <a href="/opinion">Opinion</a></nav><form action="/search"><input type="search" name="q"></form></header>
<main>${main}</main>
<aside><h2>Most read</h2><ol>${rail}</ol></aside>
<footer><p>© The Daily Ledger. <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p></footer></body></html>`;
}

const ld = (data: unknown): string => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
const og = (type: string): string => `<meta property="og:type" content="${type}">`;

/** A 70-word news brief: two short paragraphs, the size of a wire item. */
const BRIEF = `<h1>Harbour bridge to close for repairs</h1>
<p class="byline">By Ana Silva · <time datetime="2024-03-05">5 March 2024</time></p>
<p>The harbour bridge will close to traffic for three weekends from Friday while crews replace worn cable anchors, the city said on Tuesday.</p>
<p>Buses will run on the ring road instead, and the ferry will add two late sailings on Saturdays.</p>`;

/** A Korean news story (about 400 characters, few spaces): the same measure must hold in characters. */
const KOREAN = `<h1>서울시, 한강 다리 보수 공사로 주말 통제</h1>
<p>서울시는 한강 다리의 낡은 케이블 고정 장치를 교체하기 위해 이번 주 금요일부터 세 차례 주말 동안 차량 통행을 전면 통제한다고 화요일 밝혔다. 시는 공사 기간 동안 버스를 우회 도로로 운행하고 지하철 막차 시간을 한 시간 연장할 계획이라고 설명했다.</p>
<p>시 관계자는 "안전을 위해 불가피한 조치"라며 "시민들의 양해를 부탁드린다"고 말했다. 이번 공사는 지난해 정밀 안전 진단에서 케이블 고정 장치의 부식이 확인된 데 따른 것으로, 총 공사비는 약 이십억 원이 투입될 예정이다.</p>
<p>시는 공사 일정과 우회 경로를 누리집과 교통 안내 문자로 알릴 예정이며, 주변 상인들을 위한 지원 대책도 함께 검토하고 있다고 덧붙였다.</p>`;

/** A Japanese story of the same size. */
const JAPANESE = `<h1>港の橋、補修工事で週末通行止めに</h1>
<p>市は火曜日、港に架かる橋のケーブル固定装置を交換するため、今週金曜日から三週末にわたり車両の通行を止めると発表した。工事期間中はバスが環状道路を迂回し、フェリーは土曜日に夜の便を二本増やす。</p>
<p>市の担当者は「安全のためにやむを得ない措置だ」と述べ、市民に理解を求めた。昨年の精密点検で固定装置の腐食が見つかったことを受けた工事で、費用はおよそ二億円を見込んでいる。</p>`;

/** One teaser card of a listing: linked headline, one-line blurb, time. */
const teaser = (i: number): string =>
  `<article class="card"><h3><a href="/news/2024/03/story-${i}">Council weighs bus lane plan for the ring road, part ${i}</a></h3>
<p>Residents packed the hall to argue over the plan, which would take a lane from cars on the busiest stretch of road.</p>
<time datetime="2024-03-0${(i % 9) + 1}">${(i % 9) + 1} March</time></article>`;

const LONG_STORY = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of the story: the council's transport committee heard from residents, bus drivers and shop owners, who disagreed about whether a bus lane would help the high street or empty it, and the chair promised a decision before summer.</p>`,
).join('');

/** A reader's comment of about 330 characters, in a comment list as blog software writes it. */
const comment = (i: number): string =>
  `<li class="comment" id="comment-${i}"><div class="comment-author">Reader ${i}</div><div class="comment-body"><p>I live two streets from the high street and I have watched the buses crawl there for years, so I welcome the plan, but the council has to say where the delivery vans will stop, because right now they park in the bus stop every morning and nobody ever fines them for it. Comment ${i}.</p></div></li>`;

/** One post of a blog's front page: heading, two paragraphs, the post's footer with its links. */
const post = (i: number, footer = true): string =>
  `<div class="entry"><h3 class="entry-header">Notes from the allotment, week ${i}</h3><div class="entry-body">
<p>The beans finally came up this week after the cold snap, and the slugs found them within a day, so I spent two evenings with a torch picking them off the rows by hand.</p>
<p>Next week I will try copper tape around the raised beds, which a neighbour swears by, and I will report back on whether it made any difference at all to the damage.</p></div>
${footer ? `<p class="entry-footer"><a href="/2024/03/week-${i}.html">Permalink</a> | <a href="/2024/03/week-${i}.html#comments">Comments (${i % 4})</a></p>` : ''}</div>`;

/** A shop's product page with nothing declared: name, price, buy button, a long description. */
const PRODUCT = `<h1>Trail running shoe</h1><div class="buy-box"><span class="price">€89.99</span>
<form action="/cart/add" method="post"><select name="size"><option>42</option><option>43</option></select><button type="submit">Add to cart</button></form></div>
<div class="description">${LONG_STORY}</div>`;

/** A box of prose beside a story (a fact box, the author's bio): a heading and one paragraph of about 350 characters. */
const box = (name: string): string =>
  `<div class="${name}"><h3>About ${name}</h3><p>The ring road carries about forty thousand cars a day, more than any other road in the county, and the council has studied a bus lane on it three times since 2009 without ever reaching a decision, most recently because the money for it was spent on repairs to the harbour bridge instead, which left the plan on a shelf for another four years.</p></div>`;

/** A short undeclared story of about 90 words in three paragraphs, the size of an old wire item. */
const SHORT_STORY = `<h1>Ferry adds late sailings</h1>
<p>The island ferry will add two late sailings on Saturdays from next month, the operator said on Monday in a statement to passengers, after a summer in which cars were turned away from full boats most weekends.</p>
<p>The new crossings leave the harbour at ten and at midnight and return half an hour later, with room for forty cars, two coaches and a few lorries each time.</p>
<p>Season tickets will be valid on them, and the operator said it would keep them through the winter if enough people use them in the first two months.</p>`;

const cases: Record<string, { html: string; expected: boolean }> = {
  'a 70-word news brief declared NewsArticle in JSON-LD': {
    html: page(`<article>${BRIEF}</article>`, ld({ '@context': 'https://schema.org', '@type': 'NewsArticle' })),
    expected: true,
  },
  'a news brief declared in an @graph, its type given as an array': {
    html: page(
      `<article>${BRIEF}</article>`,
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', name: 'The Daily Ledger' },
          { '@type': ['WebPage', 'ItemPage'] },
          { '@type': ['ReportageNews', 'NewsArticle'], headline: 'Harbour bridge to close' },
        ],
      }),
    ),
    expected: true,
  },
  'a news brief declared by og:type=article and article:published_time': {
    html: page(
      `<article>${BRIEF}</article>`,
      `${og('article')}<meta property="article:published_time" content="2024-03-05T09:00:00Z">`,
    ),
    expected: true,
  },
  'near miss: the same brief with nothing declared (too little prose to tell from a blurb)': {
    html: page(`<div>${BRIEF}</div>`),
    expected: false,
  },
  'an undeclared story of six paragraphs': {
    html: page(`<div class="story"><h1>Bus lane plan divides street</h1>${LONG_STORY}</div>`),
    expected: true,
  },
  'a Korean story (characters, not words)': {
    html: page(`<article>${KOREAN}</article>`, og('article'), 'ko'),
    expected: true,
  },
  'a Korean story with nothing declared': {
    html: page(`<div id="content">${KOREAN}</div>`, '', 'ko'),
    expected: true,
  },
  'a Japanese story declared NewsArticle': {
    html: page(`<article>${JAPANESE}</article>`, ld({ '@type': 'NewsArticle' }), 'ja'),
    expected: true,
  },
  'a listing of 20 <article> teasers': {
    html: page(`<h1>Local news</h1>${Array.from({ length: 20 }, (_, i) => teaser(i)).join('')}`, og('website')),
    expected: false,
  },
  'a listing of 20 teasers whose template says og:type=article on every page': {
    html: page(
      `<h1>Local news</h1>${Array.from({ length: 20 }, (_, i) => teaser(i)).join('')}`,
      `${og('article')}${ld({ '@type': 'NewsArticle' })}`,
    ),
    expected: false,
  },
  'near miss: a declared story with three related-story cards under it': {
    html: page(
      `<article><h1>Bus lane plan divides street</h1>${LONG_STORY}</article><section class="related">${[1, 2, 3].map(teaser).join('')}</section>`,
      ld({ '@type': 'NewsArticle' }),
    ),
    expected: true,
  },
  'a section front: a lead teaser and a list of linked headlines, og:type=website': {
    html: page(
      `<h1>Business</h1><div class="lead"><h2><a href="/business/rates">Rates held again</a></h2><p>The central bank kept its main rate at four per cent for a sixth month, saying inflation was still too high to cut.</p></div>
<ul>${Array.from({ length: 15 }, (_, i) => `<li><h3><a href="/business/item-${i}">Business headline number ${i} about markets</a></h3></li>`).join('')}</ul>`,
      og('website'),
    ),
    expected: false,
  },
  'a login wall that calls itself an article': {
    html: page(
      `<h1>Subscribe to keep reading</h1><p>This story is for subscribers. Log in or start a free trial to read it.</p>
<form action="/login" method="post"><label>E-mail <input type="email" name="email"></label><label>Password <input type="password" name="pw"></label><button>Log in</button></form>`,
      `${og('article')}${ld({ '@type': 'NewsArticle' })}`,
    ),
    expected: false,
  },
  'search results for a query': {
    html: page(
      `<h1>Results for “bridge”</h1><ol class="results">${Array.from(
        { length: 10 },
        (_, i) =>
          `<li><h3><a href="/news/bridge-${i}">Bridge story ${i}</a></h3><p>… the bridge will close for repairs …</p></li>`,
      ).join('')}</ol>`,
      ld({ '@type': 'SearchResultsPage' }),
    ),
    expected: false,
  },
  'a shop product page with a long description': {
    html: page(
      `<h1>Trail running shoe</h1><p class="price">€89.99</p><button>Add to basket</button>${LONG_STORY}`,
      `${og('product')}${ld({ '@type': 'Product', name: 'Trail running shoe' })}`,
    ),
    expected: false,
  },
  'an undeclared story with a long comment section under it (comments are not separate posts)': {
    html: page(
      `<div class="story"><h1>Bus lane plan divides street</h1>${LONG_STORY}</div><section id="comments"><h2>12 comments</h2><ol class="comment-list">${Array.from({ length: 8 }, (_, i) => comment(i)).join('')}</ol></section>`,
    ),
    expected: true,
  },
  "near miss: a blog's front page of eight posts with the same shape, no comment section": {
    html: page(`<div class="posts">${Array.from({ length: 8 }, (_, i) => post(i, false)).join('')}</div>`),
    expected: false,
  },
  "a blog's front page whose heading repeats the title, each post with its Permalink and Comments (n) links": {
    html: page(
      `<h1>Notes from the allotment</h1>${Array.from({ length: 4 }, (_, i) => `<div class="day"><h2 class="date-header">${i + 1} March 2024</h2>${post(i)}</div>`).join('')}`,
    ).replace('<title>Page</title>', '<title>Notes from the allotment</title>'),
    expected: false,
  },
  'near miss: one post of that blog, with the link down to its comments': {
    html: page(
      `<h1>Notes from the allotment, week 3</h1>${LONG_STORY}<p class="entry-footer"><a href="#comments">Comments (3)</a></p>`,
    ).replace('<title>Page</title>', '<title>Notes from the allotment, week 3</title>'),
    expected: true,
  },
  'a product page that declares nothing: a price and an add-to-cart button above its description': {
    html: page(PRODUCT),
    expected: false,
  },
  "near miss: a story about a product that quotes its price, on a shop's magazine with a basket link in the header": {
    html: page(
      `<div class="story"><h1>Are €89 trail shoes worth it?</h1><p>The new trail shoe costs €89.99, and our tester wore it for a month of muddy runs.</p>${LONG_STORY}</div>`,
    ).replace('<form action="/search">', '<a href="/basket">Basket (0)</a><form action="/search">'),
    expected: true,
  },
  'a declared story set as one block of text, three linked related headlines in the same cell': {
    html: page(
      `<table><tr><td class="story"><h1>Bus lane plan divides street</h1>${'The council heard from residents, bus drivers and shop owners, who disagreed about whether a bus lane would help the high street. '.repeat(8)}<h3><a href="/news/2024/rates">Rates held again</a></h3><h3><a href="/news/2024/bridge">Bridge to close</a></h3><h3><a href="/news/2024/ferry">Ferry adds sailings</a></h3></td></tr></table>`,
      og('article'),
    ),
    expected: true,
  },
  'near miss: four excerpts under linked headlines in one column, og:type=article on the template': {
    html: page(
      `<div class="posts">${Array.from({ length: 4 }, (_, i) => `<h2><a href="/news/2024/story-${i}">Council weighs bus lane plan, part ${i}</a></h2><p>Residents packed the hall to argue over the plan, which would take a lane from cars on the busiest stretch of road.</p>`).join('')}</div>`,
      og('article'),
    ),
    expected: false,
  },
  'an undeclared story of about 90 words in three paragraphs': {
    html: page(`<div class="story">${SHORT_STORY}</div>`),
    expected: true,
  },
  'an undeclared story with three boxes of prose around it (the story holds most of the text)': {
    html: page(
      `<div class="story"><h1>Bus lane plan divides street</h1>${LONG_STORY}</div>${box('facts')}${box('bio')}${box('promo')}`,
    ),
    expected: true,
  },
  'near miss: a home page of four sections of equal weight, none dominant': {
    html: page(
      `<div class="col">${box('welcome')}${box('news')}</div><div class="col">${box('services')}${box('about')}</div>`,
    ),
    expected: false,
  },
  "an error page that keeps the site's text around its 'Page Not Found' heading": {
    html: page(
      `<h1>Page Not Found</h1><p>Sorry, we couldn't find the page you were looking for. Try the search box or the archive.</p><div class="about">${LONG_STORY}</div>`,
    ),
    expected: false,
  },
  "near miss: a story whose headline says 'not found'": {
    html: page(`<div class="story"><h1>Lost and not found: the city's missing bikes</h1>${LONG_STORY}</div>`),
    expected: true,
  },
};

describe('isProbablyArticle on real-shaped pages', () => {
  for (const [name, c] of Object.entries(cases)) {
    it(`says ${c.expected ? 'yes' : 'no'} to ${name}`, async () => {
      const parsed = parseHtml(c.html, 'https://ledger.example/news/2024/03/05/bridge');
      expect(isProbablyArticle(parsed.document)).toBe(c.expected);
      await parsed.close();
    });
  }
});
