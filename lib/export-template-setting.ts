// The reader's export template, in a versioned `storage.local` item: which preset it started from and its text.
import { MAX_TEMPLATE_CHARS, presetById, TEMPLATE_PRESETS, type PresetId } from '../core/export/template';
import { storedItem } from './stored-item';

const KEY = 'exportTemplate';
const VERSION = 1;

export interface ExportTemplateSetting {
  /** The preset the text came from, or 'custom' once the reader edited it. */
  preset: PresetId | 'custom';
  source: string;
}

export const DEFAULT_EXPORT_TEMPLATE: ExportTemplateSetting = {
  preset: 'obsidian',
  source: TEMPLATE_PRESETS[0]!.source,
};

/** Repairs whatever storage holds into a usable setting (the stored item is untrusted like any other input). */
export function normalizeExportTemplate(raw: unknown): ExportTemplateSetting {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<ExportTemplateSetting>;
  if (typeof r.source !== 'string' || !r.source.trim() || r.source.length > MAX_TEMPLATE_CHARS)
    return DEFAULT_EXPORT_TEMPLATE;
  const preset =
    r.preset === 'custom' || presetById(String(r.preset)) ? (r.preset as ExportTemplateSetting['preset']) : 'custom';
  return { preset, source: r.source };
}

const item = storedItem(KEY, VERSION, normalizeExportTemplate);
export const loadExportTemplate: () => Promise<ExportTemplateSetting> = item.load;
export const saveExportTemplate: (setting: ExportTemplateSetting) => Promise<void> = item.save;
