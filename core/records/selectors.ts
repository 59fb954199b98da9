// Lede's selector pair from whatever a record holds: a stored annotation written by an older or buggy build, or a
// foreign tool's annotation (Hypothesis, W3C JSON-LD). One reading of "which quote, which position" for all of them.
import type { Annotation, TextPositionSelector, TextQuoteSelector } from '../types';

/** Selector entries looked at: a record with thousands of selectors is hostile, not richer. */
const MAX_SELECTORS = 16;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/**
 * The first quote selector (with a string `exact`; a missing prefix or suffix becomes '') and the first position
 * selector (integer offsets, 0 <= start <= end) among `raw`, as Lede stores them: quote first, position second.
 * `raw` may be a list or one selector object (the W3C model allows a single selector). Null when there is no
 * usable quote: a highlight is its quote, and without one there is nothing to show, export or anchor. Returns a
 * new array; never mutates `raw`.
 */
export function repairSelectors(raw: unknown): Annotation['target']['selector'] | null {
  const list: readonly unknown[] = Array.isArray(raw) ? raw : isObject(raw) ? [raw] : [];
  let quote: TextQuoteSelector | null = null;
  let position: TextPositionSelector | null = null;
  for (let i = 0; i < list.length && i < MAX_SELECTORS; i++) {
    const s = list[i];
    if (!isObject(s)) continue;
    if (!quote && s.type === 'TextQuoteSelector' && typeof s.exact === 'string') {
      quote = {
        type: 'TextQuoteSelector',
        exact: s.exact,
        prefix: typeof s.prefix === 'string' ? s.prefix : '',
        suffix: typeof s.suffix === 'string' ? s.suffix : '',
      };
    } else if (!position && s.type === 'TextPositionSelector' && isPosition(s.start, s.end)) {
      position = { type: 'TextPositionSelector', start: s.start as number, end: s.end as number };
    }
  }
  if (!quote) return null;
  return position ? [quote, position] : [quote];
}

function isPosition(start: unknown, end: unknown): boolean {
  return (
    Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 && (end as number) >= (start as number)
  );
}

/**
 * Whether `selector` is already Lede's stored shape (so {@link repairSelectors} would return an equal pair): the
 * check for the common case, which must not allocate when reading 100,000 records.
 */
export function isStoredSelectorPair(selector: unknown): boolean {
  if (!Array.isArray(selector) || selector.length < 1 || selector.length > 2) return false;
  const q = selector[0] as Partial<TextQuoteSelector> | null;
  if (
    q?.type !== 'TextQuoteSelector' ||
    typeof q.exact !== 'string' ||
    typeof q.prefix !== 'string' ||
    typeof q.suffix !== 'string'
  )
    return false;
  if (selector.length === 1) return true;
  const p = selector[1] as Partial<TextPositionSelector> | null;
  return p?.type === 'TextPositionSelector' && isPosition(p.start, p.end);
}
