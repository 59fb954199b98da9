// The painter's keeper (core/highlight PlaceKeeper): where each painted passage is in its block, so that a page that
// renders the block again with the same words (every animation frame, red team 50) has the highlight drawn at once
// in the new nodes, not only after the paced re-anchor (mutation-pacer.ts), which such a page kept from ever landing.
import { type ChildIndexes, drawsOtherWords, refindSpot, type Spot, spotOf } from '../../core/anchoring';
import { endsOf, isMoved, type PlaceKeeper } from '../../core/highlight';
import { pageRoot, pageTextOptions } from './page-root';

/**
 * How many characters of blocks one placing walks to find passages again (a paragraph is some 500): a page
 * re-rendering hundreds of highlighted paragraphs every frame gets the rest found at the next placings, not a frame
 * that grows with them (bench/same-words-cost.ts).
 */
const CHARS_PER_PLACING = 20_000;

export class SpotKeeper implements PlaceKeeper {
  private readonly spots = new Map<string, { spot: Spot; solid: boolean }>();
  /** Painted in this task, their spots read together at its end (see keep). */
  private readonly pending = new Map<string, { range: Range; ends: ReturnType<typeof endsOf>; solid: boolean }>();

  /** `found`: a passage was found again, in new nodes (the session's own record of where it is placed). */
  constructor(
    private readonly doc: Document,
    private readonly found: (id: string, range: Range) => void,
  ) {}

  /**
   * Read at the end of the task, every painted range at once: each paint adds Lede's box to the page, and a spot read
   * between two paints had the browser lay the page out again for each (0.4 ms a highlight; 944 took 0.4 s).
   */
  keep(id: string, range: Range, unconfirmed: boolean): void {
    this.spots.delete(id);
    if (this.pending.size === 0) queueMicrotask(() => this.flush());
    this.pending.set(id, { range, ends: endsOf(range), solid: !unconfirmed });
  }

  drop(id: string): void {
    this.spots.delete(id);
    this.pending.delete(id);
  }

  /** Reads the spots of the ranges painted since the last flush, those the page has not moved since. */
  private flush(): void {
    if (this.pending.size === 0) return;
    const opts = pageTextOptions(this.doc);
    const indexes: ChildIndexes = new Map();
    const root = pageRoot(this.doc);
    for (const [id, { range, ends, solid }] of this.pending) {
      // Moved already (a page's own microtask ran first): the re-anchor places it, as before this keeper.
      if (isMoved(range, ends)) continue;
      const spot = spotOf(root, range, opts, indexes);
      if (spot) this.spots.set(id, { spot, solid });
    }
    this.pending.clear();
  }

  refind(lost: ReadonlyArray<{ id: string; range: Range }>): ReadonlyMap<string, Range | null> {
    this.flush();
    const out = new Map<string, Range | null>();
    const view = this.doc.defaultView;
    const opts = pageTextOptions(this.doc);
    const root = pageRoot(this.doc);
    let budget = CHARS_PER_PLACING;
    for (const { id } of lost) {
      const kept = this.spots.get(id);
      if (!kept) {
        out.set(id, null);
        continue;
      }
      // Past the budget: looked for at the next placing (the first one always is, whatever its block's size).
      if (budget < kept.spot.text.length && budget < CHARS_PER_PLACING) continue;
      budget -= kept.spot.text.length;
      const range = refindSpot(root, kept.spot, opts);
      // A solid highlight stays solid only over words drawn as the text holds them: new nodes drawing other words
      // among the same text (a `::before`) go to the re-anchor, which paints them dashed (placements.ts, asShown).
      if (!range || (kept.solid && view && drawsOtherWords(range, view))) {
        this.spots.delete(id);
        out.set(id, null);
        continue;
      }
      out.set(id, range);
      this.found(id, range);
    }
    return out;
  }
}
