// Selectors → DOM Range: the text-only matcher run over a root's visible-text model, offsets turned into Ranges.
import type { Selector } from '../../types';
import { anchorManyInText } from '../text/anchor-many';
import type { AnchorConfidence } from '../text/confidence';
import { TextAnchorer, type AnchorMethod, type MatchOptions, type TextAnchor } from '../text/match-selectors';
import { buildTextModel, type TextModel } from './text-model';

/**
 * A passage found in the page: a live Range, the score in 0..1 (1 = found where it was saved), and how far to trust
 * it. `confidence: 'needs-confirmation'` must be shown as such (dashed, "moved?"), never as a plain highlight.
 */
export interface DomAnchor {
  range: Range;
  score: number;
  method: AnchorMethod;
  confidence: AnchorConfidence;
}

function toDomAnchor(model: TextModel, f: TextAnchor): DomAnchor {
  return { range: model.rangeFor(f.start, f.end), score: f.score, method: f.method, confidence: f.confidence };
}

/** Options of anchor and anchorMany. */
export interface AnchorOptions extends MatchOptions {
  /** A model of the same root, built after the last change to it (saves a walk). */
  model?: TextModel;
  /**
   * The same root's text read another way, tried for the passages `model` cannot place: the page side reads its text
   * without words the page hides, and a highlight saved before that carries such words is found in the markup's text.
   */
  fallbackModel?: () => TextModel;
}

/**
 * The model shows no-break spaces as plain spaces; selectors saved elsewhere may still carry them. Other whitespace
 * is left alone: preformatted text keeps its runs, and approximate matching absorbs "\n\n" versus "\n".
 */
function normalizeSelectors(selectors: readonly Selector[]): Selector[] {
  // The selectors are trusted as typed: stored records are repaired where the store reads them (core/records).
  return selectors.map((s) =>
    s.type === 'TextQuoteSelector'
      ? { type: s.type, exact: nbspToSpace(s.exact), prefix: nbspToSpace(s.prefix), suffix: nbspToSpace(s.suffix) }
      : s,
  );
}

const nbspToSpace = (text: string) => text.replace(/\u00a0/g, ' ');

/**
 * Finds the passage the selectors describe under `root` (Document, Element or Text). Tries the position verified
 * against the quote, then the exact quote (position as tie-break), then an approximate quote scored with its
 * prefix, suffix and distance from the position. Returns null (an orphan) when no place clears the confidence
 * floor: a wrong passage is worse than none. Never mutates the DOM.
 */
export function anchor(root: Node, selectors: readonly Selector[], opts: AnchorOptions = {}): DomAnchor | null {
  const model = opts.model ?? buildTextModel(root);
  const found = new TextAnchorer(model.text, { exhaustive: true, ...opts }).match(normalizeSelectors(selectors));
  return found ? toDomAnchor(model, found) : null;
}

/**
 * anchor() for many selector lists at once (a page's saved highlights): one walk of the DOM, one index, position
 * drift carried from one passage to the next, and a placement whose shift does not fit its neighbours' demoted to
 * `needs-confirmation`. Results are in input order; null marks an orphan.
 */
export function anchorMany(
  root: Node,
  selectorsList: ReadonlyArray<readonly Selector[]>,
  opts: AnchorOptions = {},
): Array<DomAnchor | null> {
  const model = opts.model ?? buildTextModel(root);
  const normalized = selectorsList.map(normalizeSelectors);
  const results = anchorManyInText(model.text, normalized, opts).map((f) => (f ? toDomAnchor(model, f) : null));
  const missing = results.flatMap((r, i) => (r ? [] : [i]));
  if (!opts.fallbackModel || missing.length === 0) return results;
  const other = opts.fallbackModel();
  const again = anchorManyInText(
    other.text,
    missing.map((i) => normalized[i]),
    opts,
  );
  missing.forEach((i, k) => {
    const f = again[k];
    if (f) results[i] = toDomAnchor(other, f);
  });
  return results;
}
