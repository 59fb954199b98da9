// `npm run bench anchoring`: the anchoring engine in real Chromium against dom-anchor-text-quote in the same page.
// (1) time to restore 1,000 highlights on a 20,000-word page, text unchanged and every passage edited (all fuzzy),
// with how many landed wrong; (2) accuracy on edited copies of the BLIND split (reported first) and the DEV split
// (bench/anchoring-accuracy.ts, in Node); (3) the content-script cost proxies (bundle size, model build).
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { devPages } from '../tests/fixtures/anchoring/eval-pages';
import { buildLongPage, collectParagraphs, pickLongPassages } from '../tests/fixtures/anchoring/long-page';
import { bundle, ENGINE_ENTRY, launchChromium, startServer } from '../tests/fixtures/anchoring/chromium';
import { LONG_HIGHLIGHTS, LONG_WORDS, reportAccuracy } from './anchoring-accuracy';

const WORDS = LONG_WORDS;
const HIGHLIGHTS = LONG_HIGHLIGHTS;
const RUNS = 5;

const ms = (x: number): string => `${x.toFixed(x < 10 ? 1 : 0)} ms`;

async function speed(page: Page, url: string): Promise<Record<string, number | string>> {
  await page.goto(url);
  const text: string = await page.evaluate(() => (globalThis as any).lede.anchoring.buildTextModel(document.body).text);
  const spans = pickLongPassages(text, HIGHLIGHTS);
  return page.evaluate(
    ({ spans, runs }) => {
      const { anchoring } = (globalThis as any).lede;
      const dtq = (globalThis as any).dtq;
      const root = document.body;
      const model = anchoring.buildTextModel(root);
      const ranges = spans.map(([s, e]: number[]) => model.rangeFor(s, e));
      const ours = ranges.map((r: Range) => anchoring.describeRange(root, r, { model }));
      const theirs = ranges.map((r: Range) => ({ quote: dtq.fromRange(root, r), hint: 0 }));
      theirs.forEach(
        (t: any, i: number) => (t.hint = root.textContent!.indexOf(t.quote.exact, 0) >= 0 ? spans[i][0] : 0),
      );
      const squash = (s: string): string => s.replace(/\s+/g, '');
      const time = (fn: () => void, n: number): number => {
        const xs: number[] = [];
        for (let k = 0; k < n; k++) {
          const t0 = performance.now();
          fn();
          xs.push(performance.now() - t0);
        }
        return xs.sort((a, b) => a - b)[Math.floor(n / 2)];
      };
      // "ok" = the same text; "wrong" = placed silently on text overlapping the passage by less than 90% (over the
      // union); placements flagged for confirmation and orphans are counted apart.
      const check = (found: Array<{ range: Range; confidence?: string } | Range | null>, expected: Range[]): string => {
        const m = anchoring.buildTextModel(root);
        const span = (r: Range): number[] => [
          m.offsetOf(r.startContainer, r.startOffset),
          m.offsetOf(r.endContainer, r.endOffset),
        ];
        const t = { ok: 0, wrong: 0, confirm: 0, orphan: 0 };
        found.forEach((f, i) => {
          if (!f) return void t.orphan++;
          const r = 'range' in f ? f.range : f;
          if (squash(r.toString()) === squash(expected[i].toString())) return void t.ok++;
          if ('confidence' in f && f.confidence === 'needs-confirmation') return void t.confirm++;
          const [a, b] = [span(r), span(expected[i])];
          const inter = Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
          const union = Math.max(a[1], b[1]) - Math.min(a[0], b[0]);
          if (union > 0 && inter / union < 0.9) t.wrong++;
          else t.ok++;
        });
        return `${t.ok} ok ${t.wrong} wrong ${t.confirm} confirm ${t.orphan} orphan`;
      };

      const out: Record<string, number | string> = { highlights: spans.length, chars: model.text.length };
      const modelStart = performance.now();
      anchoring.buildTextModel(root);
      out.modelMs = performance.now() - modelStart;
      let found: any[] = [];
      out.oursUnchanged = time(() => (found = anchoring.anchorMany(root, ours)), runs);
      out.oursUnchangedOk = check(found, ranges);
      out.oursOneByOneUnchanged = time(() => (found = ours.map((s: unknown) => anchoring.anchor(root, s))), 1);
      out.dtqUnchanged = time(() => (found = theirs.map((t: any) => dtq.toRange(root, t.quote, { hint: t.hint }))), 1);
      out.dtqUnchangedOk = check(found, ranges);

      // Edit every passage: one letter in its middle becomes three, so no quote is found exactly and all later
      // positions drift (by 2,000 characters by the end of the page).
      for (let i = spans.length - 1; i >= 0; i--) {
        const [s, e] = spans[i];
        let mid = Math.floor((s + e) / 2);
        while (mid < e && !/[a-z]/i.test(model.text[mid])) mid++;
        const r = model.rangeFor(mid, mid + 1);
        const node = r.startContainer as Text;
        node.replaceData(r.startOffset, 1, 'xyz');
      }
      out.oursFuzzy = time(() => (found = anchoring.anchorMany(root, ours)), runs);
      out.oursFuzzyOk = check(found, ranges);
      out.oursFuzzyMethods = [...new Set(found.map((f: any) => f?.method ?? 'orphan'))].join('/');
      out.dtqFuzzy = time(() => (found = theirs.map((t: any) => dtq.toRange(root, t.quote, { hint: t.hint }))), 1);
      out.dtqFuzzyOk = check(found, ranges);
      return out;
    },
    { spans, runs: RUNS },
  );
}

export default async function run(): Promise<void> {
  const dev = devPages();
  if (!Array.isArray(dev)) throw new Error(dev.missing);
  const [engine, baseline] = await Promise.all([
    bundle(ENGINE_ENTRY),
    bundle("import * as dtq from 'dom-anchor-text-quote'; (globalThis as any).dtq = dtq;"),
  ]);
  const anchoringOnly = await bundle(
    "import { anchorMany, describeRange } from './core/anchoring/index'; (globalThis as any).a = { anchorMany, describeRange };",
  );
  const server = await startServer();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    // Nothing leaves 127.0.0.1; page scripts are off (the CSP header below) so saved pages do not rewrite themselves.
    await page.route('**/*', (route) =>
      route.request().url().startsWith(server.url('/')) ? route.continue() : route.abort(),
    );
    // tsx compiles this file with keepNames: functions passed to page.evaluate call a __name helper the page lacks.
    await page.addInitScript({ content: 'globalThis.__name = (f) => f;' + engine + ';' + baseline });
    const put = (path: string, html: string): string => {
      server.put(path, html, { 'content-security-policy': "script-src 'none'" });
      return server.url(path);
    };

    // LEDE_BENCH_ONLY=accuracy skips the timing part (and its slow baseline) while tuning.
    const longPage = buildLongPage(
      collectParagraphs(
        dev.map((p) => p.file),
        WORDS,
      ),
      WORDS,
    );
    const s = process.env.LEDE_BENCH_ONLY === 'accuracy' ? null : await speed(page, put('/long', longPage));
    if (s) {
      const n = s.highlights as number;
      console.log(
        `\n(1) restoring ${n} highlights on a ${WORDS.toLocaleString('en')}-word page (${s.chars} chars, DEV paragraphs), Chromium, median of ${RUNS}`,
      );
      console.log(
        'case                  lede anchorMany                                 dom-anchor-text-quote                              ratio',
      );
      const row = (label: string, ours: number, oursOk: unknown, theirs: number, theirsOk: unknown): string =>
        `${label.padEnd(21)} ${ms(ours).padEnd(8)} ${String(oursOk).padEnd(38)} ${ms(theirs).padEnd(9)} ${String(theirsOk).padEnd(40)} ${(theirs / ours).toFixed(0)}x`;
      console.log(row('unchanged text', +s.oursUnchanged, s.oursUnchangedOk, +s.dtqUnchanged, s.dtqUnchangedOk));
      console.log(row('every passage edited', +s.oursFuzzy, s.oursFuzzyOk, +s.dtqFuzzy, s.dtqFuzzyOk));
      console.log(
        `(of ${n}; lede, one anchor() call per highlight, unchanged: ${ms(+s.oursOneByOneUnchanged)}; methods when edited: ${s.oursFuzzyMethods})`,
      );
      console.log('goals (issue #13): unchanged < 50 ms, all fuzzy < 500 ms, all edited < 1% wrong');
    }

    // LEDE_BENCH_ONLY=speed skips the accuracy part (several minutes on a busy machine).
    if (process.env.LEDE_BENCH_ONLY !== 'speed') {
      console.log('\n(2) accuracy on edited copies of real pages (Node, happy-dom; same engine code as above)');
      reportAccuracy();
    }

    console.log('\n(3) content-script cost proxies');
    console.log(
      `engine bundle (anchoring + painter) ${(engine.length / 1024).toFixed(1)} kB min, ${(gzipSync(engine).length / 1024).toFixed(1)} kB gz; anchoring alone ${(anchoringOnly.length / 1024).toFixed(1)} kB min`,
    );
    if (s)
      console.log(
        `visible-text model of the ${WORDS.toLocaleString('en')}-word page: ${ms(+s.modelMs)} (built once per restore)`,
      );
    console.log(
      `(the model is only built when a page has annotations; with none, the engine costs its parse time only)`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}
