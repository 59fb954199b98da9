// The text as read is the page at the reader's FIRST highlight: the background keeps the page then (it has no DOM
// parser in Chrome), the next popup or sidebar reads it into the copy, dated at the highlight; a page revised in
// between is compared against what the reader highlighted, not against what the popup happened to see first.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../core/article';
import { extractKeyItems } from '../../../core/facts';
import { compareReadingCopies, readingCopyOf } from '../../../core/revisions';
import { LedeStore, openLedeDb } from '../../../core/store';
import {
  keepPageAtFirstHighlight,
  keepReadingCopy,
  loadPageAtFirstHighlight,
  loadReadingCopy,
} from '../../../core/store/reading-copies';
import { capturePageAtFirstHighlight } from '../../../entrypoints/background/reading-copy-capture';
import { readingCopyFromPage } from '../../../lib/reading-copy-from-page';
import { parseHtml } from '../../../scripts/lib/parse-html';

const URL_ = 'http://127.0.0.1/seed/article.html';
const KEY = 'http://127.0.0.1/seed/article.html';
const html = (file: string) =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/seed/${file}`, import.meta.url)), 'utf8');
const parse = (text: string) => parseHtml(text, URL_).document;
const HIGHLIGHTED = '2026-05-03T09:00:00.000Z';

describe('the page kept at the first highlight', () => {
  it('becomes the copy, dated at the highlight, and a later revision compares against it', () => {
    const copy = readingCopyFromPage(
      { articleKey: KEY, url: URL_, html: html('article.html'), readAt: HIGHLIGHTED },
      200_000,
      parse,
    )!;
    expect(copy).toMatchObject({ articleKey: KEY, readAt: HIGHLIGHTED, title: 'China and Russia Strengthen Alliance' });
    expect(copy.paragraphs.some((p) => p.startsWith('Russian President Vladimir Putin offered the seat'))).toBe(true);
    // The page the popup sees weeks later is the revised one.
    const doc = parse(html('revised.html'));
    const now = extractArticle(doc, { url: URL_ }).article!;
    const current = readingCopyOf(
      { ...now, canonicalUrl: KEY },
      extractKeyItems({ title: now.title, blocks: now.blocks, lang: now.lang }),
      '2026-06-01T00:00:00.000Z',
    );
    const report = compareReadingCopies(copy, current, []);
    expect(report.headline).toEqual({
      before: 'China and Russia Strengthen Alliance',
      after: 'China and Russia Deepen Alliance',
    });
    expect(report.counts).toEqual({ added: 1, removed: 0, reworded: 2 });
    expect(report.readAt).toBe(HIGHLIGHTED);
  });

  it('a page that is not an article gives no copy (the popup then keeps today’s text)', () => {
    expect(
      readingCopyFromPage(
        { articleKey: KEY, url: URL_, html: '<html><body><p>Hi</p></body></html>', readAt: HIGHLIGHTED },
        1_000,
        parse,
      ),
    ).toBeNull();
  });
});

describe('keeping it in the background', () => {
  const snapshot = (over: object = {}) => ({
    ok: true as const,
    url: URL_,
    articleKey: KEY,
    html: html('article.html'),
    truncated: false,
    ...over,
  });
  const setUp = async (over: object = {}, keeps = true) => {
    const store = new LedeStore(await openLedeDb(new IDBFactory()), () => new Date());
    const deps = {
      getStore: async () => store,
      collect: async () => snapshot(over),
      keeps: async () => keeps,
      now: () => new Date(HIGHLIGHTED),
    };
    return { store, kept: await capturePageAtFirstHighlight(deps, 7, KEY) };
  };

  it('keeps the tab’s page at the highlight; the copy made from it replaces it, once', async () => {
    const { store, kept } = await setUp();
    expect(kept).toBe(true);
    expect(await loadReadingCopy(store.db, KEY)).toBeNull();
    const page = (await loadPageAtFirstHighlight(store.db, KEY))!;
    expect(page).toMatchObject({ articleKey: KEY, url: URL_, readAt: HIGHLIGHTED });
    const copy = readingCopyFromPage(page, 200_000, parse)!;
    expect(await keepReadingCopy(store.db, copy)).toBe(true);
    expect((await loadReadingCopy(store.db, KEY))?.readAt).toBe(HIGHLIGHTED);
    expect(await loadPageAtFirstHighlight(store.db, KEY)).toBeNull();
    // A copy stands: neither a later page nor a later copy replaces it.
    expect(await keepPageAtFirstHighlight(store.db, { ...page, readAt: '2026-07-01T00:00:00.000Z' })).toBe(false);
    expect(await keepReadingCopy(store.db, { ...copy, readAt: '2026-07-01T00:00:00.000Z' })).toBe(false);
    expect((await loadReadingCopy(store.db, KEY))?.readAt).toBe(HIGHLIGHTED);
  });

  const refusals: Record<string, { over: object; keeps: boolean }> = {
    'the reader keeps no copies': { over: {}, keeps: false },
    'the tab shows another article by now': { over: { articleKey: 'http://127.0.0.1/other' }, keeps: true },
    'the page was cut at the snapshot cap': { over: { truncated: true }, keeps: true },
    'the tab could not be read': { over: { ok: false, reason: 'gone' }, keeps: true },
  };
  for (const [name, { over, keeps }] of Object.entries(refusals))
    it(`keeps nothing when ${name}`, async () => {
      const { store, kept } = await setUp(over, keeps);
      expect(kept).toBe(false);
      expect(await loadPageAtFirstHighlight(store.db, KEY)).toBeNull();
    });
});
