// The note-id directory (schema v6): which article's pack holds each annotation id, kept in a fixed number of
// bucket records (`noteIds`, by bucket number) instead of one index entry per annotation, and the one place that
// reads and writes them.
import { fnv1a32 } from '../hash';

/** One bucket of the note-id directory: annotation id → the article key of the pack holding it. */
export type IdBucket = Map<string, string>;
/**
 * How many buckets the ids are spread over. Part of the stored format (an id's bucket must not move): changing it
 * is a schema version with a migration. 1,024 keeps a bucket near 100 ids at 100,000 notes (a save rewrites one
 * bucket of a few KB) while an import of that many writes 1,024 records, not 100,000 index entries.
 */
export const NOTE_ID_BUCKETS = 1024;

/** The bucket of `id`: FNV-1a (32 bits, core/hash.ts) over its UTF-16 code units, modulo {@link NOTE_ID_BUCKETS}. Stable forever. */
export function noteIdBucket(id: string): number {
  return fnv1a32(id) % NOTE_ID_BUCKETS;
}

/** Whether a stored bucket record is what {@link NoteIdDirectory.write} writes: a Map of string id → string key. */
function isBucket(value: unknown): value is IdBucket {
  if (!(value instanceof Map)) return false;
  for (const [id, key] of value) if (typeof id !== 'string' || typeof key !== 'string') return false;
  return true;
}

/** What the directory reads of the `notes` store to rebuild a damaged bucket: every pack, as stored (unchecked). */
export interface PackSource {
  getAll(): Promise<unknown[]>;
}

/**
 * The buckets numbered `damaged`, rebuilt from the packs themselves (the truth the directory mirrors): every
 * string id a pack holds, under that pack's key; where two packs hold one id (only damage could do that), the
 * first read keeps it, as a save or delete by id then acts on that one.
 */
async function rebuild(packs: PackSource, damaged: ReadonlySet<number>): Promise<Map<number, IdBucket>> {
  const rebuilt = new Map<number, IdBucket>([...damaged].map((b) => [b, new Map()]));
  for (const pack of await packs.getAll()) {
    const { articleKey, annotations } = (pack ?? {}) as { articleKey?: unknown; annotations?: unknown };
    if (typeof articleKey !== 'string' || !Array.isArray(annotations)) continue;
    for (const a of annotations) {
      const id = (a as { id?: unknown } | null)?.id;
      if (typeof id !== 'string') continue;
      const bucket = rebuilt.get(noteIdBucket(id));
      if (bucket && !bucket.has(id)) bucket.set(id, articleKey);
    }
  }
  return rebuilt;
}

/**
 * The directory's buckets as one transaction sees them: read with {@link load}, asked with {@link holder}, changed
 * with {@link set} and {@link remove}, written back with {@link write} in the same transaction as the packs, so an
 * id is in the directory exactly when a pack holds it, and under one article only (a Map key is unique): that is
 * what keeps ids unique across articles.
 */
export class NoteIdDirectory {
  private readonly buckets = new Map<number, IdBucket>();
  private readonly changed = new Set<number>();

  /**
   * `store` is the transaction's `noteIds` store (only its `get` is used); `packs` its `notes` store, read only when
   * a bucket record is damaged (not a Map of strings): that bucket is then rebuilt from every pack, and written back
   * with the next {@link write}, so a damaged record costs one full read, once, and loses no note's id. `empty`: the
   * caller knows the store holds no bucket (an import counted them), so nothing is read.
   */
  constructor(
    private readonly store: { get(key: number): Promise<unknown> },
    private readonly packs: PackSource,
    private readonly empty = false,
  ) {}

  /** Reads the buckets of `ids` not read yet: one request each, issued together. */
  async load(ids: Iterable<string>): Promise<void> {
    const wanted = new Set<number>();
    for (const id of ids) {
      const b = noteIdBucket(id);
      if (!this.buckets.has(b)) wanted.add(b);
    }
    if (this.empty) {
      for (const b of wanted) this.buckets.set(b, new Map());
      return;
    }
    const read = await Promise.all([...wanted].map(async (b) => [b, await this.store.get(b)] as const));
    const damaged = new Set<number>();
    for (const [b, value] of read) {
      if (this.buckets.has(b)) continue;
      if (value === undefined || isBucket(value)) this.buckets.set(b, value ?? new Map());
      else damaged.add(b);
    }
    if (!damaged.size) return;
    for (const [b, bucket] of await rebuild(this.packs, damaged)) {
      if (this.buckets.has(b)) continue;
      this.buckets.set(b, bucket);
      this.changed.add(b);
    }
  }

  /** The key of the article whose pack holds `id`, or null when none does. Its bucket must have been loaded. */
  holder(id: string): string | null {
    const key = this.bucketOf(id).get(id);
    return typeof key === 'string' ? key : null;
  }

  /** Records that the pack of `articleKey` holds `id` (from now on, in place of any other). */
  set(id: string, articleKey: string): void {
    this.bucketOf(id).set(id, articleKey);
    this.changed.add(noteIdBucket(id));
  }

  /** Records that no pack holds `id` any more. */
  remove(id: string): void {
    if (this.bucketOf(id).delete(id)) this.changed.add(noteIdBucket(id));
  }

  /**
   * Issues the writes of the changed buckets (an empty one is deleted) on `raw`, the transaction's `noteIds` store,
   * without waiting: a refused write aborts the transaction. Returns the last request, null when nothing changed.
   */
  write(raw: IDBObjectStore): IDBRequest | null {
    let last: IDBRequest | null = null;
    for (const b of this.changed) {
      const bucket = this.buckets.get(b)!;
      last = bucket.size ? raw.put(bucket, b) : raw.delete(b);
    }
    this.changed.clear();
    return last;
  }

  private bucketOf(id: string): IdBucket {
    const bucket = this.buckets.get(noteIdBucket(id));
    if (!bucket) throw new Error(`note-id bucket of ${id.slice(0, 80)} used before it was loaded`);
    return bucket;
  }
}
