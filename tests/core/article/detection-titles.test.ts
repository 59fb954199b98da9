// The detector's sixth round (issue #12): a page whose title is only a section's label ("Home", "Welcome to
// Oswestry", "News Archive", "ETB: calendar of events", "MindWeavers - Company News") and that declares no article
// is the page a site's menu leads to, whatever prose it holds. Table-driven: the title test, then whole pages with
// the near misses (a headline beside a section's name, a declared story under a section's title).
import { describe, expect, it } from 'vitest';
import { isSectionTitle } from '../../../core/article/page-signals';
import { verdictAt } from './verdict';

describe("a title that is only a section's label", () => {
  it.each([
    ['Home', true],
    ['Welcome to Oswestry', true],
    ['News Archive', true],
    ['ETB: calendar of events', true],
    ['IDSA Chicago - Calendar 2003 past', true],
    ['MindWeavers - Company News', true],
    ['Corporate Governance:Topic', true],
    ['Startseite | Gartenverein Musterstadt', true],
    ['Sitemap', true],
    // A headline beside the section's name: a story filed under "Latest News".
    ['Georgian opposition threatens mass demo over disputed vote | Latest News', false],
    // A headline that opens with "Welcome to": more than a place's name after it.
    ['Welcome to the new age of machine learning in hospitals', false],
    // A headline after the section's and the site's names.
    ['CrunchGear » Archive » NetGear CES cavalcade: Wire-line and hotter Wireless', false],
    ['News - Eawag', false],
    ['Calendar reform is overdue, say astronomers at the annual meeting', false],
  ])('%s: %s', (title, expected) => {
    expect(isSectionTitle(title)).toBe(expected);
  });
});

/** Five paragraphs of a small club's news, about 1,100 characters: long enough for an undeclared article. */
const TEXT = [
  'The club met on Tuesday evening to plan the spring show, and more than forty members came to the village hall.',
  'The committee reported that the new greenhouse is finished and will be opened to members at the start of April.',
  'Members agreed to hold the plant sale on the first Saturday in May, with the proceeds going to the school garden.',
  'The treasurer said that subscriptions are unchanged this year and that the accounts will be published in March.',
  'The next meeting will hear a talk on growing vegetables in small gardens, given by a member of the county society.',
]
  .map((p) => `<p>${p}</p>`)
  .join('');

function page(title: string, head = '', heading = ''): string {
  return `<!DOCTYPE html><html><head><title>${title}</title>${head}</head><body>
<div id="top"><a href="/">Garden Club</a> <a href="/news">News</a> <a href="/events">Events</a></div>
<div id="content">${heading}${TEXT}</div><div id="foot"><p>© Garden Club. <a href="/contact">Contact</a></p></div></body></html>`;
}

const verdict = (html: string) => verdictAt('https://club.example/page', html);

describe("an undeclared page under a section's title", () => {
  it.each([
    ['the club\'s page titled "Home"', page('Home'), false],
    ['the same text under "Garden Club - Company News"', page('Garden Club - Company News'), false],
    ['the same text under "Welcome to Musterstadt"', page('Welcome to Musterstadt'), false],
    [
      "near miss: the same text under its headline and the section's name",
      page('Club plans its spring show and plant sale | Latest News'),
      true,
    ],
    [
      "near miss: the same text under a section's title but declared an article (og:type)",
      page('Home', '<meta property="og:type" content="article">'),
      true,
    ],
    ["near miss: the same text under the site's name alone", page('Garden Club'), true],
  ])('%s', async (_name, html, expected) => {
    expect(await verdict(html)).toBe(expected);
  });
});
