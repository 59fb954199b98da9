// Reading copies in the store: the compressed text of each annotated article as the reader first read it. Kept
// once (the first copy is the one the reader's highlights were made on) and removed with the article's notes.
import type { IDBPDatabase } from 'idb';
import { compressCopy, decompressCopy, ReadingCopyDataError } from '../revisions/compress';
import type { ReadingCopy } from '../revisions/reading-copy';
import type { LedeSchema } from './schema';

/**
 * Keeps `copy` unless the article already has one. Returns true when it was written. Compression happens before
 * the transaction opens (an IndexedDB transaction closes when it waits on anything else).
 */
export async function keepReadingCopy(db: IDBPDatabase<LedeSchema>, copy: ReadingCopy): Promise<boolean> {
  if (await db.getKey('readingCopies', copy.articleKey)) return false;
  const bytes = await compressCopy(copy);
  const tx = db.transaction('readingCopies', 'readwrite');
  if (await tx.store.getKey(copy.articleKey)) {
    await tx.done;
    return false;
  }
  await tx.store.put({ articleKey: copy.articleKey, readAt: copy.readAt, bytes });
  await tx.done;
  return true;
}

/** The article's kept copy, or null when there is none or it cannot be read (then it is dropped, not shown). */
export async function loadReadingCopy(db: IDBPDatabase<LedeSchema>, articleKey: string): Promise<ReadingCopy | null> {
  const record = await db.get('readingCopies', articleKey);
  if (!record) return null;
  try {
    const copy = await decompressCopy(record.bytes);
    return copy.articleKey === articleKey ? copy : null;
  } catch (err) {
    if (!(err instanceof ReadingCopyDataError)) throw err;
    // A corrupt copy can never become readable again; dropping it lets the next highlight keep a fresh one.
    await db.delete('readingCopies', articleKey);
    return null;
  }
}

export async function deleteReadingCopy(db: IDBPDatabase<LedeSchema>, articleKey: string): Promise<void> {
  await db.delete('readingCopies', articleKey);
}

/** Total stored size of all copies, in bytes (for the settings line "kept text uses N kB"). */
export async function readingCopiesSize(db: IDBPDatabase<LedeSchema>): Promise<{ count: number; bytes: number }> {
  let bytes = 0;
  let count = 0;
  for (const r of await db.getAll('readingCopies')) {
    bytes += r.bytes.byteLength;
    count++;
  }
  return { count, bytes };
}
