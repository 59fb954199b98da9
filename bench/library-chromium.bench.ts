// `npm run bench library` (with library.bench.ts): the notes library where readers use it, in real Chromium's
// IndexedDB through the built extension's library page. A Hypothesis export of the synthetic library is picked in
// the import panel, the library is reopened, then a word is typed into the search. Prints; asserts nothing.
// Needs `npx wxt build` first (.output/chrome-mv3) and a Chromium (LEDE_CHROMIUM or /usr/bin/chromium).
// LEDE_BENCH_BUILD=<dir> measures another build instead (an earlier commit's `npx wxt build` output), so a before
// figure can be taken in the same conditions as the after one, one run right after the other. LIB_REOPENS sets how
// many times the library is reopened (3); LIB_SETTLE=1 lets each page finish its search index before it is closed.
// The import's CPU is also given for the busiest threads (the import worker, IndexedDB's backend in the browser).
// Then (LIB_UPGRADE=0 skips it) the same library is rewritten as schema v5 left it, and the library opened again:
// the first open after updating Lede, with the v5 → v6 upgrade (the note-id directory built from every pack) in it.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { CHROME_BUILD, launchWithExtension, type ExtensionSession } from '../scripts/lib/browser';
import { writeV5Database } from '../tests/fixtures/store/v5-database';
import { processTreeCpuMs, watchThreadCpu } from './lib/process-cpu';
import { generateLibrary, RARE_WORD, toHypothesisExport } from '../tests/fixtures/library/synthetic-library';
import {
  importProgressSeen,
  importProgressTimeline,
  watchImportProgress,
} from '../tests/fixtures/library/watch-import';

const REOPENS = Number(process.env.LIB_REOPENS ?? 3);
const SETTLE = process.env.LIB_SETTLE === '1';
const UPGRADE = process.env.LIB_UPGRADE !== '0';
const BUILD = process.env.LEDE_BENCH_BUILD ? resolve(process.env.LEDE_BENCH_BUILD) : CHROME_BUILD;

const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[xs.length >> 1]!;

async function openLibrary(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1200, height: 900 });
  return page;
}

/** Milliseconds from navigation start to the first article row, read from the page's own clock. */
async function timeToFirstRow(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  // When the first row enters the DOM (before it can be painted), to tell rendering from painting.
  await page.evaluate(`(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('.lib-row')) return;
      performance.mark('bench:first-row-in-dom');
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  })()`);
  const handle = await page.waitForFunction(
    () => (document.querySelector('.lib-row') ? performance.now() : 0),
    undefined,
    {
      polling: 'raf',
      timeout: 120_000,
    },
  );
  return (await handle.jsonValue()) as number;
}

/** Where the time to the first row went: the page's script ready, the first screen asked for and answered. */
async function firstRowSteps(page: Page): Promise<string> {
  const steps = (await page.evaluate(`(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    return [nav ? nav.domContentLoadedEventEnd : NaN, mark('lede:first-screen-asked'), mark('lede:first-screen-answered'), mark('bench:first-row-in-dom')];
  })()`)) as number[];
  return `DOMContentLoaded ${steps[0]!.toFixed(0)}, asked ${steps[1]!.toFixed(0)}, answered ${steps[2]!.toFixed(0)}, in DOM ${steps[3]!.toFixed(0)}`;
}

/**
 * Milliseconds from a word arriving in the empty search box (one input event, as a paste or an IME commit gives)
 * to the page showing exactly one row containing it, read from the page's own clock (an input listener and a
 * MutationObserver), so Playwright's round trips add nothing.
 */
async function timeToSearchRow(page: Page, word: string): Promise<number> {
  const box = page.getByRole('searchbox');
  await box.fill('');
  await page.waitForTimeout(1_000);
  // A string, not a function: tsx's name-keeping helper (__name) does not exist inside the page.
  await page.evaluate(`(() => {
    const w = ${JSON.stringify(word)};
    const state = { down: 0, shown: 0 };
    window.__bench = state;
    document.addEventListener('input', () => { state.down = performance.now(); }, { capture: true, once: true });
    new MutationObserver(() => {
      const rows = document.querySelectorAll('.lib-row');
      if (!state.shown && state.down && rows.length === 1 && rows[0].textContent.includes(w)) state.shown = performance.now();
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  })()`);
  await box.fill(word);
  const handle = await page
    .waitForFunction(
      () => {
        const s = (window as unknown as { __bench: { down: number; shown: number } }).__bench;
        return s.shown ? s.shown - s.down : 0;
      },
      undefined,
      { timeout: 30_000 },
    )
    .catch(async (err: unknown) => {
      const rows = await page.locator('.lib-row').allInnerTexts();
      throw new Error(`no single row with "${word}" (${rows.length} rows; first: ${rows[0]?.slice(0, 200)})`, {
        cause: err,
      });
    });
  const ms = (await handle.jsonValue()) as number;
  await box.fill('');
  return ms;
}

/** Starts recording the longest wait between two animation frames in the page (how long it stopped painting). */
async function watchFrames(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    const state = { last: performance.now(), longest: 0, on: true };
    window.__frames = state;
    const tick = (now) => {
      state.longest = Math.max(state.longest, now - state.last);
      state.last = now;
      if (state.on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
}

/** The longest frame gap since `watchFrames`, in ms; stops recording. */
async function longestFrameGap(page: Page): Promise<number> {
  return (await page.evaluate(
    '(() => { const s = window.__frames; s.on = false; return Math.max(s.longest, performance.now() - s.last); })()',
  )) as number;
}

/**
 * Picks `file` and clicks Cancel a second after the bar says the file is being read; resolves with the milliseconds
 * from that second to "Import cancelled" on screen (the page's clock), and the longest frame gap meanwhile.
 */
async function cancelWhileReading(page: Page, file: string): Promise<{ ms: number; gap: number }> {
  await page.evaluate(`(() => {
    const state = { clicked: 0, shown: 0 };
    window.__cancel = state;
    new MutationObserver((_, observer) => {
      const bar = document.querySelector('.lib-import-progress progress');
      const button = [...document.querySelectorAll('.lib-import-progress button')].find((b) => b.textContent === 'Cancel import');
      if (!state.clicked && bar && bar.getAttribute('aria-label') === 'Reading the file…' && button) {
        // A second after the bar appears, when the file is being parsed: the time counts from then, even where
        // a page busy parsing runs the click later.
        state.clicked = performance.now() + 1000;
        setTimeout(() => button.click(), 1000);
      }
      if (state.clicked && !state.shown && document.body.innerText.includes('Import cancelled.')) {
        state.shown = performance.now();
        observer.disconnect();
      }
    }).observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
  })()`);
  await watchFrames(page);
  await page.locator('input[type="file"]').setInputFiles(file);
  await page.getByText('Import cancelled.').waitFor({ timeout: 600_000 });
  const gap = await longestFrameGap(page);
  const ms = (await page.evaluate('window.__cancel.shown - window.__cancel.clicked')) as number;
  return { ms, gap };
}

export default async function run(): Promise<void> {
  const library = generateLibrary();
  const dir = mkdtempSync(join(tmpdir(), 'lede-bench-'));
  const file = join(dir, 'hypothesis-export.json');
  writeFileSync(file, toHypothesisExport(library));
  const mb = statSync(file).size / 1e6;
  console.log(
    `${library.articles.length} articles, ${library.annotations.length} annotations; Hypothesis file ${mb.toFixed(1)} MB`,
  );

  let session: ExtensionSession;
  try {
    session = await launchWithExtension({ extensionPath: BUILD });
  } catch (err) {
    console.log(`real-Chromium library bench skipped: ${err instanceof Error ? err.message : String(err)}`);
    rmSync(dir, { recursive: true, force: true });
    return;
  }
  const url = `chrome-extension://${session.extensionId}/notes.html`;
  try {
    const page = await openLibrary(session);
    await page.goto(url);
    await page.getByRole('heading', { level: 1 }).waitFor();

    // Cancel while the file is parsed (the store is still empty): how soon the page carries it out.
    const cancelled = await cancelWhileReading(page, file);
    console.log(`  cancel while reading: ${cancelled.ms.toFixed(0)} ms`);

    // Import: from picking the file to the report; the progress bar's labels are recorded in the page meanwhile.
    await watchImportProgress(page);
    await watchFrames(page);
    const cpuNow = () => processTreeCpuMs(`--load-extension=${BUILD}`) ?? NaN;
    const cpu0 = cpuNow();
    const threads = watchThreadCpu(`--load-extension=${BUILD}`);
    const t0 = performance.now();
    await page.locator('input[type="file"]').setInputFiles(file);
    const done = page.getByText(/imported: \d+/);
    await Promise.race([
      done.waitFor({ timeout: 600_000 }),
      page
        .getByText(/Nothing was imported/)
        .waitFor({ timeout: 600_000 })
        .then(async () => {
          throw new Error(`import failed: ${await page.locator('.lib-error').innerText()}`);
        }),
    ]);
    const importMs = performance.now() - t0;
    const threadCpu = threads.stop();
    const importGap = await longestFrameGap(page);
    const report = await done.innerText();
    console.log(`  import finished in ${(importMs / 1000).toFixed(1)} s`);
    const labels = await importProgressSeen(page);
    const timeline = await importProgressTimeline(page);
    const importCpuMs = cpuNow() - cpu0;
    await page.close();

    // Reopening the library: navigation to its first row, a few times (the first includes the cold cache).
    const opens: number[] = [];
    const steps: string[] = [];
    let searchPage: Page | null = null;
    for (let i = 0; i < REOPENS; i++) {
      const p = await openLibrary(session);
      opens.push(await timeToFirstRow(p, url));
      steps.push(await firstRowSteps(p));
      // Let the page finish loading everything, so the next open does not queue behind this one's requests.
      await p.getByText(`Articles: ${library.articles.length}`, { exact: true }).waitFor({ timeout: 120_000 });
      // LIB_SETTLE=1: also let its search index finish and the page sit still before closing it. The library's pages
      // share one renderer process, so otherwise the next open waits for this one's indexing and garbage collection.
      if (SETTLE && i < REOPENS - 1) {
        await p.getByText('Preparing search…').waitFor({ state: 'hidden', timeout: 120_000 });
        await p.waitForTimeout(2_000);
      }
      if (i < REOPENS - 1) await p.close();
      else searchPage = p;
    }

    // Search: once the index is built ("Preparing search…" gone), a word found in one highlight only.
    const p = searchPage!;
    // The whole library is in (the count shows every article); the index is built once "Preparing search…" goes.
    await p.getByText('Preparing search…').waitFor({ state: 'hidden', timeout: 120_000 });
    const searches: number[] = [];
    for (let i = 0; i < 3; i++) searches.push(await timeToSearchRow(p, RARE_WORD));

    const row = (what: string, value: string, goal: string) =>
      console.log(what.padEnd(60), value.padStart(14), ` ${goal}`);
    console.log(`real Chromium IndexedDB, through the library page (${BUILD}):`);
    row('import Hypothesis file (pick → report)', `${(importMs / 1000).toFixed(1)} s`, '< 10 s');
    row(
      '  progress bar labels seen (first, last)',
      labels.length ? `${labels.length}: ${labels[0]} … ${labels.at(-1)}` : 'none',
      'records done / total',
    );
    row('  longest the page went without painting', `${(importGap / 1000).toFixed(1)} s`, '');
    row(
      'Cancel clicked while reading → "Import cancelled" shown',
      `${cancelled.ms.toFixed(0)} ms`,
      `longest frame gap ${(cancelled.gap / 1000).toFixed(1)} s`,
    );
    row('  browser CPU (all its processes)', `${(importCpuMs / 1000).toFixed(1)} s`, '');
    // Which threads: the import worker reads, validates and clones the records ("renderer / DedicatedWorker");
    // IndexedDB's backend stores them in the browser process's thread pool ("browser / ThreadPoolForeg").
    for (const [thread, ms] of threadCpu.slice(0, 4)) row(`    ${thread}`, `${(ms / 1000).toFixed(1)} s`, '');
    // Where the time went, by the label on screen: reading and validating the file; the bar counting records (the
    // page writing them into its one transaction; before the page wrote imports itself, chunks going to the
    // background); "Saving…" (the commit; before, the background's whole transaction).
    const phase = (re: RegExp) => timeline.filter((t) => re.test(t.label)).reduce((n, t) => n + t.ms, 0);
    row("  'Reading the file…' (parse + validate)", `${(phase(/^Reading/) / 1000).toFixed(1)} s`, '');
    row("  'Importing: n of N records' (bar counting)", `${(phase(/^Importing/) / 1000).toFixed(1)} s`, '');
    row("  'Saving N records…'", `${(phase(/^Saving/) / 1000).toFixed(1)} s`, '');
    row('  report', report.slice(0, 40), '');
    row(
      `reopen → first row (median of ${REOPENS}${SETTLE ? ', settled' : ''}; each)`,
      `${median(opens).toFixed(0)} ms`,
      `< 300 ms  [${opens.map((x) => x.toFixed(0)).join(', ')}]`,
    );
    for (const [i, s] of steps.entries()) row(`  open ${i + 1}: ${s}`, `${opens[i]!.toFixed(0)} ms`, '');
    row(
      `word typed → the one matching row (median of 3)`,
      `${median(searches).toFixed(0)} ms`,
      `< 100 ms  [${searches.map((x) => x.toFixed(0)).join(', ')}]`,
    );
    if (UPGRADE) {
      await p.close();
      // Any page of the extension's origin can write its database; the popup asked about no tab opens none itself.
      const writer = await session.context.newPage();
      await writer.goto(`chrome-extension://${session.extensionId}/popup.html?tab=-1`);
      const written = await writeV5Database(writer);
      await writer.close();
      const upgraded = await openLibrary(session);
      const firstRow = await timeToFirstRow(upgraded, url);
      await upgraded.getByText(`Articles: ${library.articles.length}`, { exact: true }).waitFor({ timeout: 120_000 });
      const layout = await upgraded.evaluate(
        () =>
          new Promise<{ version: number; ids: number }>((resolve, reject) => {
            const request = indexedDB.open('lede');
            request.onerror = () => reject(request.error);
            request.onsuccess = () => {
              const db = request.result;
              const all = db.transaction('noteIds').objectStore('noteIds').getAll();
              all.onsuccess = () => {
                db.close();
                resolve({
                  version: db.version,
                  ids: (all.result as Map<string, string>[]).reduce((n, b) => n + b.size, 0),
                });
              };
            };
          }),
      );
      row(
        `first open after updating from v5 (${written} notes) → first row`,
        `${firstRow.toFixed(0)} ms`,
        `upgrade included; then v${layout.version}, directory holds ${layout.ids} ids`,
      );
      await upgraded.close();
    }
    const { loadavg, cpus } = await import('node:os');
    console.log(
      `load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} on ${cpus().length} cores`,
    );
  } finally {
    await session.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
