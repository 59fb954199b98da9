// `LEDE_POLNEAR=… npx tsx bench/polnear/inspect.ts [train|dev] [name|pronoun|description] [n]`: the speaker
// figures of a split and a sample of wrong speakers, for reading while developing on `train`.
import { formatSplit, scoreSplit } from './report';
import type { PolnearSplit } from './load';

const split = (process.argv[2] ?? 'train') as PolnearSplit;
const cls = process.argv[3];
const n = Number(process.argv[4] ?? 40);
const r = scoreSplit(split);
console.log(formatSplit(split, r).join('\n'));
const errors = r.lede.errors.filter((e) => !cls || e.cls === cls);
// A spread-out sample rather than the first articles only.
const step = Math.max(1, Math.floor(errors.length / n));
for (let i = 0; i < errors.length && i / step < n; i += step) {
  const e = errors[i]!;
  console.log(
    `${e.cls.padEnd(11)} gold ${JSON.stringify(e.gold).padEnd(40)} lede ${JSON.stringify(e.pred).padEnd(30)} ${e.slug.slice(0, 30)} “${e.quote}”`,
  );
}
