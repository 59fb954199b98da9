// Export one article's notes from the popup: Markdown to the clipboard or to a file.
import { exportMarkdown } from '../core/export';
import type { Annotation, Article, ArticleRecord, Extraction } from '../core/types';
import { t } from '../lib/i18n';
import { downloadText, fileNameFor } from './download';

export function ExportMenu({
  article,
  record,
  extraction,
  annotations,
  onDone,
  colors,
}: {
  /** The reader's colour meanings, carried with each highlight. */
  colors?: readonly { id: Annotation['body']['color']; label: string }[] | undefined;
  article: Article;
  /** The stored record (it carries the article note). */
  record: ArticleRecord;
  extraction: Extraction;
  annotations: Annotation[];
  onDone(message: string): void;
}) {
  const markdown = () =>
    exportMarkdown(
      { articles: [record], annotations, extractions: new Map([[article.canonicalUrl, extraction]]), colors },
      () => new Date(),
    );
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(markdown());
      onDone(t('copied'));
    } catch (err) {
      onDone(String(err));
    }
  };
  return (
    <>
      <button type="button" class="btn" onClick={() => void copy()}>
        {t('exportMarkdown')}
      </button>
      <button
        type="button"
        class="btn link save-md"
        onClick={() => downloadText(fileNameFor(article.title, 'md'), markdown(), 'text/markdown')}
      >
        {t('exportMarkdownFile')}
      </button>
    </>
  );
}
