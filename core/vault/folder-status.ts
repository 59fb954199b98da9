// What the background last did with the reader's folder, kept so every page can say it: written, waiting for the
// reader to allow writing again (the browser withdrew the permission), or failed and why. Pure: the shape and its
// repair; the browser side (storage.local) is lib/folder-status.ts.
import type { VaultReport } from './write-vault';

export type FolderState =
  /** No folder chosen (or the store has no handle). */
  | 'none'
  /** The last write went through. */
  | 'ok'
  /** The browser no longer lets Lede write there: a page must ask again, with the reader's click. */
  | 'needs-permission'
  /** The last write failed for another reason (`reason`). */
  | 'failed';

export interface FolderStatus {
  state: FolderState;
  /** The folder's name as the browser gives it, for the prompt ("Allow Lede to write to “Notes” again"). */
  folder: string | null;
  /** When the background last tried (ISO). */
  at: string | null;
  /** When a write last went through (ISO): its backup carries every deletion known then. */
  lastWrite: string | null;
  /** What the last write that went through did: how many notes it wrote, the first names of them. */
  writtenCount: number;
  written: string[];
  unchanged: number;
  sideFiles: VaultReport['sideFiles'];
  /** Why the last write failed, in words a reader can act on; null unless `state` is 'failed'. */
  reason: string | null;
}

export const NO_FOLDER: FolderStatus = {
  state: 'none',
  folder: null,
  at: null,
  lastWrite: null,
  writtenCount: 0,
  written: [],
  unchanged: 0,
  sideFiles: [],
  reason: null,
};

/** Names of written notes kept in the status (storage.local is small; the count says how many there were). */
export const MAX_NAMES = 100;
const count = (x: unknown): number => (typeof x === 'number' && Number.isFinite(x) && x >= 0 ? Math.floor(x) : 0);
const STATES: readonly FolderState[] = ['none', 'ok', 'needs-permission', 'failed'];
const iso = (x: unknown): string | null => (typeof x === 'string' && !Number.isNaN(Date.parse(x)) ? x : null);
const str = (x: unknown, max: number): string | null => (typeof x === 'string' ? x.slice(0, max) : null);

/** Repairs a status read from storage (older, hand-edited or missing) so pages can trust it. */
export function normalizeFolderStatus(raw: unknown): FolderStatus {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof FolderStatus, unknown>>;
  const sideFiles = Array.isArray(r.sideFiles)
    ? r.sideFiles
        .filter(
          (s): s is VaultReport['sideFiles'][number] =>
            !!s &&
            typeof s.file === 'string' &&
            typeof s.side === 'string' &&
            (s.reason === 'edited' || s.reason === 'foreign'),
        )
        .slice(0, 1_000)
        .map((s) => ({ file: s.file, side: s.side, reason: s.reason }))
    : [];
  return {
    state: STATES.find((s) => s === r.state) ?? 'none',
    folder: str(r.folder, 500),
    at: iso(r.at),
    lastWrite: iso(r.lastWrite),
    writtenCount: count(r.writtenCount),
    written: Array.isArray(r.written)
      ? r.written.filter((w): w is string => typeof w === 'string').slice(0, MAX_NAMES)
      : [],
    unchanged: count(r.unchanged),
    sideFiles,
    reason: r.state === 'failed' ? (str(r.reason, 1_000) ?? 'The folder could not be written.') : null,
  };
}
