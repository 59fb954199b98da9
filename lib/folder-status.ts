// The browser side of the folder's status (core/vault/folder-status.ts): a versioned storage.local item the
// background writes after each attempt and every page can read and watch (the library's and the popup's
// "Lede needs permission to write to your folder again"), and this profile's name in the folder's backups.
import { browser } from 'wxt/browser';
import { normalizeFolderStatus, type FolderStatus } from '../core/vault/folder-status';
import { storedItem } from './stored-item';

const KEY = 'folderStatus';
const VERSION = 1;
const PROFILE_KEY = 'folderProfile';

const item = storedItem(KEY, VERSION, normalizeFolderStatus);
export const loadFolderStatus: () => Promise<FolderStatus> = item.load;
export const saveFolderStatus: (status: FolderStatus) => Promise<void> = item.save;
/** Calls `listener` whenever the status changes (from any context). Returns the unsubscribe. */
export const watchFolderStatus: (listener: (status: FolderStatus) => void) => () => void = item.watch;

const isProfileId = (x: unknown): x is string => typeof x === 'string' && /^[a-z0-9]{1,32}$/i.test(x);

/**
 * This profile's name in the folder's backups, made once: two machines syncing one folder never overwrite each
 * other's backup. `legacy` (the name an older version kept in the library page's localStorage) is adopted when
 * none is stored yet, so an existing folder's backups keep their name.
 */
export async function folderProfileId(legacy?: string | null): Promise<string> {
  const stored = (await browser.storage.local.get(PROFILE_KEY))[PROFILE_KEY];
  if (isProfileId(stored)) return stored;
  const id = isProfileId(legacy) ? legacy : crypto.randomUUID().replace(/-/g, '').slice(0, 12);
  await browser.storage.local.set({ [PROFILE_KEY]: id });
  return id;
}
