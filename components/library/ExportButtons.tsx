// Export buttons for a scope (one article, the selected ones, or everything): one button per entry of the export
// registry (core/export/registry.ts), files via Blob + <a download>, and Markdown to the clipboard.
import { useId } from 'preact/hooks';
import { EXPORTERS, exporterById, type Exporter, type ExportScope } from '../../core/export';
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

export function ExportButtons({
  scope,
  source,
  baseName,
  onDone,
  colors,
  label,
}: {
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
  const build = async (exporter: Exporter) => {
    const { articles, annotations } = await source.everything();
    const keys = scope.kind === 'articles' ? scope.keys : [...new Set(annotations.map((a) => a.articleKey))];
    const extractions = new Map<string, Extraction>();
    if (exporter.usesExtractions && keys.length <= MAX_EXTRACTIONS) {
      const found = await Promise.all(keys.map(async (k) => [k, await source.extractionOf(k)] as const));
      for (const [k, ex] of found) if (ex) extractions.set(k, ex);
    }
    return exporter.run({ articles, annotations, extractions, scope, colors }, () => new Date());
  };
  const save = async (exporter: Exporter) => {
    try {
      const text = await build(exporter);
      const name = fileNameFor(baseName, exporter.extension);
      downloadText(name, text, exporter.mimeType);
      onDone(t('libExported', name));
    } catch (err) {
      onDone(err instanceof Error ? err.message : String(err));
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(await build(exporterById('md')!));
      onDone(t('copied'));
    } catch (err) {
      onDone(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <div class="row lib-export" role="group" aria-labelledby={groupId}>
      <span class="small muted" id={groupId}>
        {label ?? t('libExport')}
      </span>
      <button type="button" class="btn" onClick={() => void copy()} title={t('libExportMarkdownHelp')}>
        {t('libCopyMarkdown')}
      </button>
      {EXPORTERS.map((exporter) => (
        <button
          key={exporter.id}
          type="button"
          class="btn"
          onClick={() => void save(exporter)}
          title={t(exporter.help)}
        >
          {t(exporter.label)}
        </button>
      ))}
    </div>
  );
}
