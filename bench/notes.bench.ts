// `npm run bench notes`: issue 15's figures. Diffing a 10,000-word article (real news text from PolNeAR's dev
// split when LEDE_POLNEAR points at it, else generated text, said so), keeping it compressed, reading a large
// Hypothesis dump as JSON Lines, and rendering an export template. Each against a baseline in the same run.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { diffWords } from 'diff';
import { exportMarkdown } from '../core/export';
import { exportWithTemplate, TEMPLATE_PRESETS } from '../core/export/template';
import { readImportFile } from '../core/import';
import { compareReadingCopies, compressCopy, decompressCopy, type ReadingCopy } from '../core/revisions';
import { COLOR_IDS, type Annotation, type ArticleRecord } from '../core/types';

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
  const revised = paragraphs.map((p, i) => (i % 20 === 5 ? p.replace(/\b(\w{5,})\b/, 'revised') : p)).filter((_, i) => i !== 40);
  revised.splice(60, 0, 'A paragraph the editors added later, with a correction to a figure.');
  const copy = (ps: string[], title: string): ReadingCopy => ({ articleKey: 'https://news.example/a', readAt: now().toISOString(), title, deck: null, paragraphs: ps, quotes: [], figures: [], truncated: false });
  const before = copy(paragraphs, 'Headline');
  const after = copy(revised, 'Headline, revised');
  const highlights: Annotation[] = paragraphs.filter((_, i) => i % 10 === 5).map((p, i) => ({
    id: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    articleKey: before.articleKey,
    target: { source: before.articleKey, selector: [{ type: 'TextQuoteSelector', exact: p.slice(0, 80), prefix: '', suffix: '' }] },
    body: { note: '', tags: [], color: 'yellow' },
    created: before.readAt,
    modified: before.readAt,
  }));
  console.log(`  article: ${words.toLocaleString('en')} words in ${paragraphs.length} paragraphs (${source}); ${highlights.length} highlights`);
  const baseline = time(3, () => diffWords(paragraphs.join('\n'), revised.join('\n')));
  const cmp = time(20, () => compareReadingCopies(before, after, highlights));
  console.log(`  compare (paragraph alignment + highlights): ${f(cmp.ms)} per article; found ${JSON.stringify(cmp.value.counts)}, ${cmp.value.highlights.length} highlights changed`);
  console.log(`  baseline, jsdiff word diff of the whole text: ${f(baseline.ms)} (${(baseline.ms / cmp.ms).toFixed(0)}x slower)`);
  const gz = await timeAsync(20, () => compressCopy(before));
  const back = await timeAsync(20, () => decompressCopy(gz.value));
  const json = JSON.stringify(before).length;
  console.log(`  keep: ${f(gz.ms)} to compress, ${f(back.ms)} to read back; ${(json / 1024).toFixed(0)} kB of JSON -> ${(gz.value.byteLength / 1024).toFixed(0)} kB gzip (${(json / gz.value.byteLength).toFixed(1)}x)`);
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
    target: [{ source: `https://news.example/${i % 500}`, selector: [{ type: 'TextPositionSelector', start: i, end: i + 30 }, { type: 'TextQuoteSelector', exact: `passage number ${i} of the dump`, prefix: 'before ', suffix: ' after' }] }],
    document: { title: [`Article ${i % 500}`] },
  }));
}

function jsonLines(): void {
  const rows = hypothesisDump(100_000);
  const array = JSON.stringify(rows);
  const lines = rows.map((r) => JSON.stringify(r)).join('\n');
  const a = time(2, () => readImportFile(array, { now }));
  const l = time(2, () => readImportFile(lines, { now }));
  console.log(`  Hypothesis dump, 100,000 annotations (${(lines.length / 1e6).toFixed(0)} MB): JSON Lines ${f(l.ms)}, baseline the same records as one JSON array ${f(a.ms)} (${(l.ms / a.ms).toFixed(2)}x); ${l.value.annotations.length.toLocaleString('en')} imported`);
}

function templates(): void {
  const articles: ArticleRecord[] = [];
  const annotations: Annotation[] = [];
  for (let i = 0; i < 1_000; i++) {
    const key = `https://news.example/${i}`;
    articles.push({ key, url: key, title: `Article ${i}`, byline: 'A. Reporter', siteName: 'News', publishedTime: now().toISOString(), lang: 'en', firstSeen: now().toISOString(), lastSeen: now().toISOString() });
    for (let j = 0; j < 10; j++) {
      annotations.push({
        id: `urn:uuid:00000000-0000-4000-8000-${String(i * 10 + j).padStart(12, '0')}`,
        articleKey: key,
        target: { source: key, selector: [{ type: 'TextQuoteSelector', exact: `The council said on Monday that item ${j} would cost $${j} million.`, prefix: 'p ', suffix: ' s' }, { type: 'TextPositionSelector', start: j * 100, end: j * 100 + 60 }] },
        body: { note: j % 2 ? 'a *note*' : '', tags: ['budget'], color: COLOR_IDS[j % 5]! },
        created: now().toISOString(),
        modified: now().toISOString(),
      });
    }
  }
  const colorLabels = { yellow: 'Important', green: 'Evidence', blue: 'Background', pink: 'Question', purple: 'Follow up' } as const;
  const input = { articles, annotations };
  const fixed = time(3, () => exportMarkdown(input, now));
  for (const p of TEMPLATE_PRESETS) {
    const r = time(3, () => exportWithTemplate(input, p.source, { colorLabels, now }));
    console.log(`  template "${p.id}", 1,000 articles x 10 highlights: ${f(r.ms)} (baseline, the fixed Markdown exporter: ${f(fixed.ms)}, ${(r.ms / fixed.ms).toFixed(1)}x)`);
  }
}

export default async function run(): Promise<void> {
  console.log('changed since you read it:');
  await revisions();
  console.log('JSON Lines import:');
  jsonLines();
  console.log('export templates:');
  templates();
}
