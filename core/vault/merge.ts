// "Import from folder": merges annotations read from the folder with the store's, by annotation id, the newest
// `modified` winning, nothing duplicated. Deletions travel as tombstones (id and deletion time): a deletion newer
// than every edit of a note removes it everywhere, and an older copy in some folder never brings it back. A time from
// the folder later than the clock allows is refused: it would win over every edit the reader makes. Pure.
import { MAX_CLOCK_SKEW_MS } from '../limits';
import type { Annotation, ArticleRecord } from '../types';

/** A deleted annotation (or, with `kind: 'article'`, a deleted article, by its key) and when it was deleted. */
export interface Tombstone {
  id: string;
  /** ISO time of the deletion. */
  deleted: string;
  kind?: 'article';
}

export interface MergeResult {
  /** Annotations to write to the store: new ones, and ones the folder has a newer version of. */
  toStore: Annotation[];
  /** Annotation ids to delete from the store: the folder says they were deleted after their last edit here. */
  toDelete: string[];
  /** Article keys to delete: deleted elsewhere, and no note of theirs here is newer than the deletion. */
  articlesToDelete: string[];
  /** Tombstones this store should keep from now on (so its own backups carry the deletion further). */
  toRemember: Tombstone[];
  /** Local tombstones an edit made after the deletion (elsewhere) overrides: the note is back, forget them. */
  toForget: string[];
  added: number;
  updated: number;
  deleted: number;
  /** The store's version was as new or newer (or the folder's copy was of a note deleted later). */
  unchanged: number;
  /** Notes and deletions from the folder dated more than a day ahead of the clock: ignored, never trusted. */
  refused: number;
}

/** Milliseconds of an ISO time; -Infinity for what is not one (so it never counts as newer). */
const timeOf = (iso: string | undefined): number => {
  const t = iso ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
};

const tombKey = (t: Tombstone) => `${t.kind ?? 'annotation'}\u0000${t.id}`;

/** The newest tombstone per id and kind. */
function newestTombstones(...lists: readonly (readonly Tombstone[])[]): Map<string, Tombstone> {
  const out = new Map<string, Tombstone>();
  for (const list of lists)
    for (const t of list) {
      const seen = out.get(tombKey(t));
      if (!seen || timeOf(t.deleted) > timeOf(seen.deleted)) out.set(tombKey(t), t);
    }
  return out;
}

/**
 * Merges `folder` (the folder's annotations) and `tombstones.incoming` into `store` (this profile's annotations and
 * the tombstones it keeps). For each id the newest of the store's `modified`, the folder's `modified` and any deletion
 * time wins; a tie between an edit and a deletion keeps the deletion (nothing comes back by accident). Ties between
 * two edits keep the store's version (nothing to write). What the folder dates more than a day after `now` is
 * refused (counted in `refused`). Never mutates its inputs.
 */
export function mergeByNewest(
  store: readonly Annotation[],
  folder: readonly Annotation[],
  tombstones: { local?: readonly Tombstone[]; incoming?: readonly Tombstone[] },
  now: () => Date,
): MergeResult {
  // A note or deletion from the folder dated after the clock (plus a day of skew between the reader's machines) is
  // no one's edit: a backup "modified" or "deleted" in 9999 would rewrite, move or delete the reader's notes, and no
  // later edit of theirs could win it back. It is refused, never clamped (clamped to now it would still win).
  const latest = now().getTime() + MAX_CLOCK_SKEW_MS;
  const incoming = folder.filter((a) => timeOf(a.modified) <= latest);
  const incomingTombs = (tombstones.incoming ?? []).filter((t) => timeOf(t.deleted) <= latest);
  const refused = folder.length - incoming.length + (tombstones.incoming ?? []).length - incomingTombs.length;
  const mine = new Map(store.map((a) => [a.id, a]));
  const localTombs = newestTombstones(tombstones.local ?? []);
  const tombs = newestTombstones(tombstones.local ?? [], incomingTombs);
  const deletedAt = (id: string) => timeOf(tombs.get(tombKey({ id, deleted: '' }))?.deleted);
  const newest = new Map<string, Annotation>();
  for (const a of incoming) {
    const seen = newest.get(a.id);
    if (!seen || timeOf(a.modified) > timeOf(seen.modified)) newest.set(a.id, a);
  }
  const result: MergeResult = {
    toStore: [],
    toDelete: [],
    articlesToDelete: [],
    toRemember: [],
    toForget: [],
    added: 0,
    updated: 0,
    deleted: 0,
    unchanged: 0,
    refused,
  };
  const survivors = new Map<string, Annotation>(mine);
  for (const a of newest.values()) {
    const current = mine.get(a.id);
    if (deletedAt(a.id) >= timeOf(a.modified)) {
      result.unchanged++;
      continue;
    }
    if (localTombs.has(tombKey({ id: a.id, deleted: '' }))) result.toForget.push(a.id);
    if (!current) {
      result.toStore.push(a);
      survivors.set(a.id, a);
      result.added++;
    } else if (timeOf(a.modified) > timeOf(current.modified)) {
      result.toStore.push(a);
      survivors.set(a.id, a);
      result.updated++;
    } else result.unchanged++;
  }
  for (const [id, a] of survivors)
    if (deletedAt(id) >= timeOf(a.modified)) {
      survivors.delete(id);
      if (mine.has(id)) {
        result.toDelete.push(id);
        result.deleted++;
      }
    }
  for (const t of newestTombstones(incomingTombs).values()) {
    const local = localTombs.get(tombKey(t));
    if (local && timeOf(t.deleted) <= timeOf(local.deleted)) continue; // known here already
    if (!result.toForget.includes(t.id)) result.toRemember.push(t);
    if (t.kind !== 'article') continue;
    const newer = [...survivors.values()].some((a) => a.articleKey === t.id && timeOf(a.modified) > timeOf(t.deleted));
    if (!newer) result.articlesToDelete.push(t.id);
  }
  return result;
}

/** Drops incoming article records whose article was deleted (a tombstone) with none of its notes left. */
export function articlesToImport(
  articles: readonly ArticleRecord[],
  merged: Pick<MergeResult, 'articlesToDelete'>,
): ArticleRecord[] {
  const gone = new Set(merged.articlesToDelete);
  return articles.filter((a) => !gone.has(a.key));
}
