// A page that stops its text being selected (a `selectstart` or `mousedown` listener that cancels it, a
// `selectionchange` listener that empties it, or `user-select: none`) used to switch off the drag that highlights,
// silently: the reader dragged, nothing was selected, nothing was offered. Now the reader is told, and may let
// selecting work on that page again (selection-allow.ts, loaded with the rest of the page side). Until they ask,
// nothing of the page changes. Once they do, the hub, which hears these events on the window's capture phase before
// any listener of the page (input-hub.ts), keeps them from the page's listeners. This part is the bootstrap's, kept
// small: it records and asks; the rest judges.
import type { InputHub } from './input-hub';
import { later } from './page-clock';

/** Pixels the pointer must travel between press and release for a press to be a drag. */
const DRAG_PX = 8;

export class SelectionGuard {
  /** The reader's last `selectstart` during the current press (trusted). */
  started: Event | undefined;
  /** Where the reader's last press of the primary button began. */
  private down: { x: number; y: number } | undefined;
  /** Set once the reader lets selecting work here: whether to keep an event from the page's listeners. */
  keep: ((e: Event) => boolean) | undefined;

  /**
   * Listens on the hub. `drag` runs a task after the `pointerup` of a drag of the reader's that left nothing selected
   * (a page that cancels the press gets no `mouseup` sent in Chromium), with where the button came up; the rest
   * judges whether the page stopped it (selection-allow.ts `stoppedDrag`), or, once the reader let select here, selects
   * what they dragged over (`draggedRange`).
   */
  constructor(input: InputHub, win: Window, drag: (at: { x: number; y: number }) => void) {
    const keep = (e: Event): void => {
      if (e.isTrusted && this.keep?.(e)) e.stopImmediatePropagation();
    };
    input.addEventListener('pointerup', (e: Event) => {
      keep(e);
      const p = e as PointerEvent;
      const d = this.down;
      // Also once the reader let select: a page that empties the selection on a timer still leaves nothing.
      if (!p.isTrusted || p.button !== 0 || !p.isPrimary || !d) return;
      const at = { x: p.clientX, y: p.clientY };
      if (Math.hypot(at.x - d.x, at.y - d.y) < DRAG_PX) return;
      later(() => {
        const sel = win.getSelection();
        if (!sel || sel.isCollapsed || !sel.toString().trim()) drag(at);
      }, 0);
    });
    input.addEventListener('pointerdown', (e: Event) => {
      const p = e as PointerEvent;
      if (p.isTrusted && p.button === 0 && p.isPrimary) {
        this.down = { x: p.clientX, y: p.clientY };
        this.started = undefined;
      }
      keep(e);
    });
    input.addEventListener('mousedown', keep);
    input.addEventListener('mouseup', keep);
    input.addEventListener('selectstart', (e: Event) => {
      if (e.isTrusted) this.started = e;
      keep(e);
    });
    input.addEventListener('selectionchange', keep);
  }
}
