// Reads an import file: size limits, JSON parsing with a clear error for cut-off files, format detection, then the
// format's parser. Pure: nothing is written here; the caller passes the report to `store.importRecords`.
import type { ImportOptions, ImportReport } from './common';
import { MAX_IMPORT_CHARS, MAX_IMPORT_RECORDS } from './common';
import { ImportFileError } from './errors';
import { hypothesisItems, importHypothesis } from './hypothesis';
import { importJsonLd, isJsonLd, jsonLdItems } from './jsonld';
import { importObsidian, obsidianPages } from './obsidian';

export { ImportFileError } from './errors';
export { MAX_IMPORT_CHARS, MAX_IMPORT_RECORDS, htmlToText, type ImportFormat, type ImportOptions, type ImportReport, type RejectedRecord } from './common';
export { importJsonLd, importHypothesis, importObsidian };

/** Parses JSON text; a cut-off or malformed file becomes an ImportFileError that says so. */
export function parseJsonText(text: string, maxChars = MAX_IMPORT_CHARS): unknown {
  if (text.length > maxChars) {
    throw new ImportFileError(`The file is too large to import (${Math.round(text.length / 1e6)} MB; the limit is ${Math.round(maxChars / 1e6)} MB).`);
  }
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) throw new ImportFileError('The file is empty.');
  try {
    return JSON.parse(trimmed);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (err instanceof RangeError) throw new ImportFileError('The file is nested too deeply to be a notes export.', err);
    if (/end of (JSON|data)|Unterminated|unexpected end/i.test(message)) {
      throw new ImportFileError('The file is cut off: it ends before the JSON is complete. Nothing was imported; export it again.', err);
    }
    throw new ImportFileError(`The file is not valid JSON (${message.slice(0, 120)}). Nothing was imported.`, err);
  }
}

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
