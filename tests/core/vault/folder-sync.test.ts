// The background's writer of the reader's folder, on an in-memory directory: a burst of changes is one write after
// the delay, only the changed article's note is rewritten, a deletion updates the note, and a folder the browser no
// longer lets Lede write to is recorded as such (never a silent stop), as is any other failure.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExportInput } from '../../../core/export';
import type { Tombstone } from '../../../core/vault';
import { createFolderSync, FOLDER_WRITE_DELAY_MS, type FolderHandle } from '../../../core/vault/folder-sync';
import { NO_FOLDER, type FolderStatus } from '../../../core/vault/folder-status';
import { MemoryDirectory } from '../../../core/vault/memory-directory';
import { realArticleBundle } from '../export/template/real-article';

const bundle = realArticleBundle();
const OTHER = 'https://example.com/news/second-story';
const other = { ...bundle.article, key: OTHER, url: OTHER, title: 'A Second Story' };
const otherNote = {
  ...bundle.annotations[0]!,
  id: 'urn:uuid:00000000-0000-4000-8000-0000000000aa',
  articleKey: OTHER,
  target: { ...bundle.annotations[0]!.target, source: OTHER },
};
const now = () => new Date('2026-05-10T12:00:00.000Z');

/** A store, a folder and a status item, as the background has them; `permission` is what the handle answers. */
function setup() {
  const state = {
    input: {
      articles: [bundle.article, other],
      annotations: [...bundle.annotations, otherNote],
      extractions: new Map(),
    } as ExportInput & { annotations: typeof bundle.annotations },
    tombstones: [] as Tombstone[],
    status: NO_FOLDER as FolderStatus,
    permission: 'granted',
    reads: [] as (readonly string[] | null)[],
    backedUp: [] as Date[],
  };
  const root = Object.assign(new MemoryDirectory(), {
    name: 'Notes',
    queryPermission: async () => state.permission,
  }) as MemoryDirectory & FolderHandle;
  let handle: FolderHandle | null = root;
  const sync = createFolderSync(
    {
      handle: async () => handle,
      read: async (keys) => {
        state.reads.push(keys);
        return { input: state.input, tombstones: state.tombstones };
      },
      profile: async () => 'abc123',
      loadStatus: async () => state.status,
      saveStatus: async (s) => {
        state.status = s;
      },
      afterBackup: async (at) => void state.backedUp.push(at),
    },
    { now },
  );
  const notes = () => root.dirs.get('Lede')?.files ?? new Map<string, string>();
  const noteOf = (title: string) => [...notes()].find(([n]) => n.startsWith(title.replace(/ /g, '-')));
  return {
    state,
    root,
    sync,
    notes,
    noteOf,
    dropHandle: () => {
      handle = null;
    },
  };
}

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('keeping the folder up to date from the background', () => {
  it('writes a burst of changes to one article once, after the delay, and only that article’s note', async () => {
    const { state, sync, notes, noteOf, root } = setup();
    await sync.flush(true);
    expect(state.status).toMatchObject({ state: 'ok', folder: 'Notes', unchanged: 0 });
    expect(state.status.written).toHaveLength(2);
    const before = noteOf('A Second Story')![1];
    const writes = root.dirs.get('Lede')!.writes;

    state.input.annotations = state.input.annotations.map((a) =>
      a.id === bundle.annotations[0]!.id ? { ...a, body: { ...a.body, note: 'Edited just now' } } : a,
    );
    sync.changed(bundle.article.key);
    sync.changed(bundle.article.key);
    await vi.advanceTimersByTimeAsync(FOLDER_WRITE_DELAY_MS - 100);
    expect(state.reads).toHaveLength(1); // nothing yet: the burst may go on
    sync.changed(bundle.article.key);
    await vi.advanceTimersByTimeAsync(FOLDER_WRITE_DELAY_MS + 100);
    expect(state.reads).toEqual([null, [bundle.article.key]]);
    expect(noteOf(bundle.article.title)![1]).toContain('Edited just now');
    expect(noteOf('A Second Story')![1]).toBe(before);
    // One note and the backup: the other article's note is not even read for writing.
    expect(root.dirs.get('Lede')!.writes).toBe(writes + 1);
    expect(state.status.written).toEqual([noteOf(bundle.article.title)![0]]);
    expect(state.status.writtenCount).toBe(1);
    expect([...notes().keys()]).toHaveLength(2);
  });

  it('rewrites the note when a highlight is deleted, and the backup carries the deletion', async () => {
    const { state, sync, noteOf, root } = setup();
    await sync.flush(true);
    const gone = bundle.annotations[1]!;
    const goneText = (gone.target.selector[0] as { exact: string }).exact;
    expect(noteOf(bundle.article.title)![1]).toContain(goneText.slice(0, 40));
    state.input.annotations = state.input.annotations.filter((a) => a.id !== gone.id);
    state.tombstones = [{ id: gone.id, deleted: now().toISOString() }];
    sync.changed(bundle.article.key);
    await vi.advanceTimersByTimeAsync(FOLDER_WRITE_DELAY_MS + 100);
    expect(noteOf(bundle.article.title)![1]).not.toContain(goneText.slice(0, 40));
    const backups = root.dirs.get('Lede')!.dirs.get('backups')!;
    expect(backups.files.get('lede-2026-05-10-abc123.jsonld')).toContain(gone.id);
    expect(state.backedUp).toHaveLength(2);
  });

  it('changes to several articles (an import) rewrite every note that differs', async () => {
    const { state, sync } = setup();
    sync.changed(bundle.article.key);
    sync.changed(null);
    sync.changed(OTHER);
    await vi.advanceTimersByTimeAsync(FOLDER_WRITE_DELAY_MS + 100);
    expect(state.reads).toEqual([null]);
    expect(state.status.written).toHaveLength(2);
  });

  it('records that the browser asks again, writes nothing, and writes everything once allowed', async () => {
    const { state, sync, notes } = setup();
    state.permission = 'prompt';
    sync.changed(bundle.article.key);
    await vi.advanceTimersByTimeAsync(FOLDER_WRITE_DELAY_MS + 100);
    expect(state.status).toMatchObject({ state: 'needs-permission', folder: 'Notes', lastWrite: null });
    expect(state.reads).toEqual([]);
    expect(notes().size).toBe(0);
    expect(state.backedUp).toEqual([]); // no backup went out: no tombstone may be pruned
    state.permission = 'granted';
    expect(await sync.flush(true)).toMatchObject({ state: 'ok', lastWrite: now().toISOString() });
    expect(notes().size).toBe(2);
  });

  it('a write the browser refuses midway is a permission to ask again; any other failure says why', async () => {
    const { state, sync, root } = setup();
    root.getDirectoryHandle = async () => {
      throw Object.assign(new Error('denied'), { name: 'NotAllowedError' });
    };
    expect((await sync.flush(true)).state).toBe('needs-permission');
    root.getDirectoryHandle = async () => {
      throw Object.assign(new Error('gone'), { name: 'NotFoundError' });
    };
    expect(await sync.flush(true)).toMatchObject({
      state: 'failed',
      reason: 'The folder “Notes” is no longer there (moved or deleted): choose it again.',
    });
    expect(state.backedUp).toEqual([]);
  });

  it('says there is no folder when none was chosen', async () => {
    const { state, sync, dropHandle } = setup();
    dropHandle();
    sync.changed(bundle.article.key);
    await vi.advanceTimersByTimeAsync(FOLDER_WRITE_DELAY_MS + 100);
    expect(state.status.state).toBe('none');
    expect(state.reads).toEqual([]);
  });
});
