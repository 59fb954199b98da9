// DOM Range → W3C selectors, measured on the root's visible-text model.
import type { TextPositionSelector, TextQuoteSelector } from '../../types';
import { buildTextModel, type TextModel } from './text-model';

/** Context kept on each side of a quote; grown in these steps until the quote with its context is unique. */
const CONTEXT_STEP = 32;
const MAX_CONTEXT = 256;

/** Options of describeRange. */
export interface DescribeOptions {
  /** A model of the same root built earlier (saves a walk when describing several ranges). */
  model?: TextModel;
}

/**
 * Selectors for the passage [start, end) of `text`: the quote with at least 32 characters of context on each side
 * (more when needed to make it unique, up to 256), and the position. Pure.
 */
export function describeTextRange(text: string, start: number, end: number): [TextQuoteSelector, TextPositionSelector] {
  const exact = text.slice(start, end);
  let context = CONTEXT_STEP;
  for (; context < MAX_CONTEXT; context += CONTEXT_STEP) {
    const probe = text.slice(Math.max(0, start - context), end + context);
    if (text.indexOf(probe) === text.lastIndexOf(probe)) break;
  }
  return [
    {
      type: 'TextQuoteSelector',
      exact,
      prefix: text.slice(Math.max(0, start - context), start),
      suffix: text.slice(end, end + context),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}

/**
 * Describes a DOM range inside `root` as [TextQuoteSelector, TextPositionSelector] over the root's visible text
 * (see TextModel). Whitespace at the range's edges is trimmed, so a triple-clicked paragraph is described by its
 * words. Returns null for a range with no visible text; throws OutsideRootError if the range is not inside `root`.
 * Never mutates the DOM or the range.
 */
export function describeRange(
  root: Node,
  range: Range,
  opts: DescribeOptions = {},
): [TextQuoteSelector, TextPositionSelector] | null {
  const model = opts.model ?? buildTextModel(root);
  const text = model.text;
  let start = model.offsetOf(range.startContainer, range.startOffset);
  let end = model.offsetOf(range.endContainer, range.endOffset);
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end <= start) return null;
  return describeTextRange(text, start, end);
}
