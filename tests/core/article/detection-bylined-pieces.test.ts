// Run Z's rules (issue #12, the rejected side): what HTML5 lets a publisher mark on a page without any metadata. A
// byline's `<a rel="author">` (one author, one or two links) over a dated piece, and one `<time pubdate>`, say "one
// authored, dated piece" as a declaration does. Trimmed from two dev articles Lede rejected: NFL.com's blog post
// "NFL fans show their team pride on Halloween" (dragnet `R513`: `og:type=blog`, a WordPress byline, 106 characters
// of text over six tweeted photos) and DailyCandy's "Scouted This Week" (dragnet `R794`: `og:type=website`, its date
// in `<time pubdate>`, 234 characters above fifteen related stories' linked headings). Images, scripts and share
// buttons are taken out.
import { describe, expect, it } from 'vitest';
import { verdictAt } from './verdict';

const NFL = 'http://blogs.nfl.com/2012/11/01/nfl-fans-show-their-team-pride-on-halloween/';
const CAPTIONS = ['@CheesyFireman/Twitter', '@ckloop/Twitter', 'davidely/Instagram', '@blondebombshel3/Twitter'];

/** One post of the blog: its linked title, byline (`rel` on the author's link), date line and text. */
function post(slug: string, title: string, text: string, rel = 'author'): string {
  return `<div class="post"><h2><div id="nfl-cat"><a href="http://blogs.nfl.com/category/news/" rel="category tag">News</a></div>
<a href="http://blogs.nfl.com/2012/11/01/${slug}/" rel="bookmark">${title}</a></h2>
<div class="post-author-meta"><strong>By <a href="http://blogs.nfl.com/author/nflstaff/" title="Posts by NFL.com Staff" rel="${rel}">NFL.com Staff</a> | </strong><br><span class="author-position"></span></div>
<p class="post-info">Published: November 1st, 2012 | Tags: </p>
<div class="entry"><p>${text}</p>
${CAPTIONS.map((c) => `<div class="wp-caption aligncenter"><a href="https://twitter.com/"></a><p class="wp-caption-text">(${c})</p></div>`).join('\n')}
</div></div>`;
}

const HALLOWEEN_TEXT =
  'Fans went out on Halloween showing off their best impressions of NFL players. Who was the most convincing?';
const HALLOWEEN = post(
  'nfl-fans-show-their-team-pride-on-halloween',
  'NFL fans show their team pride on&nbsp;Halloween',
  HALLOWEEN_TEXT,
);

function blog(posts: string): string {
  return `<html><head><title> NFL fans show their team pride on Halloween - NFL.com</title>
<meta property="og:type" content="blog" /><meta property="og:title" content="NFL.com Blogs" /></head>
<body><div id="header"><a href="http://blogs.nfl.com/category/news/">/News</a></div>
<div id="content-wrap"><div id="main">${posts}</div>
<div id="sidebar"><ul><li><a href="http://blogs.nfl.com/category/fantasy/">Fantasy</a></li><li><a href="http://blogs.nfl.com/category/draft/">Draft</a></li></ul></div>
</div></body></html>`;
}

describe('a byline (rel=author) over a dated piece is one authored piece (run Z)', () => {
  it('takes the NFL.com post: one author link, its date, 106 characters of text', async () => {
    expect(await verdictAt(NFL, blog(HALLOWEEN))).toBe(true);
  });

  it('still rejects it when the byline is a plain link (no rel=author): 106 characters say nothing alone', async () => {
    expect(
      await verdictAt(NFL, blog(post('x', 'NFL fans show their team pride on Halloween', HALLOWEEN_TEXT, 'nofollow'))),
    ).toBe(false);
  });

  it('still rejects the blog’s front page: three posts by the same author, a byline and a date each', async () => {
    const front = [1, 2, 3]
      .map((n) => post(`post-${n}`, `Post number ${n} of the day`, `${HALLOWEEN_TEXT} Part ${n}.`))
      .join('\n');
    expect(await verdictAt('http://blogs.nfl.com/', blog(front))).toBe(false);
  });
});

const CANDY = 'http://www.dailycandy.com/everywhere/article/139089/DailyCandy-Scout-Fall-Fashion-Trends';
const RELATED = [
  ['135921/Heartwork-Office-Accessories-and-Decor', 'Make Your Cube Less Depressing'],
  ['126427/Swaagit-App-Launches', 'Appearances Are Not Deceiving with This New Mobile App'],
  ['138428/How-to-Help-Out-in-NYC', 'Help NYC Bounce Back'],
  ['137018/Holiday-Gift-Guide', 'Holiday Gift Guide'],
  ['139287/DailyCandy-Scout-Fall-Beauty-Trends', 'Scouted This Week: Lipstick Challenge'],
  ['138101/Best-Fall-Boots', 'The Best Boots for Fall'],
  ['137555/Knit-Hats', 'Knit Picks: Hats for Every Head'],
  ['136980/Election-Night-Parties', 'Where to Watch the Election'],
  ['136410/Nail-Art-Kits', 'Nail Art Kits We Love'],
  ['135777/Print-Mixing', 'How to Mix Prints Like a Pro'],
  ['135012/Office-Snacks', 'Desk Snacks That Beat the Vending Machine'],
  ['134620/Fall-Candles', 'Candles That Smell Like Fall'],
  ['134118/Weekend-Bags', 'Weekend Bags for Short Trips'],
];

/** The DailyCandy page; `date` is the element holding its date. */
function candy(date = '<time pubdate>November 09, 2012</time>'): string {
  const related = RELATED.map(
    ([path, title]) => `<div class="item"><h3><a href="/everywhere/article/${path}">${title}</a></h3></div>`,
  ).join('\n');
  return `<html><head><title>DailyCandy Scout - Fall Fashion Trends | Everywhere - DailyCandy</title>
<meta property="og:type" content="website" /></head>
<body><div class="container"><div class="span8" id="edit_well"><header class="content_header"><div class="extras">
<a class="jump-to-comments" href="#fb-comments">Comments</a> <a class="category" href="/everywhere/entertainment">entertainment</a> - ${date}</div>
<hgroup><h1>Scouted This Week: Decked-Out Digits and Prints Charming</h1><h2>The latest, greatest finds from our new app</h2></hgroup></header>
<article class="article_detail medium">
<p>We’re delighting in your knit picks, election excitement, bold eyes, and finest handiwork. Here are a few of our favorites (from top left, clockwise).</p><p></p>
<p>“Cozy, cozy,” scouted by aimxignite</p><p>“These J.Crew pants are spot on,” scouted by jayblades</p><p>“Bosslady,” scouted by JillPerry</p>
<p>“Not pictured: My entirely stripe-covered upper half. Yup,” scouted by prettyshindig</p><p>“Voter attire,” scouted by susiegibson</p>
<p><em>Download DailyCandy</em> <em>Scout at</em> <a href="https://itunes.apple.com/us/app/dailycandy-scout/id555342741"><em>itunes.com</em></a><em>.</em></p>
</article>
<div class="related-content"><section><div class="header"><h1>Related Stories</h1></div><div class="content-items">${related}</div></section></div>
</div></div></body></html>`;
}

describe('one <time pubdate> declares the page’s article, as a published-time meta does (run Z)', () => {
  it('takes the DailyCandy item: its date in <time pubdate>, 234 characters amid fifteen linked headlines', async () => {
    expect(await verdictAt(CANDY, candy())).toBe(true);
  });

  it('still rejects it when the date is a plain <time>: undeclared among rails, too short', async () => {
    expect(await verdictAt(CANDY, candy('<time>November 09, 2012</time>'))).toBe(false);
  });

  it('does not read two <time pubdate> (two posts’ dates) as one article’s', async () => {
    const two = '<time pubdate>November 09, 2012</time> <time pubdate>November 08, 2012</time>';
    expect(await verdictAt(CANDY, candy(two))).toBe(false);
  });
});
