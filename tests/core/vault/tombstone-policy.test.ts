// The bound on kept deletions: a tombstone goes only once a written backup carries it, and then when it is older
// than the keep period or beyond the count cap (oldest first); the store's pruning applies the rule.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openLedeDb } from '../../../core/store';
import { listTombstones, pruneTombstones, rememberDeletions } from '../../../core/store/vault-records';
import type { Tombstone } from '../../../core/vault';
import { prunableTombstones, TOMBSTONE_KEEP_DAYS } from '../../../core/vault/tombstone-policy';

const now = new Date('2026-06-01T12:00:00.000Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000).toISOString();
const tomb = (id: string, days: number, kind?: 'article'): Tombstone =>
  kind ? { id, deleted: daysAgo(days), kind } : { id, deleted: daysAgo(days) };

const cases: Record<
  string,
  { tombstones: Tombstone[]; backedUpAt: string | null; maxCount?: number; hardCap?: number; expected: string[] }
> = {
  'nothing is dropped before any backup, however old': {
    tombstones: [tomb('a', 400), tomb('b', 200)],
    backedUpAt: null,
    expected: [],
  },
  'a backed-up deletion older than the keep period goes': {
    tombstones: [tomb('old', TOMBSTONE_KEEP_DAYS + 1), tomb('recent', 10)],
    backedUpAt: daysAgo(1),
    expected: ['old'],
  },
  'a deletion just inside the keep period stays': {
    tombstones: [tomb('edge', TOMBSTONE_KEEP_DAYS - 1)],
    backedUpAt: daysAgo(0),
    expected: [],
  },
  'an old deletion made after the last backup stays (no backup carries it yet)': {
    tombstones: [tomb('after-backup', 95)],
    backedUpAt: daysAgo(100),
    expected: [],
  },
  'beyond the cap the oldest backed-up deletions go, whatever their age': {
    tombstones: [tomb('n1', 1), tomb('n2', 2), tomb('n3', 3), tomb('n4', 4)],
    backedUpAt: daysAgo(0),
    maxCount: 2,
    expected: ['n3', 'n4'],
  },
  'deletions no backup carries count toward the cap but are never dropped': {
    tombstones: [tomb('unsaved', 0), tomb('saved1', 2), tomb('saved2', 3)],
    backedUpAt: daysAgo(1),
    maxCount: 2,
    expected: ['saved2'],
  },
  'an article’s deletion follows the same rule': {
    tombstones: [tomb('https://example.com/a', 120, 'article')],
    backedUpAt: daysAgo(1),
    expected: ['https://example.com/a'],
  },
  'a profile that never backs up keeps at most the hard cap, dropping the oldest': {
    tombstones: [tomb('h1', 1), tomb('h2', 500), tomb('h3', 2)],
    backedUpAt: null,
    hardCap: 2,
    expected: ['h2'],
  },
  'the hard cap counts what the backed-up rule already dropped': {
    tombstones: [tomb('unsaved', 0), tomb('old', 200), tomb('saved', 3)],
    backedUpAt: daysAgo(1),
    hardCap: 2,
    expected: ['old'],
  },
  'an unreadable deletion time counts as old once a backup exists': {
    tombstones: [{ id: 'garbled', deleted: 'yesterday' }],
    backedUpAt: daysAgo(1),
    expected: ['garbled'],
  },
};

describe('which deletions are kept', () => {
  for (const [name, c] of Object.entries(cases))
    it(name, () => {
      const input = structuredClone(c.tombstones);
      const dropped = prunableTombstones(c.tombstones, {
        now,
        backedUpAt: c.backedUpAt,
        maxCount: c.maxCount,
        hardCap: c.hardCap,
      });
      expect(dropped.sort()).toEqual([...c.expected].sort());
      expect(c.tombstones).toEqual(input);
    });
});

describe('pruning the store’s tombstones', () => {
  it('drops only what the policy lets go and keeps the rest for the next backup', async () => {
    const db = await openLedeDb(new IDBFactory());
    await rememberDeletions(db, [tomb('old', 200), tomb('new', 5), tomb('https://example.com/a', 300, 'article')]);
    expect(await pruneTombstones(db, { now, backedUpAt: daysAgo(1) })).toBe(2);
    expect((await listTombstones(db)).map((t) => t.id)).toEqual(['new']);
    // Pruning again changes nothing.
    expect(await pruneTombstones(db, { now, backedUpAt: daysAgo(1) })).toBe(0);
    db.close();
  });

  it('without any backup, recording deletions beyond the hard cap drops the oldest', async () => {
    const db = await openLedeDb(new IDBFactory());
    await rememberDeletions(db, [tomb('a', 30), tomb('b', 20)], 3);
    await rememberDeletions(db, [tomb('c', 10), tomb('d', 1)], 3);
    expect((await listTombstones(db)).map((t) => t.id).sort()).toEqual(['b', 'c', 'd']);
    db.close();
  });
});
