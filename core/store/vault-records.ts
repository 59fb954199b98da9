// What the reader's folder needs from the store: the tombstones of deleted notes and articles (so "Import from
// folder" on another machine applies the deletion) and the folder's directory handle.
import type { IDBPDatabase } from 'idb';
import type { Tombstone } from '../vault/merge';
import { MAX_TOMBSTONES_EVER, prunableTombstones, type TombstonePolicy } from '../vault/tombstone-policy';
import { VAULT_HANDLE_KEY, type LedeSchema } from './schema';
import { deleteReadingCopy } from './reading-copies';
import type { LedeStore } from './store';

/** The database the library kept the folder's handle in before it moved into the main store (schema v4). */
export const LEGACY_HANDLE_DB = 'lede-vault';

/**
 * Keeps tombstones, replacing an older one of the same id (never a newer one). Beyond `hardCap` kept deletions
 * (a profile that never writes a backup, so nothing else prunes them), the oldest go.
 */
export async function rememberDeletions(
  db: IDBPDatabase<LedeSchema>,
  tombstones: readonly Tombstone[],
  hardCap = MAX_TOMBSTONES_EVER,
): Promise<void> {
  if (tombstones.length === 0) return;
  const tx = db.transaction('tombstones', 'readwrite');
  for (const t of tombstones) {
    const old = await tx.store.get(t.id);
    if (!old || Date.parse(old.deleted) < Date.parse(t.deleted)) await tx.store.put(t);
  }
  await tx.done;
  // Counting is cheap; the sort over every tombstone runs only when the cap is passed. With no backup in the
  // policy, age plays no part: the clock given is never read.
  if ((await db.count('tombstones')) > hardCap)
    await forgetDeletions(
      db,
      prunableTombstones(await listTombstones(db), { now: new Date(0), backedUpAt: null, hardCap }),
    );
}

/** Drops the tombstones of `ids` (a note or article the reader brought back with Undo). */
export async function forgetDeletions(db: IDBPDatabase<LedeSchema>, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const tx = db.transaction('tombstones', 'readwrite');
  for (const id of ids) await tx.store.delete(id);
  await tx.done;
}

/**
 * Applies deletions made elsewhere (tombstones from the folder): a note goes when its `modified` is not newer than
 * its deletion; an article goes with its notes when none of them is newer. The tombstones are kept with their
 * original times. Returns what went and the articles touched.
 */
export async function applyTombstones(
  store: LedeStore,
  tombstones: readonly Tombstone[],
): Promise<{ deleted: number; articles: number; touched: Set<string> }> {
  const out = { deleted: 0, articles: 0, touched: new Set<string>() };
  const time = (iso: string) => Date.parse(iso);
  for (const t of tombstones) {
    if (t.kind === 'article') {
      const notes = await store.listAnnotations(t.id);
      if (notes.some((a) => time(a.modified) > time(t.deleted))) continue;
      if (!(await store.getArticle(t.id)) && notes.length === 0) continue;
      const gone = await store.deleteArticle(t.id);
      await deleteReadingCopy(store.db, t.id);
      out.deleted += gone.annotations.length;
      out.articles++;
      out.touched.add(t.id);
    } else {
      const note = await store.getAnnotation(t.id);
      if (!note || time(note.modified) > time(t.deleted)) continue;
      await store.deleteAnnotation(t.id);
      out.deleted++;
      out.touched.add(note.articleKey);
    }
  }
  await rememberDeletions(store.db, tombstones);
  return out;
}

/**
 * Drops the tombstones the policy lets go (core/vault/tombstone-policy.ts: only deletions a written backup
 * carries, older than the keep period or beyond the cap). Returns how many went.
 */
export async function pruneTombstones(db: IDBPDatabase<LedeSchema>, policy: TombstonePolicy): Promise<number> {
  const ids = prunableTombstones(await listTombstones(db), policy);
  await forgetDeletions(db, ids);
  return ids.length;
}

export function listTombstones(db: IDBPDatabase<LedeSchema>): Promise<Tombstone[]> {
  return db.getAll('tombstones');
}

/** The folder's handle, or null when the reader has chosen none. */
export async function loadVaultHandle<T>(db: IDBPDatabase<LedeSchema>): Promise<T | null> {
  return ((await db.get('handles', VAULT_HANDLE_KEY)) as T | undefined) ?? null;
}

export async function saveVaultHandle(db: IDBPDatabase<LedeSchema>, handle: unknown): Promise<void> {
  await db.put('handles', handle, VAULT_HANDLE_KEY);
}

/** Opens `name` only if it exists (open would otherwise create it), or null. */
async function openExisting(factory: IDBFactory, name: string): Promise<IDBDatabase | null> {
  if (typeof factory.databases === 'function' && !(await factory.databases()).some((d) => d.name === name)) return null;
  return new Promise((resolve, reject) => {
    let created = false;
    const req = factory.open(name);
    req.onupgradeneeded = () => {
      created = true; // it did not exist: nothing to adopt (deleted again below)
    };
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      if (!created) return resolve(req.result);
      req.result.close();
      factory.deleteDatabase(name);
      resolve(null);
    };
  });
}

/**
 * Moves a folder handle kept by an older version (in its own database, {@link LEGACY_HANDLE_DB}) into the main
 * store, unless the main store has one already, then deletes the old database. Returns the adopted handle or null.
 */
export async function adoptLegacyVaultHandle<T>(db: IDBPDatabase<LedeSchema>, factory: IDBFactory): Promise<T | null> {
  const old = await openExisting(factory, LEGACY_HANDLE_DB);
  if (!old) return null;
  let handle: T | null = null;
  if (old.objectStoreNames.contains('handles'))
    handle = await new Promise<T | null>((resolve, reject) => {
      const req = old.transaction('handles', 'readonly').objectStore('handles').get('folder');
      req.onsuccess = () => resolve((req.result as T | undefined) ?? null);
      req.onerror = () => reject(req.error);
    });
  old.close();
  if (handle !== null && (await loadVaultHandle(db)) === null) await saveVaultHandle(db, handle);
  else if (handle !== null) handle = null;
  await new Promise<void>((resolve) => {
    const del = factory.deleteDatabase(LEGACY_HANDLE_DB);
    del.onsuccess = del.onerror = del.onblocked = () => resolve();
  });
  return handle;
}
