// The decision over a measured page shape: is it one article? Separate from the measuring (page-measure.ts) so the
// rule can be read, tested and tuned on numbers; every threshold says why it is what it is.
import { isDocumentationPage } from './documentation-rule';
import { isHeadedItemAmidCards, isHeadlessWall, isKeywordLanding } from './headline-rule';
import { isServicePage } from './service-pages';
import { isGreetingPage } from './title-rule';

export { isHeadlessWall } from './headline-rule';

/** What the cheap look at a page found; exposed for the benchmark and for debugging false positives. */
export interface PageShape {
  /** Characters and paragraphs of the largest group of prose paragraphs sharing a parent. */
  proseChars: number;
  proseParagraphs: number;
  /** Characters of prose in every run on the page (the best one included), outside navigation and asides. */
  allProseChars: number;
  /** Characters of the blocks' own text on the whole page, and of that the share in links (chrome included). */
  pageChars: number;
  pageLinkChars: number;
  /** Characters of prose inside comment sections (left out of every other prose figure). */
  commentChars: number;
  /** Links of an excerpt to its post ("Read more", "Comments (3)", "Permalink") outside comment sections. */
  postLinks: number;
  /** Short texts that are a price and nothing else ("€89.99"). */
  prices: number;
  /** Blocks that open with a results counter ("Results 1 - 10 of 89", "Showing 1-17 of 17"). */
  resultsCounters: number;
  /**
   * Short texts (60 characters at most) that carry a full date with its year ("Posted on March 5, 2024"): a story's
   * or a post's dateline, once or twice on its page; one per item on a list of dated things.
   */
  dateStamps: number;
  /** A date stamp precedes the largest run inside the run's container or the block around it: its dateline. */
  datedRun: boolean;
  /** Add-to-cart buttons and links ("Add to basket", "In den Warenkorb"). */
  cartControls: number;
  /** Elements that set code in the text (<code>, <tt>, <kbd>, <samp>), anywhere on the page. */
  codeElements: number;
  /**
   * Headings that carry a permalink to themselves: a link inside the heading, with no letter or digit in its text
   * ("¶", "#", "§", an icon), to the heading's own anchor (documentation generators set one on every heading).
   */
  permalinkHeadings: number;
  /** <time> elements anywhere on the page (a story's or a post's date, marked up). */
  timeElements: number;
  /** `<time pubdate>` elements outside comments: HTML5's mark of an article's publication date (since run Z). */
  pubdates: number;
  /** `<a rel="author">` links outside comments, up to five: a byline's, or one per post on a page of posts (run Z). */
  authorLinks: number;
  /** Their distinct targets (the authors' pages). */
  authors: number;
  /** The last of them sits by the main run (in its container or the block around it): the run's byline. */
  bylinedRun: boolean;
  /**
   * Characters of code listings: blocks in a <pre> whose lines read as code, which would otherwise count as prose
   * (outside navigation and asides). Left out of every prose figure.
   */
  codeListingChars: number;
  /** The title or one of the first headings says the page is not there ("Page not found", "404"). */
  errorPage: boolean;
  /** The title is a list of search keywords, a landing page's ("Slides to DVD | Slides to CD | Convert Slides"). */
  keywordTitle: boolean;
  /** Two or more blocks carry a forum board's post markup (phpBB's "postbody"…): a thread (read since run U). */
  forumThread: boolean;
  /** The title only greets and names the site ("Welcome to Oswestry"): a front page's (since run W). */
  greetingTitle: boolean;
  /** The title's last part names documentation ("Download — Python 3.11.2 documentation", since run W). */
  documentationTitle: boolean;
  /** A short part of the title names an account action ("Log in | Site", "Passwort vergessen?", since run AC). */
  accountTitle: boolean;
  /** A part of the title is only an account action and a word or two ("Register", "Client Login", since run AD). */
  bareAccountTitle: boolean;
  /**
   * What the page's addresses name (its canonical link's, when it can be placed, or the loaded one's): a log-in,
   * sign-up or password page ("/login", "ucp.php?mode=register"), a contact page ("/contact-us/"), or null (run AD).
   */
  serviceAddress: 'account' | 'contact' | null;
  /** A part of the title is only "Contact us" or its kin (since run AC). */
  contactTitle: boolean;
  /**
   * The page's address is the site's root ("https://site.example/"): its canonical link's, else the one it was loaded
   * from, unless og:url names another page (since run AC): its front page.
   */
  rootAddress: boolean;
  /** Headings (h1-h4) inside the largest prose run: subheads of one article, or titles of many posts. */
  headingsInProse: number;
  /** Runs of prose of 300 characters or more: one article has one or a few, a page of posts many. */
  bigRuns: number;
  /**
   * A heading, or an element classed as a headline, repeats the document's title (or the title contains it): a page
   * about one thing. Not measured (false) when og:type or article:published_time already declare an article.
   */
  titleInHeading: boolean;
  /** Linked headlines (h1-h4 containing a link), a listing's signature. */
  linkedHeadlines: number;
  /** Linked headlines to the same site inside the largest prose group: excerpts of many posts rather than one. */
  headlinesInProse: number;
  /** Linked headlines inside the largest prose group, wherever they lead. */
  linkedHeadlinesInProse: number;
  /**
   * Linked headlines set as bold lines of their own inside the largest prose group (`<b><a href>Title</a></b><br>`):
   * an old template's teasers or posts, each a bold link over its text (since run Y).
   */
  linkedLinesInProse: number;
  /**
   * Form fields a visitor fills in or picks (text and search boxes, checkboxes, radio buttons, `<select>`,
   * `<textarea>`; not hidden fields or buttons) inside the main run's container (since run AA).
   */
  fieldsInRun: number;
  articleElements: number;
  /** An element marked itemprop="articleBody" (schema.org microdata for the article's text). */
  hasArticleBody: boolean;
  /** The page's og:type, lower case ('' when absent). */
  ogType: string;
  hasPassword: boolean;
  /** An <h1> anywhere on the page (a story's headline, or a site's name set as one). */
  hasH1: boolean;
  /** The page's only <h1> is the last heading before the main run: a headline over its text (since run X). */
  headedRun: boolean;
  declaresArticle: boolean;
  /**
   * The page declares one article in schema.org's vocabulary (a top-level JSON-LD or microdata NewsArticle, Article,
   * BlogPosting…), or declares an article and its publication time (og:type=article beside article:published_time, a
   * `<time pubdate>`): a story's own declaration, which WordPress's SEO plugins do not set on a contact or log-in
   * page (they set og:type=article alone). Read by the service-page rules since run AE.
   */
  datedDeclaration: boolean;
  declaresListing: boolean;
}

/** Many linked headlines or <article> cards: a front page or an index, unless one block of prose dominates. */
export function isListingShaped(s: PageShape): boolean {
  return s.linkedHeadlines >= 12 || s.articleElements >= 5 || s.headlinesInProse >= 3;
}

/** Three excerpts need three paragraphs: fewer, and the headlines sit beside one block of text, not between posts. */
const EXCERPT_LIST_MIN_PARAGRAPHS = 3;

/** Prose interleaved with linked headlines, one per two paragraphs or more often: a list of excerpts. */
export function isExcerptList(s: PageShape): boolean {
  return (
    s.headlinesInProse >= 3 &&
    s.headlinesInProse * 2 >= s.proseParagraphs &&
    s.proseParagraphs >= EXCERPT_LIST_MIN_PARAGRAPHS
  );
}

/** "Read more" and "Comments (n)" links: an article has one at most (to its own comments), a page of posts many. */
const POST_LIST_MIN_LINKS = 3;

/**
 * This many "Read more" / "read on >>" links are that many excerpts, however the page groups their text: an old
 * section front prints each story's headline, blurb and "read on" link as one paragraph, all of them in one cell, so
 * its prose is one run. A story carries one such link at most, and a rail of teasers beside it a few.
 */
const EXCERPT_LINKS_MIN = 10;

/**
 * A page of posts: several separate runs of prose, each followed by its "Read more", "Permalink" or "Comments (n)"
 * links, or ten such links however its prose is grouped. A blog's front page or archive repeats the blog's name in its
 * heading, so its title says nothing here.
 */
export function isPostList(s: PageShape): boolean {
  return (
    (s.postLinks >= POST_LIST_MIN_LINKS && s.bigRuns > UNDECLARED_MAX_BIG_RUNS) || s.postLinks >= EXCERPT_LINKS_MIN
  );
}

/**
 * Price tags on a page of a shop's catalogue (a course list, a product grid, a price list): an article quotes prices
 * in its sentences or in a small table, and a story's market box beside it a dozen quotes (a dev news page carries
 * ten); twenty standalone price tags are a list of things for sale.
 */
const CATALOGUE_MIN_PRICES = 20;

/**
 * A price beside an add-to-cart button (a shop's product page, whatever its description says), or many price tags
 * (twenty or more: a catalogue, even with no buy button; old shops and course lists ask you to phone or write).
 */
export function isProductPage(s: PageShape): boolean {
  return (s.cartControls > 0 && s.prices > 0) || (s.prices >= CATALOGUE_MIN_PRICES && !isStoryAmidPrices(s));
}

/** Paragraphs of a story's run (a catalogue's entries are one block each, or spread over many runs). */
const PRICE_RAILS_MIN_PARAGRAPHS = 3;

/**
 * A story beside rails of price tags, not a catalogue (since run U): no add-to-cart control, the page names its
 * subject (its title repeated in a heading), and one run of three paragraphs or more holds most of its prose (the
 * share a story amid rails of headlines needs). A blog's widget of books with their prices, a games site's menu of
 * price categories ("$0.99 (1295)") print twenty prices beside one text; a catalogue's prices sit among its entries,
 * whose text is spread over many blocks.
 */
function isStoryAmidPrices(s: PageShape): boolean {
  return (
    s.cartControls === 0 &&
    s.titleInHeading &&
    s.proseParagraphs >= PRICE_RAILS_MIN_PARAGRAPHS &&
    s.proseChars >= RAILED_SHARE * s.allProseChars
  );
}

/**
 * A page of search results or a catalogue's page, by the counter such pages print over their list ("Results 1 - 10
 * of 89", "Showing 1-17 of 17", since run T): a shop's search, a directory, a listing of tours or jobs. An article
 * counts nothing so (its comments' pages, "Showing 1-20 of 45 comments", are not such a counter).
 */
export function isResultsPage(s: PageShape): boolean {
  return s.resultsCounters > 0;
}

/**
 * A page that says it is one article (og:type, JSON-LD, a publication time) needs only this much prose: a news brief
 * or a blog post of two sentences (one block of prose is 80 characters at least).
 */
const DECLARED_MIN_CHARS = 100;
/** A page whose title repeats one of its headings (a page about one thing) needs this much… */
const TITLED_MIN_CHARS = 300;
/** A page that says nothing and names no subject needs a run of prose this long (a short news story, ~85 words)… */
const UNDECLARED_MIN_CHARS = 500;
/** …and, written as one block, this long. */
const UNDECLARED_SINGLE_BLOCK_CHARS = 800;
/** Paragraphs this long on average (menus, specs and teaser lines are shorter; one-sentence news paragraphs are not). */
const MIN_AVERAGE_PARAGRAPH = 60;
/** …and no more separate runs of 300+ characters than this: a home page or a page of posts has many. */
const UNDECLARED_MAX_BIG_RUNS = 3;
/**
 * Up to twice as many runs when the main one holds this share of the page's prose and no run ends in "Read more"
 * or "Comments (n)": one article with a few boxes of prose around it (a fact box, the author's bio, a teaser or two).
 */
const DOMINANT_RUN_SHARE = 0.5;
/**
 * An undeclared page that does not name its subject, whose main run is cut by this many linked headings (each a
 * link to another page, wherever it leads), is a page of linked entries (a home page's sections, a link list with
 * blurbs), not one article; an article's subheads are not links. Since run Y a linked bold line of its own counts
 * as such a heading: old templates set a front page's teasers and a blog front's post titles so, with no heading.
 */
const LINKED_ENTRIES_MIN_HEADINGS = 3;
/**
 * An undeclared page that names its subject (its title repeated in a heading) and prints a dateline, one to this
 * many date stamps, is one dated piece: a news brief or a blog post of two sentences needs only what a declared one
 * does. More stamps are a list of dated things (an archive, a thread, a list of events).
 */
const DATED_MAX_STAMPS = 3;
/**
 * An undeclared page whose title names nothing, but whose main run opens with its dateline (headline, date, text:
 * a wire item, a news brief), needs what a page that names its subject does: the dateline says "one story of this
 * day" as a repeated title says "one subject". A byline and date over two lines of text are still a blurb.
 */
const DATELINED_MIN_CHARS = TITLED_MIN_CHARS;
/**
 * Open Graph types that say the page is a media object (a video, a song, an album, a playlist, a radio station:
 * `video.other`, `video.episode`, `music.song`…): its main thing is the player, its text a caption.
 */
const MEDIA_OG_TYPE = /^(?:video|music)(?:\.|$)/;

/**
 * A page that declares itself a video or a piece of music (og:type) and no article: the player is the page, the text
 * under it its caption. The short-cuts for a page that names its subject or prints a dateline do not apply to it (a
 * video page repeats its title in a heading and dates its upload); a story written around a video still passes by
 * the undeclared rule, in paragraphs of its own.
 */
export function isMediaPage(s: PageShape): boolean {
  return !s.declaresArticle && MEDIA_OG_TYPE.test(s.ogType);
}

/** A listing-shaped page that names its subject needs a dominant block of prose this long (300 if dated, run W). */
const LISTING_MIN_CHARS = 600;
/** A declared product, collection, search-results or profile page needs a block this long (a long review). */
const DECLARED_LISTING_MIN_CHARS = 2400;
/** Below this much prose, a password field makes the page a login wall… */
const LOGIN_WALL_MAX_CHARS = 600;
/**
 * …and below this much on a page that declares an article, or names itself one dated story (below): a story's page
 * often carries a log-in box (to comment, to subscribe) beside a short story; a login wall shows a sentence or two.
 */
const DECLARED_LOGIN_WALL_MAX_CHARS = 300;

/**
 * A page that says it is one dated story without declaring it: one to three date stamps, and its title repeated in a
 * heading or its main run opened by its dateline (a blog post of 2012 under a sidebar with a log-in box). A login
 * wall names no story and dates nothing.
 */
export function isUndeclaredStory(s: PageShape): boolean {
  return isDatedPiece(s) && (s.titleInHeading || s.datedRun) && !isMediaPage(s);
}
/**
 * An undeclared page whose only listing mark is its linked headlines (rails of other stories around a story, as old
 * news templates print them) is one article when one run of prose dominates: this long, in this many paragraphs…
 */
const RAILED_MIN_CHARS = 1000;
// A railed story opened by its dateline (one to three date stamps on the page) needs only the undeclared floor, as
// rule 7 lets a datelined item under a bare site title through: the dateline says "one story of this day".
const RAILED_MIN_PARAGRAPHS = 3;
/** …holding this share of the page's prose, with no more than two runs of 300+ characters on the page. */
const RAILED_SHARE = 0.7;

/**
 * The decision rule over a measured page shape (separate so it can be tested and tuned on numbers). What the
 * publisher declares is trusted first; then whether the page names one subject (its title repeated in a heading)
 * and prints a dateline, which, for a short page, stands in for a declaration; then the prose's shape: one
 * dominant run of real paragraphs, not many separate runs or a wall of teasers.
 */
export function looksLikeArticle(s: PageShape): boolean {
  // A forum thread is readers' posts, whatever its board host declares (since run W: og:type=article on every topic).
  // A site's front page, log-in or contact page says so by its address or its title, whatever it declares (run AC).
  if (s.errorPage || s.forumThread || isExcerptList(s) || isDocumentationPage(s) || isServicePage(s)) return false;
  const chars = s.proseChars;
  const paragraphs = Math.max(1, s.proseParagraphs);
  if (!s.declaresArticle && (isPostList(s) || isKeywordLanding(s) || isGreetingPage(s) || isFormPage(s))) return false;
  // A product page says what it is by its buy button as much as by its markup.
  if ((s.declaresListing || isProductPage(s) || isResultsPage(s)) && !s.declaresArticle)
    return chars >= DECLARED_LISTING_MIN_CHARS;
  if (isLoginWall(s)) return false;
  const listing = isListingShaped(s);
  // Among cards, a declared page needs twice as much, unless its only <h1> heads its text (since run X). A page
  // that marks one piece as HTML5 lets it (a byline's rel=author over a dated piece, since run Z) is read so too.
  if (s.declaresArticle || isBylinedPiece(s))
    return chars >= (listing && !isHeadedItemAmidCards(s) ? 2 * DECLARED_MIN_CHARS : DECLARED_MIN_CHARS);
  // A video's or a song's page: only prose of its own, measured as an undeclared page's, makes it a story.
  const media = isMediaPage(s);
  if ((s.titleInHeading || isCommentedPiece(s)) && !media) {
    // A page that also says it is one piece, by a dateline or two or by its readers' comments (since run W), needs
    // what a titled page does: its cards are rails around that piece (a blog's related posts, a news site's menus).
    if (listing) return chars >= (isDatedPiece(s) || isCommentedPiece(s) ? TITLED_MIN_CHARS : LISTING_MIN_CHARS);
    if (isDatedPiece(s)) return chars >= DECLARED_MIN_CHARS;
    return chars >= TITLED_MIN_CHARS && chars / paragraphs >= MIN_AVERAGE_PARAGRAPH;
  }
  // Undeclared, untitled and shaped like a listing: a front page or an index, unless the listing is only the rails
  // of headlines around one dominant story.
  if (listing) return isStoryAmidRails(s);
  if (isHeadlessWall(s)) return false;
  // A run opened by its dateline is one dated story: the floor drops, the shape must still be one article's.
  const datelined = s.datedRun && isDatedPiece(s) && !media;
  return (
    s.linkedHeadlinesInProse + s.linkedLinesInProse < LINKED_ENTRIES_MIN_HEADINGS &&
    (datelined
      ? chars >= DATELINED_MIN_CHARS
      : chars >= UNDECLARED_MIN_CHARS && (paragraphs >= 2 || chars >= UNDECLARED_SINGLE_BLOCK_CHARS)) &&
    chars / paragraphs >= MIN_AVERAGE_PARAGRAPH &&
    (s.bigRuns <= UNDECLARED_MAX_BIG_RUNS || hasDominantRun(s))
  );
}

/**
 * Fields a visitor fills in or picks inside the main run's container, this many or more: the text sits among a
 * search's filters or inside a form (a job search's 36: keywords, places, a dozen `<select>`s, checkboxes). An
 * article's container holds a comment form, a search box and a newsletter box at most; the undeclared dev articles
 * hold 19 at most (a press service's page with its search and subscription forms).
 */
const FORM_PAGE_MIN_FIELDS = 30;

/**
 * A search, filter or order page: its main text sits among many form fields (since run AA). Only for a page that
 * declares no article: a story's page can carry a long comment form and a poll in the same container (a declared dev
 * article holds 28).
 */
export function isFormPage(s: PageShape): boolean {
  return s.fieldsInRun >= FORM_PAGE_MIN_FIELDS;
}

/** A password field and little prose: a log-in page, unless the page says it is one story (above). */
export function isLoginWall(s: PageShape): boolean {
  const story = s.declaresArticle || isUndeclaredStory(s) || isCommentedPiece(s);
  return s.hasPassword && s.proseChars < (story ? DECLARED_LOGIN_WALL_MAX_CHARS : LOGIN_WALL_MAX_CHARS);
}

/**
 * Readers' prose in comment sections (the marks of page-signals.ts: `comments`, `comment-body`, Disqus…), this much
 * of it: a few comments, each of a sentence or three.
 */
const COMMENTED_MIN_CHARS = 1000;

/**
 * An undeclared page under its readers' comments: they answer one piece, so the page is that piece's, as a title
 * repeated in a heading says (a front page or an archive does not print its posts' comments). Short posts are
 * written under them (a blog's "back in August" note of 497 characters, a one-paragraph link post) whose headline is
 * too short or too different to match the title, or beside a log-in box to comment.
 */
export function isCommentedPiece(s: PageShape): boolean {
  return !s.declaresArticle && s.commentChars >= COMMENTED_MIN_CHARS;
}

/** A byline is one author's link or two (a name and a photo): a page of posts prints one per post. */
const BYLINE_MAX_LINKS = 2;

/**
 * An undeclared page that marks its author as HTML5 lets a publisher (`<a rel="author">`, which WordPress and most
 * blog themes set on a post's byline: "By <a rel=author>NFL.com Staff</a> | Published: November 1st, 2012"), one
 * author in one or two links, by its main run (in the run's container or the block around it, as a dateline), over
 * a dated piece (one to three date stamps), is one authored piece, as a declaration says (since run Z). A blog's
 * front page or an author's archive prints a byline and a date per post; a repository's page marks its owner
 * rel=author in a header far from its README's text.
 */
export function isBylinedPiece(s: PageShape): boolean {
  return (
    !s.declaresArticle &&
    s.authors === 1 &&
    s.authorLinks <= BYLINE_MAX_LINKS &&
    s.bylinedRun &&
    isDatedPiece(s) &&
    !isMediaPage(s)
  );
}

/** A dateline or two on the page: one dated piece, not a list of dated items. */
export function isDatedPiece(s: PageShape): boolean {
  return s.dateStamps >= 1 && s.dateStamps <= DATED_MAX_STAMPS;
}

/**
 * An article cut by this many subheads (unlinked headings inside its run) into sections counts each section as a
 * run of 300+ characters: a long guide or a book's chapter has dozens.
 */
const SECTIONED_MIN_HEADINGS = 3;

/**
 * One article cut into sections by its subheads: the main run holds half the page's prose and is cut by three or
 * more headings, none of them a link (a blog archive's posts have linked titles), with no "Read more" link on the page
 * and one to three date stamps at most (an archive dates each post). Its number of runs then says nothing.
 */
function isSectionedArticle(s: PageShape): boolean {
  return (
    s.headingsInProse >= SECTIONED_MIN_HEADINGS &&
    s.linkedHeadlinesInProse === 0 &&
    s.postLinks === 0 &&
    s.dateStamps <= DATED_MAX_STAMPS &&
    s.proseChars >= DOMINANT_RUN_SHARE * s.allProseChars
  );
}

/**
 * One run of prose holds most of the page's, among a few others, and none of them is an excerpt with its links; or
 * the runs are the sections of one article.
 */
function hasDominantRun(s: PageShape): boolean {
  if (isSectionedArticle(s)) return true;
  return (
    s.bigRuns <= 2 * UNDECLARED_MAX_BIG_RUNS &&
    s.postLinks === 0 &&
    s.proseChars >= DOMINANT_RUN_SHARE * s.allProseChars
  );
}

/**
 * A story among rails of linked headlines: the page is listing-shaped by its linked headlines alone (not by
 * <article> cards or excerpts), none of them sits in the story's run, and that run is long, in paragraphs, and
 * holds most of the page's prose. A blog's archive has its posts' linked titles inside the run; a front page's
 * prose is spread over many runs. A run opened by its dateline needs 500 characters instead of 1,000 (a short wire
 * item between the rails).
 */
export function isStoryAmidRails(s: PageShape): boolean {
  const paragraphs = Math.max(1, s.proseParagraphs);
  return (
    s.articleElements < 5 &&
    s.headlinesInProse < 3 &&
    s.linkedHeadlinesInProse === 0 &&
    s.postLinks === 0 &&
    s.proseChars >= (s.datedRun && isDatedPiece(s) ? UNDECLARED_MIN_CHARS : RAILED_MIN_CHARS) &&
    s.proseParagraphs >= RAILED_MIN_PARAGRAPHS &&
    s.proseChars / paragraphs >= MIN_AVERAGE_PARAGRAPH &&
    s.proseChars >= RAILED_SHARE * s.allProseChars &&
    s.bigRuns <= 2
  );
}
