// What every page pays for Lede: the bootstrap content script's size and its script time on pages with no notes, in
// real Chromium, against the same pages loaded with no extension, with an empty content script (the floor any
// content script costs) and with one that only asks its background one question (the floor of Lede's design), in the
// same run; then what a page WITH notes pays (the
// bootstrap plus the lazily imported page script that paints), which is what every page paid before the split.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROME_BUILD, findChromium, launchWithExtension } from '../scripts/lib/browser';
import { serveDirectory } from '../scripts/lib/serve';

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
const RUNS = 7;
const BUDGET_KB = 8;
const BUDGET_MS = 2;

/** Script time (ms) Chromium spent while loading `url` and idling 700 ms, from CDP Performance metrics. */
async function scriptMs(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
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

/** The content script of the second floor: one question to the background when the page is idle, as Lede asks. */
const ASK_ONCE =
  "requestIdleCallback(() => chrome.runtime.sendMessage({ type: 'pageNotes' }).catch(() => 0), { timeout: 1000 });";

/**
 * A throwaway extension whose content script is `code` (empty: the floor), declared as Lede's is (every http(s)
 * page, every frame, at document_idle), with a service worker that answers "no notes": what the browser charges a
 * page for any content script at all, or for one that asks its background one question.
 */
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
  const withLede = await launchWithExtension();
  const emptyDir = buildFloorExtension('');
  const withEmpty = await launchWithExtension({ extensionPath: emptyDir });
  const askDir = buildFloorExtension(ASK_ONCE);
  const withAsk = await launchWithExtension({ extensionPath: askDir });
  // LEDE_BENCH_BEFORE: an earlier build of Lede (an older commit's `npx wxt build` output), measured in the same run.
  const beforeDir = process.env.LEDE_BENCH_BEFORE;
  const withBefore = beforeDir ? await launchWithExtension({ extensionPath: resolve(beforeDir) }) : null;
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
  for (const ctx of [withLede.context, withEmpty.context, plain, ...(withBefore ? [withBefore.context] : [])])
    await ctx.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (r) => r.abort());
  try {
    // Script time is CPU time on a shared machine: say how busy it was, and show the quietest load too.
    console.log(`\nmachine load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores (figures rise with it)`);
    console.log(
      `no notes: script ms, median of ${RUNS} interleaved loads; floors: an empty content script, and one that only ` +
        'asks its background one question at idle',
    );
    console.log(
      'page                                 no extension  empty script  asks once  with Lede' +
        '   empty − none  asks − none  Lede − none  Lede − asks',
    );
    const costs: number[] = [];
    const floors: number[] = [];
    const asks: number[] = [];
    const owns: number[] = [];
    const befores: number[] = [];
    for (const path of PAGES) {
      const url = `${server.url}/${path}`;
      const base: number[] = [];
      const empty: number[] = [];
      const ask: number[] = [];
      const lede: number[] = [];
      const before: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        base.push(await scriptMs(plain, url));
        empty.push(await scriptMs(withEmpty.context, url));
        ask.push(await scriptMs(withAsk.context, url));
        lede.push(await scriptMs(withLede.context, url));
        if (withBefore) before.push(await scriptMs(withBefore.context, url));
      }
      if (withBefore) {
        befores.push(median(before) - median(base));
        console.log(
          `${path.padEnd(37)}the build in LEDE_BENCH_BEFORE: ${median(before).toFixed(2)} ms, − none ${(median(before) - median(base)).toFixed(2)}`,
        );
      }
      const [b, e, a, l] = [median(base), median(empty), median(ask), median(lede)];
      costs.push(l - b);
      floors.push(e - b);
      asks.push(a - b);
      owns.push(l - a);
      const cell = (x: number, w: number) => x.toFixed(2).padStart(w);
      console.log(
        `${path.padEnd(37)}${cell(b, 12)}${cell(e, 14)}${cell(a, 11)}${cell(l, 11)}${cell(e - b, 15)}${cell(a - b, 13)}${cell(l - b, 13)}${cell(l - a, 13)}`,
      );
    }
    const range = (xs: number[]) => `${Math.min(...xs).toFixed(1)} to ${Math.max(...xs).toFixed(1)} ms`;
    console.log(
      `per page, no notes: Lede ${range(costs)}; any content script ${range(floors)}; one that asks its background ` +
        `once ${range(asks)}; Lede beyond asking once ${range(owns)} (differences of medians: noise can make them negative)`,
    );
    if (withBefore) console.log(`per page, no notes, the build in LEDE_BENCH_BEFORE: ${range(befores)}`);
    const worst = Math.max(...costs);
    console.log(
      `worst median cost, no notes: ${worst.toFixed(2)} ms of script time (goal < ${BUDGET_MS} ms) ${worst < BUDGET_MS ? 'OK' : 'OVER'}`,
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
      base.push(await scriptMs(plain, seedUrl));
      lede.push(await scriptMs(withLede.context, seedUrl));
    }
    console.log(
      `seed page WITH a note (bootstrap + import of page-main.js + paint): ${(median(lede) - median(base)).toFixed(2)} ms ` +
        '(only pages with notes pay this; before the split every page did)',
    );
  } finally {
    await plain.close();
    await withLede.close();
    await withEmpty.close();
    await withAsk.close();
    await withBefore?.close();
    rmSync(emptyDir, { recursive: true, force: true });
    rmSync(askDir, { recursive: true, force: true });
    await server.close();
  }
}
