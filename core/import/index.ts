// Reads an import file: size limits, JSON parsing with a clear error for cut-off files, format detection, then the
// format's parser. Pure: nothing is written here; the caller passes the report to `store.importRecords`.
import type { ImportOptions, ImportReport } from './common';
import { MAX_IMPORT_CHARS, MAX_IMPORT_RECORDS } from './common';
import { ImportFileError } from './errors';
import { parseJsonText } from './json-text';
import { hypothesisItems, importHypothesis } from './hypothesis';
import { importJsonLd, isJsonLd, jsonLdItems } from './jsonld';
import { importObsidian, obsidianPages } from './obsidian';

export { ImportFileError } from './errors';
export { MAX_IMPORT_CHARS, MAX_IMPORT_RECORDS, htmlToText, type ImportFormat, type ImportOptions, type ImportReport, type RejectedRecord } from './common';
export { importJsonLd, importHypothesis, importObsidian, parseJsonText };

function recordCount(doc: unknown): number {
  const list = jsonLdItems(doc) ?? hypothesisItems(doc) ?? obsidianPages(doc)?.reduce((n, p) => n + p.highlights.length, 0) ?? 0;
  return typeof list === 'number' ? list : list.length;
}

/**
 * Reads a Lede JSON-LD, W3C Web Annotation, Hypothesis or Obsidian Web Clipper file. Throws ImportFileError when
 * the file as a whole cannot be used (too big, cut off, not JSON, unknown format, too many records); otherwise
 * returns the validated records and every rejected record with its index and reason.
 */
export function readImportFile(text: string, options: ImportOptions): ImportReport {
  const doc = parseJsonText(text, options.maxChars ?? MAX_IMPORT_CHARS);
  const max = options.maxRecords ?? MAX_IMPORT_RECORDS;
  const count = recordCount(doc);
  if (count > max) throw new ImportFileError(`The file holds ${count} records; Lede imports at most ${max} at a time.`);
  if (isJsonLd(doc)) return importJsonLd(doc, options);
  if (hypothesisItems(doc)) return importHypothesis(doc, options);
  if (obsidianPages(doc)) return importObsidian(doc, options);
  throw new ImportFileError(
    'Lede does not recognise this file. It imports Lede’s own JSON-LD, W3C Web Annotations, Hypothesis exports and Obsidian Web Clipper highlights.',
  );
}
