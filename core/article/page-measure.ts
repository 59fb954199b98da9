// The walk that measures a page's shape for the article rule (article-rule.ts): its runs of prose, linked
// headlines, declarations, marks of posts, shops and dates, all read in one pass over the elements. Never mutates the
// document; stops past MAX_ELEMENTS elements.
import type { PageShape } from './article-rule';
import { isCodeText } from './code-listing';
import { isEditLink, isHeadlineToOwnSite, isPermalinkOf } from './heading-links';
import { isLinkedLineHead } from './line-heads';
import { isAuthorLink, itemTypeDeclares, jsonLdDeclares } from './page-declarations';
import { ownProse, TEXT_BLOCKS } from './own-prose';
import { isAccountTitle, isBareAccountTitle, isContactTitle, isRootPage, serviceAddressKind } from './service-pages';
import { isChrome, proseContainer, RELATED_BOX } from './prose-place';
import { comparableText, isTitleInHeading } from './title-match';
import {
  isCartControl,
  isDateStamp,
  isErrorHeadline,
  commentMarkOf,
  isForumPost,
  isInsideForumPost,
  isInComments,
  isDocumentationTitle,
  isGreetingTitle,
  isKeywordTitle,
  isPostLinkText,
} from './page-signals';

/** Documents with more elements than this are refused: beyond it extraction stops being interactive. */
export const MAX_ELEMENTS = 60_000;
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4']);
/**
 * Dated headings are read only while the page has this few date stamps: past it, the page is a list of dated things
 * whatever more it holds (the rule's limit is three), and a changelog's hundred dated headings need not be read.
 */
const DATED_HEADING_MAX_STAMPS = 3;
const CODE_TAGS = new Set(['code', 'tt', 'kbd', 'samp']);
/**
 * Input types a visitor fills in or picks (a search box, a filter's checkboxes, a form's name and e-mail), as
 * opposed to the hidden fields and buttons a page's framework adds (ASP.NET wraps every page, article included, in
 * one <form> with hidden state fields). A missing type is a text field.
 */
const FILLED_INPUT = /^(?:|text|search|email|tel|url|number|date|checkbox|radio)$/;
/** Form fields remembered for the main run's count (a search page's filters are dozens; more need not be read). */
const MAX_FIELDS = 200;
/**
 * <meta> names by which news systems declare a page's publication date, besides article:published_time: older and
 * other CMSs' ways of saying "this page is a story published on…" ("OriginalPublicationDate", "pubdate",
 * Parse.ly's and Sailthru's tags). Not a bare "date": sites stamp every page with one.
 */
const PUBLISHED_META = new Set([
  'originalpublicationdate',
  'publicationdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'pubdate',
  'pub_date',
  'parsely-pub-date',
  'sailthru.date',
]);
/** Class names of an element that holds a headline: "headline", "articleHeading", "story-title", "entry-title". */
const HEADLINE_CLASS = /headline|heading|title/i;
/** Tags such a headline is set in (headings are looked at anyway). */
const HEADLINE_TAGS = new Set(['div', 'span', 'td', 'b', 'strong', 'font']);

/** A run of prose under one parent: its characters, its paragraphs, and whether a dateline opens it. */
interface Run {
  chars: number;
  count: number;
  dated: boolean;
  /** The last heading (h1-h4) before its first block: its headline when the run is one item's text. */
  head?: Element | null;
  /** Characters of its short one-sentence paragraphs, added to `chars` once the walk ends if it has a paragraph. */
  short?: number;
}

/**
 * Whether the block `date` (whose text carried a date stamp, seen before the run's first paragraph) is the run's
 * dateline: inside the run's container or the block around it (the story's header), not in the page's header
 * (a "Today is Monday, May 6, 2024" line), which only the <body> holds together with the run.
 */
function isDatelineOf(date: Element | null, run: Element): boolean {
  const scope = run.parentElement;
  if (!date || !scope || scope.localName === 'body' || scope.localName === 'html') return false;
  return scope.contains(date);
}

/** Page too large to measure (more elements than {@link MAX_ELEMENTS}). */
class PageTooLargeError extends Error {
  override name = 'PageTooLargeError';
}

/**
 * Measures the page shape in one walk over its elements (firstElementChild / nextElementSibling: live collections
 * and selector queries cost several times more in DOM implementations written in JS). Never mutates `doc`.
 * Throws PageTooLargeError past {@link MAX_ELEMENTS} elements.
 */
export function measurePage(doc: Document): PageShape {
  const groups = new Map<Element, Run>();
  /** Each run's first block: a comment's or a forum post's class can sit between the block and the run's container. */
  const firstBlocks = new Map<Element, Element>();
  const headlines: Element[] = [];
  const allHeadings: Element[] = [];
  /** Elements classed as a headline or title (old templates set the headline in a styled <span> or <td>). */
  const namedHeadlines: Element[] = [];
  /** Linked headlines set as bold lines of their own (line-heads.ts), since run Y. */
  const linkedLines: Element[] = [];
  /** Fields a visitor fills in or picks (text, checkboxes, <select>, <textarea>), since run AA. */
  const fields: Element[] = [];
  /** The <aside> holding the page's only <h1>: a post set in an aside, headline and all, is no sidebar (run AB). */
  const headedAsides = new Set<Element>();
  let ogType = '';
  /** The first canonical link's href and og:url's content (null when absent): the page's own address. */
  let canonical: string | null = null;
  let ogUrl: string | null = null;
  let publishedTime = false;
  let ldArticle = false;
  let ldListing = false;
  let ldSeen = 0;
  let itemArticle = false;
  let itemListing = false;
  let hasPassword = false;
  /** <h1>s on the page, and the last heading (h1-h4) the walk passed. */
  let h1s = 0;
  let lastHeading: Element | null = null;
  let articleBody = false;
  let articleElements = 0;
  let postLinks = 0;
  let cartControls = 0;
  /** Code set in the text (<code>, <tt>, <kbd>, <samp>): a documentation page's API names, options and commands. */
  let codeElements = 0;
  /** Blocks classed as a forum post (phpBB's "postbody"…), counted up to two: one post is a page's text, two a thread. */
  let forumPosts = 0;
  /** Forum posts counted once each (the outermost marked block), up to two: a thread, since run W. */
  let threadPosts = 0;
  /** Headings carrying a permalink to themselves, and the last one counted (one per heading). */
  let permalinkHeadings = 0;
  let permalinked: Element | null = null;
  let timeElements = 0;
  /** `<time pubdate>`: HTML5's mark of the publication date of the page's article (since run Z). */
  let pubdates = 0;
  /** `<a rel="author">` links outside comments (a byline's), up to five, and their distinct targets (since run Z). */
  let authorLinks = 0;
  const authorHrefs = new Set<string>();
  let authorLink: Element | null = null;
  /** Characters of the blocks that would be prose but are code set in a <pre> (see below). */
  let codeListingChars = 0;
  /**
   * The <pre> the walk is inside, if any, and whether its text is code (read once, when a block in it first reads as
   * prose). Blocks inside it are preformatted too: Sphinx wraps each class of a module's source in a <div>.
   */
  let pre: Element | null = null;
  let preIsCode: boolean | null = null;
  let count = 0;
  const page = { chars: 0, linkChars: 0, prices: 0, dates: 0, counters: 0 };
  const root = doc.documentElement;
  let heading: Element | null = null;
  /** The last block whose own text carried a date stamp. */
  let lastDate: Element | null = null;
  /** The heading whose link was last counted as a linked headline. */
  let headlineCounted: Element | null = null;
  let el: Element | null = root.firstElementChild;
  while (el) {
    if (++count > MAX_ELEMENTS) throw new PageTooLargeError(`more than ${MAX_ELEMENTS} elements`);
    const tag = el.localName;
    // Whether the title names the page's subject matters only to a page that has not declared an article (the
    // <head>'s og:type or published time come before the body): elsewhere the class is not read.
    if (
      namedHeadlines.length < 20 &&
      HEADLINE_TAGS.has(tag) &&
      ogType !== 'article' &&
      !publishedTime &&
      HEADLINE_CLASS.test(el.getAttribute('class') ?? '')
    )
      namedHeadlines.push(el);
    if (el.hasAttribute('itemtype')) {
      const kind = itemTypeDeclares(el);
      itemArticle ||= kind === 'article';
      itemListing ||= kind === 'listing';
    }
    if (TEXT_BLOCKS.has(tag)) {
      // schema.org's articleBody sits on the block that holds the text: looked for only on blocks.
      if (!articleBody && el.getAttribute('itemprop') === 'articleBody') articleBody = true;
      if ((forumPosts < 2 || threadPosts < 2) && isForumPost(el)) {
        forumPosts = Math.min(2, forumPosts + 1);
        if (threadPosts < 2 && !isInsideForumPost(el)) threadPosts++;
      }
      const datesBefore = page.dates;
      let prose = ownProse(el, page);
      // A reader's comment carries its own date: not the page's dateline, and not one of a list of dated things.
      if (page.dates > datesBefore) {
        if (isInComments(el)) page.dates = datesBefore;
        else lastDate = el;
      }
      if (tag === 'pre' && !pre) {
        pre = el;
        preIsCode = null;
      }
      // Code set in a <pre> (a module's source, a tutorial's listing) has full stops, and its lines read as one long
      // paragraph: it is not prose. A story set in <pre> (an old plain-text release, an RFC) still is. The whole
      // <pre> is judged, not each block in it: a class of nearly only docstrings is still part of a module's code.
      if (prose && pre) {
        preIsCode ??= isCodeText(pre.textContent ?? '');
        if (preIsCode) {
          if (!isChrome(el, headedAsides)) codeListingChars += prose.chars;
          prose = null;
        }
      }
      if (prose && !isChrome(el, headedAsides)) {
        // A <p> (or a block written as one) runs with its siblings under their parent; a block of loose text with
        // <br>s is its own run.
        const parent = tag === 'p' || prose.paragraphs === 1 ? proseContainer(el) : el;
        let g = groups.get(parent);
        if (!g) {
          g = { chars: 0, count: 0, dated: isDatelineOf(lastDate, parent), head: lastHeading };
          firstBlocks.set(parent, el);
        }
        if (prose.short) g.short = (g.short ?? 0) + prose.chars;
        else {
          g.chars += prose.chars;
          g.count += prose.paragraphs;
        }
        groups.set(parent, g);
      }
      if (tag === 'article') articleElements++;
    } else if (tag === 'a') {
      if (authorLinks < 5 && isAuthorLink(el) && !isInComments(el)) {
        authorLinks++;
        authorHrefs.add(el.getAttribute('href')!);
        authorLink = el;
      }
      if (heading && heading !== permalinked && isPermalinkOf(el, heading)) {
        permalinkHeadings++;
        permalinked = heading;
      }
      // One per heading: a heading holding several links is a menu set in a heading, not several headlines.
      if (heading && heading !== headlineCounted && el.hasAttribute('href') && !isEditLink(el)) {
        headlines.push(el);
        headlineCounted = heading;
      } else if (!el.firstElementChild) {
        const text = (el.textContent ?? '').trim();
        if (isPostLinkText(text) && !isInComments(el)) postLinks++;
        else if (isCartControl(el)) cartControls++;
      }
    } else if (tag === 'b' || tag === 'strong') {
      if (linkedLines.length < 200 && isLinkedLineHead(el)) linkedLines.push(el);
    } else if (tag === 'button') {
      if (isCartControl(el)) cartControls++;
    } else if (tag === 'select' || tag === 'textarea') {
      if (fields.length < MAX_FIELDS) fields.push(el);
    } else if (CODE_TAGS.has(tag)) {
      codeElements++;
    } else if (tag === 'time') {
      timeElements++;
      if (el.hasAttribute('pubdate') && !isInComments(el)) pubdates++;
    } else if (HEADINGS.has(tag)) {
      heading ??= el;
      if (tag === 'h1') {
        h1s++;
        // The page's only <h1>, in an aside, is the post's headline; themes that head every sidebar widget with an
        // <h1> (HTML5's sectioning style) have many. Counted once, and only on a page whose first <h1> is in one.
        const box = h1s === 1 ? el.closest('aside') : null;
        if (box && doc.getElementsByTagName('h1').length === 1) headedAsides.add(box);
      }
      lastHeading = el;
      if (allHeadings.length < 200) allHeadings.push(el);
      // A heading that is only a date is a dateline too: blog software of the 2000s and 2010s (Blogger's and
      // TypePad's "date-header") sets a post's date as an <h2> above its title. Only the heading's whole text.
      if (page.dates <= DATED_HEADING_MAX_STAMPS) {
        const text = (el.textContent ?? '').trim();
        if (text.length <= 60 && isDateStamp(text) && !isInComments(el)) {
          page.dates++;
          lastDate = el;
        }
      }
    } else if (tag === 'meta') {
      const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? '').toLowerCase();
      if (key === 'og:type') ogType = (el.getAttribute('content') ?? '').toLowerCase().trim();
      else if (key === 'og:url') ogUrl ??= el.getAttribute('content') ?? '';
      else if (key === 'article:published_time' || PUBLISHED_META.has(key)) publishedTime = true;
    } else if (tag === 'link') {
      if (canonical === null && /(?:^|\s)canonical(?:\s|$)/i.test(el.getAttribute('rel') ?? ''))
        canonical = el.getAttribute('href') ?? '';
    } else if (tag === 'script') {
      if (ldSeen < 30 && /ld\+json/i.test(el.getAttribute('type') ?? '')) {
        ldSeen++;
        const kind = jsonLdDeclares(el.textContent ?? '');
        ldArticle ||= kind === 'article';
        ldListing ||= kind === 'listing';
      }
    } else if (tag === 'input') {
      const type = (el.getAttribute('type') ?? '').toLowerCase().trim();
      hasPassword ||= type === 'password';
      if (fields.length < MAX_FIELDS && FILLED_INPUT.test(type)) fields.push(el);
      if ((type === 'submit' || type === 'button' || type === 'image') && isCartControl(el)) cartControls++;
    }
    // Scripts, styles and SVG hold no prose: do not walk into them.
    const first = tag === 'script' || tag === 'style' || tag === 'svg' ? null : el.firstElementChild;
    if (first) {
      el = first;
      continue;
    }
    while (el && el !== root) {
      if (el === heading) heading = null;
      if (el === pre) {
        pre = null;
        preIsCode = null;
      }
      const next: Element | null = el.nextElementSibling;
      if (next) {
        el = next;
        break;
      }
      el = el.parentElement;
    }
    if (el === root) break;
  }
  let best: Run = { chars: 0, count: 0, dated: false };
  let bestEl: Element | null = null;
  let allProseChars = 0;
  let commentChars = 0;
  // A run's short one-sentence paragraphs count when it holds a paragraph of prose; alone they are not a run.
  for (const [e, g] of groups) {
    if (g.count === 0) groups.delete(e);
    else g.chars += g.short ?? 0;
  }
  // Readers' comments are prose but not the article's: they neither make the main run nor count as separate posts.
  // A forum post's mark is set aside apart: a page that holds one post (a board's topic of one text, or a blog theme
  // that names its post's body "postbody") is that post, not a thread (since run U).
  const forumRuns: Element[] = [];
  for (const [e, g] of groups) {
    const mark = commentMarkOf(e) ?? commentMarkOf(firstBlocks.get(e) ?? e);
    if (!mark) continue;
    if (mark.forum) {
      forumRuns.push(e);
      continue;
    }
    commentChars += g.chars;
    groups.delete(e);
  }
  if (forumPosts > 1)
    for (const e of forumRuns) {
      commentChars += groups.get(e)!.chars;
      groups.delete(e);
    }
  for (const [e, g] of groups) {
    allProseChars += g.chars;
    if (g.chars > best.chars) {
      best = g;
      bestEl = e;
    }
  }
  // An article cut into sibling sections (one <div> per part, each with its own paragraphs) is one run of prose:
  // runs of two or more paragraphs that share a parent add up. Single-paragraph runs do not, so a grid of teaser
  // cards (one blurb each) never sums into an article.
  const sections = new Map<Element, Run>();
  for (const [e, g] of groups) {
    if (g.count < 2 || !e.parentElement) continue;
    const sum = sections.get(e.parentElement) ?? { chars: 0, count: 0, dated: false, head: g.head };
    sum.chars += g.chars;
    sum.count += g.count;
    sum.dated ||= g.dated;
    sections.set(e.parentElement, sum);
  }
  for (const [e, g] of sections) {
    if (g.chars > best.chars) {
      best = g;
      bestEl = e;
    }
  }
  // Headings inside comment sections are commenters' names linked to their sites, not headlines of other pages: a
  // story with fifteen comments is not a listing (since run U).
  const pageHeadlines = headlines.filter((a) => !isInComments(a));
  // Linked headlines inside the prose itself make it a list of excerpts (a blog index), not one article.
  // Only links to the same site count: a roundup's headings link out to what they review, an index links to its posts.
  const inProse = bestEl;
  const linkedInProse = inProse
    ? pageHeadlines.filter((a) => {
        if (!inProse.contains(a)) return false;
        // A related-stories box inside the run (broken markup nests an <aside> in a <p>) is not excerpts of posts.
        const box = a.closest(RELATED_BOX);
        return !box || !inProse.contains(box);
      })
    : [];
  const headlinesInProse = linkedInProse.filter(isHeadlineToOwnSite).length;
  const headingsInProse = inProse ? allHeadings.filter((h) => inProse.contains(h)).length : 0;
  const linkedLinesInProse = inProse ? linkedLines.filter((b) => inProse.contains(b)).length : 0;
  const fieldsInRun = inProse ? fields.filter((f) => inProse.contains(f)).length : 0;
  // Sections merged into the main run still count one each: a blog's archive is posts side by side in the same
  // shape as an article's sections, and its many runs are what tells it apart.
  let bigRuns = 0;
  // Counted without their short one-sentence lines: those lengthen a run, they do not make a box of teasers a run.
  for (const g of groups.values()) if (g.chars - (g.short ?? 0) >= 300) bigRuns++;
  const docTitle = doc.title;
  const accountTitle = isAccountTitle(docTitle);
  const titleInHeading =
    ogType !== 'article' && !publishedTime && isTitleInHeading(docTitle, allHeadings, namedHeadlines);
  // An error page names itself in its title or its first headings.
  const errorPage =
    isErrorHeadline(comparableText(docTitle)) ||
    allHeadings.slice(0, 3).some((h) => isErrorHeadline(comparableText(h.textContent ?? '')));
  return {
    errorPage,
    forumThread: threadPosts > 1,
    keywordTitle: isKeywordTitle(docTitle),
    greetingTitle: isGreetingTitle(docTitle),
    documentationTitle: isDocumentationTitle(docTitle),
    accountTitle,
    contactTitle: isContactTitle(docTitle),
    // A bare account title is an account title too: read only where the first said yes.
    bareAccountTitle: accountTitle && isBareAccountTitle(docTitle),
    // Either address may say it: WordPress sets a sign-up page's canonical link to the blog's front, a shop its
    // account form's to the account's overview ("/kundenkonto" for ".../anmelden/regis/register").
    serviceAddress: serviceAddressKind(canonical ?? '') ?? serviceAddressKind(doc.URL ?? ''),
    rootAddress: isRootPage(canonical, ogUrl, doc.URL ?? ''),
    headingsInProse,
    bigRuns,
    titleInHeading,
    proseChars: best.chars,
    proseParagraphs: best.count,
    headlinesInProse,
    linkedHeadlinesInProse: linkedInProse.length,
    linkedLinesInProse,
    fieldsInRun,
    allProseChars,
    pageChars: page.chars,
    pageLinkChars: page.linkChars,
    commentChars,
    postLinks,
    prices: page.prices,
    resultsCounters: page.counters,
    dateStamps: page.dates,
    datedRun: best.dated,
    cartControls,
    codeElements,
    permalinkHeadings,
    timeElements,
    pubdates,
    authorLinks,
    authors: authorHrefs.size,
    // As a dateline: inside the main run's container or the block around it (the post's header), not a site's or a
    // repository's header above everything (GitHub marks a repository's owner rel=author).
    bylinedRun: authorLink !== null && bestEl !== null && isDatelineOf(authorLink, bestEl),
    codeListingChars,
    linkedHeadlines: pageHeadlines.length,
    articleElements,
    hasArticleBody: articleBody,
    ogType,
    hasPassword,
    hasH1: h1s > 0,
    headedRun: h1s === 1 && best.head?.localName === 'h1',
    // One <time pubdate> says "this is when the article was published", as a published-time meta does (since run Z);
    // a page of posts carries one per post.
    declaresArticle: ldArticle || itemArticle || articleBody || ogType === 'article' || publishedTime || pubdates === 1,
    datedDeclaration: ldArticle || itemArticle || (ogType === 'article' && publishedTime) || pubdates === 1,
    // Not og:type "website": many sites set it on every page, articles included.
    declaresListing: ldListing || itemListing || ogType.startsWith('product') || ogType === 'profile',
  };
}
