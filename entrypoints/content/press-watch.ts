// What a page added or rewrote while the reader's mouse button was down (reader-input.ts and the bootstrap): a page
// that split the paragraph's text where the drag began and put a label of its own there, selected from that point,
// had the label taken for the reader's passage, since the selection held where the drag began (red team 35, A2).

/** More changes than this during one press, and the gesture is not judged: nothing it selected is taken. */
const MAX_TOUCHED = 2000;

/** Watches the document from a press to its release. */
export class PressWatch {
  private observer: MutationObserver | null = null;
  private touched: Node[] = [];
  private overflow = false;

  /** `doc` is asked for at the first press: the bootstrap touches no document at load. */
  constructor(private readonly doc: () => Document) {}

  /** Starts watching (a trusted press of the primary button). */
  start(): void {
    this.stop();
    this.touched = [];
    this.overflow = false;
    const doc = this.doc();
    const Observer = doc.defaultView?.MutationObserver;
    if (!Observer) return;
    this.observer = new Observer((records) => this.keep(records));
    this.observer.observe(doc, { childList: true, characterData: true, subtree: true });
  }

  /** Stops watching and tells what changed since the press: the nodes added or rewritten, or 'all' past the cap. */
  stop(): readonly Node[] | 'all' {
    if (this.observer) {
      this.keep(this.observer.takeRecords());
      this.observer.disconnect();
      this.observer = null;
    }
    return this.overflow ? 'all' : this.touched;
  }

  private keep(records: MutationRecord[]): void {
    for (const r of records) {
      if (r.type === 'characterData') this.touched.push(r.target);
      else for (const n of r.addedNodes) this.touched.push(n);
      if (this.touched.length > MAX_TOUCHED) {
        this.overflow = true;
        this.touched = [];
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
