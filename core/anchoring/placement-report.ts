// What a page's anchoring pass tells the reader: which annotations were placed below full confidence (an edited
// passage, or one to confirm). Plain JSON, built from the engine's anchors, for the AnchorReport the content script sends.
import type { AnchorConfidence } from './text/confidence';

/** One annotation placed below full confidence. Ids placed exactly are not listed. */
export interface UncertainPlacement {
  id: string;
  confidence: Exclude<AnchorConfidence, 'exact'>;
  /** The engine's score in 0..1, rounded to two decimals. */
  score: number;
}

/**
 * The placements of `anchors` (parallel to `ids`; null = orphan) that are not exact, in input order. Pure.
 * Throws RangeError when the two lists differ in length (a caller bug, not page data).
 */
export function uncertainPlacements(
  ids: readonly string[],
  anchors: ReadonlyArray<{ confidence: AnchorConfidence; score: number } | null>,
): UncertainPlacement[] {
  if (ids.length !== anchors.length) throw new RangeError(`${ids.length} ids for ${anchors.length} anchors`);
  const out: UncertainPlacement[] = [];
  anchors.forEach((a, i) => {
    if (a && a.confidence !== 'exact')
      out.push({ id: ids[i], confidence: a.confidence, score: Math.round(a.score * 100) / 100 });
  });
  return out;
}

/** True when a placement must be shown as unconfirmed (dashed underline, "moved?" with Confirm / Drop). */
export function needsConfirmation(a: { confidence: AnchorConfidence } | null | undefined): boolean {
  return a?.confidence === 'needs-confirmation';
}
