// How well "main" entities match hand labels (docs/extraction.md's `main`), for the extraction's own flag (baseline) and
// the presentation rule the popup and sidebar use (core/facts/main-entities: title, deck, opening, mentions).
// Held-out pages first (never tuned on), then the development pages. Labelled pages carry no deck: title only.
import { extractKeyItems } from '../core/facts';
import { rankMainEntities } from '../core/facts/main-entities';
import { HOLDOUT_DIR, LABELLED_DIR, listFixtures, loadFixture } from '../tests/fixtures/labelled/load';

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/^the\s+/, '')
    .trim();

function score(root: string): { baseline: Counts; rule: Counts; pages: number } {
  const baseline: Counts = { tp: 0, fp: 0, fn: 0 };
  const rule: Counts = { tp: 0, fp: 0, fn: 0 };
  const slugs = listFixtures(root);
  for (const slug of slugs) {
    const fx = loadFixture(slug, root);
    if (!fx.labels) continue;
    const labelled = new Map(fx.labels.entities.map((e) => [norm(e.name), e.main]));
    const { entities } = extractKeyItems({ title: fx.title, blocks: fx.blocks });
    const ranked = rankMainEntities(entities, { title: fx.title, deck: null, blocks: fx.blocks });
    const tally = (c: Counts, main: (name: string) => boolean) => {
      const found = new Set(entities.filter((e) => main(e.name)).map((e) => norm(e.name)));
      for (const [name, isMain] of labelled) {
        if (isMain && found.has(name)) c.tp++;
        else if (isMain) c.fn++;
        else if (found.has(name)) c.fp++;
      }
    };
    tally(baseline, (n) => entities.find((e) => e.name === n)?.main ?? false);
    tally(rule, (n) => ranked.find((e) => e.name === n)?.main ?? false);
  }
  return { baseline, rule, pages: slugs.length };
}

function line(label: string, c: Counts): string {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  const f = (2 * p * r) / Math.max(1e-9, p + r);
  return `${label.padEnd(34)} precision ${p.toFixed(2)}  recall ${r.toFixed(2)}  F1 ${f.toFixed(2)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
}

export default function run(): void {
  for (const [name, root] of [
    ['held-out', HOLDOUT_DIR],
    ['development', LABELLED_DIR],
  ] as const) {
    const { baseline, rule, pages } = score(root);
    console.log(
      `${name} (${pages} labelled pages; labelled entities the extraction did not find count as misses for both)`,
    );
    console.log(`  ${line('extraction flag (baseline)', baseline)}`);
    console.log(`  ${line('title/deck/opening/mentions rule', rule)}`);
  }
}
