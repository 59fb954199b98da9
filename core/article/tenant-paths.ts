// Which part of a URL's path names its owner on hosts that serve many owners' pages by path, and which URLs are
// copies of other URLs (archives, proxies). Small and list-free, so the content script and the background share it.

/**
 * A host that serves many owners by path, with how many leading path segments name the owner of a given path
 * (`null`: the path names no tenant, the host's own pages). Each row is a host whose own documentation says it
 * serves its users' HTML under these paths.
 */
interface PathTenantRow {
  hosts: readonly string[];
  /** Hosts matched by shape rather than name (one per region). */
  hostPattern?: RegExp;
  /** Tenant names that differ only in case are different tenants (document ids); user names are case-blind. */
  caseSensitive?: true;
  /** The tenant's segments of `segments` (the path split on `/`, empty ones dropped), or null for the host's own pages. */
  tenant: (segments: readonly string[]) => readonly string[] | null;
}

/** The first `n` segments, when there are that many. */
const first = (n: number) => (s: readonly string[]) => (s.length >= n ? s.slice(0, n) : null);
/** The first two segments when the first is one of `heads` (`/r/<sub>`, `/view/<site>`). */
const under =
  (...heads: string[]) =>
  (s: readonly string[]) =>
    s.length >= 2 && heads.includes(s[0]!.toLowerCase()) ? s.slice(0, 2) : null;

/** An npm package name without its version (`pkg@1.2.0` → `pkg`, `@scope` kept whole). */
const packageName = (segment: string) => segment.replace(/(.)@.*$/, '$1');

/**
 * The table, documented in docs/architecture.md ("Article keys"). Hosts whose tenants are subdomains are not here:
 * the exact host already tells them apart in the content script, the Public Suffix List (plus site-owner.ts's
 * supplement) in the background.
 */
const PATH_TENANTS: readonly PathTenantRow[] = [
  // Amazon S3, path style: s3.amazonaws.com/<bucket>/…, s3.<region>.amazonaws.com/<bucket>/… (the list has these
  // hosts as suffixes, so the background already split them; the content script needs the row to agree).
  {
    hosts: [],
    hostPattern: /^s3(?:[.-][a-z0-9-]+)*\.amazonaws\.com(?:\.cn)?$/,
    caseSensitive: true,
    tenant: first(1),
  },
  // Google Cloud Storage, path style: storage.googleapis.com/<bucket>/… (the S3 twin is on the Public Suffix List).
  { hosts: ['storage.googleapis.com'], tenant: first(1) },
  // jsDelivr: /gh/<user>/<repo>, /npm/<package> (a scoped package is /npm/@scope/<package>), /wp/<plugin>.
  {
    hosts: ['cdn.jsdelivr.net', 'fastly.jsdelivr.net', 'gcore.jsdelivr.net'],
    tenant: (s) => {
      const named = s[1]?.startsWith('@') ? first(3)(s) : first(2)(s);
      return named && [...named.slice(0, -1), packageName(named.at(-1)!)];
    },
  },
  // unpkg: /<package>@<version>/… or /@scope/<package>@<version>/…; every version is the package owner's.
  {
    hosts: ['unpkg.com'],
    tenant: (s) =>
      s[0]?.startsWith('@') ? (s.length >= 2 ? [s[0], packageName(s[1]!)] : null) : s[0] ? [packageName(s[0])] : null,
  },
  // GitHub users' files and pages: /<user>/…
  {
    hosts: [
      'github.com',
      'www.github.com',
      'gist.github.com',
      'raw.githubusercontent.com',
      'gist.githubusercontent.com',
      'raw.githack.com',
      'rawcdn.githack.com',
      'gitlab.com',
      'codeberg.org',
      'bitbucket.org',
    ],
    tenant: first(1),
  },
  // CodePen: /<user>/pen|full|details/<id>; its full-page views are served from cdpn.io/<user>/…
  { hosts: ['codepen.io', 'cdpn.io'], tenant: first(1) },
  // Google Docs, Sheets, Slides, Forms: /document/d/<id>/…, published as /document/d/e/<id>/pub.
  // The account part (`/document/u/1/d/<id>`) is dropped: one document, whoever opened it.
  {
    hosts: ['docs.google.com'],
    caseSensitive: true,
    tenant: (s) => {
      const d = s.indexOf('d');
      if (d < 1 || d + 1 >= s.length) return null;
      return [s[0]!, ...s.slice(d, s[d + 1] === 'e' && d + 2 < s.length ? d + 3 : d + 2)];
    },
  },
  // Google Sites: /view/<site>/… (new), /site/<site>/… (classic), /a/<domain>/<site>/… (Workspace).
  {
    hosts: ['sites.google.com'],
    tenant: (s) => (s[0] === 'a' ? first(3)(s) : under('view', 'site')(s)),
  },
  // Blogs and social posts by user: /<user>/…
  {
    hosts: [
      'www.tumblr.com',
      'tumblr.com',
      'twitter.com',
      'www.twitter.com',
      'mobile.twitter.com',
      'x.com',
      'www.x.com',
    ],
    tenant: first(1),
  },
  // Reddit: /r/<subreddit>/…, /user/<name>/…, /u/<name>/…
  {
    hosts: ['reddit.com', 'www.reddit.com', 'old.reddit.com', 'new.reddit.com', 'np.reddit.com'],
    tenant: under('r', 'user', 'u'),
  },
  // LinkedIn articles are each their author's (/pulse/<slug>), as are profiles (/in/<name>).
  { hosts: ['www.linkedin.com', 'linkedin.com'], tenant: under('pulse', 'in') },
];

const ROW_OF_HOST = new Map(PATH_TENANTS.flatMap((row) => row.hosts.map((h) => [h, row] as const)));

/** The table's row for a host, or undefined. */
function rowOf(host: string): PathTenantRow | undefined {
  return ROW_OF_HOST.get(host) ?? PATH_TENANTS.find((row) => row.hostPattern?.test(host));
}

/**
 * Archives whose every page is a copy of some other site's page, named by an opaque id (`archive.ph/AbCd1`): the
 * owner is the one page. Archives that show the copied URL in their own (web.archive.org) are found by
 * {@link embedsUrl} without a list.
 */
const SNAPSHOT_HOSTS = new Set([
  'archive.ph',
  'archive.today',
  'archive.is',
  'archive.li',
  'archive.vn',
  'archive.fo',
  'archive.md',
]);

/**
 * True when the URL's path or query carries another URL: a web archive's copy (`/web/20240101/https://…`), a proxy
 * or preview (`?url=https://…`, htmlpreview's `?https://…`). Whoever made the carried page made this one, so it
 * belongs to no one else on the host.
 */
export function embedsUrl(url: URL): boolean {
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // a malformed escape: read the path as it is
  }
  // A scheme as a path segment (servers often fold `https://` to `https:/`), or a Wayback timestamp before a host.
  if (/\/https?:/i.test(path) || /^\/web\/\d{4,14}(?:[a-z]{2}_)?\/[^/]+\.[^/]+/i.test(path)) return true;
  for (const [name, value] of url.searchParams) {
    if (/^(?:https?:)?\/\/[^/]/i.test(value) || /^https?:\/\//i.test(name)) return true;
  }
  return false;
}

/**
 * How a URL narrows its host's owner: `''` when the host alone decides, `/<segments>` (lower-cased) naming a tenant
 * on a host that serves many owners by path, or `/=<path and query>` when the URL is a copy of another page (an
 * archive, a proxy) and so owns itself alone. Also `/@name` and `/~name` user paths and IPFS gateway paths
 * (`/ipfs/<cid>`, `/ipns/<name>`) on any host. Expects a URL without tracking parameters or fragment.
 */
export function tenantPathOf(url: URL): string {
  const host = url.hostname.toLowerCase();
  if (SNAPSHOT_HOSTS.has(host) || embedsUrl(url)) return `/=${url.pathname}${url.search}`;
  const segments = url.pathname.split('/').filter(Boolean);
  const row = rowOf(host);
  if (row) {
    const tenant = row.tenant(segments);
    // The host's own pages (`reddit.com/settings`) are the host's, apart from every tenant.
    if (!tenant) return '/';
    const named = tenant.join('/');
    return `/${row.caseSensitive ? named : named.toLowerCase()}`;
  }
  // IPFS content ids and names are case-sensitive; a gateway path names one of them on any host.
  if (/^ip[fn]s$/i.test(segments[0] ?? '') && segments[1]) return `/${segments[0]!.toLowerCase()}/${segments[1]}`;
  return /^[@~]/.test(segments[0] ?? '') ? `/${segments[0]!.toLowerCase()}` : '';
}
