// The folder the reader owns, in the library: choose it (File System Access API), and Lede keeps one Markdown
// note per annotated article there, updated within seconds of a change, plus a dated JSON-LD backup; "Import from
// folder" merges the newest backup back by annotation id, deletions included. The handle is kept in the store's
// `handles` (handles cannot travel in messages); when the browser asks again for permission, a button says so.
// Firefox has no such API: the scheduled backup into the downloads folder stands in (BackupPanel).
import { useEffect, useRef, useState } from 'preact/hooks';
import { articleToMarkdown } from '../../core/export';
import { readImportFile } from '../../core/import';
import {
  articlesToImport,
  backupText,
  mergeByNewest,
  readNewestBackups,
  tombstonesOf,
  writeVault,
  type Tombstone,
  type VaultDirectory,
  type VaultReport,
} from '../../core/vault';
import type { Extraction } from '../../core/types';
import { t } from '../../lib/i18n';
import { onBroadcast, sendToBackground } from '../../lib/messaging';
import { BackupPanel } from './BackupPanel';
import type { ExportSource } from './ExportButtons';
import { loadFolderHandle, saveFolderHandle } from './folder-handle';

/** Changes are written this long after the last one, so a burst of highlights is one write. */
const WRITE_DELAY_MS = 1_500;

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

/** This profile's name in the folder's backups, made once: two machines syncing one folder never overwrite each other. */
function profileId(): string {
  let id = localStorage.getItem('lede-vault-profile');
  if (!id) localStorage.setItem('lede-vault-profile', (id = crypto.randomUUID().replace(/-/g, '').slice(0, 12)));
  return id;
}

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
  const [needsPermission, setNeedsPermission] = useState(false);
  const [last, setLast] = useState<VaultReport | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  /** Writes every article's note, or only `articleKey`'s (a change to one article); the backup always whole. */
  const write = async (h: Handle, articleKey?: string | null) => {
    if (h.queryPermission && (await h.queryPermission({ mode: 'readwrite' })) !== 'granted')
      return setNeedsPermission(true);
    setNeedsPermission(false);
    const { articles, annotations } = await source.everything();
    const keys = articleKey ? [articleKey] : [...new Set(annotations.map((a) => a.articleKey))];
    const extractions = new Map<string, Extraction>();
    for (const k of keys.slice(0, 200)) {
      const ex = await source.extractionOf(k);
      if (ex) extractions.set(k, ex);
    }
    const now = () => new Date();
    const input = { articles, annotations, extractions };
    const scope = articleKey ? { kind: 'articles' as const, keys: [articleKey] } : undefined;
    setLast(
      await writeVault(
        h,
        { ...input, scope },
        { now, render: articleToMarkdown, backup: backupText(input, now, await tombstones()), profile: profileId() },
      ),
    );
  };

  useEffect(() => {
    void loadFolderHandle<Handle>()
      .then((h) => h && setHandle(h))
      .catch(() => undefined);
  }, []);
  useEffect(() => {
    if (!handle) return;
    const pending = new Set<string | null>();
    return onBroadcast('annotationsChanged', ({ articleKey }) => {
      pending.add(articleKey);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        // One article changed: write its note only; anything else (imports, several articles): all notes.
        const keys = [...pending];
        pending.clear();
        void write(handle, keys.length === 1 ? keys[0] : null).catch((err: unknown) => onDone(String(err)));
      }, WRITE_DELAY_MS);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [handle]);

  const choose = async () => {
    try {
      const h = await pickFolder();
      await saveFolderHandle(h).catch(() => undefined);
      setHandle(h);
      // A folder another machine already writes: take its notes in first, so this machine's write adds to them.
      await importFrom(h);
      await write(h);
    } catch (err) {
      onDone(err instanceof Error ? err.message : String(err));
    }
  };
  const allow = async () => {
    if (handle?.requestPermission && (await handle.requestPermission({ mode: 'readwrite' })) === 'granted')
      await write(handle);
  };
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
          {needsPermission && (
            <p role="alert">
              <button type="button" class="btn primary" onClick={() => void allow()}>
                {t('vaultAllow', handle?.name ?? '')}
              </button>
            </p>
          )}
          <div class="row">
            <button type="button" class="btn" onClick={() => void choose()}>
              {t('vaultChoose')}
            </button>
            {handle && (
              <button
                type="button"
                class="btn"
                onClick={() => void write(handle).catch((e: unknown) => onDone(String(e)))}
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
          {last && (
            <p class="small" role="status">
              {t('vaultWritten', last.written.length, last.unchanged)}
              {last.sideFiles.map((s) => (
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
