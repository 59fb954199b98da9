// "Changed since you read it" for the article a popup or sidebar shows: compares the text as read with the text
// now. The text as read is the page the background kept at the first highlight, read into a copy here (extension
// pages have a DOM parser); for highlights made before that existed, today's text is kept the first time the
// article is shown with highlights. Failures only hide the notice.
import { useEffect, useState } from 'preact/hooks';
import { compareReadingCopies, readingCopyOf, type RevisionReport } from '../core/revisions';
import type { Annotation, Article, Extraction } from '../core/types';
import { sendToBackground } from '../lib/runtime-messages';
import { readingCopyFromPage } from '../lib/reading-copy-from-page';
import { loadRevisionSetting } from '../lib/revision-setting';

export function useRevision(
  article: Article,
  extraction: Extraction,
  annotations: readonly Annotation[],
): RevisionReport | null {
  const [report, setReport] = useState<RevisionReport | null>(null);
  const annotated = annotations.length > 0;
  const ids = annotations.map((a) => a.id).join(' ');
  useEffect(() => {
    let live = true;
    void (async () => {
      const setting = await loadRevisionSetting();
      if (!setting.keep) return setReport(null);
      const reply = await sendToBackground('getReadingCopy', { articleKey: article.canonicalUrl });
      if (!reply.ok) return;
      const now = new Date().toISOString();
      const kept = reply.copy ?? (reply.page ? readingCopyFromPage(reply.page, setting.maxChars) : null);
      if (kept) {
        if (!reply.copy) await sendToBackground('keepReadingCopy', { copy: kept });
        const current = readingCopyOf(article, extraction, now, Number.POSITIVE_INFINITY);
        if (live) setReport(compareReadingCopies(kept, current, annotations));
      } else if (annotated) {
        // Fallback: no page was kept at the first highlight (made before this version, or the page was cut short).
        const fallback = readingCopyOf(article, extraction, now, setting.maxChars);
        const stored = await sendToBackground('keepReadingCopy', { copy: fallback });
        // Refused: another view kept the copy in the meantime; compare with that one rather than show nothing.
        if (stored.ok && !stored.kept) {
          const again = await sendToBackground('getReadingCopy', { articleKey: article.canonicalUrl });
          const current = readingCopyOf(article, extraction, now, Number.POSITIVE_INFINITY);
          if (again.ok && again.copy && live) setReport(compareReadingCopies(again.copy, current, annotations));
        }
      }
    })().catch(() => live && setReport(null));
    return () => {
      live = false;
    };
    // `ids` stands for the annotation list: a new highlight re-checks, a re-render does not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [article, extraction, annotated, ids]);
  return report;
}
