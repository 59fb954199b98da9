// The folder the reader owns, in the library: choose it (File System Access API), and Lede keeps one Markdown
// note per annotated article there, plus a dated JSON-LD backup; "Import from folder" merges the newest backup back
// by annotation id, deletions included. The background writes the folder within seconds of every change, with or
// without this page open (entrypoints/background/folder-writer.ts); this page chooses the folder (the handle goes
// into the store's `handles`: handles cannot travel in messages), shows what the last write did, and asks the
// reader again when the browser withdrew the permission. Firefox has no such API: the scheduled backup into the
// downloads folder stands in (BackupPanel).
import { useEffect, useState } from 'preact/hooks';
import { readImportFile } from '../../core/import';
import {
  articlesToImport,
  mergeByNewest,
  readNewestBackups,
  tombstonesOf,
  type Tombstone,
  type VaultDirectory,
} from '../../core/vault';
import type { FolderStatus } from '../../core/vault/folder-status';
import { folderProfileId, loadFolderStatus, watchFolderStatus } from '../../lib/folder-status';
import { t } from '../../lib/i18n';
import { sendToBackground } from '../../lib/runtime-messages';
import { BackupPanel } from './BackupPanel';
import type { ExportSource } from './ExportButtons';
import { loadFolderHandle, saveFolderHandle } from './folder-handle';

type Handle = VaultDirectory & {
  name: string;
  queryPermission?(o: { mode: 'readwrite' }): Promise<PermissionState>;
  requestPermission?(o: { mode: 'readwrite' }): Promise<PermissionState>;
};

/** The deletions this profile keeps, for its backup and the merge. */
async function tombstones(): Promise<Tombstone[]> {
  const r = await sendToBackground('listTombstones', {});
  return r.ok ? r.tombstones : [];
}

/** The profile name an older version kept in this page's localStorage; the background adopts it (same backups). */
const LEGACY_PROFILE_KEY = 'lede-vault-profile';

/** The test and demo stand-in for the picker: the origin-private folder, chosen with notes.html?vault=private. */
async function pickFolder(): Promise<Handle> {
  if (new URLSearchParams(location.search).get('vault') === 'private')
    return (await navigator.storage.getDirectory()) as unknown as Handle;
  return (window as unknown as { showDirectoryPicker(o: { mode: 'readwrite' }): Promise<Handle> }).showDirectoryPicker({
    mode: 'readwrite',
  });
}

export function VaultPanel({ source, onDone }: { source: ExportSource; onDone(message: string): void }) {
  const supported = typeof (window as { showDirectoryPicker?: unknown }).showDirectoryPicker === 'function';
  const [handle, setHandle] = useState<Handle | null>(null);
  const [status, setStatus] = useState<FolderStatus | null>(null);

  /** Has the background write every note and the backup now; the status item (watched below) says how it went. */
  const write = async () => {
    const r = await sendToBackground('writeFolder', {});
    if (!r.ok) throw new Error(r.reason);
    setStatus(r.status);
  };

  useEffect(() => {
    void folderProfileId(localStorage.getItem(LEGACY_PROFILE_KEY)).catch(() => undefined);
    void loadFolderHandle<Handle>()
      .then((h) => h && setHandle(h))
      .catch(() => undefined);
    void loadFolderStatus()
      .then(setStatus)
      .catch(() => undefined);
    return watchFolderStatus(setStatus);
  }, []);

  const choose = async () => {
    try {
      const h = await pickFolder();
      await saveFolderHandle(h);
      setHandle(h);
      // A folder another machine already writes: take its notes in first, so this machine's write adds to them.
      await importFrom(h);
      await write();
    } catch (err) {
      onDone(err instanceof Error ? err.message : String(err));
    }
  };
  /** The reader's click re-asks the browser (requestPermission needs a page and a gesture); then write at once. */
  const allow = async () => {
    try {
      if (handle?.requestPermission && (await handle.requestPermission({ mode: 'readwrite' })) === 'granted')
        await write();
    } catch (err) {
      onDone(err instanceof Error ? err.message : String(err));
    }
  };
  const stalled = status?.state === 'needs-permission' ? status : null;
  /**
   * Merges the newest backup of every profile in the folder into the store: new and newer notes come in, deletions
   * made elsewhere apply (a note deleted there after its last edit here goes). Returns false when there is none.
   */
  const importFrom = async (h: Handle): Promise<boolean> => {
    const backups = await readNewestBackups(h);
    if (backups.length === 0) return false;
    const { annotations } = await source.everything();
    const incoming = backups.map((b) => readImportFile(b.text, { now: () => new Date() }));
    const deletions = backups.flatMap((b) => tombstonesOf(b.text));
    const merged = mergeByNewest(
      annotations,
      incoming.flatMap((r) => r.annotations),
      { local: await tombstones(), incoming: deletions },
      () => new Date(),
    );
    const known = new Set(annotations.map((a) => a.id));
    const fresh = merged.toStore.filter((a) => !known.has(a.id));
    const r = await sendToBackground('importRecords', {
      articles: articlesToImport(
        incoming.flatMap((i) => i.articles),
        merged,
      ),
      annotations: fresh,
    });
    if (!r.ok) throw new Error(r.reason);
    for (const a of merged.toStore.filter((x) => known.has(x.id)))
      await sendToBackground('saveAnnotation', { annotation: a });
    let message = t('vaultImported', merged.added, merged.updated, merged.unchanged);
    if (merged.refused > 0) message += ` ${t('vaultRefused', merged.refused)}`;
    if (merged.toRemember.length > 0) {
      const applied = await sendToBackground('applyDeletions', { tombstones: merged.toRemember });
      if (!applied.ok) throw new Error(applied.reason);
      if (applied.deleted + applied.articles > 0) message += ` ${t('vaultDeleted', applied.deleted, applied.articles)}`;
    }
    onDone(message);
    return true;
  };
  const importFolder = async () => {
    try {
      if (handle && !(await importFrom(handle))) onDone(t('vaultNoBackup'));
    } catch (err) {
      onDone(err instanceof Error ? err.message : String(err));
    }
  };

  const privateMode = new URLSearchParams(location.search).get('vault') === 'private';
  return (
    <section class="lib-panel" aria-labelledby="vault-h" data-testid="vault">
      <h2 id="vault-h" class="section-title">
        {t('vaultTitle')}
      </h2>
      {!supported && !privateMode ? (
        <BackupPanel source={source} onDone={onDone} />
      ) : (
        <>
          <p class="small muted">{handle ? t('vaultFolder', handle.name || '/') : t('vaultHelp')}</p>
          {stalled && (
            <div role="alert" data-testid="folder-permission">
              <p>{t('folderNeedsPermission', stalled.folder ?? handle?.name ?? '')}</p>
              <button type="button" class="btn primary" onClick={() => void allow()}>
                {t('vaultAllow', stalled.folder ?? handle?.name ?? '')}
              </button>
            </div>
          )}
          {status?.state === 'failed' && <p role="alert">{t('folderFailed', status.reason ?? '')}</p>}
          <div class="row">
            <button type="button" class="btn" onClick={() => void choose()}>
              {t('vaultChoose')}
            </button>
            {handle && (
              <button
                type="button"
                class="btn"
                onClick={() => void write().catch((e: unknown) => onDone(e instanceof Error ? e.message : String(e)))}
              >
                {t('vaultWriteNow')}
              </button>
            )}
            {handle && (
              <button type="button" class="btn" onClick={() => void importFolder()}>
                {t('vaultImport')}
              </button>
            )}
          </div>
          {status?.state === 'ok' && (
            <p class="small" role="status">
              {t('vaultWritten', status.writtenCount, status.unchanged)}
              {status.sideFiles.map((s) => (
                <span key={s.side}>
                  <br />
                  {t('vaultSideFile', s.file, s.side)}
                </span>
              ))}
            </p>
          )}
        </>
      )}
    </section>
  );
}
