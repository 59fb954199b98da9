// One of the reader's highlights as the library lists it (in an article's detail and in the flat view of all
// highlights): the passage, the note, the colour's meaning, tags, "Copy" with source and the link back to the passage.
// The caller adds what differs between the two lists: a link to the article, a Delete button.
import type { ComponentChildren } from 'preact';
import { annotationLink } from '../../core/export';
import { citedFrom } from '../../core/export/citation';
import type { Annotation, ArticleRecord } from '../../core/types';
import { t } from '../../lib/i18n';
import { CopyWithSource } from '../CopyWithSource';
import { safeHref } from './web-link';

export function HighlightItem({
  annotation: a,
  article,
  colourLabel,
  onCopied,
  beforeActions,
  afterActions,
  testId,
}: {
  annotation: Annotation;
  article: ArticleRecord;
  /** The reader's meaning for the highlight's colour ("Evidence"). */
  colourLabel: string;
  onCopied(message: string): void;
  /** Shown after the tags, before the actions (e.g. the article's title as a link). */
  beforeActions?: ComponentChildren;
  /** Shown after the link to the passage (e.g. Delete). */
  afterActions?: ComponentChildren;
  testId?: string;
}) {
  return (
    <li class={`item hl-bar ${a.body.color}`} data-testid={testId}>
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
          <span class="visually-hidden">{t('colour')}: </span>
          {colourLabel}
        </span>
        {a.body.tags.map((tag) => (
          <span key={tag} class="chip">
            #{tag}
          </span>
        ))}
        {beforeActions}
        <span class="grow" />
        <CopyWithSource onDone={onCopied} cite={() => citedFrom(article, a.target.selector[0])} />
        <a href={safeHref(annotationLink(a))} target="_blank" rel="noopener noreferrer">
          {t('libOpenPassage')} ↗
        </a>
        {afterActions}
      </div>
    </li>
  );
}
