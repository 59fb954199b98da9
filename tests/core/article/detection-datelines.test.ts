// The detector's fifth round of rules (issue #12, dev error analysis): what a page prints about itself besides its
// markup (a dateline under the headline), each rule with the page shape it exists for and the near miss it must
// not catch: small documents built here, in the shapes the dev pages showed.
import { describe, expect, it } from 'vitest';
import { isDateStamp } from '../../../core/article/page-signals';
import { verdictAt } from './verdict';

/** A small site's chrome around `main`: a menu, a short rail of links, a footer; nothing declared in the head. */
function page(main: string, title: string): string {
  const rail = Array.from({ length: 5 }, (_, i) => `<li><a href="/category/${i}">Category ${i}</a></li>`).join('');
  return `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>${title}</title></head><body>
<header><a href="/" class="logo">Gartenblog</a><nav><a href="/">Start</a> <a href="/about">Über mich</a></nav></header>
<div id="content">${main}</div>
<div id="sidebar"><h3>Kategorien</h3><ul>${rail}</ul></div>
<div id="footer"><p>© Gartenblog. <a href="/impressum">Impressum</a></p></div></body></html>`;
}

const verdict = (html: string) => verdictAt('https://garten.example/2024/03/nichts-tun/', html);

describe('a date stamp: a short text that carries a full date', () => {
  it.each([
    ['01-08-2008', true],
    ['2024-03-05', true],
    ['Posted on March 5, 2024 by Ana', true],
    ['Friday 28th December, 2007', true],
    ['5. März 2024', true],
    ['5 de marzo de 2024', true],
    ['Updated 3:04 PM ET, Mon March 3, 2017', true],
    // A year alone, a month and a year, a copyright line: no day, so no dateline.
    ['Archive 2008', false],
    ['May 2024', false],
    ['© 1999-2024 Gartenblog', false],
    // A date inside a sentence is the story's content, not its stamp.
    [
      'The council said on Tuesday that the bridge, which opened on March 5, 2004, will close for repairs this summer.',
      false,
    ],
  ])('%s: %s', (text, expected) => {
    expect(isDateStamp(text)).toBe(expected);
  });
});

describe('a short undeclared piece that names its subject and prints its date', () => {
  const TITLE = 'Heute einfach nichts getan – Gartenblog';
  /** A post of two sentences (about 150 characters): shorter than an undeclared page needs without its date. */
  const POST =
    '<p>Nichts tun ist auch eine Möglichkeit, und heute habe ich sie genutzt: keine Pläne, kein Telefon, nur der Garten und ein Stuhl in der Sonne.</p>';
  const headline = '<h2>Heute einfach nichts getan</h2>';

  it('reads a two-sentence blog post under its title, with its dateline, as an article', async () => {
    const html = page(`<div class="post">${headline}<div class="date">5. März 2024</div>${POST}</div>`, TITLE);
    expect(await verdict(html)).toBe(true);
  });

  it('near miss: the same post without a date (an about box, a teaser) is not enough', async () => {
    expect(await verdict(page(`<div class="post">${headline}${POST}</div>`, TITLE))).toBe(false);
  });

  it('near miss: the same post among five dated entries is a list of dated things, not one piece', async () => {
    const entries = Array.from(
      { length: 5 },
      (_, i) => `<li><span class="date">${i + 1}. März 2024</span> <a href="/2024/03/${i}/">Eintrag ${i}</a></li>`,
    ).join('');
    const html = page(`<div class="post">${headline}${POST}</div><ul class="recent">${entries}</ul>`, TITLE);
    expect(await verdict(html)).toBe(false);
  });

  it('near miss: a dated page whose title names no heading (a site front with a date line) is not enough', async () => {
    const html = page(`<div class="post"><div class="date">5. März 2024</div>${POST}</div>`, 'Gartenblog');
    expect(await verdict(html)).toBe(false);
  });
});

describe('a short undeclared news item that opens with its dateline', () => {
  /** A wire item of three paragraphs (about 360 characters): shorter than an undeclared page needs without a date. */
  const ITEM =
    '<p>Twentieth Century Fox and Apple say they will do a deal which allows movie rentals through iTunes, the online store.</p><p>Movie rentals would let users watch each film for a limited time before it expires on their computer.</p><p>The Fox arrangement will be different to other studio deals, which limit users to older movies.</p>';
  const headline = '<h2>iTunes does movie deal with Fox</h2>';
  /** A news site's page whose <title> is only the site's name (old templates), so the title names no heading. */
  const news = (main: string, header = ''): string =>
    `<!DOCTYPE html><html><head><title>Malaysia Sun</title></head><body><div id="top">${header}<a href="/">Malaysia Sun</a></div>
<div id="content">${main}</div><div id="foot"><p>© Malaysia Sun. <a href="/contact">Contact</a></p></div></body></html>`;

  it('reads a three-paragraph wire item opened by "Friday 28th December, 2007" as an article', async () => {
    const html = news(`<div class="story">${headline}<div class="date">Friday 28th December, 2007</div>${ITEM}</div>`);
    expect(await verdict(html)).toBe(true);
  });

  it("near miss: the same item with the date only in the site's header (today's date) is not enough", async () => {
    const html = news(
      `<div class="story">${headline}${ITEM}</div>`,
      '<span class="today">Friday 28th December, 2007</span>',
    );
    expect(await verdict(html)).toBe(false);
  });

  it('near miss: a record whose "Submitted on August 8, 2005" line follows its text', async () => {
    const html = news(
      `<div class="story">${headline}${ITEM}<div class="submitted">Submitted on August 8, 2005</div></div>`,
    );
    expect(await verdict(html)).toBe(false);
  });
});

describe('a short dated story between rails of other stories’ headlines (sixth round)', () => {
  /** A business brief of four paragraphs, about 620 characters: shorter than a railed story needs without a date. */
  const BRIEF = [
    'Shares in the regional carrier rose by nine percent on Tuesday after it reported its first annual profit in three years of losses.',
    'The company said that passenger numbers grew in every quarter of the year, helped by new routes to the coast and by lower fuel costs.',
    'Analysts had expected a small loss for the year, and several of them raised their targets for the stock after the results were published.',
    'The carrier will announce its plans for next summer, including two new aircraft, at a meeting with investors in May.',
  ]
    .map((p) => `<p>${p}</p>`)
    .join('');
  const headline = '<h2>Regional carrier returns to profit</h2>';
  /** Twelve linked headlines of other stories in a rail beside the story, as old news templates print them. */
  const rail = (dated: boolean): string =>
    Array.from(
      { length: 12 },
      (_, i) =>
        `<h4><a href="/business/${i}">Other business story number ${i + 1}</a></h4>${dated ? `<span>March ${i + 1}, 2008</span>` : ''}`,
    ).join('');
  const news = (story: string, dated = false): string =>
    `<!DOCTYPE html><html><head><title>Feed Article | Business |</title></head><body><div id="top"><a href="/">Daily Feed</a></div>
<table><tr><td id="rail">${rail(dated)}</td><td id="main">${story}</td></tr></table>
<div id="foot"><p>© Daily Feed. <a href="/contact">Contact</a></p></div></body></html>`;
  const verdictOf = (html: string) => verdictAt('https://feed.example/business/carrier', html);

  it.each([
    [
      'a four-paragraph brief opened by its dateline, between rails of headlines',
      news(`<div>${headline}<div class="date">March 11, 2008</div>${BRIEF}</div>`),
      true,
    ],
    ['near miss: the same brief without its dateline', news(`<div>${headline}${BRIEF}</div>`), false],
    [
      'near miss: the same brief in rails whose every headline is dated (a list of dated things)',
      news(`<div>${headline}<div class="date">March 11, 2008</div>${BRIEF}</div>`, true),
      false,
    ],
  ])('%s', async (_name, html, expected) => {
    expect(await verdictOf(html)).toBe(expected);
  });
});
