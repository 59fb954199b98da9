// Picks the pages of tests/fixtures/quotes-intl/ from trafilatura's set by a seeded shuffle, before any labelling:
// German, French, Spanish and Italian pages (by <html lang>) whose extracted article holds 2+ marked quotations of
// 3+ words. Writes each page's article text (paragraphs with a quotation and their neighbours) and an empty label
// file. `LEDE_TRAFILATURA=/work/data/trafilatura/tests npx tsx bench/quotes-intl-pick.ts`
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../core/article/index';
import { parseHtml } from '../scripts/lib/parse-html';

const SEED = 12;
const PER_LANG = 10;
const MAX_CHARS = 4000;
const LANGS = ['de', 'fr', 'es', 'it'];
const OUT = join(import.meta.dirname, '..', 'tests', 'fixtures', 'quotes-intl');
/** A quotation of 3+ words between the language's marks (selection only; Lede's quote rules are not used). */
const QUOTATION = /[«„“‚][^«»„“”]{0,600}?[»“”‘]/g;

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function quotationsIn(text: string): number {
  return (text.match(QUOTATION) ?? []).filter((q) => q.split(/\s+/).length >= 3).length;
}

const root = process.env.LEDE_TRAFILATURA;
if (!root) throw new Error('set LEDE_TRAFILATURA');
const data = JSON.parse(readFileSync(join(root, 'evaldata.json'), 'utf8')) as Record<string, { file: string }>;
const urls = Object.keys(data).sort();
const rand = mulberry32(SEED);
for (let i = urls.length - 1; i > 0; i--) {
  const j = Math.floor(rand() * (i + 1));
  [urls[i], urls[j]] = [urls[j]!, urls[i]!];
}
const taken: Record<string, number> = Object.fromEntries(LANGS.map((l) => [l, 0]));
const index: { slug: string; lang: string; url: string; file: string }[] = [];
for (const url of urls) {
  const file = data[url]!.file;
  const path = [join(root, 'eval', file), join(root, 'cache', file)].find(existsSync);
  if (!path) continue;
  const html = readFileSync(path, 'utf8');
  const lang = /<html[^>]*\blang=["']?([a-z]{2})/i.exec(html)?.[1]?.toLowerCase();
  if (!lang || !LANGS.includes(lang) || taken[lang]! >= PER_LANG) continue;
  if (quotationsIn(html) < 2) continue;
  const page = parseHtml(html, url);
  const article = extractArticle(page.document, { url }).article;
  await page.close();
  if (!article) continue;
  const paras = article.blocks.map((b) => b.text);
  const quoted = paras.map((p) => quotationsIn(p) > 0);
  if (quoted.filter(Boolean).length < 2) continue;
  let keep = paras.filter((_, i) => quoted[i] || quoted[i - 1] || quoted[i + 1]);
  // Long pages keep only their quoted paragraphs, up to MAX_CHARS, so that labelling by hand stays possible.
  if (keep.join('').length > MAX_CHARS) keep = paras.filter((_, i) => quoted[i]);
  while (keep.length > 2 && keep.join('').length > MAX_CHARS) keep.pop();
  const slug = `${lang}-${file.replace(/\.html?$/, '').replace(/[^a-z0-9]+/gi, '-')}`;
  mkdirSync(join(OUT, slug), { recursive: true });
  writeFileSync(join(OUT, slug, 'text.txt'), `${article.title}\n\n${keep.join('\n\n')}\n`);
  index.push({ slug, lang, url, file });
  taken[lang]!++;
  if (LANGS.every((l) => taken[l]! >= PER_LANG)) break;
}
writeFileSync(join(OUT, 'pages.json'), `${JSON.stringify(index, null, 2)}\n`);
console.log(taken);
