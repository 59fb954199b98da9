// Provenance for extracted items: block index, offsets, a TextQuoteSelector, and stable ids.
import { contentHash } from '../hash';
import type { Block, Provenance } from '../types';

/** Characters of context on each side of a selector's exact text. */
const CONTEXT = 32;

/**
 * Provenance of `text.slice(start, end)` in block `block`: offsets into that block's text and a
 * TextQuoteSelector with up to 32 characters of prefix and suffix from the same block.
 */
export function makeProvenance(blocks: readonly Block[], block: number, start: number, end: number): Provenance {
  const text = blocks[block]?.text ?? '';
  return {
    block,
    start,
    end,
    selector: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT), start),
      suffix: text.slice(end, end + CONTEXT),
    },
  };
}

/** A stable id: the same kind, text and position always give the same id ("q-1a2b3c4d"). */
export function stableId(kind: 'f' | 'q' | 'e', text: string, block: number, start: number): string {
  return `${kind}-${contentHash(`${kind}\u0000${text}\u0000${block}:${start}`)}`;
}

/** Trims whitespace off both ends of [start, end) in `text`, returning the narrowed offsets. */
export function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}
