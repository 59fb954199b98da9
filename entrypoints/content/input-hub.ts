// The reader's gestures, heard before the page can stop them. A page's listeners on window's capture phase run
// before a content script's when the page registered them first, and one `stopImmediatePropagation()` there used to
// switch off Lede's toolbar and colour keys (tests/e2e/trust-page.e2e.ts (k)). The bootstrap runs at
// document_start, before any script of the page, and registers these listeners then, so they run first whatever
// the page adds later; the rest of the page side subscribes here instead of on the document.

/** The events Lede acts on that a page could otherwise swallow. */
const HUB_TYPES = ['mouseup', 'keyup', 'keydown', 'click'] as const;

/** An EventTarget-shaped fan-out of the window's capture phase for HUB_TYPES (PageLife.listen accepts it). */
export class InputHub {
  private readonly subs = new Map<string, Set<EventListener>>();

  constructor(win: Window) {
    const emit = (e: Event): void => {
      const set = this.subs.get(e.type);
      if (!set) return;
      for (const fn of [...set]) {
        try {
          fn(e);
        } catch (err) {
          // One subscriber's failure must not keep the event from the others.
          console.warn('[lede] input handler failed', err);
        }
      }
    };
    for (const type of HUB_TYPES) win.addEventListener(type, emit, true);
  }

  /** True for the types the hub hears first; others are listened to on the document as usual. */
  static hears(type: string): boolean {
    return (HUB_TYPES as readonly string[]).includes(type);
  }

  addEventListener(type: string, fn: EventListener): void {
    if (!InputHub.hears(type)) throw new Error(`InputHub does not hear ${type}`);
    let set = this.subs.get(type);
    if (!set) this.subs.set(type, (set = new Set()));
    set.add(fn);
  }

  removeEventListener(type: string, fn: EventListener): void {
    this.subs.get(type)?.delete(fn);
  }
}
