// Run U's first rule (issue #12, the rejected side): a forum post's mark is read as a whole class name, and a page
// that holds one post is that post. Trimmed from two dragnet pages of 2012 (dev) that Lede rejected because their
// story was taken for a thread's posts, each with the near miss the forum marks exist for.
import { describe, expect, it } from 'vitest';
import { commentMarkOf } from '../../../core/article/page-signals';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { verdictAt } from './verdict';

const verdict = (html: string) => verdictAt('https://news.example/2012/11/post.html', html);

describe("a forum mark inside a longer class name is a slug's letters", () => {
  /**
   * Bitch Media's music post (dragnet `R56`, Drupal): the page's wrapper carries the post's URL as a class,
   * "page-postbitchtapes-fireplace-grooves", whose letters hold vBulletin's "postbit".
   */
  const STORY =
    '<p>You may have noticed that we Portlanders have a tendency to select our music (and clothing palettes) according to the whims of the weather. Now that fall (and the rain) is in full swing around these parts, all I want to do is curl up by a fire. In that spirit, I present to you the <strong>BitchTapes: Fireplace Grooves edition</strong>. While listening to this mix, I recommend sitting by a fire and doing at least one of the following: eating bowls of soup, drinking hot cider or cocoa from an oversized mug (let me humbly suggest <a href="/support-feminist-media/bitch-coffee-mug-shield">this one</a>), cuddling with your pet(s), knitting scarves, drinking wine or hot toddies (Please be advised that combining several hot toddies with knitting can only end in disaster. <em>Trust me</em> on this one).</p>' +
    '<p><strong>1. In The Dirt- S. Carey</strong></p><p><strong>2. What We Gained in the Fire- Mynabirds</strong></p>';
  const page = (wrapperClass: string) => `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>BitchTapes: Fireplace Grooves | Bitch Media</title></head>
<body class="not-front node-type-blog page-postbitchtapes-fireplace-grooves">
<div id="page" class="${wrapperClass}"><div id="header"><a href="/">Bitch Media</a></div>
<div id="content"><h1 class="title">BitchTapes: Fireplace Grooves</h1>
<div class="node node-type-blog" id="node-19467"><div class="meta"><div class="submitted">Music post by Lisa Knisely, Submitted by Lisa Knisely on October 26, 2012 - 12:10pm</div></div>
<div class="content">${STORY}</div></div></div>
<div id="sidebar"><h2>Newsletter signup</h2><p>Receive a monthly B-Mail in your inbox for special updates, deals, and news from Bitch Media.</p></div></div></body></html>`;

  it('reads the post under a wrapper classed with its slug as an article', async () => {
    expect(await verdict(page('not-front not-logged-in node-type-blog page-postbitchtapes-fireplace-grooves'))).toBe(
      true,
    );
  });

  it('table: whole class names and their separated forms are marks, letters inside a slug are not', () => {
    const markOf = (cls: string, id = '') => {
      const parsed = parseHtml(`<div class="${cls}" id="${id}"><p>text</p></div>`);
      const mark = commentMarkOf(parsed.document.querySelector('p')!);
      void parsed.close();
      return mark?.forum ?? null;
    };
    expect(markOf('page-postbitchtapes-fireplace-grooves')).toBe(null);
    expect(markOf('postbit postbitim postcontainer')).toBe(true);
    expect(markOf('postbitlegacy')).toBe(true);
    expect(markOf('postbody')).toBe(true);
    expect(markOf('messageText SelectQuoteContainer ugc')).toBe(true);
    expect(markOf('', 'post_message_1234')).toBe(true);
    expect(markOf('comment-body')).toBe(false);
  });
});

describe('a page holding one post is that post', () => {
  /**
   * AutoGuide's news item (dragnet `T83`, WordPress, og:type article): the theme names the story's body "postbody",
   * phpBB's mark for one forum post.
   */
  const BODY =
    '<p><strong><a href="/new-cars/audi/index.html">Audi</a> City, the brand’s <a href="/auto-news/2012/07/audi-city-to-open-in-central-london.html">premium shopping experience</a> in London is now open and hoping to capitalize on the in-style idea of boutique car shopping.</strong></p>' +
    '<p>With product experts and a “customer relationship manager” on hand, the set of stores will offer a selection of Audi’s in person to touch and test, but the full range will be there in virtual form. As the clip below shows, that means having a massive, interactive screen to offer as close to the real thing as possible without the same space demands as a traditional dealership.</p>' +
    '<p>BMW and Tesla have both already made similar moves to make their respective car buying experiences more fun and less intimidating, putting the focus on the product rather than the sale.</p>';
  const page = (posts: string) => `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Audi City Open for Business – Video | AutoGuide.com News</title><meta property="og:type" content="article"></head>
<body><div id="header"><a href="/">AutoGuide.com</a></div><div id="main-content">${posts}</div>
<aside id="sidebar"><h1>Most Popular</h1><p>Currently available on three models, GM’s eAssist technology is a product and packaging gamble the automaker has made.</p></aside></body></html>`;
  const post = (body: string) =>
    `<div class="post"><div id="posttitle"><h1><a href="/auto-news/2012/08/audi-city-open-for-business-video.html">Audi City Open for Business – Video</a></h1></div><div class="postbyline">Luke Vandezande | Aug 09, 2:31 PM</div><div class="postbody index">${body}</div></div>`;

  it("reads the story in the theme's one postbody as an article", async () => {
    expect(await verdict(page(post(BODY)))).toBe(true);
  });

  it('near miss: a thread of three such posts is readers’ posts, not an article', async () => {
    const reply = (n: number) =>
      `<div class="postbody"><p>Reply ${n}: I went to the one in London last week and the screens are impressive, but nobody could tell me when the car I configured would actually arrive. Still a good idea.</p></div>`;
    const thread = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Audi City London - Car Forum</title></head>
<body><h1>Audi City London</h1>${[1, 2, 3].map(reply).join('')}</body></html>`;
    expect(await verdict(thread)).toBe(false);
  });
});
