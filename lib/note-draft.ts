// A note being written, kept in the extension's own storage (`storage.local`, on disk like the notes themselves, out
// of every page's reach) until it is saved, deleted or dismissed with Escape. The editor's frame can be reloaded under
// the reader (a page that takes Lede's host out and puts it back reloads every frame in it), a click on the page
// closes the editor, and the browser can close or crash mid-sentence: each way the words typed so far come back when
// the highlight's editor opens again. A draft is kept per highlight, with the stored note it started from: one saved
// elsewhere since (the sidebar, another tab) is not overwritten by it. Until wave 18 drafts lived in
// `storage.session`, in memory: closing the browser lost them.
import { browser } from 'wxt/browser';

/** What the reader has typed in the editor of one highlight and not saved. */
export interface NoteDraft {
  /** The highlight's id. */
  id: string;
  /** The `modified` time of the stored highlight the draft started from. */
  base: string;
  note: string;
  tags: string;
  /** When it was last written (ISO time): shown to the reader when it comes back. */
  at: string;
}

/** The part of `storage.local` drafts use. */
export interface DraftArea {
  get(k: string): Promise<Record<string, unknown>>;
  set(v: object): Promise<void>;
  remove(k: string | string[]): Promise<void>;
}

const PREFIX = 'noteDraft:';

/** The draft id of an article's own note (a highlight's draft is kept under the highlight's id). */
export const articleDraftId = (articleKey: string): string => `article:${articleKey}`;
const keyOf = (id: string): string => `${PREFIX}${id}`;

const local = (): DraftArea => browser.storage.local as unknown as DraftArea;

/** The unsaved draft of highlight `id` begun on its stored version `base`; else null. */
export async function readDraft(id: string, base: string, area: DraftArea = local()): Promise<NoteDraft | null> {
  if (!id) return null;
  try {
    const d = (await area.get(keyOf(id)))[keyOf(id)] as Partial<NoteDraft> | undefined;
    return d && d.id === id && d.base === base && typeof d.note === 'string' && typeof d.tags === 'string'
      ? { id, base, note: d.note, tags: d.tags, at: typeof d.at === 'string' ? d.at : '' }
      : null;
  } catch {
    return null;
  }
}

/**
 * Keeps what the reader has typed (the draft's `at` is set from `now`); a failure only costs the draft (the note
 * itself is saved by Save), so it warns.
 */
export async function writeDraft(
  draft: Omit<NoteDraft, 'at'>,
  now: Date = new Date(),
  area: DraftArea = local(),
): Promise<void> {
  if (!draft.id) return;
  await area
    .set({ [keyOf(draft.id)]: { ...draft, at: now.toISOString() } })
    .catch((err: unknown) => console.warn('[lede] note draft not kept', err));
}

/** Forgets the draft of highlight `id` (saved, deleted or dismissed). */
export async function dropDraft(id: string, area: DraftArea = local()): Promise<void> {
  if (!id) return;
  await area.remove(keyOf(id)).catch(() => undefined);
}

/** Forgets the drafts of highlights deleted anywhere (the sidebar, the library, a whole article): no words of a
 * deleted note stay on disk. */
export async function dropDrafts(ids: readonly string[], area: DraftArea = local()): Promise<void> {
  const keys = ids.filter(Boolean).map(keyOf);
  if (keys.length) await area.remove(keys).catch(() => undefined);
}
