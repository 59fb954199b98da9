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

/**
 * More distinct nodes than this kept during one press, and the watch coarsens: it keeps their parents instead (see
 * `coarsen`). Giving up instead (everything counted as changed) let an honest price board of 40 cells rewritten each
 * frame outside the article, or a hostile page rewriting one hidden text node 2,001 times at the press, refuse every
 * drag (red team 44).
 */
const MAX_TOUCHED = 2000;

/** Watches the document from a press to its release. */
export class PressWatch {
  private observer: MutationObserver | null = null;
  /**
   * The nodes added or rewritten, and the elements whose attributes changed: each kept once, however often it changed
   * (an animation's every frame, a ticker's every tick).
   */
  private touched = new Set<Node>();
  /** The node under the press's caret: a change on an element holding it is not counted (see `keep`). */
  private pressed: Node | undefined;

  /** `doc` is asked for at the first press: the bootstrap touches no document at load. */
  constructor(private readonly doc: () => Document) {}

  /** Starts watching (a trusted press of the primary button); `pressed`, the node under the press's caret. */
  start(pressed?: Node): void {
    this.stop();
    this.touched = new Set();
    this.pressed = pressed;
    const doc = this.doc();
    const Observer = doc.defaultView?.MutationObserver;
    if (!Observer) return;
    this.observer = new Observer((records) => this.keep(records));
    this.observer.observe(doc, { childList: true, characterData: true, attributes: true, subtree: true });
  }

  /** Stops watching and tells what changed since the press: the nodes added, rewritten or restyled, or holding them. */
  stop(): readonly Node[] {
    if (this.observer) {
      this.keep(this.observer.takeRecords());
      this.observer.disconnect();
      this.observer = null;
    }
    return [...this.touched];
  }

  private keep(records: MutationRecord[]): void {
    for (const r of records) {
      // (Read again for each record: `coarsen` replaces the set.)
      const kept = this.touched;
      if (r.type === 'characterData') kept.add(r.target);
      else if (r.type === 'childList') for (const n of r.addedNodes) kept.add(n);
      // An element holding the pressed words was on screen as the reader pressed them: pages mark the page, the
      // article or the paragraph pressed or hovered with a class or a data attribute (what-input, focus-visible),
      // and such a change is not taken as the page's own text shown under the gesture.
      else if (!TOOLTIP_PLUMBING.has(r.attributeName ?? '') && (!this.pressed || !r.target.contains(this.pressed)))
        kept.add(r.target);
      if (kept.size > MAX_TOUCHED) this.coarsen();
    }
  }

  /**
   * Keeps the set under the cap without losing a change inside the reader's passage. Nodes no longer in the document
   * are dropped (a ticker that replaces its text nodes each frame leaves only the current ones; one put back later is
   * added again, or lies inside an element added again). Then, while more than half the cap are left, nodes that share
   * a parent are replaced by it (the largest families first), or where none do, each by its own: an element holding a
   * changed node meets every range that node meets, so the judgment only grows more cautious ("something inside this
   * element changed"), and a storm in a board or a hidden list outside the article stays outside it.
   */
  private coarsen(): void {
    let kept = [...this.touched].filter((n) => n.isConnected);
    while (kept.length > MAX_TOUCHED / 2) {
      const shared = new Map<Node | null, number>();
      for (const n of kept) shared.set(n.parentNode, (shared.get(n.parentNode) ?? 0) + 1);
      // The largest families first, only as many as it takes: a board's cells become the board, and a label the page
      // put in a paragraph stays that paragraph's.
      const merged = new Set<Node | null>();
      let left = kept.length;
      for (const [parent, count] of [...shared].sort((x, y) => y[1] - x[1])) {
        if (left <= MAX_TOUCHED / 2 || count < 2) break;
        merged.add(parent);
        left -= count - 1;
      }
      // Where no two share a parent, every node is replaced by its own.
      const up = (n: Node) => (!merged.size || merged.has(n.parentNode) ? n.parentNode : null);
      // (The document alone, which has no parent, meets every range.)
      kept = [...new Set(kept.map((n) => up(n) ?? n))];
    }
    this.touched = new Set(kept);
  }
}

/** Whether the page changed anything inside `range` during the press (Lede's own nodes, `own`, aside). */
export function touchedIn(range: Range, touched: readonly Node[] | undefined, own: (n: Node) => boolean): boolean {
  return !!touched?.some((n) => {
    if (!n.isConnected || own(n)) return false;
    try {
      return range.intersectsNode(n);
    } catch {
      return false;
    }
  });
}
