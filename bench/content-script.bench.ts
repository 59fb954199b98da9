// What every page pays for Lede: the bootstrap content script's size and its script time on pages with no notes, in
// real Chromium, against the same pages loaded with no extension in the same run; then what a page WITH notes pays
// (the bootstrap plus the lazily imported page script that paints), which is what every page paid before the split.
import { statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
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

export default async function run(): Promise<void> {
  const boot = kb('page-boot.js');
  console.log(
    `bootstrap content script (page-boot.js): ${boot.toFixed(2)} kB minified (goal < ${BUDGET_KB} kB) ${boot < BUDGET_KB ? 'OK' : 'OVER'}`,
  );
  console.log(`page script loaded only with notes / on selection (page-main.js): ${kb('page-main.js').toFixed(1)} kB`);
  const server = await serveDirectory(resolve('tests/fixtures'));
  const withLede = await launchWithExtension();
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
  for (const ctx of [withLede.context, plain]) await ctx.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (r) => r.abort());
  try {
    // Script time is CPU time on a shared machine: say how busy it was, and show the quietest load too.
    console.log(`\nmachine load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores (figures rise with it)`);
    console.log(
      `no notes (median of ${RUNS} loads each)   baseline ms   with Lede ms   Lede’s cost ms   (min with − min base)`,
    );
    const costs: number[] = [];
    for (const path of PAGES) {
      const url = `${server.url}/${path}`;
      const base: number[] = [];
      const lede: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        base.push(await scriptMs(plain, url));
        lede.push(await scriptMs(withLede.context, url));
      }
      const cost = median(lede) - median(base);
      costs.push(cost);
      const quiet = Math.min(...lede) - Math.min(...base);
      console.log(
        `${path.padEnd(36)}${median(base).toFixed(2).padStart(11)}${median(lede).toFixed(2).padStart(15)}${cost.toFixed(2).padStart(17)}${quiet.toFixed(2).padStart(14)}`,
      );
    }
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
    await server.close();
  }
}
