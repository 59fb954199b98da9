// The Markdown template editor in the library's settings: pick a preset, edit it, see it rendered live on one of
// the reader's own articles, save it, and export with it. The preview is text in a <pre>, never HTML.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { bundleArticles, type ArticleBundle, type ExportScope } from '../../core/export';
import {
  checkTemplate,
  exportWithTemplate,
  presetById,
  renderTemplate,
  TEMPLATE_FIELDS,
  TEMPLATE_PRESETS,
  TemplateError,
  templateView,
  type TemplateWarning,
} from '../../core/export/template';
import type { ColorId, Extraction } from '../../core/types';
import {
  DEFAULT_EXPORT_TEMPLATE,
  loadExportTemplate,
  saveExportTemplate,
  type ExportTemplateSetting,
} from '../../lib/export-template-setting';
import { t } from '../../lib/i18n';
import { sendToBackground } from '../../lib/runtime-messages';
import type { ColorMeaning } from '../../lib/settings';
import { downloadText, fileNameFor } from '../download';
import type { ExportSource } from './ExportButtons';

/** Above this many articles, facts and quotes are left out of an export (one background round trip each). */
const MAX_EXTRACTIONS = 200;
/** Typing pauses this long before the preview re-renders: a long article renders in a few milliseconds anyway. */
const PREVIEW_DELAY_MS = 120;

type Outcome = { ok: true; text: string; warnings: TemplateWarning[] } | { ok: false; error: string };

function labelsOf(colors: readonly ColorMeaning[]): Record<ColorId, string> {
  return Object.fromEntries(colors.map((c) => [c.id, c.label])) as Record<ColorId, string>;
}

/** Renders the template on the preview article, or says why it cannot (error with its line). */
function outcomeOf(
  source: string,
  bundle: ArticleBundle | null,
  colors: Record<ColorId, string>,
  asReadOn: string | null,
): Outcome {
  try {
    const warnings = checkTemplate(source);
    const text = bundle
      ? renderTemplate(source, templateView(bundle, { colorLabels: colors, now: () => new Date(), asReadOn }))
      : '';
    return { ok: true, text, warnings };
  } catch (err) {
    return { ok: false, error: err instanceof TemplateError ? err.message : String(err) };
  }
}

export function TemplateEditor({
  source,
  scope,
  previewKey,
  colors,
  baseName,
  onDone,
}: {
  source: ExportSource;
  /** What "Export" writes: the open article, the selected ones, or everything. */
  scope: ExportScope;
  /** The article the preview shows (the open one, else the first in the list); null when there is none. */
  previewKey: string | null;
  colors: readonly ColorMeaning[];
  baseName: string;
  onDone(message: string): void;
}) {
  const [setting, setSetting] = useState<ExportTemplateSetting>(DEFAULT_EXPORT_TEMPLATE);
  const [draft, setDraft] = useState(DEFAULT_EXPORT_TEMPLATE.source);
  const [shown, setShown] = useState(DEFAULT_EXPORT_TEMPLATE.source);
  const [bundle, setBundle] = useState<ArticleBundle | null>(null);
  /** When the preview article's text was kept as first read, for {{asReadOn}}. */
  const [asReadOn, setAsReadOn] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const colorLabels = useMemo(() => labelsOf(colors), [colors]);

  useEffect(() => {
    void loadExportTemplate()
      .then((s) => {
        setSetting(s);
        setDraft(s.source);
        setShown(s.source);
      })
      .catch(() => undefined);
  }, []);

  useEffect(() => {
    let live = true;
    if (!previewKey) return void setBundle(null);
    void (async () => {
      const { articles, annotations } = await source.everything();
      const extraction = await source.extractionOf(previewKey);
      const extractions = new Map<string, Extraction>(extraction ? [[previewKey, extraction]] : []);
      const [b] = bundleArticles({
        articles,
        annotations,
        extractions,
        scope: { kind: 'articles', keys: [previewKey] },
      });
      const copy = await sendToBackground('getReadingCopy', { articleKey: previewKey });
      if (live) setAsReadOn(copy.ok && copy.copy ? copy.copy.readAt : null);
      if (live) setBundle(b ?? null);
    })().catch(() => live && setBundle(null));
    return () => {
      live = false;
    };
  }, [previewKey, source.everything, source.extractionOf]);

  const edit = (text: string) => {
    setDraft(text);
    setSetting({ ...setting, preset: 'custom' });
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => setShown(text), PREVIEW_DELAY_MS);
  };
  const outcome = useMemo(
    () => outcomeOf(shown, bundle, colorLabels, asReadOn),
    [shown, bundle, colorLabels, asReadOn],
  );
  const usable = outcome.ok && shown === draft;

  const choosePreset = (id: string) => {
    const preset = presetById(id);
    if (!preset) return;
    setSetting({ preset: preset.id, source: preset.source });
    setDraft(preset.source);
    setShown(preset.source);
  };
  const save = async () => {
    try {
      await saveExportTemplate({ preset: setting.preset, source: draft });
      onDone(t('libTemplateSaved'));
    } catch (err) {
      onDone(String(err));
    }
  };
  const exportNow = async () => {
    try {
      const { articles, annotations } = await source.everything();
      const keys = scope.kind === 'articles' ? scope.keys : [...new Set(annotations.map((a) => a.articleKey))];
      const extractions = new Map<string, Extraction>();
      const readOn = new Map<string, string>();
      if (keys.length <= MAX_EXTRACTIONS) {
        for (const [k, ex] of await Promise.all(keys.map(async (k) => [k, await source.extractionOf(k)] as const)))
          if (ex) extractions.set(k, ex);
        for (const k of keys) {
          const copy = await sendToBackground('getReadingCopy', { articleKey: k });
          if (copy.ok && copy.copy) readOn.set(k, copy.copy.readAt);
        }
      }
      // Rendered whole before anything is saved: a template error means no file at all.
      const text = exportWithTemplate({ articles, annotations, extractions, scope }, draft, {
        colorLabels,
        now: () => new Date(),
        asReadOn: readOn,
      });
      const name = fileNameFor(baseName, 'md');
      downloadText(name, text, 'text/markdown');
      onDone(t('libExported', name));
    } catch (err) {
      onDone(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <section class="lib-panel lib-template" aria-labelledby="lib-template-h">
      <h2 id="lib-template-h" class="section-title">
        {t('libTemplate')}
      </h2>
      <p class="small muted" id="lib-template-help">
        {t('libTemplateHelp')}
      </p>
      <label class="lib-label" for="lib-template-preset">
        {t('libTemplatePreset')}
      </label>
      <select
        id="lib-template-preset"
        value={setting.preset}
        onChange={(e) => choosePreset((e.currentTarget as HTMLSelectElement).value)}
      >
        {TEMPLATE_PRESETS.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
        {setting.preset === 'custom' && <option value="custom">{t('libTemplateCustom')}</option>}
      </select>
      <label class="lib-label" for="lib-template-source">
        {t('libTemplateSource')}
      </label>
      <textarea
        id="lib-template-source"
        class="lib-template-source"
        style={{ width: '100%', fontFamily: 'monospace', fontSize: '12px' }}
        rows={14}
        spellcheck={false}
        value={draft}
        aria-describedby="lib-template-help lib-template-status"
        aria-invalid={!outcome.ok}
        onInput={(e) => edit((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <div id="lib-template-status">
        {!outcome.ok && (
          <p class="lib-error" role="alert">
            {t('libTemplateBroken', outcome.error)}
          </p>
        )}
        {outcome.ok &&
          outcome.warnings.map((w) => (
            <p key={`${w.line}-${w.name}`} class="small lib-warning">
              {t('libTemplateUnknown', w.line, w.name)}
            </p>
          ))}
      </div>
      <details class="small">
        <summary>{t('libTemplateFields')}</summary>
        <p class="lib-template-fields">{TEMPLATE_FIELDS.join(' · ')}</p>
      </details>
      <div class="row">
        <button type="button" class="btn primary" disabled={!usable} onClick={() => void save()}>
          {t('libTemplateSave')}
        </button>
        <button type="button" class="btn" disabled={!usable} onClick={() => void exportNow()}>
          {t('libTemplateExport')}
        </button>
      </div>
      <h3 class="lib-label" id="lib-template-preview-h">
        {bundle ? t('libTemplatePreview', bundle.article.title) : t('libTemplateNoArticle')}
      </h3>
      {/* Focusable: a long preview scrolls, and a keyboard reader must be able to scroll it too. */}
      {outcome.ok && bundle && (
        <pre
          class="lib-template-preview"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus (axe: scrollable-region-focusable)
          tabIndex={0}
          aria-labelledby="lib-template-preview-h"
          style={{
            whiteSpace: 'pre-wrap',
            overflowWrap: 'anywhere',
            maxHeight: '24em',
            overflow: 'auto',
            fontSize: '12px',
          }}
          aria-live="polite"
          data-testid="template-preview"
        >
          {outcome.text}
        </pre>
      )}
    </section>
  );
}
