// The one way a URL is written into an export: only http(s), normalised, and with every character that could end
// a Markdown link, an autolink, an HTML attribute or a CSV cell percent-encoded, so a stored URL is always one link.
import { normalizeHttpUrl } from '../article/canonical-url';

/** Characters `URL` leaves as they are but that are syntax in Markdown (`()[]<>\``), HTML (`'"`) or both. */
const SYNTAX = /[()[\]<>`'"\\\s]/g;

/**
 * `url` fit for any export format: an http(s) URL in normal form with Markdown/HTML syntax characters
 * percent-encoded (`%28` for `(`…, which servers and text fragments read as the same URL), or null for any other
 * scheme, which must never become a link. Pure.
 */
export function exportableUrl(url: string): string | null {
  const normal = normalizeHttpUrl(url);
  return normal && normal.replace(SYNTAX, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
