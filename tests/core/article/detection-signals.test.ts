// The detector's second round of rules (issue #12, dev error analysis), each with the page shape it exists for and
// the near miss it must not catch: small documents built here, in the shapes the dev pages showed.
import { describe, expect, it } from 'vitest';
import { isProbablyArticle } from '../../../core/article/index';
import { isInComments } from '../../../core/article/page-signals';
import { parseHtml } from '../../../scripts/lib/parse-html';

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

async function verdict(html: string): Promise<boolean> {
  const parsed = parseHtml(html, 'https://ledger.example/news/2024/03/05/bus-lane');
  try {
    return isProbablyArticle(parsed.document);
  } finally {
    await parsed.close();
  }
}

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

describe('linked headlines are headings that are links to other pages', () => {
  const sections = (heading: (i: number) => string): string =>
    Array.from({ length: 14 }, (_, i) => `<h2>${heading(i)}</h2>${PARAGRAPH}${PARAGRAPH}`).join('');

  it('reads an encyclopedia entry whose fourteen section headings each carry an "[edit]" link as one article', async () => {
    const html = page(
      `<div id="content"><h1>Bus lanes</h1>${sections((i) => `History, part ${i} <span>[<a href="/w/index.php?action=edit&amp;section=${i}">edit</a>]</span>`)}</div>`,
    );
    expect(await verdict(html)).toBe(true);
  });

  it('reads headings linked to their own anchors (a permalink to the section) as one article', async () => {
    const html = page(
      `<div id="content"><h1>Bus lanes</h1>${sections((i) => `<a href="#part-${i}">History of the plan, part ${i}</a>`)}</div>`,
    );
    expect(await verdict(html)).toBe(true);
  });

  it('near miss: fourteen headings that are links to other stories make a listing', async () => {
    const html = page(
      `<div id="content"><h1>Transport</h1>${Array.from({ length: 14 }, (_, i) => `<h2><a href="/news/2024/bus-${i}">Bus lane plan, part ${i}</a></h2>`).join('')}${PARAGRAPH.repeat(3)}</div>`,
    );
    expect(await verdict(html)).toBe(false);
  });
});
