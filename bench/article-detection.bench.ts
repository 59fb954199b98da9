// `npm run bench article` (with article.bench.ts): article detection and extraction speed on a large mixed set of
// real pages from public datasets (see scripts/lib/detection-set.ts), Lede beside Readability in the same run.
// Detection: articles rejected and non-articles claimed, by isProbablyArticle and by isProbablyReaderable.
// Speed: each page parsed once, as a browser parses it (parse5's spec parser, the tree copied into happy-dom: see
// scripts/lib/parse-html-spec.ts), outside the timed part; on that document extractArticle vs Readability on a clone,
// and isProbablyArticle vs isProbablyReaderable, alternating which runs first; CPU time of the process.
// The held-out part is printed first; LEDE_DETECTION_SPLIT=dev|held-out limits the run to one part.
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { extractArticle, isProbablyArticle } from '../core/article/index';
import { labelledArticles } from './article-detection-labelled';
import { loadMoreNegatives, MORE_NEGATIVES_VAR } from './more-negatives';
import { timed } from './lib/cpu-timed';
import { DATASET_VARS, loadDetectionSet, readPage, type LabelledPage, type Split } from '../scripts/lib/detection-set';
import { parseHtmlAsBrowser } from '../scripts/lib/parse-html-spec';

interface Verdicts {
  page: LabelledPage;
  lede: boolean;
  readerable: boolean;
  /** Milliseconds, or null when the page was not timed (non-articles: extraction speed is about articles). */
  extract: { lede: number; rdr: number } | null;
  detect: { lede: number; rdr: number };
}

/** Every how-many-th article is also extracted and timed (1 = all; LEDE_EXTRACT_EVERY), to keep the run short. */
const EXTRACT_EVERY = Math.max(1, Number(process.env.LEDE_EXTRACT_EVERY ?? 3));

/**
 * Whether a parsed page shows no text at all: a saved copy that lost bytes (an unclosed `<title>` is raw text to the
 * end of the file, so a browser shows a blank page). No reader and no detector can find an article there, so such a
 * page is left out of both counts, like a page whose gold text is not an article's, and counted apart.
 */
const isBlank = (doc: Document): boolean => !/\S/.test(doc.body?.textContent ?? '');

async function judge(page: LabelledPage, index: number, articleIndex: number): Promise<Verdicts | null> {
  const parsed = parseHtmlAsBrowser(readPage(page.path), page.url);
  const doc = parsed.document;
  if (isBlank(doc)) {
    await parsed.close();
    return null;
  }
  const ledeFirst = index % 2 === 0;
  const d1 = ledeFirst ? timed(() => isProbablyArticle(doc)) : null;
  const dr = timed(() => isProbablyReaderable(doc));
  const dl = d1 ?? timed(() => isProbablyArticle(doc));
  let extract: Verdicts['extract'] = null;
  if (page.isArticle && articleIndex % EXTRACT_EVERY === 0) {
    const e1 = ledeFirst ? timed(() => extractArticle(doc, { url: page.url })) : null;
    const er = timed(() => {
      try {
        return new Readability(doc.cloneNode(true) as Document).parse();
      } catch {
        // Readability throws on some broken pages; the time it took still counts.
        return null;
      }
    });
    const el = e1 ?? timed(() => extractArticle(doc, { url: page.url }));
    extract = { lede: el.ms, rdr: er.ms };
  }
  await parsed.close();
  return { page, lede: dl.value, readerable: dr.value, extract, detect: { lede: dl.ms, rdr: dr.ms } };
}

const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : '-');
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
};

function report(split: Split, rows: Verdicts[]): string[] {
  const out: string[] = [];
  const pos = rows.filter((r) => r.page.isArticle);
  const neg = rows.filter((r) => !r.page.isArticle);
  out.push(`${split}: ${pos.length} articles, ${neg.length} non-articles`);
  out.push(`  ${'source'.padEnd(14)} ${'pages'.padStart(5)}   ${'Lede rejects'.padEnd(16)} Readability rejects`);
  const sources = [...new Set(pos.map((r) => r.page.source))];
  for (const src of [...sources, 'all']) {
    const set = src === 'all' ? pos : pos.filter((r) => r.page.source === src);
    const l = set.filter((r) => !r.lede).length;
    const rd = set.filter((r) => !r.readerable).length;
    out.push(
      `  ${src.padEnd(14)} ${String(set.length).padStart(5)}   ${`${l} (${pct(l, set.length)})`.padEnd(16)} ${rd} (${pct(rd, set.length)})`,
    );
  }
  // The hand-labelled non-articles (every kind, listed by name when claimed), then the documentation sites apart:
  // hundreds of pages of one kind, counted per site.
  const labelled = neg.filter((r) => r.page.source !== 'docs' && r.page.source !== 'more');
  const fl = labelled.filter((r) => r.lede);
  const fr = labelled.filter((r) => r.readerable);
  out.push(
    `  non-articles claimed: Lede ${fl.length}/${labelled.length}, Readability ${fr.length}/${labelled.length}   (targets: <= 1% articles rejected, 0 non-articles claimed)`,
  );
  // Named for dev only, as the rejected articles below: held-out's pages are not read, so no rule is written on them.
  if (split === 'dev') for (const r of fl) out.push(`    Lede claims ${r.page.name} (${r.page.kind})`);
  const docs = neg.filter((r) => r.page.source === 'docs');
  if (docs.length) {
    const site = (r: Verdicts): string => r.page.name.split('/')[1] ?? '';
    const perSite = [...new Set(docs.map(site))]
      .map(
        (x) => `${x} ${docs.filter((r) => site(r) === x && r.lede).length}/${docs.filter((r) => site(r) === x).length}`,
      )
      .join(', ');
    out.push(
      `  documentation pages claimed: Lede ${docs.filter((r) => r.lede).length}/${docs.length}, Readability ${docs.filter((r) => r.readerable).length}/${docs.length}   (per site, Lede: ${perSite})`,
    );
  }
  // The modern non-articles (LEDE_MORE_NEGATIVES), apart: pages of 2014-2016 saved for their forms, per kind.
  const more = neg.filter((r) => r.page.source === 'more');
  if (more.length) {
    const kinds = [...new Set(more.map((r) => r.page.kind ?? ''))].sort();
    const perKind = kinds
      .map((k) => {
        const set = more.filter((r) => r.page.kind === k);
        return `${k} ${set.filter((r) => r.lede).length}/${set.length}`;
      })
      .join(', ');
    out.push(
      `  modern non-articles claimed (${MORE_NEGATIVES_VAR}): Lede ${more.filter((r) => r.lede).length}/${more.length}, Readability ${more.filter((r) => r.readerable).length}/${more.length}   (per kind, Lede: ${perKind})`,
    );
    if (split === 'dev')
      for (const r of more.filter((x) => x.lede)) out.push(`    Lede claims ${r.page.name} (${r.page.kind})`);
  }
  // Only dev's rejected pages are ever named: held-out's are not read, so rules are never written on them.
  const missed = pos.filter((r) => !r.lede).map((r) => r.page.name);
  if (split === 'dev' && missed.length && process.env.LEDE_DETECTION_LIST)
    out.push(`    Lede rejects: ${missed.join(', ')}`);
  return out;
}

function speed(rows: Verdicts[]): string[] {
  const ex = rows.filter((r) => r.extract);
  const sum = (f: (r: Verdicts) => number, set: Verdicts[]): number => set.reduce((n, r) => n + f(r), 0);
  const el = sum((r) => r.extract!.lede, ex);
  const er = sum((r) => r.extract!.rdr, ex);
  const dl = sum((r) => r.detect.lede, rows);
  const dr = sum((r) => r.detect.rdr, rows);
  return [
    `speed (CPU time; each page parsed once; one run per function, alternating order; extraction on every ${EXTRACT_EVERY === 1 ? '' : `${EXTRACT_EVERY}th `}article)`,
    `  extract  ${ex.length} articles: Lede ${(el / ex.length).toFixed(1)} ms/page (median ${median(ex.map((r) => r.extract!.lede)).toFixed(1)}), Readability ${(er / ex.length).toFixed(1)} ms/page (median ${median(ex.map((r) => r.extract!.rdr)).toFixed(1)}): total ratio ${(el / er).toFixed(2)}x, median ratio ${(median(ex.map((r) => r.extract!.lede)) / median(ex.map((r) => r.extract!.rdr))).toFixed(2)}x (bar: <= 1.5x)`,
    `  detect   ${rows.length} pages: isProbablyArticle ${(dl / rows.length).toFixed(2)} ms/page, isProbablyReaderable ${(dr / rows.length).toFixed(2)} ms/page: ratio ${(dl / dr).toFixed(2)}x`,
  ];
}

export default async function bench(): Promise<void> {
  const loaded = loadDetectionSet();
  const { missing, leftOut } = loaded;
  const more = loadMoreNegatives();
  const pages = [...loaded.pages, ...labelledArticles(), ...(more ?? [])];
  if (!more)
    console.log(
      `article detection: ${MORE_NEGATIVES_VAR} is not set (or has no manifest.json), so the modern non-articles are left out of this run.`,
    );
  if (missing.length) {
    console.log('article detection: datasets missing, so those pages are left out of this run. Set:');
    for (const v of missing) console.log(`  ${v}=<path to ${DATASET_VARS[v]}>`);
  }
  if (!pages.length) {
    console.log('article detection: no pages to run on; skipped.');
    return;
  }
  const only = process.env.LEDE_DETECTION_SPLIT as Split | undefined;
  const splits: Split[] = only ? [only] : ['held-out', 'dev'];
  // Warm both code paths so the first pages do not carry JIT compilation.
  for (const p of pages.filter((x) => x.isArticle && x.split === 'dev').slice(0, 5)) await judge(p, 0, 0);
  const out: string[] = [
    `article detection and speed: ${pages.length} pages (seeded split: ~30% held-out); Lede vs Readability 0.6, same run`,
  ];
  const unknown = Object.entries(leftOut).map(([src, n]) => `${src} ${n}`);
  if (unknown.length)
    out.push(`left out, gold text under 60 words (not a known article; both splits): ${unknown.join(', ')}`);
  for (const split of splits) {
    const rows: Verdicts[] = [];
    const blank: string[] = [];
    let i = 0;
    let articles = 0;
    for (const p of pages.filter((x) => x.split === split)) {
      const row = await judge(p, i++, p.isArticle ? articles++ : -1);
      if (row) rows.push(row);
      else blank.push(`${p.source}${p.isArticle ? '' : ' non-article'}`);
      if (i % 200 === 0) process.stderr.write(`  ${split}: ${i} pages\n`);
    }
    out.push('', ...report(split, rows));
    if (blank.length) {
      const by = [...new Set(blank)].map((k) => `${k} ${blank.filter((b) => b === k).length}`).join(', ');
      out.push(`  left out, blank in a browser (no text once parsed: a broken saved copy): ${by}`);
    }
    out.push(...speed(rows));
  }
  console.log(out.join('\n'));
}
