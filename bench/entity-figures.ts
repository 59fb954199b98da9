// `npx tsx bench/entity-figures.ts DIR…`: the entity figures alone (typed P / R / F1, detection, per type, org
// precision) of Lede and the compromise baseline on hand-labelled sets, the measure of `npm run bench facts`
// (bench/lib/labelled-entities.ts). It prints no entity and no error, so it may be run on a blind hold-out; its
// read-out counterpart is bench/entity-errors.ts.
import { listFixtures, loadFixture } from '../tests/fixtures/labelled/load';
import { scoreLabelledEntities } from './lib/labelled-entities';
import { formatEntityCounts } from './polnear/entities';

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
}
