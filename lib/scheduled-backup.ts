// The scheduled backup into the downloads folder, for browsers that cannot write to a folder the reader picks
// (Firefox). The rules (when, which files, what in them) are core/vault's; this is the browser side: the schedule
// in a versioned storage.local item, the optional `downloads` permission, and the downloads themselves.
import { browser, type Browser } from 'wxt/browser';
import type { ExportInput } from '../core/export/bundle';
import {
  afterBackup,
  backupFiles,
  isBackupDue,
  normalizeBackupSchedule,
  type BackupSchedule,
  type Tombstone,
} from '../core/vault';
import { storedItem } from './stored-item';

const KEY = 'scheduledBackup';
const VERSION = 1;
/** The only permission the backup needs, asked when the reader turns backups on (optional_permissions). */
export const BACKUP_PERMISSION: Browser.permissions.Permissions = { permissions: ['downloads'] };

const item = storedItem(KEY, VERSION, normalizeBackupSchedule);
export const loadBackupSchedule: () => Promise<BackupSchedule> = item.load;
export const saveBackupSchedule: (schedule: BackupSchedule) => Promise<void> = item.save;
/** Calls `listener` with the schedule whenever it changes (from any context). Returns the unsubscribe. */
export const watchBackupSchedule: (listener: (schedule: BackupSchedule) => void) => () => void = item.watch;

/** Whether the reader has granted the downloads permission (it can be withdrawn in the add-ons manager). */
export async function hasBackupPermission(): Promise<boolean> {
  try {
    return (await browser.permissions.contains(BACKUP_PERMISSION)) === true;
  } catch {
    return false; // a browser without the permissions API offers no backup at all
  }
}

export interface BackupSource {
  /** Everything in the store (the backup is always whole) and the deletions it keeps. */
  read(): Promise<{ input: ExportInput; tombstones: Tombstone[] }>;
}

export type BackupOutcome =
  | { ran: true; schedule: BackupSchedule }
  | { ran: false; why: 'off' | 'not-due' | 'no-permission' | 'busy' };

/** Saves `text` into the downloads folder as `name` without asking (a dated name; a same-day run replaces it). */
async function download(name: string, mimeType: string, text: string): Promise<void> {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  try {
    await browser.downloads.download({ url, filename: name, conflictAction: 'overwrite', saveAs: false });
  } finally {
    // The download reads the blob after download() resolves: free it a minute later, not at once.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

/**
 * Returns `run(force?)`: backs up when a backup is due (or at once with `force`, the "Back up now" button), one run
 * at a time. Without the downloads permission nothing happens and the outcome says why.
 */
export function createBackupRunner(source: BackupSource, now: () => Date = () => new Date()) {
  let running = false;
  return async function run(force = false): Promise<BackupOutcome> {
    if (running) return { ran: false, why: 'busy' };
    running = true;
    try {
      const schedule = await loadBackupSchedule();
      if (!schedule.enabled) return { ran: false, why: 'off' };
      if (!force && !isBackupDue(schedule, now())) return { ran: false, why: 'not-due' };
      if (!(await hasBackupPermission())) return { ran: false, why: 'no-permission' };
      // Taken before the read: every deletion up to `at` is in this backup (the tombstone pruning relies on it).
      const at = now();
      const { input, tombstones } = await source.read();
      const files = backupFiles(input, () => at, tombstones);
      for (const f of files) await download(f.name, f.mimeType, f.text);
      const next = afterBackup(schedule, at, files);
      await saveBackupSchedule(next);
      return { ran: true, schedule: next };
    } finally {
      running = false;
    }
  };
}
