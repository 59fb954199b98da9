// The import worker's side of the conversation with the page (import-off-page.ts): start, the page's go-ahead to
// write once the file is read, Cancel. Apart from the worker's entry so tests can hold both ends.
import { importFile } from './import-file';
import type { ImportWorkerReply, ImportWorkerRequest } from './import-off-page';

/** What the import needs of a worker's global scope. */
export interface ImportWorkerScope {
  postMessage(message: ImportWorkerReply): void;
  addEventListener(type: 'message', listener: (event: { data: ImportWorkerRequest }) => void): void;
}

/**
 * Answers one import on `scope`: on `start`, reads and validates the file, tells `parsed` and waits for `write`
 * before writing anything, and ends with `done`; `cancel` aborts the write (nothing is kept). The page ends a worker
 * it cancels before `write`, so a write can never follow a Cancel the reader saw carried out.
 */
export function serveImport(scope: ImportWorkerScope, factory?: IDBFactory): void {
  const controller = new AbortController();
  let writeAllowed: (() => void) | null = null;
  scope.addEventListener('message', ({ data }) => {
    if (data.type === 'cancel') controller.abort();
    else if (data.type === 'write') writeAllowed?.();
    else if (data.type === 'start')
      void importFile(data.file, {
        defaultColor: data.defaultColor,
        signal: controller.signal,
        ...(factory ? { factory } : {}),
        onProgress: (progress) => scope.postMessage({ type: 'progress', progress }),
        beforeWrite: () =>
          new Promise<void>((resolve) => {
            writeAllowed = resolve;
            scope.postMessage({ type: 'parsed' });
          }),
      }).then((outcome) => scope.postMessage({ type: 'done', outcome }));
  });
}
