// What every page pays for Lede: the content script's bundle size and its script time on pages with no
// annotations, in real Chromium, against the same pages loaded with no extension in the same run.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROME_BUILD, findChromium, launchWithExtension } from '../scripts/lib/browser';
import { serveDirectory } from '../scripts/lib/serve';

const PAGES = ['seed/article.html', 'pages/nytimes-1/source.html', 'pages/guardian-1/source.html', 'pages/wapo-1/source.html', 'pages/medium-1/source.html'];
const RUNS = 5;
const BUDGET_KB = 40;
const BUDGET_MS = 2;

/** Script time (ms) Chromium spent while loading `url` and idling 500 ms, from CDP Performance metrics. */
async function scriptMs(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(500);
  const { metrics } = await cdp.send('Performance.getMetrics');
  await page.close();
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

export default async function run(): Promise<void> {
  const bundle = statSync(resolve(CHROME_BUILD, 'content-scripts/content.js')).size / 1024;
  console.log(`content script bundle: ${bundle.toFixed(1)} kB minified (goal < ${BUDGET_KB} kB) ${bundle < BUDGET_KB ? 'OK' : 'OVER'}`);
  const server = await serveDirectory(resolve('tests/fixtures'));
  const withLede = await launchWithExtension();
  const plain = await chromium.launchPersistentContext('', {
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  for (const ctx of [withLede.context, plain]) await ctx.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (r) => r.abort());
  try {
    console.log('page                              baseline ms   with Lede ms   Lede’s cost ms');
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
      console.log(`${path.padEnd(34)}${median(base).toFixed(2).padStart(11)}${median(lede).toFixed(2).padStart(15)}${cost.toFixed(2).padStart(17)}`);
    }
    const worst = Math.max(...costs);
    console.log(`worst median cost: ${worst.toFixed(2)} ms of script time (goal < ${BUDGET_MS} ms) ${worst < BUDGET_MS ? 'OK' : 'OVER'}`);
  } finally {
    await plain.close();
    await withLede.close();
    await server.close();
  }
}
