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
  private touched = new Set<Touched>();
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
  stop(): readonly Touched[] {
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
   *
   * A parent that holds the pressed point holds the passage too: a snow effect of 2,100 flakes right under `<body>`
   * folded into `<body>` refused every drag (red team 46). There a family is kept as the run of siblings it spans
   * (a live `Range`, which follows the page's later insertions and removals), in two runs on either side of the
   * pressed branch when no member is that branch; nor is a lone node there lifted. Costs a walk of that parent's
   * children and two ranges at most per ancestor of the pressed point.
   */
  private coarsen(): void {
    // Each ancestor of the pressed node (up through shadow hosts) and its child on the way down.
    const branch = new Map<Node, Node>();
    for (let n: Node | null | undefined = this.pressed, p: Node | null = null; n; n = p)
      if ((p = n.parentNode ?? (n.nodeType === 11 ? (n as ShadowRoot).host : null))) branch.set(p, n);
    let kept = [...this.touched].filter((t) => (isRun(t) ? !t.collapsed : t.isConnected));
    while (kept.length > MAX_TOUCHED / 2) {
      const shared = new Map<Node | null, Touched[]>();
      for (const t of kept) {
        const p = parentOf(t);
        shared.get(p)?.push(t) ?? shared.set(p, [t]);
      }
      // The largest families first, only as many as it takes: a board's cells become the board, and a label the page
      // put in a paragraph stays that paragraph's.
      let left = kept.length;
      let next: Touched[] = [];
      for (const [parent, family] of [...shared].sort((x, y) => y[1].length - x[1].length)) {
        const merged =
          left > MAX_TOUCHED / 2 && family.length > 1 && parent
            ? branch.has(parent)
              ? runsIn(parent, family, branch.get(parent)!)
              : [parent]
            : family;
        left -= family.length - merged.length;
        next.push(...(merged.length < family.length ? merged : family));
      }
      // Where no family shrank, every node off the pressed branch is replaced by its own parent (the document alone,
      // which has no parent, meets every range). Where none is left, the runs and nodes on the branch number two at
      // most for each of its ancestors: kept as they are.
      if (left === kept.length) {
        next = kept.map((t) => (isRun(t) || branch.has(t.parentNode!) ? t : (t.parentNode ?? t)));
        if (next.every((t, i) => t === kept[i])) break;
      }
      kept = [...new Set(next)];
    }
    this.touched = new Set(kept);
  }
}

/** What the watch tells: a node changed, or a run of siblings holding changed nodes (see `coarsen`). */
export type Touched = Node | Range;

const isRun = (t: Touched): t is Range => 'startContainer' in t;
const parentOf = (t: Touched): Node | null => (isRun(t) ? t.startContainer : t.parentNode);

/**
 * The runs of `parent`'s children that hold `family` (its children, or runs of them), walked in order: a run ends only
 * at `pressed`, the child holding the pressed point, unless that child is a member (then one run spans it).
 */
function runsIn(parent: Node, family: Touched[], pressed: Node): Range[] {
  const nodes = new Set(family);
  const spans = family.filter(isRun);
  const runs: Range[] = [];
  let run: Range | undefined;
  for (let c = parent.firstChild, i = 0; c; c = c.nextSibling, i++)
    if (nodes.has(c) || spans.some((r) => r.startOffset <= i && i < r.endOffset)) {
      if (!run) {
        runs.push((run = (parent.ownerDocument ?? (parent as Document)).createRange()));
        run.setStart(parent, i);
      }
      run.setEnd(parent, i + 1);
    } else if (c === pressed) run = undefined;
  return runs;
}

/** Whether the page changed anything inside `range` during the press (Lede's own nodes, `own`, aside). */
export function touchedIn(range: Range, touched: readonly Touched[] | undefined, own: (n: Node) => boolean): boolean {
  return !!touched?.some((t) => {
    const n = isRun(t) ? t.commonAncestorContainer : t;
    if (!n.isConnected || own(n)) return false;
    try {
      // A run meets the range where each begins before the other ends (as `intersectsNode` judges a node).
      return isRun(t)
        ? range.compareBoundaryPoints(1, t) > 0 && range.compareBoundaryPoints(3, t) < 0
        : range.intersectsNode(t);
    } catch {
      return false;
    }
  });
}
