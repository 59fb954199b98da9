// `npm run -s extract -- FILE [--url URL] [--json]`: Lede's article extraction from the command line.
// HTML files go through happy-dom (no scripts, no network); .txt files are "title line, blank-line paragraphs".
import { readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { articleFromText, extractArticle, isProbablyArticle } from '../core/article/index';
import { extractKeyItems } from '../core/facts/index';
import type { ArticleResult, Extraction } from '../core/types';
import { parseHtml } from './lib/parse-html';

const here = dirname(fileURLToPath(import.meta.url));
/** The bundled sample article, used when no FILE is given. */
const SAMPLE = join(here, '..', 'tests', 'fixtures', 'seed', 'article.html');
/** Larger inputs are refused before parsing: the core refuses them anyway, and parsing alone would take long. */
const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** Thrown for bad command-line use or unreadable input; printed without a stack. */
class UsageError extends Error {
  override name = 'UsageError';
}

interface Args {
  file: string;
  url: string | null;
  json: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { file: SAMPLE, url: null, json: false };
  let file: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--url') {
      const v = argv[++i];
      if (!v) throw new UsageError('--url needs a value');
      args.url = v;
    } else if (a.startsWith('--url=')) args.url = a.slice(6);
    else if (a === '-h' || a === '--help')
      throw new UsageError('usage: npm run -s extract -- FILE [--url URL] [--json]');
    else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else if (file) throw new UsageError(`only one FILE please (got ${file} and ${a})`);
    else file = a;
  }
  if (file) args.file = resolve(file);
  return args;
}

function readInput(file: string): string {
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new UsageError(`not a file: ${file}`);
    size = st.size;
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  if (size > MAX_INPUT_BYTES) throw new UsageError(`${file} is ${size} bytes; the limit is ${MAX_INPUT_BYTES}`);
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
}

/** Extracts from one file: `.txt` as plain text, anything else as HTML. */
export function extractFile(file: string, url: string | null): { isArticle: boolean; result: ArticleResult } {
  const input = readInput(file);
  const location = url ?? pathToFileURL(file).href;
  if (extname(file).toLowerCase() === '.txt') {
    const result = articleFromText(input, { url: location });
    return { isArticle: result.article !== null, result };
  }
  const page = parseHtml(input, url ?? 'https://page.invalid/');
  try {
    const isArticle = isProbablyArticle(page.document);
    const result = extractArticle(page.document, { url: location });
    return { isArticle: isArticle && result.article !== null, result };
  } finally {
    void page.close();
  }
}

function toJson(isArticle: boolean, result: ArticleResult, items: Extraction): object {
  const a = result.article;
  const reason = result.reason ?? (isArticle ? null : 'the page does not look like a single article');
  return {
    isArticle,
    reason,
    title: a?.title ?? null,
    deck: a?.deck ?? null,
    byline: a?.byline ?? null,
    authors: a?.authors ?? [],
    siteName: a?.siteName ?? null,
    publishedTime: a?.publishedTime ?? null,
    modifiedTime: a?.modifiedTime ?? null,
    lang: a?.lang ?? null,
    declaredLang: a?.declaredLang ?? null,
    canonicalUrl: a?.canonicalUrl ?? null,
    url: a?.url ?? null,
    excerpt: a?.excerpt ?? null,
    wordCount: a?.wordCount ?? 0,
    readingTimeMinutes: a?.readingTimeMinutes ?? 0,
    section: a?.section ?? null,
    tags: a?.tags ?? [],
    leadImage: a?.leadImage ?? null,
    textContent: a?.textContent ?? '',
    blocks: a?.blocks ?? [],
    facts: items.facts,
    quotes: items.quotes,
    entities: items.entities,
  };
}

function summary(isArticle: boolean, result: ArticleResult, items: Extraction): string {
  const a = result.article;
  if (!a) return `Not an article: ${result.reason}`;
  const lines = [
    a.title,
    ...(a.deck ? [a.deck] : []),
    '',
    `  article?   ${isArticle ? 'yes' : 'no (extracted anyway)'}`,
    `  byline     ${a.byline ?? '-'}`,
    `  site       ${a.siteName ?? '-'}`,
    `  published  ${a.publishedTime ?? '-'}${a.modifiedTime ? `  (modified ${a.modifiedTime})` : ''}`,
    `  language   ${a.lang ?? '-'}`,
    `  url        ${a.canonicalUrl}`,
    `  length     ${a.wordCount} words, ${a.readingTimeMinutes} min, ${a.blocks.length} blocks`,
    ...(a.tags.length || a.section ? [`  section    ${a.section ?? '-'}   tags: ${a.tags.join(', ') || '-'}`] : []),
    `  found      ${items.facts.length} facts, ${items.quotes.length} quotes, ${items.entities.length} entities`,
    '',
  ];
  for (const b of a.blocks) {
    const tag = b.type === 'heading' ? `h${b.level}` : b.type;
    const text = b.text.length > 160 ? `${b.text.slice(0, 157)}...` : b.text;
    lines.push(`[${tag}] ${text.replace(/\n/g, ' / ')}`);
  }
  return lines.join('\n');
}

function main(): number {
  try {
    const args = parseArgs(process.argv.slice(2));
    const { isArticle, result } = extractFile(args.file, args.url);
    const a = result.article;
    const items: Extraction = a
      ? extractKeyItems({ title: a.title, blocks: a.blocks, lang: a.lang })
      : { facts: [], quotes: [], entities: [] };
    process.stdout.write(
      `${args.json ? JSON.stringify(toJson(isArticle, result, items), null, 2) : summary(isArticle, result, items)}\n`,
    );
    return 0;
  } catch (err) {
    process.stderr.write(
      `extract: ${err instanceof UsageError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    return err instanceof UsageError ? 2 : 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
