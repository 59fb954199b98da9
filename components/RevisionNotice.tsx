// One line in the popup and sidebar when the article changed since the reader first highlighted it ("Revised
// since you read it on 3 May: 2 paragraphs changed, 1 of your highlights"), opening the changes inline.
import { useState } from 'preact/hooks';
import type { RevisionReport } from '../core/revisions';
import type { Annotation, Article, Extraction } from '../core/types';
import { t } from '../lib/i18n';
import { RevisionDiff } from './RevisionDiff';
import { useRevision } from './use-revision';

/** The notice's summary: what changed, in the reader's words, most important first. */
export function revisionSummary(report: RevisionReport): string {
  const parts: string[] = [];
  if (report.headline) parts.push(t('revisedPartHeadline'));
  if (report.deck) parts.push(t('revisedPartDeck'));
  const paragraphs = report.counts.added + report.counts.removed + report.counts.reworded;
  if (paragraphs) parts.push(t(paragraphs === 1 ? 'revisedPartParagraph' : 'revisedPartParagraphs', paragraphs));
  if (report.highlights.length) parts.push(t('revisedPartHighlights', report.highlights.length));
  if (report.quotes.length)
    parts.push(t(report.quotes.length === 1 ? 'revisedPartQuote' : 'revisedPartQuotes', report.quotes.length));
  if (report.figures.length)
    parts.push(t(report.figures.length === 1 ? 'revisedPartFigure' : 'revisedPartFigures', report.figures.length));
  const day = new Date(report.readAt).toLocaleDateString(undefined, { day: 'numeric', month: 'long' });
  return t('revisedSince', day, parts.join(', '));
}

export function RevisionNotice({
  article,
  extraction,
  annotations,
}: {
  article: Article;
  extraction: Extraction;
  annotations: readonly Annotation[];
}) {
  const report = useRevision(article, extraction, annotations);
  const [open, setOpen] = useState(false);
  if (!report?.changed) return null;
  return (
    <div class="revision-notice" role="status" style={{ marginTop: '8px' }}>
      <p class="small">
        <strong>{revisionSummary(report)}</strong>{' '}
        <button type="button" class="btn link" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('revisedHide') : t('revisedShow')}
        </button>
      </p>
      {open && <RevisionDiff report={report} />}
    </div>
  );
}
