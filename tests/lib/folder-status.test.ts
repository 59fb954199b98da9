// The folder's status and profile name in storage.local: what the background writes every page reads back (and
// hears change), and the profile's name in the folder's backups is made once, an older version's name adopted.
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NO_FOLDER } from '../../core/vault/folder-status';
import { folderProfileId, loadFolderStatus, saveFolderStatus, watchFolderStatus } from '../../lib/folder-status';

beforeEach(() => fakeBrowser.reset());

describe('the folder’s status in storage', () => {
  it('is no folder until the background writes one; pages hear each change', async () => {
    expect(await loadFolderStatus()).toEqual(NO_FOLDER);
    const heard = vi.fn();
    const stop = watchFolderStatus(heard);
    const lapsed = {
      ...NO_FOLDER,
      state: 'needs-permission' as const,
      folder: 'Notes',
      at: '2026-05-10T12:00:00.000Z',
    };
    await saveFolderStatus(lapsed);
    expect(await loadFolderStatus()).toEqual(lapsed);
    await vi.waitFor(() => expect(heard).toHaveBeenCalledWith(lapsed));
    stop();
  });
});

describe('this profile’s name in the folder’s backups', () => {
  it('is made once and kept', async () => {
    const id = await folderProfileId();
    expect(id).toMatch(/^[0-9a-f]{12}$/);
    expect(await folderProfileId()).toBe(id);
  });

  it('adopts the name an older version kept in the library, so its backups keep their name', async () => {
    expect(await folderProfileId('0123456789ab')).toBe('0123456789ab');
    expect(await folderProfileId('ffffffffffff')).toBe('0123456789ab');
  });

  it('ignores a legacy name that is not one (it would become a file name)', async () => {
    expect(await folderProfileId('../../evil')).toMatch(/^[0-9a-f]{12}$/);
  });
});
