// What every page pays for Lede: the bootstrap content script's size and its script time on pages with no notes, in
// real Chromium, against the same pages loaded with no extension and, in the same run, against throwaway content
// scripts that each do one part of what the bootstrap does (the floors below), so the table says what each part costs;
// then what a page WITH notes pays (the bootstrap plus the lazily imported page script that paints), which is what
// every page paid before the split. LEDE_BENCH_PROFILE=1 adds where the bootstrap's own time goes (CPU profiler).
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROME_BUILD, findChromium, launchWithExtension, type ExtensionSession } from '../scripts/lib/browser';
import { serveDirectory } from '../scripts/lib/serve';
import { profileContentScript } from './lib/script-profile';
import { profileWorkerPerLoad } from './lib/worker-profile';

/** The seed article and saved real news pages; the last ones run no script of their own (baseline ≈ 0 ms). */
const PAGES = [
  'seed/article.html',
  'pages/nytimes-1/source.html',
  'pages/wapo-1/source.html',
  'pages/lemonde-1/source.html',
  'pages/guardian-1/source.html',
  'pages/medium-1/source.html',
  'pages/mozilla-2/source.html',
];
/** The pages that run no script of their own (the figure the goal is judged on; the others swing by ±10 ms). */
const QUIET = new Set(['seed/article.html', 'pages/guardian-1/source.html', 'pages/mozilla-2/source.html']);
/**
 * LEDE_BENCH_PAGE_SCRIPTS=off: every page is served with `Content-Security-Policy: script-src 'none'`, so the page's
 * own scripts never run while extension content scripts (exempt from a page's CSP) still do. That makes every real
 * news page a page "with no scripts of its own", where Lede's cost is plainest and the ±10 ms the pages' own scripts
 * swing by is gone; these extra saved news pages are measured too in that mode.
 */
const SCRIPTS_OFF = process.env.LEDE_BENCH_PAGE_SCRIPTS === 'off';
const MORE_NEWS = ['pages/cnn/source.html', 'pages/seattletimes-1/source.html', 'pages/ars-1/source.html'];
// LEDE_BENCH_QUIET=1: only those pages (a quicker, less noisy run); LEDE_BENCH_RUNS: loads per page and column.
const MEASURED = SCRIPTS_OFF
  ? [...PAGES, ...MORE_NEWS]
  : process.env.LEDE_BENCH_QUIET
    ? PAGES.filter((p) => QUIET.has(p))
    : PAGES;
const RUNS = Number(process.env.LEDE_BENCH_RUNS) || 7;
/** LEDE_BENCH_FLOORS: a comma-separated list of the floors' ids to measure (all by default; "empty" for a quick run). */
const FLOOR_IDS = process.env.LEDE_BENCH_FLOORS?.split(',').map((id) => id.trim());
const BUDGET_KB = 8;
const BUDGET_MS = 2;

/** Script time (ms) Chromium spent while loading `url` and idling 700 ms, from CDP Performance metrics. */
/**
 * Script ms of loading `url` in `context`. `arrive`: the reader's pointer moves once the page has loaded (a page's
 * notes are painted only at the reader's first input: entrypoints/content/first-input.ts), and both sides get it.
 */
async function scriptMs(context: BrowserContext, url: string, arrive = false): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  if (arrive) {
    await page.mouse.move(4, 4);
    await page.mouse.move(11, 9);
  }
  await page.waitForTimeout(700);
  const { metrics } = await cdp.send('Performance.getMetrics');
  await page.close();
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

const kb = (file: string) => statSync(resolve(CHROME_BUILD, file)).size / 1024;

/** The bootstrap's passive listeners, with no chrome.* call: what a content script costs that never asks. */
const DOM_LISTENERS =
  "const f = () => {}; document.addEventListener('mouseup', f, true); document.addEventListener('keyup', f, true); " +
  "window.navigation?.addEventListener('currententrychange', f); addEventListener('popstate', f);";

/**
 * Content scripts measured beside Lede's, each one part of what the bootstrap does, so that the difference between
 * two columns is what that part costs. `id` is the column heading.
 */
const ALL_FLOORS: { id: string; what: string; code: string }[] = [
  { id: 'empty', what: 'an empty content script (what the browser charges for any)', code: '' },
  {
    id: 'DOM only',
    what: 'the four passive listeners (mouseup, keyup, navigation, popstate) and no chrome.* at all',
    code: DOM_LISTENERS,
  },
  {
    id: 'runtime',
    what: 'only reads chrome.runtime.id (the runtime API object is built on first use)',
    code: 'void chrome.runtime.id;',
  },
  {
    id: 'listens',
    what: 'DOM only plus a runtime.onMessage listener (a bootstrap that never asks, but can be told)',
    code: `${DOM_LISTENERS} chrome.runtime.onMessage.addListener(() => undefined);`,
  },
  {
    id: 'asks now',
    what: 'only asks its background one question, at once',
    code: "chrome.runtime.sendMessage({ type: 'pageNotes' }).catch(() => 0);",
  },
  {
    id: 'asks idle',
    what: 'only asks its background one question, at idle, as Lede asks',
    code: "requestIdleCallback(() => chrome.runtime.sendMessage({ type: 'pageNotes' }).catch(() => 0), { timeout: 1000 });",
  },
];

const FLOORS = FLOOR_IDS ? ALL_FLOORS.filter((f) => FLOOR_IDS.includes(f.id)) : ALL_FLOORS;

function buildFloorExtension(code: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lede-empty-extension-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Empty content script (bench floor)',
      version: '1.0',
      background: { service_worker: 'background.js' },
      content_scripts: [
        { matches: ['http://*/*', 'https://*/*'], js: ['empty.js'], run_at: 'document_idle', all_frames: true },
      ],
    }),
  );
  writeFileSync(
    join(dir, 'background.js'),
    'chrome.runtime.onMessage.addListener((m, s, reply) => { reply({ ok: true, annotations: [] }); });',
  );
  writeFileSync(join(dir, 'empty.js'), code);
  return dir;
}

export default async function run(): Promise<void> {
  const boot = kb('page-boot.js');
  console.log(
    `bootstrap content script (page-boot.js): ${boot.toFixed(2)} kB minified (goal < ${BUDGET_KB} kB) ${boot < BUDGET_KB ? 'OK' : 'OVER'}`,
  );
  console.log(`page script loaded only with notes / on selection (page-main.js): ${kb('page-main.js').toFixed(1)} kB`);
  const server = await serveDirectory(resolve('tests/fixtures'));
  if (SCRIPTS_OFF)
    for (const path of MEASURED)
      server.route(`/${path}`, {
        body: readFileSync(resolve('tests/fixtures', path)),
        headers: { 'content-security-policy': "script-src 'none'" },
      });
  const withLede = await launchWithExtension();
  const floorDirs = FLOORS.map((f) => buildFloorExtension(f.code));
  const floors: ExtensionSession[] = [];
  for (const extensionPath of floorDirs) floors.push(await launchWithExtension({ extensionPath }));
  // LEDE_BENCH_BEFORE: an earlier build of Lede (an older commit's `npx wxt build` output), measured in the same run.
  const beforeDir = process.env.LEDE_BENCH_BEFORE;
  const withBefore = beforeDir ? await launchWithExtension({ extensionPath: resolve(beforeDir) }) : null;
  // This build with its content script in the top frame only: Lede minus what the pages' own frames add (a subframe
  // still asks the background itself, as the background cannot see frame URLs without `webNavigation`).
  const topOnlyDir = mkdtempSync(join(tmpdir(), 'lede-top-only-'));
  cpSync(CHROME_BUILD, topOnlyDir, { recursive: true });
  const topManifest = JSON.parse(readFileSync(join(topOnlyDir, 'manifest.json'), 'utf8')) as {
    content_scripts: { all_frames?: boolean }[];
  };
  for (const script of topManifest.content_scripts) script.all_frames = false;
  writeFileSync(join(topOnlyDir, 'manifest.json'), JSON.stringify(topManifest));
  const withTopOnly = await launchWithExtension({ extensionPath: topOnlyDir });
  const plain = await chromium.launchPersistentContext('', {
    executablePath: findChromium(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const contexts = [
    withLede.context,
    plain,
    ...floors.map((f) => f.context),
    ...(withBefore ? [withBefore.context] : []),
    withTopOnly.context,
  ];
  for (const ctx of contexts) await ctx.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (r) => r.abort());
  try {
    // Script time is CPU time on a shared machine: say how busy it was, at the start and at the end.
    const load = () => loadavg()[0]!.toFixed(1);
    console.log(`\nmachine load average ${load()} on ${cpus().length} cores (figures rise with it)`);
    if (SCRIPTS_OFF) console.log("pages served with CSP script-src 'none': the pages' own scripts do not run");
    console.log(`no notes: script ms beyond no extension, median of ${RUNS} interleaved loads, for Lede and for:`);
    for (const f of FLOORS) console.log(`  ${f.id.padEnd(10)} ${f.what}`);
    if (withBefore) console.log(`  before     the build in LEDE_BENCH_BEFORE`);
    console.log(`  Lede top   this build in the top frame only (Lede minus what the page's own frames cost)`);
    const columns = [...FLOORS.map((f) => f.id), ...(withBefore ? ['before'] : []), 'Lede top', 'Lede'];
    console.log(`${'page'.padEnd(33)}${'none (ms)'.padStart(10)}${columns.map((c) => c.padStart(10)).join('')}`);
    const costs: number[] = [];
    const byColumn = new Map<string, number[]>(columns.map((c) => [c, []]));
    for (const path of MEASURED) {
      const url = `${server.url}/${path}`;
      const base: number[] = [];
      const floorMs: number[][] = FLOORS.map(() => []);
      const lede: number[] = [];
      const before: number[] = [];
      const topOnly: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        base.push(await scriptMs(plain, url));
        for (const [k, f] of floors.entries()) floorMs[k]!.push(await scriptMs(f.context, url));
        if (withBefore) before.push(await scriptMs(withBefore.context, url));
        topOnly.push(await scriptMs(withTopOnly.context, url));
        lede.push(await scriptMs(withLede.context, url));
      }
      const b = median(base);
      const cells = [
        ...floorMs.map(median),
        ...(withBefore ? [median(before)] : []),
        median(topOnly),
        median(lede),
      ].map((x) => x - b);
      for (const [k, x] of cells.entries()) byColumn.get(columns[k]!)!.push(x);
      costs.push(cells.at(-1)!);
      console.log(
        `${path.padEnd(33)}${b.toFixed(2).padStart(10)}${cells.map((x) => x.toFixed(2).padStart(10)).join('')}`,
      );
    }
    const range = (xs: number[]) => `${Math.min(...xs).toFixed(1)} to ${Math.max(...xs).toFixed(1)} ms`;
    console.log('per page, no notes, beyond no extension (differences of medians: noise can make them negative):');
    for (const c of columns) console.log(`  ${c.padEnd(10)} ${range(byColumn.get(c)!)}`);
    console.log(`machine load average at the end ${load()}`);
    const worst = Math.max(...costs);
    console.log(
      `worst median cost, no notes: ${worst.toFixed(2)} ms of script time (goal < ${BUDGET_MS} ms) ${worst < BUDGET_MS ? 'OK' : 'OVER'}`,
    );

    if (process.env.LEDE_BENCH_PROFILE) {
      // Where the bootstrap's own time goes, on the seed page: self time per function (and the native calls it makes).
      const lines = await profileContentScript(withLede.context, `${server.url}/${PAGES[0]}`, 'page-boot.js');
      console.log(
        `\nwhere page-boot.js spends its time on ${PAGES[0]} (CPU profiler, 25 µs samples, mean of 8 loads):`,
      );
      for (const l of lines.slice(0, 12)) console.log(`  ${l.msPerLoad.toFixed(2).padStart(6)} ms  ${l.frames}`);
    }

    // Off the page's thread: what the background's watch (tabs.onUpdated, webNavigation) costs its service worker
    // per load of a page with no notes (the first page includes the worker's own warm-up).
    const worker = await profileWorkerPerLoad(
      withLede.context,
      MEASURED.map((p) => `${server.url}/${p}`),
    );
    console.log(
      `\nservice worker per page load, no notes (CPU profiler on the worker, mean of 5 loads; idle floor ${worker.idle.jsMs.toFixed(2)} ms):`,
    );
    for (const [k, busy] of worker.perLoad.entries())
      console.log(
        `  ${MEASURED[k]!.padEnd(33)} JavaScript ${busy.jsMs.toFixed(2)} ms, native and GC ${busy.nativeMs.toFixed(2)} ms`,
      );

    // The same seed page once it has a note: the bootstrap asks, then imports page-main.js and paints.
    const probe = await withLede.context.newPage();
    await probe.goto(`chrome-extension://${withLede.extensionId}/popup.html?tab=-1`);
    const seedUrl = `${server.url}/seed/article.html`;
    const saved = await probe.evaluate(async (source: string) => {
      const now = new Date().toISOString();
      const reply = await (
        globalThis as unknown as {
          chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; reason?: string }> } };
        }
      ).chrome.runtime.sendMessage({
        lede: 1,
        type: 'saveAnnotation',
        data: {
          annotation: {
            id: 'urn:uuid:00000000-0000-4000-8000-000000000001',
            articleKey: source,
            target: {
              source,
              selector: [
                {
                  type: 'TextQuoteSelector',
                  exact: 'common cause',
                  prefix: 'Beijing and Moscow have found ',
                  suffix: ' on the United Nations',
                },
              ],
            },
            body: { note: '', tags: [], color: 'yellow' },
            created: now,
            modified: now,
          },
        },
      });
      return reply;
    }, seedUrl);
    await probe.close();
    if (!saved.ok) console.log(`(could not store a note for the with-notes row: ${saved.reason})`);
    const base: number[] = [];
    const lede: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      base.push(await scriptMs(plain, seedUrl, true));
      lede.push(await scriptMs(withLede.context, seedUrl, true));
    }
    console.log(
      `seed page WITH a note, the pointer moved after load (bootstrap + import of page-main.js + paint at that first input): ${(median(lede) - median(base)).toFixed(2)} ms ` +
        '(only pages with notes pay this; before the split every page did)',
    );
  } finally {
    await plain.close();
    await withLede.close();
    for (const f of floors) await f.close();
    await withBefore?.close();
    await withTopOnly.close();
    rmSync(topOnlyDir, { recursive: true, force: true });
    for (const dir of floorDirs) rmSync(dir, { recursive: true, force: true });
    await server.close();
  }
}
