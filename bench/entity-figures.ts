// `npx tsx bench/entity-figures.ts DIR…`: the entity figures alone (typed P / R / F1, detection, per type, org
// precision) of Lede and the compromise baseline on hand-labelled sets, the measure of `npm run bench facts`
// (bench/lib/labelled-entities.ts), then Lede's on all the sets pooled, to three decimals. It prints no entity and no
// error, so it may be run on a blind hold-out; its read-out counterpart is bench/entity-errors.ts.
import { listFixtures, loadFixture } from '../tests/fixtures/labelled/load';
import { scoreLabelledEntities } from './lib/labelled-entities';
import { type EntityCounts, emptyCounts, entityFigures, formatEntityCounts } from './polnear/entities';

const pooled = emptyCounts();
const add = (into: EntityCounts, c: EntityCounts): void => {
  for (const t of ['person', 'org', 'place'] as const) {
    into.pred[t] += c.pred[t];
    into.gold[t] += c.gold[t];
    into.typed[t] += c.typed[t];
  }
  into.detected += c.detected;
};
const three = (c: EntityCounts): string => {
  const f = entityFigures(c);
  return `typed P ${f.p.toFixed(3)} R ${f.r.toFixed(3)} F1 ${f.f1.toFixed(4)}; org P ${f.per.org.p.toFixed(4)} R ${f.per.org.r.toFixed(3)} (${c.typed.org} of ${c.pred.org} predicted)`;
};
for (const dir of process.argv.slice(2)) {
  const fxs = listFixtures(dir)
    .map((s) => loadFixture(s, dir))
    .filter((f) => f.labels);
  const r = scoreLabelledEntities(fxs);
  const g = r.lede.gold;
  console.log(
    `${dir}: ${r.articles} articles, ${g.person + g.org + g.place} entities labelled (${g.person} person, ${g.org} org, ${g.place} place)`,
  );
  for (const line of [...formatEntityCounts('lede', r.lede), ...formatEntityCounts('compromise', r.base)]) {
    console.log(line);
  }
  console.log(`lede, three decimals: ${three(r.lede)}`);
  add(pooled, r.lede);
}
if (process.argv.length > 3) console.log(`\nall sets pooled, lede: ${three(pooled)}`);
