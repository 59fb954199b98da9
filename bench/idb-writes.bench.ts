// `npm run bench idb-writes`: where an import's write time goes in real Chromium's IndexedDB, by changing one thing
// at a time. The synthetic library's records (LIB_ARTICLES articles with 10 annotations each; 3,000 by default, so
// 33,000 records) are written into a fresh database shaped like Lede's (the annotations store with its four
// indexes) in the built extension's library page, as the import writes them (requests issued without awaiting
// each). Variants, interleaved round by round so a change in the machine's load hits them all alike:
//   one transaction (the import today, the baseline); `durability: 'relaxed'`; ten transactions in turn; the
//   annotations store without indexes; the same annotations packed into one record per article (10x fewer records), and packed
//   with the unique multiEntry index on the annotation ids (schema v5's `notes` store), with a non-unique one, and
//   with no index but the note-id directory's buckets (schema v6: `notes` and `noteIds`, core/store/note-ids.ts).
// IDB_VARIANTS (names separated by ';') measures only those, e.g. the packed ones at LIB_ARTICLES=10000.
// Prints the median of ROUNDS per variant, its ratio to the first variant measured, the time to issue the requests
// (the page's share: cloning values, computing index keys), and the browser's CPU time meanwhile: all of it, and
// IndexedDB's backend ("browser / ThreadPoolForeg"), less disturbed by a loaded machine than the wall time.
// Needs `npx wxt build`; asserts nothing.
import { cpus, loadavg } from 'node:os';
import { CHROME_BUILD, launchWithExtension, type ExtensionSession } from '../scripts/lib/browser';
import { NOTE_ID_BUCKETS, noteIdBucket } from '../core/store/note-ids';
import { watchThreadCpu } from './lib/process-cpu';
import { generateLibrary } from '../tests/fixtures/library/synthetic-library';

const ROUNDS = 3;
const ALL_VARIANTS = [
  'one transaction',
  'relaxed durability',
  'ten transactions',
  'no indexes',
  'packed by article',
  'packed, ids index',
  'packed, loose ids',
  'packed, id buckets',
];
const VARIANTS = process.env.IDB_VARIANTS
  ? process.env.IDB_VARIANTS.split(';').filter((v) => ALL_VARIANTS.includes(v))
  : ALL_VARIANTS;

/** Runs in the page: writes `window.__lib` the way `variant` says, into a new database; [total ms, issue ms]. */
const WRITE = `async (variant) => {
  const lib = window.__lib;
  const name = 'bench-' + Math.random();
  const db = await new Promise((resolve, reject) => {
    const r = indexedDB.open(name, 1);
    r.onupgradeneeded = () => {
      const d = r.result;
      d.createObjectStore('articles', { keyPath: 'key' }).createIndex('lastSeen', 'lastSeen');
      const n = d.createObjectStore('annotations', { keyPath: 'id' });
      if (variant !== 'no indexes') {
        n.createIndex('articleKey', 'articleKey');
        n.createIndex('modified', 'modified');
        n.createIndex('tags', 'body.tags', { multiEntry: true });
        n.createIndex('color', 'body.color');
      }
      d.createObjectStore('packs', { keyPath: 'key' });
      d.createObjectStore('idPacks', { keyPath: 'key' }).createIndex('ids', 'ids', { unique: true, multiEntry: true });
      d.createObjectStore('loosePacks', { keyPath: 'key' }).createIndex('ids', 'ids', { multiEntry: true });
      d.createObjectStore('noteIds');
    };
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const done = (tx) => new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
  const options = variant === 'relaxed durability' ? { durability: 'relaxed' } : {};
  const t0 = performance.now();
  let issued = 0;
  if (variant.startsWith('packed')) {
    const packs = { 'packed by article': 'packs', 'packed, ids index': 'idPacks', 'packed, id buckets': 'packs' }[variant] ?? 'loosePacks';
    const buckets = variant === 'packed, id buckets';
    const tx = db.transaction(['articles', packs, 'noteIds'], 'readwrite');
    for (const a of lib.articles) tx.objectStore('articles').add(a);
    const byArticle = new Map();
    for (const n of lib.annotations) {
      const list = byArticle.get(n.articleKey) ?? [];
      list.push(n);
      byArticle.set(n.articleKey, list);
    }
    for (const [key, annotations] of byArticle)
      tx.objectStore(packs).add(buckets ? { key, annotations } : { key, annotations, ids: annotations.map((a) => a.id) });
    if (buckets) {
      // As the import fills them: id → article key, in the bucket core/store/note-ids.ts gives (computed in Node).
      const directory = Array.from({ length: lib.bucketCount }, () => new Map());
      lib.annotations.forEach((n, i) => directory[lib.bucketOf[i]].set(n.id, n.articleKey));
      directory.forEach((bucket, b) => { if (bucket.size) tx.objectStore('noteIds').add(bucket, b); });
    }
    issued = performance.now() - t0;
    await done(tx);
  } else {
    const all = [...lib.articles.map((r) => ['articles', r]), ...lib.annotations.map((r) => ['annotations', r])];
    const parts = variant === 'ten transactions' ? 10 : 1;
    const size = Math.ceil(all.length / parts);
    for (let i = 0; i < all.length; i += size) {
      const tx = db.transaction(['articles', 'annotations'], 'readwrite', options);
      const t = performance.now();
      for (const [store, record] of all.slice(i, i + size)) tx.objectStore(store).add(record);
      issued += performance.now() - t;
      await done(tx);
    }
  }
  const ms = performance.now() - t0;
  db.close();
  indexedDB.deleteDatabase(name);
  return [ms, issued];
}`;

const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[xs.length >> 1]!;

export default async function run(): Promise<void> {
  const library = generateLibrary(Number(process.env.LIB_ARTICLES ?? 3_000));
  const records = library.articles.length + library.annotations.length;
  let session: ExtensionSession;
  try {
    session = await launchWithExtension();
  } catch (err) {
    console.log(`IndexedDB write bench skipped: ${err instanceof Error ? err.message : String(err)}`);
    return;
  }
  try {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/notes.html`);
    const bucketOf = library.annotations.map((a) => noteIdBucket(a.id));
    await page.evaluate(
      (lib) => {
        (window as unknown as { __lib: unknown }).__lib = lib;
      },
      { ...library, bucketOf, bucketCount: NOTE_ID_BUCKETS },
    );
    // Per variant and round: [wall ms, issue ms, browser CPU ms, IndexedDB backend CPU ms].
    const times = new Map(VARIANTS.map((v) => [v, [] as number[][]]));
    const loads: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const variant of VARIANTS) {
        const threads = watchThreadCpu(`--load-extension=${CHROME_BUILD}`);
        const [ms, issued] = (await page.evaluate(`(${WRITE})(${JSON.stringify(variant)})`)) as [number, number];
        const cpu = threads.stop();
        const all = cpu.reduce((n, [, t]) => n + t, 0);
        const backend = cpu.find(([thread]) => thread === 'browser / ThreadPoolForeg')?.[1] ?? NaN;
        times.get(variant)!.push([ms, issued, all, backend]);
        loads.push(loadavg()[0]!);
      }
    }
    console.log(
      `${records.toLocaleString()} records (${library.articles.length} articles, ${library.annotations.length} annotations), median of ${ROUNDS} interleaved rounds, real Chromium IndexedDB:`,
    );
    const base = median(times.get(VARIANTS[0]!)!.map((t) => t[0]!));
    const s = (ms: number) => (ms / 1000).toFixed(1);
    for (const [variant, list] of times) {
      const [total, issued, all, backend] = [0, 1, 2, 3].map((i) => median(list.map((t) => t[i]!)));
      console.log(
        `  ${variant.padEnd(20)} ${s(total!).padStart(6)} s  ${(total! / base).toFixed(2)}x  (requests issued in ${s(issued!)} s; browser CPU ${s(all!)} s, IndexedDB backend ${s(backend!)} s)  [${list.map((t) => `${s(t[0]!)}/${s(t[3]!)}`).join(', ')}]`,
      );
    }
    console.log('  [each round: wall s/backend CPU s]');
    console.log(
      `load average ${Math.min(...loads).toFixed(1)}-${Math.max(...loads).toFixed(1)} on ${cpus().length} cores`,
    );
  } finally {
    await session.close();
  }
}
