// Detection alone, timed per page on one split's parsed pages: this checkout's isProbablyArticle beside an older copy
// of core/ (LEDE_OLD_CORE, e.g. `git archive <commit> core | tar -x -C /tmp/old`, with a node_modules symlink there)
// and Readability's isProbablyReaderable, in one process, the three alternating order page by page, each run
// LEDE_REPEATS times (median kept per page). With LEDE_DETECTION_DUMP=<file> it also writes every page's verdict and
// measured shape (JSON lines), so a change meant to keep every decision can be checked page by page (diff two dumps).
// Usage: LEDE_TRAFILATURA=… LEDE_READABILITY_PAGES=… LEDE_HTML_CLEANING=… LEDE_DOCS_PAGES=… [LEDE_OLD_CORE=/tmp/old/core]
//   [LEDE_DETECTION_SPLIT=dev] [LEDE_REPEATS=5] [LEDE_DETECTION_DUMP=dev.jsonl] npx tsx bench/detection-speed.ts
import { writeFileSync } from 'node:fs';
import { isProbablyReaderable } from '@mozilla/readability';
import { isProbablyArticle } from '../core/article/page-checks';
import { measurePage } from '../core/article/page-measure';
import { loadDetectionSet, readPage, type Split } from '../scripts/lib/detection-set';
import { parseHtmlAsBrowser } from '../scripts/lib/parse-html-spec';
import { labelledArticles } from './article-detection-labelled';
import { cpuMs } from './lib/cpu-timed';
import { loadMoreNegatives } from './more-negatives';

type Detect = (doc: Document) => boolean;

const split = (process.env.LEDE_DETECTION_SPLIT ?? 'dev') as Split;
const repeats = Math.max(1, Number(process.env.LEDE_REPEATS ?? 5));
const oldCore = process.env.LEDE_OLD_CORE;
const dumpPath = process.env.LEDE_DETECTION_DUMP;

const detectors: { name: string; fn: Detect }[] = [{ name: 'now', fn: isProbablyArticle }];
if (oldCore) {
  const old = (await import(`${oldCore}/article/page-checks.ts`)) as { isProbablyArticle: Detect };
  detectors.push({ name: 'old', fn: old.isProbablyArticle });
}
detectors.push({ name: 'readerable', fn: isProbablyReaderable as Detect });

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
};

/** Median CPU ms of `repeats` runs of `fn` on `doc`, and its answer. */
function timeOne(fn: Detect, doc: Document): { ms: number; value: boolean } {
  const ms: number[] = [];
  let value = false;
  for (let r = 0; r < repeats; r++) {
    const t = cpuMs();
    value = fn(doc);
    ms.push(cpuMs() - t);
  }
  return { ms: median(ms), value };
}

const pages = [...loadDetectionSet().pages, ...labelledArticles(), ...(loadMoreNegatives() ?? [])].filter(
  (p) => p.split === split,
);
const times = new Map<string, number[]>(detectors.map((d) => [d.name, []]));
const dump: string[] = [];
let warm = 0;
for (const [i, page] of pages.entries()) {
  const parsed = parseHtmlAsBrowser(readPage(page.path), page.url);
  const doc = parsed.document;
  if (!/\S/.test(doc.body?.textContent ?? '')) {
    await parsed.close();
    continue;
  }
  // Rotate which detector runs first, so neither always meets a cold cache.
  const order = detectors.map((_, k) => detectors[(k + i) % detectors.length]!);
  const values: Record<string, boolean> = {};
  for (const d of order) {
    const r = timeOne(d.fn, doc);
    values[d.name] = r.value;
    // The first pages carry JIT compilation: timed, but not counted.
    if (warm >= 5) times.get(d.name)!.push(r.ms);
  }
  warm++;
  if (dumpPath) {
    let shape: unknown = null;
    try {
      shape = measurePage(doc);
    } catch (e) {
      shape = String(e);
    }
    dump.push(
      JSON.stringify({
        name: page.name,
        source: page.source,
        kind: page.kind ?? null,
        isArticle: page.isArticle,
        lede: values.now,
        shape,
      }),
    );
  }
  await parsed.close();
  if ((i + 1) % 500 === 0) process.stderr.write(`  ${i + 1}/${pages.length}\n`);
}
if (dumpPath) writeFileSync(dumpPath, `${dump.join('\n')}\n`);
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const rdr = sum(times.get('readerable')!);
console.log(`detection speed, ${split}: ${times.get('now')!.length} pages, median of ${repeats} runs per page, CPU ms`);
for (const d of detectors) {
  const xs = times.get(d.name)!;
  console.log(
    `  ${d.name.padEnd(10)} total ${sum(xs).toFixed(0)} ms, ${(sum(xs) / xs.length).toFixed(3)} ms/page, median ${median(xs).toFixed(3)} ms, ${(sum(xs) / rdr).toFixed(2)}x isProbablyReaderable`,
  );
}
