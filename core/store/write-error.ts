// A write that did not happen, in words a reader can act on: the one error every store write throws.
import { describeError } from './open-db';

/** A write that did not happen. `reason` is plain words a reader can act on. */
export class StoreWriteError extends Error {
  override name = 'StoreWriteError';
  constructor(
    readonly reason: string,
    override readonly cause?: unknown,
  ) {
    super(reason);
  }
}

/** Turns an IndexedDB failure into words a reader can act on. */
export function writeError(what: string, err: unknown): StoreWriteError {
  const name = err && typeof err === 'object' && 'name' in err ? String((err as Error).name) : '';
  if (name === 'QuotaExceededError') {
    return new StoreWriteError(
      `${what}: the browser's storage for Lede is full. Export and delete old notes, then try again.`,
      err,
    );
  }
  return new StoreWriteError(`${what}: ${describeError(err)}`, err);
}
