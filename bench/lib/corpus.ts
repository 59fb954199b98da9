// Where the benches find the corpus of saved real pages (Mozilla Readability's test pages, one <slug>/source.html
// each): $LEDE_CORPUS, else ../shared/corpus/readability-test-pages beside the repository when that exists.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Where a checkout made beside a `shared/` folder finds the corpus without any setting. */
export const DEFAULT_CORPUS = resolve(REPO, '../shared/corpus/readability-test-pages');

/**
 * The corpus folder, or null after printing why it is missing and how to point at it. Never falls back silently:
 * a bench that leaves part out says so in its output.
 */
export function findCorpus(bench: string, log: (line: string) => void = (l) => console.log(l)): string | null {
  const wanted = process.env.LEDE_CORPUS;
  if (wanted) {
    if (existsSync(wanted)) return resolve(wanted);
    log(`${bench}: LEDE_CORPUS=${wanted} does not exist; the corpus figures are left out.`);
    return null;
  }
  if (existsSync(DEFAULT_CORPUS)) return DEFAULT_CORPUS;
  log(
    `${bench}: no page corpus (LEDE_CORPUS is unset and ${DEFAULT_CORPUS} does not exist); the corpus figures are left out. ` +
      "Set LEDE_CORPUS to a folder of <slug>/source.html pages, e.g. mozilla/readability's test/test-pages.",
  );
  return null;
}
