// The library's flat view: every highlight that matches the search, across articles, with its article, colour
// meaning, note and tags, a link back to the passage and "Copy" with source.
import { annotationLink } from '../../core/export';
import { citedFrom } from '../../core/export/citation';
import { t } from '../../lib/i18n';
import type { ColorMeaning } from '../../lib/settings';
import { CopyWithSource } from '../CopyWithSource';
import type { HighlightRow } from './highlight-rows';

const safeHref = (url: string) => (/^https?:\/\//i.test(url) ? url : undefined);

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
        <li key={a.id} class={`item hl-bar ${a.body.color}`} data-testid="library-highlight">
          <blockquote class="lib-quote">{a.target.selector[0].exact}</blockquote>
          {a.body.note && (
            <p class="lib-note">
              <span class="visually-hidden">{t('libNoteLabel')}: </span>
              {a.body.note}
            </p>
          )}
          <div class="row small">
            <span class="chip colour-chip">
              <span class={`dot ${a.body.color}`} aria-hidden="true" />
              {meaning(a.body.color)}
            </span>
            {a.body.tags.map((tag) => (
              <span key={tag} class="chip">
                #{tag}
              </span>
            ))}
            <button type="button" class="btn link small lib-row-article" onClick={() => onOpen(article.key)}>
              {article.title || article.url}
            </button>
            <span class="grow" />
            <CopyWithSource onDone={onDone} cite={() => citedFrom(article, a.target.selector[0])} />
            <a href={safeHref(annotationLink(a))} target="_blank" rel="noopener noreferrer">
              {t('libOpenPassage')} ↗
            </a>
          </div>
        </li>
      ))}
    </ul>
  );
}
