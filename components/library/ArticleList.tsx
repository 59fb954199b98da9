// The list of annotated articles: title, site, date read, highlight and note counts, and what matched a search.
import type { DocKind, LibraryResult } from '../../core/search';
import { t } from '../../lib/i18n';
import { unnamedHost } from '../../core/article/site-label';

/** A date as the reader's locale writes it ("22 Feb 2026"). */
export function readableDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso.slice(0, 10)
    : d.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}

const KIND_LABEL: Record<DocKind, Parameters<typeof t>[0]> = {
  highlight: 'libKindHighlight',
  title: 'libKindTitle',
  fact: 'libKindFact',
  quote: 'libKindQuote',
};

export function ArticleList({
  results,
  selected,
  onToggle,
  onOpen,
  limit,
  colorLabel = (c) => c,
}: {
  /** The reader's name for a colour, for the row's colour dots. */
  colorLabel?(color: string): string;
  results: LibraryResult[];
  selected: ReadonlySet<string>;
  onToggle(key: string): void;
  onOpen(key: string): void;
  limit: number;
}) {
  return (
    <ul class="list lib-list" aria-label={t('libResults', results.length)}>
      {results.slice(0, limit).map(({ summary, matches }) => {
        const { article } = summary;
        const title = article.title || article.url;
        return (
          <li key={article.key} class="item lib-row">
            <input
              type="checkbox"
              checked={selected.has(article.key)}
              onChange={() => onToggle(article.key)}
              aria-label={t('libSelectArticle', title)}
            />
            <div class="grow">
              {/* Clamped to three lines (library.css); the whole title is on hover and in the button's name. */}
              <button type="button" class="lib-title" title={title} onClick={() => onOpen(article.key)}>
                <span class="lib-title-text">{title}</span>
              </button>
              <div class="muted small row">
                {summary.site && (
                  <span>
                    {/* A name the page declared that is not its host's: the host beside it, set apart (unnamedHost). */}
                    {unnamedHost(article) ? (
                      <>
                        <bdi>{article.siteName}</bdi>
                        <bdi class="lib-host"> · {unnamedHost(article)}</bdi>
                      </>
                    ) : (
                      <bdi>{summary.site}</bdi>
                    )}
                  </span>
                )}
                <span>{t('libRead', readableDate(article.lastSeen))}</span>
                <span>{t('libCounts', summary.highlightCount, summary.noteCount)}</span>
                {summary.colors.length > 0 && (
                  <span
                    class="lib-dots"
                    role="img"
                    aria-label={t('libColourDot', summary.colors.map(colorLabel).join(', '))}
                    title={summary.colors.map(colorLabel).join(', ')}
                  >
                    {summary.colors.map((c) => (
                      <span key={c} class={`dot ${c}`} />
                    ))}
                  </span>
                )}
              </div>
              {matches.length > 0 && (
                <ul class="lib-matches" aria-label={t('libMatches')}>
                  {matches.slice(0, 2).map((m, i) => (
                    <li key={i} class="small">
                      <span class="chip">{t(KIND_LABEL[m.kind])}</span>{' '}
                      {m.text.length > 180 ? `${m.text.slice(0, 180)}…` : m.text}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
