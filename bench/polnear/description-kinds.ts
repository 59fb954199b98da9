// `LEDE_POLNEAR=… npx tsx bench/polnear/description-kinds.ts`: the gold quotes whose Source is a description ("the
// 56-year-old", "a spokesman for X", "the statement", "officials"), counted by kind per `train` fold and for `dev`
// side by side: the description's form, what Lede gives (the description itself, another description, a person, an
// organisation, none) and where the person it refers to is named (the gold referent: for a definite description the
// nearest earlier named Source, gold.ts; none for an indefinite one). Only counts are printed for `dev`.
//
// LEDE_KINDS_SHOW='kind|kind' (train only; LEDE_POLNEAR_FOLD picks a fold) prints the train quotes of those kinds
// with their paragraph, for reading; it never reads `dev` then.
import { extractKeyItems } from '../../core/facts/index';
import type { Entity } from '../../core/types';
import { goldQuotes, type GoldQuote } from './gold';
import { FOLDS, foldOf, loadPolnear, type PolnearArticle, paragraphIndex } from './load';
import { quoteOffsets } from './report';
import { overlaps } from './score';
import { headName, isRightSpeaker } from './speaker-match';

const DEV = FOLDS + 1;
const show = new Set((process.env.LEDE_KINDS_SHOW ?? '').split('|').filter(Boolean));

/** Nouns of a document or other thing that speaks for whoever issued it. */
const DOCUMENT =
  /\b(?:statement|report|letter|study|survey|memo|release|e-?mail|filing|poll|ruling|analysis|complaint|lawsuit|document|post|tweet|ad|advertisement|book|article|editorial|website|site|paper|review|order|bill|decision|message|video|note|transcript|notice|proposal|plan|guidelines|policy|indictment|opinion|brief|affidavit|motion|platform|page|speech|announcement|textbook|column|op-ed|story)s?\b/i;
/** A group of people, with no one named: "officials", "aides", "some Republicans". */
const GROUP =
  /\b(?:officials|aides|sources|advisers|advisors|people|analysts|experts|critics|supporters|voters|members|leaders|residents|protesters|protestors|democrats|republicans|lawmakers|activists|organizers|observers|reporters|others|many|some|both|all|students|workers|police|authorities|investigators|prosecutors|economists|scientists|researchers|historians|strategists|staffers|friends|delegates)\b/i;

/** The description's form, by its wording. */
function formOf(source: string): string {
  const s = source.trim();
  // PolNeAR's own slips: a verb or a cut word as Source ("said", "According to", "he cable", "o").
  if (
    /^(?:said|says|asked|told|added|wrote|according|here)\b/i.test(s) ||
    /^(?!(?:the|an?|one|its|his|her|all|few|two|six|ten)\b)\p{Ll}{1,3}(?:\s\p{Ll}+)?$/u.test(s)
  )
    return 'a verb or cut span (annotation)';
  // "Secretary of State John F. Kerry", "Ms. White": a name the classifier takes for a description.
  if (/^\S+\s(?:.*\s)?\p{Lu}\p{Ll}+$/u.test(s) && !/^(?:an?|one|the|this|that|his|her|their|its)\s/i.test(s))
    return 'a titled name (annotation)';
  if (/^(?:one|another|someone|somebody)\b/i.test(s) && s.split(/\s+/).length <= 2) return 'one, another, someone';
  if (/\b\d+-year-old\b/i.test(s)) return 'the N-year-old';
  if (DOCUMENT.test(s.split(/\s(?:of|for|from|by|to|with|at|on)\s/)[0]!)) return 'a statement, report, letter…';
  const head = s.replace(/\s(?:of|for|from|to|with|at|close|familiar|involved|who|in|on)\s.*$/s, '');
  if (GROUP.test(head) && !/^(?:an?|one)\s/i.test(s)) return 'officials, a group';
  if (/^(?:an?|one|another)\s/i.test(s))
    return head !== s ? 'a spokesman for X (indefinite, complement)' : 'a spokesman (indefinite)';
  if (/^(?:the|this|that|his|her|their|its)\s/i.test(s))
    return head !== s ? 'the minister of X (definite, complement)' : 'the senator (definite role)';
  return 'other';
}

const lastWord = (s: string): string =>
  (s.replace(/['’]s?$/, '').match(/[\p{L}'’-]+/gu) ?? []).pop()?.replace(/['’]s?$/, '') ?? '';
const words = (s: string): string[] => s.toLowerCase().match(/\p{L}+/gu) ?? [];

/** What Lede's entities make of a name: person, org or place, or "none" when no entity holds its last word. */
function entityType(name: string, entities: readonly Entity[]): string {
  const exact = entities.find((e) => e.name === name || e.aliases.includes(name));
  if (exact) return exact.type;
  const w = lastWord(name).toLowerCase();
  const holding = entities.filter((e) => [e.name, ...e.aliases].some((n) => words(n).includes(w)));
  if (holding.some((e) => e.type === 'person')) return 'person';
  return holding[0]?.type ?? 'none';
}

/** What Lede gave, for a wrong or missing speaker. */
function ledeKind(pred: string | null, g: GoldQuote, entities: readonly Entity[]): string {
  if (pred === null) return 'none';
  if (/^\p{Ll}/u.test(pred)) return 'another description';
  const t = entityType(pred, entities);
  const gw = new Set(words(g.source));
  if (words(pred).some((w) => gw.has(w))) return `a name from the description (${t === 'person' ? 'person' : 'org'})`;
  return t === 'person' ? 'a person' : t === 'org' ? 'an organisation' : `a name (${t})`;
}

/** Where the gold referent (the person the description stands for) is named before the quote. */
function referentAt(a: PolnearArticle, g: GoldQuote): string {
  if (!g.referent) return 'no referent (indefinite, or none named before)';
  const w = lastWord(headName(g.referent));
  const p = paragraphIndex(a, g.start);
  const para = a.blocks[p]!.text.replace(/["“”][^"“”]*["“”]?|''[^']*''/g, ' ');
  if (w && new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(para))
    return 'referent named, same para';
  if (w && a.text.slice(0, a.blockStarts[p]!).includes(w)) return 'referent named, earlier para';
  return 'referent named nowhere before';
}

interface Scored {
  cols: number[];
  kinds: string[];
}
const records: Scored[] = [];
for (const split of ['train', 'dev'] as const) {
  if (split === 'dev' && show.size > 0) break;
  for (const a of loadPolnear(split)) {
    const cols = split === 'dev' ? [DEV] : [foldOf(a.slug), FOLDS];
    const x = extractKeyItems({ title: a.title, blocks: a.blocks });
    const preds = quoteOffsets(a, x.quotes);
    for (const g of goldQuotes(a)) {
      if (g.sourceClass !== 'description') continue;
      const ps = preds.filter((q) => overlaps(q, g));
      if (ps.length === 0) continue;
      const vs = ps.map((q) => isRightSpeaker(q.speaker, g));
      if (vs.every((v) => v === null)) continue;
      const right = vs.some((v) => v === true);
      const form = formOf(g.source);
      const lede = right ? 'right' : ledeKind(ps[0]!.speaker, g, x.entities);
      const ref = referentAt(a, g);
      const kinds = [
        'scored',
        right ? 'right' : 'WRONG or none',
        `lede: ${lede}`,
        `form: ${form}`,
        `form: ${form} / ${lede}`,
        `ref: ${ref}`,
        `ref: ${ref} / ${right ? 'right' : 'wrong'}`,
      ];
      records.push({ cols, kinds });
      if (split === 'train' && kinds.some((k) => show.has(k))) {
        const p = paragraphIndex(a, g.start);
        const from = a.blockStarts[Math.max(0, p - 1)]!;
        const to = a.blockStarts[p]! + a.blocks[p]!.text.length;
        console.log(
          `[fold ${foldOf(a.slug)} ${a.slug}@${g.start}] gold ${JSON.stringify(g.referent ? `${g.source} → ${g.referent}` : g.source)} lede ${JSON.stringify(ps[0]!.speaker)}\n  ${form}; ${ref}\n  ${a.text.slice(from, to).replace(/\s+/g, ' ')}\n`,
        );
      }
    }
  }
}

const COLS = DEV + 1;
const counts = new Map<string, number[]>();
const order: string[] = [];
for (const r of records)
  for (const k of r.kinds) {
    if (!counts.has(k)) {
      counts.set(k, new Array<number>(COLS).fill(0));
      order.push(k);
    }
    for (const c of r.cols) counts.get(k)![c]!++;
  }
const head = [...Array.from({ length: FOLDS }, (_, k) => `fold ${k}`), 'train', 'dev'];
const group = (k: string): string => (k === 'scored' ? '0' : k === 'right' || k.startsWith('WRONG') ? '1' : `2${k}`);
/** A sub-kind ("form: F / what Lede gave") prints indented under its kind. */
const label = (k: string): string => (k.includes(' / ') ? `    ${k.split(' / ')[1]}` : k);
console.log('description Sources: scored quotes by kind, per train fold and dev (a quote has one kind per group)');
console.log(`${'kind'.padEnd(62)}${head.map((h) => h.padStart(8)).join('')}`);
for (const k of [...order].sort((x, y) => group(x).localeCompare(group(y))))
  console.log(
    `${label(k).padEnd(62)}${counts
      .get(k)!
      .map((c) => String(c).padStart(8))
      .join('')}`,
  );
