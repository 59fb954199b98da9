// `LEDE_POLNEAR=… npx tsx bench/polnear/pronoun-referents.ts [split] [folds] [chars]`: every gold direct quote of a
// split (goldQuotes in gold.ts, the bench's own filter) whose Source is a pronoun, with its slug, the quote's start
// offset (the key of bench/data/polnear-<split>-pronoun-referents.json), the pronoun, the annotators' proxy referent
// and the text before the pronoun, for labelling the referent by hand. On `train`, folds ("3,4"; load.ts foldOf)
// keeps those inner folds only. Prints gold only, never Lede's output, so it may be read on dev. Default split dev,
// every fold, 700 characters of text.
import { goldQuotes } from './gold';
import { foldOf, loadPolnear, type PolnearSplit, polnearDataDir } from './load';

const split = (process.argv[2] ?? 'dev') as PolnearSplit;
const foldArg = process.argv[3] && /^[\d,]+$/.test(process.argv[3]) ? process.argv[3] : null;
const folds = foldArg ? new Set(foldArg.split(',').map(Number)) : null;
const chars = Number(process.argv[foldArg ? 4 : 3] ?? 700);
let n = 0;
for (const a of loadPolnear(split, polnearDataDir())) {
  if (folds && !folds.has(foldOf(a.slug))) continue;
  for (const g of goldQuotes(a)) {
    if (g.sourceClass !== 'pronoun') continue;
    const at = g.sourceStart >= 0 ? g.sourceStart : g.start;
    const before = a.text.slice(Math.max(0, at - chars), at).replace(/\s+/g, ' ');
    const after = a.text.slice(at, at + 30).replace(/\s+/g, ' ');
    n++;
    console.log(
      `${n}. [${a.slug}] fold ${split === 'train' ? foldOf(a.slug) : '-'} start ${g.start} pronoun ${JSON.stringify(g.source.trim())} proxy ${JSON.stringify(g.referent)}\n   …${before}⟦${after}⟧\n`,
    );
  }
}
console.log(`${n} pronoun-sourced gold quotes in ${split}${foldArg ? ` folds ${foldArg}` : ''}`);
