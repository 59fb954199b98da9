// `LEDE_POLNEAR=… npx tsx bench/polnear/folds.ts`: the speaker figures of `train` per inner fold (load.ts, foldOf),
// so that a change developed while reading some folds is judged on the others. Proxy referent, as the bench's
// first block; `dev` is never read here.
import { goldQuotes } from './gold';
import { FOLDS, foldOf, loadPolnear } from './load';
import { ledeQuotes } from './report';
import { emptyScore, formatScore, scoreArticle } from './score';

const scores = Array.from({ length: FOLDS }, emptyScore);
const all = emptyScore();
for (const a of loadPolnear('train')) {
  const gold = goldQuotes(a);
  const mine = ledeQuotes(a);
  scoreArticle(a, gold, mine, scores[foldOf(a.slug)]!);
  scoreArticle(a, gold, mine, all);
}
scores.forEach((s, k) => {
  if (s.gold) console.log(`fold ${k}: ${s.gold} gold quotes\n${formatScore('', s).slice(1).join('\n')}`);
});
console.log(`all folds: ${all.gold} gold quotes\n${formatScore('', all).slice(1).join('\n')}`);
const missing = all.errors.filter((e) => e.pred === null).length;
console.log(`wrong speakers: ${all.errors.length}, of which no speaker given: ${missing}`);
