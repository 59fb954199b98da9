// Who owns a site, by the Public Suffix List (tldts, private suffixes included) and a short supplement of hosts the
// list misses, never by a guess: github.io, blogspot.com, pages.dev and ghost.io are many sites each. Used where the
// list's size is affordable (the background, extension pages, Node); the content script uses the exact-host scope in
// canonical-url.ts. Both narrow by path with tenant-paths.ts.
import { parse } from 'tldts';
import {
  canonicalizeUrl,
  hostScopeOf,
  stripTracking,
  type CanonicalCandidates,
  type OwnerScope,
} from './canonical-url';
import { tenantPathOf } from './tenant-paths';

/**
 * Suffixes under which each subdomain is a different user's site, missing from the Public Suffix List (tldts 7.5).
 * Each is a host whose own documentation says it serves its users' sites (or, for the AMP cache, one publisher's
 * pages) at `<name>.<suffix>`; `*.` as in the list: any one label, then the user's. Sources (as documented by each
 * host; read from memory, not fetched here):
 * - ghost.io: Ghost(Pro) sites live at `<site>.ghost.io` until a custom domain is set (ghost.org/help).
 * - neocities.org: every free site is `<name>.neocities.org` (neocities.org/about).
 * - glitch.me: each project is served at `<project>.glitch.me` (help.glitch.com).
 * - *.web.core.windows.net: Azure Storage static websites, `<account>.z<N>.web.core.windows.net`
 *   (learn.microsoft.com, "Static website hosting in Azure Storage"); the list has only `web.core.windows.net`.
 * - cdn.ampproject.org: the AMP cache serves each origin at `<encoded-origin>.cdn.ampproject.org`
 *   (developers.google.com, "Google AMP Cache URL format").
 * - substack.com, wordpress.com, tumblr.com, medium.com, weebly.com, livejournal.com, typepad.com, hashnode.dev,
 *   micro.blog, itch.io, write.as: blogs and sites at `<user>.<host>` on each host's free plan.
 */
const SUPPLEMENTARY_SUFFIXES = [
  'ghost.io',
  'neocities.org',
  'glitch.me',
  '*.web.core.windows.net',
  'cdn.ampproject.org',
  'substack.com',
  'wordpress.com',
  'tumblr.com',
  'medium.com',
  'weebly.com',
  'livejournal.com',
  'typepad.com',
  'hashnode.dev',
  'micro.blog',
  'itch.io',
  'write.as',
];

/** A host's registrable domain (null when the host is itself a suffix, an IP or a bare name) and whether it is a suffix. */
function registrableOf(host: string): { domain: string | null; isSuffix: boolean } {
  const parsed = parse(host, { allowPrivateDomains: true });
  const labels = host.split('.');
  for (const rule of SUPPLEMENTARY_SUFFIXES) {
    const base = rule.replace(/^\*\./, '');
    if (host !== base && !host.endsWith(`.${base}`)) continue;
    const suffixLabels = base.split('.').length + (rule === base ? 0 : 1);
    // The list may already know a deeper suffix here: the longer answer wins, as in the list itself.
    if (parsed.domain && parsed.domain.split('.').length > suffixLabels + 1) break;
    if (labels.length < suffixLabels) break; // a parent of a wildcard rule: the list decides
    if (labels.length === suffixLabels) return { domain: null, isSuffix: true };
    return { domain: labels.slice(-(suffixLabels + 1)).join('.'), isSuffix: false };
  }
  return {
    domain: parsed.domain ?? null,
    isSuffix: !parsed.domain && !parsed.isIp && Boolean(parsed.isIcann || parsed.isPrivate),
  };
}

/**
 * The registrable domain of a host by the Public Suffix List, private suffixes included, and its supplement above,
 * so `alice.github.io` and `bob.github.io` are two sites while `www.bbc.co.uk` and `news.bbc.co.uk` are one. An IP
 * address, `localhost` or a host that is itself a public suffix has no registrable domain: the host alone is then
 * its site.
 */
export function siteOf(host: string): string {
  const h = host.toLowerCase();
  return registrableOf(h).domain ?? h;
}

/**
 * Who controls a URL, as finely as the URL shows it: the registrable domain, narrowed by the path where one host
 * serves many owners by path (`tenantPathOf`: `ipfs.io/ipfs/<cid>`, `github.com/<user>`, `medium.com/@alice`…), and
 * to the first path segment on a host that is itself a listed suffix (`s3.amazonaws.com/bucket/`). A URL carrying
 * another URL (a web archive's copy, a proxy) or on a snapshot archive owns itself alone: its exact host, path and
 * query. Two URLs with the same scope may name each other as canonical; with different scopes they may not.
 */
export function ownerScopeOf(url: URL): string {
  const host = url.hostname.toLowerCase();
  const tenant = tenantPathOf(url);
  if (tenant.startsWith('/=')) return `${host}${tenant}`;
  const { domain, isSuffix } = registrableOf(host);
  if (!tenant && !domain && isSuffix) return `${host}/${url.pathname.split('/')[1] ?? ''}`;
  return `${domain ?? host}${tenant}`;
}

/** The storage key for a page with the declared canonicals honoured within its owner (Public Suffix List). */
export function canonicalKeyOf(input: CanonicalCandidates, scope: OwnerScope = ownerScopeOf): string {
  return canonicalizeUrl(input, scope);
}

/**
 * The scope a frame's canonical is held to: its owner's in a tab's top frame, its exact host (and tenant path,
 * `hostScopeOf`) in a frame inside a page. A frame served from another subdomain of the article's site (an ad
 * server, a shop or comments host on the site's name: often someone else's code) declaring the article it sits in
 * as its canonical was handed that article's notes (red team 53); a page's own frames on its own host keep theirs.
 * The subframe's scope is its host's and its owner's together, so it is never wider than either.
 */
export function frameScope(subframe: boolean): OwnerScope {
  // Both at once: the exact host is the wider of the two on a host that is itself a suffix (path-style S3).
  return subframe ? (url) => `${hostScopeOf(url)} ${ownerScopeOf(url)}` : ownerScopeOf;
}

/**
 * True when a page at `location` may file notes under `key`: the key is the location itself (cleaned) or a
 * canonical the page could declare within its owner scope (not the site root), or within `scope` (a subframe's:
 * `frameScope`). The background checks every key a content script names against the frame's real URL with this.
 */
export function mayUseArticleKey(location: string, key: string, scope: OwnerScope = ownerScopeOf): boolean {
  if (key === canonicalizeUrl({ location })) return true;
  return stripTracking(location) !== null && canonicalKeyOf({ location, canonical: key }, scope) === key;
}

/**
 * True when two addresses of one origin have different owner scopes: a frame's address now and the one its document
 * loaded at, or the address its page side reports and the frame's URL the browser gives. `history.pushState` and
 * `replaceState` move a document's address anywhere within its origin, and on a host that serves many owners by path
 * (an archive's copies, a storage bucket, an IPFS gateway, path-style S3: `ownerScopeOf`) that is onto another
 * owner's page, whose notes the frame would then be painted and file the reader's highlights under (red team 53).
 * Such a frame speaks for no article. Addresses of two origins, or not URLs, are not compared: no same-document move
 * reaches another origin, and the callers keep the browser's URL then.
 */
export function movedToAnotherOwner(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    const y = new URL(b);
    return x.origin === y.origin && ownerScopeOf(x) !== ownerScopeOf(y);
  } catch {
    return false;
  }
}
