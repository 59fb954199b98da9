// Imports too large for one message arrive in chunks: they wait here, in the background's memory, until the page
// commits them (one transaction, all or nothing) or cancels (dropped; nothing was ever written). Pure: no browser.
import type { Annotation, ArticleRecord } from '../types';

/** A chunk that cannot be staged (unknown or finished import, too many records, too many imports at once). */
export class ImportStageError extends Error {
  override name = 'ImportStageError';
}

export interface StageLimits {
  /** Records (articles + annotations) one import may stage in all. */
  maxRecords: number;
  /** Imports staged at the same time (one per open library page is the normal case). */
  maxOpen: number;
  /** An import left without a chunk or commit this long (its page closed mid-way) is dropped. */
  idleMs: number;
}

const DEFAULT_LIMITS: StageLimits = { maxRecords: 2_000_000, maxOpen: 4, idleMs: 10 * 60_000 };

interface Stage {
  articles: ArticleRecord[];
  annotations: Annotation[];
  touched: number;
  /** Set while the stage is being written: cancelling then aborts the write. */
  abort: (() => void) | null;
}

/**
 * The staged imports of one background, created with its handlers (never module state, so tests start clean).
 * `now` is the clock in milliseconds.
 */
export class ImportStages {
  private readonly stages = new Map<string, Stage>();
  /** Ids cancelled lately: a chunk still on its way when the cancel arrived must not open a new stage. */
  private readonly cancelled = new Set<string>();
  private readonly limits: StageLimits;

  constructor(
    private readonly now: () => number,
    limits: Partial<StageLimits> = {},
  ) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
  }

  /** Adds a chunk to import `id` (opening it on its first chunk); returns the records staged so far. */
  add(id: string, articles: readonly ArticleRecord[], annotations: readonly Annotation[]): number {
    this.dropIdle();
    if (this.cancelled.has(id)) throw new ImportStageError('This import was cancelled. Nothing was imported.');
    let stage = this.stages.get(id);
    if (!stage) {
      if (this.stages.size >= this.limits.maxOpen)
        throw new ImportStageError('Too many imports at once: finish or cancel the others first.');
      this.stages.set(id, (stage = { articles: [], annotations: [], touched: 0, abort: null }));
    }
    if (stage.abort) throw new ImportStageError('This import is already being written.');
    const total = stage.articles.length + stage.annotations.length + articles.length + annotations.length;
    if (total > this.limits.maxRecords) {
      this.stages.delete(id);
      throw new ImportStageError(`The import holds more than ${this.limits.maxRecords} records. Nothing was imported.`);
    }
    for (const a of articles) stage.articles.push(a);
    for (const a of annotations) stage.annotations.push(a);
    stage.touched = this.now();
    return total;
  }

  /**
   * Hands the staged records of `id` to `write` with a signal that `cancel(id)` aborts (the write must then keep
   * nothing), and forgets the stage once `write` settles. Throws ImportStageError for an unknown id (never staged,
   * cancelled, or dropped).
   */
  async commit<T>(
    id: string,
    write: (articles: ArticleRecord[], annotations: Annotation[], signal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    const stage = this.stages.get(id);
    if (!stage) throw new ImportStageError('This import was cancelled or has expired. Nothing was imported.');
    if (stage.abort) throw new ImportStageError('This import is already being written.');
    const controller = new AbortController();
    stage.abort = () => controller.abort();
    try {
      return await write(stage.articles, stage.annotations, controller.signal);
    } finally {
      if (this.stages.get(id) === stage) this.stages.delete(id);
    }
  }

  /** Drops import `id`; aborts its write when one is under way. Returns whether there was anything to drop. */
  cancel(id: string): boolean {
    if (this.cancelled.size >= 100) this.cancelled.clear();
    this.cancelled.add(id);
    const stage = this.stages.get(id);
    if (!stage) return false;
    stage.abort?.();
    this.stages.delete(id);
    return true;
  }

  /** Imports currently staged (for tests and diagnostics). */
  get size(): number {
    return this.stages.size;
  }

  private dropIdle(): void {
    const limit = this.now() - this.limits.idleMs;
    for (const [id, stage] of this.stages) if (!stage.abort && stage.touched < limit) this.stages.delete(id);
  }
}
