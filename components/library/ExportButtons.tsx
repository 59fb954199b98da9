// Export buttons for a scope (one article, the selected ones, or everything): files via Blob + <a download>,
// and Markdown to the clipboard.
import { useId } from 'preact/hooks';
import { exportCsv, exportHtml, exportJsonLdText, exportMarkdown, type ExportScope } from '../../core/export';
import type { Annotation, ArticleRecord, Extraction } from '../../core/types';
import { t } from '../../lib/i18n';
import type { ColorMeaning } from '../../lib/settings';
import { downloadText, fileNameFor } from '../download';

/** Above this many articles, facts and quotes are left out of an export (one background round trip each). */
const MAX_EXTRACTIONS = 200;

export interface ExportSource {
  everything(): Promise<{ articles: ArticleRecord[]; annotations: Annotation[] }>;
  extractionOf(key: string): Promise<Extraction | null>;
}

type Format = 'md' | 'jsonld' | 'csv' | 'html';

export function ExportButtons({ scope, source, baseName, onDone, colors, label }: {
  scope: ExportScope;
  /** The reader's colour meanings, carried by every export. */
  colors?: ColorMeaning[];
  /** The group's visible name ("Export all notes"); the word "Export" when not given. */
  label?: string;
  source: ExportSource;
  baseName: string;
  onDone(message: string): void;
}) {
  const groupId = useId();
  const build = async (format: Format) => {
    const { articles, annotations } = await source.everything();
    const keys = scope.kind === 'articles' ? scope.keys : [...new Set(annotations.map((a) => a.articleKey))];
    const extractions = new Map<string, Extraction>();
    if (format !== 'jsonld' && format !== 'csv' && keys.length <= MAX_EXTRACTIONS) {
      const found = await Promise.all(keys.map(async (k) => [k, await source.extractionOf(k)] as const));
      for (const [k, ex] of found) if (ex) extractions.set(k, ex);
    }
    const input = { articles, annotations, extractions, scope, colors };
    const now = () => new Date();
    if (format === 'md') return exportMarkdown(input, now);
    if (format === 'jsonld') return exportJsonLdText(input, now);
    if (format === 'csv') return exportCsv(input);
    return exportHtml(input, now);
  };
  const save = async (format: Format, type: string) => {
    try {
      const text = await build(format);
      const name = fileNameFor(baseName, format);
      downloadText(name, text, type);
      onDone(t('libExported', name));
    } catch (err) {
      onDone(err instanceof Error ? err.message : String(err));
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(await build('md'));
      onDone(t('copied'));
    } catch (err) {
      onDone(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <div class="row lib-export" role="group" aria-labelledby={groupId}>
      <span class="small muted" id={groupId}>{label ?? t('libExport')}</span>
      <button type="button" class="btn" onClick={() => void copy()} title={t('libExportMarkdownHelp')}>{t('libCopyMarkdown')}</button>
      <button type="button" class="btn" onClick={() => void save('md', 'text/markdown')} title={t('libExportMarkdownHelp')}>{t('libExportMarkdown')}</button>
      <button type="button" class="btn" onClick={() => void save('jsonld', 'application/ld+json')} title={t('libExportJsonLdHelp')}>{t('libExportJsonLd')}</button>
      <button type="button" class="btn" onClick={() => void save('csv', 'text/csv')} title={t('libExportCsvHelp')}>{t('libExportCsv')}</button>
      <button type="button" class="btn" onClick={() => void save('html', 'text/html')} title={t('libExportHtmlHelp')}>{t('libExportHtml')}</button>
    </div>
  );
}
