// Run AD (issue #12, the claimed side left after run AC): log-in, sign-up and contact pages whose title does not say
// so, or that show no password field, still say what they are by their address or by a title that is only the
// action. Trimmed from dev pages of the modern negative set (Formasaurus' saved pages of 2014-2016) that Lede
// claimed: GardenStew's registration agreement (title "Register", no password field: the form comes after the
// terms), Pompeii's contact page (no title, three paragraphs about the firm over a form, at /contact-us/). The near
// misses are articles with the neighbouring marks: a headline of four words that names a registration, and a story
// whose slug mentions signing up.
import { describe, expect, it } from 'vitest';
import { isBareAccountTitle, serviceAddressKind } from '../../../core/article/service-pages';
import { verdictAt } from './verdict';

const GARDENSTEW_TERMS = `<p>Please review our Terms and Conditions below before continuing. Thanks!</p>
<p>Membership with GardenStew.com grants you access to our forums, our blog system, GardenStew PLANTS and a host of
sub-features (such as the Private Messaging system). The Terms &amp; Conditions are as follows:</p>
<p>Note: unless specified explicitly all mentions of GardenStew.com below include GardenStew PLANTS also. As of 20th
October 2009 'GardenStew PLANTS' is the new name of 'PlantStew'. All mentions of 'content' below mean text and images
unless explicitly stated otherwise.</p>
<p>While every attempt is made to remove objectionable content as quickly as possible, it may not be possible to
review every piece of content. Therefore you agree that all content posted on GardenStew.com express the views of the
author and not the administrators, moderators or webmaster (except for content posted by these people) and hence
will not be held liable.</p>
<p>You agree not to post any content that is illegal, libelous, defamatory, obscene, pornographic, harassing,
threatening, invasive of another person's privacy, or a violation of copyright.</p>`;

function page(title: string, text: string): string {
  return `<html><head><title>${title}</title></head><body>
<div id="nav"><a href="/">Home</a> <a href="/forums/">Forums</a> <a href="/blog/">Blogs</a> <a href="/plants/">Plants</a></div>
<div id="main">${text}</div>
<div id="footer">Copyright 2014</div></body></html>`;
}

const POMPEII_TEXT = `<p>As a family-owned, full service, repair, replacement, remodel and installation plumbing, heating, and air
conditioning contractor, Pompeii's has been in business since 1941.</p>
<p>For three generations, Pompeii's has been an integral and respected part of the Cleveland area plumbing and heating
professional community. Since our incorporation we have provided our services to the residential and commercial
markets.</p>
<p>Our highly experienced and qualified staff specializes in customer service. We offer personal service at the
highest level. All service technicians are fully qualified and trained to repair your problems. All service trucks
are fully stocked and radio dispatched for rapid response.</p>
<p>Enter your details below and one of our representatives will contact you.</p>
<form><input type="text" name="name"> <input type="email" name="email"> <textarea name="message"></textarea></form>`;

const GLASTONBURY_STORY = `<h1>Ticket registration for Glastonbury</h1>
<p>Fans hoping to go to next year's Glastonbury Festival have until the end of the month to register for tickets,
organisers said on Tuesday, with the general sale expected to open in the first week of October.</p>
<p>Registration requires a photograph and a postcode, and each registered fan can buy one ticket for themselves and up
to five for friends who have also registered. "Every ticket is tied to a photo, to keep touts out," a spokesman said.</p>
<p>Last year all 135,000 tickets sold out in under half an hour, and the festival has again warned fans to use only
its own ticket agency and to ignore offers on auction sites and social media.</p>`;

describe('service pages whose title or text says little, by their address or a bare title', () => {
  it('reads a registration agreement titled only "Register" as an account page, with no password field', async () => {
    expect(await verdictAt('http://www.gardenstew.com/terms-page', page('Register', GARDENSTEW_TERMS))).toBe(false);
  });

  it('reads an untitled page at /contact-us/ as a contact page', async () => {
    expect(await verdictAt('http://info.pompeiis.com/contact-us/', page('', POMPEII_TEXT))).toBe(false);
  });

  it('reads a page at a sign-up address as an account page, whatever its title says', async () => {
    expect(
      await verdictAt('http://www.gardenstew.com/profile.php?mode=register', page('GardenStew', GARDENSTEW_TERMS)),
    ).toBe(false);
  });

  it('reads the loaded address when the canonical link names another page (WordPress sign-up)', async () => {
    const html = page('GardenStew', GARDENSTEW_TERMS).replace(
      '</head>',
      '<link rel="canonical" href="http://www.gardenstew.com/portal/"></head>',
    );
    expect(await verdictAt('http://www.gardenstew.com/portal/wp-signup.php', html)).toBe(false);
  });

  it('still takes the same texts at an address that names nothing', async () => {
    expect(await verdictAt('http://info.pompeiis.com/about-us/', page('', POMPEII_TEXT))).toBe(true);
    expect(await verdictAt('http://www.gardenstew.com/terms-page', page('GardenStew', GARDENSTEW_TERMS))).toBe(true);
  });

  it('takes a story whose headline names a registration, in four words', async () => {
    const title = 'Ticket registration for Glastonbury - Chester standard';
    expect(await verdictAt('https://news.example/story/123', page(title, GLASTONBURY_STORY))).toBe(true);
  });

  it('takes a story whose slug mentions signing up', async () => {
    const url = 'https://news.example/2014/10/how-to-sign-up-for-glastonbury-tickets';
    expect(await verdictAt(url, page('How to get Glastonbury tickets', GLASTONBURY_STORY))).toBe(true);
  });
});

describe('what an address names', () => {
  it.each([
    ['https://www.riemurasia.net/login.php', 'account'],
    ['http://shop.avastkorea.com/login/', 'account'],
    ['https://sourceforge.net/auth/forgotten_password', 'account'],
    ['http://www.acozinhar.pt/portal/wp-signup.php', 'account'],
    ['http://www.cision.com/us/client-login/?nav_location=eyebrow_menu', 'account'],
    ['http://www.bsuir.by/conference/ucp.php?mode=register&sid=ea6c', 'account'],
    ['http://www.greatmusicproductsonline.com/cart.asp?mode=login', 'account'],
    ['http://info.pompeiis.com/contact-us/', 'contact'],
    ['http://www.livelib.ru/service/contact', 'contact'],
    ['https://news.example/2014/10/how-to-sign-up-for-glastonbury-tickets', null],
    ['https://news.example/login-troubles-hit-bank-customers', null],
    ['https://news.example/contact-lens-recall', null],
    ['https://news.example/story?id=12&mode=print', null],
    ['Default.aspx', null],
  ])('%s: %s', (href, expected) => {
    expect(serviceAddressKind(href)).toBe(expected);
  });

  it.each([
    ['Register', true],
    ['Client Login | Cision', true],
    ['Forgotten password recovery - SourceForge.net', true],
    ['어베스트 | 로그인', true],
    ['Ticket registration for Glastonbury - Chester standard', false],
    ["Construction Sign In Utah Reads 'God Hates Gays' | ThinkProgress", false],
  ])('bare account title %s: %s', (title, expected) => {
    expect(isBareAccountTitle(title)).toBe(expected);
  });
});
