// The entity measure on PolNeAR: per article, Lede's unique typed entities (person, org, place) against the unique
// entities of CoreNLP's NER layer, a SILVER standard (machine output, not hand labels), beside compromise's own
// people()/organizations()/places() clustered the same way as CoreNLP's mentions. Matching is one-to-one per
// article, by mentions that overlap in the text (and names that agree); docs/entities.md, "The measure", has the
// rules and what they leave out.
import nlp from 'compromise';
import { extractKeyItems } from '../../core/facts/index';
import type { EntityType, Extraction } from '../../core/types';
import { coreEntities, loadCoreNlp } from './corenlp';
import { canonicalName, clusterMentions, normName, type TypedMention } from './entity-clusters';
import { loadPolnear, polnearDataDir, type PolnearArticle, type PolnearSplit, type Span } from './load';

/** One unique entity of one article, from any system, with its mentions as file offsets. */
export interface ArticleEntity {
  name: string;
  /** Normalised names and aliases. */
  names: Set<string>;
  type: EntityType;
  spans: Span[];
}

export interface EntityCounts {
  /** Unique entities predicted and in the silver standard, per type. */
  pred: Record<EntityType, number>;
  gold: Record<EntityType, number>;
  /** Matched pairs whose types agree, per type; matched pairs whatever the types. */
  typed: Record<EntityType, number>;
  detected: number;
  /** For reading: [slug, what, name] of unmatched or mistyped entities. */
  errors: Array<{ slug: string; kind: 'extra' | 'missed' | 'mistyped'; pred?: string; gold?: string; text: string }>;
}

const TYPE_OF: Record<string, EntityType> = { PERSON: 'person', ORGANIZATION: 'org', LOCATION: 'place' };
const TYPES = ['person', 'org', 'place'] as const;

export function emptyCounts(): EntityCounts {
  const z = (): Record<EntityType, number> => ({ person: 0, org: 0, place: 0 });
  return { pred: z(), gold: z(), typed: z(), detected: 0, errors: [] };
}

/** CoreNLP's entities of the article's body (the title line is not given to Lede as a block), clustered. */
export function silverEntities(article: PolnearArticle, dataDir: string, split: PolnearSplit): ArticleEntity[] | null {
  const doc = loadCoreNlp(dataDir, split, article.slug);
  if (!doc) return null;
  const bodyStart = article.blockStarts[0] ?? article.text.length;
  const mentions: TypedMention[] = coreEntities(doc)
    .filter((e) => e.start >= bodyStart)
    .map((e) => ({ start: e.start, end: e.end, text: article.text.slice(e.start, e.end), type: TYPE_OF[e.type]! }));
  return fromClusters(mentions);
}

function fromClusters(mentions: TypedMention[]): ArticleEntity[] {
  return clusterMentions(mentions).map((c) => ({
    name: c.name,
    names: c.names,
    type: c.type,
    spans: c.mentions,
  }));
}

/** The parts of an article the two systems' entity lists read (a labelled fixture can supply them too). */
export type EntityInput = Pick<PolnearArticle, 'title' | 'blocks' | 'blockStarts'>;

/** Lede's entities with their occurrences as file offsets. */
export function ledeEntities(article: EntityInput, x?: Extraction): ArticleEntity[] {
  const ex = x ?? extractKeyItems({ title: article.title, blocks: article.blocks });
  return ex.entities.map((e) => ({
    name: e.name,
    names: new Set([e.name, ...e.aliases].map((n) => canonicalName(normName(n)))),
    type: e.type,
    spans: e.occurrences.map((o) => ({
      start: article.blockStarts[o.block]! + o.start,
      end: article.blockStarts[o.block]! + o.end,
    })),
  }));
}

/** compromise alone: its people(), organizations() and places() per paragraph, clustered like CoreNLP's. */
export function baselineEntities(article: Pick<EntityInput, 'blocks' | 'blockStarts'>): ArticleEntity[] {
  const mentions: TypedMention[] = [];
  article.blocks.forEach((b, i) => {
    const doc = nlp(b.text);
    const add = (list: unknown, type: EntityType): void => {
      for (const m of list as Array<{ text: string; offset: { start: number; length: number } }>) {
        const text = m.text.replace(/(?:['’]s?)?[\s.,;:!?"”’)]*$/u, '');
        if (!text) continue;
        const start = article.blockStarts[i]! + m.offset.start;
        mentions.push({ start, end: start + text.length, text, type });
      }
    };
    add(doc.people().json({ offset: true }), 'person');
    add(doc.organizations().json({ offset: true }), 'org');
    add(doc.places().json({ offset: true }), 'place');
  });
  return fromClusters(mentions);
}

const overlap = (a: Span, b: Span): boolean => Math.min(a.end, b.end) > Math.max(a.start, b.start);

/**
 * Adds one article's figures to `into`. A predicted and a silver entity are linked by each predicted mention that
 * overlaps a silver mention, and by a shared normalised name; pairs are taken greedily, strongest link first (same
 * type first on a tie), each entity at most once.
 */
export function scoreEntities(
  slug: string,
  pred: readonly ArticleEntity[],
  gold: readonly ArticleEntity[],
  into: EntityCounts,
  onPair?: (p: ArticleEntity, g: ArticleEntity | undefined) => void,
): void {
  const pairs: Array<{ p: number; g: number; w: number }> = [];
  pred.forEach((p, pi) => {
    gold.forEach((g, gi) => {
      let w = p.spans.filter((s) => g.spans.some((t) => overlap(s, t))).length;
      if ([...p.names].some((n) => g.names.has(n))) w += 0.5;
      if (w > 0) pairs.push({ p: pi, g: gi, w: w + (p.type === g.type ? 0.25 : 0) });
    });
  });
  pairs.sort((a, b) => b.w - a.w);
  const pUsed = new Map<number, number>();
  const gUsed = new Set<number>();
  for (const x of pairs) {
    if (pUsed.has(x.p) || gUsed.has(x.g)) continue;
    pUsed.set(x.p, x.g);
    gUsed.add(x.g);
  }
  for (const p of pred) into.pred[p.type]++;
  for (const g of gold) into.gold[g.type]++;
  pred.forEach((p, pi) => {
    const gi = pUsed.get(pi);
    onPair?.(p, gi === undefined ? undefined : gold[gi]);
    if (gi === undefined) {
      into.errors.push({ slug, kind: 'extra', pred: p.type, text: p.name });
      return;
    }
    into.detected++;
    const g = gold[gi]!;
    if (g.type === p.type) into.typed[p.type]++;
    else into.errors.push({ slug, kind: 'mistyped', pred: p.type, gold: g.type, text: `${p.name} / ${g.name}` });
  });
  gold.forEach((g, gi) => {
    if (!gUsed.has(gi)) into.errors.push({ slug, kind: 'missed', gold: g.type, text: g.name });
  });
}

export interface EntitySplitReport {
  split: PolnearSplit;
  articles: number;
  withoutCoreNlp: number;
  lede: EntityCounts;
  base: EntityCounts;
}

/** Lede and the compromise baseline on every article of a split that has a CoreNLP layer. */
export function scoreEntitySplit(
  split: PolnearSplit,
  opts: { baseline?: boolean; every?: number; half?: 'a' | 'b' } = {},
): EntitySplitReport {
  const dataDir = polnearDataDir()!;
  const every = opts.every ?? 1;
  const articles = loadPolnear(split, dataDir).filter(
    (a, i) => i % every === 0 && (!opts.half || halfOf(a.slug) === opts.half),
  );
  const r: EntitySplitReport = { split, articles: 0, withoutCoreNlp: 0, lede: emptyCounts(), base: emptyCounts() };
  for (const a of articles) {
    const gold = silverEntities(a, dataDir, split);
    if (!gold) {
      r.withoutCoreNlp++;
      continue;
    }
    r.articles++;
    scoreEntities(a.slug, ledeEntities(a), gold, r.lede);
    if (opts.baseline !== false) scoreEntities(a.slug, baselineEntities(a), gold, r.base);
  }
  return r;
}

/**
 * Which half of a split an article falls in, by a seeded FNV-1a hash of its name: rules are read and written on half
 * "a" and checked on half "b", which was not read, before they are kept (a guard against fitting what was read).
 */
export function halfOf(slug: string): 'a' | 'b' {
  let h = 0x811c9dc5 ^ 12;
  for (let i = 0; i < slug.length; i++) h = Math.imul(h ^ slug.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 2 === 0 ? 'a' : 'b';
}

const sum = (x: Record<EntityType, number>): number => x.person + x.org + x.place;
const f1 = (p: number, r: number): number => (p + r ? (2 * p * r) / (p + r) : 0);
const ratio = (a: number, b: number): number => (b ? a / b : 1);

/** Typed and detection P/R/F1 and per-type P/R, as numbers (for the doc table and tests of the measure). */
export function entityFigures(c: EntityCounts) {
  const tp = sum(c.typed);
  const p = ratio(tp, sum(c.pred));
  const r = ratio(tp, sum(c.gold));
  const dp = ratio(c.detected, sum(c.pred));
  const dr = ratio(c.detected, sum(c.gold));
  const per = Object.fromEntries(
    TYPES.map((t) => [t, { p: ratio(c.typed[t], c.pred[t]), r: ratio(c.typed[t], c.gold[t]) }]),
  ) as Record<EntityType, { p: number; r: number }>;
  return { p, r, f1: f1(p, r), dp, dr, df1: f1(dp, dr), per };
}

/** One system's two lines: typed and detection P/R/F1 with organisation precision, then P/R per type. */
export function formatEntityCounts(label: string, c: EntityCounts): string[] {
  const f = entityFigures(c);
  const per = TYPES.map((t) => `${t} P ${f.per[t].p.toFixed(2)} R ${f.per[t].r.toFixed(2)}`).join(' | ');
  return [
    `${label.padEnd(11)} typed P ${f.p.toFixed(2)} R ${f.r.toFixed(2)} F1 ${f.f1.toFixed(2)}   detection (any type) P ${f.dp.toFixed(2)} R ${f.dr.toFixed(2)} F1 ${f.df1.toFixed(2)}   org precision ${f.per.org.p.toFixed(2)}`,
    `${''.padEnd(11)} ${per}   (${sum(c.pred)} predicted: ${c.pred.person} person, ${c.pred.org} org, ${c.pred.place} place)`,
  ];
}

export function formatEntitySplit(r: EntitySplitReport): string[] {
  const g = r.lede.gold;
  const base = sum(r.base.pred) > 0 ? formatEntityCounts('compromise', r.base) : [];
  return [
    `PolNeAR ${r.split} entities against a SILVER standard (CoreNLP NER, machine output, not hand labels): ${r.articles} articles` +
      `${r.withoutCoreNlp ? ` (${r.withoutCoreNlp} without a CoreNLP layer left out)` : ''}, ${sum(g)} unique entities per article summed (${g.person} person, ${g.org} org, ${g.place} place)`,
    ...formatEntityCounts('lede', r.lede),
    ...base,
  ];
}
