// Store faults with nothing lost: storage quota exceeded, an upgrade blocked by another open connection, corrupt
// records, an upgrade from every earlier schema version with data, two writers on one article, and imports of
// broken files. Runs on fake-indexeddb; each test gets a fresh factory.
import { IDBFactory, IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { exportCsv, exportHtml, exportJsonLdText, exportMarkdown } from '../../core/export';
import { ImportFileError, readImportFile } from '../../core/import';
import { LibraryIndex } from '../../core/search';
import { readRecentArticles } from '../../core/search/first-page';
import { DB_NAME, DB_VERSION, LedeStore, MIGRATIONS, openLedeDb, StoreWriteError } from '../../core/store';
import type { Annotation, ArticleRecord } from '../../core/types';
import { putRawAnnotation } from '../fixtures/store/raw-notes';
import { mutateString, prng } from './mutate';

const clock = () => new Date('2026-03-01T12:00:00.000Z');
const KEY = 'https://news.example/2026/story';
const SEEN = '2026-02-01T00:00:00.000Z';

function note(n: number, over: Partial<Annotation> = {}): Annotation {
  return {
    id: `urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    articleKey: KEY,
    target: {
      source: KEY,
      selector: [
        { type: 'TextQuoteSelector', exact: `passage ${n}`, prefix: 'before ', suffix: ' after' },
        { type: 'TextPositionSelector', start: n * 10, end: n * 10 + 9 },
      ],
    },
    body: { note: `note ${n}`, tags: ['t'], color: 'yellow' },
    created: SEEN,
    modified: SEEN,
    ...over,
  };
}

const articleRecord: ArticleRecord = {
  key: KEY,
  url: KEY,
  title: 'Story',
  byline: null,
  siteName: 'News',
  publishedTime: null,
  lang: 'en',
  firstSeen: SEEN,
  lastSeen: SEEN,
};

async function freshStore(factory = new IDBFactory()) {
  const db = await openLedeDb(factory);
  const store = new LedeStore(db, clock);
  await store.importRecords([articleRecord], [note(1), note(2), note(3)]);
  return { factory, db, store };
}

/** Everything the reader has, for before/after comparisons. */
async function snapshot(store: LedeStore) {
  return { articles: await store.listArticles(), annotations: await store.allAnnotations() };
}

const patches: (() => void)[] = [];
afterEach(() => {
  while (patches.length) patches.pop()!();
});

/** Makes every write after the first `allowed` ones fail as a full disk does, until the test ends. */
function fillQuota(allowed = 0) {
  const proto = FakeObjectStore.prototype as unknown as Record<'put' | 'add', (...a: unknown[]) => unknown>;
  const original = { put: proto.put, add: proto.add };
  let writes = 0;
  for (const method of ['put', 'add'] as const) {
    proto[method] = function (this: unknown, ...args: unknown[]) {
      if (++writes > allowed) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original[method].apply(this, args);
    };
  }
  const restore = () => Object.assign(proto, original);
  patches.push(restore);
  return restore;
}

describe('storage quota exceeded', () => {
  it('a save fails with a message the reader can act on, nothing stored is lost, and saving works once space is freed', async () => {
    const { store } = await freshStore();
    const before = await snapshot(store);
    const restore = fillQuota();
    const err = await store.saveAnnotation(note(9)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreWriteError);
    expect((err as StoreWriteError).reason).toMatch(/storage for Lede is full.*Export/);
    await expect(store.recordArticle({ ...articleRecord, title: 'New title' })).rejects.toThrow(/full/);
    expect(await snapshot(store)).toEqual(before);
    restore();
    await store.saveAnnotation(note(9));
    expect((await store.allAnnotations()).map((a) => a.body.note)).toContain('note 9');
  });

  it('an import that runs out of space half-way keeps none of it', async () => {
    const { store } = await freshStore();
    const before = await snapshot(store);
    // One write allowed: the new article is written, its annotations' pack (the second write) is refused.
    fillQuota(1);
    const incoming = Array.from({ length: 10 }, (_, i) => note(100 + i));
    await expect(
      store.importRecords(
        [{ ...articleRecord, key: 'https://other.example/a', url: 'https://other.example/a' }],
        incoming,
      ),
    ).rejects.toThrow(/Nothing was imported.*full/);
    expect(await snapshot(store)).toEqual(before);
  });
});

describe('database blocked and upgraded', () => {
  it('an upgrade blocked by an old connection that will not close reports it, then completes with the data once it closes', async () => {
    const factory = new IDBFactory();
    const v1 = await openLedeDb(factory, { version: 1 });
    await v1.put('annotations', note(1));
    v1.close();
    // Another context (an old extension page, a stuck tab) holds version 1 open and ignores versionchange.
    const stuck = await new Promise<IDBDatabase>((ok, fail) => {
      const r = factory.open(DB_NAME, 1);
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    let blocked = 0;
    const opening = openLedeDb(factory, { onBlocked: () => blocked++ });
    await new Promise((ok) => setTimeout(ok, 50));
    expect(blocked).toBe(1);
    stuck.close();
    const db = await opening;
    expect(db.version).toBe(DB_VERSION);
    expect((await new LedeStore(db, clock).listAnnotations(KEY)).map((a) => a.id)).toEqual([note(1).id]);
    db.close();
  });

  it('Lede’s own older connection steps aside for an upgrade instead of blocking it', async () => {
    const factory = new IDBFactory();
    const old = await openLedeDb(factory, { version: 1 });
    await old.put('annotations', note(1));
    let blocked = 0;
    const db = await openLedeDb(factory, { onBlocked: () => blocked++ });
    expect(db.version).toBe(DB_VERSION);
    expect(blocked).toBe(0);
    expect(await new LedeStore(db, clock).allAnnotations()).toHaveLength(1);
    db.close();
  });

  it('a database from a newer Lede (downgrade) is refused with a StoreOpenError, not a crash, and its data stays', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((ok) => {
      const r = factory.open(DB_NAME, DB_VERSION + 1);
      r.onupgradeneeded = () => r.result.createObjectStore('annotations', { keyPath: 'id' }).put(note(1));
      r.onsuccess = () => {
        r.result.close();
        ok();
      };
    });
    await expect(openLedeDb(factory)).rejects.toThrow(/could not open the notes database: VersionError/);
  });

  // One case per earlier version: open it at that version, fill it as that version could, upgrade to today's.
  for (let from = 1; from < DB_VERSION; from++) {
    it(`upgrades from schema v${from} with data in it and keeps every record`, async () => {
      const factory = new IDBFactory();
      const old = await openLedeDb(factory, { version: from });
      const stored = Array.from({ length: 50 }, (_, i) =>
        note(i + 1, { body: { note: `n${i}`, tags: [`tag${i % 3}`], color: i % 2 ? 'green' : 'yellow' } }),
      );
      if (from < 5) {
        const tx = old.transaction(['articles', 'annotations'], 'readwrite');
        await tx.objectStore('articles').put(articleRecord);
        for (const a of stored) await tx.objectStore('annotations').put(a);
        await tx.done;
      } else {
        // v5 packs an article's annotations in one record, with their ids for its unique `ids` index.
        const tx = old.transaction(['articles', 'notes'], 'readwrite');
        await tx.objectStore('articles').put(articleRecord);
        const pack = { articleKey: KEY, annotations: stored, ids: stored.map((a) => a.id) };
        await tx.objectStore('notes').put(pack);
        await tx.done;
      }
      old.close();

      const db = await openLedeDb(factory);
      expect(db.version).toBe(DB_VERSION);
      const store = new LedeStore(db, clock);
      expect(await store.listAnnotations(KEY)).toEqual(stored);
      expect(await store.getArticle(KEY)).toEqual(articleRecord);
      // Indexes added by later versions cover the old records.
      if (db.objectStoreNames.contains('annotations')) {
        expect(await db.countFromIndex('annotations', 'tags', 'tag1')).toBe(
          stored.filter((a) => a.body.tags[0] === 'tag1').length,
        );
      }
      expect((await readRecentArticles(db, 10)).annotations).toHaveLength(50);
      db.close();
    });
  }

  it('every migration is listed: MIGRATIONS.length is the current version', () => {
    expect(MIGRATIONS).toHaveLength(DB_VERSION);
  });
});

describe('corrupt records', () => {
  /** Records no Lede version wrote: half-written, from a buggy build, or edited by hand in DevTools. */
  const corrupt: Record<string, unknown> = {
    'no target': { ...note(50), target: undefined },
    'no body': { ...note(51), body: null },
    'selector not a list': { ...note(52), target: { source: KEY, selector: 'x' } },
    'numbers for strings': { ...note(53), body: { note: 7, tags: 'a,b', color: 42 }, created: 0, modified: null },
  };

  async function storeWithCorruption() {
    const { db, store } = await freshStore();
    for (const [i, record] of Object.values(corrupt).entries()) {
      await putRawAnnotation(
        db,
        { ...(record as Annotation), id: `urn:uuid:00000000-0000-4000-8000-0000000009${String(i).padStart(2, '0')}` },
        KEY,
      );
    }
    await db.put('articles', {
      ...articleRecord,
      key: 'https://news.example/broken',
      title: null as unknown as string,
      lastSeen: 5 as unknown as string,
    });
    return { db, store };
  }

  it('the good records are still listed, recent articles still load, and new saves still work', async () => {
    const { db, store } = await storeWithCorruption();
    const notes = (await store.listAnnotations(KEY)).map((a) => a.body?.note);
    expect(notes).toEqual(expect.arrayContaining(['note 1', 'note 2', 'note 3']));
    expect((await readRecentArticles(db, 10)).annotations.length).toBeGreaterThanOrEqual(3);
    await store.saveAnnotation(note(4));
    expect(await store.getAnnotation(note(4).id)).toEqual(note(4));
    await store.deleteArticle('https://news.example/broken');
  });

  it('every export still produces a file that carries the good notes', async () => {
    const { store } = await storeWithCorruption();
    const input = { articles: await store.listArticles(), annotations: await store.allAnnotations() };
    const outputs: Record<string, () => string> = {
      markdown: () => exportMarkdown(input, clock),
      jsonld: () => exportJsonLdText(input, clock),
      csv: () => exportCsv(input),
      html: () => exportHtml(input, clock),
    };
    const failures: string[] = [];
    for (const [name, run] of Object.entries(outputs)) {
      try {
        const text = run();
        for (const n of ['note 1', 'note 2', 'note 3']) if (!text.includes(n)) failures.push(`${name} lost ${n}`);
      } catch (err) {
        failures.push(`${name} threw ${String(err)}`);
      }
    }
    expect(failures).toEqual([]);
  });
  it('the notes library still indexes and finds the good notes', async () => {
    const { store } = await storeWithCorruption();
    const index = new LibraryIndex(await store.listArticles(), await store.allAnnotations());
    index.buildIndex();
    const found = index.search({ text: 'note', sort: 'relevance' });
    expect(found.map((r) => r.summary.article.key)).toContain(KEY);
  });
});

describe('two writers on the same article at once', () => {
  it('two connections (two tabs) saving different notes on one article, interleaved: every note is kept', async () => {
    const { factory, store: a } = await freshStore();
    const b = new LedeStore(await openLedeDb(factory), clock);
    const writes: Promise<unknown>[] = [];
    for (let i = 0; i < 40; i++) {
      const store = i % 2 ? a : b;
      writes.push(store.saveAnnotation(note(200 + i)));
      writes.push(store.recordArticle({ ...articleRecord, title: `Story ${i}` }));
    }
    await Promise.all(writes);
    expect(await a.listAnnotations(KEY)).toHaveLength(43);
    expect(await b.listAnnotations(KEY)).toHaveLength(43);
    // The article record is whole: one of the titles written, first-seen kept from the first visit.
    const record = await a.getArticle(KEY);
    expect(record?.title).toMatch(/^Story \d+$/);
    expect(record?.firstSeen).toBe(SEEN);
  });

  it('two tabs editing the same note at once: the stored note is one whole version, never a mix', async () => {
    const { factory, store: a } = await freshStore();
    const b = new LedeStore(await openLedeDb(factory), clock);
    const fromA = note(1, {
      body: { note: 'edited in tab A', tags: ['a'], color: 'green' },
      modified: '2026-03-01T10:00:00.000Z',
    });
    const fromB = note(1, {
      body: { note: 'edited in tab B', tags: ['b'], color: 'pink' },
      modified: '2026-03-01T10:00:01.000Z',
    });
    await Promise.all([a.saveAnnotation(fromA), b.saveAnnotation(fromB)]);
    const stored = await a.getAnnotation(note(1).id);
    expect([fromA, fromB]).toContainEqual(stored);
  });

  it('a delete racing a save of another note on the same article removes only what it meant to', async () => {
    const { factory, store: a } = await freshStore();
    const b = new LedeStore(await openLedeDb(factory), clock);
    await Promise.all([a.deleteAnnotation(note(2).id), b.saveAnnotation(note(7)), a.saveAnnotation(note(8))]);
    expect((await a.listAnnotations(KEY)).map((x) => x.body.note).sort()).toEqual([
      'note 1',
      'note 3',
      'note 7',
      'note 8',
    ]);
  });
});

describe('import of broken files leaves the store untouched', () => {
  it('truncated, mutated and wrong-format files are refused before any write; the store is exactly as before', async () => {
    const { store } = await freshStore();
    const before = await snapshot(store);
    const valid = exportJsonLdText(
      { articles: [articleRecord], annotations: Array.from({ length: 5 }, (_, i) => note(300 + i)) },
      clock,
    );
    const r = prng(99);
    const files = [
      valid.slice(0, valid.length / 2),
      valid.slice(0, -1),
      '',
      'id,quote\n1,x',
      '{"type":"AnnotationCollection"}',
      ...Array.from({ length: 40 }, () => mutateString(r, valid)),
    ];
    let refused = 0;
    for (const text of files) {
      let report: ReturnType<typeof readImportFile>;
      try {
        report = readImportFile(text, { now: clock });
      } catch (err) {
        expect(err).toBeInstanceOf(ImportFileError);
        refused++;
        continue;
      }
      // A file that still parses may only add its valid records: nothing already stored changes.
      const prev = await store.allAnnotations();
      await store.importRecords(report.articles, report.annotations);
      const after = await store.allAnnotations();
      for (const old of prev) expect(after.find((a) => a.id === old.id)).toEqual(old);
      for (const added of after)
        if (!prev.some((o) => o.id === added.id)) expect(report.annotations).toContainEqual(added);
    }
    expect(refused).toBeGreaterThanOrEqual(5);
    expect(await store.getArticle(KEY)).toEqual(articleRecord);
  });

  it('a file full of invalid records imports none of them and says why for each', async () => {
    const { store } = await freshStore();
    const before = await snapshot(store);
    const bad = Array.from({ length: 20 }, (_, i) =>
      note(400 + i, {
        target: {
          source: 'javascript:alert(1)',
          selector: [{ type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' }],
        },
      }),
    );
    const report = readImportFile(exportJsonLdText({ articles: [], annotations: bad }, clock), { now: clock });
    expect(report.annotations).toEqual([]);
    expect(report.rejected).toHaveLength(20);
    for (const x of report.rejected) expect(x.reason).toMatch(/\S/);
    await store.importRecords(report.articles, report.annotations);
    expect(await snapshot(store)).toEqual(before);
  });
});
