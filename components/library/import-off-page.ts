// Starts an import file's import in a worker (import-worker.ts) and carries the page's Cancel to it: while the file
// is read, by ending the worker at once (it writes nothing before the page allows it); once records are being
// written, by aborting its transaction (nothing is kept). Where no worker can be started, imports in the page.
import type { ColorId } from '../../core/types';
import { importFile, type FileImportOutcome, type FileImportProgress } from './import-file';

/** Page → worker. */
export type ImportWorkerRequest =
  | { type: 'start'; file: Blob; defaultColor: ColorId }
  | { type: 'write' }
  | { type: 'cancel' };

/** Worker → page. `parsed`: the file is read and valid; the worker waits for `write` before writing anything. */
export type ImportWorkerReply =
  | { type: 'progress'; progress: FileImportProgress }
  | { type: 'parsed' }
  | { type: 'done'; outcome: FileImportOutcome };

export interface RunningImport {
  /** Resolves with the outcome (never rejects). */
  done: Promise<FileImportOutcome>;
  /** Cancels the import if it has not begun committing; nothing of it is kept. */
  cancel(): void;
}

export interface StartImportOptions {
  defaultColor: ColorId;
  onProgress(progress: FileImportProgress): void;
  /** Starts the worker (tests and browsers without module workers pass another, or one that throws). */
  newWorker?: () => Worker;
}

const defaultWorker = () => new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });

/** Imports `file` off the page's thread where a worker starts, else in the page (which then freezes while parsing). */
export function startImport(file: Blob, { defaultColor, onProgress, newWorker = defaultWorker }: StartImportOptions) {
  let worker: Worker;
  try {
    worker = newWorker();
  } catch {
    return importInThisPage(file, defaultColor, onProgress);
  }
  let writing = false;
  let settled = false;
  let finish!: (outcome: FileImportOutcome) => void;
  const done = new Promise<FileImportOutcome>((resolve) => {
    finish = (outcome) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      resolve(outcome);
    };
  });
  const send = (message: ImportWorkerRequest) => worker.postMessage(message);
  worker.addEventListener('message', ({ data }: MessageEvent<ImportWorkerReply>) => {
    if (settled) return;
    if (data.type === 'progress') onProgress(data.progress);
    else if (data.type === 'parsed') {
      writing = true;
      send({ type: 'write' });
    } else finish(data.outcome);
  });
  // A worker that could not load or died: nothing it wrote was committed unless it said so (`done`).
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    finish({ ok: false, reason: event.message || 'the import stopped unexpectedly' });
  });
  send({ type: 'start', file, defaultColor });
  return {
    done,
    cancel() {
      if (settled) return;
      // Still reading: the worker has written nothing and will write nothing without our `write`; end it now.
      if (!writing) finish({ ok: false, cancelled: true });
      else send({ type: 'cancel' });
    },
  } satisfies RunningImport;
}

/** The same import on the page's own thread. */
function importInThisPage(
  file: Blob,
  defaultColor: ColorId,
  onProgress: (progress: FileImportProgress) => void,
): RunningImport {
  const controller = new AbortController();
  return {
    done: importFile(file, { defaultColor, onProgress, signal: controller.signal }),
    cancel: () => controller.abort(),
  };
}
