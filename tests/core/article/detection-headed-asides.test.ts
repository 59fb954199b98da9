// Run AB's rule (issue #12, the rejected side): a post set in an <aside>, headline and all. Trimmed from Celeb Baby
// Laundry's "Honey Boo Boo Says She Hates Justin Bieber" (dragnet `T18`, a dev article that Lede rejected): the
// WordPress theme wraps the post, its <h1>, its date line and its text in `<aside class="blogPost">`, beside an
// `<aside class="otherbabyrgtBlock">` of other sites' headlines. Asides are page chrome, so no prose was measured at
// all. The menus, share buttons and scripts are taken out.
import { describe, expect, it } from 'vitest';
import { measurePage } from '../../../core/article/index';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { verdictAt } from './verdict';

const URL = 'http://celebbabylaundry.com/2012/08/honey-boo-boo-says-she-hates-justin-bieber/';
const at = (html: string) => verdictAt(URL, html);

const POST = `<p><strong>Alana Thompson</strong> or as we know her <em>Honey Boo Boo</em> is one of the breakout stars of the<em> ‘Toddlers and Tiaras’</em> reality show and now she’s got her own show, the <em>Honey Boo Boo Show.</em> The child has more one-liners than our grandma at Christmas. She might only be 6 years old but Alanna’s not holding back when it comes to making her feelings known. And Justin Bieber was one of the first person who she decided to give her opinion on.</p>
<p><em>“You like Justin Bieber?”</em> asked her mum, June, in an interview with Access Hollywood.<em> “No, I hate him!”</em> came the very determined reply. But wait a second! It seems Honey Boo Boo was confused adn she did say she was a fan of <em>‘Justin Beaver.’</em> LOL!</p>
<p>Whether or not this is someone else or whether she was getting confused over his actual name, we are not entirely sure. What was clear though is that the precocious young girl is definitely a fan of Taylor Swift and Nickelodeon’s iCarly.</p>
<p>In other news, Honey Boo Boo is scaring babies at a Chuck E. Cheeses near you!</p>`;

/** The page as published; `headline` is the post's headline element. */
function page(headline = '<h1>Honey Boo Boo Says She Hates Justin Bieber</h1>'): string {
  return `<html><head><title>Honey Boo Boo Says She Hates Justin Bieber «  Celeb Baby Laundry</title></head>
<body><header><a href="/">Celeb Baby Laundry</a></header>
<nav><ul><li><a href="/">Home</a></li><li><a href="/about/">About</a></li><li><a href="/fashion/">Fashion</a></li></ul></nav>
<section id="contentWrap"><section id="leftColumn">
<aside class="blogPost">
${headline}
<div class="detilsBar"><h4>Posted, August 9th, 2012, By Amelia Rose</h4><a href="#" class="like">0</a></div>
<div class="blogContent">
${POST}
</div>
<div class="blog_social"><ul><li class="quote"><a href="#respond" class="comment">0 Comment</a></li></ul></div>
</aside>
<aside class="otherbabyrgtBlock"><div class="otherbabyblockHeading">OTHER BABY LAUNDRY</div>
<p><a href="http://thestir.cafemom.com/entertainment/131870/the_5_best">The Five Best In Hollywood</a> - THE STIR</p>
<p><a href="http://starcasm.net/archives/144490">Amber Portwood Leaving Teen Mom For Good</a> - STARCASM</p>
</aside>
</section></section></body></html>`;
}

describe('a post set in an <aside> that holds its <h1> is the page’s text, not a sidebar (run AB)', () => {
  it('takes the post: its <h1>, date line and four paragraphs inside <aside class="blogPost">', async () => {
    expect(await at(page())).toBe(true);
  });

  it('measures the post as the main run (the last line, one short sentence, adds its characters only)', async () => {
    const parsed = parseHtml(page(), URL);
    try {
      const shape = measurePage(parsed.document);
      expect(shape.proseParagraphs).toBe(3);
      expect(shape.proseChars).toBeGreaterThan(900);
    } finally {
      await parsed.close();
    }
  });

  it('still reads an aside headed by an <h2> as a sidebar: no prose, no article', async () => {
    expect(await at(page('<h2>Honey Boo Boo Says She Hates Justin Bieber</h2>'))).toBe(false);
  });
});

describe('sidebar widgets each headed by an <h1> stay chrome (run AB)', () => {
  it('rejects a short note whose sidebar holds two <h1>-headed widgets of prose: the page has no one headline', async () => {
    const widget = (title: string) =>
      `<aside class="widget widget_text"><h1 class="widget-title">${title}</h1><p>This blog is written by three historians of the revolutions of 1848, who share their reading, their sources and their doubts with anyone who cares to follow along.</p><p>We post once a week, mostly on Sundays, and we answer every comment that is not spam; the archive below lists everything since the first post.</p></aside>`;
    const html = `<html><head><title>A note | Achtundvierzig</title></head><body><div id="content"><h2>A note</h2><p>Back next week with the letters of 1849, which took longer to read than we planned.</p></div>${widget('About us')}${widget('Archive')}</body></html>`;
    expect(await at(html)).toBe(false);
  });
});
