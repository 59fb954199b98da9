// `npm run bench hostile`: the time of what the hostile suite checks only for behaviour (its tests carry no timed
// bound). (1) The max and median time per fuzz call of each core function on the same seeded inputs as
// tests/hostile/fuzz-core.test.ts and fuzz-import.test.ts, more of them;
// (2) a page's CPU time over a few seconds in real Chromium with Lede: idle, spamming DOM mutations with Lede
// dormant (no highlights), and spamming with a highlight Lede has to keep anchored (its MutationPacer backs off).
import { readFileSync } from 'node:fs';
import { anchorInText, describeTextRange } from '../core/anchoring';
import { extractArticle } from '../core/article';
import { exportJsonLdText } from '../core/export';
import { extractKeyItems } from '../core/facts';
import { readImportFile } from '../core/import';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../scripts/lib/browser';
import { parseHtml } from '../scripts/lib/parse-html';
import { tabIdOf } from '../scripts/lib/reader';
import { serveDirectory } from '../scripts/lib/serve';
import { annotation, article, now } from '../tests/core/export/fixtures';
import { corpusPages, int, mutateHtml, mutateString, prng, SEED } from '../tests/hostile/mutate';

const URL = 'https://news.example/2026/story';
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;

function timings(name: string, calls: number, run: (i: number) => void): void {
  const times: number[] = [];
  for (let i = 0; i < calls; i++) {
    const t0 = performance.now();
    run(i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(
    `${name.padEnd(34)} ${String(calls).padStart(5)} calls   median ${ms(median).padStart(9)}   max ${ms(times.at(-1)!).padStart(9)}`,
  );
}

function coreTimings(): void {
  console.log('\n(1) time per fuzz call (Node, happy-dom documents parsed outside the timing)');
  const pages = corpusPages();
  const r = prng(SEED);
  const docs = Array.from({ length: 100 }, (_, i) => {
    let html = pages[i % pages.length]!.html;
    for (let k = 1 + int(r, 4); k > 0; k--) html = mutateHtml(r, html);
    return parseHtml(html, URL);
  });
  timings('extractArticle (mutated pages)', docs.length, (i) => extractArticle(docs[i]!.document, { url: URL }));
  for (const d of docs) d.close();

  const seedDoc = parseHtml(pages.find((p) => p.name === 'seed-article')!.html, URL);
  const seed = extractArticle(seedDoc.document, { url: URL }).article!;
  seedDoc.close();
  timings('extractKeyItems (mutated blocks)', 200, () => {
    const blocks = seed.blocks.map((b) => ({ ...b }));
    const b = int(r, blocks.length);
    blocks[b] = { ...blocks[b]!, text: mutateString(r, blocks[b]!.text) };
    extractKeyItems({ title: seed.title, blocks });
  });

  const text = seed.textContent;
  timings('anchorInText (mutated text)', 1_000, () => {
    const start = int(r, text.length - 1);
    const selectors = describeTextRange(text, start, Math.min(text.length, start + 1 + int(r, 300)));
    let edited = text;
    for (let k = int(r, 4); k > 0; k--) edited = mutateString(r, edited);
    anchorInText(edited, selectors);
  });

  const valid = exportJsonLdText(
    { articles: [article], annotations: Array.from({ length: 50 }, () => annotation()) },
    now,
  );
  timings('readImportFile (mutated/truncated)', 1_000, (i) => {
    try {
      readImportFile(i % 2 ? mutateString(r, valid) : valid.slice(0, int(r, valid.length)), { now });
    } catch {
      // Refusals are the expected outcome for most of these files; only the time matters here.
    }
  });
}

const METRICS = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'] as const;

/** Seconds the page's renderer spent (CDP Performance metrics: all tasks, script, layout, style) over `seconds`. */
async function cpuOver(page: Page, seconds: number): Promise<Record<(typeof METRICS)[number], number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return Object.fromEntries(METRICS.map((n) => [n, metrics.find((m) => m.name === n)?.value ?? 0])) as Record<
      (typeof METRICS)[number],
      number
    >;
  };
  const before = await read();
  await page.waitForTimeout(seconds * 1000);
  const after = await read();
  await cdp.detach();
  return Object.fromEntries(METRICS.map((n) => [n, after[n] - before[n]])) as Record<(typeof METRICS)[number], number>;
}

async function pageCpu(): Promise<void> {
  console.log('\n(2) page CPU time over 5 s in Chromium with Lede (renderer task time)');
  const server = await serveDirectory('tests/fixtures');
  const session = await launchWithExtension();
  try {
    const sample = readFileSync('tests/fixtures/seed/article.html', 'utf8').replace(/<link rel="canonical"[^>]*>/, '');
    const spam = `<div id="ticker"></div><script>setInterval(() => (document.getElementById('ticker').textContent = String(Math.random())), 4);</script>`;
    const cases: [string, string, boolean][] = [
      ['idle page, one highlight', sample, true],
      ['mutation spam, Lede dormant', sample.replace('</body>', `${spam}</body>`), false],
      ['mutation spam, one highlight', sample.replace('</body>', `${spam}</body>`), true],
    ];
    for (const [i, [name, html, highlight]] of cases.entries()) {
      server.route(`/bench/${i}.html`, { body: html });
      const page = await session.context.newPage();
      await page.goto(`${server.url}/bench/${i}.html`);
      await tabIdOf(session, page);
      if (highlight) {
        await page.locator('p', { hasText: 'common cause' }).first().click({ clickCount: 3 });
        await page.waitForTimeout(150);
        await page.keyboard.press('1');
        await page.waitForTimeout(500);
      }
      const spent = await cpuOver(page, 5);
      const part = (n: (typeof METRICS)[number]) => `${(spent[n] * 1000).toFixed(0)} ms`;
      console.log(
        `${name.padEnd(34)} ${part('TaskDuration').padStart(8)} CPU (${((spent.TaskDuration / 5) * 100).toFixed(1)}% of a core): ` +
          `script ${part('ScriptDuration')}, layout ${part('LayoutDuration')}, style ${part('RecalcStyleDuration')}`,
      );
      await page.close();
    }
  } finally {
    await session.close();
    await server.close();
  }
}

export default async function run(): Promise<void> {
  coreTimings();
  await pageCpu();
}
