// The article at a glance: title, site, byline, date, reading time, and the reader's highlight count.
import type { Article } from '../core/types';
import { t } from '../lib/i18n';

export function formatDate(iso: string | null, lang?: string): string | null {
  if (!iso) return null;
  const d = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(lang || undefined, { year: 'numeric', month: 'long', day: 'numeric' });
}

export function ArticleCard({ article, highlights }: { article: Article; highlights: number }) {
  const date = formatDate(article.publishedTime);
  return (
    <header class="card" aria-label={article.title}>
      {article.siteName && <div class="small muted">{article.siteName}</div>}
      <h1 style={{ fontSize: '17px', margin: '2px 0 4px' }}>{article.title}</h1>
      {article.deck && <p class="muted" style={{ margin: '0 0 6px' }}>{article.deck}</p>}
      <div class="small muted row">
        {article.byline && <span>{t('by', article.byline)}</span>}
        {date && <time dateTime={article.publishedTime ?? undefined}>{date}</time>}
        <span>{t('readingTime', article.readingTimeMinutes)}</span>
        <span class="chip" data-testid="highlight-count">{t('highlightCount', highlights)}</span>
      </div>
    </header>
  );
}
