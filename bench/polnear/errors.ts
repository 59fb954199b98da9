// `LEDE_POLNEAR=… npx tsx bench/polnear/errors.ts [train] [category] [n]`: Lede's wrong speakers on a split,
// counted by kind of error, with a spread-out sample of one category (or of each, when none is named). For
// development on `train`; dev is scored by `npm run bench facts` only.
import { goldQuotes, type GoldQuote } from './gold';
import { loadPolnear, type PolnearArticle, type PolnearSplit } from './load';
import { ledeQuotes } from './report';
import { overlaps, type PredictedQuote } from './score';
import { isRightSpeaker } from './speaker-match';

const split = (process.argv[2] ?? 'train') as PolnearSplit;
if (split !== 'train') console.log('(errors are for development: read train, score dev with `npm run bench facts`)');
const wanted = process.argv[3];
const n = Number(process.argv[4] ?? 12);

const FRAGMENT =
  /^(?:and|but|or|so|as|when|while|if|then|which|who|that|this|it|he|she|they|we|i|you|there|here)\b|\b(?:is|are|was|were|could|would|should|will|did|said|says)\b/i;

/** The paragraph of a file offset, and whether the paragraph has a reporting cue outside quotation marks. */
function paragraphOf(a: PolnearArticle, at: number): { text: string; start: number } {
  let i = a.blockStarts.length - 1;
  while (i > 0 && a.blockStarts[i]! > at) i--;
  return { text: a.blocks[i]!.text, start: a.blockStarts[i]! };
}

const CUE = /\b(?:said|says|told|tells|added|adds|asked|wrote|according to|stated|explained|argued|noted)\b/;

function category(a: PolnearArticle, g: GoldQuote, p: PredictedQuote): string {
  const para = paragraphOf(a, g.start);
  const outside = para.text.replace(/["“”][^"“”]*["“”]?|''[^']*''/g, ' ');
  const continuation = /^\s*["“']/.test(para.text) && !CUE.test(outside);
  const pred = p.speaker;
  if (continuation) return pred ? 'continuation-wrong' : 'continuation-missing';
  if (!pred) return `missing-${g.sourceClass}`;
  if (FRAGMENT.test(pred) || pred.split(/\s+/).length > 8) return `fragment-${g.sourceClass}`;
  if (g.sourceClass === 'pronoun') return 'pronoun-misresolved';
  if (g.sourceClass === 'description') return /^\p{Ll}/u.test(pred) ? 'description-unresolved' : 'description-wrong';
  // An organisation or a modifier in the Source's phrase rather than its head ("Clinton spokesman Brian Fallon").
  const words = pred.toLowerCase().split(/\s+/);
  if (words.some((w) => g.source.toLowerCase().includes(w))) return 'name-partial';
  return /^\p{Ll}/u.test(pred) ? 'name-given-description' : 'name-wrong';
}

const counts = new Map<string, number>();
const samples = new Map<string, string[]>();
for (const a of loadPolnear(split)) {
  const gold = goldQuotes(a);
  const preds = ledeQuotes(a);
  for (const g of gold) {
    const ps = preds.filter((p) => overlaps(p, g));
    if (ps.length === 0) continue;
    const verdicts = ps.map((p) => isRightSpeaker(p.speaker, g));
    if (verdicts.every((v) => v === null) || verdicts.some((v) => v === true)) continue;
    const c = category(a, g, ps[0]!);
    counts.set(c, (counts.get(c) ?? 0) + 1);
    const list = samples.get(c) ?? [];
    const para = paragraphOf(a, g.start);
    // Pronoun errors show the paragraph before as well: the antecedent is usually there.
    const from =
      g.sourceClass === 'pronoun' || c.startsWith('continuation')
        ? Math.max(0, para.start - 400)
        : Math.max(para.start, g.start - 160);
    const ctx = a.text.slice(from, Math.min(para.start + para.text.length, g.end + 120));
    list.push(
      `  gold ${JSON.stringify(g.referent ? `${g.source} → ${g.referent}` : g.source)}  lede ${JSON.stringify(ps[0]!.speaker)}  [${a.slug}]\n    ${ctx.replace(/\s+/g, ' ')}`,
    );
    samples.set(c, list);
  }
}
const total = [...counts.values()].reduce((x, y) => x + y, 0);
console.log(`${split}: ${total} wrong speakers`);
for (const [c, k] of [...counts].sort((x, y) => y[1] - x[1])) console.log(`${String(k).padStart(5)}  ${c}`);
for (const [c, list] of samples) {
  if (wanted && c !== wanted) continue;
  console.log(`\n== ${c}`);
  const step = Math.max(1, Math.floor(list.length / n));
  for (let i = 0; i < list.length && i / step < n; i += step) console.log(list[i]);
}
