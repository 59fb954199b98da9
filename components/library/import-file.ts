// One file's import from its bytes to the store, with no browser glue: read the text, validate it with the import
// registry (core/import), write the records in one transaction (import-in-page.ts). The import worker runs it
// (import-worker.ts), so the page stays answering while a large file is parsed; the page runs it where no worker starts.
import { readImportFile, type ImportFormat, type RejectedRecord } from '../../core/import';
import type { ColorId } from '../../core/types';
import { importInPage, type ImportProgress } from './import-in-page';

/** What the import is doing: reading and validating the file, then its records written, then the commit. */
export type FileImportProgress = { phase: 'reading' } | ImportProgress;

export type FileImportOutcome =
  | {
      ok: true;
      imported: number;
      duplicates: number;
      format: ImportFormat;
      rejected: RejectedRecord[];
      /** The articles the import touched, for the background to repaint their tabs. */
      articleKeys: string[];
    }
  | { ok: false; reason: string }
  | { ok: false; cancelled: true };

export interface FileImportOptions {
  defaultColor: ColorId;
  onProgress(progress: FileImportProgress): void;
  /** Aborting it cancels the import; nothing of it is kept (the write's transaction is aborted). */
  signal: AbortSignal;
  /**
   * Called once the file is read and validated, before anything is written; the write starts when it resolves
   * (the worker asks the page here, so that a Cancel the page has already carried out cannot be followed by a write).
   */
  beforeWrite?: () => Promise<void>;
  /** The IndexedDB to write to (the context's own; tests pass fake-indexeddb's). */
  factory?: IDBFactory;
}

/**
 * Imports `file`: resolves with what was imported, `{ ok: false, cancelled: true }` when `signal` aborted it before
 * the commit (nothing written), or `{ ok: false, reason }` when the file cannot be used or the write failed (nothing
 * written either). Never rejects.
 */
export async function importFile(
  file: Blob,
  { defaultColor, onProgress, signal, beforeWrite, factory }: FileImportOptions,
): Promise<FileImportOutcome> {
  const cancelled: FileImportOutcome = { ok: false, cancelled: true };
  try {
    onProgress({ phase: 'reading' });
    const text = await file.text();
    if (signal.aborted) return cancelled;
    const report = readImportFile(text, {
      now: () => new Date(),
      newId: () => `urn:uuid:${crypto.randomUUID()}`,
      defaultColor,
    });
    await beforeWrite?.();
    let articleKeys: string[] = [];
    const written = await importInPage(report, {
      onProgress,
      signal,
      ...(factory ? { factory } : {}),
      announce: async (keys) => {
        articleKeys = keys;
      },
    });
    if (!written.ok) return 'cancelled' in written ? cancelled : { ok: false, reason: written.reason };
    return {
      ok: true,
      imported: written.imported,
      duplicates: written.duplicates,
      format: report.format,
      rejected: report.rejected,
      articleKeys,
    };
  } catch (err) {
    if (signal.aborted) return cancelled;
    return { ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
}
