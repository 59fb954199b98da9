// Which of the invisible characters some script needs (core/invisible-context.ts) the saved real pages hold, and how
// many of them Lede keeps: a count per character over the text between tags of trafilatura's cache and Readability's
// test pages (LEDE_TRAFILATURA, LEDE_READABILITY_PAGES). `npx tsx bench/invisible-kept.ts`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { withoutInvisible } from '../core/invisible-chars';

const CONTEXTUAL =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: single code points, the combining grapheme joiner among them.
  /[\u00ad\u034f\u061c\u180b-\u180d\u180f\u200b-\u200f\u2066-\u2069\ufe00-\ufe0f]|\udb40[\udd00-\uddef]/g;

function htmlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) htmlFiles(path, out);
    else if (/\.html?$/.test(name)) out.push(path);
  }
  return out;
}

const roots = [
  process.env.LEDE_TRAFILATURA && join(process.env.LEDE_TRAFILATURA, 'cache'),
  process.env.LEDE_READABILITY_PAGES,
].filter((d): d is string => !!d);
const files = roots.flatMap((d) => htmlFiles(d));
/** Per character (hex): [in the pages, kept]. */
const tally = new Map<string, [number, number]>();
let holding = 0;
let losing = 0;
const count = (chars: string[]) => {
  const m = new Map<string, number>();
  for (const c of chars) m.set(c.codePointAt(0)!.toString(16), (m.get(c.codePointAt(0)!.toString(16)) ?? 0) + 1);
  return m;
};
for (const file of files) {
  const html = readFileSync(file, 'utf8').replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, '');
  let holds = false;
  let loses = false;
  for (const text of html.split(/<[^>]*>/)) {
    const before = text.match(CONTEXTUAL);
    if (!before) continue;
    holds = true;
    const after = count(withoutInvisible(text).match(CONTEXTUAL) ?? []);
    for (const [cp, n] of count(before)) {
      const row = tally.get(cp) ?? [0, 0];
      row[0] += n;
      row[1] += after.get(cp) ?? 0;
      tally.set(cp, row);
      if ((after.get(cp) ?? 0) < n) loses = true;
    }
  }
  if (holds) holding++;
  if (loses) losing++;
}
console.log(`${files.length} pages, ${holding} hold such characters, ${losing} lose some`);
for (const [cp, [seen, kept]] of [...tally].sort())
  console.log(`U+${cp.toUpperCase().padStart(4, '0')}  ${seen} seen, ${kept} kept`);
