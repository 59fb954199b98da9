// Storage keys: the same article reached through two URLs must find the same notes.
import { describe, expect, it } from 'vitest';
import {
  canonicalizeUrl,
  canonicalKeyOf,
  canonicalUrlOf,
  declaredCanonicals,
  mayUseArticleKey,
  siteOf,
  stripTracking,
} from '../../../core/article/index';
import { parseHtml } from '../../../scripts/lib/parse-html';

const CASES: Record<string, { location: string; canonical?: string; ogUrl?: string; expected: string }> = {
  'drops utm_*, fbclid, gclid and the fragment': {
    location: 'https://news.example.com/a/story?utm_source=tw&utm_medium=social&fbclid=x1&gclid=y2#top',
    expected: 'https://news.example.com/a/story',
  },
  'drops mc_* and friends but keeps content-selecting parameters in order': {
    location: 'https://example.org/article.php?id=42&mc_cid=1&mc_eid=2&page=2&_hsenc=z',
    expected: 'https://example.org/article.php?id=42&page=2',
  },
  'prefers rel=canonical on the same site': {
    location: 'https://m.example.com/story/123?utm_source=x',
    canonical: 'https://www.example.com/story/123',
    expected: 'https://www.example.com/story/123',
  },
  'resolves a relative canonical against the location': {
    location: 'https://example.com/amp/story/123',
    canonical: '/story/123',
    expected: 'https://example.com/story/123',
  },
  'falls back to og:url when there is no canonical link': {
    location: 'https://example.com/story/123?ref=home',
    ogUrl: 'https://example.com/story/123',
    expected: 'https://example.com/story/123',
  },
  "ignores another site's canonical (syndicated or hijacked)": {
    location: 'https://blog.example.net/post/9?utm_campaign=a',
    canonical: 'https://other-site.com/post/9',
    expected: 'https://blog.example.net/post/9',
  },
  'ignores a canonical that points every page at the home page': {
    location: 'https://example.com/2019/05/a-story/',
    canonical: 'https://example.com/',
    expected: 'https://example.com/2019/05/a-story/',
  },
  'cleans tracking from the canonical too': {
    location: 'https://example.co.uk/news/1',
    canonical: 'https://www.example.co.uk/news/1?utm_source=rss#x',
    expected: 'https://www.example.co.uk/news/1',
  },
  'ignores a canonical naming another tenant of a shared host (github.io is a public suffix)': {
    location: 'https://evil.github.io/post',
    canonical: 'https://victim.github.io/notes/article',
    expected: 'https://evil.github.io/post',
  },
  'ignores another blogspot, pages.dev or substack-style tenant too': {
    location: 'https://attacker.blogspot.com/2026/01/x.html',
    canonical: 'https://reader-favourite.blogspot.com/2026/01/x.html',
    expected: 'https://attacker.blogspot.com/2026/01/x.html',
  },
  'ignores another user path on a host that hands out /@name pages': {
    location: 'https://medium.com/@mallory/copy-1a2b',
    canonical: 'https://medium.com/@alice/original-3c4d',
    expected: 'https://medium.com/@mallory/copy-1a2b',
  },
  'honours a canonical within the same /@name user path': {
    location: 'https://medium.com/@alice/original-3c4d?source=rss',
    canonical: 'https://medium.com/@alice/original-3c4d',
    expected: 'https://medium.com/@alice/original-3c4d',
  },
  'ignores another bucket on a path-style host that is itself a public suffix': {
    location: 'https://s3.amazonaws.com/evil-bucket/page.html',
    canonical: 'https://s3.amazonaws.com/victim-bucket/article.html',
    expected: 'https://s3.amazonaws.com/evil-bucket/page.html',
  },
  'honours a canonical on another subdomain of a registrable domain under a two-label suffix': {
    location: 'https://amp.theguardian.co.uk/world/1',
    canonical: 'https://www.theguardian.co.uk/world/1',
    expected: 'https://www.theguardian.co.uk/world/1',
  },
  'keeps a non-http location as it is, minus the fragment': {
    location: 'file:///home/me/page.html#x',
    expected: 'file:///home/me/page.html',
  },
};

describe('canonicalKeyOf (canonicals honoured within one owner by the Public Suffix List)', () => {
  for (const [name, c] of Object.entries(CASES)) {
    it(name, () =>
      expect(canonicalKeyOf({ location: c.location, canonical: c.canonical, ogUrl: c.ogUrl })).toBe(c.expected),
    );
  }
});

describe('canonicalizeUrl with the content script’s exact-host scope', () => {
  it('honours a canonical on the same host only, and never one the background would refuse', () => {
    expect(canonicalizeUrl({ location: 'https://example.com/amp/s/1', canonical: '/s/1' })).toBe(
      'https://example.com/s/1',
    );
    expect(canonicalizeUrl({ location: 'https://m.example.com/s/1', canonical: 'https://www.example.com/s/1' })).toBe(
      'https://m.example.com/s/1',
    );
    expect(canonicalizeUrl({ location: 'https://evil.github.io/p', canonical: 'https://victim.github.io/a' })).toBe(
      'https://evil.github.io/p',
    );
    expect(canonicalizeUrl({ location: 'https://medium.com/@eve/x', canonical: 'https://medium.com/@alice/y' })).toBe(
      'https://medium.com/@eve/x',
    );
    for (const c of Object.values(CASES)) {
      const key = canonicalizeUrl({ location: c.location, canonical: c.canonical, ogUrl: c.ogUrl });
      // Path-style S3 included: the content script knows its buckets from tenant-paths.ts, not from the list.
      if (/^https?:/.test(c.location)) expect(mayUseArticleKey(c.location, key), key).toBe(true);
    }
  });
});

describe('canonical URL helpers', () => {
  it('gives two tracking variants of one article the same key', () => {
    const a = canonicalizeUrl({ location: 'https://example.com/s/1?utm_source=a#p2' });
    const b = canonicalizeUrl({ location: 'https://EXAMPLE.com:443/s/1?fbclid=zz' });
    expect(a).toBe(b);
  });
  it('stripTracking returns null for what is not an http(s) URL', () => {
    expect(stripTracking('not a url')).toBeNull();
    expect(stripTracking('javascript:alert(1)')).toBeNull();
  });
  it('decides sites by the Public Suffix List, private suffixes included', () => {
    expect(siteOf('victim.github.io')).not.toBe(siteOf('evil.github.io'));
    expect(siteOf('news.bbc.co.uk')).toBe(siteOf('www.bbc.co.uk'));
    expect(siteOf('a.b.example.com.au')).toBe('example.com.au');
    expect(siteOf('127.0.0.1')).toBe('127.0.0.1');
  });
  it('lets a page use only its own key or a canonical it could declare', () => {
    expect(mayUseArticleKey('https://m.example.com/s/1?utm_source=x#c', 'https://m.example.com/s/1')).toBe(true);
    expect(mayUseArticleKey('https://m.example.com/s/1', 'https://www.example.com/s/1')).toBe(true);
    expect(mayUseArticleKey('https://evil.github.io/post', 'https://victim.github.io/notes/article')).toBe(false);
    expect(mayUseArticleKey('https://example.com/s/1', 'https://example.com/')).toBe(false);
    expect(mayUseArticleKey('https://example.com/s/1', 'https://example.com/s/1?utm_source=x')).toBe(false);
    expect(mayUseArticleKey('chrome-extension://abc/notes.html', 'https://example.com/s/1')).toBe(false);
  });
  it('lets a page served over plain http name no https article, in both scopes (red team 53)', () => {
    // Anyone on the network can write an http page: it must not be painted the https article's notes, nor retitle it.
    const page = 'http://news.example/anything';
    const story = 'https://news.example/2024/story';
    expect(canonicalKeyOf({ location: page, canonical: story })).toBe(page);
    expect(canonicalizeUrl({ location: page, canonical: story })).toBe(page);
    expect(canonicalKeyOf({ location: page, ogUrl: story })).toBe(page);
    expect(mayUseArticleKey(page, story)).toBe(false);
    // The reverse is an honest site's leftover (its https page still declaring its http address): still one key.
    expect(canonicalKeyOf({ location: story, canonical: 'http://news.example/2024/story' })).toBe(
      'http://news.example/2024/story',
    );
    expect(canonicalKeyOf({ location: 'http://news.example/a?utm_source=x', canonical: 'http://news.example/a' })).toBe(
      'http://news.example/a',
    );
  });

  it('reads the canonical link and og:url from a document', async () => {
    const page = parseHtml(
      '<html><head><link rel="canonical" href="/s/7"><meta property="og:url" content="https://example.com/other"></head><body></body></html>',
      'https://example.com/s/7?utm_term=x',
    );
    expect(canonicalUrlOf(page.document, 'https://example.com/s/7?utm_term=x')).toBe('https://example.com/s/7');
    expect(declaredCanonicals(page.document)).toEqual({ canonical: '/s/7', ogUrl: 'https://example.com/other' });
    await page.close();
  });
});

// Red team T10: on a hash-routed app every story shared one key, so one story's page painted and could file notes
// under another's.
describe('hash-routed apps: the route says which story, an anchor does not', () => {
  const APP = 'https://app.example/reader';
  it('gives each hash route its own key and drops anchors and empty routes', () => {
    const one = canonicalizeUrl({ location: `${APP}#!/story/1` });
    const two = canonicalizeUrl({ location: `${APP}#!/story/2` });
    expect(one).toBe(`${APP}#!/story/1`);
    expect(two).not.toBe(one);
    expect(canonicalizeUrl({ location: `${APP}#/news/a?x=1` })).toBe(`${APP}#/news/a?x=1`);
    expect(canonicalizeUrl({ location: `${APP}#!story-3` })).toBe(`${APP}#!story-3`);
    for (const anchor of ['#comments', '#section-2', '#!', '#/', '#!/', '#//x', '#'])
      expect(canonicalizeUrl({ location: `${APP}?utm_source=x${anchor}` }), anchor).toBe(APP);
  });
  it('honours a declared canonical over a hash route, so a link with a route cannot file notes apart (red team 30, H1)', () => {
    // An article linked as `…/story#/comments` or `…/story#!share` keeps its notes: the declared canonical decides.
    expect(canonicalizeUrl({ location: `${APP}#/comments`, canonical: APP })).toBe(APP);
    expect(canonicalizeUrl({ location: `${APP}#!share`, ogUrl: APP })).toBe(APP);
    expect(canonicalKeyOf({ location: `${APP}#/comments`, canonical: APP })).toBe(APP);
    // A canonical naming the route, or none at all, gives the route its own key.
    expect(canonicalizeUrl({ location: `${APP}?fbclid=1#!/story/2`, canonical: '/reader#!/s/2' })).toBe(`${APP}#!/s/2`);
    expect(canonicalizeUrl({ location: `${APP}#!/story/2` })).toBe(`${APP}#!/story/2`);
    // An unrouted page never takes an anchor from its canonical.
    expect(canonicalizeUrl({ location: `${APP}/amp`, canonical: `${APP}#top` })).toBe(APP);
  });
  it('drops trackers from a route’s own query and keeps its other parameters', () => {
    expect(canonicalizeUrl({ location: `${APP}#!/story/1?utm_source=x&fbclid=2` })).toBe(`${APP}#!/story/1`);
    expect(canonicalizeUrl({ location: `${APP}#/search?q=rain&utm_medium=y` })).toBe(`${APP}#/search?q=rain`);
  });
  it('lets a routed page file notes under its own route or a canonical it could declare', () => {
    expect(mayUseArticleKey(`${APP}#!/story/2`, `${APP}#!/story/2`)).toBe(true);
    expect(mayUseArticleKey(`${APP}#!/story/3`, APP)).toBe(true); // the page could declare its shell as canonical
    expect(mayUseArticleKey(`${APP}#!/story/2`, `${APP}#!/story/1`)).toBe(true); // one owner, as for paths
    expect(mayUseArticleKey(`https://evil.example/r#!/story/1`, `${APP}#!/story/1`)).toBe(false);
    expect(mayUseArticleKey(`${APP}#comments`, APP)).toBe(true);
  });
  it('keeps content-selecting names that only look like a tracking family, and drops the family’s real members', () => {
    expect(stripTracking('https://a.example/s?ga_article=42&fb_id=7&mc_story=9')).toBe(
      'https://a.example/s?ga_article=42&fb_id=7&mc_story=9',
    );
    expect(stripTracking('https://a.example/s?id=1&_ga=2.1&_gl=x&mc_cid=1&mc_eid=2&fb_action_ids=3&ga_source=n')).toBe(
      'https://a.example/s?id=1',
    );
  });
});
