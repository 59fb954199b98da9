// Where a block's prose belongs, for the walk that measures a page (page-measure.ts): the element whose paragraphs
// form one run with it, and whether it sits in page chrome (navigation, asides, footers, links).

/** Tags that wrap a paragraph without ending the article's run of prose (quotes, inline wrappers). */
const WRAPPERS = /^(blockquote|span|font|b|i|em|strong|center|figure)$/i;

/**
 * The element whose paragraphs count as one run: the parent, skipping quote/inline wrappers and single-child divs;
 * for a table cell that is its row's only cell and holds no link, the row's table (since run AB).
 */
export function proseContainer(p: Element): Element {
  let el = p.parentElement ?? p;
  for (let i = 0; i < 4 && el.parentElement; i++) {
    if (WRAPPERS.test(el.tagName) || (el.tagName.toLowerCase() === 'div' && el.children.length === 1))
      el = el.parentElement;
    else break;
  }
  return (el.localName === 'tr' && paragraphRowTable(el)) || el;
}

/**
 * Old news templates set a story one paragraph per table row (`<tr><td class="bodyText">…</td></tr>`, an ad in a row
 * between): each row held a run of one paragraph, and runs of one paragraph never add up, so a three-paragraph item
 * read as its longest sentence. A row of one cell with no link in it is a paragraph of its table: the table is the
 * run. A teaser's row links to its story (a headline, "more"), and a row of several cells is a grid's, so neither
 * joins.
 */
function paragraphRowTable(row: Element): Element | null {
  if (row.children.length !== 1 || row.querySelector('a[href]')) return null;
  const group = row.parentElement;
  const table = group && /^t(?:body|head|foot)$/.test(group.localName) ? group.parentElement : group;
  return table?.localName === 'table' ? table : null;
}

/** Where page chrome lives; prose inside it is not the page's content. */
// Not <form>: ASP.NET pages wrap the whole page, article included, in one.
const CHROME = 'nav, aside, footer, a, [role="navigation"], [role="complementary"]';

/**
 * Whether a block sits in page chrome. A block inside the element the publisher marks as the article's text
 * (itemprop="articleBody") is not, even when a template wraps the whole story in an <aside> or a <nav>: only chrome
 * inside that body (a link, a box beside the text) still is. Nor is a block whose nearest chrome is one of
 * `headedAsides`, the <aside> that holds the page's only <h1> (since run AB): a theme that sets the post itself,
 * headline and text, in an `<aside class="blogPost">`. A sidebar is headed by an <h2> or less, or, in themes that
 * head every widget with an <h1>, shares that tag with the others and with the story's headline.
 */
export function isChrome(el: Element, headedAsides?: ReadonlySet<Element>): boolean {
  const chrome = el.closest(CHROME);
  if (!chrome) return false;
  if (headedAsides?.has(chrome)) return false;
  const body = el.closest('[itemprop="articleBody"]');
  return !body || !chrome.contains(body);
}

/** A "Read also" box of headlines set inside the story's run: an aside or a navigation block, not excerpts of posts. */
export const RELATED_BOX = 'aside, nav, [role="complementary"], [role="navigation"]';
