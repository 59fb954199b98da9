// The address a reader tells two of a site's articles apart by (the popup's and sidebar's "Note saved on … (address)").
import { describe, expect, it } from 'vitest';
import { addressLabel, pageSiteLabel, siteLabel, unnamedHost } from '../../../core/article/site-label';

describe('addressLabel', () => {
  it.each([
    ['https://www.news.example/2024/05/story.html?utm_source=x#comments', 'news.example/2024/05/story.html'],
    ['https://app.example/#!/stories/42', 'app.example/#!/stories/42'],
    ['https://app.example/read/#/stories/42', 'app.example/read/#/stories/42'],
    ['https://blog.example/post/', 'blog.example/post'],
    ['not a url', 'not a url'],
  ])('%s → %s', (url, label) => {
    expect(addressLabel(url)).toBe(label);
  });

  it('cuts a long address in the middle, keeping the host and the end of the path that tell articles apart', () => {
    const label = addressLabel(`https://news.example/${'section/'.repeat(20)}the-story-itself`, 60);
    expect(label).toHaveLength(60);
    expect(label.startsWith('news.example/section/')).toBe(true);
    expect(label.endsWith('/the-story-itself')).toBe(true);
    expect(label).toContain('…');
  });
});

describe('unnamedHost', () => {
  it.each([
    // Names that hold their host's own name: shown alone.
    ['Reuters', 'https://www.reuters.com/world/story', null],
    ['The Guardian', 'https://www.theguardian.com/world/2024/story', null],
    ['BBC News', 'https://www.bbc.co.uk/news/world-1', null],
    ['Washington Free Beacon', 'https://freebeacon.com/national-security/story/', null],
    ['Süddeutsche Zeitung', 'https://www.sueddeutsche.de/politik/story', 'sueddeutsche.de'],
    ['Le Monde', 'https://www.lemonde.fr/international/article/2024/story.html', null],
    // A page of another host calling itself the outlet (red team 50, I): its host beside the name.
    ['Reuters', 'https://evil.example/exclusive', 'evil.example'],
    ['Reuters', 'https://reuters.evil.example/exclusive', 'reuters.evil.example'],
    ['Reuters', 'http://127.0.0.1:8080/story', '127.0.0.1'],
    // A free host whose label before the suffix is a few letters inside the outlet's name (red team 53): `eu.org`
    // gives anyone a subdomain, and "eu" is in "Reuters". A label of two or three letters names the site only as a
    // word of its name.
    ['Reuters', 'https://breaking-news.eu.org/exclusive', 'breaking-news.eu.org'],
    ['Deutsche Welle', 'https://dw-live.eu.org/story', 'dw-live.eu.org'],
    ['AP', 'https://apnews.ap.org/story', null],
    ['NPR', 'https://www.npr.org/2024/05/story', null],
    ['ABC News', 'https://www.abc.net.au/news/story', null],
    ['RTÉ News', 'https://www.rte.ie/news/story', null],
    ['ORF.at', 'https://orf.at/stories/1', null],
    ['The Washington Post', 'https://www.washingtonpost.com/politics/story', null],
    ['Fox News', 'https://www.foxnews.com/politics/story', null],
    ['Al Jazeera', 'https://www.aljazeera.com/news/2024/5/1/story', null],
    ['HuffPost', 'https://www.huffpost.com/entry/story', null],
    // A look-alike domain made of letters inside the name (wave 32): a few letters of a word are not the word.
    ['Reuters', 'https://ters.com/world/exclusive', 'ters.com'],
    ['Reuters', 'https://www.euters.co.uk/world/exclusive', 'euters.co.uk'],
    ['The Washington Post', 'https://ashingtonpost.com/politics/story', 'ashingtonpost.com'],
    ['The Washington Post', 'https://hingtonpo.com/politics/story', 'hingtonpo.com'],
    // Names that are not the host's, honestly: shown with it, which tells the reader more, not less.
    ['The New York Times', 'https://www.nytimes.com/2024/05/story.html', 'nytimes.com'],
    ['Houston Chronicle', 'https://www.chron.com/news/story.php', 'chron.com'],
    // No name declared: the list shows the host already.
    [undefined, 'https://evil.example/a', null],
  ])('%s at %s → %s', (siteName, url, host) => {
    expect(unnamedHost({ siteName: siteName ?? null, url })).toBe(host);
  });
});

describe('siteLabel', () => {
  it("names a page by its declared outlet, with its host when the name is not its host's (red team 50, I)", () => {
    expect(siteLabel({ siteName: 'Reuters', url: 'https://www.reuters.com/world/story' })).toBe('Reuters');
    expect(siteLabel({ siteName: 'Reuters', url: 'https://evil.example/exclusive' })).toBe('Reuters · evil.example');
    expect(siteLabel({ siteName: null, url: 'https://www.evil.example/a' })).toBe('evil.example');
    expect(siteLabel({ siteName: null, url: 'not a url' })).toBe('');
    // The card of the page the reader is on: the declared name alone (the address bar shows the host).
    expect(pageSiteLabel({ siteName: 'Reuters', url: 'https://evil.example/exclusive' })).toBe('Reuters');
    expect(pageSiteLabel({ siteName: null, url: 'https://www.evil.example/a' })).toBe('evil.example');
  });
});
