// `npx tsx bench/quotes-intl.ts [--errors dev] [--undeclared]`: quote recall and speaker accuracy on German, French
// and Spanish pages (tests/fixtures/quotes-intl, labelled blind). Dev and held-out halves are printed apart; errors
// are printed for dev only (held-out stays unread while rules are written). Each page's language is what the
// extension would use: its own (the slug's) as declared, checked against the text (core/article/language-guess.ts);
// --undeclared scores the pages as if they declared none, so the language comes from the text alone.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { articleLanguage } from '../core/article/language-guess';
import { extractKeyItems } from '../core/facts/index';
import type { Block, Quote } from '../core/types';

export const QUOTES_INTL_DIR = join(import.meta.dirname, '..', 'tests', 'fixtures', 'quotes-intl');
/** The split's seed: a page is dev when FNV-1a of `${SPLIT_SEED}:${slug}` is even. Fixed before any run. */
const SPLIT_SEED = 'quotes-intl-12';

interface Label {
  start: string;
  /** A name, several acceptable names, or null when the text does not say who spoke. */
  speaker: string | string[] | null;
}
export type Half = 'dev' | 'held-out';

export function halfOf(slug: string): Half {
  let h = 0x811c9dc5;
  for (const ch of `${SPLIT_SEED}:${slug}`) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 2 === 0 ? 'dev' : 'held-out';
}

const norm = (s: string): string =>
  s
    .normalize('NFC')
    .replace(/\u00ad/g, '')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
const fold = (s: string): string => norm(s).normalize('NFD').replace(/\p{M}/gu, '');
/** Name words of 3+ letters, accents folded: "Marcell Jansen" and "Jansen" share "jansen". */
const nameWords = (s: string): string[] =>
  fold(s)
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 3 && !['los', 'las', 'del', 'der', 'die', 'des', 'les'].includes(w));

/** The fixture's text: a title line, then blank-line paragraphs, as blocks. */
export function loadBlocks(slug: string): { title: string; blocks: Block[] } {
  const [title = '', ...paras] = readFileSync(join(QUOTES_INTL_DIR, slug, 'text.txt'), 'utf8').split(/\n\n+/);
  const blocks = paras
    .map((p) => p.trim())
    .filter(Boolean)
    .map(
      (text): Block => ({
        type: 'p',
        text,
        selector: { type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' },
      }),
    );
  return { title: title.trim(), blocks };
}

function speakerRight(got: string | null, gold: Label['speaker']): boolean {
  if (gold === null) return got === null;
  if (got === null) return false;
  const golds = Array.isArray(gold) ? gold : [gold];
  const words = nameWords(got);
  return golds.some((g) => nameWords(g).some((w) => words.includes(w)));
}

interface Tally {
  quotes: number;
  found: number;
  right: number;
  wrong: number;
  none: number;
  goldNamed: number;
  namedRight: number;
}
const empty = (): Tally => ({ quotes: 0, found: 0, right: 0, wrong: 0, none: 0, goldNamed: 0, namedRight: 0 });

export function scoreQuotesIntl(onError?: (line: string) => void, undeclared = false): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const slug of readdirSync(QUOTES_INTL_DIR).sort()) {
    if (!statSync(join(QUOTES_INTL_DIR, slug)).isDirectory()) continue;
    const labels = (JSON.parse(readFileSync(join(QUOTES_INTL_DIR, slug, 'labels.json'), 'utf8')) as { quotes: Label[] })
      .quotes;
    const lang = slug.slice(0, 2);
    const key = `${lang} ${halfOf(slug)}`;
    const t = out.get(key) ?? empty();
    out.set(key, t);
    const { title, blocks } = loadBlocks(slug);
    const text = [title, ...blocks.map((b) => b.text)].join('\n\n');
    const quotes: Quote[] = extractKeyItems({
      title,
      blocks,
      lang: articleLanguage(undeclared ? null : lang, text),
    }).quotes;
    for (const l of labels) {
      t.quotes++;
      if (l.speaker !== null) t.goldNamed++;
      const start = norm(l.start);
      const q = quotes.find((x) => norm(x.text).startsWith(start)) ?? quotes.find((x) => norm(x.text).includes(start));
      if (!q) {
        onError?.(`${slug}: missed «${l.start}»`);
        continue;
      }
      t.found++;
      if (speakerRight(q.speaker, l.speaker)) {
        t.right++;
        if (l.speaker !== null) t.namedRight++;
      } else {
        if (q.speaker === null) t.none++;
        else t.wrong++;
        onError?.(`${slug}: «${l.start}» gold ${JSON.stringify(l.speaker)} got ${JSON.stringify(q.speaker)}`);
      }
    }
  }
  return out;
}

const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(0)}% (${a}/${b})` : '-');

export function formatTally(key: string, t: Tally): string {
  return `${key.padEnd(12)} recall ${pct(t.found, t.quotes).padEnd(12)} speaker right ${pct(t.right, t.found).padEnd(12)} wrong ${t.wrong}, none ${t.none}; named speakers right ${pct(t.namedRight, t.goldNamed)}`;
}

/** Every language and half, then all pages of each half. */
export function summariseQuotesIntl(onError?: (line: string) => void, undeclared = false): string[] {
  const per = scoreQuotesIntl(onError, undeclared);
  const lines = [...per.keys()].sort().map((k) => formatTally(k, per.get(k)!));
  for (const half of ['dev', 'held-out']) {
    const all = empty();
    for (const [k, t] of per) if (k.endsWith(half)) for (const f of Object.keys(all) as (keyof Tally)[]) all[f] += t[f];
    lines.push(formatTally(`all ${half}`, all));
  }
  return lines;
}

if (process.argv[1]?.endsWith('quotes-intl.ts')) {
  const showErrors = process.argv.includes('--errors');
  const errors: string[] = [];
  const undeclared = process.argv.includes('--undeclared');
  for (const line of summariseQuotesIntl((e) => errors.push(e), undeclared)) console.log(line);
  if (showErrors) for (const e of errors) if (halfOf(e.slice(0, e.indexOf(':'))) === 'dev') console.log(`  ${e}`);
}
