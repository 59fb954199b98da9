// The library page's own import write (components/library/import-in-page.ts) over fake-indexeddb: the bar counts
// records to the total before the commit, a Cancel during the write keeps nothing, and only a committed import
// tells the background which articles to repaint.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { importInPage, type ImportProgress } from '../../components/library/import-in-page';
import { generateLibrary } from '../fixtures/library/synthetic-library';
import { storedRecords } from '../fixtures/library/stored-records';

describe('import written by the library page', () => {
  it('counts records up to the total, commits them all, and announces the articles it touched', async () => {
    const library = generateLibrary(600, 10, 'page');
    const factory = new IDBFactory();
    const seen: ImportProgress[] = [];
    const announced: string[][] = [];
    const outcome = await importInPage(library, {
      factory,
      signal: new AbortController().signal,
      onProgress: (p) => seen.push(p),
      announce: async (keys) => announced.push(keys),
    });
    expect(outcome).toEqual({ ok: true, imported: 6_000, duplicates: 0, articles: 600 });
    const done = seen.filter((p) => p.phase === 'writing').map((p) => p.done);
    expect(done[0]).toBe(0);
    expect(done.length).toBeGreaterThan(2);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(seen.slice(-2)).toEqual([
      { phase: 'writing', done: 6_600, total: 6_600 },
      { phase: 'committing', done: 6_600, total: 6_600 },
    ]);
    const after = await storedRecords(factory);
    expect(after.annotations).toHaveLength(6_000);
    expect(after.articles).toHaveLength(600);
    expect(announced).toHaveLength(1);
    expect(new Set(announced[0])).toEqual(new Set(library.articles.map((a) => a.key)));

    // The same file again: nothing new, every highlight counted as already there.
    const again = await importInPage(library, {
      factory,
      signal: new AbortController().signal,
      onProgress: () => undefined,
      announce: async () => undefined,
    });
    expect(again).toEqual({ ok: true, imported: 0, duplicates: 6_000, articles: 0 });
  });

  it('a Cancel while records are being written keeps none of them and announces nothing', async () => {
    const library = generateLibrary(600, 10, 'cancelled');
    const factory = new IDBFactory();
    const controller = new AbortController();
    let announced = false;
    const outcome = await importInPage(library, {
      factory,
      signal: controller.signal,
      // Cancel once part of the file is in the transaction, as a reader's click would.
      onProgress: (p) => {
        if (p.phase === 'writing' && p.done > 0) controller.abort();
      },
      announce: async () => {
        announced = true;
      },
    });
    expect(outcome).toMatchObject({ ok: false, cancelled: true });
    expect(await storedRecords(factory)).toEqual({ articles: [], annotations: [] });
    expect(announced).toBe(false);
  });

  it('a record the database refuses fails the whole import with a reason, keeping nothing', async () => {
    const library = generateLibrary(50, 10, 'refused');
    // A key IndexedDB cannot store: the write of this one record fails inside the transaction.
    const broken = { ...library.annotations[300]!, id: {} as unknown as string };
    const factory = new IDBFactory();
    const outcome = await importInPage(
      { articles: library.articles, annotations: [...library.annotations, broken] },
      { factory, signal: new AbortController().signal, onProgress: () => undefined, announce: async () => undefined },
    );
    expect(outcome.ok).toBe(false);
    expect(outcome).toMatchObject({ reason: expect.stringContaining('Nothing was imported') });
    expect(await storedRecords(factory)).toEqual({ articles: [], annotations: [] });
  });
});
