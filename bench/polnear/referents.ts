// `LEDE_POLNEAR=… npx tsx bench/polnear/referents.ts [n] [differ]`: a spread-out sample of `train`'s pronoun quotes
// with both referents (the annotators' nearest earlier named Source, and CoreNLP coreference's) and the text before
// the Source, for checking by hand which referent is right. `differ` samples only quotes where the two disagree.
// Train only: this is for reading, never for scoring dev.
import { corefReferent } from './coref-referent';
import { loadCoreNlp } from './corenlp';
import { goldQuotes } from './gold';
import { loadPolnear, polnearDataDir } from './load';
import { ledeQuotes } from './report';
import { sameName } from './speaker-match';

const n = Number(process.argv[2] ?? 20);
const onlyDiffer = process.argv[3] === 'differ';
const dataDir = polnearDataDir();
const rows: string[] = [];
for (const a of loadPolnear('train', dataDir)) {
  const gold = goldQuotes(a).filter((g) => g.sourceClass === 'pronoun' && g.sourceStart >= 0);
  if (gold.length === 0) continue;
  const doc = loadCoreNlp(dataDir!, 'train', a.slug);
  const preds = ledeQuotes(a);
  for (const g of gold) {
    const coref = doc ? corefReferent(doc, g.sourceStart, g.source.trim().length) : null;
    const same = !!coref && !!g.referent && (sameName(coref, g.referent) || sameName(g.referent, coref));
    if (onlyDiffer && (same || !coref || !g.referent)) continue;
    const lede = preds.find((p) => p.start < g.end && p.end > g.start)?.speaker;
    const ctx = a.text.slice(Math.max(0, g.sourceStart - 700), g.sourceStart + 40).replace(/\s+/g, ' ');
    rows.push(
      `[${a.slug}] source ${JSON.stringify(g.source)} proxy ${JSON.stringify(g.referent)} coref ${JSON.stringify(coref)} lede ${JSON.stringify(lede)}\n   …${ctx}`,
    );
  }
}
const step = Math.max(1, Math.floor(rows.length / n));
for (let i = 0, k = 0; i < rows.length && k < n; i += step, k++) console.log(`${k + 1}. ${rows[i]}\n`);
