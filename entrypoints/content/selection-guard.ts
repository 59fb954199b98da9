// A page that stops its text being selected (a `selectstart` or `mousedown` listener that cancels it, a
// `selectionchange` listener that empties it, or `user-select: none`) used to switch off the drag that highlights,
// silently: the reader dragged, nothing was selected, nothing was offered. Now the reader is told, and may let
// selecting work on that page again (selection-allow.ts). Until they ask, nothing of the page changes. Once they do,
// the hub, which hears these events on the window's capture phase before any listener of the page (input-hub.ts),
// keeps them from the page's listeners, and the page's `user-select` rules are overridden.
import { caretAt } from './caret-at';
import type { InputHub } from './input-hub';
import { later } from './page-clock';
import type { PressAnchor, PressRecord } from './press-record';

/** Pixels the pointer must travel between press and release for a press to be a drag. */
const DRAG_PX = 8;

/** What a press on it is the page's own control for, not a press on its words. */
const CONTROL = [
  'a,button,input,textarea,select,label,summary,video,audio,canvas,iframe,[contenteditable],[draggable="true"]',
  ...['button', 'link', 'slider', 'tab', 'menuitem', 'option', 'checkbox', 'switch', 'textbox'].map(
    (r) => `[role="${r}"]`,
  ),
].join(',');

export class SelectionGuard {
  /** The reader's last `selectstart` (trusted), its cancellation read once every listener has heard it. */
  private started: Event | undefined;
  /** Where the reader's last press of the primary button began. */
  private down: { x: number; y: number } | undefined;
  /** Set when the reader lets selecting work on this page: Lede's own elements, whose presses stay theirs. */
  private own: ((n: Node) => boolean) | undefined;

  /**
   * Listens on the hub; `tell` runs when a drag of the reader's selected nothing because the page stopped it, judged
   * a task after its `pointerup` (a page that cancels the press gets no `mouseup` sent in Chromium).
   */
  constructor(input: InputHub, doc: () => Document, record: PressRecord, tell: () => void) {
    input.addEventListener('pointerup', (e: Event) => {
      const p = e as PointerEvent;
      if (!p.isTrusted || p.button !== 0 || !p.isPrimary) return;
      const at = { x: p.clientX, y: p.clientY };
      later(() => {
        if (this.blocked(doc(), at, record.anchor, record.cancelled)) tell();
      }, 0);
    });
    const press = (e: Event): void => {
      const p = e as PointerEvent;
      if (!p.isTrusted || p.button !== 0) return;
      if (e.type === 'pointerdown') {
        if (!p.isPrimary) return;
        this.down = { x: p.clientX, y: p.clientY };
        this.started = undefined;
      }
      // Allowed: a press on the page's words reaches none of its listeners, so none can cancel what it selects.
      const target = e.target as Element | null;
      if (this.own && target?.closest && !target.closest(CONTROL) && !this.own(target)) e.stopImmediatePropagation();
    };
    input.addEventListener('pointerdown', press);
    input.addEventListener('mousedown', press);
    input.addEventListener('selectstart', (e: Event) => {
      if (!e.isTrusted) return;
      this.started = e;
      if (this.own) e.stopImmediatePropagation();
    });
    // Allowed: a page that empties the selection as it changes hears no change.
    input.addEventListener('selectionchange', (e: Event) => {
      if (this.own && e.isTrusted) e.stopImmediatePropagation();
    });
  }

  /** The reader let selecting work on this page (selection-allow.ts). */
  get allowed(): boolean {
    return !!this.own;
  }

  /** Lets selecting work from now on; `own` tells Lede's own elements, whose presses are never kept from them. */
  allow(own: (n: Node) => boolean): void {
    this.own = own;
  }

  /**
   * Whether the reader's drag that just ended at `at` selected nothing because the page stopped it: pressed on words
   * (`anchor`, press-record.ts) and released `DRAG_PX` or more away over other words, with nothing selected, where
   * the page cancelled the press (`cancelled`) or the selection's start, set the pressed words `user-select: none`,
   * or let a selection start and emptied it before the release.
   */
  blocked(doc: Document, at: { x: number; y: number }, anchor: PressAnchor | undefined, cancelled: boolean): boolean {
    const d = this.down;
    if (this.own || !d || Math.hypot(at.x - d.x, at.y - d.y) < DRAG_PX) return false;
    const sel = doc.defaultView?.getSelection();
    if (sel && !sel.isCollapsed && sel.toString().trim()) return false;
    if (!anchor || anchor.moved || anchor.node.nodeType !== 3 || !anchor.node.textContent?.trim()) return false;
    const end = caretAt(doc, at.x, at.y);
    if (!end || (end.node === anchor.node && Math.abs(end.offset - anchor.offset) < 2)) return false;
    const el = anchor.node.parentElement;
    if (!el || el.closest(CONTROL)) return false;
    if (cancelled || this.started) return true;
    const style = doc.defaultView?.getComputedStyle(el);
    return !!style && (style.userSelect === 'none' || style.getPropertyValue('-webkit-user-select') === 'none');
  }
}
