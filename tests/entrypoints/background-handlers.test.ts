// The background's handlers over a real store (fake-indexeddb) and WXT's fake browser.
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../entrypoints/background/handlers';
import { LedeStore, openLedeDb } from '../../core/store';
import type { Annotation } from '../../core/types';

const KEY = 'https://news.example/story';
const tab = { id: 7, title: 'A story – News' } as never;

function annotation(note = ''): Annotation {
  return {
    id: 'urn:uuid:11111111-2222-4333-8444-555555555555',
    articleKey: KEY,
    target: { source: KEY, selector: [{ type: 'TextQuoteSelector', exact: 'a passage', prefix: '', suffix: '' }] },
    body: { note, tags: [], color: 'yellow' },
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
  };
}

let store: LedeStore;
let handlers: ReturnType<typeof createHandlers>;
beforeEach(async () => {
  fakeBrowser.reset();
  store = new LedeStore(await openLedeDb(new IDBFactory()), () => new Date('2026-03-04T05:06:07.000Z'));
  handlers = createHandlers(async () => store);
});

describe('background handlers', () => {
  it('answers the bootstrap’s question with the key it decides and the notes under it, recording nothing', async () => {
    await handlers.saveAnnotation({ annotation: annotation('found again') }, { tab });
    const before = await store.listArticles();
    // Reached through a tracking link, declaring its canonical: the notes of the canonical key come back.
    const reply = await handlers.pageNotes({ url: `${KEY}?utm_source=x#top`, canonical: '/story', ogUrl: null }, { tab });
    expect(reply.ok && reply.articleKey).toBe(KEY);
    expect(reply.ok && reply.annotations.map((a) => a.body.note)).toEqual(['found again']);
    // Another site's canonical is not honoured: the page gets its own location's (empty) notes.
    const other = await handlers.pageNotes({ url: 'https://evil.example/copy', canonical: KEY, ogUrl: null }, { tab });
    expect(other.ok && other.articleKey).toBe('https://evil.example/copy');
    expect(other.ok && other.annotations).toEqual([]);
    expect(await store.listArticles()).toEqual(before);
  });

  it('keeps no record of pages that are not articles and have no notes', async () => {
    await handlers.pageDetected({ url: 'https://news.example/', articleKey: 'https://news.example/', title: 'Front page', siteName: null, isArticle: false }, { tab });
    expect(await store.listArticles()).toEqual([]);
  });

  it('records an article and hands back its highlights when the page is opened again', async () => {
    await handlers.saveAnnotation({ annotation: annotation('check this') }, { tab });
    const reply = await handlers.pageDetected({ url: KEY + '?utm_source=x', articleKey: KEY, title: 'A story', siteName: 'News', isArticle: true }, { tab });
    expect(reply.ok && reply.annotations.map((a) => a.body.note)).toEqual(['check this']);
    expect((await store.getArticle(KEY))?.title).toBe('A story');
  });

  it('returns what it deleted so the reader can undo', async () => {
    await handlers.saveAnnotation({ annotation: annotation('keep me') }, { tab });
    const deleted = await handlers.deleteAnnotation({ id: annotation().id }, { tab });
    expect(deleted.ok && deleted.annotation?.body.note).toBe('keep me');
    const restored = await handlers.saveAnnotation({ annotation: deleted.ok ? deleted.annotation! : annotation() }, { tab });
    expect(restored.ok).toBe(true);
    expect((await store.listAnnotations(KEY)).map((a) => a.body.note)).toEqual(['keep me']);
  });

  it('caches an extraction by text hash and misses when the text changed', async () => {
    const extraction = { facts: [], quotes: [], entities: [] };
    await handlers.cacheExtraction({ articleKey: KEY, textHash: 'abc', extraction }, {});
    expect(await handlers.getCachedExtraction({ articleKey: KEY, textHash: 'abc' }, {})).toEqual({ ok: true, extraction });
    expect(await handlers.getCachedExtraction({ articleKey: KEY, textHash: 'def' }, {})).toEqual({ ok: true, extraction: null });
  });
});
