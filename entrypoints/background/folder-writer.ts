// The background's writer of the reader's folder (Chrome): the handle the library kept in the store, the store's
// records, the status every page shows, and the tombstone pruning after each backup. The service worker writes
// with the stored FileSystemDirectoryHandle itself (the File System Access API's handles and writable streams
// exist in service workers): no page needs to be open, and no extra permission is asked for.
import { browser } from 'wxt/browser';
import type { LedeStore } from '../../core/store';
import { loadVaultHandle, pruneTombstones } from '../../core/store/vault-records';
import { createFolderSync, type FolderHandle, type FolderSync } from '../../core/vault/folder-sync';
import type { FolderStatus } from '../../core/vault/folder-status';
import { t } from '../../lib/i18n';
import { folderProfileId, loadFolderStatus, saveFolderStatus } from '../../lib/folder-status';
import { readBackupInput } from './backup-source';

/** A mark on the toolbar button while the folder waits for the reader: visible without opening anything. */
async function showOnToolbar(status: FolderStatus): Promise<void> {
  const stalled = status.state === 'needs-permission' || status.state === 'failed';
  try {
    await browser.action.setBadgeText({ text: stalled ? '!' : '' });
    if (stalled) await browser.action.setBadgeBackgroundColor({ color: '#b3261e' });
    await browser.action.setTitle({ title: stalled ? t('folderNeedsPermissionTitle') : 'Lede' });
  } catch {
    // No action API in this context (tests): the status item still says it, and the pages show it.
  }
}

export function createBackgroundFolderWriter(getStore: () => Promise<LedeStore>, now: () => Date): FolderSync {
  return createFolderSync(
    {
      handle: async () => loadVaultHandle<FolderHandle>((await getStore()).db),
      // Extractions only for the notes being written (the backup does not carry them).
      read: (keys) => readBackupInput(getStore, keys ?? undefined),
      profile: () => folderProfileId(),
      loadStatus: loadFolderStatus,
      async saveStatus(status) {
        await saveFolderStatus(status);
        await showOnToolbar(status);
      },
      async afterBackup(readAt) {
        await pruneTombstones((await getStore()).db, { now: now(), backedUpAt: readAt.toISOString() });
      },
    },
    { now },
  );
}
