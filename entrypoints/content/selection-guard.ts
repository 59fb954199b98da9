// A page that stops its text being selected (a `selectstart` listener that cancels it, or `user-select: none`) used to
// switch off the drag that highlights, silently: the reader dragged, nothing was selected, nothing was offered. Now
// the reader is told, and may let selecting work on that page again. Until they ask, nothing of the page changes.
// Once they do, Lede keeps the reader's `selectstart` from the page's listeners (the hub hears it first, before any
// listener of the page: input-hub.ts) and sets `user-select: text` over the page's own rules.
import type { InputHub } from './input-hub';
import type { PressAnchor } from './press-record';

/** Pixels the pointer must travel between press and release for a press to be a drag. */
const DRAG_PX = 8;

export class SelectionGuard {
  /** The reader's last `selectstart` (trusted), its cancellation read once every listener has heard it. */
  private started: Event | undefined;
  /** Where the reader's last press of the primary button began. */
  private down: { x: number; y: number } | undefined;
  /** The reader let selecting work on this page (selection-allow.ts). */
  allowed = false;

  constructor(input: InputHub) {
    input.addEventListener('pointerdown', (e: Event) => {
      const p = e as PointerEvent;
      if (!p.isTrusted || p.button !== 0 || !p.isPrimary) return;
      this.down = { x: p.clientX, y: p.clientY };
      this.started = undefined;
    });
    input.addEventListener('selectstart', (e: Event) => {
      if (!e.isTrusted) return;
      this.started = e;
      // First on the window's capture phase: no listener of the page's hears it, so none can cancel it.
      if (this.allowed) e.stopImmediatePropagation();
    });
  }

  /**
   * Whether the reader's drag that just ended at `at` selected nothing because the page stopped it: pressed on words
   * (`anchor`, press-record.ts) and released `DRAG_PX` or more away, with the page cancelling the selection's start
   * or its text set unselectable. A press the page cancelled is not one (`cancelled`: its `mousedown`, which no
   * setting of Lede's undoes), nor a drag once the reader allowed selecting here.
   */
  blocked(doc: Document, at: { x: number; y: number }, anchor: PressAnchor | undefined, cancelled: boolean): boolean {
    const d = this.down;
    if (this.allowed || cancelled || !d || Math.hypot(at.x - d.x, at.y - d.y) < DRAG_PX) return false;
    const sel = doc.defaultView?.getSelection();
    if (sel && !sel.isCollapsed && sel.toString().trim()) return false;
    if (!anchor || anchor.moved || anchor.node.nodeType !== 3 || !anchor.node.textContent?.trim()) return false;
    if (this.started?.defaultPrevented) return true;
    const el = anchor.node.parentElement;
    const style = el && doc.defaultView?.getComputedStyle(el);
    return !!style && (style.userSelect === 'none' || style.getPropertyValue('-webkit-user-select') === 'none');
  }
}
