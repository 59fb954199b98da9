// The library's flat view: every highlight that matches the search, across articles, with its article, colour
// meaning, note and tags, a link back to the passage and "Copy" with source.
import { t } from '../../lib/i18n';
import type { ColorMeaning } from '../../lib/settings';
import { HighlightItem } from './HighlightItem';
import type { HighlightRow } from './highlight-rows';

export function HighlightRows({
  rows,
  colors,
  limit,
  onOpen,
  onDone,
}: {
  rows: HighlightRow[];
  colors: ColorMeaning[];
  limit: number;
  onOpen(key: string): void;
  onDone(message: string): void;
}) {
  const meaning = (id: string) => colors.find((c) => c.id === id)?.label ?? id;
  return (
    <ul class="list lib-list" aria-label={t('libHighlightResults', rows.length)} data-testid="highlight-rows">
      {rows.slice(0, limit).map(({ annotation: a, article }) => (
        <HighlightItem
          key={a.id}
          annotation={a}
          article={article}
          colourLabel={meaning(a.body.color)}
          onCopied={onDone}
          testId="library-highlight"
          beforeActions={
            <button
              type="button"
              class="btn link small lib-row-article"
              title={article.title || article.url}
              onClick={() => onOpen(article.key)}
            >
              <span class="lib-title-text">{article.title || article.url}</span>
            </button>
          }
        />
      ))}
    </ul>
  );
}
