// Turns an import file's text into a JSON value: one JSON document, or JSON Lines (one JSON value per line, as the
// Hypothesis API tools and `jq -c` write them), which becomes the array of its lines. Pure; nothing else reads text.
import { MAX_IMPORT_CHARS } from './common';
import { ImportFileError } from './errors';

/**
 * True when JSON.parse's message says the text ended before the value did (V8, SpiderMonkey and JSC wordings), or
 * points at the very end of the text: V8 reports a file cut after a complete string as "Expected ',' or '}' … at
 * position <length>".
 */
function isEndOfInput(message: string, length: number): boolean {
  const at = /at position (\d+)/.exec(message);
  return /end of (JSON|data)|Unterminated|unexpected end/i.test(message) || (at !== null && Number(at[1]) >= length);
}

function fileError(err: unknown, length: number): ImportFileError {
  const message = err instanceof Error ? err.message : String(err);
  if (err instanceof RangeError) return new ImportFileError('The file is nested too deeply to be a notes export.', err);
  if (isEndOfInput(message, length)) {
    return new ImportFileError(
      'The file is cut off: it ends before the JSON is complete. Nothing was imported; export it again.',
      err,
    );
  }
  return new ImportFileError(`The file is not valid JSON (${message.slice(0, 120)}). Nothing was imported.`, err);
}

/** Parses one line of a JSON Lines file; its object or array, or null when the line is not one. */
function parseLine(line: string): unknown {
  const head = line[0];
  if (head !== '{' && head !== '[') return null;
  try {
    return JSON.parse(line);
  } catch {
    return null;
  }
}

/**
 * Hypothesis's API returns pages (`{ total, rows: [...] }`); a script that saves each page as one line makes a file
 * of pages. Their rows are one list of annotations, so the pages are joined; any other lines are kept as they are.
 */
function joinLines(values: unknown[]): unknown {
  const isPage = (v: unknown): v is { rows: unknown[] } =>
    typeof v === 'object' && v !== null && !Array.isArray(v) && Array.isArray((v as { rows?: unknown }).rows);
  if (values.length > 0 && values.every(isPage)) return { rows: values.flatMap((v) => v.rows) };
  return values;
}

/**
 * Reads JSON Lines: every non-blank line must be a JSON object or array. Returns null when the text does not look
 * like JSON Lines (its first line is not a complete JSON value), so the caller reports the ordinary JSON error.
 * Throws ImportFileError naming the first bad line otherwise.
 */
function parseJsonLines(text: string): unknown[] | null {
  const lines = text.split(/\r\n|\n|\r/);
  const values: unknown[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const value = parseLine(line);
    if (value !== null) {
      values.push(value);
      continue;
    }
    if (values.length === 0) return null;
    const isLast = lines.slice(i + 1).every((l) => !l.trim());
    if (isLast) {
      throw new ImportFileError(
        `The file is cut off: its last line (line ${i + 1}) is not a complete JSON record. Nothing was imported; export it again.`,
      );
    }
    throw new ImportFileError(`Line ${i + 1} of this JSON Lines file is not a JSON record. Nothing was imported.`);
  }
  return values.length >= 2 ? values : null;
}

/**
 * Parses an import file's text. A single JSON document is returned as parsed; JSON Lines (two or more lines that
 * are each a JSON object or array) is returned as the array of those values, so every format that reads a bare
 * array (Hypothesis, Web Annotation JSON-LD, Obsidian Web Clipper) reads JSON Lines too. A cut-off, malformed or
 * oversized file becomes an ImportFileError that says so in plain words. Never returns partial data.
 */
export function parseJsonText(text: string, maxChars = MAX_IMPORT_CHARS): unknown {
  if (text.length > maxChars) {
    throw new ImportFileError(
      `The file is too large to import (${Math.round(text.length / 1e6)} MB; the limit is ${Math.round(maxChars / 1e6)} MB).`,
    );
  }
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) throw new ImportFileError('The file is empty.');
  try {
    return JSON.parse(trimmed);
  } catch (err) {
    // Only text with a line break can be JSON Lines; a one-line file keeps JSON's own diagnosis.
    if (!(err instanceof RangeError) && /[\r\n]/.test(trimmed)) {
      const lines = parseJsonLines(trimmed);
      if (lines) return joinLines(lines);
    }
    throw fileError(err, trimmed.length);
  }
}
