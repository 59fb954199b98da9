// Reading copies in the store: the compressed text of each annotated article as the reader first read it. Kept
// once (the first copy is the one the reader's highlights were made on) and removed with the article's notes.
import type { IDBPDatabase } from 'idb';
import {
  compressCopy,
  compressPage,
  decompressCopy,
  decompressPage,
  ReadingCopyDataError,
  type PageAtFirstHighlight,
} from '../revisions/compress';
import type { ReadingCopy } from '../revisions/reading-copy';
import type { LedeSchema } from './schema';

/**
 * Keeps `copy` unless the article already has one (a kept page, not yet read into a copy, is replaced). Returns
 * true when it was written. Compression happens before the transaction opens (an IndexedDB transaction closes when
 * it waits on anything else).
 */
export async function keepReadingCopy(db: IDBPDatabase<LedeSchema>, copy: ReadingCopy): Promise<boolean> {
  const before = await db.get('readingCopies', copy.articleKey);
  if (before && !before.page) return false;
  const bytes = await compressCopy(copy);
  const tx = db.transaction('readingCopies', 'readwrite');
  const existing = await tx.store.get(copy.articleKey);
  if (existing && !existing.page) {
    await tx.done;
    return false;
  }
  await tx.store.put({ articleKey: copy.articleKey, readAt: copy.readAt, bytes });
  await tx.done;
  return true;
}

/**
 * Keeps the page as it was at the article's first highlight, unless the article has a copy or page already.
 * Returns true when it was written.
 */
export async function keepPageAtFirstHighlight(
  db: IDBPDatabase<LedeSchema>,
  page: PageAtFirstHighlight,
): Promise<boolean> {
  if (await db.getKey('readingCopies', page.articleKey)) return false;
  const bytes = await compressPage(page);
  const tx = db.transaction('readingCopies', 'readwrite');
  if (await tx.store.getKey(page.articleKey)) {
    await tx.done;
    return false;
  }
  await tx.store.put({ articleKey: page.articleKey, readAt: page.readAt, bytes, page: true });
  await tx.done;
  return true;
}

/** The kept page of an article not yet read into a copy, or null (none, a copy already, or unreadable: dropped). */
export async function loadPageAtFirstHighlight(
  db: IDBPDatabase<LedeSchema>,
  articleKey: string,
): Promise<PageAtFirstHighlight | null> {
  const record = await db.get('readingCopies', articleKey);
  if (!record?.page) return null;
  try {
    const page = await decompressPage(record.bytes);
    return page.articleKey === articleKey ? page : null;
  } catch (err) {
    if (!(err instanceof ReadingCopyDataError)) throw err;
    await db.delete('readingCopies', articleKey); // never readable again; the popup's fallback keeps a copy instead
    return null;
  }
}

/**
 * What is kept of an article, read in one request: its copy, or the page kept at its first highlight (not yet read
 * into a copy), or neither. One read, because the two are one record: asking for the copy and then for the page let
 * a popup turn the page into a copy in between, and the asker then saw neither (and kept today's text instead).
 */
export async function loadKeptReading(
  db: IDBPDatabase<LedeSchema>,
  articleKey: string,
): Promise<{ copy: ReadingCopy | null; page: PageAtFirstHighlight | null }> {
  const record = await db.get('readingCopies', articleKey);
  if (!record) return { copy: null, page: null };
  try {
    if (record.page) {
      const page = await decompressPage(record.bytes);
      return { copy: null, page: page.articleKey === articleKey ? page : null };
    }
    const copy = await decompressCopy(record.bytes);
    return { copy: copy.articleKey === articleKey ? copy : null, page: null };
  } catch (err) {
    if (!(err instanceof ReadingCopyDataError)) throw err;
    // Never readable again: dropped, so the next highlight (or the popup's fallback) keeps a fresh one.
    await db.delete('readingCopies', articleKey);
    return { copy: null, page: null };
  }
}

/** The article's kept copy, or null when there is none or it cannot be read (then it is dropped, not shown). */
export async function loadReadingCopy(db: IDBPDatabase<LedeSchema>, articleKey: string): Promise<ReadingCopy | null> {
  const record = await db.get('readingCopies', articleKey);
  if (!record || record.page) return null;
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
