// Reads an import file: size limits, JSON parsing with a clear error for cut-off files, format detection, then the
// format's parser from the registry. Pure: nothing is written here; the caller passes the report to `store.importRecords`.
import type { ImportOptions, ImportReport } from './common';
import { MAX_IMPORT_CHARS, MAX_IMPORT_RECORDS } from './common';
import { ImportFileError } from './errors';
import { parseJsonText } from './json-text';
import { importHypothesis } from './hypothesis';
import { importJsonLd } from './jsonld';
import { importObsidian } from './obsidian';
import { IMPORTERS, type Importer } from './registry';

export { ImportFileError } from './errors';
export {
  MAX_IMPORT_CHARS,
  MAX_IMPORT_RECORDS,
  htmlToText,
  type ImportFormat,
  type ImportOptions,
  type ImportReport,
  type RejectedRecord,
} from './common';
// parseJsonText reads one JSON document or JSON Lines (json-text.ts), so every JSON format also imports as JSON Lines.
export { importJsonLd, importHypothesis, importObsidian, parseJsonText };
export { IMPORTERS, importerById, acceptedFileTypes, type Importer } from './registry';

/**
 * Reads a file of any format in the registry (core/import/registry.ts): Lede JSON-LD, W3C Web Annotations,
 * Hypothesis, Obsidian Web Clipper. Throws ImportFileError when the file as a whole cannot be used (too big, cut
 * off, not JSON, unknown format, too many records); otherwise returns the validated records and every rejected
 * record with its index and reason.
 */
export function readImportFile(
  text: string,
  options: ImportOptions,
  importers: readonly Importer[] = IMPORTERS,
): ImportReport {
  const maxChars = options.maxChars ?? MAX_IMPORT_CHARS;
  const max = options.maxRecords ?? MAX_IMPORT_RECORDS;
  // JSON is parsed once, on first need, for every entry without a parser of its own; its error is kept for the end.
  let json: { doc: unknown } | { error: unknown } | null = null;
  for (const importer of importers) {
    let doc: unknown;
    if (importer.parse) {
      if (text.length > maxChars) continue;
      try {
        doc = importer.parse(text);
      } catch {
        // Not this format's text; the JSON error (or "not recognised") below says what is wrong.
        continue;
      }
    } else {
      if (!json) {
        try {
          json = { doc: parseJsonText(text, maxChars) };
        } catch (error) {
          json = { error };
        }
      }
      if ('error' in json) continue;
      doc = json.doc;
    }
    try {
      if (!importer.detect(doc)) continue;
      const count = importer.count(doc);
      if (count > max)
        throw new ImportFileError(`The file holds ${count} records; Lede imports at most ${max} at a time.`);
      return importer.run(doc, options);
    } catch (error) {
      // A value nested deeper than some reader of it can recurse (a stack overflow): the file, not Lede, is at fault.
      if (error instanceof RangeError)
        throw new ImportFileError('The file is nested too deeply to be a notes export.', error);
      throw error;
    }
  }
  if (json && 'error' in json) throw json.error;
  const names = importers.map((i) => i.label);
  throw new ImportFileError(
    `Lede does not recognise this file. It imports ${names.slice(0, -1).join(', ')} and ${names.at(-1)} files.`,
  );
}
