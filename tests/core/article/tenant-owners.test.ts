// Tenants of one shared host (by path, by a subdomain the Public Suffix List misses, or an archive's copy of another
// page) must never share notes: a hostile tenant naming a victim's article as canonical gets its own key, everywhere
// the key is decided (the background's list-based scope, the content script's exact-host scope, the background's
// check of every key a page names). Legitimate canonicals of one owner still merge.
import { describe, expect, it } from 'vitest';
import { canonicalizeUrl, canonicalKeyOf, mayUseArticleKey, ownerScopeOf } from '../../../core/article/index';
import { embedsUrl } from '../../../core/article/tenant-paths';

/** [hostile page, the victim's article it names as canonical]: two owners each. */
const MUST_NOT_SHARE: Record<string, [string, string]> = {
  'web archive copies of two sites': [
    'https://web.archive.org/web/2024/https://evil.example/a',
    'https://web.archive.org/web/2024/https://www.nytimes.com/2024/01/01/world/story.html',
  ],
  'web archive, scheme folded to one slash': [
    'https://web.archive.org/web/20240101000000/https:/evil.example/a',
    'https://web.archive.org/web/20240101000000/https:/news.example/story',
  ],
  'web archive, timestamp before a bare host': [
    'https://web.archive.org/web/2024id_/evil.example/a',
    'https://web.archive.org/web/2024id_/news.example/story',
  ],
  'a copy of the same article is not the article (two snapshots)': [
    'https://web.archive.org/web/2023/https://news.example/story',
    'https://web.archive.org/web/2024/https://news.example/story',
  ],
  'a proxy by query': [
    'https://proxy.example/view?url=https://evil.example/a',
    'https://proxy.example/view?url=https://news.example/story',
  ],
  htmlpreview: [
    'https://htmlpreview.github.io/?https://github.com/evil/x/a.html',
    'https://htmlpreview.github.io/?https://github.com/victim/y/story.html',
  ],
  'an archive page naming the archive’s own page': [
    'https://web.archive.org/web/2024/https://evil.example/a',
    'https://web.archive.org/about/',
  ],
  'an archive’s own page naming a copy': [
    'https://web.archive.org/about/',
    'https://web.archive.org/web/2024/https://news.example/story',
  ],
  'archive.ph snapshots': ['https://archive.ph/EVIL', 'https://archive.ph/VICTIM'],
  'IPFS gateway by content id': ['https://ipfs.io/ipfs/QmEvil/page.html', 'https://ipfs.io/ipfs/QmVictim/article.html'],
  'IPFS ids differing only in case': ['https://dweb.link/ipfs/bafyabc/a.html', 'https://dweb.link/ipfs/bafyABC/a.html'],
  'IPNS names': ['https://ipfs.io/ipns/evil.example/a', 'https://ipfs.io/ipns/news.example/story'],
  'GCS buckets': [
    'https://storage.googleapis.com/evilbucket/a.html',
    'https://storage.googleapis.com/victimbucket/article.html',
  ],
  'Google Sites': ['https://sites.google.com/view/evil/a', 'https://sites.google.com/view/victim/story'],
  'Google Docs': ['https://docs.google.com/document/d/EVIL/pub', 'https://docs.google.com/document/d/VICTIM/pub'],
  'Google Docs ids differing only in case': [
    'https://docs.google.com/document/d/abc/pub',
    'https://docs.google.com/document/d/ABC/pub',
  ],
  'Google Docs naming Google Sites': [
    'https://docs.google.com/document/d/EVIL/pub',
    'https://sites.google.com/view/victim/story',
  ],
  'unpkg packages': ['https://unpkg.com/evilpkg@1.0.0/a.html', 'https://unpkg.com/victim@1/story.html'],
  'jsDelivr GitHub users': ['https://cdn.jsdelivr.net/gh/evil/x/a.html', 'https://cdn.jsdelivr.net/gh/victim/y/b.html'],
  'jsDelivr npm packages': [
    'https://cdn.jsdelivr.net/npm/evil@1/a.html',
    'https://cdn.jsdelivr.net/npm/victim@1/b.html',
  ],
  'githack users': ['https://raw.githack.com/evil/x/main/a.html', 'https://raw.githack.com/victim/y/main/b.html'],
  'GitHub users': ['https://github.com/evil/repo/blob/main/a.md', 'https://github.com/victim/repo/blob/main/b.md'],
  'GitHub’s own page naming a user’s': ['https://github.com/features', 'https://github.com/victim/repo'],
  gists: ['https://gist.github.com/evil/1', 'https://gist.github.com/victim/2'],
  'CodePen users': ['https://codepen.io/evil/full/a', 'https://codepen.io/victim/full/b'],
  'CodePen full pages': ['https://cdpn.io/evil/fullpage/a', 'https://cdpn.io/victim/fullpage/b'],
  'tumblr users': ['https://www.tumblr.com/evil/1', 'https://www.tumblr.com/victim/2'],
  tweets: ['https://twitter.com/evil/status/1', 'https://twitter.com/victim/status/2'],
  'posts on x.com': ['https://x.com/evil/status/1', 'https://x.com/victim/status/2'],
  subreddits: ['https://www.reddit.com/r/evil/comments/1', 'https://www.reddit.com/r/victim/comments/2'],
  'reddit users': ['https://www.reddit.com/user/evil/comments/1', 'https://www.reddit.com/user/victim/comments/2'],
  'LinkedIn articles': ['https://www.linkedin.com/pulse/evil', 'https://www.linkedin.com/pulse/victim'],
  'medium users': ['https://medium.com/@evil/a', 'https://medium.com/@victim/b'],
  'medium subdomains': ['https://evil.medium.com/a', 'https://victim.medium.com/b'],
  'Ghost(Pro) sites': ['https://evil.ghost.io/a', 'https://victim.ghost.io/b'],
  'Neocities sites': ['https://evil.neocities.org/a', 'https://victim.neocities.org/b'],
  'Glitch projects': ['https://evil.glitch.me/a', 'https://victim.glitch.me/b'],
  'Azure static websites': ['https://evil.z13.web.core.windows.net/a', 'https://victim.z13.web.core.windows.net/b'],
  'AMP cache origins': [
    'https://www-evil-com.cdn.ampproject.org/c/s/evil.com/a',
    'https://www-nytimes-com.cdn.ampproject.org/c/s/www.nytimes.com/story',
  ],
  'Substack newsletters': ['https://evil.substack.com/p/a', 'https://victim.substack.com/p/story'],
  'wordpress.com blogs': ['https://evil.wordpress.com/a', 'https://victim.wordpress.com/story'],
  'tumblr subdomains': ['https://evil.tumblr.com/post/1', 'https://victim.tumblr.com/post/2'],
  // Already apart by the Public Suffix List before this table: kept so a change of list or library shows here.
  'github.io': ['https://evil.github.io/a', 'https://victim.github.io/b'],
  blogspot: ['https://evil.blogspot.com/a', 'https://victim.blogspot.com/b'],
  'S3 virtual hosts': ['https://evil.s3.amazonaws.com/a', 'https://victim.s3.amazonaws.com/b'],
  'S3 path style': ['https://s3.us-east-1.amazonaws.com/evil/a', 'https://s3.us-east-1.amazonaws.com/victim/b'],
  'notion.site': ['https://evil.notion.site/a', 'https://victim.notion.site/story'],
  'translate.goog': ['https://evil-com.translate.goog/a', 'https://www-nytimes-com.translate.goog/story'],
  'pages.dev': ['https://evil.pages.dev/a', 'https://victim.pages.dev/b'],
  firebase: ['https://evil.web.app/a', 'https://victim.web.app/b'],
};

/** [page, the canonical it declares, the key it must get]: one owner each. */
const MUST_SHARE: Record<string, [string, string, string]> = {
  'tracking variant': [
    'https://www.example.com/story?utm_source=x&fbclid=1',
    'https://www.example.com/story',
    'https://www.example.com/story',
  ],
  'AMP page naming its article': ['https://example.com/amp/story/1', '/story/1', 'https://example.com/story/1'],
  'bare host and www.': [
    'https://example.com/story/1',
    'https://www.example.com/story/1',
    'https://www.example.com/story/1',
  ],
  'two hosts of one registrable domain': [
    'https://news.bbc.co.uk/1/hi/world/123.stm',
    'https://www.bbc.co.uk/news/world-123',
    'https://www.bbc.co.uk/news/world-123',
  ],
  'a newsletter post with a share parameter': [
    'https://victim.substack.com/p/story?r=2x&utm_medium=email',
    'https://victim.substack.com/p/story',
    'https://victim.substack.com/p/story',
  ],
  'a Ghost post': [
    'https://victim.ghost.io/story/?ref=home',
    'https://victim.ghost.io/story/',
    'https://victim.ghost.io/story/',
  ],
  'one GitHub user, any case': [
    'https://github.com/Alice/repo/blob/main/README.md',
    'https://github.com/alice/repo',
    'https://github.com/alice/repo',
  ],
  'one subreddit from old.reddit': [
    'https://old.reddit.com/r/news/comments/1/x/',
    'https://www.reddit.com/r/news/comments/1/x/',
    'https://www.reddit.com/r/news/comments/1/x/',
  ],
  'one IPFS site': [
    'https://ipfs.io/ipfs/QmA/page.html',
    '/ipfs/QmA/index.html',
    'https://ipfs.io/ipfs/QmA/index.html',
  ],
  'one Google Doc, edit and published': [
    'https://docs.google.com/document/u/1/d/ID42/edit',
    'https://docs.google.com/document/d/ID42/pub',
    'https://docs.google.com/document/d/ID42/pub',
  ],
  'one npm package, two versions': [
    'https://cdn.jsdelivr.net/npm/pkg@1.0.0/demo.html',
    'https://cdn.jsdelivr.net/npm/pkg@2.0.0/demo.html',
    'https://cdn.jsdelivr.net/npm/pkg@2.0.0/demo.html',
  ],
  'one medium user': [
    'https://medium.com/@alice/a-1?source=rss',
    'https://medium.com/@alice/a-1',
    'https://medium.com/@alice/a-1',
  ],
  'one LinkedIn article': [
    'https://www.linkedin.com/pulse/slug-abc?trk=feed',
    'https://www.linkedin.com/pulse/slug-abc',
    'https://www.linkedin.com/pulse/slug-abc',
  ],
  'an archived copy naming itself, with a fragment': [
    'https://web.archive.org/web/2024/https://news.example/story?utm_source=x',
    'https://web.archive.org/web/2024/https://news.example/story#top',
    'https://web.archive.org/web/2024/https://news.example/story',
  ],
};

const hostOf = (url: string) => new URL(url).hostname;

describe('tenants of one shared host never share notes', () => {
  for (const [name, [evil, victim]] of Object.entries(MUST_NOT_SHARE)) {
    it(name, () => {
      expect(ownerScopeOf(new URL(evil)), 'owner scopes').not.toBe(ownerScopeOf(new URL(victim)));
      // The background's key (what it paints and records under) ignores the canonical, both ways round.
      expect(canonicalKeyOf({ location: evil, canonical: victim })).toBe(canonicalKeyOf({ location: evil }));
      expect(canonicalKeyOf({ location: victim, ogUrl: evil })).toBe(canonicalKeyOf({ location: victim }));
      // The background's check of a key a page names (a save, a record's URL and title).
      expect(mayUseArticleKey(evil, canonicalKeyOf({ location: victim }))).toBe(false);
      // The content script's own key.
      expect(canonicalizeUrl({ location: evil, canonical: victim })).toBe(canonicalizeUrl({ location: evil }));
    });
  }
});

describe('one owner’s canonicals still merge', () => {
  for (const [name, [page, canonical, key]] of Object.entries(MUST_SHARE)) {
    it(name, () => {
      expect(canonicalKeyOf({ location: page, canonical })).toBe(key);
      expect(mayUseArticleKey(page, key)).toBe(true);
      // On one host the content script decides the same key before it asks the background.
      if (hostOf(page) === hostOf(new URL(canonical, page).href))
        expect(canonicalizeUrl({ location: page, canonical })).toBe(key);
    });
  }
});

describe('embedsUrl', () => {
  it('finds a URL carried in the path or query, and nothing in ordinary article URLs', () => {
    const carrying = [
      'https://web.archive.org/web/2024/https://a.example/x',
      'https://archive.example/wayback/20240101/http://a.example/x',
      'https://x.example/proxy/https%3A%2F%2Fa.example%2Fx',
      'https://x.example/read?url=https://a.example/x',
      'https://x.example/read?u=//a.example/x',
      'https://htmlpreview.github.io/?https://github.com/a/b/c.html',
    ];
    const plain = [
      'https://www.example.com/2024/01/01/world/story.html',
      'https://example.com/web/2024/my-review-of-the-year',
      'https://example.com/search?q=http+status+codes',
      'https://example.com/article.php?id=42&page=2',
      'https://example.com/https-everywhere-explained',
    ];
    for (const u of carrying) expect(embedsUrl(new URL(u)), u).toBe(true);
    for (const u of plain) expect(embedsUrl(new URL(u)), u).toBe(false);
  });
});
