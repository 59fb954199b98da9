// What a link inside a heading is, for the detector's walk (page-measure.ts): a headline leading to another page
// (a listing's signature), a wiki's edit control, or the heading's own permalink (a documentation generator's mark).
// Each test looks at one link and its heading, so the walk stays one pass.

/** A link that is most of its heading's text and points at another page of the same site. */
export function isHeadlineToOwnSite(a: Element): boolean {
  const href = a.getAttribute('href') ?? '';
  if (href.startsWith('#') || /^(javascript|mailto):/i.test(href)) return false;
  const heading = a.closest('h1, h2, h3, h4');
  const text = (a.textContent ?? '').trim().length;
  if (!heading || text < 0.8 * (heading.textContent ?? '').trim().length) return false;
  if (!/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href)) return true;
  try {
    return new URL(href, a.ownerDocument.URL).hostname === new URL(a.ownerDocument.URL).hostname;
  } catch {
    return false;
  }
}

/**
 * A wiki's "[edit]" link beside each section's heading (MediaWiki's `action=edit`, Wikipedia's and most wikis'):
 * a control on a heading of the article, not a headline leading to another page.
 */
const EDIT_ACTION = /[?&](?:ve)?action=edit(?:&|$)/;

export function isEditLink(a: Element): boolean {
  return EDIT_ACTION.test(a.getAttribute('href') ?? '');
}

/** A letter or a digit: a permalink's text has none ("¶", "#", "§", an icon, nothing). */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whether link `a`, inside `heading`, is the heading's permalink: it leads to the heading's own anchor (the id of the
 * heading, of the link, of the section the heading opens, or of an empty anchor set just before it) and its text has
 * no letter or digit. Documentation generators set one on every heading (Sphinx's "¶", Node.js's "#", MkDocs' empty
 * headerlink styled as "¶"); a "Comments »" heading's link leads elsewhere (to the comment form).
 */
export function isPermalinkOf(a: Element, heading: Element): boolean {
  const href = a.getAttribute('href') ?? '';
  if (href.length < 2 || href[0] !== '#' || LETTER_OR_DIGIT.test(a.textContent ?? '')) return false;
  const target = href.slice(1);
  return (
    target === heading.id ||
    target === a.id ||
    target === heading.parentElement?.id ||
    target === heading.previousElementSibling?.id
  );
}
