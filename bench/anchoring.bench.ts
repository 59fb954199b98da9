// `npm run bench anchoring`: the anchoring engine in real Chromium against dom-anchor-text-quote in the same page.
// (1) time to restore 1,000 highlights on a 20,000-word page, text unchanged and every passage edited (all fuzzy);
// (2) accuracy on edited copies of held-out real pages; (3) the content-script cost proxies (bundle size, model build).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { buildTextModel } from '../core/anchoring/index';
import { editPassage, insertBanner, markPassages, type EditKind } from '../tests/fixtures/anchoring/edit-page';
import { pickPassages, prng } from '../tests/fixtures/anchoring/generate';
import { bundle, ENGINE_ENTRY, launchChromium, startServer } from '../tests/fixtures/anchoring/chromium';
import { loadDocument } from '../tests/fixtures/anchoring/load-page';
import { findCorpus } from './lib/corpus';

// $LEDE_CORPUS, or shared/ beside the project's folder (as in CI): the long page and the held-out pages come from it.
const FOUND_CORPUS = findCorpus('bench anchoring');
const CORPUS = FOUND_CORPUS ?? '';
/** Held out from the unit-test fixtures, so the thresholds were not tuned on them. */
const HELD_OUT = ['nytimes-1', 'nytimes-2', 'cnn', 'wikipedia', 'medium-1', 'theverge', 'salon-1', 'lemonde-1', 'citylab-1', 'wapo-1'];
const WORDS = 20_000;
const HIGHLIGHTS = 1_000;
const RUNS = 5;

const ms = (x: number): string => `${x.toFixed(x < 10 ? 2 : 0)} ms`;
const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');

/** A 20,000-word article made of real paragraphs from the corpus, with inline markup, headings and quotes. */
function buildLongPage(): string {
  const rand = prng(7);
  // Unique paragraphs only: repeats would turn every edited passage into an exact match of its copy.
  const paragraphs = new Set<string>();
  let available = 0;
  for (const slug of readdirSync(CORPUS).sort()) {
    if (available > WORDS * 1.1 || !existsSync(join(CORPUS, slug, 'source.html'))) continue;
    const { doc } = loadDocument(readFileSync(join(CORPUS, slug, 'source.html'), 'utf8'));
    for (const p of doc.querySelectorAll('p')) {
      const t = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (t.split(' ').length >= 25 && !paragraphs.has(t)) {
        paragraphs.add(t);
        available += t.split(' ').length;
      }
    }
  }
  const list = [...paragraphs];
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const out: string[] = [];
  let words = 0;
  for (let i = 0; words < WORDS; i++) {
    const ws = esc(list[i % list.length]).split(' ');
    words += ws.length;
    // Some inline markup, as real articles have links and emphasis mid-sentence.
    const k = Math.floor(rand() * (ws.length - 3));
    ws[k] = `<a href="#n${i}">${ws[k]}`;
    ws[k + 2] = `${ws[k + 2]}</a>`;
    const html = `<p>${ws.join(' ')}</p>`;
    if (i % 12 === 11) out.push(`<h2>Section ${i / 12 + 1}</h2>`);
    out.push(i % 17 === 16 ? `<blockquote>${html}</blockquote>` : html);
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>Long read</title></head><body><article>${out.join('\n')}</article></body></html>`;
}

/** 1,000 non-overlapping passages of 4 to 30 words (all long enough to be matched approximately). */
function pickLongPassages(text: string): Array<[number, number]> {
  const rand = prng(42);
  const words = [...text.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].length] as const);
  const out: Array<[number, number]> = [];
  let w = 0;
  const stride = Math.floor(words.length / HIGHLIGHTS);
  for (let i = 0; i < HIGHLIGHTS; i++) {
    w = i * stride + Math.floor(rand() * 3);
    const n = rand() < 0.6 ? 4 + Math.floor(rand() * 8) : 12 + Math.floor(rand() * 18);
    const last = Math.min(w + n - 1, (i + 1) * stride - 2, words.length - 1);
    if (words[last][1] - words[w][0] < 24) continue;
    out.push([words[w][0], words[last][1]]);
  }
  return out;
}

async function speed(page: Page, url: string): Promise<Record<string, number | string>> {
  await page.goto(url);
  const text: string = await page.evaluate(() => (globalThis as any).lede.anchoring.buildTextModel(document.body).text);
  const spans = pickLongPassages(text);
  return page.evaluate(
    ({ spans, runs }) => {
      const { anchoring } = (globalThis as any).lede;
      const dtq = (globalThis as any).dtq;
      const root = document.body;
      const model = anchoring.buildTextModel(root);
      const ranges = spans.map(([s, e]: number[]) => model.rangeFor(s, e));
      const ours = ranges.map((r: Range) => anchoring.describeRange(root, r, { model }));
      const theirs = ranges.map((r: Range) => ({ quote: dtq.fromRange(root, r), hint: 0 }));
      theirs.forEach((t: any, i: number) => (t.hint = root.textContent!.indexOf(t.quote.exact, 0) >= 0 ? spans[i][0] : 0));
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
      const check = (found: Array<{ range: Range } | Range | null>, expected: string[]): number =>
        found.filter((f, i) => f && squash(('range' in f ? f.range : f).toString()) === squash(expected[i])).length;

      const out: Record<string, number | string> = { highlights: spans.length, chars: model.text.length };
      const modelStart = performance.now();
      anchoring.buildTextModel(root);
      out.modelMs = performance.now() - modelStart;
      let expected = ranges.map((r: Range) => r.toString());
      let found: any[] = [];
      out.oursUnchanged = time(() => (found = anchoring.anchorMany(root, ours)), runs);
      out.oursUnchangedOk = check(found, expected);
      out.oursOneByOneUnchanged = time(() => (found = ours.map((s: unknown) => anchoring.anchor(root, s))), 1);
      out.dtqUnchanged = time(() => (found = theirs.map((t: any) => dtq.toRange(root, t.quote, { hint: t.hint }))), 1);
      out.dtqUnchangedOk = check(found, expected);

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
      expected = ranges.map((r: Range) => r.toString());
      out.oursFuzzy = time(() => (found = anchoring.anchorMany(root, ours)), runs);
      out.oursFuzzyOk = check(found, expected);
      out.oursFuzzyMethods = [...new Set(found.map((f: any) => f?.method ?? 'orphan'))].join('/');
      out.dtqFuzzy = time(() => (found = theirs.map((t: any) => dtq.toRange(root, t.quote, { hint: t.hint }))), 1);
      out.dtqFuzzyOk = check(found, expected);
      return out;
    },
    { spans, runs: RUNS },
  );
}

interface Tally {
  total: number;
  exact: number;
  near: number;
  orphan: number;
  wrong: number;
}

/** Edited copies of one held-out page: selectors saved on the original in Chromium, re-anchored on each copy. */
async function accuracy(page: Page, put: (path: string, html: string) => string, slug: string, tallies: Map<string, Tally>): Promise<void> {
  const html = readFileSync(join(CORPUS, slug, 'source.html'), 'utf8');
  const kinds: Array<[string, EditKind, boolean]> = [
    ['unchanged, banner above', 'none', true],
    ['words inserted beside', 'insert-near', false],
    ['markup and whitespace', 'markup', false],
    ['one word reworded (>= 40 chars)', 'reword-inside', true],
    ['one word reworded (< 40 chars)', 'reword-inside', true],
    ['passage deleted', 'delete', false],
  ];
  const { doc: probe } = loadDocument(html);
  const spans = pickPassages(buildTextModel(probe.body).text, 40, slug.length * 31);
  for (const [label, kind, banner] of kinds) {
    const { doc } = loadDocument(html);
    markPassages(buildTextModel(doc.body), spans.map((p) => [p.start, p.end] as const));
    const original = '<!doctype html>' + doc.documentElement.outerHTML;
    const edited = spans.map((_, i) => editPassage(doc, i, kind));
    if (banner) insertBanner(doc);
    const copy = '<!doctype html>' + doc.documentElement.outerHTML;
    await page.goto(put(`/${slug}/original`, original), { waitUntil: 'domcontentloaded' });
    const selectors = await page.evaluate((n) => {
      const { anchoring } = (globalThis as any).lede;
      const model = anchoring.buildTextModel(document.body);
      const out = [];
      for (let i = 0; i < n; i++) {
        const r = document.createRange();
        r.setStartAfter(document.querySelector(`[data-lede-mark="s${i}"]`)!);
        r.setEndBefore(document.querySelector(`[data-lede-mark="e${i}"]`)!);
        out.push(anchoring.describeRange(document.body, r, { model }));
      }
      return out;
    }, spans.length);
    await page.goto(put(`/${slug}/copy`, copy), { waitUntil: 'domcontentloaded' });
    const results: Array<{ exp: number[] | null; got: number[] | null }> = await page.evaluate(
      ({ selectors, edited, deleted }) => {
        const { anchoring } = (globalThis as any).lede;
        const model = anchoring.buildTextModel(document.body);
        const found = anchoring.anchorMany(document.body, selectors, { model });
        const at = (name: string): number => model.offsetOf(document.querySelector(`[data-lede-mark="${name}"]`), 0);
        return found.map((f: any, i: number) => {
          let s = at(`s${i}`);
          let e = at(`e${i}`);
          while (s < e && /\s/.test(model.text[s])) s++;
          while (e > s && /\s/.test(model.text[e - 1])) e--;
          const got = f && [model.offsetOf(f.range.startContainer, f.range.startOffset), model.offsetOf(f.range.endContainer, f.range.endOffset)];
          return { exp: deleted && edited[i] ? null : [s, e], got };
        });
      },
      { selectors, edited, deleted: kind === 'delete' },
    );
    results.forEach(({ exp, got }, i) => {
      const show = (what: string): void => {
        if (process.env.LEDE_BENCH_VERBOSE) console.log(`  ${what}: ${slug} ${label} #${i} ${JSON.stringify(selectors[i]?.[0])} exp=${exp} got=${got}`);
      };
      if (kind === 'reword-inside') {
        if (!edited[i]) return;
        const long = selectors[i] && selectors[i][0].exact.length >= 40;
        if (long !== label.includes('>=')) return;
      }
      const t = tallies.get(label) ?? { total: 0, exact: 0, near: 0, orphan: 0, wrong: 0 };
      tallies.set(label, t);
      t.total++;
      if (!got) t[exp ? 'orphan' : 'exact']++;
      else if (!exp) {
        t.wrong++;
        show('wrong');
      }
      else if (got[0] === exp[0] && got[1] === exp[1]) t.exact++;
      else {
        const inter = Math.max(0, Math.min(got[1], exp[1]) - Math.max(got[0], exp[0]));
        const kind = inter / (Math.max(got[1], exp[1]) - Math.min(got[0], exp[0])) >= 0.9 ? 'near' : 'wrong';
        t[kind]++;
        show(kind);
      }
    });
  }
}

export default async function run(): Promise<void> {
  // Every figure of this bench is measured on corpus pages: without them there is nothing to run.
  if (!FOUND_CORPUS) throw new Error('bench anchoring needs the page corpus: set LEDE_CORPUS (see above)');
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
    await page.route('**/*', (route) => (route.request().url().startsWith(server.url('/')) ? route.continue() : route.abort()));
    // tsx compiles this file with keepNames: functions passed to page.evaluate call a __name helper the page lacks.
    await page.addInitScript({ content: 'globalThis.__name = (f) => f;' + engine + ';' + baseline });
    const put = (path: string, html: string): string => {
      server.put(path, html, { 'content-security-policy': "script-src 'none'" });
      return server.url(path);
    };

    // LEDE_BENCH_ONLY=accuracy skips the timing part (and its slow baseline) while tuning.
    const s = process.env.LEDE_BENCH_ONLY === 'accuracy' ? null : await speed(page, put('/long', buildLongPage()));
    if (s) {
    const n = s.highlights as number;
    console.log(`\n(1) restoring ${n} highlights on a ${WORDS.toLocaleString('en')}-word page (${s.chars} chars), Chromium, median of ${RUNS}`);
    console.log('case                     lede anchorMany        dom-anchor-text-quote   ratio');
    console.log(
      `unchanged text           ${ms(+s.oursUnchanged).padEnd(9)} ${`${s.oursUnchangedOk}/${n} ok`.padEnd(13)} ${ms(+s.dtqUnchanged).padEnd(10)} ${`${s.dtqUnchangedOk}/${n} ok`.padEnd(13)} ${(+s.dtqUnchanged / +s.oursUnchanged).toFixed(0)}x`,
    );
    console.log(
      `every passage edited     ${ms(+s.oursFuzzy).padEnd(9)} ${`${s.oursFuzzyOk}/${n} ok`.padEnd(13)} ${ms(+s.dtqFuzzy).padEnd(10)} ${`${s.dtqFuzzyOk}/${n} ok`.padEnd(13)} ${(+s.dtqFuzzy / +s.oursFuzzy).toFixed(0)}x`,
    );
    console.log(`(lede, one anchor() call per highlight, unchanged: ${ms(+s.oursOneByOneUnchanged)}; methods when edited: ${s.oursFuzzyMethods})`);
    console.log(`goals: unchanged < 100 ms, all fuzzy < 1,000 ms, >= 10x the baseline`);
    }

    const tallies = new Map<string, Tally>();
    for (const slug of HELD_OUT) await accuracy(page, put, slug, tallies);
    console.log(`\n(2) accuracy on edited copies of ${HELD_OUT.length} held-out corpus pages (selectors saved in Chromium on the original)`);
    console.log('edit                               n    exact   near(>=90% overlap)  orphan   wrong');
    for (const [label, t] of tallies) {
      console.log(
        `${label.padEnd(34)} ${String(t.total).padStart(4)}  ${pct(t.exact, t.total).padStart(6)}  ${pct(t.near, t.total).padStart(8)}           ${pct(t.orphan, t.total).padStart(6)}  ${String(t.wrong).padStart(5)}`,
      );
    }
    console.log('goals: unchanged passages >= 99% exact; lightly edited >= 90% land; deleted: 0 wrong ("exact" = orphaned)');

    console.log('\n(3) content-script cost proxies');
    console.log(
      `engine bundle (anchoring + painter) ${(engine.length / 1024).toFixed(1)} kB min, ${(gzipSync(engine).length / 1024).toFixed(1)} kB gz; anchoring alone ${(anchoringOnly.length / 1024).toFixed(1)} kB min`,
    );
    if (s) console.log(`visible-text model of the ${WORDS.toLocaleString('en')}-word page: ${ms(+s.modelMs)} (built once per restore)`);
    console.log(`(the model is only built when a page has annotations; with none, the engine costs its parse time only)`);
  } finally {
    await browser.close();
    await server.close();
  }
}
