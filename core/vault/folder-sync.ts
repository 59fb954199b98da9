// Keeps the reader's folder up to date from wherever the store lives (the background): changes are gathered for
// a short while and written together, only the notes of the articles that changed (the backup is always whole),
// one write at a time. Before writing it asks the handle whether writing is still allowed; when the browser has
// withdrawn the permission it records that (never a silent stop), for a page to ask the reader again.
import type { ExportInput } from '../export/bundle';
import { articleToMarkdown } from '../export/markdown';
import { backupText } from './backup-text';
import type { FolderStatus } from './folder-status';
import { MAX_NAMES, NO_FOLDER } from './folder-status';
import type { Tombstone } from './merge';
import { writeVault, type VaultDirectory } from './write-vault';

/** A burst of changes (a highlight, its colour, its note) waits this long after the last one, then is one write. */
export const FOLDER_WRITE_DELAY_MS = 2_000;

/** The folder's directory handle as stored: the File System Access API's, whose permission may lapse. */
export type FolderHandle = VaultDirectory & {
  name?: string;
  queryPermission?(options: { mode: 'readwrite' }): Promise<string>;
};

export interface FolderSyncSource {
  /** The chosen folder's handle, or null when the reader has chosen none. */
  handle(): Promise<FolderHandle | null>;
  /** Every article and note (the backup is whole), the extractions of `keys` (all when null), the tombstones. */
  read(keys: readonly string[] | null): Promise<{ input: ExportInput; tombstones: Tombstone[] }>;
  /** This profile's name in the folder's backups. */
  profile(): Promise<string>;
  loadStatus(): Promise<FolderStatus>;
  saveStatus(status: FolderStatus): Promise<void>;
  /** After a write whose backup holds every tombstone known at `readAt` (time to prune old ones). */
  afterBackup?(readAt: Date): Promise<void>;
}

export interface FolderSync {
  /** An article's notes changed (null: several or unknown, e.g. an import): write within the delay. */
  changed(articleKey: string | null): void;
  /**
   * Writes what is pending now (every note with `all`, or when nothing is pending), after any write under way;
   * resolves with the status it recorded.
   */
  flush(all?: boolean): Promise<FolderStatus>;
}

/** Errors of the File System Access API that mean "not allowed any more", not "broken". */
const PERMISSION_ERRORS = new Set(['NotAllowedError', 'SecurityError']);

export function createFolderSync(
  source: FolderSyncSource,
  options: { now: () => Date; delayMs?: number; keepBackups?: number },
): FolderSync {
  const delay = options.delayMs ?? FOLDER_WRITE_DELAY_MS;
  let pending: Set<string> | 'all' | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  async function record(base: FolderStatus, change: Partial<FolderStatus>): Promise<FolderStatus> {
    const status = { ...base, ...change, at: options.now().toISOString() };
    await source.saveStatus(status);
    return status;
  }

  async function write(keys: readonly string[] | null): Promise<FolderStatus> {
    const before = await source.loadStatus();
    const handle = await source.handle();
    if (!handle) return record(NO_FOLDER, {});
    const folder = handle.name || '/';
    try {
      if (handle.queryPermission && (await handle.queryPermission({ mode: 'readwrite' })) !== 'granted')
        return await record(before, { state: 'needs-permission', folder, reason: null });
      const readAt = options.now();
      const { input, tombstones } = await source.read(keys);
      const scope = keys ? { kind: 'articles' as const, keys: [...keys] } : undefined;
      const report = await writeVault(
        handle,
        { ...input, scope },
        {
          now: options.now,
          render: (bundle) => articleToMarkdown(bundle, input),
          backup: backupText(input, options.now, tombstones),
          profile: await source.profile(),
          keepBackups: options.keepBackups,
        },
      );
      const status = await record(before, {
        state: 'ok',
        folder,
        lastWrite: readAt.toISOString(),
        writtenCount: report.written.length,
        written: report.written.slice(0, MAX_NAMES),
        unchanged: report.unchanged,
        sideFiles: report.sideFiles,
        reason: null,
      });
      await source.afterBackup?.(readAt);
      return status;
    } catch (err) {
      const name = (err as { name?: string } | null)?.name ?? '';
      if (PERMISSION_ERRORS.has(name)) return record(before, { state: 'needs-permission', folder, reason: null });
      const reason =
        name === 'NotFoundError'
          ? `The folder “${folder}” is no longer there (moved or deleted): choose it again.`
          : `Lede could not write to the folder “${folder}”: ${err instanceof Error ? err.message : String(err)}`;
      return record(before, { state: 'failed', folder, reason });
    }
  }

  function flush(all = false): Promise<FolderStatus> {
    if (timer) clearTimeout(timer);
    timer = null;
    const what = all ? 'all' : pending;
    pending = null;
    const keys = what === 'all' || what === null ? null : [...what];
    // One write at a time: two writers could interleave a note's read and write.
    const run = queue.then(() => write(keys));
    queue = run.catch(() => undefined);
    return run;
  }

  return {
    changed(articleKey) {
      if (articleKey === null) pending = 'all';
      else if (pending !== 'all') {
        pending ??= new Set();
        pending.add(articleKey);
      }
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void flush().catch(() => undefined), delay);
    },
    flush,
  };
}
