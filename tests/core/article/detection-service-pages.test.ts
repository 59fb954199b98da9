// Run AC (issue #12, the claimed side with modern negatives): a site's service pages say what they are by their
// address and their title. Trimmed from three dev pages of the modern negative set (Formasaurus' saved pages of
// 2014-2016) that Lede claimed: San Lameer Resort Hotel's front page (canonical link to the site's root, a welcome of
// two paragraphs under an <h1>), SWTOR's log-in page (title "… | Log in", a password field, the help text on
// security keys as paragraphs) and When Geeks Wed's contact page (WordPress sets og:type=article on it, two
// paragraphs inviting tips). The near misses are articles with the neighbouring marks: a blog post whose template
// sets og:url to the blog's root (NFL.com's blogs of 2012), a story whose headline says "Sign In" under a site's
// log-in box, and a story about contact lenses.
import { describe, expect, it } from 'vitest';
import { isAccountTitle, isContactTitle, isRootAddress } from '../../../core/article/service-pages';
import { verdictAt } from './verdict';

const HOTEL_TEXT = `<h1 itemprop="headline">The perfect coastal escape.</h1>
<p>San Lameer Resort Hotel &amp; Spa is situated on the iconic San Lameer Estate near Southbroom on the KwaZulu Natal
South Coast. The hotel itself is situated on the banks of the tidal Umhlangamkulu Lagoon and Guests have direct access
to pristine Blue Flag Indian Ocean beaches.</p>
<p>The intimate hotel offers 40 rooms and suites elegantly decorated in contemporary Indonesian style. In this
exclusive and secure beach and golf coastal reserve, guests are surrounded by beauty, luxury and tranquility. The
centrepiece of San Lameer's magnificent domain is the 18-hole championship golf course which has recently hosted the
SA Womens Open. For the non-Golfer there are a myriad of facilities on the estate, from tennis to mountain biking.</p>`;

function hotel(canonical: string): string {
  return `<html><head><title>San Lameer Resort Hotel &amp; Spa</title>
<link rel="canonical" href="${canonical}"></head><body>
<nav><a href="/">Home</a> <a href="/rooms/">Rooms</a> <a href="/special-offers/">Special Offers</a> <a href="/golf/">Golf</a>
<a href="/spa/">Spa</a> <a href="/dining/">Dining</a> <a href="/contact/">Contact</a></nav>
<main><div class="entry-content">${HOTEL_TEXT}</div></main>
<footer>Copyright San Lameer Resort Hotel &amp; Spa</footer></body></html>`;
}

const NFL_POST = `<html><head><title>Matt Ryan focused on Falcons record, not MVP race - NFL.com</title>
<link rel="canonical" href="http://blogs.nfl.com/2012/10/31/matt-ryan-focused-on-falcons-record-not-mvp-race/">
<meta property="og:url" content="http://blogs.nfl.com/"></head><body>
<div id="header"><a href="/">NFL.com</a> <a href="/news">News</a> <a href="/scores">Scores</a></div>
<div class="post"><h1>Matt Ryan focused on Falcons record, not MVP race</h1>
<p>Atlanta Falcons quarterback Matt Ryan is a popular name in the MVP conversation this season, but he says the
only thing on his mind is keeping the team's unbeaten record intact as the schedule turns toward November.</p>
<p>"Individual awards are nice, but that's not why we play," Ryan told reporters on Wednesday. "We want to keep
winning games, and if we do that, everything else takes care of itself." The Falcons host Dallas on Sunday night.</p>
<p>Ryan has thrown for 2,134 yards and 15 touchdowns through seven games, and his passer rating ranks among the top
five in the league, numbers that have put him alongside Peyton Manning in most early ballots.</p></div>
</body></html>`;

const SWTOR_HELP = `<p>The security key code is the eight (8) digit number displayed on the security key, each number is unique and
only valid for thirty (30) seconds.</p>
<p>When you first associate the security key with your SWTOR account you will be asked to enter the serial number of
the key. Please ensure you take down this serial number and keep it safe as it may be required to remove the security
key from the account. Then, you'll be prompted to enter an activation code here.</p>
<p>On mobile security keys, the serial number is assigned to you when you set up your mobile security key. To view it,
launch the app, click the "Information" icon, click "Security key information" and the number is visible here.</p>`;

function swtor(title: string): string {
  return `<html><head><title>${title}</title></head><body>
<div id="nav"><a href="/">Play Now</a> <a href="/info">About</a> <a href="/store">Store</a> <a href="/community">Community</a></div>
<div id="main"><h1 class="mainTitle">Log in to SWTOR.COM</h1>
<form action="/user/login" method="post"><label>Account Name <input type="text" name="name"></label>
<label>Password <input id="login-pass" type="password" name="pass"></label>
<label>Security Key <input type="text" name="security_key"></label> <input type="submit" value="Log in"></form>
<div class="help">${SWTOR_HELP}</div></div></body></html>`;
}

const SIGN_STORY = `<html><head><title>Construction Sign In Utah Reads 'God Hates Gays' | ThinkProgress</title></head><body>
<div id="top"><form action="/login" method="post">E-mail <input type="text" name="user"> Password
<input type="password" name="pass"> <input type="submit" value="Log in"></form></div>
<div class="post"><h1>Construction Sign In Utah Reads 'God Hates Gays'</h1>
<p>A highway construction sign near Salt Lake City was hacked over the weekend to read "God Hates Gays," state
transportation officials said Monday, and crews took it down within hours of the first complaints from drivers.</p>
<p>The Utah Department of Transportation said the electronic sign, rented from a private contractor, had been
reprogrammed by someone who broke its padlock. "It is offensive and it is not our message," a spokesman said.</p>
<p>Police are reviewing footage from a nearby traffic camera. Similar signs have been hacked in other states, most
often to warn of zombies, but officials said this was the first time one in Utah had carried a slur.</p></div>
</body></html>`;

function contactPage(title: string, text: string): string {
  return `<html><head><title>${title}</title><meta property="og:type" content="article"></head><body>
<div id="menu"><a href="/">Engagements</a> <a href="/weddings/">Weddings</a> <a href="/blog/">Blog</a></div>
<div class="td-page-content"><h1 class="entry-title">${title.split(' | ')[0]}</h1>${text}</div></body></html>`;
}

const CONTACT_TEXT = `<p>Have a tip for When Geeks Wed, a product you would like reviewed or a giveaway idea? Write to us with the
form below and we will get back to you within a few days.</p>
<p>Thank you for your interest in advertising on When Geeks Wed! I look forward to working with you in the form of banner
advertising or sponsored posts. We do not accept text links, so please don't contact us about those initiatives.</p>
<form><input type="text" name="your-name"> <input type="email" name="your-email"> <textarea name="message"></textarea></form>`;

const LENS_TEXT = `<p>A maker of contact lenses recalled two batches of its monthly lenses on Friday after customers reported stinging
and blurred vision, the company said in a statement, and urged wearers to stop using them at once.</p>
<p>The recall covers about 40,000 boxes sold in pharmacies since March. "We are working with regulators to find the
cause," a spokeswoman said. Wearers can return the boxes for a full refund at any shop that sold them.</p>`;

describe("a site's service pages by their address and title", () => {
  it("reads a front page by its canonical link to the site's root, not by its welcome text", async () => {
    expect(await verdictAt('http://sanlameerhotel.com/', hotel('http://sanlameerhotel.com/'))).toBe(false);
  });

  it('still takes the same text whose canonical link is its own page', async () => {
    expect(await verdictAt('http://sanlameerhotel.com/about/', hotel('http://sanlameerhotel.com/about/'))).toBe(true);
  });

  it('takes a post whose template sets og:url to the blog root when its canonical link is the post', async () => {
    expect(await verdictAt('http://blogs.nfl.com/2012/10/31/matt-ryan/', NFL_POST)).toBe(true);
  });

  it('reads a log-in page with help text as a log-in page', async () => {
    expect(await verdictAt('https://account.swtor.com/user/login', swtor('Star Wars: The Old Republic | Log in'))).toBe(
      false,
    );
  });

  it('takes a story whose headline says "Sign In" beside a log-in box', async () => {
    expect(await verdictAt('https://thinkprogress.org/construction-sign/', SIGN_STORY)).toBe(true);
  });

  it('reads a contact page as one even when its template declares an article', async () => {
    expect(
      await verdictAt('http://whengeekswed.com/blog/contact/', contactPage('Contact | When Geeks Wed', CONTACT_TEXT)),
    ).toBe(false);
  });

  it('takes a declared story about contact lenses', async () => {
    expect(
      await verdictAt(
        'https://news.example/lens-recall',
        contactPage('Contact lens maker recalls batches | News', LENS_TEXT),
      ),
    ).toBe(true);
  });
});

describe('what a title or an address says', () => {
  it.each([
    ['Star Wars: The Old Republic | Log in', true],
    ['Passwort vergessen? - Hardware, Notebooks & Software von Mindfactory.de', true],
    ['Вход / Регистрация ― GSM комплект', true],
    ['Register at Forums - Mtbr.com', true],
    ["Construction Sign In Utah Reads 'God Hates Gays' | ThinkProgress", false],
    ['Registro de la Propiedad cierra por obras | El País', false],
    ['Intel chip flaw patched at last • The Register', false],
    ['County budget passes | Orange County Register', false],
  ])('account title %s: %s', (title, expected) => {
    expect(isAccountTitle(title)).toBe(expected);
  });

  it.each([
    ['Contact | When Geeks Wed', true],
    ['Discount Party Supplies - Free Shipping: Contact Us', true],
    ['Контакты / spinkat.ru', true],
    ['Contact lens maker recalls batches | News', false],
    ['Contact (1997): a review', false],
  ])('contact title %s: %s', (title, expected) => {
    expect(isContactTitle(title)).toBe(expected);
  });

  it('reads a page loaded at the root with no canonical link as a front page', async () => {
    const page = hotel('').replace(/<link rel="canonical"[^>]*>/, '');
    expect(await verdictAt('http://sanlameerhotel.com/', page)).toBe(false);
    expect(await verdictAt('http://sanlameerhotel.com/#!/story/1', page)).toBe(true);
  });

  it.each([
    ['http://sanlameerhotel.com/', true],
    ['http://cafephim.vn', true],
    ['/', true],
    ['https://www.example.com/index.php', true],
    ['https://blog.example/?p=123', false],
    ['https://www.example.com/en/', false],
    ['https://app.example/#!/story/1', false],
    ['https://www.example.com/#top', true],
    ['Default.aspx', false],
    ['', false],
  ])('root address %s: %s', (href, expected) => {
    expect(isRootAddress(href)).toBe(expected);
  });
});
