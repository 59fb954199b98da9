// `npx tsx bench/entity-errors.ts DIR…`: lists Lede's entity disagreements with hand labels (extra, missed and
// mistyped entities), article by article, with the same measure as the hold-out 4 entity lines of `npm run bench
// facts` (bench/lib/labelled-entities.ts). A development tool: do not point it at a blind hold-out before its blind run.
import { entityFigures } from './polnear/entities';
import { listFixtures, loadFixture } from '../tests/fixtures/labelled/load';
import { scoreLabelledEntities } from './lib/labelled-entities';

for (const dir of process.argv.slice(2)) {
  const r = scoreLabelledEntities(listFixtures(dir).map((s) => loadFixture(s, dir)));
  let slug = '';
  for (const e of r.lede.errors) {
    if (e.slug !== slug) {
      slug = e.slug;
      console.log(`\n## ${slug}`);
    }
    const what = e.kind === 'mistyped' ? `lede ${e.pred}, label ${e.gold}` : (e.pred ?? e.gold ?? '');
    console.log(`  ${e.kind.padEnd(8)} ${what.padEnd(24)} ${e.text}`);
  }
  const f = entityFigures(r.lede);
  const n = (k: string): number => r.lede.errors.filter((e) => e.kind === k).length;
  console.log(
    `\n${dir}: ${r.articles} articles; typed P ${f.p.toFixed(3)} R ${f.r.toFixed(3)} F1 ${f.f1.toFixed(3)}, org P ${f.per.org.p.toFixed(3)}; ${n('extra')} extra, ${n('missed')} missed, ${n('mistyped')} mistyped`,
  );
}
