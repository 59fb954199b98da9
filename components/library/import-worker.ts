// The library page's import worker: reads, validates and writes one import file off the page's thread, so the page
// keeps painting the progress bar and answering Cancel while a 60 MB file is parsed (7-16 s at 100,000 highlights,
// during which the page used to be frozen). Started by import-off-page.ts; the messages are typed there.
import { importFile } from './import-file';
import type { ImportWorkerReply, ImportWorkerRequest } from './import-off-page';

/** The worker's side of postMessage (the DOM lib types `self` as a window). */
const scope = self as unknown as {
  postMessage(message: ImportWorkerReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ImportWorkerRequest>) => void): void;
};

const controller = new AbortController();
let writeAllowed: (() => void) | null = null;

scope.addEventListener('message', ({ data }) => {
  if (data.type === 'cancel') controller.abort();
  else if (data.type === 'write') writeAllowed?.();
  else if (data.type === 'start')
    void importFile(data.file, {
      defaultColor: data.defaultColor,
      signal: controller.signal,
      onProgress: (progress) => scope.postMessage({ type: 'progress', progress }),
      // Nothing is written before the page says so: a page that cancelled while the file was parsed has ended
      // this worker instead, so a write can never follow a Cancel the reader saw carried out.
      beforeWrite: () =>
        new Promise<void>((resolve) => {
          writeAllowed = resolve;
          scope.postMessage({ type: 'parsed' });
        }),
    }).then((outcome) => scope.postMessage({ type: 'done', outcome }));
});
