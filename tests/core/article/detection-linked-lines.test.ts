// Run Y's rule (issue #12, the claimed side): a linked headline set as a bold line of its own counts as a linked
// heading, so an undeclared page whose main run is cut by three of them is a page of linked entries. Trimmed from
// Harry McCracken's blog front (CleanEval `476`, a dev non-article, Movable Type, 2006), which Lede claimed: each post
// is a bold link to its own page over its text, with no heading element and no declaration. The article it must not
// reject: DailyCandy's "Little Threads: Joy to the Girls" (dragnet `R795`, a dev article), whose items open with bold
// lines that are not links.
import { describe, expect, it } from 'vitest';
import { isLinkedLineHead } from '../../../core/article/line-heads';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { verdictAt } from './verdict';

const POSTS = [
  [
    'the_act',
    'The Act',
    `<p>I'm in Boston for the holidays, and today I did one of the few things you can do in New England that you just
can't do in California--I went <a href="http://en.wikipedia.org/wiki/Candlepin_bowling">candlepin bowling</a>. While
I waited for my friend Deb to arrive at the alley, I checked out its video games--and found that one of them was
<em>The Act</em>, an "interactive romantic comedy" which I'd read about earlier this year.</p>
<p><em>The Act</em> is tough to describe, but virtually every reference I've seen to it brings up Don Bluth's
<em>Dragon's Lair</em>, and that's as good a frame of reference as any, although this new game is vastly more
interesting than the Bluth one. It's an arcade game done in full character animation.</p>`,
    'December 24, 2006 11:21 PM',
  ],
  [
    'joe_barbera_1911_2006',
    'Joe Barbera, 1911 (?)-2006',
    `<p>When a major animation figure who was involved with a lot of important work dies, the obituaries tend to go
on at length about the highlights of his career. Joe Barbera's career had more highlights than most, and the
obituaries have covered them well.</p>
<p>I met him only once, at a convention in the 1990s, and he spent most of our conversation asking me what I thought
of the new cartoons on television. He was still curious about all of it, which I found wonderful.</p>`,
    'December 18, 2006 8:02 PM',
  ],
  [
    'once_more_with_freleng_1',
    'Once More, With Freleng',
    `<p>As you may know, blogs everywhere are participating in a great Friz Freleng Blog-a-Thon today, in honor of the
great man's 100th (maybe) birthday. So here's a Friz tribute I wrote a long, long time ago--it appeared in Animato
#18, which cover-featured Jerry Beck's Friz interview, back in 1989.</p>
<p>If I was going to write about Freleng today, I might come to different conclusions, or discuss them more
artfully--or maybe not--but I decided to present my essay exactly as I wrote it back in the 20th century.</p>`,
    'August 22, 2006 6:36 AM',
  ],
] as const;

/** The blog's front page with its first `count` posts; `linked` false sets each title as plain bold text. */
function blogFront(count: number, linked = true): string {
  const posts = POSTS.slice(0, count)
    .map(([slug, title, text, date]) => {
      const href = `http://www.harrymccracken.com/blog/archives/2006/12/${slug}.html`;
      const head = linked ? `<a href="${href}"><strong>${title}</strong></a>` : `<strong>${title}</strong>`;
      return `<br>
<font size="3" face="Arial, Helvetica, sans-serif">${head}</font>
<font face="Arial, Helvetica, sans-serif"><br>
<font size="2">${text}</font></font> <font face="Arial, Helvetica, sans-serif"></font>
<br>
<font size="1" face="Arial, Helvetica, sans-serif">Posted by Harry on </font><font size="1">${date}
<a href="${href}">Comments: 0</a></font>
<br>`;
    })
    .join('\n');
  return `<html><head><title>Harry-Go-Round</title></head>
<BODY BGCOLOR="#FFFF99" TOPMARGIN="5">
<P ALIGN="CENTER"><A HREF="http://www.harrymccracken.com/home.htm"><IMG SRC="../bhgr.gif" ALT="Harry-Go-Round"></A>
<A HREF="http://www.harrymccracken.com/messagecenter"><IMG SRC="../bmessage.gif" ALT="Messages"></A>
<A HREF="http://www.harrymccracken.com/comics.htm"><IMG SRC="../bcomics.gif" ALT="Comics"></A></P>
<table width="725" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td height="58"><div align="center"><img src="../hgr.gif" width="525" height="92"></div></td></tr>
<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="12"><tr>
<td align="left" valign="top"><div align="left"><img src="../newsnotes1.gif" width="300" height="37">
<font size="1" face="Arial, Helvetica, sans-serif">
Powered by <a href="http://www.movabletype.org">Movable Type</a> | <a href="index.xml">XML/RSS Feed</a><br>
${posts}
</font></div></td></tr></table></td></tr></table>
</BODY></html>`;
}

const LITTLE_THREADS = `<html><head><title>Holiday Dresses for Girls | Atlanta - DailyCandy</title></head><body>
<div class="span8" id="edit_well">
<header class="content_header"><div class="extras">
<a class="category" href="/atlanta/kids">kids</a> - <time pubdate>November 09, 2012</time></div>
<hgroup><h1>Little Threads: Joy to the Girls</h1><h2>And their decadent seasonal dresses</h2></hgroup>
</header>
<article class="article_detail medium">
<figure><img src="http://static.dailycandy.com/resource.jsp?id=184017&name=little-threads-111212-kids-620.jpg" alt="" /></figure>
<p>Holiday parties are a great excuse to indulge in sweets, libations, and splurgy dresses for your little sugarplums. Whatever her style, there&#8217;s a festive frock to get you giddy.</p>
<p><strong>The Maximalist</strong><br /> If she insists on wearing dress-up clothes to school, then your prima donna will do cartwheels over this fantastical tutu dress sprinkled with sequins and stones. <em>Available at </em><a target="_blank" href="http://www.tutudumonde.com/"><em>tutudumonde.com</em></a><em>, $159.</em></p>
<p><strong>The Minimalist</strong><br /> So chic and understated (does it come in our size?), this classic black knit jumper benefits from just a bit of seasonal bling &#8212; gold buttons at the shoulders and cuffs. <em>Available at </em><a target="_blank" href="http://www.nonchalantmom.com/"><em>nonchalantmom.com</em></a><em>, $108.</em></p>
<p><strong>The Modernist</strong><br /> From the queen of forward-thinking, feminine style, Stella McCartney, a flirty tulle-and-gold number is just right for spreading joy and playful good cheer. <em>Available at </em><a target="_blank" href="http://www.stellamccartney.com/"><em>stellamccartney.com</em></a><em>, $110.</em></p>
</article>
<section class="related-tags" id="related-tags"><strong>Tags:</strong>
<a href="/atlanta/search/?N=345">Girls</a>, <a href="/atlanta/search/?N=346">Holiday</a></section>
<div class="related-content" id="related-content"><section><div class="header"><h1>Related Stories</h1></div>
<div class="content-items">
<div class="item first"><h3><a href="/atlanta/article/108992/See-Kai-Run-Kids-Shoes">See Kai Run Gets Bigger</a></h3></div>
<div class="item"><h3><a href="/atlanta/article/117150/A-New-Years-Eve-Dance-Playlist">A New Year's Eve Dance Playlist</a></h3></div>
</div></section></div>
</div></body></html>`;

describe('linked bold lines are linked headings (run Y)', () => {
  it("rejects the blog's front page: three posts, each under a bold link to its own page", async () => {
    expect(await verdictAt('http://www.harrymccracken.com/blog/', blogFront(3))).toBe(false);
  });

  it('takes the same page with one post, or with its titles as plain bold lines (subheads of one text)', async () => {
    // Both were taken before the rule: only the linked lines decide.
    expect(await verdictAt('http://www.harrymccracken.com/blog/', blogFront(1))).toBe(true);
    expect(await verdictAt('http://www.harrymccracken.com/blog/', blogFront(3, false))).toBe(true);
  });

  it("still takes DailyCandy's dresses, whose items open with bold lines that are not links", async () => {
    expect(await verdictAt('http://www.dailycandy.com/atlanta/article/138800/', LITTLE_THREADS)).toBe(true);
  });

  it.each([
    ['<p><b><a href="/a.html">Title</a></b><br>Text of the item.</p>', true],
    ['<p><a href="/a.html"><strong>Title</strong></a><br>Text of the item.</p>', true],
    ['<p>Text <font><b><a href="/a.html">Title</a></b></font><br>more.</p>', false],
    ['<p><b><a href="/a.html">Title</a> said</b><br>Text of the item.</p>', false],
    ['<p><b><a href="#part">Title</a></b><br>Text of the item.</p>', false],
    ['<p><b>Title</b><br>Text of the item.</p>', false],
    ['<p>He read <b><a href="/a.html">the report</a></b> twice.</p>', false],
  ])('isLinkedLineHead on %s is %s', async (html, expected) => {
    const parsed = parseHtml(`<html><body>${html}</body></html>`, 'https://example.org/');
    try {
      const bold = parsed.document.querySelector('b, strong')!;
      expect(isLinkedLineHead(bold)).toBe(expected);
    } finally {
      await parsed.close();
    }
  });
});
