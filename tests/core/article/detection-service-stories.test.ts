// Run AE (issue #12): a story whose address or title shares a word with a service page. Run AD's address rule reads
// "/voter-registration", "/reviews/contact" and "/politics/sign-up" as an account or contact page, and the contact
// title rule reads "Review: Contact" and "Contact | The Atlantic" so; a story that declares itself (schema.org's
// NewsArticle or BlogPosting, or og:type=article with its publication time) and prints several paragraphs now
// outweighs those marks. A real service page stays refused: a log-in page that declares an article beside a
// password field, a contact page declared og:type=article only (WordPress's SEO plugins set it on pages), a contact
// page whose run holds its form, a client log-in of one sentence.
import { describe, expect, it } from 'vitest';
import { articleVerdict } from '../../../core/article/index';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { verdictAt } from './verdict';

/** JSON-LD for one story: its type, headline, author and date, as news and blog templates print it. */
function storyLd(type: string, headline: string, author: string): string {
  const ld = {
    '@context': 'https://schema.org',
    '@type': type,
    headline,
    author: { '@type': 'Person', name: author },
    datePublished: '2024-05-14T09:30:00Z',
  };
  return `<script type="application/ld+json">${JSON.stringify(ld)}</script>`;
}

/** A news site's page: its menu, the story with its headline, byline and date, a footer. */
function storyPage(title: string, head: string, headline: string, byline: string, text: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>
<header><a href="/">Home</a> <a href="/politics/">Politics</a> <a href="/culture/">Culture</a> <a href="/opinion/">Opinion</a></header>
<main><article><h1>${headline}</h1><p class="byline">By ${byline} · May 14, 2024</p>
<div class="story-body">${text}</div></article></main>
<footer><a href="/about">About us</a> <a href="/privacy">Privacy</a> © 2024</footer></body></html>`;
}

const VOTER_TEXT = `<p>Nearly 40,000 residents who moved within the county since the last election have not updated their
voter registration, the elections office said on Monday, and officials warned that many could be turned away or asked
to cast provisional ballots in next month's primary.</p>
<p>The deadline to update an address falls on May 28. Residents can check their status online, at any public library,
or by calling the elections office, which will stay open until 7 p.m. on weekdays for the rest of the month.</p>
<p>"People assume the post office tells us when they move, and it doesn't," said the county's elections director.
"We would much rather fix a record in May than turn someone away in June."</p>
<p>Turnout in the county's last midterm primary was 23 percent, one of the lowest in the state.</p>`;

const REVIEW_TEXT = `<p>Robert Zemeckis's adaptation of Carl Sagan's novel is a film about listening: to a hiss of radio noise
from Vega, to a father's voice on a ham radio, to the committee that decides who gets to go. Jodie Foster plays Ellie
Arroway as a scientist who has been told no so often that she has stopped hearing it.</p>
<p>The first hour is the best procedural Hollywood made in the nineties, full of dishes turning in the New Mexico
desert and arguments over funding. The second hour wobbles when the film stops trusting its audience and starts
explaining, but the machine sequence still holds up on a big screen.</p>
<p>Twenty-seven years on, the film's real subject seems to be faith in evidence, and what it costs to say you saw
something nobody else can check.</p>`;

const SIGNUP_TEXT = `<p>The state party opened its volunteer sign-up for the fall campaign on Tuesday, three weeks earlier than in
2020, betting that an early start will make up for a smaller budget.</p>
<p>Organisers said 4,100 people had put their names down by the evening, most of them for phone banks rather than door
knocking, which the party says wins more votes per hour.</p>
<p>Rival campaigns were quick to point out that sign-ups are not shifts, and that the party missed its volunteer target
by a third two years ago.</p>`;

const COLUMN_TEXT = `<p>Every generation discovers that it has lost touch with the one before it, and every generation is half
right. What is new is how little contact we now need in order to believe we know each other.</p>
<p>A grandmother who once wrote one long letter a month now sends a heart under a photo. The letter took an hour and
said things; the heart takes a second and says that she was there. Neither of them is lying.</p>
<p>The question is not whether the heart is worse than the letter, but what we stopped saying when we stopped having
to sit down and write it.</p>`;

describe('stories whose address or title shares a word with a service page', () => {
  it('takes a NewsArticle with a byline at ".../voter-registration"', async () => {
    const html = storyPage(
      'Thousands risk being turned away over voter registration - County Herald',
      storyLd('NewsArticle', 'Thousands risk being turned away over voter registration', 'Dana Ruiz'),
      'Thousands risk being turned away over voter registration',
      'Dana Ruiz',
      VOTER_TEXT,
    );
    expect(await verdictAt('https://news.example/2024/05/voter-registration', html)).toBe(true);
  });

  it('takes a film review titled "Review: Contact" at "/reviews/contact" (og:type=article with its date)', async () => {
    const head = `<meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-14T09:30:00Z">
<meta name="author" content="Sam Okafor">`;
    const html = storyPage('Review: Contact | Film Weekly', head, 'Review: Contact', 'Sam Okafor', REVIEW_TEXT);
    expect(await verdictAt('https://filmweekly.example/reviews/contact', html)).toBe(true);
  });

  it('takes a BlogPosting at "/politics/sign-up"', async () => {
    const headline = 'Party opens volunteer sign-up three weeks early';
    const html = storyPage(
      `${headline} | The Ledger`,
      storyLd('BlogPosting', headline, 'Priya Nair'),
      headline,
      'Priya Nair',
      SIGNUP_TEXT,
    );
    expect(await verdictAt('https://ledger.example/politics/sign-up', html)).toBe(true);
  });

  it('takes a column titled "Contact | The Atlantic"', async () => {
    const html = storyPage(
      'Contact | The Atlantic',
      storyLd('NewsArticle', 'Contact', 'Ian Bogost'),
      'Contact',
      'Ian Bogost',
      COLUMN_TEXT,
    );
    expect(await verdictAt('https://www.theatlantic.example/ideas/archive/2024/05/contact/678123/', html)).toBe(true);
  });
});

const FIRM_TEXT = `<p>As a family-owned, full service plumbing, heating and air conditioning contractor, Pompeii's has been in
business since 1941, and for three generations an integral part of the Cleveland area's professional community.</p>
<p>Our highly experienced and qualified staff specializes in customer service. All service technicians are fully
qualified and trained to repair your problems, and all service trucks are radio dispatched for rapid response.</p>
<p>Enter your details below and one of our representatives will contact you.</p>`;

function servicePage(title: string, head: string, main: string): string {
  return `<html><head><title>${title}</title>${head}</head><body>
<div id="nav"><a href="/">Home</a> <a href="/services/">Services</a> <a href="/about-us/">About us</a></div>
<div id="main">${main}</div><div id="footer">Copyright 2015</div></body></html>`;
}

describe('service pages that declare an article stay refused', () => {
  it('refuses a contact page declared og:type=article only (a WordPress page), three paragraphs over no form', async () => {
    const html = servicePage('Contact Us | Pompeii', '<meta property="og:type" content="article">', FIRM_TEXT);
    expect(await verdictAt('http://info.pompeiis.com/contact-us/', html)).toBe(false);
  });

  it('refuses a contact page declared an Article whose run holds its form', async () => {
    const form = `<form><input type="text" name="name"> <input type="email" name="email"> <textarea name="message"></textarea></form>`;
    const html = servicePage('Contact Us | Pompeii', storyLd('Article', 'Contact Us', 'admin'), FIRM_TEXT + form);
    expect(await verdictAt('http://info.pompeiis.com/contact-us/', html)).toBe(false);
  });

  it('refuses a log-in page declared an Article beside a password field', async () => {
    const main = `<h1>Client Login</h1><p>Log in to the client portal to see your media lists, your releases and your
monitoring reports. Forgotten your password? Our support team answers around the clock, every day of the year.</p>
<p>New clients receive their credentials from their account manager by e-mail on the day their contract starts.</p>
<form><input type="text" name="user"> <input type="password" name="pass"> <button>Log in</button></form>`;
    const html = servicePage('Client Login | Cision', storyLd('Article', 'Client Login', 'Cision'), main);
    expect(await verdictAt('http://www.cision.com/us/client-login/', html)).toBe(false);
  });

  it('refuses a client log-in of one sentence declared og:type=article with a date', async () => {
    const head = `<meta property="og:type" content="article"><meta property="article:published_time" content="2015-02-01">`;
    const main = `<h1>Client Login</h1><p>Choose the product you would like to sign in to below, or contact support.</p>`;
    expect(
      await verdictAt('http://www.cision.com/us/client-login/', servicePage('Client Login | Cision', head, main)),
    ).toBe(false);
  });

  it('names the contact page in the popup when the page is refused for it', async () => {
    const html = servicePage('Contact Us | Pompeii', '<meta property="og:type" content="article">', FIRM_TEXT);
    const parsed = parseHtml(html, 'http://info.pompeiis.com/contact-us/');
    try {
      const v = articleVerdict(parsed.document);
      expect(v.isArticle).toBe(false);
      if (!v.isArticle) expect(v.reason).toMatch(/contact page/);
    } finally {
      await parsed.close();
    }
  });
});
