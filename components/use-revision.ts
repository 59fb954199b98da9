// "Changed since you read it" for the article a popup or sidebar shows: keeps the text as read the first time the
// article has highlights, and on later visits compares it with the text now. Failures only hide the notice.
import { useEffect, useState } from 'preact/hooks';
import { compareReadingCopies, readingCopyOf, type RevisionReport } from '../core/revisions';
import type { Annotation, Article, Extraction } from '../core/types';
import { sendToBackground } from '../lib/messaging';
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
      if (reply.copy) {
        const current = readingCopyOf(article, extraction, now, Number.POSITIVE_INFINITY);
        if (live) setReport(compareReadingCopies(reply.copy, current, annotations));
      } else if (annotated) {
        await sendToBackground('keepReadingCopy', { copy: readingCopyOf(article, extraction, now, setting.maxChars) });
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
