// The detector's second round of rules (issue #12, dev error analysis), each with the page shape it exists for and
// the near miss it must not catch: small documents built here, in the shapes the dev pages showed.
import { describe, expect, it } from 'vitest';
import { isInComments, isKeywordTitle } from '../../../core/article/page-signals';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { verdictAt } from './verdict';

/** A site's chrome around `main`: a menu, a rail of linked headlines, a footer. */
function page(main: string, head = '', title = 'Page'): string {
  const rail = Array.from(
    { length: 6 },
    (_, i) => `<li><a href="/news/2024/story-${i}">Another story readers clicked on today, number ${i}</a></li>`,
  ).join('');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>
<header><a href="/" class="logo">The Daily Ledger</a><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main>${main}</main>
<aside><h2>Most read</h2><ol>${rail}</ol></aside>
<footer><p>© The Daily Ledger. <a href="/privacy">Privacy</a></p></footer></body></html>`;
}

const og = (type: string): string => `<meta property="og:type" content="${type}">`;

const PARAGRAPH =
  '<p>The council heard from residents, bus drivers and shop owners, who disagreed about whether a bus lane would help the high street or empty it, and the chair promised a decision before summer.</p>';
const STORY = `<h1>Bus lane plan divides street</h1>${PARAGRAPH.repeat(5)}`;

const verdict = (html: string) => verdictAt('https://ledger.example/news/2024/03/05/bus-lane', html);

describe('comment sections, not posts that have comments', () => {
  it('reads a post classed "commented" (its comments were loaded) as the article, not as its own comments', async () => {
    const html = page(`<div class="post hentry commented">${STORY}</div>`, og('article'));
    expect(await verdict(html)).toBe(true);
    const parsed = parseHtml(html);
    expect(isInComments(parsed.document.querySelector('.post p')!)).toBe(false);
    await parsed.close();
  });

  it('near miss: a comment list inside that post is still a comment section', async () => {
    const parsed = parseHtml(
      `<html><body><div class="post commented"><p>Story.</p><ol class="comment-list"><li><p>A reply.</p></li></ol></div></body></html>`,
    );
    expect(isInComments(parsed.document.querySelector('.comment-list p')!)).toBe(true);
    await parsed.close();
  });
});

describe('a story among rails of linked headlines, with nothing declared', () => {
  const rail = (name: string): string =>
    `<div class="${name}"><h3>More news</h3>${Array.from({ length: 8 }, (_, i) => `<h4><a href="/news/2007/${name}-${i}">${name} headline number ${i} about the league</a></h4>`).join('')}</div>`;

  it('reads an old news page whose story sits between two rails of sixteen linked headlines as one article', async () => {
    const html = page(
      `${rail('left')}<div class="story"><h1>Seattle wins at home</h1>${PARAGRAPH.repeat(7)}</div>${rail('right')}`,
    );
    expect(await verdict(html)).toBe(true);
  });

  it("near miss: a blog archive whose posts' linked titles sit inside the run of prose", async () => {
    const posts = Array.from(
      { length: 14 },
      (_, i) =>
        `<h2><a href="https://other.example/2007/03/post-${i}">Post number ${i}</a></h2>${PARAGRAPH}${PARAGRAPH}`,
    ).join('');
    expect(await verdict(page(`<div class="archive">${posts}</div>`))).toBe(false);
  });

  it('near miss: the same rails around a short teaser (less than the story a rail needs)', async () => {
    const html = page(`${rail('left')}<div class="lead">${PARAGRAPH.repeat(2)}</div>${rail('right')}`);
    expect(await verdict(html)).toBe(false);
  });
});

describe('a log-in box beside a declared story', () => {
  const login =
    '<form action="/login" method="post"><input type="text" name="user"><input type="password" name="pw"><button>Log in to comment</button></form>';
  const short = `<h1>Clown scare in town</h1>${PARAGRAPH}${PARAGRAPH.replace('council', 'mayor')}`;
  /** Six related-story cards, as a news template sets them under the story (the page is listing-shaped). */
  const related = Array.from(
    { length: 6 },
    (_, i) => `<article class="card"><a href="/news/2024/other-${i}">Other story number ${i}</a></article>`,
  ).join('');

  it('reads a declared story of two paragraphs with a log-in form to comment as an article', async () => {
    expect(await verdict(page(`<article>${short}</article>${login}${related}`, og('article')))).toBe(true);
  });

  it('near miss: the same log-in form beside two paragraphs on a page that declares nothing is a login wall', async () => {
    expect(await verdict(page(`<div>${short}</div>${login}${related}`))).toBe(false);
  });

  it('near miss: a declared page that shows only a sentence above the log-in form is a login wall', async () => {
    const teaser = '<p>This story is for subscribers: log in or start a free trial to read the rest of it today.</p>';
    expect(
      await verdict(page(`<article><h1>Clown scare</h1>${teaser}</article>${login}${related}`, og('article'))),
    ).toBe(false);
  });
});

describe('a declared article of one short paragraph', () => {
  const post =
    '<h1>Doing nothing</h1><p>Doing nothing is also a possibility, and today I took it: no plans, no phone, just the garden and a chair in the sun.</p>';

  it('reads a blog post of two sentences declared og:type=article as an article', async () => {
    expect(await verdict(page(`<article>${post}</article>`, og('article')))).toBe(true);
  });

  it('near miss: the same post with nothing declared', async () => {
    expect(await verdict(page(`<div>${post}</div>`))).toBe(false);
  });
});

describe('a catalogue of many price tags, with no add-to-cart button', () => {
  const INTRO =
    '<p>Our evening school offers practical courses for adults in languages, computing and crafts, taught by experienced tutors in small groups.</p><p>Every course runs for ten weeks in the autumn and in the spring term, and you can enrol by telephone, by post or at the front desk of the college during opening hours.</p><p>Concessions are available for students, pensioners and people receiving benefits; please ask at reception for details of the reduced fees.</p><p>Courses with fewer than eight students enrolled a week before the start may be cancelled, in which case the full fee is refunded.</p>';
  const course = (i: number, price: string): string =>
    `<div class="course"><h3>Course ${i}: Spanish for beginners, level ${i}</h3><p>Ten evening sessions on speaking and listening, with a textbook included in the fee.</p><span class="fee">${price}</span></div>`;

  it('reads a course list of twenty-four entries, each with its price tag, as a catalogue, not an article', async () => {
    const courses = Array.from({ length: 24 }, (_, i) => course(i + 1, `£${120 + i * 5}.00`)).join('');
    expect(await verdict(page(`<h1>Evening courses 2024</h1>${INTRO}${courses}`))).toBe(false);
  });

  it('near miss: a story beside a box of twelve market quotes is still an article', async () => {
    const quotes = Array.from(
      { length: 12 },
      (_, i) => `<tr><td>Company ${i}</td><td><b><span>$${50 + i}.25</span></b></td><td>+${i}.5%</td></tr>`,
    ).join('');
    expect(await verdict(page(`${STORY}<table class="market">${quotes}</table>`))).toBe(true);
  });

  it('near miss: an article with a small table of four prices is still an article', async () => {
    const table =
      '<table><tr><td>Bread</td><td>£1.20</td></tr><tr><td>Milk</td><td>£0.95</td></tr><tr><td>Eggs</td><td>£2.10</td></tr><tr><td>Butter</td><td>£1.85</td></tr></table>';
    expect(await verdict(page(`${STORY}${table}`))).toBe(true);
  });
});

describe('a story the template wraps in chrome, declared by its articleBody', () => {
  const cards = Array.from(
    { length: 6 },
    (_, i) => `<article class="teaser"><a href="/news/2024/other-${i}">Other story number ${i}</a></article>`,
  ).join('');
  // The headline is an <h2> in the near miss: since run AB an <aside> holding an <h1> is read as the story itself.
  const body = (attrs: string, head = 'h1'): string =>
    `<aside class="content"><section class="story"><${head}>Bus lane plan divides street</${head}><div ${attrs}>${PARAGRAPH}${PARAGRAPH}</div></section></aside>${cards}`;

  it('reads the story inside an <aside> as the article when its block is marked itemprop="articleBody"', async () => {
    expect(await verdict(page(body('itemprop="articleBody"'), og('article')))).toBe(true);
  });

  it('near miss: the same <aside>, headed by an <h2>, without the articleBody mark is still chrome (no story)', async () => {
    expect(await verdict(page(body('class="text"', 'h2'), og('article')))).toBe(false);
  });
});

describe("a post's category and tag classes are not a comment section", () => {
  it('reads a column in the section "Kommentar" (WordPress classes the post category-kommentar) as the article', async () => {
    const html = page(`<div class="post type-post hentry category-kommentar tag-politik">${STORY}</div>`);
    expect(await verdict(html)).toBe(true);
    const parsed = parseHtml(html);
    expect(isInComments(parsed.document.querySelector('.post p')!)).toBe(false);
    await parsed.close();
  });

  it('near miss: a block classed "kommentare" is still a comment section', async () => {
    const parsed = parseHtml(
      `<html><body><div class="post category-kommentar"><p>Story.</p><div class="kommentare"><p>A reply.</p></div></div></body></html>`,
    );
    expect(isInComments(parsed.document.querySelector('.kommentare p')!)).toBe(true);
    await parsed.close();
  });
});

describe('a "Read also" box of headlines inside the story', () => {
  const headline = (i: number): string =>
    `<h2><a href="/news/2024/related-${i}">Related story number ${i} about the high street</a></h2>`;

  it('reads a declared story with an <aside> of three linked headlines between its paragraphs as an article', async () => {
    const box = `<aside class="related"><h3>Read also</h3>${[1, 2, 3].map(headline).join('')}</aside>`;
    const html = page(`<div class="story-body">${PARAGRAPH}${PARAGRAPH}${box}${PARAGRAPH}</div>`, og('article'));
    expect(await verdict(html)).toBe(true);
  });

  it('near miss: the same headlines between the paragraphs with no box around them are a list of excerpts', async () => {
    const html = page(
      `<div class="posts">${headline(1)}${PARAGRAPH}${headline(2)}${PARAGRAPH}${headline(3)}${PARAGRAPH}</div>`,
      og('article'),
    );
    expect(await verdict(html)).toBe(false);
  });
});

describe('a publication date declared in an older CMS meta tag', () => {
  const short = `<div class="story"><h1>Twins meet again</h1>${PARAGRAPH}${PARAGRAPH}</div>`;

  it('reads a two-paragraph story whose <head> declares its OriginalPublicationDate as an article', async () => {
    const head = '<meta name="OriginalPublicationDate" content="2008/01/15 11:27:32">';
    expect(await verdict(page(short, head))).toBe(true);
  });

  it('near miss: a bare "date" meta (sites stamp every page with one) declares nothing', async () => {
    expect(await verdict(page(short, '<meta name="date" content="2008-01-15">'))).toBe(false);
  });
});

describe('linked headlines are counted once per heading', () => {
  const links = (n: number, wrap: (a: string) => string): string =>
    Array.from({ length: n }, (_, i) => wrap(`<a href="/section-${i}/">Section ${i}</a>`)).join(' ');

  it('reads a story under a heading that holds a menu of twelve links (one heading, not twelve headlines)', async () => {
    const menu = `<h4 class="classifieds">${links(12, (a) => a)}</h4>`;
    expect(await verdict(page(`${menu}<div class="story">${STORY}</div>`))).toBe(true);
  });

  it('near miss: twelve headings of one link each around the same story still make it listing-shaped', async () => {
    const rail = `<div class="more">${links(12, (a) => `<h4>${a}</h4>`)}</div>`;
    expect(await verdict(page(`${rail}<div class="story">${STORY}</div>`))).toBe(false);
  });
});

describe("a landing page's keyword title", () => {
  it.each([
    ['Photo Scanning Service | Photos to DVD | Photos to CD | Convert Photos to DVD | ScanCo', true],
    ['Plumbing,London,Croydon,Bromley,emergency,boiler,repair,heating', true],
    ['Harbour café goes beyond fish and chips | Restaurant reviews | Brighton | Brighton Evening Times', false],
    ['Peer advances at the hardcourt championships | Sports | Tennis | Reuters', false],
    ['Bus lane plan divides street, council hears', false],
    ['Tennis | Tennis news | Tennis Weekly', false],
  ])('%s: %s', (title, expected) => {
    expect(isKeywordTitle(title)).toBe(expected);
  });

  const pitch = Array.from(
    { length: 6 },
    () =>
      '<p>We scan your slides and negatives at high resolution, restore faded colours by hand and deliver them on DVD, on CD or as a download, usually within a week of receiving your order.</p>',
  ).join('');

  it('reads an undeclared page of one long sales pitch under a keyword title as no article', async () => {
    const title = 'Slide Scanning | Slides to DVD | Slides to CD | Convert Slides to DVD | ScanCo';
    expect(await verdict(page(`<div class="pitch">${pitch}</div>`, '', title))).toBe(false);
  });

  it('near miss: the same text under a headline with its section and site is still read as an article', async () => {
    const title = 'How we restore faded slides | Guides | Scanning | ScanCo';
    expect(await verdict(page(`<div class="pitch">${pitch}</div>`, '', title))).toBe(true);
  });
});

describe('an undeclared page of linked entries under headings', () => {
  const entry = (i: number, linked: boolean): string =>
    `<h3>${linked ? `<a href="https://partner${i}.example/">Our partner number ${i}</a>` : `Part ${i} of the story`}</h3>${PARAGRAPH}`;

  it('reads a home page whose text runs under three headings linking elsewhere as no article', async () => {
    const html = page(`<div class="intro">${[1, 2, 3].map((i) => entry(i, true)).join('')}${PARAGRAPH}</div>`);
    expect(await verdict(html)).toBe(false);
  });

  it('near miss: the same text under three plain subheads is one article', async () => {
    const html = page(`<div class="intro">${[1, 2, 3].map((i) => entry(i, false)).join('')}${PARAGRAPH}</div>`);
    expect(await verdict(html)).toBe(true);
  });
});

describe("a forum thread's posts are readers' posts, like comments", () => {
  const TOPIC = 'Configuring Oracle and JBoss and My Eclipse overall';
  /** Four posts of a thread, each about 330 characters, as phpBB writes them (the post's text in `bodyClass`). */
  const thread = (bodyClass: string): string =>
    `<h2>${TOPIC}</h2>${Array.from(
      { length: 4 },
      (_, i) =>
        `<div class="post"><dl class="postprofile"><dt>member${i}</dt><dd>Posts: ${20 + i}</dd></dl><div class="${bodyClass}"><p>Post ${i + 1}: if I have two workspaces in my environment and then install the plug-in, one of them is never properly configured. The preferences are there, but there is no menu or toolbar entry and no launcher button. Shutdown does not work for the server either, and the hanging instance makes the software look amateurish.</p></div></div>`,
    ).join('')}`;
  const forum = (main: string): string => page(main, '', `${TOPIC} :: Forums`);

  it.each([
    ["a thread of four posts, each in phpBB's postbody", thread('postbody'), false],
    ["a thread whose posts are vBulletin's post_message blocks", thread('post_message'), false],
    ["a thread whose posts are XenForo's message-body blocks", thread('message-body bbWrapper'), false],
    // Blogger writes a post's text in "post-body": a blog post, not a forum's.
    ['near miss: the same text as a Blogger post ("post-body")', thread('post-body entry-content'), true],
  ])('%s', async (_name, main, expected) => {
    expect(await verdict(forum(main))).toBe(expected);
  });
});
