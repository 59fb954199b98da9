// Is the page documentation (issue #12 counts it among non-articles)? Three tests over the measured page shape, apart
// from the article rule (article-rule.ts) that says no to any page either of them takes.
import type { PageShape } from './article-rule';

/** A documentation page names this many bits of code at least… */
const DOCUMENTATION_MIN_CODE = 10;
/**
 * …and this many per 1,000 characters of prose. Reference and guide pages name a function, an option or a command in
 * nearly every sentence (a median of 12 per 1,000 characters on the pages of five documentation sites); a blog post
 * or a news story about software, which sets code in the text too, does so a few times (none of the 1,185 accepted
 * dev articles reaches 5 with 10 or more).
 */
const DOCUMENTATION_CODE_PER_1000 = 5;

/**
 * A page of documentation (an API reference, a manual's chapter, a library's guide: the "documentation"
 * among non-articles): undeclared, with code set in its text as densely as reference pages set it. Its prose is
 * long and titled like an article's, so the shape rules alone would claim it. A page declaring an article (a tech
 * blog's post, a newsroom's explainer) is never one.
 */
export function isDocumentationPage(s: PageShape): boolean {
  if (s.declaresArticle) return false;
  return (
    isGeneratedDocumentation(s) ||
    // Since run W: the page calls itself documentation in its title (Sphinx's default "… — Project 3.2
    // documentation"): a project's front page, a download page, a module's source, whatever their prose.
    s.documentationTitle ||
    (s.codeElements >= DOCUMENTATION_MIN_CODE &&
      // Per 1,000 characters of text, listings included: the rule's thresholds were set when listings counted as
      // prose, and a tutorial's examples are part of what its code is set in.
      s.codeElements * 1000 >= DOCUMENTATION_CODE_PER_1000 * Math.max(1, s.allProseChars + s.codeListingChars))
  );
}

/**
 * A page built by a documentation generator (since run T): its headings carry permalinks to themselves (Sphinx's
 * "¶" headerlink, MkDocs' headerlink, Node.js's "#" mark, rustdoc's "§", VuePress's and Docusaurus' header anchors),
 * it declares no article and marks up no date (<time>). A manual's chapter, an API reference or a project's release
 * notes are prose with little code, titled and dated by the build ("Last updated on…"), so the other rules claim
 * them. A blog or a newsroom that sets such anchors on its subheads declares its posts, or dates them with <time>:
 * on the dev pages no article has permalinked headings without one or the other.
 */
export function isGeneratedDocumentation(s: PageShape): boolean {
  return !s.declaresArticle && s.permalinkHeadings > 0 && s.timeElements === 0;
}
