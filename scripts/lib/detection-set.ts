// The mixed article / non-article page set the detection benchmark runs on, read from public datasets on disk
// (never committed): trafilatura's evaluation pages, Readability's test pages and page-signal's news pages as
// articles, and dragnet's and CleanPortalEval's news pages whose gold text is an article's; the hand-labelled
// non-articles of bench/data/detection-negatives.json. Split into a dev part (tuned on) and a held-out part (run once
// per change of method) by a seeded hash of each page's name.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentHash } from '../../core/hash';

/** Environment variables naming the datasets, with what each holds. */
export const DATASET_VARS = {
  LEDE_TRAFILATURA: "adbar/trafilatura's tests/ folder (evaldata.json, eval/, cache/, resources/)",
  LEDE_READABILITY_PAGES: "mozilla/readability's test/test-pages/ folder",
  LEDE_HTML_CLEANING:
    'j-szulc/html-cleaning-dataset-merged (CleanEval inputs for non-articles; page-signal, dragnet and CleanPortalEval news pages)',
  LEDE_DOCS_PAGES:
    "a folder of published documentation sites' HTML, non-articles (docs/toolchain.md: five Debian doc packages, unpacked)",
} as const;
type DatasetVar = keyof typeof DATASET_VARS;

export type Split = 'dev' | 'held-out';

/** One page of the set. */
export interface LabelledPage {
  /** Dataset-qualified name, e.g. "trafilatura/eval/xyz.html"; the split is derived from it. */
  name: string;
  source: 'trafilatura' | 'readability' | 'page-signal' | 'dragnet' | 'cleanportal' | 'cleaneval' | 'docs' | 'more';
  path: string;
  /** The URL the page was saved from when the dataset records it, else a reserved `.invalid` one. */
  url: string;
  isArticle: boolean;
  split: Split;
  /** For non-articles: what kind of page it is (search results, forum…). */
  kind?: string;
}

interface Manifest {
  negatives: { source: 'cleaneval' | 'trafilatura' | 'readability'; file: string; kind: string; why: string }[];
  excludePositives: { name: string; why: string }[];
}

const MANIFEST = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bench', 'data', 'detection-negatives.json');
/** Changing the seed reshuffles the split; keep it fixed so the held-out part stays unseen. */
const SPLIT_SEED = 'lede-detection-v1';
/** Share of pages (out of 10) that go to the held-out part. */
const HELD_OUT_TENTHS = 3;

/** Which part a page belongs to, from its name alone (core/hash.ts's 32-bit FNV-1a: the same on every machine). */
export function splitOf(name: string): Split {
  return Number.parseInt(contentHash(`${SPLIT_SEED}:${name}`), 16) % 10 < HELD_OUT_TENTHS ? 'held-out' : 'dev';
}

/**
 * Reads a saved page, decoding it by the charset its first bytes declare (many of these pages are not UTF-8), and
 * removes what stopped happy-dom's parser half-way (a <style> inside an inline <svg>, an XML declaration in the
 * body): there it dropped the rest of the page, where a browser reads on. The detection bench now parses as a
 * browser does (parse-html-spec.ts), which needs neither repair; they are kept so its figures stay comparable with
 * earlier runs (styles are not rendered in the bench, and a browser reads an XML declaration as a comment). Both
 * detectors and both extractors get the same repaired text. Also takes off the envelope CleanEval's file format
 * (CleanEval's and CleanPortalEval's pages) puts around each page, `<text id="URL" title="…" encoding="…">` …
 * `</text>`: it is not the site's markup, and a spec parser keeps it as an element around the whole page (set before
 * the doctype, it also puts the page in quirks mode), where happy-dom's parser dropped it.
 */
export function readPage(path: string): string {
  return withoutEnvelope(decodePage(path))
    .replace(/<style[\s\S]*?<\/style>/gi, '')
    .replace(/<\?xml[^>]*\?>/gi, '');
}

/** `html` without CleanEval's `<text id=…>` envelope (see {@link readPage}); unchanged when it has none. */
export function withoutEnvelope(html: string): string {
  const open = /^\s*<text id="[^"]*"[^>]*>/.exec(html);
  if (!open) return html;
  return html.slice(open[0].length).replace(/<\/text>\s*$/, '');
}

/**
 * The page's text. Bytes that are valid UTF-8 are read as UTF-8 whatever the page declares: the datasets re-saved
 * many pages as UTF-8 and kept their old `<meta charset=gb2312>` or `iso-8859-1` (Readability's `qq`, 115 pages in
 * all), and text in a legacy charset with any byte over 127 is almost never valid UTF-8 by chance. Otherwise the
 * declared charset, and without one windows-1252 (what browsers assume for an undeclared Western page).
 */
export function decodePage(path: string): string {
  return decodeBytes(readFileSync(path));
}

/** {@link decodePage} on bytes already read. */
export function decodeBytes(bytes: Uint8Array): string {
  try {
    // A BOM says UTF-8 too; TextDecoder drops it.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: fall through to the declared charset.
  }
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const declared = /<meta[^>]+charset=["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  const label = declared && declared !== 'unknown' && !/^utf-?8$/.test(declared) ? declared : 'windows-1252';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    // An unknown label (TextDecoder throws on it).
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The set's pages that the environment makes available, and the variables that are missing. */
export function loadDetectionSet(env: NodeJS.ProcessEnv = process.env): {
  pages: LabelledPage[];
  missing: DatasetVar[];
  /** Per source, the pages left out because their gold text is not an article's (see isKnownArticleText). */
  leftOut: Record<string, number>;
} {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
  const excluded = new Set(manifest.excludePositives.map((e) => e.name));
  const missing = (Object.keys(DATASET_VARS) as DatasetVar[]).filter((v) => !env[v] || !existsSync(env[v]!));
  const roots: Record<string, string | undefined> = {
    trafilatura: env.LEDE_TRAFILATURA,
    readability: env.LEDE_READABILITY_PAGES,
    cleaneval: env.LEDE_HTML_CLEANING,
  };
  const pages: LabelledPage[] = [];
  const leftOut: Record<string, number> = {};
  const add = (p: Omit<LabelledPage, 'split'>): void => {
    if (p.isArticle && excluded.has(p.name)) return;
    if (existsSync(p.path)) pages.push({ ...p, split: splitOf(p.name) });
  };

  const traf = roots.trafilatura;
  if (traf && existsSync(join(traf, 'evaldata.json'))) {
    const evaldata = JSON.parse(readFileSync(join(traf, 'evaldata.json'), 'utf8')) as Record<string, { file: string }>;
    for (const [url, e] of Object.entries(evaldata)) {
      const folder = existsSync(join(traf, 'eval', e.file)) ? 'eval' : 'cache';
      add({
        name: `trafilatura/${folder}/${e.file}`,
        source: 'trafilatura',
        path: join(traf, folder, e.file),
        url,
        isArticle: true,
      });
    }
  }
  const rdr = roots.readability;
  if (rdr && existsSync(rdr)) {
    for (const slug of readdirSync(rdr).sort()) {
      const meta = join(rdr, slug, 'expected-metadata.json');
      if (!existsSync(meta)) continue;
      // Pages Readability's suite marks not readerable are unit-test snippets (or mozilla-2, a listed negative).
      if ((JSON.parse(readFileSync(meta, 'utf8')) as { readerable?: boolean }).readerable === false) continue;
      add({
        name: `readability/${slug}`,
        source: 'readability',
        path: join(rdr, slug, 'source.html'),
        // Not the root: the test pages are articles saved from their own addresses, which the suite does not keep,
        // and a root address says "front page" to the detector (run AC).
        url: `https://${slug}.invalid/page`,
        isArticle: true,
      });
    }
  }
  const merged = roots.cleaneval;
  if (merged && existsSync(join(merged, 'page-signal-master', 'input'))) {
    for (const f of readdirSync(join(merged, 'page-signal-master', 'input')).sort()) {
      if (f.endsWith('.html'))
        add({
          name: `page-signal/${f}`,
          source: 'page-signal',
          path: join(merged, 'page-signal-master', 'input', f),
          url: 'https://news.invalid/story',
          isArticle: true,
        });
    }
  }
  // Dragnet's news and blog pages of 2012 and CleanPortalEval's (BBC News, WSJ and Washington Post blogs, MSNBC):
  // an article only when its gold text is one (see isKnownArticleText); the rest are left out, not counted as either.
  for (const [source, folder] of [
    ['dragnet', 'dragnet_data'],
    ['cleanportal', 'CleanPortalEval-master'],
  ] as const) {
    const input = merged && join(merged, folder, 'input');
    if (!input || !existsSync(input)) continue;
    for (const f of readdirSync(input).sort()) {
      if (!f.endsWith('.html')) continue;
      const gold = join(merged, folder, 'GoldStandard', f.replace(/\.html$/, '.txt'));
      if (!existsSync(gold) || !isKnownArticleText(readFileSync(gold, 'utf8'))) {
        leftOut[source] = (leftOut[source] ?? 0) + 1;
        continue;
      }
      add({ name: `${source}/${f}`, source, path: join(input, f), url: 'https://news.invalid/story', isArticle: true });
    }
  }
  // Documentation sites, every page a non-article of one kind: named by their path under the folder.
  const docs = env.LEDE_DOCS_PAGES;
  if (docs && existsSync(docs)) {
    for (const rel of htmlFilesUnder(docs))
      add({
        name: `docs/${rel}`,
        source: 'docs',
        path: join(docs, rel),
        url: 'https://docs.invalid/page',
        isArticle: false,
        kind: 'documentation',
      });
  }
  for (const n of manifest.negatives) {
    const root = roots[n.source];
    if (!root) continue;
    add({
      name: `${n.source}/${n.file}`,
      source: n.source,
      path: join(root, n.file),
      url: 'https://site.invalid/page',
      isArticle: false,
      kind: n.kind,
    });
  }
  return { pages, missing, leftOut };
}

/** Fewest words of gold text that make a page a known article (about a news brief of three sentences). */
const MIN_ARTICLE_WORDS = 60;

/**
 * Whether a page's gold text (dragnet's or CleanPortalEval's GoldStandard) is an article's: 60 words or more once
 * its markup (`<p>`, `<h>` as CleanEval marks paragraphs) and the readers' comments dragnet appends after its
 * `!@#$%^&*() COMMENTS` line are taken out. Decided before any page was run: a gold that is empty or a few words
 * says the annotators found no article there, so the page is not a known article either way.
 */
export function isKnownArticleText(gold: string): boolean {
  const body = gold.split(/[!@#$%^&*()]{4,}\s*COMMENTS/)[0]!.replace(/<[^>\n]{0,200}>/g, ' ');
  return body.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length >= MIN_ARTICLE_WORDS;
}

/** Paths (relative to `root`, sorted) of the .html files under it, at any depth. */
function htmlFilesUnder(root: string): string[] {
  return (readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split(sep).join('/'))
    .sort();
}
