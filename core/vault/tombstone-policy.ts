// How long this profile keeps the record of a deletion (a tombstone). A tombstone exists so that another profile
// merging the folder's backup applies the deletion instead of bringing the note back; it cannot be kept forever
// (every deletion would grow the store and every backup for good). The rule, one pure function: a tombstone goes
// only once a backup written after the deletion carries it, and then when it is older than the keep period or
// beyond the count cap (oldest first). Last resort for a profile that never writes a backup: at most
// MAX_TOMBSTONES_EVER, oldest first. See docs/reliability.md, "How long deletions are kept".
import type { Tombstone } from './merge';

/** Days a backed-up deletion is kept: another machine syncing the folder in that time applies it. */
export const TOMBSTONE_KEEP_DAYS = 90;
/** Most backed-up deletions kept, whatever their age (a mass deletion of notes stays within it for 90 days). */
export const MAX_KEPT_TOMBSTONES = 100_000;

/** Most deletions kept at all, backed up or not: what a backup's reader accepts (backup-text.ts), oldest dropped. */
export const MAX_TOMBSTONES_EVER = 1_000_000;

export interface TombstonePolicy {
  now: Date;
  /** When the last backup holding this profile's tombstones was written (ISO), or null before any. */
  backedUpAt: string | null;
  keepDays?: number;
  maxCount?: number;
  hardCap?: number;
}

const timeOf = (iso: string | null): number => {
  const t = iso === null ? Number.NaN : Date.parse(iso);
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
};

/**
 * The ids of the tombstones to drop under the policy. Of the deletions a written backup carries (deleted at or
 * before `backedUpAt`), those older than `keepDays` and, beyond `maxCount`, the oldest. One no backup holds yet is
 * kept: until a backup carries it, the deletion exists nowhere else; only beyond `hardCap` (a profile that never
 * writes a backup) do the oldest of all go. A tombstone with an unreadable time counts as old. Never mutates
 * `tombstones`.
 */
export function prunableTombstones(tombstones: readonly Tombstone[], policy: TombstonePolicy): string[] {
  const backedUp = timeOf(policy.backedUpAt);
  const keepDays = policy.keepDays ?? TOMBSTONE_KEEP_DAYS;
  const maxCount = policy.maxCount ?? MAX_KEPT_TOMBSTONES;
  const hardCap = policy.hardCap ?? MAX_TOMBSTONES_EVER;
  const cutoff = policy.now.getTime() - keepDays * 86_400_000;
  const newestFirst = [...tombstones].sort((a, b) => timeOf(b.deleted) - timeOf(a.deleted));
  const drop = new Set<string>();
  if (backedUp !== Number.NEGATIVE_INFINITY) {
    const carried = newestFirst.filter((t) => timeOf(t.deleted) <= backedUp);
    const room = Math.max(0, maxCount - (tombstones.length - carried.length));
    carried.forEach((t, i) => {
      if (timeOf(t.deleted) < cutoff || i >= room) drop.add(t.id);
    });
  }
  for (const t of newestFirst.filter((x) => !drop.has(x.id)).slice(hardCap)) drop.add(t.id);
  return [...drop];
}
