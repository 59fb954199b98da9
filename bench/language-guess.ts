// `LEDE_TRAFILATURA=/work/data/trafilatura/tests npx tsx bench/language-guess.ts [--list]`: the article-language
// guess (core/article/language-guess.ts) on trafilatura's evaluation pages (evaldata.json, files in eval/ or cache/):
// how many pages declare no language, how many declare one their text contradicts (--list prints them, to read by
// eye), and how often the guess agrees with the declaration. Then the quotes-intl pages (tests/fixtures), and with
// LEDE_POLNEAR set, what it says of PolNeAR's English texts (train and dev, counts only).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../core/article/index';
import { countFunctionWords, GUESSED_LANGUAGES, guessLanguage } from '../core/article/language-guess';
import { parseHtml } from '../scripts/lib/parse-html';
import { polnearDataDir } from './polnear/load';
import { loadBlocks, QUOTES_INTL_DIR } from './quotes-intl';

/** One page's declared language (primary subtag, lowercase; null when none) and its article text. */
export interface LanguagePage {
  url: string;
  declared: string | null;
  text: string;
}

const primaryOf = (lang: string | null): string | null => lang?.trim().toLowerCase().split(/[-_]/)[0] || null;

/** Every page of the set that Lede extracts an article from, with what it declares. */
export async function readTrafilaturaPages(root: string): Promise<LanguagePage[]> {
  const data = JSON.parse(readFileSync(join(root, 'evaldata.json'), 'utf8')) as Record<string, { file: string }>;
  const out: LanguagePage[] = [];
  for (const url of Object.keys(data).sort()) {
    const path = [join(root, 'eval', data[url]!.file), join(root, 'cache', data[url]!.file)].find(existsSync);
    if (!path) continue;
    const page = parseHtml(readFileSync(path, 'utf8'), url);
    try {
      const article = extractArticle(page.document, { url }).article;
      if (article) out.push({ url, declared: primaryOf(article.declaredLang), text: article.textContent });
    } finally {
      await page.close();
    }
  }
  return out;
}

const count = (m: Map<string, number>, k: string): void => {
  m.set(k, (m.get(k) ?? 0) + 1);
};
const show = (m: Map<string, number>): string =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');

function report(pages: readonly LanguagePage[], list: boolean): void {
  const undeclared = new Map<string, number>();
  const declaredAs = new Map<string, number>();
  const tally = { known: 0, agree: 0, unsure: 0, other: 0, unknownDeclared: 0, unknownOverridden: 0 };
  const agreed = new Map<string, number>();
  const contradicted: string[] = [];
  for (const p of pages) {
    const guess = guessLanguage(p.text);
    if (!p.declared) {
      count(undeclared, guess ?? 'unsure');
      continue;
    }
    count(declaredAs, p.declared);
    if (!GUESSED_LANGUAGES.includes(p.declared)) {
      tally.unknownDeclared++;
      if (guess) {
        tally.unknownOverridden++;
        contradicted.push(`${p.declared} -> ${guess}  ${p.url}`);
      }
      continue;
    }
    tally.known++;
    if (guess === p.declared) {
      tally.agree++;
      count(agreed, p.declared);
    } else if (!guess) tally.unsure++;
    else {
      tally.other++;
      const { words, hits } = countFunctionWords(p.text);
      const top = Object.entries(hits)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([l, n]) => `${l} ${n}`)
        .join(' ');
      contradicted.push(
        `${p.declared} -> ${guess}  ${p.url}  (${words} words: ${top}) «${p.text.slice(0, 120).replace(/\s+/g, ' ')}»`,
      );
    }
  }
  const undeclaredTotal = [...undeclared.values()].reduce((a, b) => a + b, 0);
  console.log(`trafilatura: ${pages.length} pages with an article`);
  console.log(`  declared: ${show(declaredAs)}`);
  console.log(`  no language declared: ${undeclaredTotal}; the guess says ${show(undeclared)}`);
  console.log(
    `  declared one the guess knows: ${tally.known}; guess agrees ${tally.agree}, unsure ${tally.unsure} (declaration kept), says another ${tally.other}`,
  );
  console.log(`    agreeing per language: ${[...agreed].map(([l, n]) => `${l} ${n}/${declaredAs.get(l)}`).join(', ')}`);
  console.log(
    `  declared one the guess does not know: ${tally.unknownDeclared}; overridden ${tally.unknownOverridden}`,
  );
  if (list) for (const line of contradicted) console.log(`    ${line}`);
}

/** What the guess says of the quotes-intl pages' texts (German, French, Spanish; their language is their slug's). */
function reportQuotesIntl(): void {
  let agree = 0;
  const wrong: string[] = [];
  const slugs = readdirSync(QUOTES_INTL_DIR).filter((s) => existsSync(join(QUOTES_INTL_DIR, s, 'text.txt')));
  for (const slug of slugs) {
    const { title, blocks } = loadBlocks(slug);
    const guess = guessLanguage([title, ...blocks.map((b) => b.text)].join('\n\n'));
    if (guess === slug.slice(0, 2)) agree++;
    else wrong.push(`${slug} ${guess ?? 'unsure'}`);
  }
  console.log(
    `quotes-intl: the guess agrees on ${agree}/${slugs.length}${wrong.length ? `; ${wrong.join(', ')}` : ''}`,
  );
}

/** What the guess says of PolNeAR's texts (English news): every one should be "en" or unsure. */
function reportPolnear(dataDir: string): void {
  for (const split of ['train', 'dev']) {
    const dir = join(dataDir, split, 'text');
    if (!existsSync(dir)) continue;
    const said = new Map<string, number>();
    for (const file of readdirSync(dir)) {
      if (file.endsWith('.txt')) count(said, guessLanguage(readFileSync(join(dir, file), 'utf8')) ?? 'unsure');
    }
    console.log(`PolNeAR ${split}: the guess says ${show(said)}`);
  }
}

if (process.argv[1]?.endsWith('language-guess.ts')) {
  const root = process.env.LEDE_TRAFILATURA;
  if (!root || !existsSync(join(root, 'evaldata.json'))) {
    console.log(
      `language-guess: LEDE_TRAFILATURA ${root ? `=${root} has no evaldata.json` : 'is unset'}; the trafilatura ` +
        "figures are left out. Set it to adbar/trafilatura's tests/ folder (evaldata.json, eval/, cache/).",
    );
  } else {
    report(await readTrafilaturaPages(root), process.argv.includes('--list'));
  }
  reportQuotesIntl();
  const polnear = polnearDataDir();
  if (polnear) reportPolnear(polnear);
  else console.log('language-guess: LEDE_POLNEAR is unset; the PolNeAR figures are left out.');
}
