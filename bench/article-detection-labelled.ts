// Articles hand-labelled in bench/data/detection-negatives.json's `positives` (CleanEval pages that hold one news
// item or press release each), added to the detection set the shared loader reads: the datasets' own articles are
// long-form pages of the 2010s and 2020s, and issue #12 asks about short news items too. Same seeded split as
// every other page (splitOf on the page's name), so a page's part follows from its name alone.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type LabelledPage, splitOf } from '../scripts/lib/detection-set';

const MANIFEST = join(dirname(fileURLToPath(import.meta.url)), 'data', 'detection-negatives.json');

interface LabelledArticle {
  source: 'cleaneval';
  file: string;
  kind: string;
  why: string;
}

/** The labelled articles whose dataset the environment names and whose file is there (none when it is missing). */
export function labelledArticles(env: NodeJS.ProcessEnv = process.env): LabelledPage[] {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as { positives?: LabelledArticle[] };
  const root = env.LEDE_HTML_CLEANING;
  if (!root) return [];
  const pages: LabelledPage[] = [];
  for (const p of manifest.positives ?? []) {
    const path = join(root, p.file);
    if (!existsSync(path)) continue;
    const name = `${p.source}/${p.file}`;
    pages.push({
      name,
      source: p.source,
      path,
      url: 'https://news.invalid/story',
      isArticle: true,
      split: splitOf(name),
    });
  }
  return pages;
}
