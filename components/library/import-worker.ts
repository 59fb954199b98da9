// The library page's import worker: reads, validates and writes one import file off the page's thread, so the page
// keeps painting the progress bar and answering Cancel while a 60 MB file is parsed (7-16 s at 100,000 highlights,
// during which the page used to be frozen). Started by import-off-page.ts, which types the messages.
import { serveImport, type ImportWorkerScope } from './import-serve';

serveImport(self as unknown as ImportWorkerScope);
