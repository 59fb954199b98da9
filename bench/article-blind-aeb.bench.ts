// `npm run bench article` (with article.bench.ts and article-detection.bench.ts): a blind check on the Article
// Extraction Benchmark's 181 news pages (scrapinghub/article-extraction-benchmark: html/*.html.gz and
// ground-truth.json), the set issue #12 was first measured on. Nothing in Lede was tuned on it: run it once per
// change of method, read the summary, and keep the pages unread (LEDE_AEB_LIST=1 prints them, which spends the set).
// One process, each page parsed once (happy-dom's parser; with LEDE_PARSE=spec, parse5's, the tree a browser builds,
// as the detection bench reads pages since run V); on that document, in alternating order: isProbablyArticle vs
// isProbablyReaderable, extractArticle vs Readability on a clone. CPU time of the process.
// Body text scored as the benchmark's evaluate.py does: 4-token shingles, counts normalised per page, precision and
// recall averaged over pages, F1 of the two averages.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { extractArticle, isProbablyArticle } from '../core/article/index';
import { parseHtml } from '../scripts/lib/parse-html';
import { parseHtmlAsBrowser } from '../scripts/lib/parse-html-spec';
import { timed } from './lib/cpu-timed';

/** Pages parsed by the spec's algorithm (parse5) rather than happy-dom's own parser. */
const SPEC_PARSE = process.env.LEDE_PARSE === 'spec';

/** evaluate.py's `\w+` with re.UNICODE: letters, digits and underscore in any script. */
const tokenize = (text: string): string[] => text.match(/[\p{L}\p{N}_]+/gu) ?? [];

/** True positives, false positives, false negatives over 4-token shingles, normalised to sum to 1 (evaluate.py). */
export function shingleMatch(truth: string, pred: string): [number, number, number] {
  const shingles = (text: string): Map<string, number> => {
    const t = tokenize(text);
    const m = new Map<string, number>();
    for (let i = 0; i < Math.max(1, t.length - 3); i++) {
      const key = t.slice(i, i + 4).join('\u0001');
      if (key) m.set(key, (m.get(key) ?? 0) + 1);
    }
    return m;
  };
  const a = shingles(truth);
  const b = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const t = a.get(key) ?? 0;
    const p = b.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}

function scores(rows: [number, number, number][]): { p: number; r: number; f: number } {
  const prec = (tp: number, fp: number, fn: number): number =>
    fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp);
  const rec = (tp: number, fp: number, fn: number): number =>
    fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn);
  const ps = rows.filter(([tp, fp]) => tp + fp > 0).map(([tp, fp, fn]) => prec(tp, fp, fn));
  const rs = rows.filter(([tp, , fn]) => tp + fn > 0).map(([tp, fp, fn]) => rec(tp, fp, fn));
  const mean = (xs: number[]): number => (xs.length ? xs.reduce((x, y) => x + y, 0) / xs.length : 0);
  const p = mean(ps);
  const r = mean(rs);
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
};
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

export default async function run(): Promise<void> {
  const root = process.env.LEDE_AEB;
  if (!root || !existsSync(join(root, 'ground-truth.json'))) {
    console.log(
      'article-blind-aeb: skipped: set LEDE_AEB to a copy of scrapinghub/article-extraction-benchmark (its html/ and ground-truth.json)',
    );
    return;
  }
  const truth = JSON.parse(readFileSync(join(root, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody?: string; url?: string }
  >;
  const files = readdirSync(join(root, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .sort();
  const rows: {
    key: string;
    url: string;
    lede: boolean;
    rdr: boolean;
    mLede: [number, number, number];
    mRdr: [number, number, number];
    t: { dl: number; dr: number; el: number; er: number };
  }[] = [];
  for (const [i, file] of files.entries()) {
    const key = file.replace(/\.html\.gz$/, '');
    const gt = truth[key];
    if (!gt) continue;
    const html = gunzipSync(readFileSync(join(root, 'html', file))).toString('utf8');
    const url = gt.url ?? 'https://page.invalid/';
    const parsed = SPEC_PARSE ? parseHtmlAsBrowser(html, url) : parseHtml(html, url);
    const doc = parsed.document;
    const ledeFirst = i % 2 === 0;
    const d1 = ledeFirst ? timed(() => isProbablyArticle(doc)) : null;
    const dr = timed(() => isProbablyReaderable(doc));
    const dl = d1 ?? timed(() => isProbablyArticle(doc));
    const e1 = ledeFirst ? timed(() => extractArticle(doc, { url })) : null;
    const er = timed(() => {
      try {
        return new Readability(doc.cloneNode(true) as Document).parse();
      } catch {
        return null;
      }
    });
    const el = e1 ?? timed(() => extractArticle(doc, { url }));
    await parsed.close();
    const body = gt.articleBody ?? '';
    rows.push({
      key,
      url,
      lede: dl.value,
      rdr: dr.value,
      mLede: shingleMatch(body, el.value.article?.textContent ?? ''),
      mRdr: shingleMatch(body, er.value?.textContent ?? ''),
      t: { dl: dl.ms, dr: dr.ms, el: el.ms, er: er.ms },
    });
  }
  const n = rows.length;
  const lRej = rows.filter((r) => !r.lede).length;
  const rRej = rows.filter((r) => !r.rdr).length;
  const L = scores(rows.map((r) => r.mLede));
  const R = scores(rows.map((r) => r.mRdr));
  const f3 = (x: number): string => x.toFixed(3);
  const tot = (k: 'dl' | 'dr' | 'el' | 'er'): number => sum(rows.map((r) => r.t[k]));
  const med = (k: 'dl' | 'dr' | 'el' | 'er'): number => median(rows.map((r) => r.t[k]));
  console.log(
    `BLIND: Article Extraction Benchmark (scrapinghub), ${n} news pages, every one an article (parsed by ${SPEC_PARSE ? 'parse5, as a browser' : "happy-dom's parser"})`,
  );
  console.log(
    `  articles rejected: Lede isProbablyArticle ${lRej} (${((100 * lRej) / n).toFixed(1)}%), Readability isProbablyReaderable ${rRej} (${((100 * rRej) / n).toFixed(1)}%)`,
  );
  console.log(
    `  body text (evaluate.py's shingle F1): Lede F1 ${f3(L.f)} (P ${f3(L.p)}, R ${f3(L.r)}); Readability F1 ${f3(R.f)} (P ${f3(R.p)}, R ${f3(R.r)})`,
  );
  console.log(
    `  extraction CPU: Lede ${tot('el').toFixed(0)} ms vs Readability ${tot('er').toFixed(0)} ms (${(tot('el') / tot('er')).toFixed(2)}x); median ${med('el').toFixed(1)} vs ${med('er').toFixed(1)} ms (${(med('el') / med('er')).toFixed(2)}x)`,
  );
  console.log(
    `  detection CPU: isProbablyArticle ${tot('dl').toFixed(0)} ms vs isProbablyReaderable ${tot('dr').toFixed(0)} ms (${(tot('dl') / tot('dr')).toFixed(2)}x)`,
  );
  if (process.env.LEDE_AEB_LIST) {
    for (const r of rows.filter((x) => !x.lede)) console.log(`  rejected: ${r.url}`);
  }
}
