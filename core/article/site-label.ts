// The site an article is shown under: a label for readers (lists, filters, exports), not a decision about who owns
// a page. Ownership (which pages may name each other, whose notes a page may touch) is `siteOf` in site-owner.ts, by
// the Public Suffix List; this label needs no list, so pages that only show articles do not carry one.
import type { ArticleRecord } from '../types';

/**
 * The site's own name when the page declared one (`og:site_name`), else the URL's host without a leading "www.",
 * or "" when the URL is not one. A declared name that does not name its host carries the host after it ("Reuters ·
 * evil.example", `unnamedHost`), so the library's site filter, the source ledger's outlets and every export tell a
 * page calling itself "Reuters" apart from Reuters (red team 50, I). Pure.
 */
export function siteLabel(article: Pick<ArticleRecord, 'siteName' | 'url'>): string {
  const host = article.siteName ? unnamedHost(article) : null;
  return host ? `${article.siteName} · ${host}` : pageSiteLabel(article);
}

/**
 * The site's declared name alone, else the URL's host without a leading "www.", or "" when the URL is not one: for
 * the card of the page the reader is on (popup, sidebar), where the browser's address bar shows the host beside it
 * and a second line of "· host" would push the key facts down. Everywhere the reader is away from the page (library,
 * ledger, exports) `siteLabel` names the host too. Pure.
 */
export function pageSiteLabel(article: Pick<ArticleRecord, 'siteName' | 'url'>): string {
  if (article.siteName) return article.siteName;
  try {
    return new URL(article.url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/**
 * The host of an article whose declared site name does not name it, for a list that shows the name: a page of
 * `evil.example` calling itself "Reuters" (`og:site_name`) was listed as Reuters beside the reader's real Reuters
 * articles, with no host in sight (red team 50, I). Null when no name was declared, or when the name holds the host's
 * own name, the label before its suffix (the last label, or the last two where the one before is two or three letters:
 * `co.uk`, `com.au`), compared without case, accents, spaces or punctuation, as one word of the name or several in a
 * row, never as letters inside a word (`ters.com` does not carry "Reuters"; the honest cost: "Houston Chronicle" at
 * chron.com is shown with its host): "The Guardian" names theguardian.com, "BBC News" bbc.co.uk, "Washington Free Beacon"
 * freebeacon.com; "Reuters" does not name x.eu.org (red team 53), nor "The New York Times" nytimes.com, and each is
 * shown with its host. An address by number (127.0.0.1) is never named. Pure.
 */
export function unnamedHost(article: Pick<ArticleRecord, 'siteName' | 'url'>): string | null {
  if (!article.siteName?.trim()) return null;
  let host: string;
  try {
    host = new URL(article.url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
  if (!host) return null;
  const words = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u);
  const fold = (text: string) => words(text).join('');
  const labels = host.split('.');
  const byNumber = /^[\d.]+$/.test(host) || host.startsWith('[');
  const short = labels.length >= 3 && labels.at(-2)!.length <= 3 && labels.at(-1)!.length === 2;
  const own = byNumber ? '' : fold((short ? labels.at(-3) : labels.at(-2)) ?? labels[0] ?? '');
  if (own.length < 2) return host;
  // Two or three letters ("bbc", "ap") sit inside many names: they name the site only as a word of its name, or a
  // free host's label would do ("eu" of `eu.org`, where anyone may have a site, is inside "Reuters": red team 53).
  const named = words(article.siteName).filter(Boolean);
  if (own.length <= 3) return named.includes(own) ? null : host;
  // Longer labels name the site only as whole words of its name, one after another ("freebeacon" of "Washington Free
  // Beacon"): letters inside the name would let anyone's look-alike domain pass, `ters.com` for "Reuters".
  for (let i = 0; i < named.length; i++) {
    let run = '';
    for (let j = i; j < named.length && run.length < own.length; j++) {
      run += named[j];
      if (run === own) return null;
    }
  }
  return host;
}

/**
 * An article's address as a reader tells two apart: host without "www.", path and a `#!`/`#/` route, no scheme, query
 * or trailing slash ("news.example/2024/05/story"). Longer than `max` characters, its middle gives way to "…" (host
 * and the path's end are what differ). The URL itself when it does not parse. Pure.
 */
export function addressLabel(url: string, max = 60): string {
  let s = url;
  try {
    const u = new URL(url);
    const route = /^#[!/]/.test(u.hash) ? u.hash : '';
    s = `${u.hostname.replace(/^www\./, '')}${route ? u.pathname : u.pathname.replace(/\/$/, '')}${route}`;
  } catch {
    // not a URL: shown as it is, shortened the same way
  }
  if (s.length <= max) return s;
  const head = Math.ceil((max - 1) / 2);
  return `${s.slice(0, head)}…${s.slice(s.length - (max - 1 - head))}`;
}
