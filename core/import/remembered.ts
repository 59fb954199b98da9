// A pure function of one string remembering its answers for the last few thousand distinct inputs: the importers ask
// the same questions of the same page address for every note on that page.

/**
 * `fn` remembering its answers for the last `size` distinct inputs (all forgotten at once when full, so the memory
 * is bounded). For URL work: a file holds many notes per page, so an import parsed the same address up to five times
 * per note (a quarter of the time the library page spent reading a 100,000-note Hypothesis file). `fn` must be pure.
 */
export function remembered<T>(fn: (input: string) => T, size = 4_096): (input: string) => T {
  const known = new Map<string, T>();
  return (input) => {
    const hit = known.get(input);
    if (hit !== undefined || known.has(input)) return hit as T;
    const value = fn(input);
    if (known.size >= size) known.clear();
    known.set(input, value);
    return value;
  };
}
