// What the background keeps for the reader's folder: a tombstone for each deleted note and article (so "Import
// from folder" elsewhere applies the deletion), none once Undo brings it back; and the article's first highlight
// announced (the moment its text as read is kept), not later ones; the folder's writer told which article changed.
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackground } from '../../entrypoints/background/handlers';
import { LedeStore, openLedeDb } from '../../core/store';
import { listTombstones } from '../../core/store/vault-records';
import type { Annotation } from '../../core/types';
import { NO_FOLDER } from '../../core/vault/folder-status';

const KEY = 'https://news.example/story';
const tab = { tab: { id: 7, title: 'A story – News' }, url: KEY, frameId: 0 } as never;
const library = { url: 'chrome-extension://test/notes.html' } as never;
const NOW = new Date('2026-03-04T05:06:07.000Z');

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

let store: LedeStore;
const onFirstHighlight = vi.fn();
const onNotesChanged = vi.fn();
let handlers: ReturnType<typeof createBackground>['handlers'];
beforeEach(async () => {
  fakeBrowser.reset();
  onFirstHighlight.mockReset();
  onNotesChanged.mockReset();
  store = new LedeStore(await openLedeDb(new IDBFactory()), () => NOW);
  handlers = createBackground(async () => store, null, { onFirstHighlight, onNotesChanged, now: () => NOW }).handlers;
});

describe('tombstones for the folder', () => {
  it('a deleted highlight leaves a tombstone with its deletion time; Undo removes it', async () => {
    await handlers.saveAnnotation({ annotation: annotation(1) }, tab);
    const deleted = await handlers.deleteAnnotation({ id: annotation(1).id }, tab);
    expect(await listTombstones(store.db)).toEqual([{ id: annotation(1).id, deleted: NOW.toISOString() }]);
    await handlers.saveAnnotation({ annotation: deleted.ok ? deleted.annotation! : annotation(1) }, tab);
    expect(await listTombstones(store.db)).toEqual([]);
    expect(onNotesChanged).toHaveBeenCalledTimes(3);
  });

  it('a deleted article leaves one for it and each of its highlights; Undo in the library removes them', async () => {
    await handlers.saveAnnotation({ annotation: annotation(1) }, tab);
    await handlers.saveAnnotation({ annotation: annotation(2) }, tab);
    const gone = await handlers.deleteArticle({ articleKey: KEY }, library);
    expect((await listTombstones(store.db)).map((t) => [t.id, t.kind ?? 'annotation']).sort()).toEqual(
      [
        [KEY, 'article'],
        [annotation(1).id, 'annotation'],
        [annotation(2).id, 'annotation'],
      ].sort(),
    );
    if (!gone.ok) throw new Error(gone.reason);
    await handlers.restoreRecords(
      { articles: gone.article ? [gone.article] : [], annotations: gone.annotations },
      library,
    );
    expect(await listTombstones(store.db)).toEqual([]);
  });
});

describe('the first highlight of an article', () => {
  it('is announced once, for the tab it was made in; later highlights and edits are not', async () => {
    await handlers.saveAnnotation({ annotation: annotation(1) }, tab);
    await handlers.saveAnnotation({ annotation: annotation(2) }, tab);
    await handlers.saveAnnotation(
      { annotation: { ...annotation(1), modified: '2026-02-01T00:00:00.000Z' }, baseModified: annotation(1).modified },
      tab,
    );
    expect(onFirstHighlight.mock.calls).toEqual([[7, KEY]]);
  });

  it('is not announced for a note saved from an extension page (an import or the library)', async () => {
    await handlers.saveAnnotation({ annotation: annotation(1) }, library);
    expect(onFirstHighlight).not.toHaveBeenCalled();
  });
});

describe('the reader’s folder hears every change', () => {
  it('is told which article changed on a save, a deletion and an article’s deletion; a write is asked of it', async () => {
    const onArticleChanged = vi.fn();
    const writeFolder = vi.fn(async () => ({ ...NO_FOLDER, state: 'ok' as const, folder: 'Notes' }));
    const bg = createBackground(async () => store, null, { onArticleChanged, writeFolder, now: () => NOW }).handlers;
    await bg.saveAnnotation({ annotation: annotation(1) }, tab);
    await bg.saveAnnotation({ annotation: annotation(2) }, tab);
    await bg.deleteAnnotation({ id: annotation(1).id }, tab);
    await bg.deleteArticle({ articleKey: KEY }, library);
    await vi.waitFor(() => expect(onArticleChanged).toHaveBeenCalledTimes(4));
    expect(onArticleChanged.mock.calls).toEqual([[KEY], [KEY], [KEY], [KEY]]);
    expect(await bg.writeFolder({}, library)).toEqual({ ok: true, status: await writeFolder.mock.results[0]!.value });
  });

  it('an import touching several articles is one change of unknown scope (every note is checked)', async () => {
    const onArticleChanged = vi.fn();
    const bg = createBackground(async () => store, null, { onArticleChanged, now: () => NOW }).handlers;
    const other = { ...annotation(3), articleKey: 'https://news.example/other', target: { ...annotation(3).target } };
    other.target.source = other.articleKey;
    const r = await bg.importRecords({ articles: [], annotations: [annotation(1), other] }, library);
    expect(r.ok).toBe(true);
    await vi.waitFor(() => expect(onArticleChanged).toHaveBeenCalledWith(null));
  });

  it('where no folder can be written (Firefox), Write now says so instead of doing nothing', async () => {
    expect(await handlers.writeFolder({}, library)).toEqual({
      ok: false,
      reason: 'This browser cannot write to a folder you choose.',
    });
  });
});
