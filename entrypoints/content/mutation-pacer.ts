// Re-anchors after the page changes, without burning CPU on pages that mutate constantly: debounced, and the
// wait grows (up to a minute) while mutations keep coming, then shrinks back once the page settles.
import type { Cancel } from './page-clock';

/** The parts of the page session's lifetime the pacer needs (see page-life.ts). */
export interface PacerLife {
  readonly isInvalid: boolean;
  /** Returns what cancels the timer. */
  setTimeout(fn: () => void, ms: number): Cancel;
}

const BASE_DELAY_MS = 400;
const MAX_DELAY_MS = 60_000;

export class MutationPacer {
  private observer: MutationObserver | null = null;
  /** Cancels the pending run (undefined: none pending). */
  private timer: Cancel | undefined;
  private delay = BASE_DELAY_MS;
  private lastRun = 0;

  /**
   * `run`: the paced work (a full re-anchor). `changed`: called at once for each batch of the page's mutations; it
   * must cost the same whatever the batch holds (the painter's `changed`, which only asks for a placing).
   */
  constructor(
    private readonly ctx: PacerLife,
    private readonly run: () => void,
    private readonly changed: () => void = () => {},
  ) {}

  /** Starts watching `root` (once); mutations inside nodes for which `isOwn` is true are ignored. */
  observe(root: Node, isOwn: (node: Node) => boolean): void {
    if (this.observer || this.ctx.isInvalid) return;
    this.observer = new MutationObserver((records) => {
      if (records.every((r) => isOwn(r.target))) return;
      this.changed();
      this.schedule();
    });
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  private schedule(): void {
    // One pending run at a time: later mutations ride on it (a debounce that restarts could starve forever).
    if (this.timer !== undefined) return;
    const now = performance.now();
    // Mutations arriving again soon after a run mean a busy page: back off exponentially.
    this.delay = now - this.lastRun < this.delay * 2 ? Math.min(this.delay * 2, MAX_DELAY_MS) : BASE_DELAY_MS;
    this.timer = this.ctx.setTimeout(() => {
      this.timer = undefined;
      this.lastRun = performance.now();
      this.run();
    }, this.delay);
  }

  destroy(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.timer?.();
    this.timer = undefined;
  }
}
