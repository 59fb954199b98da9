// `LEDE_POLNEAR=… npx tsx bench/polnear/error-kinds.ts [name|pronoun|description]`: Lede's wrong and missing
// speakers sorted into structural kinds, computed from Lede's output, the gold Source and the text (no reading), and
// counted per `train` fold and for `dev` side by side, each also per 100 scored quotes of the class. A quote may be
// of several kinds. Only counts are printed for `dev`, never a quote or its text.
//
// LEDE_KINDS_SHOW='kind|kind' (train only, with LEDE_POLNEAR_FOLD to pick the fold being read) prints the train
// quotes of those kinds, with their paragraph, for reading; it refuses on `dev`.
import { extractKeyItems } from '../../core/facts/index';
import type { Entity } from '../../core/types';
import { findQuotations, type GoldQuote, goldQuotes, type SourceClass } from './gold';
import { FOLDS, foldOf, loadPolnear, type PolnearArticle, paragraphIndex, type Span } from './load';
import { quoteOffsets } from './report';
import { overlaps } from './score';
import { headName, isRightSpeaker } from './speaker-match';

const cls = (process.argv[2] ?? 'name') as SourceClass;
/** Table columns: train folds 0–4, all train (FOLDS), dev, dev without its two worst articles. */
const DEV = FOLDS + 1;
const show = new Set((process.env.LEDE_KINDS_SHOW ?? '').split('|').filter(Boolean));

/** Abbreviations whose period ends no sentence ("Mr.", "Sen.", "D.C.", a lone initial). */
const ABBREV =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Rev|St|Jr|Sr|Prof|Adm|Capt|Mt|Ft|No|vs|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|Inc|Corp|Co|Ltd)|\b\p{Lu}|\.\p{Lu})$/u;

/** The paragraph's text with every quotation's inside replaced by "x" (same length), marks kept. */
function blankQuotes(para: string): string {
  const chars = [...para];
  let out = '';
  let open = false;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const twin = ch === "'" && chars[i + 1] === "'";
    if (ch === '“' || ((ch === '"' || twin) && !open)) {
      open = true;
      out += twin ? "''" : ch;
    } else if ((ch === '”' || ch === '"' || twin) && open) {
      open = false;
      out += twin ? "''" : ch;
    } else out += open ? 'x'.repeat(ch.length) : ch;
    if (twin) i++;
  }
  return out;
}

/** The sentence holding [qs, qe) of a paragraph (offsets in the paragraph), quotations never cut. */
function sentenceAround(para: string, qs: number, qe: number): Span {
  const b = blankQuotes(para);
  const ends: number[] = [];
  for (const m of b.matchAll(/[.!?]['"”’]*(?=\s+['"“‘(\p{Lu}\d])/gu)) {
    if (ABBREV.test(b.slice(Math.max(0, m.index! - 12), m.index!))) continue;
    ends.push(m.index! + m[0].length);
  }
  const start = Math.max(0, ...ends.filter((e) => e <= qs));
  const end = Math.min(para.length, ...ends.filter((e) => e >= qe));
  return { start, end };
}

/** The quotation's opening mark: curly, straight or the NYT archive's twin apostrophes. */
function marksOf(a: PolnearArticle, g: Span): string {
  const m = a.text.slice(Math.max(0, g.start - 2), g.start);
  return m.endsWith('“') ? 'curly' : m === "''" ? 'twin' : m.endsWith('"') ? 'straight' : 'other';
}

const esc = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const lastWord = (s: string): string =>
  (s.replace(/['’]s?$/, '').match(/[\p{L}'’-]+/gu) ?? []).pop()?.replace(/['’]s?$/, '') ?? '';
const words = (s: string): string[] => s.toLowerCase().match(/\p{L}+/gu) ?? [];
const STOP = new Set('the a an of for and in on at to mr mrs ms dr sen rep gov president former said'.split(' '));

/** What Lede's entities make of a name: person, org or place, or "none" when no entity holds its last word. */
function entityType(name: string, entities: readonly Entity[]): string {
  const exact = entities.find((e) => e.name === name || e.aliases.includes(name));
  if (exact) return exact.type;
  const w = lastWord(name);
  if (!w) return 'none';
  const holding = entities.filter((e) => [e.name, ...e.aliases].some((n) => words(n).includes(w.toLowerCase())));
  if (holding.some((e) => e.type === 'person')) return 'person';
  return holding[0]?.type ?? 'none';
}

/** The structural kinds of one wrong or missing quote. */
function kindsOf(
  a: PolnearArticle,
  g: GoldQuote,
  pred: string | null,
  entities: readonly Entity[],
  gold: readonly GoldQuote[],
): string[] {
  const p = paragraphIndex(a, g.start);
  const base = a.blockStarts[p]!;
  const para = a.blocks[p]!.text;
  const sent = sentenceAround(para, g.start - base, g.end - base);
  const inSentence = (at: number): boolean => at >= base + sent.start && at < base + sent.end;
  const out: string[] = [pred === null ? 'NONE' : 'WRONG'];
  const tag = (k: string): void => {
    out.push(`${pred === null ? 'none' : 'wrong'}: ${k}`);
  };
  // Where the gold Source stands.
  if (g.sourceStart < 0) tag('gold source has no span');
  else if (g.sourceStart >= g.start && g.sourceStart < g.end) tag('gold source inside the quotation');
  else if (inSentence(g.sourceStart))
    tag(g.sourceStart >= g.end ? 'gold in sentence, after quote' : 'gold in sentence, before quote');
  else if (paragraphIndex(a, g.sourceStart) === p)
    tag(g.sourceStart < g.start ? 'gold in earlier sentence, same para' : 'gold in later sentence, same para');
  else tag('gold in another paragraph');
  // The quote's setting.
  const lead = para.slice(0, g.start - base).replace(/\s+$/, '');
  if (/^\s*['"“‘]*$/.test(lead)) tag('quote opens the paragraph');
  else if (para.slice(sent.start, g.start - base).replace(/[\s'"“‘]/g, '') === '') tag('quote opens its sentence');
  const quotesInSentence = findQuotations(para, 0).filter((q) => q.start >= sent.start && q.end <= sent.end);
  if (quotesInSentence.length > 1) tag('another quotation in the sentence');
  tag(`marks ${marksOf(a, g)}`);
  if (g.end - base >= para.trimEnd().length) tag('quotation open to the paragraph end');
  // An embedded post's credit line ("“…” — Donald J. Trump (@realDonaldTrump) May 3, 2016").
  if (/^['"”’]*\s*[—–-]/.test(a.text.slice(g.end, g.end + 4))) tag('a dash after the quotation');
  if (/@\w/.test(para.slice(sent.start, sent.end))) tag('an @handle in the sentence');
  if (/\b(?:Q|A|Q\.|A\.)\s*:|^\s*\p{Lu}[\p{Lu}\s.]+:/u.test(para)) tag('a transcript label in the paragraph');
  // The gold Source as Lede's entities see it.
  const goldHead = headName(g.referent ?? g.source);
  const goldType = entityType(goldHead, entities);
  if (goldType !== 'person') tag(`gold not a person entity (${goldType})`);
  if (!/\p{Lu}/u.test(goldHead) || !a.text.includes(lastWord(goldHead))) tag('gold name not in the text');
  if (pred === null) return out;
  // Lede's answer.
  const predType = /^\p{Ll}/u.test(pred) ? 'description' : entityType(pred, entities);
  if (predType !== 'person') tag(`lede not a person entity (${predType})`);
  const gw = new Set(words(g.referent ?? g.source).filter((w) => !STOP.has(w)));
  if (words(pred).some((w) => !STOP.has(w) && gw.has(w))) tag('lede shares a word with gold');
  const sentText = blankQuotes(para).slice(sent.start, sent.end);
  const pw = lastWord(pred);
  const predInSentence = pw !== '' && new RegExp(`\\b${esc(pw)}\\b`).test(sentText);
  if (predInSentence) tag('lede name in the sentence');
  if (
    pw &&
    new RegExp(
      `\\b(?:told|tells|telling|asked|asks|asking|pressed|urged|thanked|interviewed|questioned)\\s+(?:[\\p{L}.'’-]+\\s+){0,3}${esc(pw)}\\b`,
      'u',
    ).test(sentText)
  )
    tag('lede is the object of told/asked');
  // Lede gave the speaker of a neighbouring quote (a swap, or a floor kept too long).
  const others = gold.filter((o) => o !== g && o.sourceClass !== 'none' && isRightSpeaker(pred, o) === true);
  if (others.some((o) => paragraphIndex(a, o.start) === p)) tag("lede gave another quote's speaker, same para");
  else if (others.some((o) => Math.abs(paragraphIndex(a, o.start) - p) <= 3))
    tag("lede gave another quote's speaker, near para");
  if (predInSentence && g.sourceStart >= 0 && inSentence(g.sourceStart)) {
    tag('both in the sentence, lede chose the other');
    const at = sentText.search(new RegExp(`\\b${esc(pw)}\\b`));
    tag(
      base + sent.start + at > g.sourceStart
        ? 'both in sentence, lede name after gold'
        : 'both in sentence, lede name before gold',
    );
  }
  if (predInSentence) {
    const pre = new RegExp(
      `\\b(?:of|at|to|about|with|against|for|on|toward|by|from|over)\\s+(?:[\\p{Lu}][\\p{L}.'’-]*\\s+){0,3}${esc(pw)}\\b`,
      'u',
    );
    if (pre.test(sentText)) tag('lede name after a preposition');
    if (new RegExp(`\\b${esc(pw)}['’]s\\b`).test(sentText)) tag('lede name possessive in the sentence');
  }
  return out;
}

/** One scored quote: its columns (train fold and all train, or dev), article, and kinds (empty when right). */
interface Scored {
  cols: number[];
  slug: string;
  kinds: string[];
}
const records: Scored[] = [];
for (const split of ['train', 'dev'] as const) {
  if (split === 'dev' && show.size > 0) break;
  for (const a of loadPolnear(split)) {
    const cols = split === 'dev' ? [DEV] : [foldOf(a.slug), FOLDS];
    const x = extractKeyItems({ title: a.title, blocks: a.blocks });
    const preds = quoteOffsets(a, x.quotes);
    const gold = goldQuotes(a);
    for (const g of gold) {
      if (g.sourceClass !== cls) continue;
      const ps = preds.filter((q) => overlaps(q, g));
      if (ps.length === 0) continue;
      const vs = ps.map((q) => isRightSpeaker(q.speaker, g));
      if (vs.every((v) => v === null)) continue;
      const right = vs.some((v) => v === true);
      const kinds = right ? [] : kindsOf(a, g, ps[0]!.speaker, x.entities, gold);
      records.push({ cols, slug: a.slug, kinds: [`scored: marks ${marksOf(a, g)}`, ...kinds] });
      if (split === 'train' && kinds.some((k) => show.has(k))) {
        const p = paragraphIndex(a, g.start);
        const from = g.sourceClass === 'pronoun' || p === 0 ? a.blockStarts[Math.max(0, p - 1)]! : a.blockStarts[p]!;
        const to = a.blockStarts[p]! + a.blocks[p]!.text.length;
        console.log(
          `[fold ${foldOf(a.slug)} ${a.slug}@${g.start}] gold ${JSON.stringify(g.referent ? `${g.source} → ${g.referent}` : g.source)} lede ${JSON.stringify(ps[0]!.speaker)}\n  kinds: ${kinds.join('; ')}\n  ${a.text.slice(from, to).replace(/\s+/g, ' ')}\n`,
        );
      }
    }
  }
}

// Dev's errors per article: the extra column leaves out the two articles with the most (a count, naming none).
const devErrors = new Map<string, number>();
for (const r of records)
  if (r.cols.includes(DEV) && r.kinds.length > 1) devErrors.set(r.slug, (devErrors.get(r.slug) ?? 0) + 1);
const worst = new Set(
  [...devErrors]
    .sort((x, y) => y[1] - x[1])
    .slice(0, 2)
    .map(([slug]) => slug),
);
const COLS = DEV + 2;
const counts = new Map<string, number[]>();
const articles = new Map<string, Set<string>[]>();
const scored = new Array<number>(COLS).fill(0);
const perArticle = Array.from({ length: COLS }, () => new Map<string, number>());
for (const r of records) {
  const cols = r.cols.includes(DEV) && !worst.has(r.slug) ? [...r.cols, DEV + 1] : r.cols;
  for (const c of cols) {
    scored[c]!++;
    if (r.kinds.length > 1) perArticle[c]!.set(r.slug, (perArticle[c]!.get(r.slug) ?? 0) + 1);
    for (const k of r.kinds) {
      const row = counts.get(k) ?? new Array<number>(COLS).fill(0);
      const arts = articles.get(k) ?? Array.from({ length: COLS }, () => new Set<string>());
      row[c]!++;
      arts[c]!.add(r.slug);
      counts.set(k, row);
      articles.set(k, arts);
    }
  }
}

const head = [...Array.from({ length: FOLDS }, (_, k) => `fold ${k}`), 'train', 'dev', 'dev -2 worst'];
const W = 15;
const cell = (k: number, arts: number, n: number): string =>
  `${k}/${arts} (${n ? ((100 * k) / n).toFixed(1) : '-'})`.padStart(W);
console.log(`${cls} Sources: wrong or missing speakers by kind, quotes/articles (quotes per 100 scored ${cls} quotes)`);
console.log(`${'kind'.padEnd(48)}${head.map((h) => h.padStart(W)).join('')}`);
console.log(`${'scored quotes'.padEnd(48)}${scored.map((n) => String(n).padStart(W)).join('')}`);
const order = (k: string): string =>
  k.startsWith('scored')
    ? `0${k}`
    : k === 'WRONG'
      ? '1'
      : k === 'NONE'
        ? '3'
        : k.startsWith('wrong')
          ? `2${k}`
          : `4${k}`;
for (const [k, row] of [...counts].sort((x, y) => order(x[0]).localeCompare(order(y[0]))))
  console.log(`${k.padEnd(48)}${row.map((c, i) => cell(c, articles.get(k)![i]!.size, scored[i]!)).join('')}`);
const top = perArticle.map((m) =>
  [...m.values()]
    .sort((x, y) => y - x)
    .slice(0, 3)
    .join(','),
);
console.log(`${'errors of the 3 worst articles'.padEnd(48)}${top.map((t) => t.padStart(W)).join('')}`);
