// `npx tsx bench/org-evidence.ts DIR…`: the evidence Lede had for each organisation it typed on hand-labelled sets,
// true (matched to a labelled organisation) against false (no label, or a label of another type), by class: an
// organisation's keyword in the name ("Inc", "University", "Committee"), a known organisation (lexicon, news outlets,
// alias list), an acronym, a party plural, a context cue (a verb or appositive after it, a title it belongs to, a
// chamber, an institution word), a news source's slot, or none (the unknown-name default: after "the", else by word
// count). LEDE_EVIDENCE_NAMES=1 lists the names per class. A read-out: never point it at a blind hold-out before its
// blind run. docs/entities-rounds-3.md, nineteenth round.
import { extractKeyItems } from '../core/facts/index';
import { findNameMentions, type NameMention } from '../core/facts/entities';
import { lexiconEntityType } from '../core/facts/lexicon';
import { ALIAS_GROUPS, ORG_KEYWORDS } from '../core/facts/name-rules';
import { isNewsOutlet } from '../core/facts/news-outlets';
import { prepareBlocks } from '../core/facts/prepare';
import type { Block, Entity } from '../core/types';
import { listFixtures, loadFixture, type Fixture } from '../tests/fixtures/labelled/load';
import { labelledEntities } from './lib/labelled-entities';
import { emptyCounts, ledeEntities, scoreEntities } from './polnear/entities';

/** The mentions extractKeyItems builds its entities from (its own first steps, repeated). */
function mentionsOf(blocks: readonly Block[]): NameMention[] {
  const prepared = prepareBlocks(blocks);
  const lowerWords = new Set<string>();
  for (const pb of prepared) {
    if (!pb.prose) continue;
    for (const w of pb.block.text.match(/(?<![\p{L}.])\p{Ll}[\p{Ll}'’-]*/gu) ?? []) lowerWords.add(w);
  }
  return prepared.flatMap((pb) => findNameMentions(pb.block.text, pb.index, pb.sentences, lowerWords));
}

const KNOWN_ORG = new Set(ALIAS_GROUPS.filter((g) => g.type === 'org').flatMap((g) => [g.name, ...g.aliases]));

/** The strongest evidence one mention gives for an organisation, or null when its cue is not `org`. */
function mentionEvidence(m: NameMention): string | null {
  const words = m.core.split(' ');
  const lower = m.core.toLowerCase();
  const last = words[words.length - 1]!.toLowerCase().replace(/[.]$/, '');
  const keywordFirst = words.some(
    (w, i) => i + 2 < words.length && /^(?:of|for|on)$/.test(words[i + 1]!) && ORG_KEYWORDS.has(w.toLowerCase()),
  );
  if (m.cue === 'org' && (ORG_KEYWORDS.has(last) || keywordFirst || /\.(?:com|org|net)$/i.test(m.core)))
    return 'keyword in the name';
  if (m.cue === 'org' && / (?:Corp|Inc|Co|Ltd|LLC|Plc)\.?$/.test(m.surface)) return 'keyword in the name';
  if (KNOWN_ORG.has(m.core) || lexiconEntityType(lower) === 'org' || isNewsOutlet(lower)) return 'known body';
  if (m.cue !== 'org') return null;
  if (words.length === 1 && /^\p{Lu}{2,6}$/u.test(m.core)) return 'acronym';
  if (/^(?:Democrats|Republicans|Dems)$/.test(m.core)) return 'party plural';
  if (
    m.surface.length > m.core.length &&
    / (?:police|party|agency|court|magazine|university|council)$/i.test(m.surface)
  )
    return 'keyword in the name';
  return 'context cue';
}

const ORDER = ['keyword in the name', 'known body', 'acronym', 'party plural', 'context cue'];

/** One organisation's evidence: the strongest over its mentions, else how the untyped default reached it. */
function entityEvidence(e: Entity, mentions: readonly NameMention[]): string {
  const at = new Set(e.occurrences.map((o) => `${o.block}:${o.start}`));
  const own = mentions.filter((m) => at.has(`${m.block}:${m.start}`));
  const found = own.map(mentionEvidence).filter((x): x is string => x !== null);
  for (const k of ORDER) if (found.includes(k)) return k;
  if (own.some((m) => m.cue && m.cue !== 'org')) return 'outvoted other cue';
  if (own.some((m) => m.source)) return 'source slot only';
  const n = e.name.split(' ').length;
  if (e.occurrences.some((o) => /\bthe\s+(?:[^\s,.;:!?"“”()]+\s+){0,2}$/i.test(o.selector.prefix)))
    return 'none: "the" opens it';
  return `none: ${n === 1 ? (own.length >= 2 ? 'one word, 2+ mentions' : 'one word, once') : n === 2 ? 'two words' : '3+ words'}`;
}

interface Cell {
  t: number;
  f: number;
  falseNames: string[];
  trueNames: string[];
}
const table = new Map<string, Cell>();
const perSet: string[] = [];
for (const dir of process.argv.slice(2)) {
  const fxs: Fixture[] = listFixtures(dir)
    .map((s) => loadFixture(s, dir))
    .filter((f) => f.labels?.entities.length);
  let t = 0;
  let f = 0;
  for (const fx of fxs) {
    const ex = extractKeyItems({ title: fx.title, blocks: fx.blocks });
    const mentions = mentionsOf(fx.blocks);
    const starts: number[] = [];
    let pos = 0;
    for (const b of fx.blocks) {
      starts.push(pos);
      pos += b.text.length + 2;
    }
    const pred = ledeEntities({ title: fx.title, blocks: fx.blocks, blockStarts: starts }, ex);
    scoreEntities(fx.slug, pred, labelledEntities(fx), emptyCounts(), (p, g) => {
      if (p.type !== 'org') return;
      const e = ex.entities[pred.indexOf(p)]!;
      const k = entityEvidence(e, mentions);
      const cell = table.get(k) ?? { t: 0, f: 0, falseNames: [], trueNames: [] };
      table.set(k, cell);
      if (g?.type === 'org') {
        cell.t++;
        t++;
        cell.trueNames.push(`${e.name} x${e.mentions}`);
      } else {
        cell.f++;
        f++;
        cell.falseNames.push(`${e.name} x${e.mentions}${g ? ` (${g.type})` : ''}`);
      }
    });
  }
  perSet.push(`${dir}: ${t} true, ${f} false organisations (org P ${(t / (t + f)).toFixed(3)})`);
}
console.log(perSet.join('\n'));
console.log('\nevidence                         true  false  precision');
const rows = [...table.entries()].sort((a, b) => b[1].t + b[1].f - (a[1].t + a[1].f));
for (const [k, c] of rows) {
  console.log(
    `${k.padEnd(32)} ${String(c.t).padStart(4)}  ${String(c.f).padStart(5)}  ${(c.t / (c.t + c.f)).toFixed(2)}`,
  );
}
if (process.env.LEDE_EVIDENCE_NAMES)
  for (const [k, c] of rows) {
    console.log(`\n## ${k}\n  false: ${c.falseNames.join('; ')}\n  true: ${c.trueNames.join('; ')}`);
  }
