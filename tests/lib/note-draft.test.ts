// The note being written, kept per highlight until saved, deleted or dismissed (lib/note-draft.ts), in WXT's fake
// browser storage.
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { draftTime } from '../../entrypoints/note-editor/NoteEditor';
import { dropDraft, readDraft, writeDraft } from '../../lib/note-draft';

const ID = 'urn:uuid:11111111-2222-4333-8444-555555555555';
const BASE = '2026-01-01T00:00:00.000Z';

beforeEach(() => fakeBrowser.reset());

describe('note drafts', () => {
  it('keeps the words typed in the extension’s own storage, on disk, with when they were typed', async () => {
    await writeDraft(
      { id: ID, base: BASE, note: 'Check the 32 agreements', tags: 'cyber' },
      new Date('2026-12-01T09:30:00Z'),
    );
    expect(await readDraft(ID, BASE)).toEqual({
      id: ID,
      base: BASE,
      note: 'Check the 32 agreements',
      tags: 'cyber',
      at: '2026-12-01T09:30:00.000Z',
    });
    // In storage.local (kept when the browser closes), not in memory-only storage.session.
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual([`noteDraft:${ID}`]);
  });

  it('does not bring words typed on an older version over a note saved elsewhere since', async () => {
    await writeDraft({ id: ID, base: BASE, note: 'old words', tags: '' });
    expect(await readDraft(ID, '2026-02-01T00:00:00.000Z')).toBeNull();
  });

  it('forgets a dismissed draft, and reads a spoiled record as none', async () => {
    await writeDraft({ id: ID, base: BASE, note: 'words', tags: '' });
    await dropDraft(ID);
    expect(await readDraft(ID, BASE)).toBeNull();
    await fakeBrowser.storage.local.set({ [`noteDraft:${ID}`]: { id: ID, base: BASE, note: 42 } });
    expect(await readDraft(ID, BASE)).toBeNull();
  });

  it('says when the words were typed: the time today, the day and time before', () => {
    const now = new Date(2026, 11, 1, 18, 0);
    const today = draftTime(new Date(2026, 11, 1, 9, 5).toISOString(), now);
    const earlier = draftTime(new Date(2026, 10, 28, 9, 5).toISOString(), now);
    expect(today).toMatch(/9.05/);
    expect(today).not.toMatch(/2026/);
    expect(earlier).toMatch(/2026/);
    expect(draftTime('not a time', now)).toBe('');
  });
});
