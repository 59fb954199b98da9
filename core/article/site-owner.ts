// Who owns a site, by the Public Suffix List (tldts, private suffixes included), never by a guess: github.io,
// blogspot.com, pages.dev and s3.amazonaws.com are many sites each. Used where the list's size is affordable (the
// background, extension pages, Node); the content script uses the exact-host scope in canonical-url.ts.
import { parse } from 'tldts';
import { canonicalizeUrl, stripTracking, type CanonicalCandidates } from './canonical-url';

/**
 * The registrable domain of a host by the Public Suffix List, private suffixes included, so `alice.github.io` and
 * `bob.github.io` are two sites while `www.bbc.co.uk` and `news.bbc.co.uk` are one. An IP address, `localhost` or a
 * host that is itself a public suffix has no registrable domain: the host alone is then its site.
 */
export function siteOf(host: string): string {
  const h = host.toLowerCase();
  return parse(h, { allowPrivateDomains: true }).domain ?? h;
}

/**
 * Who controls a URL, as finely as the URL shows it: the registrable domain, narrowed to the first path segment
 * where one host serves many owners by path: a host that is itself a listed public suffix (`s3.amazonaws.com/bucket/`)
 * and the `/@name` or `/~name` user paths of blogging and university hosts (`medium.com/@alice`).
 * Two URLs with the same scope may name each other as canonical; with different scopes they may not.
 */
export function ownerScopeOf(url: URL): string {
  const host = url.hostname.toLowerCase();
  const parsed = parse(host, { allowPrivateDomains: true });
  const first = url.pathname.split('/')[1] ?? '';
  if (!parsed.domain && !parsed.isIp && (parsed.isIcann || parsed.isPrivate)) return `${host}/${first}`;
  const site = parsed.domain ?? host;
  return /^[@~]/.test(first) ? `${site}/${first.toLowerCase()}` : site;
}

/** The storage key for a page with the declared canonicals honoured within its owner (Public Suffix List). */
export function canonicalKeyOf(input: CanonicalCandidates): string {
  return canonicalizeUrl(input, ownerScopeOf);
}

/**
 * True when a page at `location` may file notes under `key`: the key is the location itself (cleaned) or a
 * canonical the page could declare within its owner scope (not the site root). The background checks every key a
 * content script names against the frame's real URL with this.
 */
export function mayUseArticleKey(location: string, key: string): boolean {
  if (key === canonicalizeUrl({ location })) return true;
  return stripTracking(location) !== null && canonicalKeyOf({ location, canonical: key }) === key;
}
