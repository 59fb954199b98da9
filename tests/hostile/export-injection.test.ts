// Hostile text carried into exports: titles, bylines, quotes, notes and tags made of markup, script URLs, Markdown
// links, spreadsheet formulas, bidi overrides and 10,000-character words. Each format must carry the text as text.
import { hasInvisible, withoutInvisible } from '../../core/invisible-chars';
import { afterAll, describe, expect, it } from 'vitest';
import { exportCsv, exportHtml, exportJsonLdText, exportMarkdown } from '../../core/export';
import { readImportFile } from '../../core/import';
import type { Annotation, ArticleRecord } from '../../core/types';
import { parseHtml, type ParsedPage } from '../../scripts/lib/parse-html';
import { NASTY, prng, pick, SEED } from './mutate';

const now = () => new Date('2026-03-01T12:00:00.000Z');
const KEY = 'https://news.example/2026/story';
const r = prng(SEED + 20);

const article: ArticleRecord = {
  key: KEY,
  url: KEY,
  title: NASTY.slice(0, 8).join(' '),
  byline: '<img src=x onerror=alert(1)> =SUM(A1)',
  siteName: '\u202eevil\u202c',
  publishedTime: null,
  lang: 'en',
  firstSeen: '2026-02-01T00:00:00.000Z',
  lastSeen: '2026-02-01T00:00:00.000Z',
};
const annotations: Annotation[] = NASTY.map((exact, i) => ({
  id: `urn:uuid:00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
  articleKey: KEY,
  target: {
    source: KEY,
    selector: [
      { type: 'TextQuoteSelector', exact, prefix: pick(r, NASTY).slice(0, 100), suffix: '' },
      { type: 'TextPositionSelector', start: i * 10, end: i * 10 + exact.length },
    ],
  },
  body: { note: pick(r, NASTY), tags: [pick(r, NASTY).slice(0, 100).trim() || 'x'], color: 'yellow' },
  created: '2026-02-01T00:00:00.000Z',
  modified: '2026-02-01T00:00:00.000Z',
}));
const input = { articles: [article], annotations };

const open: ParsedPage[] = [];
afterAll(() => open.forEach((p) => p.close()));

describe('exports of hostile text', () => {
  it('HTML export: no element, attribute or URL from the text becomes live markup', () => {
    const page = parseHtml(exportHtml(input, now));
    open.push(page);
    const doc = page.document;
    expect(doc.querySelectorAll('script, img, svg, iframe, object, embed, form').length).toBe(0);
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) expect(attr.startsWith('on'), `${el.localName}[${attr}]`).toBe(false);
    }
    for (const a of doc.querySelectorAll('a[href]')) expect(a.getAttribute('href')).toMatch(/^(https?:|#)/);
    expect(doc.body.textContent).toContain('<img src=x onerror="window.__pwned=1">');
  });

  it('CSV export: no cell starts a formula, and every note survives a round trip through a CSV parser', () => {
    const csv = exportCsv(input);
    const cells = parseCsv(csv).flat();
    for (const cell of cells) expect(cell, cell.slice(0, 40)).not.toMatch(/^[\t\r]|^\s*[=+\-@]/);
    // (the single quote put before a formula start after a ';', a tab or a line break inside the cell is not the note's)
    for (const a of annotations)
      expect(
        cells.some((c) =>
          c.replace(/([;\t\r\n])'/g, '$1').includes(a.body.note.replace(/^[=+\-@\t\r]+/, '').slice(0, 50)),
        ),
      ).toBe(true);
  });

  // Notes are left out here: a note keeps the reader's inline Markdown (links included), so it cannot meet this
  // test's rule for page text; what opens a block in a note, raw HTML and remote images are escaped, and
  // tests/core/export/note-markdown.test.ts holds those cases. Page text (title, byline, site, quotes, tags) must
  // never become markup.
  it('Markdown export: page text never becomes a live javascript: link or a raw HTML tag', () => {
    const md = exportMarkdown(
      { articles: [article], annotations: annotations.map((a) => ({ ...a, body: { ...a.body, note: '' } })) },
      now,
    );
    // The body after the YAML front matter (whose values are quoted strings, data rather than Markdown).
    const body = md.split(/^---$/m).slice(2).join('---');
    expect(body.length).toBeGreaterThan(100);
    expect(body).not.toMatch(/(?<!\\)\]\(javascript:/i);
    expect(body).not.toMatch(/(?<!\\)<(img|script|svg)\b/i);
  });

  it('JSON-LD export round-trips every hostile string exactly, less the characters that are never drawn', () => {
    // Characters never drawn (tag characters, word joiners, U+FEFF) leave every export since wave 19
    // (core/invisible-chars.ts): a page could spell hidden words with them. Since wave 23 so do ZWSP and the joiners
    // where no script needs them, so a quote of nothing but those is empty and the import refuses it (nothing a reader
    // saw, nothing a page could show). Everything else comes back as it was.
    const report = readImportFile(exportJsonLdText(input, now), { now });
    const empty = annotations.filter((a) => withoutInvisible(a.target.selector[0].exact) === '');
    expect(empty.map((a) => a.target.selector[0].exact)).toEqual(['\u200b\u200c\u200d\u2060\ufeff']);
    expect(report.rejected.map((r) => r.reason)).toEqual(
      empty.map(() => expect.stringMatching(/exact: Invalid length/)),
    );
    const byId = new Map(report.annotations.map((a) => [a.id, a]));
    for (const a of annotations) {
      if (empty.includes(a)) continue;
      expect(byId.get(a.id)?.target.selector[0].exact).toBe(withoutInvisible(a.target.selector[0].exact));
      expect(byId.get(a.id)?.body.note).toBe(withoutInvisible(a.body.note));
    }
    expect(annotations.some((a) => hasInvisible(a.target.selector[0].exact))).toBe(true);
  });
});

/** A small RFC 4180 parser: quoted fields with doubled quotes, commas and newlines inside. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      if (c === '\r') i++;
      row.push(cell), rows.push(row), (row = []), (cell = '');
    } else cell += c;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}
