// How Lede's output is matched against hand labels (tests/fixtures/labelled*), shared by `bench facts` and the
// error lister bench/facts-errors.ts so both count the same thing: a fact is the same sentence (one text contains
// the other and covers at least 85 % of it), a value the same digits with one text containing the other.

/** Lower case, one kind of quote mark and dash, single spaces, no edge punctuation, no leading "the". */
export function norm(s: string | null | undefined): string {
  return (s ?? '')
    .toLowerCase()
    .replace(/[‘’‛`´]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s"',.:;-]+|[\s"',.:;-]+$/g, '')
    .replace(/^the /, '');
}

/** Same text, or one contains the other and covers at least `ratio` of it. */
export function similar(a: string, b: string, ratio: number): boolean {
  const x = norm(a);
  const y = norm(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [s, l] = x.length < y.length ? [x, y] : [y, x];
  return l.includes(s) && s.length / l.length >= ratio;
}

/** Same value: one text contains the other and both carry the same digits. */
export function sameValue(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  if (x === y) return true;
  const digits = (s: string): string => (s.match(/\d+/g) ?? []).join(',');
  return (x.includes(y) || y.includes(x)) && digits(x) === digits(y) && Math.min(x.length, y.length) >= 2;
}

/** Greedy one-to-one matching in prediction order; returns the unmatched predictions and gold items. */
export function unmatched<P, G>(pred: readonly P[], gold: readonly G[], eq: (p: P, g: G) => boolean): [P[], G[]] {
  const used = new Set<number>();
  const fp: P[] = [];
  for (const p of pred) {
    const i = gold.findIndex((g, j) => !used.has(j) && eq(p, g));
    if (i >= 0) used.add(i);
    else fp.push(p);
  }
  return [fp, gold.filter((_, j) => !used.has(j))];
}
