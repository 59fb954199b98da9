// What the bootstrap hands to the lazily loaded rest of the page side. Both run in the same isolated world; the
// handoff sits under a symbol on that world's window object, which the page's own scripts never see (they have
// their own wrapper of the window) and cannot clobber with a named element (names are strings, never symbols).
import { type NoteResume, WAKE_KEY, type WakeReason } from '../../lib/page-wake-key';
import type { KeyHold } from './key-hold';
import type { AwayChanges } from './away-changes';
import type { InputHub } from './input-hub';
import type { PressAnchor, PressRecord } from './press-record';
import type { SelectionGuard } from './selection-guard';

/** The few extension APIs the bootstrap uses, as both chrome.* (MV3, promise-returning) and browser.* provide them. */
export interface ExtensionApi {
  runtime: {
    id?: string;
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(
        listener: (
          message: unknown,
          sender: { id?: string; tab?: unknown; url?: string },
        ) => Promise<unknown> | undefined,
      ): void;
    };
  };
}

/** The keys that extend a selection with Shift held. A capital letter typed in a page's form is not one of them. */
export const SELECTING_KEY = /^(Arrow(Left|Right|Up|Down)|Home|End|PageUp|PageDown)$/;

/** A colour key: 1 to 5 with no Ctrl, Meta or Alt (the toolbar's colours, in order). */
export const isColourKey = (e: KeyboardEvent): boolean =>
  /^[1-5]$/.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey;

/** The rest of the page side, once loaded. */
export interface PageMain {
  /** Answers one extension message (already known to come from the extension itself). */
  dispatch(message: unknown, sender: unknown): Promise<unknown>;
  /**
   * The reader just finished a trusted selection: run the article check and offer the toolbar. `key` is a colour
   * key (1-5) the reader already pressed while this script was loading; `at`, where the mouse button came up; `href`,
   * the page's address then.
   */
  selectionEnded(key?: string, at?: { x: number; y: number }, href?: string): void;
  /**
   * Where the page replaced its document's root since this session started (`document.open()`), ends the session
   * and starts again on the new one; otherwise does nothing.
   */
  restartIfReplaced(): void;
  /**
   * The reader's drag that ended at `at` left nothing selected (selection-guard.ts): where the page stopped it, tell
   * them, on an article.
   */
  dragSelectedNothing(at: { x: number; y: number }): void;
  /**
   * The page replaced the document the reader was writing `note` in; their keys have been held since this document
   * started (`early`, the note-hold script's hold, where it ran): hold them on, and open the note's editor again with
   * them where the highlight is here, else keep them in its draft.
   */
  resumeNote(note: NoteResume, early: KeyHold | null): void;
  /** Whether the reader's keys are still kept for a note outside its editor's frame (held, or the frame loading). */
  keepsNoteKeys(): boolean;
}

export interface BootHandoff {
  api: ExtensionApi;
  /** Set when the background said this page has notes: the key it filed them under, and the notes. */
  notes: { articleKey: string; annotations: unknown[] } | null;
  /** Filled in by the rest when it has started. */
  main?: PageMain;
  /** The reader's mouse and key events, heard on window's capture phase before any listener of the page. */
  input?: InputHub;
  /**
   * The reader's last press, recorded by the bootstrap from its start: the rest judges every mouse gesture by it, one
   * whose press came before the rest loaded included (red team 35, A1: a rest woken while the button was down saw no
   * press and took the page's label for a selection made before Lede listened).
   */
  press: PressRecord;
  /** Whether the page stops the reader's drags from selecting, and the reader's leave to select here anyway. */
  guard: SelectionGuard;
  /**
   * What the page changed since the reader's last input on it, recorded by the bootstrap (away-changes.ts): the
   * snapshot for key facts marks it closed until the reader is back (red team 44, item 3).
   */
  away?: AwayChanges;
  /**
   * What the reader's last selecting gesture left selected, read by the bootstrap as the gesture ended, before any
   * listener of the page's heard it (`at`: the pointer of a mouse gesture); 'none' where it left nothing selected;
   * absent where the bootstrap saw no gesture. The rest starts its `readerSelection` from it. `anchor`: the caret
   * under the press the gesture began with (PressRecord).
   */
  gesture?:
    | {
        range: Range;
        text: string;
        href: string;
        at?: { x: number; y: number };
        anchor?: PressAnchor;
      }
    | 'none';
}

export const HANDOFF: unique symbol = Symbol.for('lede.page-handoff') as never;

/** The symbol the top frame's bootstrap puts its wake function under (lib/page-wake.ts calls it). */
export const WAKE: unique symbol = Symbol.for(WAKE_KEY) as never;
export type { NoteResume, WakeReason };
