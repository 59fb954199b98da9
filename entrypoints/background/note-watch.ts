// The notes being written in tabs, so that a page which replaces its document under the reader's note does not get
// the rest of it (red team 56). The note editor is an extension frame inside the page: a page that reloads itself or
// navigates away as the reader types tears the editor down with its old document, and every key typed after that
// lands on the new document, where the page's own listeners hear it. Each open editor holds a port to the background
// (`lede-note`) and says which highlight it edits, whether the reader moved away from it, and when it is done with.
// When the frame hosting an open, unfinished editor the reader was writing in commits a new document (Chrome's
// `webNavigation.onCommitted`, the browser's own record, nothing the page says), the new document's bootstrap is
// woken at once with `note`: it holds the reader's keys from the page, and opens that note's editor again where the
// highlight is on the new document, with everything typed; elsewhere the words go into the note's draft. Firefox has
// no `webNavigation` here: there the note-hold script of each new document asks (`cutFor`), and wakes the bootstrap.
import type { NoteResume } from '../../lib/page-wake-key';
import type { WakeOutcome } from '../../lib/page-wake';

/** What an editor's port says (NoteEditor.tsx). */
export type NotePortMessage =
  | { open: NoteResume }
  | { away: boolean }
  | { field: 'note' | 'tags' }
  | { draft: { note: string; tags: string } }
  | { done: true };

/** The parts of a `runtime.Port` this uses. */
export interface NotePort {
  name: string;
  sender?: { id?: string; url?: string; tab?: { id?: number }; frameId?: number };
  onMessage: { addListener(fn: (message: unknown) => void): void };
  onDisconnect: { addListener(fn: () => void): void };
}

/** One editor open in a tab. */
interface OpenNote {
  note: NoteResume;
  /** The reader moved the focus out of the editor (a click on the page, Tab): the keys are the page's. */
  away: boolean;
  /** The frame the editor's frame sits in (null: not known yet; the top frame's navigation counts anyway). */
  hostFrameId: number | null;
  /** When the port closed without the editor saying it was done; null while it is open. */
  gone: number | null;
  /**
   * The words in the editor as the reader last changed them, told at each change. The editor keeps its own draft in
   * storage too, but a write begun as the page tears the frame down may never finish: the last letters typed before
   * the page changed were lost. The background writes this one when the port closes without the editor done.
   */
  draft: { note: string; tags: string } | null;
}

/** A port closed this long before its host's new document commits still counts (the two arrive in either order). */
const GONE_COUNTS_MS = 3_000;
/** How often, and how long apart, the new document's bootstrap is called until it has run. */
const WAKE_TRIES = 150;
const WAKE_WAIT_MS = 10;
/** The longest note or tags told through the port (a note is bounded by the store's own limits far below this). */
const MAX_DRAFT_CHARS = 1_000_000;

export interface NoteWatchDeps {
  onConnect: { addListener(fn: (port: NotePort) => void): void };
  /** `webNavigation.onCommitted` (Chrome): a frame of a tab has a new document. */
  onCommitted?: { addListener(fn: (details: { tabId: number; frameId: number }) => void): void };
  /** The extension page an editor's port must come from (the note editor's URL, without its fragment). */
  editorUrl: string;
  /** The id of the frame holding frame `frameId` of tab `tabId` (`webNavigation.getFrame`), or null. */
  parentFrameOf(tabId: number, frameId: number): Promise<number | null>;
  wake(tabId: number, frameId: number, note: NoteResume): Promise<WakeOutcome>;
  /** Keeps the words of a note whose editor the page tore down as its draft (lib/note-draft.ts `writeDraft`). */
  keepDraft(note: NoteResume, draft: { note: string; tags: string }): Promise<void>;
  now(): number;
  sleep?: (ms: number) => Promise<void>;
  /** Whether any note is open: the note-hold script is registered while one is (`noteHoldRegistration`). */
  holding?(open: boolean): void;
}

const isField = (v: unknown): v is 'note' | 'tags' => v === 'note' || v === 'tags';

/** A validated `open` message, or null: anything else an editor's port carries is ignored. */
export function readOpen(v: unknown): NoteResume | null {
  const o = (v as { open?: Record<string, unknown> } | null)?.open;
  if (!o || typeof o !== 'object') return null;
  const { id, articleKey, base, field } = o;
  if (typeof id !== 'string' || typeof articleKey !== 'string' || typeof base !== 'string' || !isField(field))
    return null;
  if (!id || id.length > 200 || !articleKey || articleKey.length > 4000 || base.length > 100) return null;
  return { id, articleKey, base, field };
}

const defaultSleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** What Lede's page side tells the watch: it closed the editor of highlight `id` in tab `tabId` itself. */
export interface NoteWatch {
  closed(tabId: number, id: string): void;
  /**
   * Firefox, which has no `webNavigation` here: the note-hold script of a new document asks whether it replaced one
   * a note was being written in (`noteCut`); the note, taken, or null.
   */
  cutFor(tabId: number, frameId: number): NoteResume | null;
}

/** Watches the note editors open in tabs, and wakes the new document of a frame that replaced one mid-note. */
export function watchNotes(deps: NoteWatchDeps): NoteWatch {
  const sleep = deps.sleep ?? defaultSleep;
  /** Per tab, its open editors (one per frame, usually one). */
  const open = new Map<number, Set<OpenNote>>();

  deps.onConnect.addListener((port) => {
    if (port.name !== 'lede-note') return;
    const tabId = port.sender?.tab?.id;
    const frameId = port.sender?.frameId;
    // Only Lede's own editor page, in a tab.
    if (tabId === undefined || frameId === undefined || !port.sender?.url?.startsWith(deps.editorUrl)) return;
    let entry: OpenNote | null = null;
    let finished = false;
    const forget = () => {
      if (!entry) return;
      const set = open.get(tabId);
      set?.delete(entry);
      if (set?.size === 0) open.delete(tabId);
      deps.holding?.(open.size > 0);
    };
    port.onMessage.addListener((message) => {
      if (finished) return;
      const note = readOpen(message);
      if (note && !entry) {
        const made: OpenNote = { note, away: false, hostFrameId: null, gone: null, draft: null };
        entry = made;
        if (!open.has(tabId)) open.set(tabId, new Set());
        open.get(tabId)!.add(made);
        deps.holding?.(true);
        void deps.parentFrameOf(tabId, frameId).then((id) => (made.hostFrameId = id));
        return;
      }
      if (!entry) return;
      const m = message as { away?: unknown; field?: unknown; done?: unknown; draft?: unknown } | null;
      if (typeof m?.away === 'boolean') entry.away = m.away;
      const draft = m?.draft as { note?: unknown; tags?: unknown } | undefined;
      if (
        typeof draft?.note === 'string' &&
        typeof draft.tags === 'string' &&
        draft.note.length <= MAX_DRAFT_CHARS &&
        draft.tags.length <= MAX_DRAFT_CHARS
      )
        entry.draft = { note: draft.note, tags: draft.tags };
      if (isField(m?.field)) entry.note = { ...entry.note, field: m.field };
      if (m?.done === true) {
        finished = true;
        forget();
      }
    });
    port.onDisconnect.addListener(() => {
      // Closed without being done: perhaps its page is being replaced (its commit may come before or after this).
      if (entry && !finished) entry.gone = deps.now();
      // Its words as last told, kept as the note's draft (the editor's own last write may not have finished): the
      // editor of this highlight opens with them, wherever it opens next.
      if (entry && !finished && entry.draft) void deps.keepDraft(entry.note, entry.draft).catch(() => undefined);
      const ended = entry;
      if (ended) void sleep(GONE_COUNTS_MS).then(() => ended === entry && ended.gone !== null && forget());
    });
  });

  /**
   * The notes a new document in frame `frameId` of tab `tabId` replaced: open, unfinished notes of that tab whose
   * editor sat in that frame (the top frame's new document replaced every frame in it), forgotten as they are taken.
   */
  const takeCut = (tabId: number, frameId: number): NoteResume[] => {
    const set = open.get(tabId);
    if (!set) return [];
    const now = deps.now();
    const cut: NoteResume[] = [];
    for (const entry of [...set]) {
      if (entry.gone !== null && now - entry.gone > GONE_COUNTS_MS) {
        set.delete(entry);
        continue;
      }
      if (frameId !== 0 && frameId !== entry.hostFrameId) continue;
      set.delete(entry);
      // The reader had left the editor for the page: their keys were the page's anyway.
      if (!entry.away) cut.push(entry.note);
    }
    if (set.size === 0) open.delete(tabId);
    deps.holding?.(open.size > 0);
    return cut;
  };

  /**
   * The note each new document was woken for at its commit (Chrome), by tab and frame: its hold script asks too, and
   * is told the same note, lest it let go of the keys before the wake reaches the bootstrap (which takes one).
   */
  const woken = new Map<string, { note: NoteResume; at: number }>();

  // Chrome: the browser's record of a frame's new document; its bootstrap is called until it has run.
  deps.onCommitted?.addListener(({ tabId, frameId }) => {
    for (const note of takeCut(tabId, frameId)) {
      woken.set(`${tabId}:${frameId}`, { note, at: deps.now() });
      void wakeUntilRun(deps, sleep, tabId, frameId, note);
    }
  });

  return {
    cutFor: (tabId, frameId) => {
      const key = `${tabId}:${frameId}`;
      const sent = woken.get(key);
      woken.delete(key);
      if (sent && deps.now() - sent.at < GONE_COUNTS_MS) return sent.note;
      return takeCut(tabId, frameId)[0] ?? null;
    },
    closed(tabId, id) {
      const set = open.get(tabId);
      for (const entry of set ?? []) if (entry.note.id === id) set!.delete(entry);
      if (set?.size === 0) open.delete(tabId);
      deps.holding?.(open.size > 0);
    },
  };
}

/** Calls the new document's bootstrap until it has run (it starts at document_start, a moment after the commit). */
async function wakeUntilRun(
  deps: NoteWatchDeps,
  sleep: (ms: number) => Promise<void>,
  tabId: number,
  frameId: number,
  note: NoteResume,
): Promise<void> {
  for (let i = 0; i < WAKE_TRIES; i++) {
    const outcome = await deps.wake(tabId, frameId, note).catch(() => 'refused' as const);
    if (outcome === 'woken') return;
    await sleep(WAKE_WAIT_MS);
  }
}

/** The parts of `chrome.scripting` the note-hold registration uses. */
export interface HoldScripting {
  registerContentScripts(
    scripts: {
      id: string;
      js: string[];
      matches: string[];
      runAt: 'document_start';
      allFrames: boolean;
      persistAcrossSessions: boolean;
    }[],
  ): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
}

const HOLD_ID = 'lede-note-hold';
/** After the last note closed, the hold stays registered this long: a document committing now still gets it. */
const HOLD_AFTER_MS = 2_000;

/**
 * Registers the note-hold script (entrypoints/note-hold.ts) in every http(s) document that starts while a note is
 * open, and unregisters it a moment after none is. Starts by unregistering one a stopped worker may have left.
 */
export function noteHoldRegistration(
  scripting: HoldScripting,
  sleep: (ms: number) => Promise<void> = defaultSleep,
): (open: boolean) => void {
  let wanted = false;
  /** What is registered as far as this worker knows: at its start, perhaps one left by the worker before. */
  let registered = true;
  let busy = false;
  let offAt = 0;
  const sync = async (): Promise<void> => {
    if (busy) return;
    busy = true;
    try {
      while (registered !== wanted) {
        const want = wanted;
        if (want)
          await scripting
            .registerContentScripts([
              {
                id: HOLD_ID,
                js: ['note-hold.js'],
                matches: ['http://*/*', 'https://*/*'],
                runAt: 'document_start',
                allFrames: true,
                persistAcrossSessions: false,
              },
            ])
            // Registered already (by a worker before this one).
            .catch(() => undefined);
        else await scripting.unregisterContentScripts({ ids: [HOLD_ID] }).catch(() => undefined);
        registered = want;
      }
    } finally {
      busy = false;
    }
  };
  void sync();
  return (open) => {
    if (open) {
      offAt = 0;
      wanted = true;
      void sync();
      return;
    }
    const at = Date.now();
    offAt = at;
    void sleep(HOLD_AFTER_MS).then(() => {
      if (offAt !== at) return;
      wanted = false;
      void sync();
    });
  };
}
