// The visible marks of authorship and time a page's markup carries (a byline element, a <time>, a "posted" line),
// found in one walk over the elements instead of three selector queries that each traverse the whole page: in
// DOM implementations written in JavaScript a selector list is matched element by element, selector by selector.

/** What the walk found, each in document order. */
export interface PageMarks {
  /** The first byline-like element: itemprop="author", a[rel="author"], a class naming a byline or author. */
  byline: Element | null;
  /** The first <time> that dates the story (in the article, header or main, or marked published). */
  time: Element | null;
  /** The first 60 elements whose class or id mentions a date, time, posting or publishing. */
  dated: Element[];
}

/** Class words of a byline element. */
const BYLINE_CLASS = /byline|(?:^|\s)(?:author-name|article-author)(?:\s|$)/;
/** Class fragments of a date line (case-insensitive, as the selectors `[class*="date" i]` were). */
const DATED_CLASS = /date|time|posted|publish/i;
const MAX_DATED = 60;

/**
 * Walks `doc` once and returns the byline, time and dated elements, with the semantics of the selectors
 * `[itemprop="author"], a[rel="author"], [class*="byline"], .author-name, .article-author` (first match),
 * `article time[datetime], time[pubdate], time[itemprop="datePublished"], header time[datetime],
 * time.published[datetime], main time[datetime]` (first match) and
 * `[class*="date" i], [class*="time" i], [class*="posted" i], [class*="publish" i], [id*="date" i]` (first 60).
 * Never mutates `doc`.
 */
export function findPageMarks(doc: Document): PageMarks {
  const marks: PageMarks = { byline: null, time: null, dated: [] };
  const root = doc.documentElement;
  if (!root) return marks;
  let el: Element | null = root;
  while (el) {
    const cls = el.getAttribute('class');
    if (!marks.byline && isByline(el, cls)) marks.byline = el;
    if (!marks.time && el.localName === 'time' && isStoryTime(el, cls)) marks.time = el;
    if (marks.dated.length < MAX_DATED && ((cls && DATED_CLASS.test(cls)) || /date/i.test(el.id))) marks.dated.push(el);
    el = nextElement(el, root);
  }
  return marks;
}

function isByline(el: Element, cls: string | null): boolean {
  if (el.getAttribute('itemprop') === 'author') return true;
  if (el.localName === 'a' && el.getAttribute('rel') === 'author') return true;
  return !!cls && BYLINE_CLASS.test(cls);
}

function isStoryTime(el: Element, cls: string | null): boolean {
  if (el.hasAttribute('pubdate') || el.getAttribute('itemprop') === 'datePublished') return true;
  if (!el.hasAttribute('datetime')) return false;
  if (cls && /(?:^|\s)published(?:\s|$)/.test(cls)) return true;
  return !!el.closest('article, header, main');
}

/** The next element in document order below `root`, or null. */
function nextElement(el: Element, root: Element): Element | null {
  if (el.firstElementChild) return el.firstElementChild;
  let cur: Element | null = el;
  while (cur && cur !== root) {
    if (cur.nextElementSibling) return cur.nextElementSibling;
    cur = cur.parentElement;
  }
  return null;
}
