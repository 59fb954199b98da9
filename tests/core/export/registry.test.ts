// The export registry: every format the library offers as a button runs on real records, names a label the
// interface can show, and gives a file the registered MIME type describes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPORTERS, exporterById } from '../../../core/export';
import { annotation, article, extraction, now } from './fixtures';

const catalogue = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, unknown>;

describe('export registry', () => {
  const input = {
    articles: [article],
    annotations: [
      annotation({
        exact: 'schools face cuts',
        body: { note: 'check the 2025 figure', tags: ['budget'], color: 'green' },
      }),
    ],
    extractions: new Map([[article.key, extraction]]),
  };

  for (const exporter of EXPORTERS) {
    it(`${exporter.id}: has a button label, a unique id and extension, and exports the highlight and its note`, () => {
      expect(catalogue).toHaveProperty(exporter.label);
      expect(EXPORTERS.filter((e) => e.id === exporter.id || e.extension === exporter.extension)).toHaveLength(1);
      expect(exporter.mimeType).toMatch(/^[a-z]+\/[a-z0-9.+-]+$/);
      const text = exporter.run(input, now);
      expect(text).toContain('schools face cuts');
      expect(text).toContain('check the 2025 figure');
    });
  }

  it('finds an exporter by id, and none for an unknown id', () => {
    expect(exporterById('csv')?.mimeType).toBe('text/csv');
    expect(exporterById('docx')).toBeNull();
  });
});
