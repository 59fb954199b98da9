// The changes between the text a reader read and the page now, inline: headline, deck, reworded paragraphs with
// words struck and added (jsdiff), paragraphs added or removed, and the highlights, quotes and figures affected.
// Everything is page text rendered as text.
import { diffWords } from 'diff';
import type { RevisionReport } from '../core/revisions';
import { t } from '../lib/i18n';

/** A paragraph before and after, word by word: removed words struck through, added ones marked. */
export function WordDiff({ before, after }: { before: string; after: string }) {
  return (
    <p class="revision-words word-diff">
      {diffWords(before, after).map((part, i) =>
        part.added ? (
          <ins key={i}>{part.value}</ins>
        ) : part.removed ? (
          <del key={i}>{part.value}</del>
        ) : (
          <span key={i}>{part.value}</span>
        ),
      )}
    </p>
  );
}

export function RevisionDiff({ report }: { report: RevisionReport }) {
  return (
    <div class="revision-diff" data-testid="revision-diff">
      {report.headline && (
        <section>
          <h3 class="section-title">{t('revisedHeadline')}</h3>
          <WordDiff before={report.headline.before} after={report.headline.after} />
        </section>
      )}
      {report.deck && (
        <section>
          <h3 class="section-title">{t('revisedDeck')}</h3>
          <WordDiff before={report.deck.before ?? ''} after={report.deck.after ?? ''} />
        </section>
      )}
      {report.highlights.length > 0 && (
        <section>
          <h3 class="section-title">{t('revisedYourHighlights')}</h3>
          {report.highlights.map((h) => (
            <div key={h.id} class="revision-item">
              <p>
                <del>{h.exact}</del>
              </p>
              <p class="small muted">{h.nowReads ? t('revisedNowReads') : t('revisedGone')}</p>
              {h.nowReads && (
                <WordDiff
                  before={report.paragraphs.find((p) => p.after === h.nowReads)?.before ?? h.exact}
                  after={h.nowReads}
                />
              )}
            </div>
          ))}
        </section>
      )}
      {report.quotes.length > 0 && (
        <section>
          <h3 class="section-title">{t('revisedQuotesTitle')}</h3>
          {report.quotes.map((q, i) => (
            <div key={i} class="revision-item">
              <p class="small muted">{q.speaker ?? t('revisedUnattributed')}</p>
              {q.after ? (
                <WordDiff before={q.before} after={q.after} />
              ) : (
                <p>
                  <del>{q.before}</del>
                </p>
              )}
            </div>
          ))}
        </section>
      )}
      {report.figures.length > 0 && (
        <section>
          <h3 class="section-title">{t('revisedFiguresTitle')}</h3>
          {report.figures.map((f, i) => (
            <div key={i} class="revision-item">
              <p class="small muted">{f.values.join(' · ')}</p>
              {f.after ? (
                <WordDiff before={f.before} after={f.after} />
              ) : (
                <p>
                  <del>{f.before}</del>
                </p>
              )}
            </div>
          ))}
        </section>
      )}
      {report.paragraphs.length > 0 && (
        <section>
          <h3 class="section-title">{t('revisedParagraphsTitle')}</h3>
          {report.paragraphs.map((p, i) => (
            <div key={i} class="revision-item">
              <p class="small muted">
                {t(p.kind === 'added' ? 'revisedAdded' : p.kind === 'removed' ? 'revisedRemoved' : 'revisedReworded')}
              </p>
              {p.kind === 'reworded' ? (
                <WordDiff before={p.before!} after={p.after!} />
              ) : p.kind === 'added' ? (
                <p>
                  <ins>{p.after}</ins>
                </p>
              ) : (
                <p>
                  <del>{p.before}</del>
                </p>
              )}
            </div>
          ))}
        </section>
      )}
    </div>
  );
}
