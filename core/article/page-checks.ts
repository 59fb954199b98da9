// Cheap checks on a whole document: is it something Lede can read at all (HTML, not a frameset, not huge), and does
// it look like one article rather than a home page, a listing, search results or a login form. The page's shape is
// measured in page-measure.ts and judged in article-rule.ts; this file owns the limits and the public verdicts.
// The pre-check alone: importing the package's main entry would put all of Readability in the content script.
// The file is CommonJS with `module.exports = isProbablyReaderable` and has no types of its own, hence the default
// import and the cast to the signature the package's index.d.ts declares.
import readerableCheck from '@mozilla/readability/Readability-readerable.js';

import { isDocumentationPage } from './documentation-rule';
import {
  isExcerptList,
  isFormPage,
  isListingShaped,
  isLoginWall,
  isPostList,
  isProductPage,
  isResultsPage,
  looksLikeArticle,
  type PageShape,
} from './article-rule';
import { isKeywordLanding } from './headline-rule';
import { MAX_ELEMENTS, measurePage } from './page-measure';
import { isServicePage } from './service-pages';
import { isGreetingPage } from './title-rule';

const isProbablyReaderable = readerableCheck as unknown as typeof import('@mozilla/readability').isProbablyReaderable;

/** Documents with more text than this (characters) are refused, as pages past {@link MAX_ELEMENTS} elements are. */
export const MAX_TEXT_CHARS = 3_000_000;

/**
 * Why a document cannot be read as an article at all, or null when it can be tried. Never throws on odd input.
 * `cheap` skips the checks that read the whole text (for the per-page-load detector, whose paragraph measure
 * rejects text-less pages anyway).
 */
export function unreadableReason(doc: unknown, cheap = false): string | null {
  const structural = structuralReason(doc);
  if (structural) return structural;
  const d = doc as Document;
  // Element count first: a live collection's length is cheap, and it keeps a huge page from being read further.
  const elements = d.getElementsByTagName('*').length;
  if (elements > MAX_ELEMENTS) return `page too large: ${elements} elements (limit ${MAX_ELEMENTS})`;
  if (cheap) return null;
  const text = d.body!.textContent ?? '';
  if (text.length > MAX_TEXT_CHARS) return `page too large: more than ${MAX_TEXT_CHARS} characters of text`;
  if (!/\S/.test(text)) return 'empty document: no text';
  return null;
}

/** The checks of {@link unreadableReason} that look only at the top of the tree (no size or text checks). */
function structuralReason(doc: unknown): string | null {
  const d = doc as Document | null | undefined;
  if (!d || typeof d !== 'object' || typeof d.querySelector !== 'function') return 'not a document';
  const root = d.documentElement;
  if (!root) return 'empty document: no root element';
  if (String(root.tagName).toLowerCase() !== 'html')
    return `not an HTML document: the root element is <${String(root.tagName).toLowerCase()}> (XML or another format)`;
  // Looking only at the root's children: a selector query would traverse a huge page before the size check.
  const top = [...Array.from(root.children), ...Array.from(d.body?.children ?? [])];
  if (top.some((c) => c.tagName.toLowerCase() === 'frameset'))
    return 'the page is a frameset: its content is in frames, which are separate documents';
  const body = d.body;
  if (!body || typeof body !== 'object') return 'empty document: no body';
  const kids = Array.from(body.children);
  if (kids.length === 1 && kids[0]!.tagName.toLowerCase() === 'pre' && !d.head?.querySelector('title, meta'))
    return 'plain-text document: no markup to find an article in';
  return null;
}

/**
 * Cheap pre-check run on every page load: true when the page probably holds one article Lede can extract.
 * Says no to empty, non-HTML, framesets and oversized documents, home pages and listings, search results and login
 * forms. One pass over the paragraphs; never mutates `doc`; never throws (false on any failure).
 */
export function isProbablyArticle(doc: Document): boolean {
  try {
    if (structuralReason(doc) !== null) return false;
    // The walk stops (throws) past MAX_ELEMENTS: no separate count of the page's elements.
    return judge(measurePage(doc), doc);
  } catch {
    // A page whose scripts broke DOM methods is not one Lede can read; saying no is the safe answer.
    return false;
  }
}

/**
 * True when the page has more elements than the measure reads ({@link MAX_ELEMENTS}): {@link isProbablyArticle} says
 * no there without judging. A page can pad itself past the limit with hidden empty elements to have its article
 * taken for none; callers that only offer the reader something (the selection toolbar) treat it as unjudged, not as
 * "no article". A live collection's length: cheap, and read only once the check has said no.
 */
export function isTooLargeToJudge(doc: Document): boolean {
  try {
    return doc.getElementsByTagName('*').length > MAX_ELEMENTS;
  } catch {
    return false;
  }
}

/** The verdict over a measured page (may throw where the page broke DOM methods: callers catch). */
function judge(shape: PageShape, doc: Document): boolean {
  if (looksLikeArticle(shape)) return true;
  // Prose kept in <div>s with <br>s or <pre> has no paragraphs to measure; when the page declares itself an
  // article and shows no listing signature (nor a forum thread's posts, since run W), Readability's own pre-check
  // decides.
  return (
    shape.declaresArticle &&
    !shape.forumThread &&
    !isServicePage(shape) &&
    !isListingShaped(shape) &&
    !isExcerptList(shape) &&
    isProbablyReaderable(doc)
  );
}

/**
 * {@link isProbablyArticle}'s answer with, when it is no, why in a reader's words, for the popup's "no article" state:
 * what the page looks like instead (an error page, documentation, a log-in form, a shop, a front page or list) or,
 * failing a kind, what is missing. The page is measured once. Never throws.
 */
export function articleVerdict(doc: Document): { isArticle: true } | { isArticle: false; reason: string } {
  let shape: PageShape | null = null;
  try {
    if (structuralReason(doc) === null) {
      shape = measurePage(doc);
      if (judge(shape, doc)) return { isArticle: true };
    }
  } catch {
    shape = null;
  }
  const reason =
    unreadableReason(doc) ??
    (shape ? reasonFromShape(shape) : 'The page could not be measured: it may be too large or broken.');
  return { isArticle: false, reason };
}

/** What a page the rule said no to looks like, in the order the rule (looksLikeArticle) says no. */
function reasonFromShape(shape: PageShape): string {
  const list = 'The page looks like a front page or a list of links or posts rather than one article.';
  if (shape.errorPage) return 'The page says it is an error page ("Page not found") rather than an article.';
  if (shape.forumThread) return 'The page looks like a forum thread (several posts) rather than one article.';
  // A story whose address or title shares a word with a service page (since run AE) is judged on its other marks.
  if (isServicePage(shape)) {
    if (shape.rootAddress)
      return "The page's address is the site's root: it looks like the front page, not one article.";
    if (shape.accountTitle && shape.hasPassword)
      return 'The page looks like a log-in form or a sign-up page (its title says so, beside a password field) rather than an article.';
    if (shape.serviceAddress === 'contact')
      return 'The page looks like a contact page (so its address says) rather than one article.';
    if (shape.serviceAddress === 'account')
      return 'The page looks like a log-in form or a sign-up page (so its address says) rather than an article.';
    if (shape.contactTitle) return 'The page looks like a contact page (so its title says) rather than one article.';
    return 'The page looks like a log-in form or a sign-up page (its title says so) rather than an article.';
  }
  if (isDocumentationPage(shape))
    return 'The page looks like documentation (code in nearly every sentence) rather than one article.';
  if (isExcerptList(shape) || (!shape.declaresArticle && (isPostList(shape) || isKeywordLanding(shape)))) return list;
  if (isGreetingPage(shape))
    return "The page looks like a site's front page (its title is a greeting) rather than one article.";
  if (!shape.declaresArticle && isFormPage(shape))
    return 'The page looks like a search or a form (its text sits among many fields to fill in) rather than one article.';
  if (!shape.declaresArticle && (shape.declaresListing || isProductPage(shape) || isResultsPage(shape)))
    return 'The page looks like a shop, a product or a list of results rather than one article.';
  if (isLoginWall(shape)) return 'The page looks like a log-in form rather than an article.';
  if (isListingShaped(shape)) return list;
  return 'The page has too little running text, or too many separate pieces of it, to be one article.';
}
