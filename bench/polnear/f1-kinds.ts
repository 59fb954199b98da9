// `LEDE_POLNEAR=… npx tsx bench/polnear/f1-kinds.ts [n]`: where `train`'s quote+speaker F1 is lost, per inner fold
// and for all of train, in counts only. F1's precision counts every predicted quote of ≥ 3 words and its recall every
// gold quote (score.ts), so each loss is one of three kinds, with sub-kinds:
//
//   (a) span: a gold quote no prediction overlaps by half (recall), or a prediction overlapping no gold quote
//       (precision): split by whether a quotation of the text lies under it that the gold leaves out (a quoted
//       term or title, an attribution covering under 80% of it, fewer than 3 words) and whether Lede gave a speaker;
//   (b) speaker: a found gold quote whose Source is a name, pronoun or description and whose speaker Lede gets
//       wrong or leaves empty, or leaves empty where no referent is recoverable (counted right only with a speaker);
//   (c) a speaker given where the gold Source is none.
//
// Each kind's losses are printed on both sides (predictions, gold quotes) with the F1 train would reach were that
// kind alone right. Proxy referent, as the bench's first block. `dev` is never read here (gap.ts gives its summary).
// LEDE_F1_HAND=1 scores train folds 2, 3 and 4 only, their pronoun quotes against the hand referents (the figure to
// believe for pronouns). LEDE_F1_SHOW='kind' with n prints up to n train quotes of a kind, spread out, with their
// paragraph.
import { findQuotations, type GoldQuote, goldQuotes, wordsIn } from './gold';
import { HAND_FOLDS, loadHandReferents, TRAIN_HAND_REFERENTS, withHandReferents } from './hand-referents';
import { FOLDS, foldOf, loadPolnear, type PolnearArticle, paragraphIndex } from './load';
import { ledeQuotes } from './report';
import { overlaps, type PredictedQuote } from './score';
import { isRightSpeaker } from './speaker-match';

const show = process.env.LEDE_F1_SHOW ?? '';
const n = Number(process.argv[2] ?? 20);
const byHand = process.env.LEDE_F1_HAND === '1';
const handReferents = byHand ? loadHandReferents(TRAIN_HAND_REFERENTS) : {};

interface Tally {
  pred: number;
  gold: number;
  predRight: number;
  goldRight: number;
  /** kind → [predictions lost, gold quotes lost] */
  kinds: Map<string, [number, number]>;
}
const empty = (): Tally => ({ pred: 0, gold: 0, predRight: 0, goldRight: 0, kinds: new Map() });
const tallies = Array.from({ length: FOLDS + 1 }, empty);
const samples = new Map<string, string[]>();

function add(t: Tally, kind: string, side: 0 | 1): void {
  const k = t.kinds.get(kind) ?? [0, 0];
  k[side]++;
  t.kinds.set(kind, k);
}

function note(a: PolnearArticle, kind: string, at: number, line: string): void {
  // Fold 4 is the judging fold: its quotes are never shown, only counted.
  if (kind !== show || foldOf(a.slug) === FOLDS - 1) return;
  const para = a.blocks[paragraphIndex(a, at)]!.text;
  const list = samples.get(kind) ?? [];
  list.push(`  ${line} [${a.slug}@${at}]\n    ${para.replace(/\s+/g, ' ').slice(0, 700)}`);
  samples.set(kind, list);
}

/** Where a pronoun's referent is named: in the quote's paragraph outside quotations, or only before it. */
function referentWhere(a: PolnearArticle, g: GoldQuote): string {
  if (g.sourceClass !== 'pronoun' || !g.referent) return '';
  const para = a.blocks[paragraphIndex(a, g.start)]!.text.replace(/["“”][^"“”]*["“”]?|''[^']*''/g, ' ');
  const last = g.referent
    .trim()
    .split(/\s+/)
    .pop()!
    .replace(/['’]s$/, '');
  return para.includes(last) ? ', referent in its paragraph' : ', referent only before it';
}

/** Why a found gold quote is not right, or null when it is. */
function goldKind(a: PolnearArticle, g: GoldQuote, ps: readonly PredictedQuote[]): string | null {
  const vs = ps.map((p) => isRightSpeaker(p.speaker, g));
  const given = ps.some((p) => p.speaker !== null);
  if (vs.every((v) => v === null)) return given ? null : `(b) ${g.sourceClass}: none given, no referent`;
  if (vs.some((v) => v === true)) return null;
  if (g.sourceClass === 'none') return '(c) speaker given, gold Source none';
  const desc = g.sourceClass === 'description' ? (g.referent ? ' (definite, referent)' : ' (other)') : '';
  return `(b) ${g.sourceClass}${desc}: ${ps[0]!.speaker === null ? 'none given' : 'wrong'}${referentWhere(a, g)}`;
}

for (const a of loadPolnear('train')) {
  const fold = foldOf(a.slug);
  if (byHand && !HAND_FOLDS.train!.includes(fold)) continue;
  const gold = byHand ? withHandReferents(a.slug, goldQuotes(a), handReferents) : goldQuotes(a);
  const preds = ledeQuotes(a).filter((p) => wordsIn(a.text.slice(p.start, p.end)) >= 3);
  const quotations = a.blocks.flatMap((b, i) => findQuotations(b.text, a.blockStarts[i]!));
  for (const t of [tallies[fold]!, tallies[FOLDS]!]) {
    t.pred += preds.length;
    t.gold += gold.length;
  }
  for (const p of preds) {
    const gs = gold.filter((g) => overlaps(p, g));
    let kind: string | null;
    if (gs.length === 0) {
      const partOfGold = gold.some((g) => Math.min(p.end, g.end) > Math.max(p.start, g.start));
      const textQuote = quotations.some((q) => overlaps(p, q));
      const attributed = a.attributions.some((x) =>
        x.content.some((c) => Math.min(p.end, c.end) > Math.max(p.start, c.start)),
      );
      const where = partOfGold
        ? 'cuts a gold quote'
        : !textQuote
          ? 'no quotation of the text'
          : attributed
            ? 'a quotation partly in a Content'
            : 'a quotation in no Content';
      kind = `(a) extra: ${where}, ${p.speaker === null ? 'no speaker' : 'speaker given'}`;
    } else if (gs.some((g) => isRightSpeaker(p.speaker, g) ?? p.speaker !== null)) kind = null;
    else kind = goldKind(a, gs[0]!, [p]);
    for (const t of [tallies[fold]!, tallies[FOLDS]!]) {
      if (kind) add(t, kind, 0);
      else t.predRight++;
    }
    if (kind)
      note(a, kind, p.start, `lede ${JSON.stringify(p.speaker)} “${a.text.slice(p.start, p.end).slice(0, 80)}”`);
  }
  for (const g of gold) {
    const ps = preds.filter((p) => overlaps(p, g));
    const cut = preds.some((p) => Math.min(p.end, g.end) > Math.max(p.start, g.start));
    const kind =
      ps.length === 0
        ? `(a) missed: ${cut ? 'cut by a prediction' : 'no prediction'}, gold ${g.sourceClass}`
        : goldKind(a, g, ps);
    for (const t of [tallies[fold]!, tallies[FOLDS]!]) {
      if (kind) add(t, kind, 1);
      else t.goldRight++;
    }
    if (kind)
      note(
        a,
        kind,
        g.start,
        `gold ${JSON.stringify(g.referent ? `${g.source} → ${g.referent}` : g.source)} lede ${JSON.stringify(ps[0]?.speaker ?? null)} “${g.text.slice(0, 80)}”`,
      );
  }
}

const f1 = (t: Tally, dp = 0, dg = 0): number => {
  const p = (t.predRight + dp) / t.pred;
  const r = (t.goldRight + dg) / t.gold;
  return (2 * p * r) / (p + r);
};
const all = tallies[FOLDS]!;
console.log(
  `train${byHand ? ' folds 2,3,4, pronouns by hand' : ''}: quote+speaker F1 ${f1(all).toFixed(3)} (P ${all.predRight}/${all.pred}, R ${all.goldRight}/${all.gold})`,
);
console.log('kind'.padEnd(62) + 'pred lost  gold lost  F1 if right  per fold (pred+gold lost, folds 0-4)');
const kinds = [...all.kinds].sort((x, y) => f1(all, y[1][0], y[1][1]) - f1(all, x[1][0], x[1][1]));
for (const [kind, [lp, lg]] of kinds) {
  const perFold = tallies
    .slice(0, FOLDS)
    .map((t) => {
      const k = t.kinds.get(kind) ?? [0, 0];
      return String(k[0] + k[1]).padStart(4);
    })
    .join('');
  console.log(
    `${kind.padEnd(62)}${String(lp).padStart(9)}${String(lg).padStart(11)}${`+${(f1(all, lp, lg) - f1(all)).toFixed(3)}`.padStart(13)}  ${perFold}`,
  );
}
for (const [kind, list] of samples) {
  console.log(`\n== ${kind}: ${list.length}`);
  const step = Math.max(1, Math.floor(list.length / n));
  for (let i = 0; i < list.length && i / step < n; i += step) console.log(list[i]);
}
