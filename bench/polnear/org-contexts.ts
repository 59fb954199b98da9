// `LEDE_POLNEAR=… LEDE_ENTITY_HALF=a npx tsx bench/polnear/org-contexts.ts [min] [feature-prefix]` (ALL=1 lists the
// agreeing names too): Lede's organisations on PolNeAR `train` counted by the contexts their mentions stand in (the
// word before and after, "said" after, "'s" and a lowercase word after, "in"/"at" before, the pronoun opening the next
// sentence, a person of the article inside the name, how many words and mentions), each context with how many of those
// organisations CoreNLP types org, person, place or leaves out. Evidence from thousands of
// mentions for rules from structure, rather than from the few pages read. `train` only (never dev or test).
import { type ArticleEntity, halfOf, ledeEntities, scoreEntities, emptyCounts, silverEntities } from './entities';
import { loadPolnear, polnearDataDir } from './load';
import { ORG_KEYWORDS } from '../../core/facts/name-rules';

const min = Number(process.argv[2] ?? 15);
const prefix = process.argv[3] ?? '';
const half = process.env.LEDE_ENTITY_HALF === 'b' ? 'b' : 'a';
const dataDir = polnearDataDir()!;
type Outcome = 'org' | 'person' | 'place' | 'none';
const table = new Map<string, Record<Outcome, number> & { names: string[] }>();

/** The contexts of one organisation over all its mentions, each counted once per entity. */
function features(e: ArticleEntity, text: string, people: ReadonlySet<string>): Set<string> {
  const f = new Set<string>();
  const ws = e.name.split(/\s+/);
  // A person of the article named inside the organisation's name ("Trump Train", "Team Clinton", "Clinton Foundation").
  if (ws.length >= 2 && ws.some((w) => people.has(w.replace(/['’]s$/, '')))) {
    const kw = ORG_KEYWORDS.has(ws[ws.length - 1]!.toLowerCase());
    f.add(`person-inside:${kw ? 'keyword' : 'no-keyword'}`);
  }
  const words = e.name.split(/\s+/).length;
  f.add(`words:${Math.min(words, 4)}`);
  f.add(`mentions:${Math.min(e.spans.length, 4)}`);
  if (/^[A-Z.&-]+$/.test(e.name)) f.add('shape:caps');
  f.add(`last:${e.name.split(/\s+/).pop()!.toLowerCase()}`);
  for (const s of e.spans) {
    const before = text.slice(Math.max(0, s.start - 40), s.start);
    const after = text.slice(s.end, s.end + 40);
    const prev = /([A-Za-z.’']+)\W*$/.exec(before)?.[1];
    const next = /^['’]?s?\s*([A-Za-z’']+|[,;:()"“”]|\.)/.exec(after)?.[1];
    if (prev) f.add(`prev:${/^[A-Z]/.test(prev) ? 'Cap' : prev.toLowerCase()}`);
    if (/(?:^|\n)\s*$/.test(before) || /[.!?]["”]?\s+$/.test(before)) f.add('at:sentence-start');
    if (next) f.add(`next:${/^[A-Z]/.test(next) ? 'Cap' : next.toLowerCase()}`);
    if (/^['’]s?\s+[a-z]/.test(after)) f.add(`poss:${/^['’]s?\s+([a-z]+)/.exec(after)![1]}`);
    if (/^,\s+(?:who|whose)\b/.test(after)) f.add('then:who');
    if (/^,\s+(?:which|that)\b/.test(after)) f.add('then:which');
    if (/^\s+(?:said|says|told|added|wrote|argued)\b/.test(after)) f.add('then:said');
    if (/\b(?:said|says|according to|told)\s+$/.test(before)) f.add('after:said');
    if (/\b(?:in|at|from|near|to)\s+$/.test(before)) f.add(`prep:${/(\w+)\s+$/.exec(before)![1]}`);
    if (/^,\s+[A-Z][a-z]+/.test(after)) f.add('then:comma-Cap');
    // The pronoun that opens the next sentence, or the next clause's subject.
    const pron = /^[^.!?]{0,80}[.!?]["”’]?\s+(He|She|It|They)\b/.exec(after + text.slice(s.end + 40, s.end + 200))?.[1];
    if (pron && e.spans.length <= 3) f.add(`next-pronoun:${pron}`);
    if (/^,\s(?:who|whose)\b[^,.]{0,60}\b(?:his|her|he|she)\b/.test(text.slice(s.end, s.end + 100))) f.add('who-his');
    if (
      /^['’]s (?:wife|husband|son|daughter|father|mother|brother|sister|family|campaign|lawyer|attorney)\b/.test(after)
    )
      f.add('poss-kin');
    if (/[,!?]["”’']+\s(?:said|says|added|wrote|explained|argued|asked|continued|insisted|recalled)\s$/.test(before))
      f.add(`quote-said-name:${words}`);
  }
  return f;
}

for (const a of loadPolnear('train', dataDir)) {
  if (halfOf(a.slug) !== half) continue;
  const gold = silverEntities(a, dataDir, 'train');
  if (!gold) continue;
  const lede = ledeEntities(a);
  const people = new Set(lede.filter((e) => e.type === 'person').map((e) => e.name.split(/\s+/).pop()!));
  scoreEntities(a.slug, lede, gold, emptyCounts(), (p, g) => {
    if (p.type !== 'org') return;
    // ONLY=one-word: organisations of one word named twice or more (the unknown-name default's riskiest kind).
    if (process.env.ONLY === 'one-word' && (p.name.includes(' ') || p.spans.length < 2)) return;
    const o: Outcome = g?.type ?? 'none';
    for (const k of features(p, a.text, people)) {
      const row = table.get(k) ?? { org: 0, person: 0, place: 0, none: 0, names: [] };
      table.set(k, row);
      row[o]++;
      if ((o !== 'org' || process.env.ALL) && row.names.length < (process.env.ALL ? 60 : 8))
        row.names.push(`${p.name}(${o[0]})`);
    }
  });
}
const rows = [...table.entries()].filter(
  ([k, r]) => k.startsWith(prefix) && r.org + r.person + r.place + r.none >= min,
);
rows.sort((x, y) => x[1].org / total(x[1]) - y[1].org / total(y[1]));
function total(r: Record<Outcome, number>): number {
  return r.org + r.person + r.place + r.none;
}
for (const [k, r] of rows)
  console.log(
    `${k.padEnd(24)} n ${String(total(r)).padStart(4)}  org ${(r.org / total(r)).toFixed(2)}  person ${String(r.person).padStart(3)} place ${String(r.place).padStart(3)} none ${String(r.none).padStart(3)}  ${r.names.join(', ')}`,
  );
