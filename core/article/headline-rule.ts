// What a page's headlines say about its text, apart from the measures of its prose: a wall of items has no headline
// (run O); a declared short item among cards, or a post under a keyword title, has one, its only <h1> right over
// its text (run X). Read by the article rule (article-rule.ts) and the popup's reason (page-checks.ts).
import type { PageShape } from './article-rule';

/**
 * A page that declares an article (og:type, JSON-LD, a publication time) and is shaped like a listing by cards or
 * rails of headlines around it (a site's related stories, a recipe site's suggestions) is still one short item when
 * its only <h1> is the last heading before its main run (a headline over its text: a section front's biggest blurb
 * sits under its own card's heading) and no linked headline sits inside that run (since run X). Such a page needs
 * what a declared page without cards does, not twice as much.
 */
export function isHeadedItemAmidCards(s: PageShape): boolean {
  return s.declaresArticle && s.headedRun && s.linkedHeadlinesInProse === 0;
}

/**
 * A landing page by its title, a list of search keywords ("Slides to DVD | Slides to CD | Convert Slides"), unless
 * the page is one headed piece under it (since run X): a heading repeats the title and the page's only <h1> heads
 * the main run. Blog software with a search-engine plugin titles a post "{headline} | {category keywords} | {blog}"
 * ("Fishtail Bun Wedding Hair Tutorial | Wedding Updos Ideas | DIY Wedding Blog | Once Wed"), and the post sets its
 * headline as its one <h1> over its text; a landing page's keywords head no such piece.
 */
export function isKeywordLanding(s: PageShape): boolean {
  return s.keywordTitle && !(s.titleInHeading && s.headedRun);
}

/**
 * A run this many paragraphs long is a long piece (2,000 words or more), or many short items set one after another
 * as paragraphs of one container (a section front printing its stories in full, a list of events or reviews).
 */
const HEADLESS_WALL_MIN_PARAGRAPHS = 30;
/** Subheads (unlinked headings inside the run) below this many: a long piece is cut into sections, a wall of items not. */
const HEADLESS_WALL_MAX_SUBHEADS = 2;

/**
 * A long run of prose with no headline on the page: no <h1>, no heading or headline-classed element repeating the
 * title, and hardly a subhead inside the run. One article of that length names itself and is cut into sections; a
 * wall of items (a section front's stories one after another, a list of events, reviews or readers' letters, as old
 * templates set them in one cell) has neither. Only for an undeclared page (a declaration or a titled heading
 * already says "one piece").
 */
export function isHeadlessWall(s: PageShape): boolean {
  return (
    !s.declaresArticle &&
    !s.titleInHeading &&
    !s.hasH1 &&
    s.proseParagraphs >= HEADLESS_WALL_MIN_PARAGRAPHS &&
    s.headingsInProse < HEADLESS_WALL_MAX_SUBHEADS
  );
}
