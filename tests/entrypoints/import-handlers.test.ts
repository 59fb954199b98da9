// A large import through the background's handlers over a real store (fake-indexeddb): chunks are staged, nothing
// is written until commit, a commit is all or nothing, and a cancel (before or during the write) keeps nothing.
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

describe('staged import', () => {
  it('writes nothing while chunks arrive, then everything at commit, counting what was already there', async () => {
    await store.saveAnnotation(annotation(0));
    expect(await handlers.stageImport({ importId: 'a', articles: [article], annotations: range(0, 50) }, page)).toEqual(
      { ok: true, staged: 51 },
    );
    expect(await handlers.stageImport({ importId: 'a', articles: [], annotations: range(50, 120) }, page)).toEqual({
      ok: true,
      staged: 121,
    });
    expect(await store.allAnnotations()).toHaveLength(1);
    expect(await handlers.commitImport({ importId: 'a' }, page)).toEqual({
      ok: true,
      imported: 119,
      duplicates: 1,
      articles: 1,
    });
    expect(await store.allAnnotations()).toHaveLength(120);
    // The stage is gone once written: committing again imports nothing twice.
    expect(await handlers.commitImport({ importId: 'a' }, page)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/cancelled or has expired/),
    });
  });

  it('a cancelled import leaves the store as it was, and cannot be committed afterwards', async () => {
    await handlers.stageImport({ importId: 'b', articles: [article], annotations: range(1, 40) }, page);
    expect(await handlers.cancelImport({ importId: 'b' }, page)).toEqual({ ok: true, cancelled: true });
    // A chunk that was on its way when the cancel arrived is refused, not staged again.
    expect(await handlers.stageImport({ importId: 'b', articles: [], annotations: range(40, 41) }, page)).toMatchObject(
      { ok: false },
    );
    expect(await handlers.commitImport({ importId: 'b' }, page)).toMatchObject({ ok: false });
    expect(await store.allAnnotations()).toEqual([]);
    expect(await store.listArticles()).toEqual([]);
  });

  it('a cancel that arrives while the commit is writing aborts the write: nothing is kept', async () => {
    await handlers.stageImport({ importId: 'c', articles: [article], annotations: range(1, 2_000) }, page);
    const write = store.importRecords.bind(store);
    let writing!: () => void;
    const started = new Promise<void>((resolve) => (writing = resolve));
    vi.spyOn(store, 'importRecords').mockImplementation((articles, annotations, signal) => {
      const done = write(articles, annotations, signal);
      writing();
      return done;
    });
    const commit = handlers.commitImport({ importId: 'c' }, page);
    await started;
    const cancel = handlers.cancelImport({ importId: 'c' }, page);
    expect(await cancel).toEqual({ ok: true, cancelled: true });
    expect(await commit).toMatchObject({ ok: false, reason: expect.stringMatching(/Nothing was imported/) });
    expect(await store.allAnnotations()).toEqual([]);
    expect(await store.listArticles()).toEqual([]);
  });

  it('keeps two imports apart, and each handler set starts with no stage of another', async () => {
    await handlers.stageImport({ importId: 'd', articles: [], annotations: range(1, 3) }, page);
    await handlers.stageImport({ importId: 'e', articles: [], annotations: range(3, 4) }, page);
    expect(await createHandlers(async () => store).commitImport({ importId: 'd' }, page)).toMatchObject({ ok: false });
    expect(await handlers.commitImport({ importId: 'e' }, page)).toMatchObject({ ok: true, imported: 1 });
    expect((await store.allAnnotations()).map((a) => a.target.selector[0].exact)).toEqual(['passage 3']);
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
