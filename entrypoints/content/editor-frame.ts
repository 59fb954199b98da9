// The note editor as an extension page in an <iframe> inside Lede's closed shadow root. The reader's typing happens
// in the extension's own document, so the page's listeners never see a key or an input event of a note; the frame
// saves straight to the background. The content script only places the frame beside the passage and hears back
// (through the extension's messaging, never the page's window) that it resized, saved, deleted or closed.
import { DARK_UI_COLORS } from '../../core/palette';
import type { Annotation } from '../../core/types';
import type { EditorAnswer, EditorEvent, Result } from '../../lib/messaging';
import type { NoteResume } from '../../lib/page-wake-key';
import type { ExtensionApi } from './handoff';
import { DrawnWatch, fadedByPage } from './drawn-watch';
import { drawnAt, topPointOf } from './frame-point';
import { isReaderEvent } from './input-hub';
import { asksSave, typedInto } from './key-hold';
import { wellOpen } from './key-well';
import { type Cancel, later } from './page-clock';
import { PageFrames } from './page-frames';
import { unreachedFocus } from './shadow-root-of';
import type { UiHost } from './ui-host';
import { onLedeUi, outerTarget } from './ui-relay';

/** Where the reader's keys are heard first: the input hub (input-hub.ts), or the page's window. */
export interface KeySource {
  addEventListener(
    type: 'keydown' | 'keyup' | 'mousedown' | 'blur' | 'beforeinput',
    fn: EventListener,
    capture?: boolean,
  ): void;
  removeEventListener(
    type: 'keydown' | 'keyup' | 'mousedown' | 'blur' | 'beforeinput',
    fn: EventListener,
    capture?: boolean,
  ): void;
}

/**
 * How long after its frame loads the editor has to say its script runs (`loaded`), and how long after opening when
 * the frame never loads. A page served with `Content-Security-Policy: sandbox` sandboxes every frame in it, Lede's
 * included, and Chrome then draws a broken frame where the editor should be (red team 26): it is closed, and the
 * reader told where the note can be written.
 */
const LOADED_AFTER_LOAD_MS = 1_500;
const LOADED_AFTER_OPEN_MS = 10_000;
/**
 * A frame that has not said it loaded is sent to the editor again after these waits (from the open; each longer, so
 * a slow but honest load is restarted at most three times): a page that calls `window.stop()` as the reader opens
 * the note aborts the frame's navigation, and the frame then stays an empty box (red team 55).
 */
const RENAVIGATE_AFTER_MS = [1_000, 2_000, 4_000];

/**
 * How long a frame told to take the focus itself (from Lede's key frame) has before the page side gives it the focus
 * instead.
 */
const SELF_FOCUS_MS = 400;

/** How long a closed editor's hidden frame stays before it is removed. */
const CLOSED_FRAME_REMOVAL_MS = 500;

export const EDITOR_PATH = '/note-editor.html';
const WIDTH = 320;
const GAP = 10;
const MARGIN = 8;

export interface EditorCallbacks {
  saved(annotation: Annotation): void;
  deleted(annotation: Annotation): void;
  failed(reason: string): void;
  /** The editor closed, however (saved, deleted, dismissed). */
  closed?(): void;
  /**
   * The frame never said its script runs, or the page keeps it out of sight: the page blocks it. `typed`: the words
   * the reader typed for the note meanwhile (held by Lede, never the page's), to be kept for the sidebar's editor.
   */
  blocked(typed?: { annotation: Annotation; focus: 'note' | 'tags'; text: string }): void;
  /** The reader pressed inside the open editor on something the page laid over it (their keys stayed the note's). */
  covered?(): void;
  /** The reader's keys are kept for the note outside its frame from now (asked for, or the frame loading). */
  keeping?(): void;
}

/** A position for a `width`×`height` box beside `rect` (right, else left, else below, else above), never over it. */
export function placeBeside(
  rect: { left: number; right: number; top: number; bottom: number },
  width: number,
  height: number,
  viewport: { width: number; height: number },
): { left: number; top: number } {
  const clampTop = (top: number) => Math.max(MARGIN, Math.min(top, viewport.height - height - MARGIN));
  const clampLeft = (left: number) => Math.max(MARGIN, Math.min(left, viewport.width - width - MARGIN));
  if (rect.right + GAP + width + MARGIN <= viewport.width) return { left: rect.right + GAP, top: clampTop(rect.top) };
  if (rect.left - GAP - width >= MARGIN) return { left: rect.left - GAP - width, top: clampTop(rect.top) };
  if (rect.bottom + GAP + height + MARGIN <= viewport.height)
    return { left: clampLeft(rect.left), top: rect.bottom + GAP };
  if (rect.top - GAP - height >= MARGIN) return { left: clampLeft(rect.left), top: rect.top - GAP - height };
  // No room anywhere around the passage (a passage taller than the screen): the side with the most room.
  return { left: rect.left > viewport.width - rect.right ? MARGIN : viewport.width - width - MARGIN, top: MARGIN };
}

function randomNonce(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A field of the page the reader types into (their keys there are not the note's). */
function isEditable(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (/^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName ?? '') || el.isContentEditable === true);
}

export class EditorFrame {
  private frame: HTMLIFrameElement | null = null;
  /** The frame's window when it was last seen loaded in place: another one means the frame was made anew. */
  private win: Window | null = null;
  /** The load of the frame's document listened to (EditorEvent.load), from its `loaded`; null until then. */
  private load: string | null = null;
  /** Loads of this frame that went with a frame the page took out: what they still say is not answered. */
  private goneLoads = new Set<string>();
  private nonce = '';
  private range: Range | null = null;
  /** The highlight and field the open editor was opened for. */
  private opened: { annotation: Annotation; focus: 'note' | 'tags' } | null = null;
  private height = 260;
  /** Keys the reader typed that reached the page's document instead of the frame, kept for the frame's next answer. */
  private early = '';
  /** The frame asked for the focus (`ready`): from then on it holds the keys unless the reader moves them. */
  private focusAsked = false;
  /**
   * The frame was told to take the focus itself (`focusSelf`), and has not yet: Lede's key frame keeps the keys till
   * then. Cancels the page side's own focusing of the frame if it never does.
   */
  private selfFocus: Cancel | null = null;
  /** The reader moved the focus out of the frame (a click on the page, Tab): their keys are the page's again. */
  private readerLeft = false;
  /** A Ctrl+Enter among the kept keys: the frame saves once it has them. */
  private saveKept = false;
  /** An Escape among the kept keys: the frame closes (and forgets its draft) once it hears it. */
  private closeKept = false;
  /** The frame said its script runs (`loaded`). */
  private loaded = false;
  /** The timers that close a frame that never says so. */
  /** Cancel the checks that the frame loaded (waits the page cannot cancel: page-clock.ts). */
  private loadTimers: Cancel[] = [];
  private readonly onScroll = () => this.place();
  /** Whether the frame is drawn as it is, unfaded and uncovered (drawn-watch.ts). */
  private drawn: DrawnWatch | null = null;
  /**
   * A key of the reader's that lands on the page's document while the editor is open is not the page's to hear: the
   * hub runs before any listener of the page, so it is stopped there and kept for the note. While the frame loads,
   * that is every key except those typed into a field of the page the reader pressed; once the frame asked for the focus, every key
   * unless the reader clicked the page or tabbed out. A key aimed at Lede's host is on its way into the frame (the
   * focus moving into the frame's process takes a moment); one aimed anywhere else means the page took the focus (a
   * script focusing a field of its own) to read the rest of the note, and the frame takes it back.
   */
  private readonly onEarlyKey = (e: Event): void => {
    const k = e as KeyboardEvent;
    if (!isReaderEvent(k)) return;
    if (!this.focusAsked) {
      // A field of the page's takes the keys only where the reader pressed it: a field the page focused by itself,
      // at the press that opened the editor or as the selection went, would read the note's first letters (red team
      // 50, K).
      const at = k.composedPath()[0] as Node | undefined;
      if (at && isEditable(at) && this.readerPressed(at)) return;
      // An input method's key ("Process", 229) carries no letter to keep: it composes in the focused field, so a
      // field the page focused by itself would read the composition (red team 60, IM). It loses the focus instead.
      if (at && isEditable(at) && (k.key === 'Process' || k.keyCode === 229)) (at as HTMLElement).blur?.();
    } else if (this.readerLeft) return;
    else if (k.target !== this.ui.host && !this.selfFocus) this.focusTaken();
    k.stopImmediatePropagation();
    k.preventDefault();
    if (k.type !== 'keydown') return;
    // Escape is the reader's to close with (reader-input.ts calls escape()), wherever it lands.
    this.early = typedInto(this.early, k);
    if (asksSave(k)) this.saveKept = true;
  };

  /**
   * Text put into a field of the page's with no key of its own while the editor loads: dictation, or an input method
   * committing a phrase (red team 60, IM). In a field the reader did not press it is the note's: kept where it can be
   * (`insertText` can be cancelled), and the field loses the focus where it cannot (a composition).
   */
  private readonly onEarlyInput = (e: Event): void => {
    const input = e as InputEvent;
    if (!isReaderEvent(input) || (this.focusAsked && this.readerLeft)) return;
    const at = input.composedPath()[0] as Node | undefined;
    if (!at || !isEditable(at) || (!this.focusAsked && this.readerPressed(at))) return;
    // Once the frame asked for the focus, a field of the page's holding it took it: the frame takes it back.
    if (this.focusAsked) this.focusTaken();
    if (input.cancelable && input.inputType === 'insertText' && input.data) {
      input.stopImmediatePropagation();
      input.preventDefault();
      this.early += input.data;
    } else (at as HTMLElement).blur?.();
  };

  /** Where the reader last pressed the mouse on the page, for the focus handed back there (`release`). */
  private readerTarget: Element | null = null;

  /** Whether the reader's own press since the editor opened went to `field` (or into it). */
  private readerPressed(field: Node): boolean {
    const pressed = this.readerTarget;
    return !!pressed && (pressed === field || field.contains(pressed));
  }
  /**
   * The reader's Escape reached the page's document. While the frame loads it closes at once (nothing typed in it
   * yet); after, the frame is told with its next answer, so it forgets its draft as for its own Escape (closed from
   * here, the draft would come back at the next opening), and closed from here if it has not within a second.
   */
  escape(): void {
    if (!this.focusAsked) {
      // Asked for from the toolbar and not open yet (the highlight still saving): the note is not wanted now.
      if (this.expecting && !this.frame) this.escapedAsked = true;
      return this.close();
    }
    this.closeKept = true;
    this.focusTaken();
    const nonce = this.nonce;
    later(() => {
      if (this.nonce === nonce && this.closeKept) this.close();
    }, 1000);
  }

  /** The reader's own click on the page (not on Lede's UI) moves the focus there: not a page taking it. */
  private readonly onPointer = (e: Event): void => {
    const target = e.composedPath()[0] as Node;
    if (!isReaderEvent(e) || onLedeUi(e, this.ui)) return;
    // A press inside the open editor's box that lands on the page's element: the page laid something over the editor
    // (red team 50, A: a clear field, or a white box blended away, in the top layer from a shadow root of its own,
    // where Lede does not hear it open). Whatever it looks like, the reader pressed where the editor is: the focus
    // stays in the note (no field of the page's takes it), their keys stay the note's, and they are told.
    if (this.coveredAt(e as MouseEvent)) {
      e.preventDefault();
      return;
    }
    this.readerLeft = true;
    this.readerTarget = target.nodeType === 1 ? (target as Element) : target.parentElement;
  };

  /**
   * The page took the focus: the frame takes it back (its window itself: a page's frame that took the focus from
   * within leaves Lede's host the active element here, where focusing the element again does nothing). As often as
   * the page takes it: a page that takes it back each time (tests/e2e/trust-reach.e2e.ts (u)) fights a loop of its
   * own making, and the reader's keys are kept meanwhile; a cap let such a page win and the note lose the rest.
   */
  private focusTaken(): void {
    if (!this.frame) return;
    this.frame.focus();
    this.frame.contentWindow?.focus();
  }

  /**
   * The page moved the focus into a frame of its own (page-frames.ts hears it in the same task): taken back before a
   * key can reach that frame, unless the reader clicked there.
   */
  private readonly onFrameFocus = (): void => {
    if (this.focusAsked && !this.readerLeft) this.focusTaken();
  };

  /**
   * While the reader's keys are kept in the page's documents (the highlight saving after Note, the editor's frame
   * loading), a window of the page lost the focus: perhaps into a frame Lede's script here cannot enter (another
   * origin), where the reader's next keys go unheard. Red team 52: a page that focused a frame of another origin as the
   * reader clicked the highlight read "Secret sou" of "Secret source Ivanov". Looked at once the page's script that
   * moved the focus has run, before any key; the focus comes back to the page's document, where the keys are kept.
   * From `ready` on, the editor's frame holds the focus and hears its own blur.
   */
  private readonly onBlur = (e: Event): void => {
    // A window's own blur; the capture listener hears its elements' too.
    if (e.target === e.currentTarget) this.focusBackSoon();
  };

  /** Brings the focus back from a frame the page side cannot hear, once the page's running script is done. */
  private focusBackSoon(): void {
    if (!this.keeping()) return;
    queueMicrotask(() => {
      if (!this.keeping()) return;
      // Lede's own: its host, and everything in its root (the editor's frame, which may take the focus itself).
      const lede = (el: Element) => el === outerTarget(this.ui) || this.ui.contains(el) || this.ui.root.contains(el);
      unreachedFocus(this.doc, lede)?.blur();
    });
  }

  /** The reader's keys are kept for a note in the page's documents: the editor asked for or loading. */
  private keeping(): boolean {
    return !this.focusAsked && (this.expecting || !!this.frame);
  }

  /**
   * Whether the reader's keys are still kept for a note outside its frame (asked for, or its frame loading and not
   * focused yet: Firefox focuses a loading frame's field before it says it is ready).
   */
  get keepsKeys(): boolean {
    return (this.keeping() || !!this.selfFocus) && !(this.frame && this.ui.root.activeElement === this.frame);
  }

  /** No more waiting on the frame to take the focus itself. */
  private selfFocused(): void {
    this.selfFocus?.();
    this.selfFocus = null;
  }

  /** The page's frames the page side can reach, listened to while the editor is open. */
  private readonly pageFrames: PageFrames;

  constructor(
    private readonly ui: UiHost,
    private readonly doc: Document,
    private readonly api: ExtensionApi,
    private readonly callbacks: EditorCallbacks,
    private readonly keys: KeySource,
  ) {
    this.pageFrames = new PageFrames(doc, {
      key: this.onEarlyKey,
      pointer: this.onPointer,
      focus: this.onFrameFocus,
      blur: this.onBlur,
    });
    ui.onPutBack(() => this.madeAnew());
  }

  /**
   * Lede's host was put back after the page took it out of the document (ui-host.ts): the editor's frame in it is a
   * new one, loading its document again, and the focus fell to the page. Until it says it is ready the reader's
   * keys are kept for the note in the page's documents, as while it first loaded (on a page that rewrote itself, in
   * Lede's key frame: the `keeping` callback), instead of being taken back into a frame that drops them while it
   * loads: red team 58, E, the page heard a letter and the note lost those typed until the editor was back.
   */
  private madeAnew(): void {
    const frame = this.frame;
    if (!frame || !frame.isConnected) return;
    if (frame.contentWindow !== this.win) {
      this.win = frame.contentWindow;
      this.forgetLoad();
      return this.reload();
    }
    // Moved and moved back whole (moveBefore keeps its document): the focus it held may have fallen to the page,
    // whose listener on a page that rewrote itself comes before Lede's hub. Taken back before any key.
    if (this.focusAsked && !this.readerLeft && this.ui.root.activeElement !== frame) this.focusTaken();
  }

  /**
   * The frame's document went with the frame: a `ready` or `focused` it sent just before, still on its way, would
   * take the kept keys into nothing and the focus into the new frame as it loads (the note lost every word).
   */
  private forgetLoad(): void {
    if (this.load) this.goneLoads.add(this.load);
    this.load = null;
    // `loaded` stays: the frame's script ran, so it is no sandbox to give up on, nor a load to start again
    // (the timers in open() would navigate the new frame anew while it loads, and block it under a slow machine).
  }

  /** The frame loads anew: the keys are the note's, kept in the page's documents, until it asks for the focus. */
  private reload(): void {
    // Also where the frame had not asked yet: Firefox focuses a loading frame's field by itself, and the key frame,
    // seeing the editor hold the focus, had closed; the frame taken out then, the focus fell to the page, which heard
    // "Vet" (red team 58, E, in Firefox).
    this.focusAsked = false;
    this.selfFocused();
    // After every observer has answered the same mutations (a microtask, before any key): the key frame may be out of
    // the document with the rest a page struck, about to be put back by its own observer, and asked for now it would
    // be made anew beside it (red team 59, B: the page then heard "Ve").
    queueMicrotask(() => {
      if (!this.frame || this.focusAsked) return;
      this.callbacks.keeping?.();
      this.focusBackSoon();
    });
  }

  get isOpen(): boolean {
    return !!this.frame;
  }

  /**
   * Whether the reader is writing a note here: its editor open and the reader not gone to the page since (a click
   * there, Tab), or asked for and still loading. Closing it now would hand the rest of their words to the page.
   */
  get writing(): boolean {
    return this.expecting || (!!this.frame && !this.readerLeft);
  }

  /**
   * The note open in this editor and the reader's keys kept for it not yet handed to the frame, or null: what a new
   * session carries over when the page replaces its document under the note (page-main.ts, red team 56).
   */
  carry(): { note: NoteResume; text: string; save: boolean } | null {
    if (!this.frame || !this.opened) return null;
    const { annotation, focus } = this.opened;
    return {
      note: { id: annotation.id, articleKey: annotation.articleKey, base: annotation.modified, field: focus },
      text: this.early,
      save: this.saveKept,
    };
  }

  /**
   * Opens the editor for `annotation` beside `range`, focused on its note or its tags; `wordsChanged`: the passage
   * was found only with edits, and the editor says the page's words there changed.
   */
  open(annotation: Annotation, range: Range, focus: 'note' | 'tags', wordsChanged = false): void {
    // Keys kept since the reader asked for this note (expect) go to it, as those typed while the frame loads.
    const kept = this.expecting ? { early: this.early, save: this.saveKept } : null;
    this.close();
    this.nonce = randomNonce();
    this.load = null;
    this.goneLoads.clear();
    this.range = range;
    this.opened = { annotation, focus };
    this.early = kept?.early ?? '';
    this.focusAsked = false;
    this.selfFocused();
    this.readerLeft = false;
    this.readerTarget = null;
    this.saveKept = kept?.save ?? false;
    this.closeKept = false;
    this.loaded = false;
    this.listen();
    const params = new URLSearchParams({ id: annotation.id, key: annotation.articleKey, focus, nonce: this.nonce });
    if (wordsChanged) params.set('changed', '1');
    const frame = this.doc.createElement('iframe');
    frame.setAttribute('title', 'Lede note');
    // Through the CSSOM, like the host's (ui-host.ts): a style-src policy cannot refuse it.
    frame.style.cssText = `position: fixed; width: ${WIDTH}px; height: ${this.height}px; border: 0; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.3); z-index: 2147483647; background: ${DARK_UI_COLORS.surface}; color-scheme: normal;`;
    frame.src = `${this.api.runtime.getURL(EDITOR_PATH)}#${params}`;
    this.frame = frame;
    const nonce = this.nonce;
    const unless = () => {
      if (this.nonce !== nonce || this.loaded || this.focusAsked) return;
      this.blockedNow();
    };
    frame.addEventListener('load', () => this.loadTimers.push(later(unless, LOADED_AFTER_LOAD_MS)), {
      once: true,
    });
    this.loadTimers.push(later(unless, LOADED_AFTER_OPEN_MS));
    const src = frame.src;
    const renavigate = (step: number): void => {
      const wait = RENAVIGATE_AFTER_MS[step];
      if (wait === undefined) return;
      this.loadTimers.push(
        later(() => {
          if (this.nonce !== nonce || this.loaded || this.focusAsked || this.frame !== frame) return;
          frame.src = src;
          renavigate(step + 1);
        }, wait),
      );
    };
    renavigate(0);
    this.place();
    this.ui.root.append(frame);
    this.win = frame.contentWindow;
    const view = this.doc.defaultView;
    if (view) {
      this.drawn ??= new DrawnWatch(view);
      this.drawn.watch(frame);
    }
    // The frame takes the focus when it is ready (handle). Until then the reader's keys stay in the page's document,
    // where onEarlyKey keeps them before the page hears them: a frame focused while still loading drops them.
    view?.addEventListener('scroll', this.onScroll, { passive: true, capture: true });
    view?.addEventListener('resize', this.onScroll, { passive: true });
  }

  /**
   * Closes the editor the page blocks, handing on the note it was for and the words typed for it (they are the
   * reader's note, and so are those the reader goes on typing: `blocked` holds them).
   */
  private blockedNow(): void {
    const typed = this.opened ? { ...this.opened, text: this.early } : undefined;
    this.close();
    this.callbacks.blocked(typed);
  }

  /** Hears the reader's keys and presses on the page, for the note (onEarlyKey, onPointer). */
  private listen(): void {
    this.keys.addEventListener('keydown', this.onEarlyKey, true);
    this.keys.addEventListener('keyup', this.onEarlyKey, true);
    this.keys.addEventListener('beforeinput', this.onEarlyInput, true);
    this.keys.addEventListener('mousedown', this.onPointer, true);
    this.keys.addEventListener('blur', this.onBlur, true);
    this.pageFrames.start();
    this.callbacks.keeping?.();
    // The page may have moved the focus already, at the press that asked for the note.
    this.focusBackSoon();
  }

  /** The reader asked for a note whose editor is not open yet (expect): their keys are kept for it. */
  private expecting = false;

  /** The reader's Escape came after they asked for a note (expect) and before its editor opened. */
  private escapedAsked = false;

  /**
   * Whether the reader dismissed the note they last asked for before its editor opened: an Escape while the highlight
   * was still being saved (red team 52). The editor then does not open after the save, taking the keys they type next.
   */
  get dismissedBeforeOpen(): boolean {
    return this.escapedAsked;
  }

  /**
   * The reader asked for a note of a passage not saved yet (the toolbar's Note, or N): their keys are kept for it
   * from now, as while the frame loads, and `open` hands them on. Between the press and the frame the highlight is
   * saved, a moment in which a page that focused a field of its own as the selection went read the note's first
   * letter (red team 50, K2). Returns what stops the keeping when no editor opens (the save refused or failed).
   * `seed`: keys already kept for this note elsewhere, which come first.
   */
  expect(seed?: { text: string; save: boolean }): () => void {
    this.escapedAsked = false;
    if (this.frame) return () => undefined;
    this.close();
    this.expecting = true;
    // Keys held for the note before this (key-hold.ts: the page replaced the document the note was written in).
    if (seed) {
      this.early = seed.text;
      this.saveKept = seed.save;
    }
    this.listen();
    return () => {
      if (this.expecting && !this.frame) this.close();
    };
  }

  private place(): void {
    if (!this.frame || !this.range) return;
    const view = this.doc.defaultView!;
    const passage = this.range.getBoundingClientRect();
    // Beside the passage's paragraph when there is room right of it, so the editor covers none of the words the
    // reader is reading around the passage; else beside the passage itself.
    const start = this.range.commonAncestorContainer;
    const block = (start.nodeType === 1 ? (start as Element) : start.parentElement)?.closest(
      'p, li, blockquote, dd, td, h1, h2, h3, h4, h5, h6, pre, figcaption',
    );
    const column = block?.getBoundingClientRect();
    const right =
      column && column.right + GAP + WIDTH + MARGIN <= view.innerWidth
        ? Math.max(passage.right, column.right)
        : passage.right;
    const at = placeBeside(
      { left: passage.left, right, top: passage.top, bottom: passage.bottom },
      WIDTH,
      this.height,
      {
        width: view.innerWidth,
        height: view.innerHeight,
      },
    );
    this.frame.style.left = `${at.left}px`;
    this.frame.style.top = `${at.top}px`;
  }

  /**
   * An event from a frame; only the frame opened last (holding its nonce) is listened to. The answers to `ready` and
   * `focused` carry the keys kept for it since the last answer.
   */
  handle(event: EditorEvent): Result<EditorAnswer> {
    if (!this.frame || event.nonce !== this.nonce) return { ok: false, reason: 'not this editor' };
    if (event.load && this.goneLoads.has(event.load)) return { ok: false, reason: 'a frame taken out' };
    // The first word of a load (its `loaded`, or whatever came first) names the load listened to from then on.
    if (event.load && event.kind === 'loaded') this.load = event.load;
    else if (event.load && !this.load) this.load = event.load;
    switch (event.kind) {
      case 'loaded':
        this.loaded = true;
        break;
      case 'ready': {
        this.loaded = true;
        // The reader's keys go to the frame from here: only where they see it (red team 28: a rule of the page's
        // clipped the editor to nothing, and it took the reader's note unseen). Else it closes, and the reader is
        // told where the note can be written.
        if (!this.shown()) {
          this.blockedNow();
          return { ok: false, reason: 'the note editor is not drawn' };
        }
        this.focusAsked = true;
        this.win = this.frame.contentWindow;
        // On a page that rewrote itself Lede's key frame holds the focus, and the page's own listener comes first on
        // its document. Focused from here, the frame is the page document's focused element for the moment the focus
        // takes to move into its process, and a key typed then is dispatched on the page's document, where that
        // listener heard it (red team 59, B: "et" of the note). Taken by the frame itself, the key frame stays the
        // focused one until the focus has moved: keys typed meanwhile land there, kept for the note.
        if (wellOpen(this.doc)) {
          this.selfFocused();
          const frame = this.frame;
          this.selfFocus = later(() => {
            this.selfFocus = null;
            if (this.frame === frame && this.focusAsked && !this.readerLeft && this.ui.root.activeElement !== frame)
              this.focusTaken();
          }, SELF_FOCUS_MS);
          return { ...this.handOver(), focusSelf: true };
        }
        this.frame.focus();
        // Taken out of the document as it took the focus (a page's focus listener, red team 58, E): the keys kept
        // would go to a frame that is gone. They stay kept for the new frame, which says it is ready in turn.
        if (!this.frame.isConnected || this.frame.contentWindow !== this.win) {
          this.forgetLoad();
          this.reload();
          return { ok: false, reason: 'the note editor is loading anew' };
        }
        return this.handOver();
      }
      case 'focused': {
        // The frame takes a lost focus back itself, before it hears whether the reader moved it: a focus it took
        // back says nothing of the reader, who is still on the page if they clicked there.
        if (!event.retaken) this.readerLeft = false;
        this.selfFocused();
        return this.handOver();
      }
      case 'blurred':
        // The reader left by Tab, or by a click the page side heard (onPointer). Otherwise the page took the focus,
        // perhaps into a frame of its own, where the page side hears no key and where Chromium still reports Lede's
        // host as the document's active element: the frame has taken it back by itself already, and the page side
        // does too (in case the frame could not), and the frame asks for the keys kept meanwhile when it has it.
        // (A frame that merely lost the window's focus, to another window, asks for it back harmlessly: a page
        // cannot raise its window.)
        if (event.tabbed) this.readerLeft = true;
        if (this.readerLeft) return { ok: true, readerLeft: true };
        if (this.focusAsked) this.focusTaken();
        break;
      case 'release':
        // The frame took back a focus the reader's click had moved: it goes where the reader clicked.
        if (this.readerLeft) this.handBack();
        break;
      case 'deleting':
        return this.mayDelete();
      case 'resize':
        this.height = Math.min(Math.max(event.height ?? this.height, 80), 600);
        this.frame.style.height = `${this.height}px`;
        this.place();
        break;
      case 'saved':
        if (event.annotation) this.callbacks.saved(event.annotation);
        this.close();
        break;
      case 'deleted':
        if (event.annotation) this.callbacks.deleted(event.annotation);
        this.close();
        break;
      case 'failed':
        this.callbacks.failed(event.reason ?? 'the note editor failed');
        break;
      case 'close':
        this.close();
        break;
    }
    return { ok: true };
  }

  /**
   * Whether the reader sees the frame where it would take their keys: Lede's own hit test, from its shadow root,
   * finds the frame across the part of it inside the window (no clip, mask or box of the page's over it), and, out
   * of the top layer, the page has not faded it.
   */
  private shown(): boolean {
    const frame = this.frame;
    const view = this.doc.defaultView;
    if (!frame || !view) return false;
    const r = frame.getBoundingClientRect();
    const [left, right] = [Math.max(r.left, 0), Math.min(r.right, view.innerWidth)];
    const [top, bottom] = [Math.max(r.top, 0), Math.min(r.bottom, view.innerHeight)];
    if (right - left < 1 || bottom - top < 1) return false;
    const at = [0.5, 0.1, 0.9];
    for (const fx of at)
      for (const fy of at)
        if (this.ui.root.elementFromPoint(left + (right - left) * fx, top + (bottom - top) * fy) !== frame)
          return false;
    // In the top layer (lifted, top-layer.ts) nothing of the host's ancestors is drawn on it: a body the page fades
    // in as it loads says nothing of the editor there.
    return this.lifted() || !fadedByPage(frame, view);
  }

  /**
   * A trusted press or click of the reader's on the page inside the open editor's box: something of the page's lies
   * over the editor. Asked at the mousedown (onPointer) and by the page side's click handler, which closes the editor
   * otherwise: a cover that cancels its pointerdown gives no mousedown, and its click closing the editor left the
   * reader's next keys to the page's own field (red team 51, A2). The editor stays open, with the focus, and the
   * reader is told; true when so.
   */
  coveredAt(e: MouseEvent): boolean {
    if (!isReaderEvent(e) || !this.insideEditor(e)) return false;
    // Taken back only if the page moved it at the press (a focus() in its own pointerdown listener): asked again
    // while the frame has it, the frame's window goes through a blur and a focus that can drop the next key.
    if (this.doc.activeElement !== outerTarget(this.ui)) this.focusTaken();
    this.callbacks.covered?.();
    return true;
  }

  /**
   * Whether the point of `e` (in the page's window, or in one of its frames, however deep) is inside the shown
   * editor's box. A press in a frame is placed through every frame element up (red team 52: a frame inside a frame,
   * or one scaled up, laid over the editor placed its presses outside the box with one frame's offset added, and read
   * the note); where the frame is turned or skewed that placing is wrong, so a press in a frame drawn over any part
   * of the editor counts as inside it too (a page's frame can lie over the editor only from the top layer).
   */
  private insideEditor(e: MouseEvent): boolean {
    const frame = this.frame;
    const top = this.doc.defaultView;
    if (!frame || !top || frame.style.display === 'none' || typeof e.clientX !== 'number') return false;
    const r = frame.getBoundingClientRect();
    const from = e.view as Window | null;
    const at = from && from !== top ? topPointOf(from, top, e.clientX, e.clientY) : { x: e.clientX, y: e.clientY };
    if (!at) return false;
    if (at.x >= r.left && at.x < r.right && at.y >= r.top && at.y < r.bottom) return true;
    return 'holder' in at && !!at.holder && drawnAt(this.doc, at.holder, r);
  }

  /** Whether Lede's host is in the top layer now. */
  private lifted(): boolean {
    try {
      return this.ui.host.matches(':popover-open');
    } catch {
      return false; // an engine without the selector has no top layer to be in
    }
  }

  /** What the reader clicked on the page, if it takes the focus. */
  private readerFocusable(): HTMLElement | null {
    const el = this.readerTarget?.closest<HTMLElement>(
      'input, textarea, select, button, a[href], [tabindex], [contenteditable=""], [contenteditable="true"]',
    );
    return el?.isConnected ? el : null;
  }

  /** Gives the focus back to what the reader clicked on the page, or to the page's document. */
  private handBack(): void {
    const focusable = this.readerFocusable();
    if (focusable) focusable.focus();
    else this.frame?.blur();
  }

  /** Whether a delete from the editor may go ahead: the reader could see the editor as drawn. */
  private mayDelete(): Result<EditorAnswer> {
    // A page can fade the body holding Lede's host or draw over the editor, and lure the reader's click onto its
    // Delete button (there is no trash to bring a note back from).
    const frame = this.frame;
    if (!frame || !this.drawn) return { ok: false, reason: 'the editor is closed' };
    if (!this.drawn.seen(frame)) return { ok: false, reason: 'the page hid or covered the note editor' };
    return { ok: true };
  }

  /** The keys kept so far, for the frame's answer; keeping goes on. */
  private handOver(): { ok: true } & EditorAnswer {
    const answer = {
      ok: true as const,
      ...(this.early && { typed: this.early }),
      ...(this.saveKept && { save: true }),
      ...(this.closeKept && { close: true }),
    };
    this.early = '';
    this.saveKept = false;
    return answer;
  }

  close(): void {
    // An open editor closed by Lede (the reader's click on the page, Escape, a save, the page blocking it): the
    // background's note watch forgets it, so a document the page loads after does not hold the reader's keys for it.
    if (this.frame && this.opened)
      void this.api.runtime
        .sendMessage({ lede: 1, type: 'noteClosed', data: { id: this.opened.annotation.id } })
        .catch(() => undefined);
    this.expecting = false;
    this.opened = null;
    for (const cancel of this.loadTimers) cancel();
    this.loadTimers = [];
    this.early = '';
    this.focusAsked = false;
    this.selfFocused();
    this.closeKept = false;
    this.keys.removeEventListener('keydown', this.onEarlyKey, true);
    this.keys.removeEventListener('keyup', this.onEarlyKey, true);
    this.keys.removeEventListener('beforeinput', this.onEarlyInput, true);
    this.keys.removeEventListener('mousedown', this.onPointer, true);
    this.keys.removeEventListener('blur', this.onBlur, true);
    this.pageFrames.stop();
    if (!this.frame) return;
    this.drawn?.unwatch(this.frame);
    const hadFocus = this.doc.activeElement === this.ui.host;
    // Closed by the reader's click on the page while the frame held the focus (it may have just taken it back):
    // the focus goes where they clicked, so their keys reach the field they chose.
    const giveTo = hadFocus && this.readerLeft ? this.readerFocusable() : null;
    // Hidden at once, removed a moment later: the key that closed it (Escape, or Ctrl+Enter's save) may still be
    // on its way back from the frame's process, and a frame torn down under it can leave that key unanswered (CDP
    // then waits on it for minutes). A hidden frame takes no input, and its events are ignored (the nonce is gone).
    // Closed by the reader's click on the page, it goes at once: it could take the focus back from where the reader
    // clicked (a retake queued in its own process, NoteEditor.tsx), and no key of it is on its way.
    const frame = this.frame;
    if (hadFocus && !this.readerLeft) {
      frame.style.display = 'none';
      later(() => frame.remove(), CLOSED_FRAME_REMOVAL_MS);
    } else frame.remove();
    this.frame = null;
    this.nonce = '';
    this.doc.defaultView?.removeEventListener('scroll', this.onScroll, { capture: true });
    this.doc.defaultView?.removeEventListener('resize', this.onScroll);
    // Give focus back to the page so the reader's keys reach it again (and Ctrl+Z can undo a delete).
    if (giveTo) giveTo.focus();
    else if (hadFocus) this.doc.defaultView?.focus();
    this.callbacks.closed?.();
  }

  destroy(): void {
    this.close();
  }
}
