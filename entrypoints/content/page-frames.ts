// The page's own frames that Lede's page side can reach (same-origin ones: `srcdoc`, `about:blank`, the page's own
// address), listened to while the note editor is open. A page can move the focus into one of them to hear the rest
// of a note: the editor's frame hears its blur only a few milliseconds later, in its own process, and a key typed
// meanwhile went to the page's frame (docs/reliability.md, "A page that takes the focus from the note editor").
// Listening there, the page side hears that focus arrive in the same task the page moved it, and the keys before
// any listener the page added on that frame's document.

/** What the page side does with events in a page's frame: the same handlers as for its own document. */
export interface FrameHandlers {
  key(e: Event): void;
  pointer(e: Event): void;
  focus(e: Event): void;
  /** A frame's window lost the focus (perhaps into a frame inside it). */
  blur?(e: Event): void;
}

const KEY_TYPES = ['keydown', 'keyup'] as const;

/** Frames as the page's markup makes them; one in a shadow root the page closed is out of reach (a known limit). */
const FRAME_SELECTOR = 'iframe, frame';

export class PageFrames {
  private readonly windows = new Set<Window>();
  private readonly frames = new Set<Element>();
  private observer: MutationObserver | null = null;
  private readonly onLoad = (e: Event): void => this.attachFrame(e.currentTarget as HTMLIFrameElement);

  constructor(
    private readonly doc: Document,
    private readonly handlers: FrameHandlers,
  ) {}

  /** Listens to every reachable frame of the page, and to those added while it listens. */
  start(): void {
    if (this.observer) return;
    this.scan(this.doc);
    const view = this.doc.defaultView as (Window & { MutationObserver: typeof MutationObserver }) | null;
    if (!view) return;
    this.observer = new view.MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1) this.scan(n as Element);
    });
    this.observer.observe(this.doc, { childList: true, subtree: true });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    for (const w of this.windows) this.detach(w);
    this.windows.clear();
    for (const f of this.frames) f.removeEventListener('load', this.onLoad, true);
    this.frames.clear();
  }

  private scan(root: Document | Element): void {
    if (root.nodeType === 1 && (root as Element).matches(FRAME_SELECTOR)) this.attachFrame(root as HTMLIFrameElement);
    for (const f of root.querySelectorAll<HTMLIFrameElement>(FRAME_SELECTOR)) this.attachFrame(f);
  }

  /** Listens in `frame`'s window (again after each load: a new document may bring a new window). */
  private attachFrame(frame: HTMLIFrameElement): void {
    if (!this.frames.has(frame)) {
      this.frames.add(frame);
      frame.addEventListener('load', this.onLoad, true);
    }
    let win: Window | null = null;
    let doc: Document | null = null;
    try {
      win = frame.contentWindow;
      doc = frame.contentDocument; // null for a frame of another origin: its own Lede script runs there
    } catch {
      return;
    }
    if (!win || !doc || this.windows.has(win)) return;
    this.windows.add(win);
    for (const t of KEY_TYPES) win.addEventListener(t, this.handlers.key, true);
    win.addEventListener('mousedown', this.handlers.pointer, true);
    win.addEventListener('focusin', this.handlers.focus, true);
    if (this.handlers.blur) win.addEventListener('blur', this.handlers.blur, true);
    // Frames inside it.
    this.scan(doc);
  }

  private detach(win: Window): void {
    try {
      for (const t of KEY_TYPES) win.removeEventListener(t, this.handlers.key, true);
      win.removeEventListener('mousedown', this.handlers.pointer, true);
      win.removeEventListener('focusin', this.handlers.focus, true);
      if (this.handlers.blur) win.removeEventListener('blur', this.handlers.blur, true);
    } catch {
      // A window gone with its frame.
    }
  }
}
