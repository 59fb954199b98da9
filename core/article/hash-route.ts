// Which part of a URL's fragment names an article. Kept apart from canonical-url.ts so the page's bootstrap, which
// every page pays for, carries these two functions and nothing else.

/**
 * True when a URL's fragment is a route of a single-page app rather than a place in the page: a hash-bang (`#!/story/1`,
 * `#!story`) or a path (`#/news/a`), as hash-routed apps and Google's old AJAX-crawling scheme write them. A bare
 * `#!`, `#/` or `#!/` routes nowhere and counts as no route. Such a fragment says which story the page shows: every
 * story of a hash-routed app would otherwise share one key, and one story's page could paint and read another's notes.
 */
export function isHashRoute(hash: string): boolean {
  return /^#(?:!\/?|\/)[^/#?\s]/.test(hash);
}

/**
 * The URL without its fragment, unless the fragment is a hash route ({@link isHashRoute}): a jump to an anchor
 * (`#comments`, `#section-2`) is the same article; `#!/story/2` is another. A plain string operation, so the page's
 * bootstrap and the background's sender check agree with the key for any string.
 */
export function withoutAnchor(url: string): string {
  const at = url.indexOf('#');
  if (at < 0) return url;
  return isHashRoute(url.slice(at)) ? url : url.slice(0, at);
}
