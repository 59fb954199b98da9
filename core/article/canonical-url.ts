// The storage key for an article: the page's own canonical URL when it is on the same site, without tracking
// parameters or fragment, so the same article reached through two links finds the same notes.

/**
 * Query parameters that only say how a reader arrived, never what they are reading. Ambiguous names that some sites
 * use to select content (`src`, `source`, `cid`, `amp`, `via`) are deliberately not here: a missed tracker costs a
 * duplicate key, a dropped content parameter merges two articles' notes.
 */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
  'igshid', 'mkt_tok', '_hsenc', '_hsmi', '__hstc', '__hssc', '__hsfp', 'hsctatracking', 'oly_anon_id', 'oly_enc_id',
  'vero_id', 'vero_conv', 'rb_clickid', 's_cid', 'cmpid', 'cmp', 'ncid', 'ocid', 'sr_share', 'smid', 'smtyp',
  'share', 'ref', 'ref_src', 'ref_url', 'spm', 'scm', 'xtor',
  'at_medium', 'at_campaign', 'at_custom1', 'at_custom2', 'at_custom3', 'at_custom4', 'wt_mc', 'wt.mc_id',
  'guccounter', 'guce_referrer', 'guce_referrer_sig', 'soc_src', 'soc_trk',
  'trk', 'trkcampaign', 'trackingid', 'tracking_source', 'algo_version', '__twitter_impression',
]);

/** Prefixes of tracking-parameter families (Google Analytics, Mailchimp, Piwik/Matomo, HubSpot, Adobe…). */
const TRACKING_PREFIXES = ['utm_', 'mc_', 'pk_', 'mtm_', 'hsa_', 'itm_', 'ga_', '_ga', 'fb_', 'stm_', 'oly_', 'vgo_'];

/** True when a query parameter name only tracks the visit. */
export function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

/**
 * Removes tracking parameters and the fragment from an absolute http(s) URL, keeping every other parameter in its
 * order (they may select the content: `?id=123`, `?p=42`, `?page=2`). Lower-cases the host, drops a default port.
 * Returns `null` when `url` is not an absolute http(s) URL.
 */
export function stripTracking(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  const kept = [...u.searchParams].filter(([k]) => !isTrackingParam(k));
  u.search = '';
  for (const [k, v] of kept) u.searchParams.append(k, v);
  // URL already lower-cases the host and drops default ports; a bare "?" left by removal is dropped too.
  return u.href.replace(/\?$/, '');
}

/** The registrable-ish site of a host: the last two labels, or three when the second-level is generic (co.uk). */
export function siteOf(host: string): string {
  const labels = host.toLowerCase().replace(/^www\d?\./, '').split('.');
  if (labels.length <= 2) return labels.join('.');
  const sld = labels[labels.length - 2]!;
  const generic = /^(co|com|net|org|gov|ac|edu|ne|or|go|gob|nic|mil)$/.test(sld) && labels[labels.length - 1]!.length === 2;
  return labels.slice(generic ? -3 : -2).join('.');
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
 * same site as the location, otherwise the location; in both cases without tracking parameters or fragment.
 * Pure; never throws. Returns the location unchanged (minus fragment) when it is not http(s).
 */
export function canonicalizeUrl(input: CanonicalCandidates): string {
  const location = stripTracking(input.location);
  if (location === null) return input.location.replace(/#.*$/, '');
  const locHost = new URL(location).hostname;
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
    const host = new URL(clean).hostname;
    // Another site's canonical (syndication, a hijacked or copied tag) would merge unrelated notes: ignore it.
    if (siteOf(host) !== siteOf(locHost)) continue;
    // A canonical pointing at the site root from a deeper page is a common CMS mistake; it would merge every article.
    if (new URL(clean).pathname === '/' && new URL(location).pathname !== '/') continue;
    return clean;
  }
  return location;
}

/** Reads the declared canonical URLs from a document and canonicalizes `location` with them. Never mutates `doc`. */
export function canonicalUrlOf(doc: Document, location: string): string {
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
  return canonicalizeUrl({ location, canonical, ogUrl });
}
