// The accuracy half of `npm run bench anchoring`: edited copies of the DEV and BLIND pages (tests/fixtures/anchoring/
// evaluate.ts), tallied per edit case, and the "every passage of a 20,000-word page edited" case. Runs in Node.
import { readFileSync } from 'node:fs';
import {
  blindPages,
  devPages,
  splitHash,
  type EvalPage,
  type MissingSplit,
} from '../tests/fixtures/anchoring/eval-pages';
import {
  EDIT_CASES,
  evaluatePage,
  LIGHT_EDITS,
  OUTCOMES,
  type Outcome,
  type PassageResult,
} from '../tests/fixtures/anchoring/evaluate';
import { buildLongPage, collectParagraphs, pickLongPassages } from '../tests/fixtures/anchoring/long-page';

export const LONG_WORDS = 20_000;
export const LONG_HIGHLIGHTS = 1_000;

const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');

function tally(results: PassageResult[]): Record<Outcome, number> & { total: number } {
  const t = { total: results.length } as Record<Outcome, number> & { total: number };
  for (const o of OUTCOMES) t[o] = 0;
  for (const r of results) t[r.outcome]++;
  return t;
}

/** Prints one row per edit case; returns the failures (silent wrong placements) for the verbose listing. */
function printTable(rows: Array<[string, PassageResult[]]>): void {
  console.log(
    'edit                              n    exact    near  confirm(ok)  confirm(other)  orphan  wrong  (short/repeated wrong)',
  );
  for (const [label, results] of rows) {
    const t = tally(results);
    const shortWrong = results.filter(
      (r) => r.outcome === 'wrong' && (r.kind === 'short' || r.kind === 'repeated' || r.kind === 'word'),
    ).length;
    console.log(
      `${label.padEnd(32)} ${String(t.total).padStart(4)}  ${pct(t.exact, t.total).padStart(6)}  ${pct(t.near, t.total).padStart(6)}  ${pct(t['confirm-right'], t.total).padStart(10)}  ${pct(t['confirm-other'], t.total).padStart(13)}  ${pct(t.orphan, t.total).padStart(6)}  ${String(t.wrong).padStart(5)}  (${shortWrong})`,
    );
  }
}

function show(r: PassageResult): string {
  return `${r.page} #${r.index} ${r.kind} ${JSON.stringify(r.exact.slice(0, 60))} exp=${r.expected} got=${r.found} score=${r.score?.toFixed(3)}`;
}

/** Edited copies of every page of a split, each edit case in turn. */
export function evaluateSplit(pages: EvalPage[]): Array<[string, PassageResult[]]> {
  const html = pages.map((p) => readFileSync(p.file, 'utf8'));
  return EDIT_CASES.map((c) => [
    c.label,
    pages.flatMap((p, k) => evaluatePage(p.name, html[k], c, splitHash(p.name, 13))),
  ]);
}

/** Every passage of a 20,000-word page built from the split's paragraphs edited lightly (typo, punctuation, word). */
export function evaluateLong(pages: EvalPage[]): PassageResult[] {
  const page = buildLongPage(
    collectParagraphs(
      pages.map((p) => p.file),
      LONG_WORDS,
    ),
    LONG_WORDS,
  );
  const c = { label: 'every passage edited', kinds: LIGHT_EDITS, banner: true, deleted: false };
  return evaluatePage('long', page, c, 42, (text) => pickLongPassages(text, LONG_HIGHLIGHTS));
}

/** Prints the figures of one split (or why it is missing). `verbose` lists every passage that was not placed right. */
export function reportSplit(name: string, split: EvalPage[] | MissingSplit, verbose: boolean): void {
  if (!Array.isArray(split)) {
    console.log(`\n${name}: SKIPPED. ${split.missing}`);
    return;
  }
  const rows = evaluateSplit(split);
  const long = evaluateLong(split);
  console.log(
    `\n${name}: edited copies of ${split.length} real pages, 40 passages each (selectors saved on the original)`,
  );
  printTable([...rows, [`20k-word page, all edited`, long]]);
  if (verbose) {
    for (const [label, results] of [...rows, ['long', long] as [string, PassageResult[]]]) {
      for (const r of results)
        if (r.outcome !== 'exact' && r.outcome !== 'near') console.log(`  ${r.outcome}: ${label}: ${show(r)}`);
    }
  }
}

/** Both splits, blind first (the figure that counts). LEDE_ANCHOR_SPLIT=dev runs the dev split only. */
export function reportAccuracy(): void {
  const verbose = Boolean(process.env.LEDE_BENCH_VERBOSE);
  if (process.env.LEDE_ANCHOR_SPLIT !== 'dev') reportSplit('BLIND split', blindPages(), false);
  if (process.env.LEDE_ANCHOR_SPLIT !== 'blind') reportSplit('DEV split', devPages(), verbose);
  console.log(
    'goals (issue #13): unchanged >= 99.5% exact; light edits >= 95%; deleted 0 wrong; all edited < 1% wrong' +
      ' ("exact" for a deleted passage = orphaned; confirm = placed but flagged for the reader to confirm)',
  );
}

if (process.argv[1]?.endsWith('anchoring-accuracy.ts')) reportAccuracy();
