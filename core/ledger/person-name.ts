// One person under one name in the ledger: "President Xi Jinping", "Chinese President Xi Jinping" and "Xi" are
// Xi Jinping. Titles and roles before a name are dropped; a one-word mention joins the one full name across the
// reader's articles whose first or last word it is (Chinese names put the surname first), and stays apart when two
// full names would fit. Pure string work.

/** Words that make a title or role before a name (lower case, without a final full stop). */
const TITLE_WORDS = new Set(
  (
    'president vice prime minister secretary chancellor premier senator sen governor gov mayor ambassador ' +
    'spokesman spokeswoman spokesperson chairman chairwoman chair director general gen mr mrs ms miss mx dr prof ' +
    'professor sir dame lord lady king queen prince princess pope judge justice rep representative congressman ' +
    'congresswoman commissioner leader ceo chief colonel col captain capt admiral adm lieutenant lt sergeant sgt ' +
    'president-elect deputy former acting foreign defense defence interior finance state treasury of the ' +
    'supreme house speaker minority majority executive officer founder head'
  ).split(' '),
);
/** Title words that alone make a title (the rest, like "foreign" or "of", only continue one). */
const HEAD_TITLES = new Set(
  (
    'president minister secretary chancellor premier senator sen governor gov mayor ambassador spokesman ' +
    'spokeswoman spokesperson chairman chairwoman director gen mr mrs ms miss mx dr prof professor ' +
    'sir dame lord lady king queen prince princess pope judge justice rep representative congressman ' +
    'congresswoman commissioner leader ceo colonel col captain capt admiral adm lieutenant lt sergeant sgt ' +
    'president-elect speaker'
  ).split(' '),
);

const wordKey = (w: string) => w.replace(/\.$/, '').toLowerCase();

/**
 * The name without the titles and roles before it: "Chinese President Xi Jinping" -> "Xi Jinping", "Mr. Putin" ->
 * "Putin", "Secretary of State John Kerry" -> "John Kerry". The last title word among the leading words ends the
 * title; words before it (a nationality, "former") go with it. A name that would be left empty is kept as it is.
 */
export function stripTitles(name: string): string {
  const words = name.trim().split(/\s+/);
  let end = -1;
  for (let i = 0; i < words.length - 1; i++) {
    const w = wordKey(words[i]!);
    if (HEAD_TITLES.has(w)) end = i;
    else if (TITLE_WORDS.has(w) || (end < 0 && i < 2 && /^\p{Lu}/u.test(words[i]!))) continue;
    else if (end >= 0) break;
    else break;
  }
  if (end < 0) return name.trim();
  // After the title: its continuation ("of State", "of Defense"), then the name itself.
  let start = end + 1;
  while (
    start < words.length - 1 &&
    TITLE_WORDS.has(wordKey(words[start]!)) &&
    !HEAD_TITLES.has(wordKey(words[start]!))
  )
    start++;
  const rest = words.slice(start);
  return rest.length > 0 && /^\p{Lu}/u.test(rest[0]!) ? rest.join(' ') : name.trim();
}

export interface NameGroupInput {
  /** The lookup key of the name without titles (see `nameKey`). */
  key: string;
  /** An organisation or place never joins a person by a shared word. */
  type: 'person' | 'org' | 'place' | 'unknown';
}

/**
 * Which key each one-word name joins: the one multi-word person name (or name of unknown type) whose first or last
 * word it is. Ambiguous ("Clinton" with Bill and Hillary Clinton) and unmatched names are left out of the result,
 * so they stay themselves.
 */
export function joinSurnames(names: readonly NameGroupInput[]): Map<string, string> {
  const byWord = new Map<string, Set<string>>();
  for (const n of names) {
    const words = n.key.split(' ');
    if (words.length < 2 || n.type === 'org' || n.type === 'place') continue;
    for (const w of new Set([words[0]!, words.at(-1)!])) {
      let set = byWord.get(w);
      if (!set) byWord.set(w, (set = new Set()));
      set.add(n.key);
    }
  }
  const out = new Map<string, string>();
  for (const n of names) {
    if (n.key.includes(' ') || n.type === 'org' || n.type === 'place') continue;
    const fits = byWord.get(n.key);
    if (fits?.size === 1) out.set(n.key, fits.values().next().value!);
  }
  return out;
}
