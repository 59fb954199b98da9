// Where the benches find the corpus of saved real pages (Mozilla Readability's test pages, one <slug>/source.html
// each): $LEDE_CORPUS, e.g. mozilla/readability's test/test-pages. The corpus is public data, never committed here.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

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
  log(
    `${bench}: no page corpus (LEDE_CORPUS is unset); the corpus figures are left out. ` +
      "Set LEDE_CORPUS to a folder of <slug>/source.html pages, e.g. mozilla/readability's test/test-pages.",
  );
  return null;
}
