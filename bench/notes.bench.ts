// `npm run bench notes`: issue 15's figures. Diffing a 10,000-word article (real news text from PolNeAR's dev
// split when LEDE_POLNEAR points at it, else generated text, said so), keeping it compressed, reading a large
// Hypothesis dump as JSON Lines, and rendering an export template. Each against a baseline in the same run.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { diffWords } from 'diff';
import { articleToMarkdown, bundleArticles, exportMarkdown } from '../core/export';
import { exportWithTemplate, TEMPLATE_PRESETS } from '../core/export/template';
import { readImportFile } from '../core/import';
import { SourceLedger, type LedgerSource } from '../core/ledger';
import { writeVault } from '../core/vault';
import { MemoryDirectory } from '../core/vault/memory-directory';
import { compareReadingCopies, compressCopy, decompressCopy, type ReadingCopy } from '../core/revisions';
import { COLOR_IDS, type Annotation, type ArticleRecord, type Extraction } from '../core/types';

const POLNEAR = process.env.LEDE_POLNEAR ?? '/work/data/polnear/data/dev/text';
const now = () => new Date('2026-05-10T12:00:00.000Z');

function time<T>(runs: number, fn: () => T): { ms: number; value: T } {
  let value = fn();
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) value = fn();
  return { ms: (performance.now() - t0) / runs, value };
}
async function timeAsync<T>(runs: number, fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  let value = await fn();
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) value = await fn();
  return { ms: (performance.now() - t0) / runs, value };
}
const f = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(1)} ms`);

/** Paragraphs of real news text up to `words` words, and where they came from. */
function paragraphsOf(words: number): { paragraphs: string[]; source: string } {
  const out: string[] = [];
  let count = 0;
  if (existsSync(POLNEAR)) {
    for (const file of readdirSync(POLNEAR).sort()) {
      for (const p of readFileSync(join(POLNEAR, file), 'utf8').split(/\n\s*\n|\n/)) {
        const text = p.replace(/\s+/g, ' ').trim();
        if (text.split(' ').length < 8) continue;
        out.push(text);
        count += text.split(' ').length;
        if (count >= words) return { paragraphs: out, source: `PolNeAR dev text (${POLNEAR})` };
      }
    }
  }
  console.log(`  PolNeAR text not found at ${POLNEAR} (set LEDE_POLNEAR): using generated paragraphs instead`);
  for (let i = 0; count < words; i++) {
    const text = `Paragraph ${i} says the council approved ${i * 3} million for roads while critics said the plan ignored buses and the mayor disagreed.`;
    out.push(text);
    count += text.split(' ').length;
  }
  return { paragraphs: out, source: 'generated text' };
}

async function revisions(): Promise<void> {
  const { paragraphs, source } = paragraphsOf(10_000);
  const words = paragraphs.join(' ').split(' ').length;
  // The revision: every 20th paragraph reworded (a word swapped), one removed, one added, headline changed.
  const revised = paragraphs
    .map((p, i) => (i % 20 === 5 ? p.replace(/\b(\w{5,})\b/, 'revised') : p))
    .filter((_, i) => i !== 40);
  revised.splice(60, 0, 'A paragraph the editors added later, with a correction to a figure.');
  const copy = (ps: string[], title: string): ReadingCopy => ({
    articleKey: 'https://news.example/a',
    readAt: now().toISOString(),
    title,
    deck: null,
    paragraphs: ps,
    quotes: [],
    figures: [],
    truncated: false,
  });
  const before = copy(paragraphs, 'Headline');
  const after = copy(revised, 'Headline, revised');
  const highlights: Annotation[] = paragraphs
    .filter((_, i) => i % 10 === 5)
    .map((p, i) => ({
      id: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      articleKey: before.articleKey,
      target: {
        source: before.articleKey,
        selector: [{ type: 'TextQuoteSelector', exact: p.slice(0, 80), prefix: '', suffix: '' }],
      },
      body: { note: '', tags: [], color: 'yellow' },
      created: before.readAt,
      modified: before.readAt,
    }));
  console.log(
    `  article: ${words.toLocaleString('en')} words in ${paragraphs.length} paragraphs (${source}); ${highlights.length} highlights`,
  );
  const baseline = time(3, () => diffWords(paragraphs.join('\n'), revised.join('\n')));
  const cmp = time(20, () => compareReadingCopies(before, after, highlights));
  console.log(
    `  compare (paragraph alignment + highlights): ${f(cmp.ms)} per article; found ${JSON.stringify(cmp.value.counts)}, ${cmp.value.highlights.length} highlights changed`,
  );
  console.log(
    `  baseline, jsdiff word diff of the whole text: ${f(baseline.ms)} (${(baseline.ms / cmp.ms).toFixed(0)}x slower)`,
  );
  const gz = await timeAsync(20, () => compressCopy(before));
  const back = await timeAsync(20, () => decompressCopy(gz.value));
  const json = JSON.stringify(before).length;
  console.log(
    `  keep: ${f(gz.ms)} to compress, ${f(back.ms)} to read back; ${(json / 1024).toFixed(0)} kB of JSON -> ${(gz.value.byteLength / 1024).toFixed(0)} kB gzip (${(json / gz.value.byteLength).toFixed(1)}x)`,
  );
}

function hypothesisDump(n: number): unknown[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `id${i}`,
    created: '2017-05-31T13:12:08.546076+00:00',
    updated: '2017-05-31T13:12:08.546076+00:00',
    user: 'acct:reader@hypothes.is',
    uri: `https://news.example/${i % 500}`,
    text: i % 3 ? '' : `note ${i}`,
    tags: ['t'],
    group: '__world__',
    target: [
      {
        source: `https://news.example/${i % 500}`,
        selector: [
          { type: 'TextPositionSelector', start: i, end: i + 30 },
          { type: 'TextQuoteSelector', exact: `passage number ${i} of the dump`, prefix: 'before ', suffix: ' after' },
        ],
      },
    ],
    document: { title: [`Article ${i % 500}`] },
  }));
}

function jsonLines(): void {
  const rows = hypothesisDump(100_000);
  const array = JSON.stringify(rows);
  const lines = rows.map((r) => JSON.stringify(r)).join('\n');
  const a = time(2, () => readImportFile(array, { now }));
  const l = time(2, () => readImportFile(lines, { now }));
  console.log(
    `  Hypothesis dump, 100,000 annotations (${(lines.length / 1e6).toFixed(0)} MB): JSON Lines ${f(l.ms)}, baseline the same records as one JSON array ${f(a.ms)} (${(l.ms / a.ms).toFixed(2)}x); ${l.value.annotations.length.toLocaleString('en')} imported`,
  );
}

function templates(): void {
  const articles: ArticleRecord[] = [];
  const annotations: Annotation[] = [];
  for (let i = 0; i < 1_000; i++) {
    const key = `https://news.example/${i}`;
    articles.push({
      key,
      url: key,
      title: `Article ${i}`,
      byline: 'A. Reporter',
      siteName: 'News',
      publishedTime: now().toISOString(),
      lang: 'en',
      firstSeen: now().toISOString(),
      lastSeen: now().toISOString(),
    });
    for (let j = 0; j < 10; j++) {
      annotations.push({
        id: `urn:uuid:00000000-0000-4000-8000-${String(i * 10 + j).padStart(12, '0')}`,
        articleKey: key,
        target: {
          source: key,
          selector: [
            {
              type: 'TextQuoteSelector',
              exact: `The council said on Monday that item ${j} would cost $${j} million.`,
              prefix: 'p ',
              suffix: ' s',
            },
            { type: 'TextPositionSelector', start: j * 100, end: j * 100 + 60 },
          ],
        },
        body: { note: j % 2 ? 'a *note*' : '', tags: ['budget'], color: COLOR_IDS[j % 5]! },
        created: now().toISOString(),
        modified: now().toISOString(),
      });
    }
  }
  const colorLabels = {
    yellow: 'Important',
    green: 'Evidence',
    blue: 'Background',
    pink: 'Question',
    purple: 'Follow up',
  } as const;
  const input = { articles, annotations };
  const fixed = time(3, () => exportMarkdown(input, now));
  for (const p of TEMPLATE_PRESETS) {
    const r = time(3, () => exportWithTemplate(input, p.source, { colorLabels, now }));
    console.log(
      `  template "${p.id}", 1,000 articles x 10 highlights: ${f(r.ms)} (baseline, the fixed Markdown exporter: ${f(fixed.ms)}, ${(r.ms / fixed.ms).toFixed(1)}x)`,
    );
  }
}

/** 10,000 annotated articles (100,000 annotations at 10 each) with their cached extractions: 6 quotes from a pool of
 * 3,000 speakers and 4 figures each. */
/** A made-up word for a number, so topic words are letters (the ledger's content words are 4+ letters). */
const word = (n: number) =>
  Array.from({ length: 3 }, (_, k) => 'bcdfghjklmnpqrstvwz'[(n * (k + 7) + k) % 19]! + 'aeiou'[(n + k) % 5]!).join('');

function ledgerSources(): LedgerSource[] {
  const first = ['Anna', 'Xi', 'Li', 'Maria', 'John', 'Fatima', 'Olu', 'Kenji', 'Sara', 'Pedro'];
  const last = Array.from({ length: 300 }, (_, i) => `Surname${i.toString(36)}`);
  const sel = { type: 'TextQuoteSelector' as const, exact: 'x', prefix: '', suffix: '' };
  const prov = { block: 0, start: 0, end: 1, selector: sel };
  const out: LedgerSource[] = [];
  for (let i = 0; i < 10_000; i++) {
    const key = `https://site${i % 200}.example/news/${i}`;
    const day = new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString();
    const extraction: Extraction = {
      quotes: Array.from({ length: 6 }, (_, j) => ({
        id: `q${j}`,
        text: `We will look at item ${j} of plan ${i} very carefully, and report back to the council.`,
        speaker: `${first[(i + j) % 10]} ${last[(i * 7 + j * 13) % 300]}`,
        attribution: null,
        kind: 'direct' as const,
        source: prov,
      })),
      facts: Array.from({ length: 4 }, (_, j) => ({
        id: `f${j}`,
        text: `The ${word((i + j) % 500)} ${word(((i + j) % 500) + 977)} budget rose to $${(i % 7) + j} million this year, officials said.`,
        values: [`$${(i % 7) + j} million`],
        details: [
          { text: `$${(i % 7) + j} million`, kind: 'money' as const, normalized: `${((i % 7) + j) * 1e6} USD` },
        ],
        score: 0.5,
        source: prov,
      })),
      entities: [],
    };
    out.push({
      article: {
        key,
        url: key,
        title: `Article ${i}`,
        byline: null,
        siteName: `Site ${i % 200}`,
        publishedTime: day,
        lang: 'en',
        firstSeen: day,
        lastSeen: day,
      },
      extraction,
    });
  }
  return out;
}

function ledger(): void {
  const sources = ledgerSources();
  const built = time(2, () => new SourceLedger(sources));
  const first = time(20, () => built.value.search('xi surname1', 50));
  const all = time(2, () => built.value.search('', 50));
  // Baseline: what a reader's search would do without the ledger's index, a scan of every quote's speaker.
  const scan = time(5, () => {
    const hits = new Map<string, number>();
    for (const s of sources)
      for (const q of s.extraction.quotes)
        if (q.speaker && /\bxi\b/i.test(q.speaker) && /\bsurname1/i.test(q.speaker))
          hits.set(q.speaker, (hits.get(q.speaker) ?? 0) + 1);
    return hits;
  });
  const conflicts = time(1, () => built.value.conflicts(200));
  console.log(
    `  10,000 annotated articles (100,000 annotations), 60,000 quotes, 40,000 figures: build ${f(built.ms)} once per opening`,
  );
  console.log(
    `  first results for "xi surname1": ${f(first.ms)} (${first.value.length} people); most quoted list ${f(all.ms)}; baseline scan of every quote ${f(scan.ms)} (${(scan.ms / first.ms).toFixed(0)}x slower)`,
  );
  console.log(`  figure conflicts (first 200): ${f(conflicts.ms)}, ${conflicts.value.length} found`);
}

/** The folder at 10,000 articles x 10 highlights, on an in-memory directory (a first look: a real disk adds I/O). */
async function vault(): Promise<void> {
  const articles: ArticleRecord[] = [];
  const annotations: Annotation[] = [];
  const iso = now().toISOString();
  for (let i = 0; i < 10_000; i++) {
    const key = `https://news.example/${i}`;
    articles.push({
      key,
      url: key,
      title: `Article number ${i} about the council budget`,
      byline: null,
      siteName: 'News',
      publishedTime: iso,
      lang: 'en',
      firstSeen: iso,
      lastSeen: iso,
    });
    for (let j = 0; j < 10; j++) {
      annotations.push({
        id: `urn:uuid:00000000-0000-4000-8000-${String(i * 10 + j).padStart(12, '0')}`,
        articleKey: key,
        target: {
          source: key,
          selector: [
            {
              type: 'TextQuoteSelector',
              exact: `The council said item ${j} would cost $${j} million.`,
              prefix: 'p ',
              suffix: ' s',
            },
            { type: 'TextPositionSelector', start: j * 100, end: j * 100 + 50 },
          ],
        },
        body: { note: j % 3 ? '' : 'a note', tags: ['budget'], color: COLOR_IDS[j % 5]! },
        created: iso,
        modified: iso,
      });
    }
  }
  const root = new MemoryDirectory();
  const input = { articles, annotations };
  const opts = { now, render: articleToMarkdown };
  let t0 = performance.now();
  const first = await writeVault(root, input, opts);
  const firstMs = performance.now() - t0;
  const changed = {
    articles,
    annotations: annotations.map((a, i) => (i === 12_345 ? { ...a, body: { ...a.body, note: 'edited' } } : a)),
  };
  t0 = performance.now();
  const second = await writeVault(root, changed, opts);
  const secondMs = performance.now() - t0;
  t0 = performance.now();
  const scoped = await writeVault(
    root,
    { ...changed, scope: { kind: 'articles', keys: [articles[1_234]!.key] } },
    opts,
  );
  const scopedMs = performance.now() - t0;
  // Baseline: overwrite every file without reading it (what a naive exporter does on every change).
  const blind = new MemoryDirectory();
  const dir = await blind.getDirectoryHandle('Lede', { create: true });
  t0 = performance.now();
  for (const b of bundleArticles(changed)) {
    const w = await (await dir.getFileHandle(`${b.article.key.slice(-6)}.md`, { create: true })).createWritable();
    await w.write(articleToMarkdown(b));
    await w.close();
  }
  const blindMs = performance.now() - t0;
  console.log(
    `  10,000 articles x 10 highlights, in-memory folder: first write ${f(firstMs)} (${first.written.length.toLocaleString('en')} files)`,
  );
  console.log(
    `  after one edited note: ${f(secondMs)}, ${second.written.length} file written, ${second.unchanged.toLocaleString('en')} unchanged; baseline rewriting every file blindly ${f(blindMs)}`,
  );
  console.log(
    `  the same change written for its article only (what the library does on a change): ${f(scopedMs)} (${scoped.written.length + scoped.unchanged} file checked)`,
  );
}

/** `LEDE_BENCH_ONLY=ledger npm run bench notes` runs one section (revisions, jsonl, templates, ledger, vault). */
export default async function run(): Promise<void> {
  const only = process.env.LEDE_BENCH_ONLY;
  const sections: [string, string, () => Promise<void> | void][] = [
    ['revisions', 'changed since you read it:', revisions],
    ['jsonl', 'JSON Lines import:', jsonLines],
    ['templates', 'export templates:', templates],
    ['ledger', 'source ledger:', ledger],
    ['vault', "the reader's folder:", vault],
  ];
  for (const [id, title, fn] of sections) {
    if (only && only !== id) continue;
    console.log(title);
    await fn();
  }
}
