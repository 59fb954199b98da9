// Who said what on hold-outs 11, 12 and 13 (tests/fixtures/labelled-holdout-11, -12 and -13: news pages outside PolNeAR,
// quotes and speakers labelled blind), printed by `npm run bench facts` beside the compromise baseline. Quotes match as on
// hold-out 1 (the same text, one containing the other and covering 90 % of it); a speaker matches as there (one name
// containing the other, covering 30 %), and a quote labelled null (the article does not say who) is right only when
// no speaker is given. `npx tsx bench/holdout-quotes.ts errors` lists the speaker errors page by page: a development
// tool, not to be pointed at a blind set before its blind run (hold-out 11's is in its README).
import { extractKeyItems } from '../core/facts/index';
import type { Extraction } from '../core/types';
import {
  HOLDOUT11_DIR,
  HOLDOUT12_DIR,
  HOLDOUT13_DIR,
  listFixtures,
  loadFixture,
  type Fixture,
  type Labels,
} from '../tests/fixtures/labelled/load';
import { baseline } from './lib/compromise-baseline';
import { similar, unmatched } from './lib/label-match';

type Quote = Extraction['quotes'][number];
type Gold = Labels['quotes'][number];
interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const sameText = (p: Quote, g: Gold): boolean => similar(p.text, g.text, 0.9);

/** Right speaker: both none, or one name containing the other and covering 30 % of it (hold-out 1's rule). */
export function rightSpeaker(pred: string | null, gold: string | null): boolean {
  if (gold === null) return pred === null;
  return pred !== null && similar(pred, gold, 0.3);
}

/** Only the quotes of three words or more are labelled, so only those are scored. */
const scored = (qs: readonly Quote[]): Quote[] => qs.filter((q) => q.text.trim().split(/\s+/).length >= 3);

function count(pred: readonly Quote[], gold: readonly Gold[], eq: (p: Quote, g: Gold) => boolean): Counts {
  const [fp, fn] = unmatched(pred, gold, eq);
  return { tp: pred.length - fp.length, fp: fp.length, fn: fn.length };
}

interface SetCounts {
  quotes: Counts;
  speakers: Counts;
}

function scoreWith(fixtures: readonly Fixture[], run: (fx: Fixture) => Extraction): SetCounts {
  const out: SetCounts = { quotes: { tp: 0, fp: 0, fn: 0 }, speakers: { tp: 0, fp: 0, fn: 0 } };
  for (const fx of fixtures) {
    const pred = scored(run(fx).quotes);
    const gold = fx.labels?.quotes ?? [];
    const q = count(pred, gold, sameText);
    const s = count(pred, gold, (p, g) => sameText(p, g) && rightSpeaker(p.speaker, g.speaker));
    for (const k of ['tp', 'fp', 'fn'] as const) {
      out.quotes[k] += q[k];
      out.speakers[k] += s[k];
    }
  }
  return out;
}

function prf(c: Counts): string {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `${p.toFixed(2)} ${r.toFixed(2)} ${f.toFixed(2)} (${c.tp} tp, ${c.fp} fp, ${c.fn} fn)`;
}

const lede = (fx: Fixture): Extraction => extractKeyItems({ title: fx.title, blocks: fx.blocks });
const compromise = (fx: Fixture): Extraction => baseline(fx.title, fx.blocks);

function holdout(dir: string): Fixture[] {
  return listFixtures(dir)
    .map((s) => loadFixture(s, dir))
    .filter((f) => f.labels);
}

/** One set's lines of `npm run bench facts`: quotes and quote+speaker, Lede beside the compromise baseline. */
function printQuotes(dir: string, label: string, about: string): void {
  const fixtures = holdout(dir);
  const gold = fixtures.reduce((n, fx) => n + (fx.labels?.quotes.length ?? 0), 0);
  const words = fixtures.reduce((n, fx) => n + fx.words, 0);
  const a = scoreWith(fixtures, lede);
  const b = scoreWith(fixtures, compromise);
  console.log(
    `${label} (${fixtures.length} news pages outside PolNeAR, ${words} words, ${gold} quotes; ${about}): P R F1`,
  );
  console.log(`quotes          lede ${prf(a.quotes)}   compromise ${prf(b.quotes)}`);
  console.log(`quote+speaker   lede ${prf(a.speakers)}   compromise ${prf(b.speakers)}`);
}

/** The "HOLD-OUT 13", "HOLD-OUT 12" and "HOLD-OUT 11" lines of `npm run bench facts`. */
export function printHoldoutQuotes(): void {
  printQuotes(
    HOLDOUT13_DIR,
    'HOLD-OUT 13',
    'AEB pages of 2019, quotes and speakers labelled blind, the blind set for speakers outside PolNeAR; runs in its README',
  );
  printQuotes(
    HOLDOUT12_DIR,
    'HOLD-OUT 12',
    'quotes and speakers labelled blind, run once blind (round 26); runs in its README',
  );
  printQuotes(
    HOLDOUT11_DIR,
    'HOLD-OUT 11',
    'quotes and speakers labelled blind, read after its blind run (round 26); runs in its README',
  );
}

/**
 * Lists, page by page, each gold quote Lede found with a wrong or no speaker, each it missed and each extra quote, on
 * hold-out 11 (read). Never on hold-outs 12 and 13 (blind sets).
 */
function listErrors(): void {
  for (const fx of holdout(HOLDOUT11_DIR)) {
    const pred = scored(lede(fx).quotes);
    const gold = fx.labels?.quotes ?? [];
    const [extra, missed] = unmatched(pred, gold, sameText);
    const lines: string[] = [];
    for (const g of gold) {
      const p = pred.find((q) => sameText(q, g));
      if (p && !rightSpeaker(p.speaker, g.speaker)) {
        lines.push(`  SPEAKER ${p.speaker ?? '(none)'} ≠ ${g.speaker ?? '(none)'}: ${g.text.slice(0, 90)}`);
      }
    }
    for (const g of missed) lines.push(`  MISSED (${g.speaker ?? 'none'}): ${g.text.slice(0, 110)}`);
    for (const p of extra) lines.push(`  EXTRA (${p.speaker ?? 'none'}): ${p.text.slice(0, 110)}`);
    if (lines.length) console.log(`\n## ${fx.slug}\n${lines.join('\n')}`);
  }
}

if (process.argv[2] === 'errors') listErrors();
else if (process.argv[1]?.endsWith('holdout-quotes.ts')) printHoldoutQuotes();
