// One article in the library: its facts, quotes, highlights and notes together, each highlight linking back to the
// passage on the page with a text-fragment link.
import { useEffect, useRef, useState } from 'preact/hooks';
import { comparePageOrder } from '../../core/export';
import type { Annotation, ArticleRecord, Extraction } from '../../core/types';
import { t } from '../../lib/i18n';
import type { ColorMeaning } from '../../lib/settings';
import { citedFrom } from '../../core/export/citation';
import { CopyWithSource } from '../CopyWithSource';
import { HighlightItem } from './HighlightItem';
import { safeHref } from './web-link';
import { FactText } from '../FactText';
import { inMarks } from '../../core/facts/quote-display';
import { speakerLine } from '../ExtractedLists';
import { readableDate } from './ArticleList';

/** An href only for http(s) pages: a stored URL must never become a `javascript:` link. */

export function ArticleDetail({
  article,
  annotations,
  loadExtraction,
  colors,
  onBack,
  onDeleteArticle,
  onDeleteAnnotation,
  exportBar,
  onCopied,
}: {
  onCopied(message: string): void;
  article: ArticleRecord;
  annotations: Annotation[];
  loadExtraction(key: string): Promise<Extraction | null>;
  colors: ColorMeaning[];
  onBack(): void;
  onDeleteArticle(): void;
  onDeleteAnnotation(a: Annotation): void;
  exportBar: preact.ComponentChildren;
}) {
  const [extraction, setExtraction] = useState<Extraction | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening an article moves focus to its title (screen readers announce it); Escape goes back to the list.
  useEffect(() => {
    heading.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !(e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement))
        onBack();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [article.key]);
  useEffect(() => {
    let live = true;
    void loadExtraction(article.key).then((ex) => live && setExtraction(ex));
    return () => {
      live = false;
    };
  }, [article.key]);
  const sorted = annotations.slice().sort(comparePageOrder);
  const colourName = (id: string) => colors.find((c) => c.id === id)?.label ?? id;
  return (
    <article class="lib-detail" aria-labelledby="lib-detail-title">
      <div class="row">
        <button type="button" class="btn" onClick={onBack}>
          ← {t('libBack')}
        </button>
        <span class="grow" />
        <button type="button" class="btn danger" onClick={onDeleteArticle}>
          {t('libDeleteArticle')}
        </button>
      </div>
      <h2
        id="lib-detail-title"
        class="lib-detail-title"
        title={article.title || article.url}
        tabIndex={-1}
        ref={heading}
      >
        {article.title || article.url}
      </h2>
      <p class="muted">
        {/* Each part isolated (<bdi>): a right-to-left name, or a bidi control an older record still holds, can
            never reorder the parts beside it or Lede's own labels. */}
        {[article.byline, article.siteName, t('libRead', readableDate(article.lastSeen))]
          .filter(Boolean)
          .map((part) => (
            <>
              <bdi>{part}</bdi>
              {' · '}
            </>
          ))}
        <bdi>
          <a href={safeHref(article.url)} target="_blank" rel="noopener noreferrer">
            {t('libOpenPage')}
          </a>
        </bdi>
      </p>
      {article.note && (
        <section aria-labelledby="lib-article-note" class="lib-article-note">
          <h3 id="lib-article-note" class="section-title">
            {t('articleNote')}
          </h3>
          <p class="lib-note" data-testid="library-article-note">
            {article.note}
          </p>
        </section>
      )}
      {exportBar}
      {extraction && extraction.facts.length > 0 && (
        <section aria-labelledby="lib-facts">
          <h3 id="lib-facts" class="section-title">
            {t('keyFacts')}
          </h3>
          <ul class="list">
            {extraction.facts.slice(0, 10).map((f) => (
              <li key={f.id} class="item">
                <FactText fact={f} />
                <div class="row small">
                  <span class="grow" />
                  <CopyWithSource onDone={onCopied} cite={() => citedFrom(article, f.source.selector)} />
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      {extraction && extraction.quotes.length > 0 && (
        <section aria-labelledby="lib-quotes">
          <h3 id="lib-quotes" class="section-title">
            {t('quotes')}
          </h3>
          <ul class="list">
            {extraction.quotes.map((q) => (
              <li key={q.id} class="item">
                <div class="quote-text own-marks">{inMarks(q.text, q.source?.selector)}</div>
                <div class="row small muted">
                  <span class="speaker">{speakerLine(q)}</span>
                  <span class="grow" />
                  <CopyWithSource
                    onDone={onCopied}
                    cite={() => ({ ...citedFrom(article, q.source.selector, q.speaker), passage: q.text })}
                  />
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="lib-highlights">
        <h3 id="lib-highlights" class="section-title">
          {t('myNotes')}
        </h3>
        <ul class="list">
          {sorted.map((a) => (
            <HighlightItem
              key={a.id}
              annotation={a}
              article={article}
              colourLabel={colourName(a.body.color)}
              onCopied={onCopied}
              afterActions={
                <button type="button" class="btn link danger" onClick={() => onDeleteAnnotation(a)}>
                  {t('delete')}
                </button>
              }
            />
          ))}
        </ul>
      </section>
    </article>
  );
}
