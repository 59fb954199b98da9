// The full names an article writes (two or more capitalised words in a row, titles and initials dropped), for the
// speaker bench's article-aware name match (speaker-match.ts): two short forms of one name are one person when the
// article writes exactly one full name holding each of them ("Mr. Lou" and "Lou Jiwei"; "Donald" and "Trump" in an
// article whose only Donald and only Trump is "Donald Trump").

/** Words that are no part of a person's or body's own name: titles, determiners, sentence openers. */
const NOT_NAME = new Set(
  (
    'mr mrs ms miss dr sen senator rep representative gov governor president vice former secretary gen general rev ' +
    'prof professor judge justice the a an of campaign but and so if as when while in on at for with by from to ' +
    'after before since then this that these those his her their its our he she they we it i you said says'
  ).split(' '),
);

/** A generational suffix tells a father from a son: "Donald Trump" is not "Donald Trump Jr.". */
const SUFFIX = /^(?:jr|sr|ii|iii|iv)$/;

/** The name words of a phrase: lowercase, possessives, titles and single-letter initials dropped. */
export function fullNameWords(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w.length > 1 && !NOT_NAME.has(w));
}

/** An article's full names: each distinct set of name words of a run of capitalised words that keeps two or more. */
export type ArticleNames = readonly (readonly string[])[];

/** The full names `text` writes (see the module comment), each once. */
export function articleNames(text: string): ArticleNames {
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const m of text.matchAll(/\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*)+/gu)) {
    const words = fullNameWords(m[0]);
    const key = [...new Set(words)].sort().join(' ');
    if (words.length < 2 || seen.has(key)) continue;
    seen.add(key);
    out.push([...new Set(words)]);
  }
  return out;
}

const within = (a: readonly string[], b: readonly string[]): boolean => a.every((w) => b.includes(w));

/**
 * The one person the article's full names give `words`: the shortest of the full names holding all of them, when
 * every other full name holding them holds it too, so it is one name written longer ("Lou Jiwei", "Finance Minister
 * Lou Jiwei"; a run of two names, "Hillary Clinton Donald Trump", holds Clinton's name and ties her to nobody else)
 * and no generational suffix is on some only. Null when no full name holds them or two different ones do.
 */
export function soleFullName(words: readonly string[], names: ArticleNames): readonly string[] | null {
  if (words.length === 0) return null;
  const holding = names.filter((n) => within(words, n));
  if (holding.length === 0) return null;
  const suffixed = holding.filter((n) => n.some((w) => SUFFIX.test(w))).length;
  if (suffixed > 0 && suffixed < holding.length) return null;
  const shortest = holding.reduce((a, b) => (b.length < a.length ? b : a));
  return holding.every((n) => within(shortest, n)) ? shortest : null;
}

/** Small words an acronym skips: "Federal Bureau of Investigation" is FBI. */
const UNLETTERED = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'a', 'an', '&']);

/**
 * Whether one of the two is an acronym (two or more capitals, alone but for a leading "the") of the other's words:
 * "The RNC" and "Republican National Committee"; not "Trump" and "Tim R. Underwood".
 */
export function isAcronymOf(a: string, b: string): boolean {
  const acronym = (s: string): string | null => /^(?:the\s+)?(\p{Lu}{2,})$/iu.exec(s.trim())?.[1] ?? null;
  const initials = (s: string): string =>
    s
      .split(/[\s-]+/)
      .filter((w) => w && !UNLETTERED.has(w.toLowerCase()))
      .map((w) => w[0]!)
      .join('');
  const check = (x: string, y: string): boolean => {
    const acr = acronym(x);
    return (
      acr !== null && acr === acr.toUpperCase() && /^\p{Lu}/u.test(y) && initials(y) === acr && y.trim().includes(' ')
    );
  };
  return check(a, b) || check(b, a);
}

/**
 * Whether the article ties `pred` and `gold` (a Source's head name) to one full name: each lies within exactly one,
 * the two are one name written shorter and longer ("Calvin Williams", "Police Chief Calvin Williams"), and one of
 * them is itself a full name the article writes, so that two ends of a run of titles are never tied ("United
 * Steelworkers Political" and "Steelworkers Political Director Tim Waters", both only inside "United Steelworkers
 * Political Director Tim Waters").
 */
export function isSameFullName(pred: string, gold: string, names: ArticleNames): boolean {
  const [p, g] = [fullNameWords(pred), fullNameWords(gold)];
  const a = soleFullName(p, names);
  const b = soleFullName(g, names);
  const written = (x: readonly string[]): boolean => names.some((n) => within(n, x) && within(x, n));
  return a !== null && b !== null && (within(a, b) || within(b, a)) && (written(p) || written(g));
}
