// `LEDE_POLNEAR=… npx tsx bench/polnear/gap.ts [train|dev]`: where Lede's speakers go wrong, in counts only, by
// the gold Source's class and where the Source stands (in the quote's own paragraph, in an earlier one, or none),
// beside the baseline (report.ts: the capitalised name next to the nearest speech verb) on the same quotes. On
// `train` it prints one table per inner fold and one for all, so that the gap between `dev` and `train` can be
// read class by class without reading a `dev` quote. No quote text is printed for any split.
//
// With LEDE_GAP_DUMP=file it also writes each `train` gold quote's verdict (fold, article, offset, right or not),
// and with LEDE_GAP_BEFORE=file it prints, per fold, how many quotes a change gained and lost against that dump;
// Beside the summary it prints Lede's pronoun figure against the proxy and against the hand referents where a split
// has them (report.ts formatProxyVsHand: all of dev, train folds 2, 3 and 4), and on train the same line per labelled
// fold. The dump keeps pronoun quotes the proxy cannot score (no referent) when they have a hand referent.
//
// LEDE_GAP_SHOW=folds (e.g. "0,1") prints the changed quotes of those folds only: the folds being read.
import { readFileSync, writeFileSync } from 'node:fs';
import { goldQuotes, type GoldQuote } from './gold';
import { handReferentsPath, loadHandReferents, withHandReferents } from './hand-referents';
import { FOLDS, foldOf, loadPolnear, type PolnearSplit, paragraphIndex } from './load';
import { articleNames } from './article-names';
import {
  baselineQuotes,
  emptyHandReport,
  formatProxyVsHand,
  type HandReport,
  formatWordVsArticle,
  isHandLabelled,
  ledeQuotes,
} from './report';
import { emptyScore, formatScore, overlaps, type PredictedQuote, scoreArticle } from './score';
import { isRightSpeaker } from './speaker-match';

const split = (process.argv[2] ?? 'train') as PolnearSplit;

type Verdict = 'right' | 'wrong' | 'missing' | 'unscored';

/** A found, recoverable gold quote's verdict for one system: right, a wrong speaker, or no speaker given. */
function verdict(g: GoldQuote, preds: readonly PredictedQuote[]): Verdict | null {
  const ps = preds.filter((p) => overlaps(p, g));
  if (ps.length === 0) return null;
  const vs = ps.map((p) => isRightSpeaker(p.speaker, g));
  if (vs.every((v) => v === null)) return 'unscored';
  if (vs.some((v) => v === true)) return 'right';
  return ps[0]!.speaker === null ? 'missing' : 'wrong';
}

interface Row {
  n: number;
  right: number;
  wrong: number;
  missing: number;
  baseRight: number;
  baseOnly: number;
}
const emptyRow = (): Row => ({ n: 0, right: 0, wrong: 0, missing: 0, baseRight: 0, baseOnly: 0 });
type Table = Map<string, Row>;

export interface QuoteVerdict {
  fold: number;
  slug: string;
  start: number;
  key: string;
  v: Verdict;
  speaker: string | null;
  /** The verdict against the hand referent, for a pronoun quote that has one (train folds 2, 3, 4). */
  hand?: Verdict | null;
}

const tables: Table[] = Array.from({ length: split === 'train' ? FOLDS + 1 : 1 }, () => new Map());
const dump: QuoteVerdict[] = [];
const summary = emptyScore();
const summaryArticle = emptyScore();
const handReferents = loadHandReferents(handReferentsPath(split));
const hand = emptyHandReport(split);
/** The same proxy-vs-hand report, one per hand-labelled train fold. */
const handByFold: HandReport[] = [];
/** Per article, how many quotes whose Source is a name got a wrong speaker or none: is a split's gap spread or in a few? */
const nameMissesPerArticle: number[] = [];
/** The article with the most such misses, in counts: its name-source quotes, distinct Sources, distinct speakers given. */
let worst = { misses: 0, quotes: 0, sources: 0, speakers: 0, none: 0 };
for (const a of loadPolnear(split)) {
  let nameMisses = 0;
  const named = { quotes: 0, sources: new Set<string>(), speakers: new Set<string>(), none: 0 };
  const fold = split === 'train' ? foldOf(a.slug) : 0;
  const [mine, base] = [ledeQuotes(a), baselineQuotes(a)];
  const gold = goldQuotes(a);
  const names = articleNames(a.text);
  scoreArticle(a, gold, mine, summary);
  scoreArticle(a, gold, mine, summaryArticle, names);
  const handGold = isHandLabelled(hand, a.slug) ? withHandReferents(a.slug, gold, handReferents, hand.tally) : null;
  if (handGold) {
    scoreArticle(a, handGold, mine, hand.lede);
    scoreArticle(a, gold, mine, hand.ledeProxy);
  }
  if (handGold && split === 'train') {
    handByFold[fold] ??= { ...emptyHandReport(split), folds: [fold] };
    const f = handByFold[fold]!;
    scoreArticle(a, handGold, mine, f.lede);
    scoreArticle(a, gold, mine, f.ledeProxy);
  }
  for (const [gi, g] of gold.entries()) {
    const v = verdict(g, mine);
    const hg = handGold?.[gi];
    const hv = hg && hg !== g ? verdict(hg, mine) : undefined;
    if (g.sourceClass === 'none') continue;
    if (!v || v === 'unscored') {
      // No proxy to score against, but a hand referent: kept in the dump so per-fold hand gains count it.
      if (hv && hv !== 'unscored') {
        const speaker = mine.find((p) => overlaps(p, g))?.speaker ?? null;
        dump.push({
          fold,
          slug: a.slug,
          start: g.start,
          key: 'pronoun     no proxy',
          v: 'unscored',
          speaker,
          hand: hv,
        });
      }
      continue;
    }
    const b = verdict(g, base);
    const para = paragraphIndex(a, g.start);
    const outside = a.blocks[para]!.text.replace(/["“”][^"“”]*["“”]?|''[^']*''/g, ' ');
    const last = g.referent
      ?.trim()
      .split(/\s+/)
      .pop()
      ?.replace(/['’]s$/, '');
    const where =
      g.sourceStart < 0
        ? 'none'
        : paragraphIndex(a, g.sourceStart) !== para
          ? 'other para'
          : !g.referent || !last
            ? 'same para'
            : outside.includes(last)
              ? 'para, ref in it'
              : 'para, ref before';
    const key = `${g.sourceClass.padEnd(11)} ${where}`;
    if (g.sourceClass === 'name' && v !== 'right') nameMisses++;
    if (g.sourceClass === 'name') {
      const said = mine.find((p) => overlaps(p, g))?.speaker ?? null;
      named.quotes++;
      named.sources.add(g.source.trim().toLowerCase());
      if (said) named.speakers.add(said.toLowerCase());
      else named.none++;
    }
    for (const t of split === 'train' ? [tables[fold]!, tables[FOLDS]!] : [tables[0]!]) {
      const r = t.get(key) ?? emptyRow();
      r.n++;
      r[v]++;
      if (b === 'right') r.baseRight++;
      if (b === 'right' && v !== 'right') r.baseOnly++;
      t.set(key, r);
    }
    const speaker = mine.find((p) => overlaps(p, g))?.speaker ?? null;
    dump.push({ fold, slug: a.slug, start: g.start, key, v, speaker, ...(hv !== undefined ? { hand: hv } : {}) });
  }
  if (nameMisses > 0) nameMissesPerArticle.push(nameMisses);
  if (nameMisses > worst.misses)
    worst = {
      misses: nameMisses,
      quotes: named.quotes,
      sources: named.sources.size,
      speakers: named.speakers.size,
      none: named.none,
    };
}

function print(label: string, t: Table): void {
  console.log(
    `\n${label}\n  class       source in   quotes  right  wrong  none  | baseline right, right where Lede is not`,
  );
  const pct = (k: number, n: number): string => `${k}`.padStart(5) + ` (${((100 * k) / n).toFixed(0)}%)`.padEnd(7);
  for (const [key, r] of [...t].sort()) {
    console.log(
      `  ${key.padEnd(28)} ${String(r.n).padStart(6)} ${pct(r.right, r.n)}${pct(r.wrong, r.n)}${pct(r.missing, r.n)}| ${pct(r.baseRight, r.n)} ${r.baseOnly}`,
    );
  }
}
console.log(formatScore(split, summary).join('\n'));
console.log(formatWordVsArticle('proxy', summary, summaryArticle));
console.log(
  `${formatProxyVsHand(hand.folds ? `${split} folds ${hand.folds.join(',')}` : split, hand)} (${hand.tally.labelled} of ${hand.tally.pronouns} pronoun quotes labelled)`,
);
for (const [k, h] of handByFold.entries()) if (h) console.log(formatProxyVsHand(`train fold ${k}`, h));
{
  const m = nameMissesPerArticle.sort((x, y) => y - x);
  const top = m.slice(0, 5).reduce((x, y) => x + y, 0);
  console.log(
    `name-source quotes not right, per article (counts only, largest first): ${m.join(' ')}; the ${Math.min(5, m.length)} worst articles hold ${top} of ${m.reduce((x, y) => x + y, 0)}`,
  );
  console.log(
    `  the worst article: ${worst.misses} not right of ${worst.quotes} name-source quotes, ${worst.sources} distinct Sources, ${worst.speakers} distinct speakers given, ${worst.none} without a speaker`,
  );
}
if (split === 'train') {
  for (const [k, t] of tables.entries()) print(k < FOLDS ? `train fold ${k}` : 'train, all folds', t);
} else print(split, tables[0]!);

if (split === 'train' && process.env.LEDE_GAP_DUMP) writeFileSync(process.env.LEDE_GAP_DUMP, JSON.stringify(dump));
if (split === 'train' && process.env.LEDE_GAP_BEFORE) {
  const before = new Map<string, QuoteVerdict>();
  for (const q of JSON.parse(readFileSync(process.env.LEDE_GAP_BEFORE, 'utf8')) as QuoteVerdict[])
    before.set(`${q.slug}@${q.start}`, q);
  const show = new Set((process.env.LEDE_GAP_SHOW ?? '').split(',').filter(Boolean).map(Number));
  const moved = Array.from({ length: FOLDS }, () => ({ gained: 0, lost: 0, changed: 0 }));
  const byHand = Array.from({ length: FOLDS }, () => ({ gained: 0, lost: 0, labelled: false }));
  for (const q of dump) {
    const b = before.get(`${q.slug}@${q.start}`);
    if (b && q.hand !== undefined && b.hand !== undefined) {
      const h = byHand[q.fold]!;
      h.labelled = true;
      if (b.hand !== 'right' && q.hand === 'right') h.gained++;
      if (b.hand === 'right' && q.hand !== 'right') h.lost++;
      if (b.hand !== q.hand && show.has(q.fold))
        console.log(
          `  fold ${q.fold} by hand ${b.hand} ${JSON.stringify(b.speaker)} → ${q.hand} ${JSON.stringify(q.speaker)} [${q.slug}@${q.start}]`,
        );
    }
    if (!b || (b.v === q.v && b.speaker === q.speaker)) continue;
    const m = moved[q.fold]!;
    if (b.v !== 'right' && q.v === 'right') m.gained++;
    else if (b.v === 'right' && q.v !== 'right') m.lost++;
    else m.changed++;
    if (show.has(q.fold))
      console.log(
        `  fold ${q.fold} ${q.key} ${b.v} ${JSON.stringify(b.speaker)} → ${q.v} ${JSON.stringify(q.speaker)} [${q.slug}@${q.start}]`,
      );
  }
  console.log('\nagainst the dump before: gained / lost / changed but still wrong, per fold');
  for (const [k, m] of moved.entries()) console.log(`  fold ${k}: +${m.gained} -${m.lost} ~${m.changed}`);
  console.log('pronoun quotes with a hand referent, against the hand referent: gained / lost, per fold');
  for (const [k, h] of byHand.entries()) if (h.labelled) console.log(`  fold ${k}: +${h.gained} -${h.lost}`);
}
