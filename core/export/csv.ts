// CSV export: one row per highlight, RFC 4180 quoting, and no cell a spreadsheet would run as a formula.
import type { ExportInput } from './bundle';
import { bundleArticles, colorMeaning, siteOf } from './bundle';
import { exportableUrl } from './safe-url';
import { annotationLink } from './text-fragment';

export const CSV_COLUMNS = [
  'article_title',
  'article_url',
  'site',
  'author',
  'published',
  'highlight',
  'note',
  'tags',
  'color',
  'color_meaning',
  'created',
  'modified',
  'link',
  'id',
  'article_note',
] as const;

/**
 * Neutralises a cell a spreadsheet would evaluate (CSV/formula injection): text starting with `=`, `+`, `-`, `@`,
 * tab or carriage return gets a leading single quote, which spreadsheets show as text and never run.
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** One RFC 4180 field: quoted (with doubled quotes) when it holds a quote, comma, CR or LF. */
export function csvField(value: string): string {
  const cell = neutraliseFormula(value);
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * The highlights in scope as CSV text: a header row, CRLF line ends (RFC 4180), and a UTF-8 byte-order mark so
 * spreadsheet programs read accents correctly. Articles in newest-read order, highlights in page order.
 */
export function exportCsv(input: ExportInput): string {
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const b of bundleArticles(input)) {
    const { article } = b;
    for (const a of b.annotations) {
      const cells = [
        article.title,
        exportableUrl(article.url) ?? '',
        siteOf(article),
        article.byline ?? '',
        article.publishedTime ?? '',
        a.target.selector[0].exact,
        a.body.note,
        a.body.tags.join('; '),
        a.body.color,
        colorMeaning(input, a.body.color) ?? '',
        a.created,
        a.modified,
        exportableUrl(annotationLink(a)) ?? '',
        a.id,
        article.note ?? '',
      ];
      rows.push(cells.map(csvField).join(','));
    }
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
