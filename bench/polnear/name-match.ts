// `LEDE_POLNEAR=… npx tsx bench/polnear/name-match.ts [changed|wrong]`: for reading the speaker bench's name match
// on `train` only. `wrong` (the default) lists every gold quote whose Source is a name and whose Lede speaker the
// word match scores wrong, with its verdict under the article-aware match and the text around the Source; `changed`
// lists every quote of any class whose verdict the article-aware match changes. Never run on dev or test.
import { articleNames } from './article-names';
import { goldQuotes } from './gold';
import { loadPolnear } from './load';
import { overlaps } from './score';
import { ledeQuotes } from './report';
import { isRightSpeaker } from './speaker-match';

const mode = process.argv[2] ?? 'wrong';

let k = 0;
for (const a of loadPolnear('train')) {
  const names = articleNames(a.text);
  const preds = ledeQuotes(a);
  for (const g of goldQuotes(a)) {
    const ps = preds.filter((p) => overlaps(p, g));
    if (ps.length === 0) continue;
    const word = ps.map((p) => isRightSpeaker(p.speaker, g));
    const art = ps.map((p) => isRightSpeaker(p.speaker, g, names));
    if (word.every((v) => v === null)) continue;
    const [w, n] = [word.some((v) => v === true), art.some((v) => v === true)];
    const listed = mode === 'changed' ? w !== n : g.sourceClass === 'name' && !w;
    if (!listed) continue;
    const at = g.sourceStart >= 0 ? g.sourceStart : g.start;
    const ctx = a.text.slice(Math.max(0, Math.min(at, g.start) - 120), Math.max(at, g.end) + 60).replace(/\s+/g, ' ');
    const sp = ps.find((p) => p.speaker !== null)?.speaker ?? null;
    console.log(
      `#${++k} ${g.sourceClass} gold ${JSON.stringify(g.referent ? `${g.source} → ${g.referent}` : g.source)} lede ${JSON.stringify(sp)} article-aware ${n ? 'RIGHT' : 'wrong'} [${a.slug}@${g.start}]\n    ${ctx}`,
    );
  }
}
