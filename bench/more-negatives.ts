// Modern non-article pages (issue #12, run AC) read from the folder LEDE_MORE_NEGATIVES names (never committed: see
// docs/detection-rounds-3.md, run AC): a manifest.json listing each page's file, URL, kind and why, beside the saved
// pages. Counted apart from the labelled non-articles of bench/data/detection-negatives.json, and split in two halves
// of their own by a seeded hash of each file's name: the dev half may be listed, the held-out half is only counted.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentHash } from '../core/hash';
import type { LabelledPage, Split } from '../scripts/lib/detection-set';

export const MORE_NEGATIVES_VAR = 'LEDE_MORE_NEGATIVES';
/** Changing the seed reshuffles the halves; keep it fixed so the held-out half stays unseen. */
const SEED = 'lede-more-negatives-v1';

interface Manifest {
  negatives: { file: string; url: string; kind: string; why: string }[];
}

/** Which half a page of this set belongs to, from its file name alone (even hash: dev). */
export function moreNegativesSplitOf(file: string): Split {
  return Number.parseInt(contentHash(`${SEED}:${file}`), 16) % 2 === 0 ? 'dev' : 'held-out';
}

/** The set's pages, or `null` when the variable is unset or names no folder with a manifest. */
export function loadMoreNegatives(env: NodeJS.ProcessEnv = process.env): LabelledPage[] | null {
  const root = env[MORE_NEGATIVES_VAR];
  if (!root || !existsSync(join(root, 'manifest.json'))) return null;
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Manifest;
  return manifest.negatives
    .filter((n) => existsSync(join(root, n.file)))
    .map((n) => ({
      name: `more/${n.file}`,
      source: 'more' as const,
      path: join(root, n.file),
      url: n.url,
      isArticle: false,
      split: moreNegativesSplitOf(n.file),
      kind: n.kind,
    }));
}
