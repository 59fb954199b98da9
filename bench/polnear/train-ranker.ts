// `LEDE_POLNEAR=… npx tsx bench/polnear/train-ranker.ts [--write]`: learns the speaker ranker's weights
// (core/facts/speaker-ranker.ts) on PolNeAR `train` only. Every quote's candidates are labelled against the gold
// Source (speaker-match.ts); a logistic regression is fitted on the quotes the sieve leaves without a speaker. It
// prints a 5-fold cross-validation on `train`'s inner folds (load.ts, foldOf): for each fold, the model fitted on
// the other four and judged on this one, per threshold. With --write, the model fitted on all of `train` and the
// threshold picked by that cross-validation are written to core/facts/speaker-ranker-weights.ts. `dev` is never read.
import { writeFileSync } from 'node:fs';
import { extractKeyItems } from '../../core/facts/index';
import { FEATURES, type RankerTrace } from '../../core/facts/speaker-ranker';
import { type GoldQuote, goldQuotes } from './gold';
import { FOLDS, foldOf, loadPolnear } from './load';
import { overlaps } from './score';
import { isRightSpeaker } from './speaker-match';

interface Example {
  fold: number;
  /** Each candidate's features and whether it is the gold speaker. */
  candidates: Array<{ x: number[]; y: boolean }>;
  /** Whether no speaker is right (the gold has no Source). */
  noneRight: boolean;
  /** Whether the sieve gave a speaker (examples with one are not learnt from). */
  sieveSpoke: boolean;
  /** The kind of quote, for reading the cross-validation: partial or whole, with an unresolved pronoun cue or not. */
  group: string;
  /** Whether the sieve's speaker is right, and which candidate it is (-1: none of them). */
  sieveRight: boolean;
  sieveIdx: number;
}

const examples: Example[] = [];
for (const a of loadPolnear('train')) {
  const gold = goldQuotes(a);
  const fold = foldOf(a.slug);
  const trace: RankerTrace = (site, candidates, sieve) => {
    const span = {
      start: a.blockStarts[site.block]! + site.open + 1,
      end: a.blockStarts[site.block]! + site.close - 1,
    };
    const g: GoldQuote | undefined = gold.find((q) => overlaps(span, q));
    if (!g) return;
    const labels = candidates.map((c) => isRightSpeaker(c.name, g));
    const noneRight = isRightSpeaker(null, g);
    if (noneRight === null || labels.some((l) => l === null)) return;
    examples.push({
      fold,
      candidates: candidates.map((c, k) => ({ x: c.features, y: labels[k] === true })),
      noneRight,
      sieveSpoke: sieve !== null,
      sieveRight: isRightSpeaker(sieve, g) === true,
      sieveIdx: candidates.findIndex((c) => c.name === sieve),
      group: `${site.partial ? 'partial' : 'whole'}${site.pronoun ? ' with a pronoun cue' : ''}${
        sieve && /^the\s/i.test(sieve) && !candidates.some((c) => c.name === sieve) ? ' definite description' : ''
      }${site.clause ? '' : ' no clause'}`,
    });
  };
  extractKeyItems({ title: a.title, blocks: a.blocks }, { rankerTrace: trace });
}

/** L2-regularised logistic regression by full-batch gradient descent: [bias, ...weights]. */
function fitModel(rows: Array<{ x: number[]; y: boolean }>): number[] {
  const d = FEATURES.length;
  const w = new Array<number>(d + 1).fill(0);
  const lr = 0.5;
  const l2 = 1e-3;
  for (let it = 0; it < 1500; it++) {
    const g = new Array<number>(d + 1).fill(0);
    for (const r of rows) {
      let z = w[0]!;
      for (let k = 0; k < d; k++) z += w[k + 1]! * r.x[k]!;
      const err = 1 / (1 + Math.exp(-z)) - (r.y ? 1 : 0);
      g[0]! += err;
      for (let k = 0; k < d; k++) g[k + 1]! += err * r.x[k]!;
    }
    for (let k = 0; k <= d; k++) w[k]! -= lr * (g[k]! / rows.length + (k ? l2 * w[k]! : 0));
  }
  return w;
}

function prob(w: number[], x: number[]): number {
  let z = w[0]!;
  for (let k = 0; k < x.length; k++) z += w[k + 1]! * x[k]!;
  return 1 / (1 + Math.exp(-z));
}

/** On quotes the sieve left without a speaker: picks made, right picks, and quotes where none was right and lost. */
function judge(w: number[], exs: Example[], threshold: number): { picks: number; right: number; lost: number } {
  let picks = 0;
  let right = 0;
  let lost = 0;
  for (const e of exs) {
    let best = -1;
    let bestP = threshold;
    e.candidates.forEach((c, k) => {
      const p = prob(w, c.x);
      if (p >= bestP) [best, bestP] = [k, p];
    });
    if (best < 0) continue;
    picks++;
    if (e.candidates[best]!.y) right++;
    if (e.noneRight) lost++;
  }
  return { picks, right, lost };
}

const learnable = (exs: Example[]): Array<{ x: number[]; y: boolean }> =>
  exs.filter((e) => process.env.RANKER_ALL || !e.sieveSpoke).flatMap((e) => e.candidates);
const thresholds = [0.2, 0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7];
const open = examples.filter((e) => !e.sieveSpoke);
console.log(
  `train: ${examples.length} matched quotes, ${open.length} without a sieve speaker; of those a candidate is right for ${open.filter((e) => e.candidates.some((c) => c.y)).length}, no speaker is right for ${open.filter((e) => e.noneRight).length}`,
);
const net = new Map<number, number>(thresholds.map((t) => [t, 0]));
const totals = new Map<number, { picks: number; right: number; lost: number }>(
  thresholds.map((t) => [t, { picks: 0, right: 0, lost: 0 }]),
);
for (let k = 0; k < FOLDS; k++) {
  const w = fitModel(learnable(examples.filter((e) => e.fold !== k)));
  const held = open.filter((e) => e.fold === k);
  const line = thresholds.map((t) => {
    const j = judge(w, held, t);
    net.set(t, net.get(t)! + j.right - j.lost);
    const s = totals.get(t)!;
    s.picks += j.picks;
    s.right += j.right;
    s.lost += j.lost;
    return `≥${t}: ${j.right}/${j.picks} right, ${j.lost} lost`;
  });
  console.log(`fold ${k} held out (${held.length} quotes): ${line.join('; ')}`);
}
const byGroup = new Map<string, { n: number; picks: number; right: number }>();
for (let k = 0; k < FOLDS; k++) {
  const w = fitModel(learnable(examples.filter((e) => e.fold !== k)));
  for (const e of open.filter((x) => x.fold === k)) {
    const j = judge(w, [e], 0.5);
    const g = byGroup.get(e.group) ?? { n: 0, picks: 0, right: 0 };
    g.n++;
    g.picks += j.picks;
    g.right += j.right;
    byGroup.set(e.group, g);
  }
}
// Re-ranking where the sieve spoke through a pronoun: the model overrides it when its best candidate beats the
// sieve's by a margin. Judged on held-out folds only.
if (process.env.RANKER_RERANK) {
  for (const margin of [0, 0.2, 0.4, 0.5, 0.6, 0.7]) {
    let gained = 0;
    let lost = 0;
    let n = 0;
    for (let k = 0; k < FOLDS; k++) {
      const w = fitModel(learnable(examples.filter((e) => e.fold !== k)));
      for (const e of examples.filter(
        (x) => x.fold === k && x.sieveSpoke && x.group.includes(process.env.RANKER_RERANK!),
      )) {
        n++;
        const ps = e.candidates.map((c) => prob(w, c.x));
        const best = ps.indexOf(Math.max(...ps));
        if (best < 0 || best === e.sieveIdx) continue;
        const sieveP = e.sieveIdx >= 0 ? ps[e.sieveIdx]! : 0;
        if (ps[best]! - sieveP < margin) continue;
        if (e.candidates[best]!.y && !e.sieveRight) gained++;
        if (!e.candidates[best]!.y && e.sieveRight) lost++;
      }
    }
    console.log(
      `re-rank "${process.env.RANKER_RERANK}" (${n} quotes), margin ${margin}: ${gained} gained, ${lost} lost`,
    );
  }
}
for (const [group, g] of byGroup) console.log(`  ${group}: ${g.n} quotes, ${g.right}/${g.picks} picks right at ≥0.5`);
for (const t of thresholds) {
  const s = totals.get(t)!;
  console.log(`threshold ${t}: ${s.right}/${s.picks} picks right, ${s.lost} none-right lost, net ${net.get(t)}`);
}
if (process.argv.includes('--write')) {
  // The threshold: the lowest whose picks on held-out folds are right at least 60% of the time, about the accuracy of
  // the sieve's weakest pass (descriptions), so that a filled-in speaker is not worse than what the sieve already
  // gives (for the measure every right pick is a gain, since no speaker scores as wrong; for a reader a wrong name is
  // worse than none).
  const threshold =
    thresholds.find((t) => {
      const s = totals.get(t)!;
      return s.picks > 0 && s.right / s.picks >= 0.6;
    }) ?? 1;
  const w = fitModel(learnable(examples));
  const round = (v: number): number => Math.round(v * 1000) / 1000;
  const body = [
    '// Weights of the speaker ranker (speaker-ranker.ts), written by bench/polnear/train-ranker.ts --write on PolNeAR',
    `// \`train\` (${learnable(examples).length} candidates of ${open.length} quotes); do not edit by hand.`,
    `export const RANKER_BIAS = ${round(w[0]!)};`,
    `export const RANKER_THRESHOLD = ${threshold};`,
    '/** One weight per feature, in the order of FEATURES. */',
    'export const RANKER_WEIGHTS: readonly number[] = [',
    ...FEATURES.map((f, k) => `  ${round(w[k + 1]!)}, // ${f}`),
    '];',
    '',
  ].join('\n');
  writeFileSync(new URL('../../core/facts/speaker-ranker-weights.ts', import.meta.url), body);
  console.log(`written: threshold ${threshold}`);
}
