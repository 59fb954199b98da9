// The import registry: readImportFile tries the registered formats in order, so a new format (even one that is not
// a single JSON value) is one entry; limits and the "not recognised" error cover every entry.
import { describe, expect, it } from 'vitest';
import { exportJsonLdText } from '../../../core/export';
import {
  IMPORTERS,
  ImportFileError,
  acceptedFileTypes,
  importHypothesis,
  readImportFile,
  type Importer,
} from '../../../core/import';
import { annotation, article, now } from '../export/fixtures';

const hypothesisRow = (id: string, exact: string) => ({
  id,
  uri: 'https://news.example/story',
  created: '2026-01-02T03:04:05.000Z',
  text: '',
  tags: [],
  target: [
    { source: 'https://news.example/story', selector: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }] },
  ],
});

/**
 * A made-up text format, one Hypothesis annotation per line behind a "HYP " tag: not JSON (nor JSON Lines), so it
 * brings its own parser.
 */
const hypothesisLines: Importer = {
  id: 'hypothesis',
  label: 'Hypothesis lines',
  extensions: ['hyp'],
  mimeTypes: ['text/x-hyp'],
  parse: (text) =>
    text
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => {
        if (!l.startsWith('HYP ')) throw new Error('not a HYP line');
        return JSON.parse(l.slice(4)) as unknown;
      }),
  detect: (doc) => Array.isArray(doc),
  count: (doc) => (doc as unknown[]).length,
  run: importHypothesis,
};

describe('import registry', () => {
  it('reads each known format with the entry that detects it', () => {
    const jsonld = exportJsonLdText({ articles: [article], annotations: [annotation({ exact: 'a passage' })] }, now);
    expect(readImportFile(jsonld, { now }).format).toBe('lede-jsonld');
    expect(readImportFile(JSON.stringify([hypothesisRow('h1', 'first passage')]), { now }).format).toBe('hypothesis');
    expect(IMPORTERS.map((i) => i.id)).toEqual(['lede-jsonld', 'w3c-jsonld', 'hypothesis', 'obsidian']);
  });

  it('takes a new entry with its own parser: two lines become two highlights', () => {
    const text = [hypothesisRow('h1', 'first passage'), hypothesisRow('h2', 'second passage')]
      .map((r) => `HYP ${JSON.stringify(r)}`)
      .join('\n');
    expect(() => readImportFile(text, { now })).toThrow(ImportFileError);
    const report = readImportFile(text, { now }, [...IMPORTERS, hypothesisLines]);
    expect(report.annotations.map((a) => a.target.selector[0].exact)).toEqual(['first passage', 'second passage']);
  });

  it('applies the record limit to every entry, and names every format when none fits', () => {
    const text = [hypothesisRow('h1', 'one'), hypothesisRow('h2', 'two'), hypothesisRow('h3', 'three')]
      .map((r) => `HYP ${JSON.stringify(r)}`)
      .join('\n');
    expect(() => readImportFile(text, { now, maxRecords: 2 }, [...IMPORTERS, hypothesisLines])).toThrow(/at most 2/);
    expect(() => readImportFile('{"hello": 1}', { now })).toThrow(/Hypothesis and Obsidian Web Clipper files/);
  });

  it('offers the file picker every registered extension and MIME type once', () => {
    // Every JSON format is read as JSON Lines too, so the picker offers those extensions for all of them.
    expect(acceptedFileTypes()).toBe(
      '.json,.jsonld,application/json,application/ld+json,.jsonl,.ndjson,application/x-ndjson,application/jsonl',
    );
    expect(acceptedFileTypes([...IMPORTERS, hypothesisLines])).toContain('.hyp');
  });
});
