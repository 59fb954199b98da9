// Run U's fourth rule (issue #12, the rejected side): headings inside a comment section are commenters' names linked
// to their own sites, not headlines of other pages. Trimmed from Joe McNally's blog post "Wheels Up…." (dragnet
// `R278`, dev, WordPress, 2012): fourteen commenters' linked names made the page a listing, and Lede rejected it.
import { describe, expect, it } from 'vitest';
import { verdictAt } from './verdict';

const verdict = (html: string) => verdictAt('https://www.joemcnally.com/blog/2012/10/30/wheels-up/', html);

const STORY = [
  'Sitting in Atlanta Airport, a very familiar place, and trying to get home. This all started because of a capricious, nasty girl named Sandy, an evil child of Mother Nature. I started my trek in Copenhagen, where, looking back at home, and knowing trouble was closing in, I started making changes.',
  'And, of course, I was. So I sit a bit, and have now placed my bets on Hartford and a flight that goes (???) in a couple hours. If it goes, I go. If not, I’ll continue to conjure a path home.',
  'Here’s the thing. I’m pretty calm about this stuff. Resigned, perhaps, but also, it’s just another turn of the page. Whenever travel goes smoothly, I’m surprised.',
  'Part of the zen I have about travel is that I’ve done a lot of it, to be sure. My current account at Delta puts my history with them at about 1.6 million miles. They have their moments, to be sure, but they are basically a good airline.',
]
  .map((p) => `<p>${p}</p>`)
  .join('');

const NAMES = [
  'Paul Howard',
  'John Crocker',
  'Laura',
  'Mike Lyons',
  'Patrick Mc Donnell',
  'Gerry Johnson',
  'Ken',
  'Wilfried Feder',
  'Van',
  'Dan Milham',
  'tom shue',
  'Karen B',
  'htet',
  'Rick Friedman',
];

/** The comment section as the theme prints it: each commenter's name, linked to their site, in an <h3>. */
function comments(cls: string): string {
  return `<h3 id="commenttitle">22 Responses to “Wheels Up….”</h3><div id="${cls}">${NAMES.map(
    (name, i) =>
      `<div class="${cls === 'comments' ? 'comment' : 'entry'}" id="c-${i}"><h3><strong><a href="https://site-${i}.example/" rel="external nofollow" class="url">${name}</a></strong> says:</h3><h4>on October 30, 2012 at 11:0${i % 10} am</h4><div class="inner"><p>Great perspective!!</p></div></div>`,
  ).join('')}</div>`;
}

const page = (after: string) => `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Wheels Up…. « Joe McNally’s Blog</title></head><body>
<div id="header"><h1><a href="https://www.joemcnally.com">Joe McNally Photography</a></h1></div>
<div id="posts"><div class="blog-post" id="post-10565"><div class="post-header"><h3><strong>Oct</strong> 30</h3>
<h2><a href="https://www.joemcnally.com/blog/2012/10/30/wheels-up/" rel="bookmark">Wheels Up….</a></h2>
<h4>In <a href="https://www.joemcnally.com/blog/category/stories/" rel="category tag">Stories</a> at 10:25am</h4></div>
${STORY}</div>${after}</div></body></html>`;

describe("commenters' linked names are not headlines", () => {
  it('reads the post above fourteen commenters with linked names as an article', async () => {
    expect(await verdict(page(comments('comments')))).toBe(true);
  });

  it('near miss: the same fourteen linked headings outside a comment section make the page a listing', async () => {
    expect(await verdict(page(comments('links')))).toBe(false);
  });
});
