// Imports through the background's handlers over a real store (fake-indexeddb): one message's records written
// together, and the news of an import the library page wrote itself repainting only the tabs it touched. (The
// page's own all-or-nothing write, with its Cancel, is tested in tests/components/import-in-page.test.ts.)
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackground, createHandlers } from '../../entrypoints/background/handlers';
import { LedeStore, openLedeDb } from '../../core/store';
import type { Annotation, ArticleRecord } from '../../core/types';

const KEY = 'https://news.example/story';
const article: ArticleRecord = {
  key: KEY,
  url: KEY,
  title: 'A story',
  byline: null,
  siteName: null,
  publishedTime: null,
  lang: null,
  firstSeen: '2026-01-01T00:00:00.000Z',
  lastSeen: '2026-01-01T00:00:00.000Z',
};

function annotation(n: number): Annotation {
  return {
    id: `urn:uuid:11111111-2222-4333-8444-${String(n).padStart(12, '0')}`,
    articleKey: KEY,
    target: { source: KEY, selector: [{ type: 'TextQuoteSelector', exact: `passage ${n}`, prefix: '', suffix: '' }] },
    body: { note: '', tags: [], color: 'yellow' },
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
  };
}

const page = {} as never;
let store: LedeStore;
let handlers: ReturnType<typeof createHandlers>;
beforeEach(async () => {
  fakeBrowser.reset();
  store = new LedeStore(await openLedeDb(new IDBFactory()), () => new Date('2026-03-04T05:06:07.000Z'));
  handlers = createHandlers(async () => store);
});

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => annotation(from + i));

describe('import through the background', () => {
  it('writes every record of one message in one go, counting what was already there', async () => {
    await store.saveAnnotation(annotation(0));
    expect(await handlers.importRecords({ articles: [article], annotations: range(0, 120) }, page)).toEqual({
      ok: true,
      imported: 119,
      duplicates: 1,
      articles: 1,
    });
    expect(await store.allAnnotations()).toHaveLength(120);
    // Importing the same records again duplicates nothing.
    expect(await handlers.importRecords({ articles: [article], annotations: range(0, 120) }, page)).toMatchObject({
      ok: true,
      imported: 0,
      duplicates: 120,
    });
    expect(await store.allAnnotations()).toHaveLength(120);
  });

  it('an import the library page wrote itself repaints the tabs showing its articles, and only those', async () => {
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true });
    const background = createBackground(async () => store, fakeBrowser.storage.session as never);
    const tabOn = (id: number, url: string) => ({ tab: { id, title: 'News' }, url, frameId: 0 }) as never;
    const OTHER = 'https://news.example/other';
    await background.handlers.pageDetected(
      { url: KEY, articleKey: KEY, title: 'A story', siteName: null, isArticle: true },
      tabOn(7, KEY),
    );
    await background.handlers.pageDetected(
      { url: OTHER, articleKey: OTHER, title: 'Other', siteName: null, isArticle: true },
      tabOn(8, OTHER),
    );
    sent.mockClear();
    expect(await background.handlers.notesImported({ articleKeys: [KEY] }, page)).toEqual({ ok: true });
    await vi.waitFor(() =>
      expect(sent).toHaveBeenCalledWith(7, expect.objectContaining({ type: 'refreshAnnotations' })),
    );
    expect(sent).not.toHaveBeenCalledWith(8, expect.anything());
  });
});
