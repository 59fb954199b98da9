// The reader's gestures, heard before the page can stop them. A page's listeners on window's capture phase run
// before a content script's when the page registered them first, and one `stopImmediatePropagation()` there used to
// switch off Lede's toolbar and colour keys (tests/e2e/trust-page-reach.e2e.ts (k)). The bootstrap runs at
// document_start, before any script of the page, and registers these listeners then, so they run first whatever
// the page adds later; the rest of the page side subscribes here instead of on the document.

/** The events Lede acts on that a page could otherwise swallow. */
const HUB_TYPES = [
  'mouseup',
  'keyup',
  'keydown',
  'click',
  'mousedown',
  'mousemove',
  'pointerdown',
  'pointerup',
  // The window's own blur (the focus going into a frame, editor-frame.ts), which a page's listener could stop.
  'blur',
  // A selection starting or changing: a page that cancels or empties it stops the reader's drag (selection-guard.ts).
  'selectstart',
  'selectionchange',
  // Text an input method or dictation puts into a field with no key of its own (editor-frame.ts keeps it for a note).
  'beforeinput',
] as const;

/** The keys heard in a frame of Lede's own (hearKeysIn). */
const WELL_TYPES = ['keydown', 'keyup'] as const;

/**
 * Copies of the reader's trusted events that Lede handed on to its own UI (ui-relay.ts): made in this isolated world,
 * which the page cannot reach, so a page cannot add one.
 */
const relayed = new WeakSet<Event>();

/** Marks `copy` as the relay of a trusted event of the reader. */
export function markRelayed(copy: Event): void {
  relayed.add(copy);
}

/** The reader's own event: trusted, or Lede's relay of a trusted one. A page's synthetic events are neither. */
export function isReaderEvent(e: Event): boolean {
  return e.isTrusted || relayed.has(e);
}

/** An EventTarget-shaped fan-out of the window's capture phase for HUB_TYPES (PageLife.listen accepts it). */
export class InputHub {
  private readonly subs = new Map<string, Set<EventListener>>();
  private readonly emit: (e: Event) => void;
  /**
   * An event type only this hub listens for, random per page (this isolated world's own `Math.random`, which the page
   * cannot read): hearing it says its listeners are still there. `heard` counts it (1 from the first listening).
   */
  private readonly mark = `lede${Math.random()}`;
  private heard = 0;
  private readonly onMark = (): void => {
    this.heard++;
  };
  /**
   * The page erased the hub's listeners (`document.open()`). It may have added its own capture listeners before the hub
   * listened again, and those now run before Lede's: whatever Lede reads of a gesture may already be the page's doing,
   * so no gesture on this document is taken as the reader's (red team 42: the page's `pointerup` listener selected its
   * label before Lede read the release).
   */
  erased = false;

  constructor(private readonly win: Window) {
    this.emit = (e: Event): void => {
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
    this.rearm();
  }

  /**
   * Listens on the window (and again after `document.open()`, which erases every listener of the window, this
   * isolated world's included). Where they are still there, adding the same listener again changes nothing.
   */
  rearm(): void {
    // Listening again: the mark unheard means the page erased the hub's listeners.
    const before = this.heard;
    if (before) {
      this.win.dispatchEvent(new Event(this.mark));
      if (this.heard === before) this.erased = true;
    } else this.heard = 1;
    this.win.addEventListener(this.mark, this.onMark);
    for (const type of HUB_TYPES) this.win.addEventListener(type, this.emit, true);
  }

  /**
   * Hears the reader's keys in `win` as well, handed to the same subscribers as the window's own: a frame of Lede's
   * that holds the focus while a note's editor comes back (key-well.ts), where the page's listeners hear nothing.
   * Returns the way to stop.
   */
  hearKeysIn(win: Window): () => void {
    for (const type of WELL_TYPES) win.addEventListener(type, this.emit, true);
    return () => {
      for (const type of WELL_TYPES) win.removeEventListener(type, this.emit, true);
    };
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
