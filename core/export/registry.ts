// Every export format Lede offers, one entry each: the library's export buttons are made from this table, so a new
// format is its own file under core/export/ and one entry here (see docs/architecture.md, "A new exporter").
import type { ExportInput } from './bundle';
import { exportCsv } from './csv';
import { exportHtml } from './html';
import { exportJsonLdText } from './jsonld';
import { exportMarkdown } from './markdown';

/** One export format. `run` is pure: the same input and clock give the same text. */
export interface Exporter {
  /** Stable id: the value callers and tests name the format by. */
  readonly id: string;
  /** The key in public/_locales/<lang>/messages.json of the button's label (tests check that it exists). */
  readonly label: string;
  /** The message key of the button's tooltip: what the format is, with its technical name. */
  readonly help: string;
  /** File name extension, without the dot. */
  readonly extension: string;
  readonly mimeType: string;
  /**
   * Whether the output shows facts and quotes: only then does the page fetch cached extractions (one background
   * round trip per article) before running it.
   */
  readonly usesExtractions: boolean;
  run(input: ExportInput, now: () => Date): string;
}

/** In the order the buttons are shown. */
export const EXPORTERS = [
  {
    id: 'md',
    label: 'libExportMarkdown',
    help: 'libExportMarkdownHelp',
    extension: 'md',
    mimeType: 'text/markdown',
    usesExtractions: true,
    run: exportMarkdown,
  },
  {
    id: 'jsonld',
    label: 'libExportJsonLd',
    help: 'libExportJsonLdHelp',
    extension: 'jsonld',
    mimeType: 'application/ld+json',
    usesExtractions: false,
    run: exportJsonLdText,
  },
  {
    id: 'csv',
    label: 'libExportCsv',
    help: 'libExportCsvHelp',
    extension: 'csv',
    mimeType: 'text/csv',
    usesExtractions: false,
    run: (input) => exportCsv(input),
  },
  {
    id: 'html',
    label: 'libExportHtml',
    help: 'libExportHtmlHelp',
    extension: 'html',
    mimeType: 'text/html',
    usesExtractions: true,
    run: exportHtml,
  },
] as const satisfies readonly Exporter[];

export type ExportFormat = (typeof EXPORTERS)[number]['id'];

/** The exporter with this id, or null. */
export function exporterById(id: string): Exporter | null {
  return EXPORTERS.find((e) => e.id === id) ?? null;
}
