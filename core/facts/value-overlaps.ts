// Which of a sentence's overlapping specifics is kept (docs/extraction.md, "Key facts": values): the first found,
// in the priority order values.ts finds them in ("$400 billion" before the count "400 billion deal").

/** A found value's place in its sentence. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The hits that overlap no earlier hit, by start. The kept spans never overlap, so each hit is checked against its
 * two neighbours in start order (a binary search), not against every kept span: a hostile run of numbers gives
 * thousands of hits.
 */
export function keepFirstOfOverlaps<T extends Span>(hits: readonly T[]): T[] {
  const kept: T[] = [];
  for (const h of hits) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.start < h.start) lo = mid + 1;
      else hi = mid;
    }
    const prev = kept[lo - 1];
    const next = kept[lo];
    if ((prev && prev.end > h.start) || (next && next.start < h.end)) continue;
    kept.splice(lo, 0, h);
  }
  return kept;
}
