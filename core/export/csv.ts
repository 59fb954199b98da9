// CSV export: one row per highlight (or per article with only an article note), RFC 4180 quoting, and no cell a spreadsheet would run as a formula.
import { siteLabel } from '../article/site-label';
import type { ExportInput } from './bundle';
import { hasArticleNote } from '../records';
import { bundleArticles, colorMeaning } from './bundle';
import { exportableUrl } from './safe-url';
import { annotationLink } from './text-fragment';
import { withoutInvisible } from '../invisible-chars';

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
 * Neutralises a cell a spreadsheet would evaluate (CSV/formula injection, as OWASP's guidance describes): text
 * starting with `=`, `+`, `-`, `@`, tab or carriage return, or with white space and then one of `=+-@`
 * (" =HYPERLINK(…)": spreadsheets trim the space and run the rest), gets a leading single quote, which
 * spreadsheets show as text and never run. A negative number ("-4") is quoted as well, as it always was.
 */
export function neutraliseFormula(cell: string): string {
  return /^[\t\r]|^[\s\u00a0\u200b]*[=+\-@]/.test(cell) ? `'${cell}` : cell;
}

/** One RFC 4180 field: quoted (with doubled quotes) when it holds a quote, comma, CR or LF. */
export function csvField(value: string): string {
  // Never-drawn characters first, so a formula behind them is seen (and none is handed on: see invisible-chars.ts).
  const cell = neutraliseFormula(withoutInvisible(value));
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * The highlights in scope as CSV text: a header row, CRLF line ends (RFC 4180), and a UTF-8 byte-order mark so
 * spreadsheet programs read accents correctly. Articles in newest-read order, highlights in page order; an article
 * with a note but no highlight is one row with the highlight's columns empty.
 */
export function exportCsv(input: ExportInput): string {
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const b of bundleArticles(input)) {
    const { article } = b;
    const articleCells = [
      article.title,
      exportableUrl(article.url) ?? '',
      siteLabel(article),
      article.byline ?? '',
      article.publishedTime ?? '',
    ];
    const articleNote = article.note ?? '';
    if (!b.annotations.length && hasArticleNote(article)) {
      // Between the article's columns and its note, the highlight's columns, empty.
      const blank = Array.from({ length: CSV_COLUMNS.length - articleCells.length - 1 }, () => '');
      rows.push([...articleCells, ...blank, articleNote].map(csvField).join(','));
    }
    for (const a of b.annotations) {
      const cells = [
        ...articleCells,
        a.target.selector[0].exact,
        a.body.note,
        a.body.tags.join('; '),
        a.body.color,
        colorMeaning(input, a.body.color) ?? '',
        a.created,
        a.modified,
        exportableUrl(annotationLink(a)) ?? '',
        a.id,
        articleNote,
      ];
      rows.push(cells.map(csvField).join(','));
    }
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
