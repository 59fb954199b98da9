// A note being written, kept in `storage.session` (in memory, never on disk, gone when the browser closes) until it
// is saved, deleted or dismissed. The editor's frame can be reloaded under the reader (a page that takes Lede's host
// out and puts it back reloads every frame in it): the words typed so far come back with the same editor. A draft
// belongs to one opening of the editor (its nonce), so a note dismissed with Escape does not come back at the next.
import { browser } from 'wxt/browser';

/** What the reader has typed in one opening of the editor. */
export interface NoteDraft {
  /** The highlight's id. */
  id: string;
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

const keyOf = (nonce: string): string => `noteDraft:${nonce}`;

/** The draft of this opening of the editor for highlight `id`, if its frame was reloaded; else null. */
export async function readDraft(nonce: string, id: string): Promise<NoteDraft | null> {
  const s = area();
  if (!s || !nonce) return null;
  try {
    const d = (await s.get(keyOf(nonce)))[keyOf(nonce)] as Partial<NoteDraft> | undefined;
    return d && d.id === id && typeof d.note === 'string' && typeof d.tags === 'string'
      ? { id, note: d.note, tags: d.tags }
      : null;
  } catch {
    return null;
  }
}

/** Keeps what the reader has typed; a failure only costs the draft (the note itself is saved by Save), so it warns. */
export async function writeDraft(nonce: string, draft: NoteDraft): Promise<void> {
  const s = area();
  if (!s || !nonce) return;
  await s.set({ [keyOf(nonce)]: draft }).catch((err: unknown) => console.warn('[lede] note draft not kept', err));
}

/** Forgets the draft of this opening (saved, deleted or dismissed). */
export async function dropDraft(nonce: string): Promise<void> {
  const s = area();
  if (!s || !nonce) return;
  await s.remove(keyOf(nonce)).catch(() => undefined);
}
