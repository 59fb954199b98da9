// Where the library keeps the reader's folder handle: the `handles` store of Lede's own database. The one place an
// extension page opens the database itself: a FileSystemDirectoryHandle survives only IndexedDB's structured
// clone and cannot travel in a runtime message to the background. Opened per use and closed at once, so an
// upgrade elsewhere never waits on it.
import { openLedeDb } from '../../core/store';
import { adoptLegacyVaultHandle, loadVaultHandle, saveVaultHandle } from '../../core/store/vault-records';

async function withDb<T>(run: (db: Awaited<ReturnType<typeof openLedeDb>>) => Promise<T>): Promise<T> {
  const db = await openLedeDb(indexedDB);
  try {
    return await run(db);
  } finally {
    db.close();
  }
}

/** The chosen folder's handle, or null; a handle an older version kept in its own database is moved over first. */
export function loadFolderHandle<T>(): Promise<T | null> {
  return withDb(async (db) => (await loadVaultHandle<T>(db)) ?? (await adoptLegacyVaultHandle<T>(db, indexedDB)));
}

export function saveFolderHandle(handle: unknown): Promise<void> {
  return withDb((db) => saveVaultHandle(db, handle));
}
