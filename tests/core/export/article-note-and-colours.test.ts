// The reader's note on the whole article and the meanings of their colours travel with every export, and the
// store keeps the article note when a page is read again.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { exportCsv, exportHtml, exportJsonLd, exportMarkdown } from '../../../core/export';
import { readImportFile } from '../../../core/import';
import { LedeStore, openLedeDb } from '../../../core/store';
import { annotation, article, now } from './fixtures';

const NOTE = 'Compare with the ministry’s own figures.\nAsk the union.';
const colors = [
  { id: 'yellow' as const, label: 'Important' },
  { id: 'green' as const, label: 'Evidence' },
];
const input = {
  articles: [{ ...article, note: NOTE }],
  annotations: [annotation({ body: { note: '', tags: ['schools'], color: 'green' } })],
  colors,
};

describe('the article note in every export', () => {
  it('Markdown: in the front matter and under “My note”', () => {
    const md = exportMarkdown(input, now);
    expect(md).toContain('note: "Compare with the ministry’s own figures.\\nAsk the union."');
    expect(md).toMatch(/## My note\n\nCompare with the ministry’s own figures\.\nAsk the union\./);
  });
  it('JSON-LD: on the article record, and it comes back on import', () => {
    const doc = exportJsonLd(input, now);
    expect(doc['lede:articles'][0]!.note).toBe(NOTE);
    const back = readImportFile(JSON.stringify(doc), { now });
    expect(back.articles[0]!.note).toBe(NOTE);
  });
  it('CSV: an article_note column', () => {
    const [header, row] = exportCsv(input)
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    const cols = header!.split(',');
    expect(cols).toContain('article_note');
    expect(row).toContain('"Compare with the ministry’s own figures.\nAsk the union."');
  });
  it('HTML: escaped, under “My note”', () => {
    const html = exportHtml({ ...input, articles: [{ ...article, note: '<script>alert(1)</script> check' }] }, now);
    expect(html).toContain('<h3>My note</h3>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; check');
  });
});

describe('colour meanings in exports', () => {
  it('Markdown tags the highlight with its meaning under lede/', () => {
    expect(exportMarkdown(input, now)).toContain('#schools #lede/Evidence');
  });
  it('CSV has a color_meaning column beside the colour', () => {
    const [header, row] = exportCsv(input)
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    const cols = header!.split(',');
    const i = cols.indexOf('color_meaning');
    expect(cols[i - 1]).toBe('color');
    expect(row).toContain(',green,Evidence,');
  });
  it('JSON-LD carries lede:colorMeaning on each annotation', () => {
    expect(exportJsonLd(input, now).first.items[0]!['lede:colorMeaning']).toBe('Evidence');
  });
  it('without meanings the exports stay as before (no empty tag)', () => {
    expect(exportMarkdown({ ...input, colors: undefined }, now)).not.toContain('#lede/');
  });
});

describe('the store keeps the article note', () => {
  it('a later visit without a note keeps it; an edit with an empty note clears it', async () => {
    let t = Date.parse('2026-03-01T00:00:00Z');
    const store = new LedeStore(await openLedeDb(new IDBFactory()), () => new Date((t += 1000)));
    const { firstSeen: _f, lastSeen: _l, ...input } = article;
    await store.recordArticle({ ...input, note: NOTE });
    const visited = await store.recordArticle(input);
    expect(visited.note).toBe(NOTE);
    const cleared = await store.recordArticle({ ...input, note: '' });
    expect(cleared.note).toBeUndefined();
    expect((await store.getArticle(article.key))?.note).toBeUndefined();
  });
});
