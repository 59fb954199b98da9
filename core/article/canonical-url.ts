// The storage key for an article: the page's own canonical URL when it is on the same site, without tracking
// parameters or fragment, so the same article reached through two links finds the same notes. Which canonicals a
// page may name is decided by an owner scope passed in: the Public Suffix List one (site-owner.ts) where it is
// affordable, the exact-host one in the content script, which runs on every page and must stay small.
import { isHashRoute } from './hash-route';
import { tenantPathOf } from './tenant-paths';

export { isHashRoute, withoutAnchor } from './hash-route';

/**
 * Query parameters that only say how a reader arrived, never what they are reading. Ambiguous names that some sites
 * use to select content (`src`, `source`, `cid`, `amp`, `via`) are deliberately not here: a missed tracker costs a
 * duplicate key, a dropped content parameter merges two articles' notes.
 */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'igshid',
  'mkt_tok',
  '_hsenc',
  '_hsmi',
  '__hstc',
  '__hssc',
  '__hsfp',
  'hsctatracking',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'vero_conv',
  'rb_clickid',
  's_cid',
  'cmpid',
  'cmp',
  'ncid',
  'ocid',
  'sr_share',
  'smid',
  'smtyp',
  'share',
  'ref',
  'ref_src',
  'ref_url',
  'spm',
  'scm',
  'xtor',
  'at_medium',
  'at_campaign',
  'at_custom1',
  'at_custom2',
  'at_custom3',
  'at_custom4',
  'wt_mc',
  'wt.mc_id',
  'guccounter',
  'guce_referrer',
  'guce_referrer_sig',
  'soc_src',
  'soc_trk',
  'trk',
  'trkcampaign',
  'trackingid',
  'tracking_source',
  'algo_version',
  '__twitter_impression',
  // Members of families whose prefix alone is too wide (see TRACKING_PREFIXES).
  '_ga',
  '_gl',
  '_gac',
  'ga_source',
  'ga_medium',
  'ga_campaign',
  'ga_term',
  'ga_content',
  'fb_action_ids',
  'fb_action_types',
  'fb_source',
  'fb_ref',
  'mc_cid',
  'mc_eid',
]);

/**
 * Prefixes of tracking-parameter families whose every member only tracks (Google's `utm_`, Piwik/Matomo's `pk_` and
 * `mtm_`, HubSpot ads' `hsa_`, internal `itm_`/`stm_`, `oly_`, `vgo_`). Families whose prefix a site could also use
 * for content (`ga_`, `fb_`, `mc_`: `?ga_article=42`, `?fb_id=…`) are named member by member in
 * {@link TRACKING_PARAMS} instead: a prefix that swallowed a content parameter would merge every story of that site
 * under one key, and one page could then read another's notes.
 */
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_', 'itm_', 'stm_', 'oly_', 'vgo_'];

/** True when a query parameter name only tracks the visit. */
export function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

/**
 * An absolute http(s) URL in its normal form (`new URL(url).href`: scheme and host lower-cased, default port
 * dropped, spaces, quotes and angle brackets percent-encoded), or null for anything else: another scheme
 * (`javascript:`, `data:`), a relative or unparsable URL, or one carrying a user name or password. Keeps fragment
 * and parameters. Imported URLs pass through this before they are stored.
 */
export function normalizeHttpUrl(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.username || u.password || !u.hostname) return null;
  return u.href;
}

/**
 * Removes tracking parameters and the fragment from an absolute http(s) URL, keeping every other parameter in its
 * order (they may select the content: `?id=123`, `?p=42`, `?page=2`) and a hash route ({@link isHashRoute}).
 * Lower-cases the host, drops a default port. Returns `null` when `url` is not an absolute http(s) URL.
 */
export function stripTracking(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  // A user name or password names no other article, and an address holding one is one the importer refuses: a page
  // that declared `https://editor@news.example/s/1` as canonical made the reader's backup unrestorable (red team 38).
  u.username = '';
  u.password = '';
  if (!isHashRoute(u.hash)) u.hash = '';
  else {
    // A route's own query loses its trackers too (`#!/story/1?utm_source=x` is `#!/story/1`).
    const q = u.hash.indexOf('?');
    if (q >= 0) {
      const params = new URLSearchParams(u.hash.slice(q + 1));
      const routeKept = [...params].filter(([k]) => !isTrackingParam(k));
      u.hash = u.hash.slice(0, q) + (routeKept.length ? `?${new URLSearchParams(routeKept)}` : '');
    }
  }
  const kept = [...u.searchParams].filter(([k]) => !isTrackingParam(k));
  u.search = '';
  for (const [k, v] of kept) u.searchParams.append(k, v);
  // URL already lower-cases the host and drops default ports; a bare "?" left by removal is dropped too.
  return u.href.replace(/\?$/, '');
}

/** Who controls a URL, as a string: two URLs may name each other as canonical only when their scopes are equal. */
export type OwnerScope = (url: URL) => string;

/**
 * The owner scope the content script can afford without the Public Suffix List: the exact host, narrowed by
 * `tenantPathOf` (tenant-paths.ts: a copy of another URL owns itself alone, the path tenants of shared hosts such as
 * `ipfs.io/ipfs/<cid>` or `github.com/<user>`, `/@name` and `/~name` user paths). Never wider than `ownerScopeOf`
 * (site-owner.ts), which the background checks keys with, except on a host that is itself a public suffix
 * (path-style `s3.amazonaws.com`): there the background refuses a canonical into another first path segment, and the
 * page's notes are not saved.
 */
export function hostScopeOf(url: URL): string {
  return `${url.hostname.toLowerCase()}${tenantPathOf(url)}`;
}

/** Inputs to {@link canonicalizeUrl}: the page location and what the page declares. */
export interface CanonicalCandidates {
  /** Where the page was loaded from (document.URL / location.href). */
  location: string;
  /** `<link rel=canonical href>`, possibly relative. */
  canonical?: string | null | undefined;
  /** `<meta property=og:url content>`, possibly relative. */
  ogUrl?: string | null | undefined;
}

/**
 * The storage key for a page: its declared canonical URL (`rel=canonical`, then `og:url`) when that resolves to the
 * same owner scope as the location (`scopeOf`, by default the exact host), otherwise the location; in both cases
 * without tracking parameters or a fragment other than a hash route. Pure; never throws. Returns the location unchanged (minus fragment) when
 * it is not http(s).
 */
export function canonicalizeUrl(input: CanonicalCandidates, scopeOf: OwnerScope = hostScopeOf): string {
  const location = stripTracking(input.location);
  if (location === null) return input.location.replace(/#.*$/, '');
  for (const declared of [input.canonical, input.ogUrl]) {
    if (!declared || !declared.trim()) continue;
    let resolved: string;
    try {
      resolved = new URL(declared.trim(), location).href;
    } catch {
      continue;
    }
    const clean = stripTracking(resolved);
    if (clean === null) continue;
    // Another site's canonical (syndication, a hijacked or copied tag, or a page on the same multi-tenant host
    // naming someone else's article to read its notes) would merge unrelated notes: ignore it.
    if (scopeOf(new URL(clean)) !== scopeOf(new URL(location))) continue;
    // A page served over plain http may be anyone's on the way (a network that rewrites it): it names no https
    // article, whose notes it would be painted and whose record it would retitle (red team 53). The reverse stands: a
    // site's https page often still declares its old http address.
    if (new URL(location).protocol === 'http:' && new URL(clean).protocol === 'https:') continue;
    // A canonical pointing at the site root from a deeper page is a common CMS mistake; it would merge every article.
    if (new URL(clean).pathname === '/' && new URL(location).pathname !== '/') continue;
    // A declared canonical wins over a hash route, as over any other part of the location: a site that links to an
    // article as `…/story#/comments` must not file the reader's notes apart, or hide them (red team 30, H1). So an
    // app that declares its shell as canonical on every route still shares one key; one that declares none, or a
    // canonical with the route, gets a key per route.
    return clean;
  }
  return location;
}

/** The canonical link and og:url a document declares (raw attribute values), or null each. Never mutates `doc`. */
export function declaredCanonicals(doc: Document): { canonical: string | null; ogUrl: string | null } {
  let canonical: string | null = null;
  for (const link of Array.from(doc.getElementsByTagName('link'))) {
    if (link.hasAttribute('href') && /(^|\s)canonical(\s|$)/i.test(link.getAttribute('rel') ?? '')) {
      canonical = link.getAttribute('href');
      break;
    }
  }
  let ogUrl: string | null = null;
  for (const meta of Array.from(doc.getElementsByTagName('meta'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? '').toLowerCase();
    if (key === 'og:url' && meta.hasAttribute('content')) {
      ogUrl = meta.getAttribute('content');
      break;
    }
  }
  return { canonical, ogUrl };
}

/**
 * Reads the declared canonical URLs from a document and canonicalizes `location` with them, within `scopeOf`
 * (default: the exact host, see {@link hostScopeOf}). Never mutates `doc`.
 */
export function canonicalUrlOf(doc: Document, location: string, scopeOf: OwnerScope = hostScopeOf): string {
  return canonicalizeUrl({ location, ...declaredCanonicals(doc) }, scopeOf);
}
