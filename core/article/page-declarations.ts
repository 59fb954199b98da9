// What a page says it is, in the vocabularies publishers use: schema.org types in JSON-LD and in microdata.
// Only the page's own top-level items count: an article card inside a listing, or a product reviewed inside an
// article, says nothing about the page itself.

/** schema.org types (local names) that declare one article. */
const ARTICLE_TYPES =
  /^(?:\w*NewsArticle|Article|BlogPosting|LiveBlogPosting|ReportageNews|Report|ScholarlyArticle|TechArticle)$/;
/** schema.org types that declare a product, a listing, search results or a profile. */
const LISTING_TYPES =
  /^(?:CollectionPage|SearchResultsPage|ItemList|Product|ProductGroup|Offer|AggregateOffer|ProfilePage)$/;
/** The same, found anywhere in text that is not valid JSON (templates break JSON-LD more often than one thinks). */
const ARTICLE_LD_TEXT =
  /"@type"\s*:\s*(?:\[[^\]]*?)?"(?:https?:\/\/schema\.org\/)?(?:\w*NewsArticle|Article|BlogPosting|LiveBlogPosting|ReportageNews|Report|ScholarlyArticle|TechArticle)"/;
const LISTING_LD_TEXT =
  /"@type"\s*:\s*(?:\[[^\]]*?)?"(?:https?:\/\/schema\.org\/)?(?:CollectionPage|SearchResultsPage|ItemList|Product|ProfilePage)"/;
/** JSON-LD blocks longer than this (characters) are not parsed: only searched. */
const MAX_LD_CHARS = 200_000;

export type Declared = 'article' | 'listing' | null;

/** The local name of a schema.org type: "https://schema.org/NewsArticle" and "schema:NewsArticle" give "NewsArticle". */
function localName(type: unknown): string {
  return typeof type === 'string' ? type.replace(/^.*[/:#]/, '') : '';
}

function typesOf(node: unknown): string[] {
  if (!node || typeof node !== 'object') return [];
  const t = (node as Record<string, unknown>)['@type'];
  return (Array.isArray(t) ? t : [t]).map(localName);
}

/**
 * What one JSON-LD script declares about its page: 'article' when a top-level item (or the @graph's items, or a
 * page's mainEntity) is an article type, else 'listing' for a collection, search results, a product or a profile,
 * else null. An article type wins over a listing one (a news page also lists its breadcrumbs and related items).
 * Invalid JSON is searched as text. Pure; never throws.
 */
export function jsonLdDeclares(text: string): Declared {
  if (text.length > MAX_LD_CHARS) return declaredInText(text.slice(0, MAX_LD_CHARS));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // Broken JSON-LD (trailing commas, HTML comments, two objects back to back) still says what the page is.
    return declaredInText(text);
  }
  const top = Array.isArray(data) ? data : [data];
  const nodes: unknown[] = [];
  for (const n of top) {
    if (!n || typeof n !== 'object') continue;
    const graph = (n as Record<string, unknown>)['@graph'];
    nodes.push(n, ...(Array.isArray(graph) ? graph : []));
  }
  let listing = false;
  for (const n of nodes) {
    const main = (n as Record<string, unknown> | null)?.mainEntity;
    const types = [...typesOf(n), ...(Array.isArray(main) ? [] : typesOf(main))];
    if (types.some((t) => ARTICLE_TYPES.test(t))) return 'article';
    listing ||= types.some((t) => LISTING_TYPES.test(t));
  }
  return listing ? 'listing' : null;
}

function declaredInText(text: string): Declared {
  return ARTICLE_LD_TEXT.test(text) ? 'article' : LISTING_LD_TEXT.test(text) ? 'listing' : null;
}

/**
 * What a microdata itemtype declares: 'article', 'listing' or null. Only top-level items count: a product nested in
 * an article (a review's itemReviewed) or an article card nested in a listing says nothing about the page itself.
 */
export function itemTypeDeclares(el: Element): Declared {
  const types = (el.getAttribute('itemtype') ?? '').trim().split(/\s+/).map(localName);
  const kind = types.some((t) => ARTICLE_TYPES.test(t))
    ? 'article'
    : types.some((t) => LISTING_TYPES.test(t))
      ? 'listing'
      : null;
  if (!kind || el.parentElement?.closest('[itemscope]')) return null;
  return kind;
}

/**
 * A byline's link: `rel="author"` (HTML5's link type for the author of the article the link sits in, or of the
 * page), to somewhere (an author's page, a profile). A blog's front page prints one per post.
 */
export function isAuthorLink(a: Element): boolean {
  const rel = a.getAttribute('rel');
  return rel !== null && /(?:^|\s)author(?:\s|$)/i.test(rel) && a.hasAttribute('href');
}
