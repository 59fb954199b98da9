// The reader's first input on this page: a key, a press, a wheel, a touch, or a pointer that moved. Until it, nothing
// of Lede's enters a page with notes (red team 50, N): its hosts, painted boxes and the rest's load would tell any
// page, at load and with no gesture, that this reader has notes on it, when no page without notes shows any of them.
import type { InputHub } from './input-hub';

/** Heard on the window itself (the hub hears the rest): passive, so scrolling never waits for Lede. */
const WINDOW_TYPES = ['wheel', 'touchstart'] as const;
const HUB_TYPES = ['mousemove', 'pointerdown', 'keydown'] as const;

export class FirstInput {
  private seen = false;
  private readonly waiting: Array<() => void> = [];
  private readonly heard = (e: Event): void => {
    if (this.seen || !e.isTrusted) return;
    // A pointer that did not move: Chromium sends one, trusted, when the page moves under a resting pointer, which a
    // page can make happen itself.
    const m = e as MouseEvent;
    if (e.type === 'mousemove' && !m.movementX && !m.movementY) return;
    this.seen = true;
    for (const t of HUB_TYPES) this.hub.removeEventListener(t, this.heard);
    for (const t of WINDOW_TYPES) this.win.removeEventListener(t, this.heard, true);
    for (const fn of this.waiting.splice(0)) fn();
  };

  /** Listens from the bootstrap's start: an input before the page's notes are known counts. */
  constructor(
    private readonly win: Window,
    private readonly hub: InputHub,
  ) {
    for (const t of HUB_TYPES) hub.addEventListener(t, this.heard);
    for (const t of WINDOW_TYPES) win.addEventListener(t, this.heard, { capture: true, passive: true });
  }

  /** Whether the reader has given this page an input yet. */
  get arrived(): boolean {
    return this.seen;
  }

  /** Runs `fn` at the reader's first input, or now if it came already. */
  whenArrived(fn: () => void): void {
    if (this.seen) fn();
    else this.waiting.push(fn);
  }
}
