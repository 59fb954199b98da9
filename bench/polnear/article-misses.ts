// `LEDE_POLNEAR=… npx tsx bench/polnear/article-misses.ts [n]`: how Lede's misses on named Sources spread over
// articles, per `train` fold and for `dev`: a histogram of articles by their named misses (a wrong speaker or none,
// on found gold quotes the word match can score), the share of all misses held by the worst 5% of articles, and the
// named gold quotes Lede does not find at all (beside, not in, the misses). `dev` prints counts only.
//
// With n, it then lists train's n articles with the most named misses (fold, slug, misses of scored, wrong, none,
// not found), for reading whole-article failures; never dev's. LEDE_MISSES_SHOW=slug,slug (train only) prints
// those articles' missed named quotes with their paragraph.
import { goldQuotes } from './gold';
import { FOLDS, foldOf, loadPolnear, type PolnearSplit, paragraphIndex } from './load';
import { ledeQuotes } from './report';
import { overlaps } from './score';
import { isRightSpeaker } from './speaker-match';

interface ArticleMisses {
  slug: string;
  fold: number;
  scored: number;
  wrong: number;
  none: number;
  unfound: number;
}

const show = new Set((process.env.LEDE_MISSES_SHOW ?? '').split(',').filter(Boolean));

/** Per article: named gold quotes scored, wrong, none, and not found by Lede. */
function articleMisses(split: PolnearSplit): ArticleMisses[] {
  const out: ArticleMisses[] = [];
  for (const a of loadPolnear(split)) {
    const preds = ledeQuotes(a);
    const r: ArticleMisses = {
      slug: a.slug,
      fold: split === 'train' ? foldOf(a.slug) : -1,
      scored: 0,
      wrong: 0,
      none: 0,
      unfound: 0,
    };
    for (const g of goldQuotes(a)) {
      if (g.sourceClass !== 'name') continue;
      const ps = preds.filter((p) => overlaps(p, g));
      if (ps.length === 0) {
        r.unfound++;
        continue;
      }
      const vs = ps.map((p) => isRightSpeaker(p.speaker, g));
      if (vs.every((v) => v === null)) continue;
      r.scored++;
      if (vs.some((v) => v === true)) continue;
      if (ps[0]!.speaker === null) r.none++;
      else r.wrong++;
      if (split === 'train' && show.has(a.slug)) {
        const p = paragraphIndex(a, g.start);
        console.log(
          `[${a.slug}@${g.start} para ${p}] gold ${JSON.stringify(g.source)} lede ${JSON.stringify(ps[0]!.speaker)}\n  ${a.blocks[p]!.text.replace(/\s+/g, ' ')}\n`,
        );
      }
    }
    if (r.scored + r.unfound > 0) out.push(r);
  }
  return out;
}

const misses = (r: ArticleMisses): number => r.wrong + r.none;
const BINS: Array<[string, (k: number) => boolean]> = [
  ['0', (k) => k === 0],
  ['1-2', (k) => k >= 1 && k <= 2],
  ['3-5', (k) => k >= 3 && k <= 5],
  ['6+', (k) => k >= 6],
];

/** One row: articles, scored, misses, the histogram, the worst 5%'s share, and quotes not found. */
function row(label: string, rs: readonly ArticleMisses[]): string {
  const total = rs.reduce((s, r) => s + misses(r), 0);
  const scored = rs.reduce((s, r) => s + r.scored, 0);
  const worstN = Math.max(1, Math.ceil(rs.length * 0.05));
  const worst = rs
    .map(misses)
    .sort((x, y) => y - x)
    .slice(0, worstN)
    .reduce((s, k) => s + k, 0);
  const bins = BINS.map(([, test]) => String(rs.filter((r) => test(misses(r))).length).padStart(6));
  const share = total ? `${worst}/${total} (${((100 * worst) / total).toFixed(0)}%)` : '-';
  const unfound = rs.reduce((s, r) => s + r.unfound, 0);
  return `${label.padEnd(8)}${String(rs.length).padStart(9)}${String(scored).padStart(8)}${String(total).padStart(8)}${bins.join('')}${String(worstN).padStart(7)} ${share.padEnd(13)}${String(unfound).padStart(10)}`;
}

const n = Number(process.argv[2] ?? 0);
const train = articleMisses('train');
const dev = articleMisses('dev');
console.log('named Sources: misses (wrong speaker or none) per article; worst 5% = that many articles with the most');
console.log(
  `${'split'.padEnd(8)}${'articles'.padStart(9)}${'scored'.padStart(8)}${'misses'.padStart(8)}${BINS.map(([b]) => b.padStart(6)).join('')}${'worst'.padStart(7)} ${'their misses'.padEnd(13)}${'not found'.padStart(10)}`,
);
for (let k = 0; k < FOLDS; k++)
  console.log(
    row(
      `fold ${k}`,
      train.filter((r) => r.fold === k),
    ),
  );
console.log(row('train', train));
console.log(row('dev', dev));
if (n > 0) {
  console.log(`\ntrain's ${n} articles with the most named misses: fold, misses/scored, wrong, none, not found`);
  for (const r of [...train].sort((x, y) => misses(y) - misses(x) || y.unfound - x.unfound).slice(0, n))
    console.log(
      `  ${r.fold}  ${`${misses(r)}/${r.scored}`.padStart(6)}  wrong ${r.wrong}  none ${r.none}  not found ${r.unfound}  ${r.slug}`,
    );
}
