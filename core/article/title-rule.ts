// What a page's title says it is, apart from the shape of its prose (since run W): a site's front page greets its
// visitors in its title. Read by the article rule (article-rule.ts) and by the popup's reason (page-checks.ts).
import type { PageShape } from './article-rule';

/**
 * A site's front page by its title: undeclared, the title only greets and names the site ("Welcome to Oswestry"),
 * and no heading repeats it as a story's headline. A front page's welcome text, a shop's featured books or a town's
 * introduction read as prose under it; an article's page is titled with its headline.
 */
export function isGreetingPage(s: PageShape): boolean {
  return !s.declaresArticle && s.greetingTitle && !s.titleInHeading;
}
