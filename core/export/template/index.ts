// Export templates: a reader-editable Markdown layout (mustache, escaped by default) over one view per article,
// with shipped presets. Pure; runs in Node and in extension pages alike.
import type { ExportInput } from '../bundle';
import { bundleArticles } from '../bundle';
import { renderTemplate } from './render';
import { templateView, type TemplateViewOptions } from './view';
import { forSharing } from '../../invisible-chars';

export { checkTemplate, renderTemplate, TemplateError, MAX_TEMPLATE_CHARS, type TemplateWarning } from './render';
export { presetById, TEMPLATE_PRESETS, type PresetId, type TemplatePreset } from './presets';
export { templateView, TEMPLATE_FIELDS, type TemplateView, type TemplateViewOptions } from './view';

/** Options per export: colour meanings and clock, plus optional per-article extras keyed by article key. */
export interface TemplateExportOptions extends Omit<TemplateViewOptions, 'articleNote' | 'asReadOn'> {
  articleNotes?: ReadonlyMap<string, string> | undefined;
  /** ISO date each article's text was kept as first read, where Lede kept it. */
  asReadOn?: ReadonlyMap<string, string> | undefined;
}

/**
 * One Markdown file per article in scope, rendered with `source`, newest read first. Every article is rendered
 * before anything is returned: a broken template throws TemplateError and no file is produced.
 */
export function renderArticlesWithTemplate(
  input: ExportInput,
  source: string,
  options: TemplateExportOptions,
): { key: string; title: string; text: string }[] {
  return bundleArticles(input).map((bundle) => {
    const view = templateView(bundle, {
      colorLabels: options.colorLabels,
      now: options.now,
      articleNote: options.articleNotes?.get(bundle.article.key),
      asReadOn: options.asReadOn?.get(bundle.article.key),
    });
    // Notes leave Lede as the other exports do: without characters nobody sees (invisible-chars.ts).
    return { key: bundle.article.key, title: forSharing(view.title), text: forSharing(renderTemplate(source, view)) };
  });
}

/** The articles in scope rendered with `source` as one Markdown document (articles separated by a rule). */
export function exportWithTemplate(input: ExportInput, source: string, options: TemplateExportOptions): string {
  return renderArticlesWithTemplate(input, source, options)
    .map((f) => f.text.trimEnd())
    .join('\n\n---\n\n')
    .concat('\n');
}
