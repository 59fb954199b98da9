// `npm run bench article`: Lede's article extraction against Readability alone, measured in the same run.
// Body text: token-level precision/recall/F1 against the hand-checked reference bodies of the golden pages.
// Metadata: title/byline/date/site/lang against expected-metadata.json (corpus, 128 pages) and expected.json
// (golden pages). Speed: ms per page, extraction only (both sides work on a parsed page; Readability on a clone,
// as any caller that must not destroy the live page does). Detection: false articles on non-article pages.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { extractArticle, isProbablyArticle, normalizeDate, comparable } from '../core/article/index';
import { loadFixtures } from '../scripts/lib/fixtures';
import { parseHtml } from '../scripts/lib/parse-html';
import { SYNTHETIC_NON_ARTICLES } from '../scripts/lib/synthetic-pages';
import { findCorpus } from './lib/corpus';

// $LEDE_CORPUS, or shared/ beside the project's folder (as in CI); without either only the golden pages are scored.
const CORPUS = findCorpus('bench article');
/** Timing repetitions per page; the minimum is kept, which is the least noisy on a shared machine. */
const REPS = 2;

interface Meta {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
}
interface Page {
  slug: string;
  html: string;
  url: string;
  expected: Meta;
  nonArticle: boolean;
  reference: string[] | null;
  /** Golden batch ('first' for the original set), so body scores of pages added blind are reported apart. */
  batch: string | null;
}

function loadPages(): Page[] {
  const pages: Page[] = [];
  if (!CORPUS) return pages;
  for (const slug of readdirSync(CORPUS).sort()) {
    const src = join(CORPUS, slug, 'source.html');
    if (!existsSync(src)) continue;
    const e = JSON.parse(readFileSync(join(CORPUS, slug, 'expected-metadata.json'), 'utf8')) as Meta & {
      readerable?: boolean;
    };
    pages.push({
      slug,
      html: readFileSync(src, 'utf8'),
      url: `https://${slug}.invalid/`,
      expected: e,
      nonArticle: e.readerable === false,
      reference: null,
      batch: null,
    });
  }
  return pages;
}

const tokens = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Multiset token overlap between a candidate and a reference text. */
function overlap(candidate: string, reference: string): { tp: number; cand: number; ref: number } {
  const counts = new Map<string, number>();
  for (const t of tokens(reference)) counts.set(t, (counts.get(t) ?? 0) + 1);
  let tp = 0;
  const cand = tokens(candidate);
  for (const t of cand) {
    const n = counts.get(t) ?? 0;
    if (n > 0) tp++, counts.set(t, n - 1);
  }
  return { tp, cand: cand.length, ref: tokens(reference).length };
}

function prf(tp: number, cand: number, ref: number): { p: number; r: number; f: number } {
  const p = cand ? tp / cand : 0;
  const r = ref ? tp / ref : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

const noBy = (s: string): string => comparable(s).replace(/^by\s+/, '');
/** Field comparers, applied identically to Lede and Readability. Expected nulls are not scored (see report). */
const SAME: Record<keyof Meta, (got: string | null, want: string) => boolean> = {
  title: (g, w) =>
    !!g &&
    (comparable(g) === comparable(w) ||
      comparable(w).startsWith(`${comparable(g)} `) ||
      comparable(g).startsWith(`${comparable(w)} `)),
  // Containment either way: "Sarah Gooding" found where the expectation kept a glued date, and vice versa.
  byline: (g, w) =>
    !!g &&
    (noBy(g) === noBy(w) ||
      (noBy(g).length >= 5 && noBy(w).includes(noBy(g))) ||
      (noBy(w).length >= 5 && noBy(g).includes(noBy(w)))),
  siteName: (g, w) => !!g && comparable(g) === comparable(w),
  publishedTime: (g, w) => !!g && (normalizeDate(g) ?? g).slice(0, 10) === (normalizeDate(w) ?? w).slice(0, 10),
  lang: (g, w) => !!g && g.toLowerCase().split(/[-_]/)[0] === w.toLowerCase().split(/[-_]/)[0],
};
const FIELDS = Object.keys(SAME) as (keyof Meta)[];

type Score = Record<keyof Meta, { ok: number; n: number }>;
const emptyScore = (): Score => Object.fromEntries(FIELDS.map((f) => [f, { ok: 0, n: 0 }])) as Score;
function scoreMeta(s: Score, got: Meta | null, want: Meta): void {
  for (const f of FIELDS) {
    const w = want[f];
    if (w === null || w === undefined || w === '') continue;
    s[f].n++;
    if (got && SAME[f](got[f] ?? null, w)) s[f].ok++;
  }
}

function runReadability(doc: Document): { meta: Meta; text: string } | null {
  const r = new Readability(doc.cloneNode(true) as Document).parse();
  if (!r) return null;
  return {
    meta: {
      title: r.title ?? null,
      byline: r.byline ?? null,
      siteName: r.siteName ?? null,
      publishedTime: r.publishedTime ?? null,
      lang: r.lang ?? null,
    },
    text: r.textContent ?? '',
  };
}

function time<T>(fn: () => T): { value: T; ms: number } {
  let best = Infinity;
  let value!: T;
  for (let i = 0; i < REPS; i++) {
    const t = performance.now();
    value = fn();
    best = Math.min(best, performance.now() - t);
  }
  return { value, ms: best };
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const pad = (s: string, n: number): string => s.padEnd(n);

export default async function bench(): Promise<void> {
  const corpus = loadPages();
  const golden: Page[] = loadFixtures().map((f) => ({
    slug: `golden/${f.slug}`,
    html: f.html,
    url: f.expected.url,
    expected: {
      title: f.expected.title,
      byline: f.expected.byline,
      siteName: f.expected.siteName,
      publishedTime: f.expected.publishedDate,
      lang: f.expected.lang,
    },
    nonArticle: !f.expected.isArticle,
    reference: f.expected.reviewed && f.expected.isArticle ? f.expected.referenceBody : null,
    batch: f.expected.batch ?? 'first',
  }));

  // Warm both code paths up so the first pages do not carry JIT compilation.
  for (const p of corpus.slice(0, 6)) {
    const page = parseHtml(p.html, p.url);
    runReadability(page.document);
    extractArticle(page.document, { url: p.url });
    await page.close();
  }

  const timing = { lede: 0, rdr: 0, detect: 0, readerable: 0, pages: 0 };
  const corpusScore = { lede: emptyScore(), rdr: emptyScore() };
  const goldenScore = { lede: emptyScore(), rdr: emptyScore() };
  type Tally = {
    lede: { tp: number; cand: number; ref: number };
    rdr: { tp: number; cand: number; ref: number };
    macro: { lede: number; rdr: number; n: number };
  };
  const tally = (): Tally => ({
    lede: { tp: 0, cand: 0, ref: 0 },
    rdr: { tp: 0, cand: 0, ref: 0 },
    macro: { lede: 0, rdr: 0, n: 0 },
  });
  const body = tally();
  const byBatch = new Map<string, Tally>();
  const perPage: string[] = [];
  const macro = { lede: 0, rdr: 0, n: 0 };
  let ledeNull = 0;
  for (const p of [...corpus, ...golden]) {
    const page = parseHtml(p.html, p.url);
    const doc = page.document;
    // Alternate which runs first, so neither side always gets the warmer cache.
    const first = timing.pages % 2 === 0;
    const a = first ? time(() => runReadability(doc)) : null;
    const l = time(() => extractArticle(doc, { url: p.url }));
    const r = a ?? time(() => runReadability(doc));
    const d = time(() => isProbablyArticle(doc));
    const dr = time(() => isProbablyReaderable(doc));
    (timing.lede += l.ms), (timing.rdr += r.ms), (timing.detect += d.ms), (timing.readerable += dr.ms), timing.pages++;
    if (!p.nonArticle && !l.value.article) ledeNull++;
    const art = l.value.article;
    const ledeMeta: Meta | null = art
      ? {
          title: art.title,
          byline: art.byline,
          siteName: art.siteName,
          publishedTime: art.publishedTime,
          lang: art.lang,
        }
      : null;
    const target = p.slug.startsWith('golden/') ? goldenScore : corpusScore;
    if (!p.nonArticle)
      scoreMeta(target.lede, ledeMeta, p.expected), scoreMeta(target.rdr, r.value?.meta ?? null, p.expected);
    if (p.reference) {
      const ref = p.reference.join('\n\n');
      const lo = overlap(art?.textContent ?? '', ref);
      const ro = overlap(r.value?.text ?? '', ref);
      if (!byBatch.has(p.batch!)) byBatch.set(p.batch!, tally());
      const ls = prf(lo.tp, lo.cand, lo.ref);
      const rs = prf(ro.tp, ro.cand, ro.ref);
      for (const t of [body, byBatch.get(p.batch!)!]) {
        for (const [k, o] of [
          ['lede', lo],
          ['rdr', ro],
        ] as const)
          (t[k].tp += o.tp), (t[k].cand += o.cand), (t[k].ref += o.ref);
        (t.macro.lede += ls.f), (t.macro.rdr += rs.f), t.macro.n++;
      }
      (macro.lede += ls.f), (macro.rdr += rs.f), macro.n++;
      perPage.push(
        `  ${pad(p.slug.replace('golden/', '') + (p.batch === 'first' ? '' : ` [${p.batch}]`), 16)} ${pct(ls.p).padStart(6)} ${pct(ls.r).padStart(6)} ${pct(ls.f).padStart(6)}   | ${pct(rs.p).padStart(6)} ${pct(rs.r).padStart(6)} ${pct(rs.f).padStart(6)}`,
      );
    }
    await page.close();
    if (timing.pages % 20 === 0) process.stderr.write(`  ${timing.pages} pages\n`);
  }

  // Non-article pages: corpus pages Readability calls non-readerable, golden non-articles, and synthetic ones.
  const nonArticles: { name: string; html: string }[] = [
    ...[...corpus, ...golden].filter((p) => p.nonArticle).map((p) => ({ name: p.slug, html: p.html })),
    ...Object.entries(SYNTHETIC_NON_ARTICLES).map(([name, make]) => ({ name: `synthetic ${name}`, html: make() })),
  ];
  const falseLede: string[] = [];
  const falseRdr: string[] = [];
  for (const n of nonArticles) {
    const page = parseHtml(n.html, 'https://example.invalid/page');
    if (isProbablyArticle(page.document)) falseLede.push(n.name);
    if (isProbablyReaderable(page.document)) falseRdr.push(n.name);
    await page.close();
  }
  const goldenArticles = golden.filter((g) => !g.nonArticle);
  let detected = 0;
  for (const g of goldenArticles) {
    const page = parseHtml(g.html, g.url);
    if (isProbablyArticle(page.document)) detected++;
    await page.close();
  }

  const L = prf(body.lede.tp, body.lede.cand, body.lede.ref);
  const R = prf(body.rdr.tp, body.rdr.cand, body.rdr.ref);
  const out: string[] = [];
  out.push(
    `article extraction: ${corpus.length} corpus pages + ${golden.length} golden pages; Lede vs Readability ${'0.6'} alone, same run`,
  );
  out.push('');
  out.push(`body text vs hand-checked references (${macro.n} golden articles, token level, micro-averaged)`);
  out.push(`  ${pad('', 16)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}`);
  out.push(
    `  ${pad('Lede', 16)} ${pct(L.p).padStart(6)} ${pct(L.r).padStart(6)} ${pct(L.f).padStart(6)}   macro F1 ${pct(macro.lede / macro.n)}`,
  );
  out.push(
    `  ${pad('Readability', 16)} ${pct(R.p).padStart(6)} ${pct(R.r).padStart(6)} ${pct(R.f).padStart(6)}   macro F1 ${pct(macro.rdr / macro.n)}`,
  );
  for (const [batch, t] of [...byBatch].sort(([a], [b]) =>
    a === 'first' ? -1 : b === 'first' ? 1 : a.localeCompare(b),
  )) {
    const bl = prf(t.lede.tp, t.lede.cand, t.lede.ref);
    const br = prf(t.rdr.tp, t.rdr.cand, t.rdr.ref);
    out.push(
      `  set ${pad(batch, 9)} (${String(t.macro.n).padStart(2)})  Lede ${pct(bl.p)} ${pct(bl.r)} ${pct(bl.f)}   Readability ${pct(br.p)} ${pct(br.r)} ${pct(br.f)}   macro F1 ${pct(t.macro.lede / t.macro.n)} vs ${pct(t.macro.rdr / t.macro.n)}`,
    );
  }
  out.push(`  per page          Lede P      R     F1   | Readability P R F1`);
  out.push(...perPage);
  out.push('');
  out.push('metadata accuracy (fields where the expectation is non-null; same comparers for both)');
  out.push(
    `  ${pad('field', 14)} ${pad('corpus Lede', 18)} ${pad('corpus Readability', 20)} ${pad('golden Lede', 14)} golden Readability`,
  );
  for (const f of FIELDS) {
    const c = (s: { ok: number; n: number }): string => `${s.ok}/${s.n} ${s.n ? pct(s.ok / s.n) : ''}`;
    out.push(
      `  ${pad(f, 14)} ${pad(c(corpusScore.lede[f]), 18)} ${pad(c(corpusScore.rdr[f]), 20)} ${pad(c(goldenScore.lede[f]), 14)} ${c(goldenScore.rdr[f])}`,
    );
  }
  const tot = (s: Score): number =>
    FIELDS.reduce((n, f) => n + s[f].ok, 0) /
    Math.max(
      1,
      FIELDS.reduce((n, f) => n + s[f].n, 0),
    );
  out.push(
    `  ${pad('all fields', 14)} ${pad(pct(tot(corpusScore.lede)), 18)} ${pad(pct(tot(corpusScore.rdr)), 20)} ${pad(pct(tot(goldenScore.lede)), 14)} ${pct(tot(goldenScore.rdr))}`,
  );
  out.push('');
  const per = (x: number): string => `${(x / timing.pages).toFixed(1)} ms`;
  out.push(`time per page (${timing.pages} pages, min of ${REPS}, extraction only)`);
  out.push(
    `  extract   Lede ${per(timing.lede)}   Readability ${per(timing.rdr)}   ratio ${(timing.lede / timing.rdr).toFixed(2)}x (bar: <= 1.5x)`,
  );
  out.push(
    `  detect    isProbablyArticle ${per(timing.detect)}   isProbablyReaderable ${per(timing.readerable)}   ratio ${(timing.detect / timing.readerable).toFixed(2)}x`,
  );
  out.push('');
  out.push(
    `detection: false articles on ${nonArticles.length} non-article pages: Lede ${falseLede.length}${falseLede.length ? ` (${falseLede.join(', ')})` : ''}; Readability's isProbablyReaderable ${falseRdr.length}${falseRdr.length ? ` (${falseRdr.join(', ')})` : ''}`,
  );
  out.push(
    `           golden articles detected: ${detected}/${goldenArticles.length}; corpus/golden article pages where Lede returned no article: ${ledeNull}`,
  );
  console.log(out.join('\n'));
}
