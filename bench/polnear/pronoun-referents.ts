// `LEDE_POLNEAR=… npx tsx bench/polnear/pronoun-referents.ts [split] [chars]`: every gold direct quote of a split
// (goldQuotes in gold.ts, the bench's own filter) whose Source is a pronoun, with its slug, the quote's start offset
// (the key of bench/data/polnear-dev-pronoun-referents.json), the pronoun, the annotators' proxy referent and the text
// before the pronoun, for labelling the referent by hand. Prints gold only, never Lede's output, so it may be read on
// dev. Default split dev, 700 characters of text.
import { goldQuotes } from './gold';
import { loadPolnear, type PolnearSplit, polnearDataDir } from './load';

const split = (process.argv[2] ?? 'dev') as PolnearSplit;
const chars = Number(process.argv[3] ?? 700);
let n = 0;
for (const a of loadPolnear(split, polnearDataDir())) {
  for (const g of goldQuotes(a)) {
    if (g.sourceClass !== 'pronoun') continue;
    const at = g.sourceStart >= 0 ? g.sourceStart : g.start;
    const before = a.text.slice(Math.max(0, at - chars), at).replace(/\s+/g, ' ');
    const after = a.text.slice(at, at + 30).replace(/\s+/g, ' ');
    n++;
    console.log(
      `${n}. [${a.slug}] start ${g.start} pronoun ${JSON.stringify(g.source.trim())} proxy ${JSON.stringify(g.referent)}\n   …${before}⟦${after}⟧\n`,
    );
  }
}
console.log(`${n} pronoun-sourced gold quotes in ${split}`);
