// Export one article's notes from the popup: Markdown to the clipboard or to a file.
import { exportMarkdown } from '../core/export';
import type { Annotation, Article, Extraction } from '../core/types';
import { t } from '../lib/i18n';
import { articleRecordOf } from '../lib/tab-article';
import { downloadText, fileNameFor } from './download';

export function ExportMenu({ article, extraction, annotations, onDone }: {
  article: Article;
  extraction: Extraction;
  annotations: Annotation[];
  onDone(message: string): void;
}) {
  const markdown = () =>
    exportMarkdown(
      {
        articles: [articleRecordOf(article, new Date().toISOString())],
        annotations,
        extractions: new Map([[article.canonicalUrl, extraction]]),
      },
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
      <button class="btn" onClick={() => void copy()}>{t('exportMarkdown')}</button>
      <button class="btn" onClick={() => downloadText(fileNameFor(article.title, 'md'), markdown(), 'text/markdown')}>
        {t('exportMarkdownFile')}
      </button>
    </>
  );
}
