// "Import from folder": merges annotations read from the folder with the store's, by annotation id, the newest
// `modified` winning, nothing duplicated. Pure.
import type { Annotation } from '../types';

export interface MergeResult {
  /** Annotations to write to the store: new ones, and ones the folder has a newer version of. */
  toStore: Annotation[];
  added: number;
  updated: number;
  /** The store's version was as new or newer. */
  unchanged: number;
}

/** Never mutates its inputs. Ties keep the store's version (nothing to write). */
export function mergeByNewest(store: readonly Annotation[], incoming: readonly Annotation[]): MergeResult {
  const mine = new Map(store.map((a) => [a.id, a]));
  const newest = new Map<string, Annotation>();
  for (const a of incoming) {
    const seen = newest.get(a.id);
    if (!seen || Date.parse(a.modified) > Date.parse(seen.modified)) newest.set(a.id, a);
  }
  const result: MergeResult = { toStore: [], added: 0, updated: 0, unchanged: 0 };
  for (const a of newest.values()) {
    const current = mine.get(a.id);
    if (!current) {
      result.toStore.push(a);
      result.added++;
    } else if (Date.parse(a.modified) > Date.parse(current.modified)) {
      result.toStore.push(a);
      result.updated++;
    } else result.unchanged++;
  }
  return result;
}
