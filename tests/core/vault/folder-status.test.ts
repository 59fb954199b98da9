// The folder's status as every page reads it from storage: repaired once where it is read, so a damaged or older
// item never hides a needed prompt or shows a false one.
import { describe, expect, it } from 'vitest';
import { NO_FOLDER, normalizeFolderStatus } from '../../../core/vault/folder-status';

describe('the folder’s status read from storage', () => {
  it('keeps a status the background wrote', () => {
    const status = {
      state: 'needs-permission' as const,
      folder: 'Notes',
      at: '2026-05-10T12:00:00.000Z',
      lastWrite: '2026-05-09T12:00:00.000Z',
      writtenCount: 1,
      written: ['A-123456.md'],
      unchanged: 3,
      sideFiles: [{ file: 'B-abcdef.md', side: 'B-abcdef.lede-update.md', reason: 'edited' as const }],
      reason: null,
    };
    expect(normalizeFolderStatus({ ...status, version: 1 })).toEqual(status);
  });

  it('reads nothing, junk or an unknown state as no folder (no prompt out of nowhere)', () => {
    expect(normalizeFolderStatus(undefined)).toEqual(NO_FOLDER);
    expect(normalizeFolderStatus('needs-permission')).toEqual(NO_FOLDER);
    expect(normalizeFolderStatus({ state: 'granted?', at: 'yesterday', unchanged: -4 })).toEqual(NO_FOLDER);
  });

  it('a failure always carries words for the reader, and only a failure does', () => {
    expect(normalizeFolderStatus({ state: 'failed' }).reason).toBe('The folder could not be written.');
    expect(normalizeFolderStatus({ state: 'ok', reason: 'stale words' }).reason).toBeNull();
  });

  it('drops side-file entries of the wrong shape', () => {
    const s = normalizeFolderStatus({
      state: 'ok',
      sideFiles: [
        { file: 'a.md', side: 'a.lede-update.md', reason: 'edited' },
        { file: 1 },
        null,
        { file: 'b', side: 'c', reason: 'x' },
      ],
    });
    expect(s.sideFiles).toEqual([{ file: 'a.md', side: 'a.lede-update.md', reason: 'edited' }]);
  });
});
