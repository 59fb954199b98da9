// `npx tsx bench/facts-errors.ts DIR…`: lists Lede's fact and value errors against hand labels, article by article,
// with the same matching as `npm run bench facts` (fact: same sentence, 85 % overlap; value: same digits, one
// contains the other). A development tool: do not point it at a blind hold-out before its blind run.
import { extractKeyItems } from '../core/facts/index';
import { listFixtures, loadFixture } from '../tests/fixtures/labelled/load';
import { sameValue, similar, unmatched } from './lib/label-match';

let fps = 0;
let fns = 0;
const totals = { facts: [0, 0, 0], values: [0, 0, 0] };
for (const dir of process.argv.slice(2)) {
  for (const slug of listFixtures(dir)) {
    const fx = loadFixture(slug, dir);
    if (!fx.labels) continue;
    const x = extractKeyItems({ title: fx.title, blocks: fx.blocks });
    const [fp, fn] = unmatched(x.facts, fx.labels.facts, (p, g) => similar(p.text, g.text, 0.85));
    const [vfp, vfn] = unmatched(
      x.facts.flatMap((f) => f.values),
      fx.labels.facts.flatMap((f) => f.values),
      sameValue,
    );
    totals.facts[0]! += x.facts.length - fp.length;
    totals.facts[1]! += fp.length;
    totals.facts[2]! += fn.length;
    const nv = x.facts.reduce((n, f) => n + f.values.length, 0);
    totals.values[0]! += nv - vfp.length;
    totals.values[1]! += vfp.length;
    totals.values[2]! += vfn.length;
    if (!fp.length && !fn.length && !vfp.length && !vfn.length) continue;
    console.log(`\n## ${slug}`);
    for (const f of fp) console.log(`  FP fact: ${f.text.slice(0, 160)}  [${f.values.join(' | ')}]`);
    for (const f of fn) console.log(`  FN fact: ${f.text.slice(0, 160)}  [${f.values.join(' | ')}]`);
    if (vfp.length) console.log(`  FP values: ${vfp.join(' | ')}`);
    if (vfn.length) console.log(`  FN values: ${vfn.join(' | ')}`);
    fps += fp.length;
    fns += fn.length;
  }
}
console.log(`\n${fps} false facts, ${fns} missed facts`);
for (const [m, [tp, fp, fn]] of Object.entries(totals)) {
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  console.log(
    `${m}: P ${p.toFixed(2)} R ${r.toFixed(2)} F1 ${((2 * p * r) / (p + r || 1)).toFixed(2)} (tp ${tp}, fp ${fp}, fn ${fn})`,
  );
}
