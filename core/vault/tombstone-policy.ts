// How long this profile keeps the record of a deletion (a tombstone). A tombstone exists so that another profile
// merging the folder's backup applies the deletion instead of bringing the note back; it cannot be kept forever
// (every deletion would grow the store and every backup for good). The rule, one pure function: a tombstone goes
// only once a backup written after the deletion carries it, and then when it is older than the keep period or
// beyond the count cap (oldest first). See docs/reliability.md, "Deletions in the folder".
import type { Tombstone } from './merge';

/** Days a backed-up deletion is kept: another machine syncing the folder in that time applies it. */
export const TOMBSTONE_KEEP_DAYS = 90;
/** Most backed-up deletions kept, whatever their age (a mass deletion of notes stays within it for 90 days). */
export const MAX_KEPT_TOMBSTONES = 100_000;

export interface TombstonePolicy {
  now: Date;
  /** When the last backup holding this profile's tombstones was written (ISO), or null before any. */
  backedUpAt: string | null;
  keepDays?: number;
  maxCount?: number;
}

const timeOf = (iso: string | null): number => {
  const t = iso === null ? Number.NaN : Date.parse(iso);
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
};

/**
 * The ids of the tombstones to drop under the policy. Never one that no backup holds yet (deleted after the last
 * backup, or no backup at all): until a backup carries it, the deletion exists nowhere else. Of the backed-up ones,
 * drops those older than `keepDays` and, beyond `maxCount`, the oldest. A tombstone with an unreadable time counts
 * as old. Never mutates `tombstones`.
 */
export function prunableTombstones(tombstones: readonly Tombstone[], policy: TombstonePolicy): string[] {
  const backedUp = timeOf(policy.backedUpAt);
  if (backedUp === Number.NEGATIVE_INFINITY) return [];
  const keepDays = policy.keepDays ?? TOMBSTONE_KEEP_DAYS;
  const maxCount = policy.maxCount ?? MAX_KEPT_TOMBSTONES;
  const cutoff = policy.now.getTime() - keepDays * 86_400_000;
  const carried = tombstones
    .filter((t) => timeOf(t.deleted) <= backedUp)
    .sort((a, b) => timeOf(b.deleted) - timeOf(a.deleted)); // newest first
  const unsaved = tombstones.length - carried.length;
  const room = Math.max(0, maxCount - unsaved);
  return carried.filter((t, i) => timeOf(t.deleted) < cutoff || i >= room).map((t) => t.id);
}
