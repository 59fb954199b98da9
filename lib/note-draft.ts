// A note being written, kept in `storage.session` (in memory, never on disk, gone when the browser closes) until it
// is saved, deleted or dismissed with Escape. The editor's frame can be reloaded under the reader (a page that takes
// Lede's host out and puts it back reloads every frame in it), and a click on the page closes the editor: either way
// the words typed so far come back when the highlight's editor opens again. A draft is kept per highlight, with the
// stored note it started from: one saved elsewhere since (the sidebar, another tab) is not overwritten by it.
import { browser } from 'wxt/browser';

/** What the reader has typed in the editor of one highlight and not saved. */
export interface NoteDraft {
  /** The highlight's id. */
  id: string;
  /** The `modified` time of the stored highlight the draft started from. */
  base: string;
  note: string;
  tags: string;
}

type SessionArea = {
  get(k: string): Promise<Record<string, unknown>>;
  set(v: object): Promise<void>;
  remove(k: string): Promise<void>;
};

/** `storage.session`, or null where the browser has none. */
function area(): SessionArea | null {
  return ((browser.storage as unknown as { session?: SessionArea }).session ?? null) as SessionArea | null;
}

const keyOf = (id: string): string => `noteDraft:${id}`;

/** The unsaved draft of highlight `id` begun on its stored version `base`; else null. */
export async function readDraft(id: string, base: string): Promise<NoteDraft | null> {
  const s = area();
  if (!s || !id) return null;
  try {
    const d = (await s.get(keyOf(id)))[keyOf(id)] as Partial<NoteDraft> | undefined;
    return d && d.id === id && d.base === base && typeof d.note === 'string' && typeof d.tags === 'string'
      ? { id, base, note: d.note, tags: d.tags }
      : null;
  } catch {
    return null;
  }
}

/** Keeps what the reader has typed; a failure only costs the draft (the note itself is saved by Save), so it warns. */
export async function writeDraft(draft: NoteDraft): Promise<void> {
  const s = area();
  if (!s || !draft.id) return;
  await s.set({ [keyOf(draft.id)]: draft }).catch((err: unknown) => console.warn('[lede] note draft not kept', err));
}

/** Forgets the draft of highlight `id` (saved, deleted or dismissed). */
export async function dropDraft(id: string): Promise<void> {
  const s = area();
  if (!s || !id) return;
  await s.remove(keyOf(id)).catch(() => undefined);
}
