// Every file format Lede imports, one entry each, tried in order: the first whose `detect` accepts the parsed file
// reads it. A new format is its own file under core/import/ and one entry here (docs/architecture.md).
import type { ImportFormat, ImportOptions, ImportReport } from './common';
import { hypothesisItems, importHypothesis } from './hypothesis';
import { importJsonLd, isJsonLd, jsonLdItems } from './jsonld';
import { importObsidian, obsidianPages } from './obsidian';
import { isObject } from './common';

/** One import format. All functions are pure; `run` never throws for a single bad record (it rejects it). */
export interface Importer {
  /** The format's id, reported as `ImportReport.format`. */
  readonly id: ImportFormat;
  /** The format's name as a reader knows it ("Hypothesis"); a product name, so not translated. */
  readonly label: string;
  /** File name extensions the file picker offers, without the dot. */
  readonly extensions: readonly string[];
  readonly mimeTypes: readonly string[];
  /**
   * Turns the file's text into the document `detect`, `count` and `run` take. Absent: the text is JSON, parsed
   * once for all such entries. A format that is not one JSON value (JSON Lines) parses itself and throws
   * ImportFileError when the text is not its kind.
   */
  readonly parse?: (text: string) => unknown;
  /** Whether the document is this format. */
  detect(doc: unknown): boolean;
  /** How many records the document holds, checked against the record limit before `run`. */
  count(doc: unknown): number;
  run(doc: unknown, options: ImportOptions): ImportReport;
}

const JSON_FILES = { extensions: ['json', 'jsonld'], mimeTypes: ['application/json', 'application/ld+json'] } as const;

/** In detection order: Lede's own JSON-LD before plain W3C (it is W3C plus `lede:` fields). */
export const IMPORTERS: readonly Importer[] = [
  {
    id: 'lede-jsonld',
    label: 'Lede JSON-LD',
    ...JSON_FILES,
    detect: (doc) => isJsonLd(doc) && isObject(doc) && Array.isArray(doc['lede:articles']),
    // Article records count too: a file of 400,000 note-less articles and no highlight was bounded only by the
    // file's size (red team 29, T9).
    count: (doc) => (jsonLdItems(doc)?.length ?? 0) + (doc as { 'lede:articles': unknown[] })['lede:articles'].length,
    run: importJsonLd,
  },
  {
    id: 'w3c-jsonld',
    label: 'Web Annotation JSON-LD',
    ...JSON_FILES,
    detect: isJsonLd,
    count: (doc) => jsonLdItems(doc)?.length ?? 0,
    run: importJsonLd,
  },
  {
    id: 'hypothesis',
    label: 'Hypothesis',
    ...JSON_FILES,
    detect: (doc) => hypothesisItems(doc) !== null,
    count: (doc) => hypothesisItems(doc)?.length ?? 0,
    run: importHypothesis,
  },
  {
    id: 'obsidian',
    label: 'Obsidian Web Clipper',
    ...JSON_FILES,
    detect: (doc) => obsidianPages(doc) !== null,
    count: (doc) => obsidianPages(doc)?.reduce((n, p) => n + p.highlights.length, 0) ?? 0,
    run: importObsidian,
  },
];

/** The importer with this id, or null. */
export function importerById(id: string): Importer | null {
  return IMPORTERS.find((i) => i.id === id) ?? null;
}

/** Every extension and MIME type the importers read, for a file input's `accept`. */
export function acceptedFileTypes(importers: readonly Importer[] = IMPORTERS): string {
  // Every JSON format is also read as JSON Lines (one record per line, as Hypothesis's tools and jq write them).
  const jsonLines = ['.jsonl', '.ndjson', 'application/x-ndjson', 'application/jsonl'];
  const all = [...importers.flatMap((i) => [...i.extensions.map((e) => `.${e}`), ...i.mimeTypes]), ...jsonLines];
  return [...new Set(all)].join(',');
}
