// What a page that repeats the sentence a note is on costs the reader, in real Chromium with the built extension
// (red team 26: 150,000 copies, about 20 MB of text, froze the page 8.3 s on load and 15 s per save). For each number
// of copies (LEDE_BENCH_COPIES, default 1000,150000; each copy its own paragraph after the article's), the page is
// measured from the page itself with a `longtask` PerformanceObserver:
//   save 1   the reader's first highlight on the page (the passage, in the article's own paragraph): longest task
//   save 2   a further highlight on the same page: longest task
//   load     the page reloaded with its two notes: longest task and the sum of long tasks to 3 s after `load`, and when
//            the notes are painted (the first frame after Lede's layer comes), against the same page with no note
//            loaded in the same run
//   edited   the page served again with a paragraph inserted above the article, so no note is where it was saved and
//            every copy of the quote is a candidate: the same figures
// LEDE_BENCH_BEFORE: an earlier build's chrome-mv3 directory, measured in the same run (before, then this build).
// npm run bench copies-cost   (LEDE_BENCH_PROFILE=1: where the main thread spends a further save and the load)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { CHROME_BUILD, launchWithExtension, type ExtensionSession } from '../scripts/lib/browser';
import { selectWithMouse } from '../scripts/lib/reader';
import { serveDirectory, type TestServer } from '../scripts/lib/serve';

const SAMPLE = readFileSync(resolve('tests/fixtures/seed/article.html'), 'utf8').replace(
  /<link rel="canonical"[^>]*>/,
  '',
);
const PASSAGE = 'Beijing and Moscow have found common cause on the United Nations Security Council';
const SECOND = 'Russian President Vladimir Putin offered the seat next to him';
/** The whole sentence the note is on, as the page repeats it. */
const SENTENCE =
  'Beijing and Moscow have found common cause on the United Nations Security Council, where they have repeatedly blocked U.S.-led foreign policy initiatives.';
/** LEDE_BENCH_PROFILE=1: where the page's main thread spends a further save and the load with notes (CPU profiler). */
const PROFILE = !!process.env.LEDE_BENCH_PROFILE;
const COPIES = (process.env.LEDE_BENCH_COPIES ?? '1000,150000').split(',').map(Number);
/** How long after `load` long tasks are still counted (Lede's page side starts at idle, then anchors and paints). */
const SETTLE_MS = 3000;
const BANNER =
  '<p>Editor’s note: this article was updated after publication to correct the name of a committee and to add a response from the ministry, which had not answered by the time of first publication.</p>';

/** The seed article with `n` copies of the sentence, each its own paragraph, after the article's last paragraph. */
function pageWithCopies(n: number, edited = false): string {
  const copies = `<div class="more">${`<p>${SENTENCE}</p>`.repeat(n)}</div>`;
  let html = SAMPLE.replace('</article>', `${copies}</article>`);
  if (edited) html = html.replace(/<article([^>]*)>/, `<article$1>${BANNER}`);
  if (html === SAMPLE) throw new Error('the seed article has no <article> to add copies to');
  return html;
}

/** Registered before any page script: every long task, and when Lede's first element comes into the page. */
const OBSERVE = `(() => {
  const w = window;
  w.__long = [];
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__long.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  // The page adds nothing of its own after it is parsed: the first element added under the root or the body after
  // DOMContentLoaded is Lede's (the painter's layer, made in the task that anchors and paints).
  document.addEventListener('DOMContentLoaded', () => {
    const seen = (records) => {
      if (w.__ledeAt !== undefined) return;
      if (!records.some((r) => r.addedNodes.length > 0)) return;
      w.__ledeAt = performance.now();
      requestAnimationFrame(() => setTimeout(() => { w.__paintAt = performance.now(); }, 0));
    };
    const o = new MutationObserver(seen);
    o.observe(document.documentElement, { childList: true });
    if (document.body) o.observe(document.body, { childList: true });
  });
})();`;

interface Tasks {
  longest: number;
  total: number;
}

function tasksSince(page: Page, since: number): Promise<Tasks> {
  return page.evaluate((from) => {
    const all = ((window as unknown as { __long: [number, number][] }).__long ?? []).filter(([s]) => s >= from);
    return {
      longest: Math.max(0, ...all.map(([, d]) => d)),
      total: all.reduce((sum, [, d]) => sum + d, 0),
    };
  }, since);
}

/** Annotations the store holds for pages whose address ends with `path`, read from an extension page. */
function notesFor(probe: Page, path: string): Promise<number> {
  return probe.evaluate(
    (p) =>
      new Promise<number>((done) => {
        const request = indexedDB.open('lede');
        request.onupgradeneeded = () => request.transaction?.abort();
        request.onerror = () => done(0);
        request.onsuccess = () => {
          const db = request.result;
          const all = db.transaction('notes').objectStore('notes').getAll();
          all.onsuccess = () => {
            db.close();
            const packs = all.result as { articleKey: string; annotations: unknown[] }[];
            done(packs.filter((k) => k.articleKey.endsWith(p)).reduce((n, k) => n + k.annotations.length, 0));
          };
          all.onerror = () => {
            db.close();
            done(0);
          };
        };
      }),
    path,
  );
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 120_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Selects `text` and presses "1": the longest task from the key press until the store holds `count` notes. */
async function save(page: Page, probe: Page, path: string, text: string, count: number): Promise<Tasks> {
  await page.bringToFront();
  const got = await selectWithMouse(page, text);
  if (got !== text) throw new Error(`selected "${got.slice(0, 60)}", not the passage`);
  await page.waitForTimeout(300);
  const t0 = await page.evaluate(() => performance.now());
  await page.keyboard.press('1');
  await waitFor(`note ${count} saved`, async () => (await notesFor(probe, path)) >= count);
  // The painting and anything the save set off after the store answered.
  await page.waitForTimeout(1500);
  return tasksSince(page, t0);
}

interface Load extends Tasks {
  /** ms from navigation start to `load`. */
  loaded: number;
  /** ms from navigation start to the first frame after Lede's layer came, or NaN. */
  painted: number;
}

/** Loads `path` in `page` and waits SETTLE_MS after `load` (or until painted, when `painted` is expected). */
async function load(page: Page, server: TestServer, path: string, expectPaint: boolean): Promise<Load> {
  await page.goto(`${server.url}${path}`, { waitUntil: 'load', timeout: 180_000 });
  if (expectPaint)
    await waitFor(
      'the notes painted',
      () => page.evaluate(() => (window as unknown as { __paintAt?: number }).__paintAt !== undefined),
      180_000,
    );
  await page.waitForTimeout(SETTLE_MS);
  const tasks = await tasksSince(page, 0);
  const times = await page.evaluate(() => ({
    loaded: performance.getEntriesByType('navigation')[0]
      ? (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd
      : Number.NaN,
    painted: (window as unknown as { __paintAt?: number }).__paintAt ?? Number.NaN,
  }));
  return { ...tasks, ...times };
}

/** Runs `fn` under V8's sampling profiler on `page`'s renderer and prints the heaviest self times (3 frames deep). */
async function profiled<T>(page: Page, what: string, fn: () => Promise<T>): Promise<T> {
  if (!PROFILE) return fn();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  const out = await fn();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const name = (f: { functionName: string; url: string; lineNumber: number; columnNumber: number }) =>
    `${f.functionName || '(anonymous)'}${f.url ? `@${f.url.replace(/^.*\//, '')}:${f.lineNumber}:${f.columnNumber}` : ''}`;
  for (let k = 0; k < samples.length; k++) {
    const dt = (deltas[k + 1] ?? 500) / 1000;
    const stack: string[] = [];
    for (let id: number | undefined = samples[k]; id !== undefined; id = parent.get(id)) {
      const frame = nodes.get(id)?.callFrame;
      if (!frame || frame.functionName === '(root)') break;
      stack.push(name(frame));
    }
    if (stack.length === 0 || stack[0] === '(idle)' || stack[0] === '(program)') continue;
    const key = stack.slice(0, 3).join(' < ');
    self.set(key, (self.get(key) ?? 0) + dt);
    for (const f of new Set(stack)) inclusive.set(f, (inclusive.get(f) ?? 0) + dt);
  }
  const top = (m: Map<string, number>, k: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([f, t]) => `    ${Math.round(t).toString().padStart(7)} ms  ${f}`);
  console.log(`  profile of ${what}: self time (3 frames)`);
  console.log(top(self, 25).join('\n'));
  console.log(`  inclusive time`);
  console.log(top(inclusive, 25).join('\n'));
  return out;
}

interface Row {
  n: number;
  save1: Tasks;
  save2: Tasks;
  bare: Load;
  noted: Load;
  edited: Load;
}

/** The page with no note of its own, loaded before any note is saved on the site. */
async function measureBare(session: ExtensionSession, server: TestServer, n: number, label: string): Promise<Load> {
  const bare = `/copies/${label}-${n}-bare.html`;
  server.route(bare, { body: pageWithCopies(n) });
  const page = await session.context.newPage();
  await page.addInitScript(OBSERVE);
  const loaded = await load(page, server, bare, false);
  await page.close();
  return loaded;
}

/** Two saves on the page with `n` copies, then its loads with the notes, as it is and edited. */
async function measure(
  session: ExtensionSession,
  server: TestServer,
  n: number,
  label: string,
  bare: Load,
): Promise<Row> {
  const path = `/copies/${label}-${n}.html`;
  server.route(path, { body: pageWithCopies(n) });
  const probe = await session.context.newPage();
  await probe.goto(`chrome-extension://${session.extensionId}/popup.html?tab=-1`);
  const page = await session.context.newPage();
  await page.addInitScript(OBSERVE);
  await page.goto(`${server.url}${path}`, { waitUntil: 'load', timeout: 180_000 });
  await page.waitForTimeout(SETTLE_MS);
  const save1 = await save(page, probe, path, PASSAGE, 1);
  const save2 = await profiled(page, `a further save, ${n} copies`, () => save(page, probe, path, SECOND, 2));
  const noted = await profiled(page, `the load with notes, ${n} copies`, () => load(page, server, path, true));
  server.route(path, { body: pageWithCopies(n, true) });
  const edited = await load(page, server, path, true);
  await page.close();
  await probe.close();
  return { n, save1, save2, bare, noted, edited };
}

const ms = (x: number): string => (Number.isFinite(x) ? `${Math.round(x)}`.padStart(6) : '     -');

function print(label: string, rows: Row[]): void {
  console.log(`\n${label}: ms (longest task / sum of long tasks; paint = navigation start to the frame after)`);
  console.log(
    '  copies  | no note: load longest   sum | save 1 longest | save 2 longest | noted: load longest   sum   paint | edited: longest   sum   paint',
  );
  for (const r of rows)
    console.log(
      `  ${String(r.n).padStart(7)} | ${ms(r.bare.loaded)} ${ms(r.bare.longest)} ${ms(r.bare.total)} | ${ms(r.save1.longest)}         | ${ms(r.save2.longest)}         | ${ms(r.noted.loaded)} ${ms(r.noted.longest)} ${ms(r.noted.total)} ${ms(r.noted.painted)} | ${ms(r.edited.longest)} ${ms(r.edited.total)} ${ms(r.edited.painted)}`,
    );
}

async function runBuild(label: string, extensionPath: string, server: TestServer): Promise<Row[]> {
  const session = await launchWithExtension({ extensionPath, viewport: { width: 1200, height: 900 } });
  await session.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  const rows: Row[] = [];
  try {
    const bare: Load[] = [];
    for (const n of COPIES) bare.push(await measureBare(session, server, n, label));
    for (const [i, n] of COPIES.entries()) rows.push(await measure(session, server, n, label, bare[i]!));
  } finally {
    await session.close();
  }
  return rows;
}

export default async function run(): Promise<void> {
  const server = await serveDirectory(resolve('tests/fixtures'));
  try {
    const before = process.env.LEDE_BENCH_BEFORE;
    if (before) print(`before (${before})`, await runBuild('before', resolve(before), server));
    print(`this build (${CHROME_BUILD})`, await runBuild('after', CHROME_BUILD, server));
  } finally {
    await server.close();
  }
}
