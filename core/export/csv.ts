// CSV export: one row per highlight (or per article with only an article note), RFC 4180 quoting, and no cell a spreadsheet would run as a formula.
import { siteLabel } from '../article/site-label';
import type { ExportInput } from './bundle';
import { hasArticleNote } from '../records';
import { bundleArticles, colorMeaning } from './bundle';
import { exportableUrl } from './safe-url';
import { annotationLink } from './text-fragment';
import { forSharing } from '../invisible-chars';

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
 * What a spreadsheet may skip before a formula: white space of any kind (JavaScript's `\s` leaves out NEL, U+0085),
 * zero-width space, and control characters.
 */
const SKIPPED = String.raw`[\s\p{Cc}\u200b]`;
/**
 * The characters that start a formula, and their full-width forms (＝＋－＠), which spreadsheets in Japanese, Chinese
 * and Korean locales read as the ASCII ones (red team 29).
 */
const STARTS = String.raw`[=+\-@\uff1d\uff0b\uff0d\uff20]`;
/**
 * A formula start, after anything skipped but a line break, right after a separator some reader may use (`;`, a
 * tab, `|`, which a system set to that list separator gives Excel) or a line break.
 */
const FORMULA_AFTER_SEPARATOR = new RegExp(
  String.raw`([;\t|\r\n\u0085])(?=(?:(?![\r\n\u0085])${SKIPPED})*${STARTS})`,
  'gu',
);
const FORMULA_AT_START = new RegExp(String.raw`^(?:[\t\r]|${SKIPPED}*${STARTS})`, 'u');
/** Control characters a cell never needs: all but tab, line feed and carriage return (csvField makes NEL a line feed). */
const CONTROLS = /(?![\t\n\r])\p{Cc}/gu;

/**
 * Neutralises a cell a spreadsheet would evaluate (CSV/formula injection, as OWASP's guidance describes): text
 * starting with `=`, `+`, `-`, `@`, tab or carriage return, or with white space and then one of `=+-@`
 * (" =HYPERLINK(…)": spreadsheets trim the space and run the rest), gets a leading single quote, which
 * spreadsheets show as text and never run. A negative number ("-4") is quoted as well, as it always was.
 *
 * The same goes for a formula start after a `;`, a tab or a line break inside the cell. Excel in German, French
 * and most other European locales opens a .csv with `;` as its separator: the file's commas are then text, and
 * RFC 4180 quotes only count at the start of a `;`-field, so "see;=HYPERLINK(…)" becomes a cell of its own that
 * runs however this cell is quoted, and a line break inside quotes ends that reading's row. Quoting cannot stop it;
 * the single quote after the separator does. Costs a `'` before a note's "- item" line in the file.
 */
/**
 * Text pasted into a spreadsheet lands one line to a row, each line a cell: a line that starts a formula runs. Each
 * such line gets the single quote a spreadsheet reads as "text" (a citation whose title the page wrote as
 * `=HYPERLINK(…)`, red team 37). Lines that start any other way are left as they are.
 */
export function neutraliseLineStarts(text: string): string {
  return text
    .split('\n')
    .map((line) => (FORMULA_AT_START.test(line) ? `'${line}` : line))
    .join('\n');
}

export function neutraliseFormula(cell: string): string {
  const inner = cell.replace(FORMULA_AFTER_SEPARATOR, "$1'");
  return FORMULA_AT_START.test(cell) ? `'${inner}` : inner;
}

/**
 * One RFC 4180 field: quoted (with doubled quotes) when it holds a quote, comma, CR or LF, or a `;`, `|` or tab, so a
 * reader that takes one of those as its separator (Excel in `;` locales, a tab-separated paste) keeps the cell whole
 * where the quote opens it.
 */
export function csvField(value: string): string {
  // Never-drawn characters first, so a formula behind them is seen (and none is handed on: see invisible-chars.ts).
  // Control characters out too: a NUL ends the cell for some readers, and one before "=" hid the formula from the
  // test above while a spreadsheet skipped it (red team 29).
  const cell = neutraliseFormula(
    forSharing(value)
      .replace(/\u0085/g, '\n')
      .replace(CONTROLS, ''),
  );
  return /[",;|\t\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
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
