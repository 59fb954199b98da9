// An import file's import through the worker conversation (components/library/import-off-page.ts on the page's side,
// import-serve.ts on the worker's), both ends held here over fake-indexeddb: a Hypothesis file imports whole; a
// Cancel while the file is still being read keeps nothing even though the reading goes on to the end; a Cancel
// while records are written keeps nothing; a browser that cannot start the worker imports in the page.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { FileImportProgress } from '../../components/library/import-file';
import {
  startImport,
  type ImportWorkerReply,
  type ImportWorkerRequest,
} from '../../components/library/import-off-page';
import { serveImport } from '../../components/library/import-serve';
import { generateLibrary, toHypothesisExport } from '../fixtures/library/synthetic-library';
import { storedRecords } from '../fixtures/library/stored-records';

/**
 * A worker whose other end runs `serveImport` in this thread: messages go each way a task later, and `terminate`
 * stops them as a real worker's end would (the reading it started runs on, as it cannot be stopped here).
 */
class PairedWorker {
  terminated = false;
  readonly told: ImportWorkerReply['type'][] = [];
  private readonly pageSide: ((event: { data: ImportWorkerReply }) => void)[] = [];
  private readonly workerSide: ((event: { data: ImportWorkerRequest }) => void)[] = [];

  constructor(factory: IDBFactory) {
    serveImport(
      {
        postMessage: (message) => {
          this.told.push(message.type);
          setTimeout(() => {
            if (!this.terminated) for (const l of this.pageSide) l({ data: message });
          }, 0);
        },
        addEventListener: (_type, listener) => this.workerSide.push(listener),
      },
      factory,
    );
  }
  postMessage(message: ImportWorkerRequest) {
    setTimeout(() => {
      if (!this.terminated) for (const l of this.workerSide) l({ data: message });
    }, 0);
  }
  addEventListener(type: string, listener: (event: { data: ImportWorkerReply }) => void) {
    if (type === 'message') this.pageSide.push(listener);
  }
  terminate() {
    this.terminated = true;
  }
}

function hypothesisFile(articles: number, host: string) {
  const library = generateLibrary(articles, 10, host);
  return { library, file: new Blob([toHypothesisExport(library, host)], { type: 'application/json' }) };
}

const until = async (ok: () => boolean) => {
  while (!ok()) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe('an import file imported through the worker', () => {
  it('imports every record, telling the file read, then records written of the total, then the commit', async () => {
    const factory = new IDBFactory();
    const { library, file } = hypothesisFile(200, 'whole');
    const seen: FileImportProgress[] = [];
    const run = startImport(file, {
      defaultColor: 'yellow',
      onProgress: (p) => seen.push(p),
      newWorker: () => new PairedWorker(factory) as unknown as Worker,
    });
    const outcome = await run.done;
    expect(outcome).toMatchObject({ ok: true, imported: 2_000, duplicates: 0, format: 'hypothesis', rejected: [] });
    expect(outcome.ok && new Set(outcome.articleKeys)).toEqual(new Set(library.articles.map((a) => a.key)));
    expect(seen[0]).toEqual({ phase: 'reading' });
    expect(seen.at(-1)).toEqual({ phase: 'committing', done: 2_200, total: 2_200 });
    expect((await storedRecords(factory)).annotations).toHaveLength(2_000);
  });

  it('a Cancel while the file is read keeps nothing, though the reading goes on to the end', async () => {
    const factory = new IDBFactory();
    const { file } = hypothesisFile(200, 'early');
    const worker = new PairedWorker(factory);
    // Cancelled as the page hears the worker's first progress: before the file is read (a poll of the worker's
    // messages instead could, on a loaded machine, see the reading already done and the page's go-ahead sent).
    let run: ReturnType<typeof startImport> | null = null;
    run = startImport(file, {
      defaultColor: 'yellow',
      onProgress: () => run?.cancel(),
      newWorker: () => worker as unknown as Worker,
    });
    expect(await run.done).toEqual({ ok: false, cancelled: true });
    expect(worker.terminated).toBe(true);
    // The worker's end finishes reading the file and asks to write; with no go-ahead, it writes nothing.
    await until(() => worker.told.includes('parsed'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(worker.told).not.toContain('done');
    expect(await storedRecords(factory)).toEqual({ articles: [], annotations: [] });
  });

  it('a Cancel while records are written keeps none of them', async () => {
    const factory = new IDBFactory();
    const { file } = hypothesisFile(600, 'late');
    let run: ReturnType<typeof startImport> | null = null;
    run = startImport(file, {
      defaultColor: 'yellow',
      onProgress: (p) => {
        if (p.phase === 'writing' && p.done > 0) run?.cancel();
      },
      newWorker: () => new PairedWorker(factory) as unknown as Worker,
    });
    expect(await run.done).toEqual({ ok: false, cancelled: true });
    expect(await storedRecords(factory)).toEqual({ articles: [], annotations: [] });
  });

  it('where no worker can be started, imports in the page', async () => {
    const { file } = hypothesisFile(20, 'inpage');
    const run = startImport(file, {
      defaultColor: 'yellow',
      onProgress: () => undefined,
      newWorker: () => {
        throw new Error('no module workers here');
      },
    });
    // The page's own database: the fallback writes where the page would (fake-indexeddb's global in tests).
    expect(await run.done).toMatchObject({ ok: true, imported: 200, format: 'hypothesis' });
  });
});
