// What a page added or rewrote while the reader's mouse button was down (reader-input.ts and the bootstrap): a page
// that split the paragraph's text where the drag began and put a label of its own there, selected from that point,
// had the label taken for the reader's passage, since the selection held where the drag began (red team 35, A2).
// An element whose attributes changed counts too: a label laid hidden beside the pressed words and shown at the
// release by its `style` (or a class, `hidden`, any attribute a style rule reads) is the page's (red team 39, PD).

/**
 * Attributes hover code changes on the links a drag passes over, not to show words but to manage tooltips: Wikipedia's
 * page previews empty a link's `title` as the pointer rests on it, and ARIA popups set `aria-describedby` or
 * `aria-expanded`. Counted, they refused an honest drag across a link. A page whose stylesheet shows its own words by
 * one of these attributes is not caught by this watch (docs/reliability.md, red team 39).
 */
const TOOLTIP_PLUMBING = new Set(['title', 'aria-describedby', 'aria-expanded', 'aria-haspopup', 'aria-controls']);

/** More changes than this during one press, and the gesture is not judged: nothing it selected is taken. */
const MAX_TOUCHED = 2000;

/** Watches the document from a press to its release. */
export class PressWatch {
  private observer: MutationObserver | null = null;
  private touched: Node[] = [];
  /** Elements whose attributes changed: each counted once, however often it changed (an animation's every frame). */
  private restyled = new Set<Node>();
  private overflow = false;
  /** The node under the press's caret: a change on an element holding it is not counted (see `keep`). */
  private pressed: Node | undefined;

  /** `doc` is asked for at the first press: the bootstrap touches no document at load. */
  constructor(private readonly doc: () => Document) {}

  /** Starts watching (a trusted press of the primary button); `pressed`, the node under the press's caret. */
  start(pressed?: Node): void {
    this.stop();
    this.touched = [];
    this.restyled = new Set();
    this.overflow = false;
    this.pressed = pressed;
    const doc = this.doc();
    const Observer = doc.defaultView?.MutationObserver;
    if (!Observer) return;
    this.observer = new Observer((records) => this.keep(records));
    this.observer.observe(doc, { childList: true, characterData: true, attributes: true, subtree: true });
  }

  /** Stops watching and tells what changed since the press: the nodes added or rewritten, or 'all' past the cap. */
  stop(): readonly Node[] | 'all' {
    if (this.observer) {
      this.keep(this.observer.takeRecords());
      this.observer.disconnect();
      this.observer = null;
    }
    return this.overflow ? 'all' : [...this.touched, ...this.restyled];
  }

  private keep(records: MutationRecord[]): void {
    for (const r of records) {
      if (r.type === 'characterData') this.touched.push(r.target);
      else if (r.type === 'childList') for (const n of r.addedNodes) this.touched.push(n);
      // An element holding the pressed words was on screen as the reader pressed them: pages mark the page, the
      // article or the paragraph pressed or hovered with a class or a data attribute (what-input, focus-visible),
      // and such a change is not taken as the page's own text shown under the gesture.
      else if (!TOOLTIP_PLUMBING.has(r.attributeName ?? '') && (!this.pressed || !r.target.contains(this.pressed)))
        this.restyled.add(r.target);
      if (this.touched.length + this.restyled.size > MAX_TOUCHED) {
        this.overflow = true;
        this.touched = [];
        this.restyled = new Set();
        return;
      }
    }
  }
}

/** Whether the page changed anything inside `range` during the press (Lede's own nodes, `own`, aside). */
export function touchedIn(
  range: Range,
  touched: readonly Node[] | 'all' | undefined,
  own: (n: Node) => boolean,
): boolean {
  if (!touched) return false;
  if (touched === 'all') return true;
  return touched.some((n) => {
    if (!n.isConnected || own(n)) return false;
    try {
      return range.intersectsNode(n);
    } catch {
      return false;
    }
  });
}
