// `LEDE_POLNEAR=… npx tsx bench/polnear/inspect-entities.ts [train|dev] [extra|missed|mistyped] [n]`: the entity
// figures of a split against CoreNLP (a silver standard) and a spread-out sample of disagreements, for reading while
// developing on `train`.
import { entityFigures, formatEntitySplit, scoreEntitySplit } from './entities';
import type { PolnearSplit } from './load';

const split = (process.argv[2] ?? 'train') as PolnearSplit;
const kind = process.argv[3];
const n = Number(process.argv[4] ?? 40);
// LEDE_ENTITY_EVERY=3 reads every third article only, and the baseline is left out, for quick turns.
// LEDE_ENTITY_HALF=a (or b) reads one half of the split by a seeded hash of the article's name: read and write rules
// on one half, check them on the other before keeping them.
const half =
  process.env.LEDE_ENTITY_HALF === 'a' || process.env.LEDE_ENTITY_HALF === 'b'
    ? process.env.LEDE_ENTITY_HALF
    : undefined;
const r = scoreEntitySplit(split, { baseline: false, every: Number(process.env.LEDE_ENTITY_EVERY ?? 1), half });
console.log(formatEntitySplit(r).join('\n'));
const f = entityFigures(r.lede);
const per = (['person', 'org', 'place'] as const).map(
  (t) => `${t} ${f.per[t].p.toFixed(3)} / ${f.per[t].r.toFixed(3)}`,
);
console.log(`three decimals: typed P ${f.p.toFixed(3)} R ${f.r.toFixed(3)} F1 ${f.f1.toFixed(3)} | ${per.join(' | ')}`);
const errors = r.lede.errors.filter((e) => !kind || e.kind === kind);
const step = Math.max(1, Math.floor(errors.length / n));
for (let i = 0; i < errors.length && i / step < n; i += step) {
  const e = errors[i]!;
  console.log(
    `${e.kind.padEnd(9)} lede ${(e.pred ?? '-').padEnd(6)} silver ${(e.gold ?? '-').padEnd(6)} ${e.text.padEnd(50)} ${e.slug.slice(0, 40)}`,
  );
}
