// The article at a glance: site (its declared name, else its host), date, reading time, title, deck, and how many
// highlights the reader has made.
import { pageSiteLabel } from '../core/article/site-label';
import type { Article } from '../core/types';
import { t, tCount } from '../lib/i18n';

export function formatDate(iso: string | null, lang?: string): string | null {
  if (!iso) return null;
  const d = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(lang || undefined, { year: 'numeric', month: 'long', day: 'numeric' });
}

/** "No highlights yet" or "3 highlights": a plain count, never styled like a button. */
export function highlightsLabel(count: number): string {
  return count === 0 ? t('noHighlightsYet') : tCount('highlights', count);
}

export function ArticleCard({
  article,
  highlights,
  compact,
  children,
}: {
  article: Article;
  highlights: number;
  /** The popup's version: no deck, the title on at most two lines. */
  compact?: boolean;
  children?: preact.ComponentChildren;
}) {
  const date = formatDate(article.publishedTime);
  // The declared site name, else the page's host: the reader always sees where the article is from (the address bar,
  // beside this card, shows the host of a page whose declared name is not its own: pageSiteLabel).
  const site = pageSiteLabel(article);

  return (
    <header class={`card article-card${compact ? ' compact' : ''}`} aria-label={article.title}>
      {/* Site, date, reading time: each kept whole, a long site name cut with an ellipsis (its full name on hover). */}
      <div class="small muted meta">
        {site && (
          <span class="site" title={site}>
            {/* Isolated: a right-to-left name never reorders the date and reading time after it. */}
            <bdi>{site}</bdi>
          </span>
        )}
        {site && ' · '}
        {date && (
          <>
            <time dateTime={article.publishedTime ?? undefined}>{date}</time> ·{' '}
          </>
        )}
        <span>{t('readingTime', article.readingTimeMinutes)}</span>
      </div>
      <h1 class="article-title" title={article.title}>
        {article.title}
      </h1>
      {!compact && article.deck && <p class="muted deck">{article.deck}</p>}
      <div class="small muted row">
        {!compact && article.byline && <span>{t('by', article.byline)}</span>}
        <span data-testid="highlight-count">{highlightsLabel(highlights)}</span>
        {compact && children}
      </div>
      {!compact && children}
    </header>
  );
}
