// Loads PolNeAR (networkdynamics/PolNeAR) articles and their attribution annotations (brat standoff) for the
// speaker benchmark. The corpus is never committed: its path comes from LEDE_POLNEAR. Only `train` and `dev` load;
// the `test` split is reserved for independent evaluation and this loader refuses to read it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Block } from '../../core/types';

export type PolnearSplit = 'train' | 'dev';

/** A character range of the article's .txt file. */
export interface Span {
  start: number;
  end: number;
}

/** One Source–Cue–Content attribution; `source` is empty when the annotator marked none. */
export interface Attribution {
  source: Span[];
  sourceText: string;
  content: Span[];
}

export interface PolnearArticle {
  slug: string;
  /** The whole .txt file: title line, blank line, paragraphs separated by blank lines. */
  text: string;
  title: string;
  /** Paragraphs after the title, as Lede's `p` blocks. */
  blocks: Block[];
  /** Offset of each block's first character in `text`. */
  blockStarts: number[];
  attributions: Attribution[];
  /** The annotator whose file was used (articles annotated by several use the first id in sort order). */
  annotator: string;
}

export class PolnearMissingError extends Error {
  override name = 'PolnearMissingError';
}

/**
 * The PolNeAR `data` directory from LEDE_POLNEAR (the repository root or its `data` folder), or null when the
 * variable is unset or points nowhere.
 */
export function polnearDataDir(env = process.env): string | null {
  const root = env.LEDE_POLNEAR;
  if (!root) return null;
  for (const dir of [join(root, 'data'), root]) if (existsSync(join(dir, 'dev', 'attributions'))) return dir;
  return null;
}

/** The number of inner folds `train` is cut into for an inner hold-out. */
export const FOLDS = 5;

/**
 * An article's inner fold, 0–4: a seeded FNV-1a hash of its name, so the cut is fixed, even and independent of the
 * articles' order or topic.
 */
export function foldOf(slug: string): number {
  let h = 0x811c9dc5;
  for (const c of `lede-fold-1:${slug}`) {
    h ^= c.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % FOLDS;
}

/**
 * Which `train` folds LEDE_POLNEAR_FOLD keeps: "2" is fold 2 only, "!2" every fold but 2, "0,3" folds 0 and 3;
 * unset keeps all. Throws on anything else rather than scoring the wrong articles.
 */
export function foldFilter(env = process.env): ((slug: string) => boolean) | null {
  const v = env.LEDE_POLNEAR_FOLD?.trim();
  if (!v) return null;
  const m = /^(!?)([0-4](?:,[0-4])*)$/.exec(v);
  if (!m) throw new Error(`LEDE_POLNEAR_FOLD must be like "2", "!2" or "0,3", not "${v}"`);
  const folds = new Set(m[2]!.split(',').map(Number));
  return (slug) => folds.has(foldOf(slug)) !== (m[1] === '!');
}

/** Parses a brat .ann file into attributions (E lines with Attribution/Source/Cue/Content roles). */
export function parseAnn(ann: string, text: string): Attribution[] {
  const spans = new Map<string, Span[]>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (/^T\d+$/.test(cols[0] ?? '') && cols[1]) {
      // "Content 2103 2168;2170 2425": a discontinuous span is a list of ranges.
      const ranges = cols[1].replace(/^\S+\s/, '').split(';');
      spans.set(
        cols[0]!,
        ranges.map((r) => {
          const [a, b] = r.trim().split(/\s+/).map(Number);
          return { start: a!, end: b! };
        }),
      );
    } else if (/^E\d+$/.test(cols[0] ?? '') && cols[1]?.startsWith('Attribution:')) events.push(cols[1]);
  }
  const out: Attribution[] = [];
  for (const ev of events) {
    const role = (name: string): Span[] => {
      const m = new RegExp(`\\b${name}\\d*:(T\\d+)`).exec(ev);
      return m ? (spans.get(m[1]!) ?? []) : [];
    };
    const source = role('Source');
    const content = role('Content');
    if (content.length === 0) continue;
    out.push({ source, sourceText: source.map((s) => text.slice(s.start, s.end)).join(' '), content });
  }
  return out;
}

/** Splits a .txt file into its title and paragraph blocks, keeping each block's offset in the file. */
export function splitArticle(text: string): { title: string; blocks: Block[]; blockStarts: number[] } {
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g;
  const paras: Array<{ text: string; start: number }> = [];
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].trim()) paras.push({ text: m[0], start: m.index });
  const title = paras.shift()?.text.trim() ?? '';
  const blocks = paras.map(
    (p, i): Block => ({
      type: 'p',
      text: p.text,
      selector: {
        type: 'TextQuoteSelector',
        exact: p.text,
        prefix: (paras[i - 1]?.text ?? '').slice(-32),
        suffix: (paras[i + 1]?.text ?? '').slice(0, 32),
      },
    }),
  );
  return { title, blocks, blockStarts: paras.map((p) => p.start) };
}

/**
 * Every article of a split with one annotator's attributions; for `train`, only the inner folds LEDE_POLNEAR_FOLD
 * keeps (`dev` is never cut). Throws PolnearMissingError without the corpus.
 */
export function loadPolnear(split: PolnearSplit, dataDir = polnearDataDir(), env = process.env): PolnearArticle[] {
  if (split !== 'train' && split !== 'dev') throw new Error('only train and dev may be read; test is reserved');
  if (!dataDir)
    throw new PolnearMissingError(
      'PolNeAR not found: set LEDE_POLNEAR to a checkout of github.com/networkdynamics/PolNeAR',
    );
  const textDir = join(dataDir, split, 'text');
  const annDir = join(dataDir, split, 'attributions');
  const anns = readdirSync(annDir)
    .filter((f) => f.endsWith('.ann'))
    .sort();
  const keep = split === 'train' ? foldFilter(env) : null;
  const out: PolnearArticle[] = [];
  for (const file of readdirSync(textDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const slug = file.slice(0, -4);
    if (keep && !keep(slug)) continue;
    const ann = anns.find((a) => a.startsWith(`${slug}_`) && /^_[0-9a-f]{4}\.ann$/.test(a.slice(slug.length)));
    if (!ann) continue;
    const text = readFileSync(join(textDir, file), 'utf8');
    const { title, blocks, blockStarts } = splitArticle(text);
    out.push({
      slug,
      text,
      title,
      blocks,
      blockStarts,
      attributions: parseAnn(readFileSync(join(annDir, ann), 'utf8'), text),
      annotator: ann.slice(slug.length + 1, -4),
    });
  }
  return out;
}

/** The index of the paragraph (block) of `a` holding file offset `at`. */
export function paragraphIndex(a: PolnearArticle, at: number): number {
  let i = a.blockStarts.length - 1;
  while (i > 0 && a.blockStarts[i]! > at) i--;
  return i;
}
