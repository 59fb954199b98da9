// The note editor as an extension page in an <iframe> inside Lede's closed shadow root. The reader's typing happens
// in the extension's own document, so the page's listeners never see a key or an input event of a note; the frame
// saves straight to the background. The content script only places the frame beside the passage and hears back
// (through the extension's messaging, never the page's window) that it resized, saved, deleted or closed.
import { DARK_UI_COLORS } from '../../core/palette';
import type { Annotation } from '../../core/types';
import type { EditorEvent, Result } from '../../lib/messaging';
import type { ExtensionApi } from './handoff';
import { DrawnWatch } from './drawn-watch';
import { isReaderEvent } from './input-hub';
import type { UiHost } from './ui-host';

/** Where the reader's keys are heard first: the input hub (input-hub.ts), or the page's window. */
export interface KeySource {
  addEventListener(type: 'keydown' | 'keyup' | 'mousedown', fn: EventListener, capture?: boolean): void;
  removeEventListener(type: 'keydown' | 'keyup' | 'mousedown', fn: EventListener, capture?: boolean): void;
}

/** How many times one open editor takes the focus back from a page that took it. */
const MAX_RETAKES = 100;

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
  private nonce = '';
  private range: Range | null = null;
  private height = 260;
  /** Keys the reader typed that the frame did not get, kept for it (null once it said it has the focus). */
  private early: string | null = null;
  /** The frame asked for the focus (`ready`); until it says it has it (`focused`), keys may still miss it. */
  private focusAsked = false;
  /** The frame has had the focus since it opened. */
  private hadFocus = false;
  /** The reader moved the focus out of the frame (a click on the page, Tab): their keys are the page's again. */
  private readerLeft = false;
  /** The page took the focus from the frame: every key of the reader is kept for the note until the frame has it. */
  private stolen = false;
  private retakes = 0;
  private readonly onScroll = () => this.place();
  /** Whether the frame is drawn as it is, unfaded and uncovered (drawn-watch.ts). */
  private drawn: DrawnWatch | null = null;
  /**
   * Until the frame has loaded and taken the focus, the reader's keys land on the page's document, where its
   * listeners would hear the first words of a note and the note would lose them. They are stopped before the page
   * hears them (the hub runs first) and handed to the frame: while it loads, every key except those typed into a field
   * of the page; once it asked for the focus, those still aimed at Lede's host (the focus moving into the frame's
   * process takes a moment).
   */
  private readonly onEarlyKey = (e: Event): void => {
    const k = e as KeyboardEvent;
    if (!isReaderEvent(k)) return;
    if (this.early === null) {
      // The frame had the focus and the reader neither clicked the page nor tabbed out, yet the key lands on the
      // page: the page took the focus (a script focusing a field of its own) to read the rest of the note.
      if (!this.hadFocus || this.readerLeft || k.target === this.ui.host) return;
      this.focusTaken();
    } else if (!this.stolen && (this.focusAsked ? k.target !== this.ui.host : isEditable(k.target))) return;
    k.stopImmediatePropagation();
    k.preventDefault();
    if (k.type !== 'keydown' || this.early === null) return;
    if (k.key === 'Escape') this.close();
    else if (k.key === 'Backspace') this.early = this.early.slice(0, -1);
    else if (k.key === 'Enter' && !k.ctrlKey && !k.metaKey) this.early += '\n';
    else if ([...k.key].length === 1 && !k.ctrlKey && !k.metaKey && !k.altKey) this.early += k.key;
  };

  /** The reader's own click on the page (not on Lede's UI) moves the focus there: not a page taking it. */
  private readonly onPointer = (e: Event): void => {
    if (isReaderEvent(e) && !this.ui.contains(e.composedPath()[0] as Node)) this.readerLeft = true;
  };

  /** The page took the focus: keep the reader's keys for the note and give the frame the focus back. */
  private focusTaken(): void {
    this.stolen = true;
    this.early ??= '';
    if (this.retakes++ >= MAX_RETAKES || !this.frame) return;
    // The frame's window itself: its element may still count as focused in this document (a page's frame took the
    // focus from within), where focusing the element again does nothing.
    this.frame.focus();
    this.frame.contentWindow?.focus();
  }

  constructor(
    private readonly ui: UiHost,
    private readonly doc: Document,
    private readonly api: ExtensionApi,
    private readonly callbacks: EditorCallbacks,
    private readonly keys: KeySource,
  ) {}

  get isOpen(): boolean {
    return !!this.frame;
  }

  /** Opens the editor for `annotation` beside `range`, focused on its note or its tags. */
  open(annotation: Annotation, range: Range, focus: 'note' | 'tags'): void {
    this.close();
    this.nonce = randomNonce();
    this.range = range;
    this.early = '';
    this.focusAsked = false;
    this.hadFocus = false;
    this.readerLeft = false;
    this.stolen = false;
    this.retakes = 0;
    this.keys.addEventListener('keydown', this.onEarlyKey, true);
    this.keys.addEventListener('keyup', this.onEarlyKey, true);
    this.keys.addEventListener('mousedown', this.onPointer, true);
    const params = new URLSearchParams({ id: annotation.id, key: annotation.articleKey, focus, nonce: this.nonce });
    const frame = this.doc.createElement('iframe');
    frame.setAttribute('title', 'Lede note');
    // Through the CSSOM, like the host's (ui-host.ts): a style-src policy cannot refuse it.
    frame.style.cssText = `position: fixed; width: ${WIDTH}px; height: ${this.height}px; border: 0; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.3); z-index: 2147483647; background: ${DARK_UI_COLORS.surface}; color-scheme: normal;`;
    frame.src = `${this.api.runtime.getURL(EDITOR_PATH)}#${params}`;
    this.frame = frame;
    this.place();
    this.ui.root.append(frame);
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
  handle(event: EditorEvent): Result<{ typed?: string }> {
    if (!this.frame || event.nonce !== this.nonce) return { ok: false, reason: 'not this editor' };
    switch (event.kind) {
      case 'ready': {
        this.focusAsked = true;
        this.frame.focus();
        return this.handOver();
      }
      case 'focused': {
        const answer = this.handOver();
        this.stopKeeping();
        this.hadFocus = true;
        this.readerLeft = false;
        return answer;
      }
      case 'blurred':
        // The reader left by Tab, or by a click the page side heard (onPointer). Otherwise the page took the focus,
        // perhaps into a frame of its own, where the page side hears no key and where Chromium still reports Lede's
        // host as the document's active element: it is taken back at once. (A frame that merely lost the window's
        // focus, to another window, asks for it back harmlessly: a page cannot raise its window.)
        if (event.tabbed) this.readerLeft = true;
        else if (this.hadFocus && !this.readerLeft && this.early === null) this.focusTaken();
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

  /** Whether a delete from the editor may go ahead: the reader could see the editor as drawn. */
  private mayDelete(): Result<{ typed?: string }> {
    // A page can fade the body holding Lede's host or draw over the editor, and lure the reader's click onto its
    // Delete button (there is no trash to bring a note back from).
    const frame = this.frame;
    if (!frame || !this.drawn) return { ok: false, reason: 'the editor is closed' };
    if (!this.drawn.seen(frame)) return { ok: false, reason: 'the page hid or covered the note editor' };
    return { ok: true };
  }

  /** The keys kept so far, for the frame's answer; keeping goes on. */
  private handOver(): Result<{ typed?: string }> {
    const typed = this.early ?? '';
    if (this.early !== null) this.early = '';
    return typed ? { ok: true, typed } : { ok: true };
  }

  /** Stops keeping the reader's keys (until a page takes the focus). */
  private stopKeeping(): void {
    this.early = null;
    this.focusAsked = false;
    this.stolen = false;
  }

  close(): void {
    this.stopKeeping();
    this.keys.removeEventListener('keydown', this.onEarlyKey, true);
    this.keys.removeEventListener('keyup', this.onEarlyKey, true);
    this.keys.removeEventListener('mousedown', this.onPointer, true);
    if (!this.frame) return;
    this.drawn?.unwatch(this.frame);
    const hadFocus = this.doc.activeElement === this.ui.host;
    // Hidden at once, removed a moment later: the key that closed it (Escape, or Ctrl+Enter's save) may still be
    // on its way back from the frame's process, and a frame torn down under it can leave that key unanswered (CDP
    // then waits on it for minutes). A hidden frame takes no input, and its events are ignored (the nonce is gone).
    const frame = this.frame;
    frame.style.display = 'none';
    setTimeout(() => frame.remove(), CLOSED_FRAME_REMOVAL_MS);
    this.frame = null;
    this.nonce = '';
    this.doc.defaultView?.removeEventListener('scroll', this.onScroll, { capture: true });
    this.doc.defaultView?.removeEventListener('resize', this.onScroll);
    // Give focus back to the page so the reader's keys reach it again (and Ctrl+Z can undo a delete).
    if (hadFocus) this.doc.defaultView?.focus();
  }

  destroy(): void {
    this.close();
  }
}
