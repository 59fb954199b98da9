import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { TEMPLATE_PRESETS } from '../../core/export/template';
import { DEFAULT_EXPORT_TEMPLATE, loadExportTemplate, saveExportTemplate } from '../../lib/export-template-setting';

describe('the saved export template', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts from the Obsidian preset and keeps the reader’s edits across loads', async () => {
    expect(await loadExportTemplate()).toEqual({ preset: 'obsidian', source: TEMPLATE_PRESETS[0]!.source });
    await saveExportTemplate({ preset: 'custom', source: '# {{title}}\n' });
    expect(await loadExportTemplate()).toEqual({ preset: 'custom', source: '# {{title}}\n' });
  });

  it('falls back to the default when storage holds something unusable', async () => {
    for (const bad of [null, 'text', { source: '' }, { source: 42 }, { source: 'x'.repeat(60_000) }]) {
      await fakeBrowser.storage.local.set({ exportTemplate: bad });
      expect(await loadExportTemplate()).toEqual(DEFAULT_EXPORT_TEMPLATE);
    }
    await fakeBrowser.storage.local.set({ exportTemplate: { preset: 'nonsense', source: '{{title}}' } });
    expect(await loadExportTemplate()).toEqual({ preset: 'custom', source: '{{title}}' });
  });
});
