// What a page's anchoring pass tells the reader: which annotations were placed below full confidence (an edited
// passage, or one to confirm). Plain JSON, built from the engine's anchors, for the AnchorReport the content script sends.
import type { AnchorConfidence } from './text/confidence';

/** One annotation placed below full confidence. Ids placed exactly are not listed. */
export interface UncertainPlacement {
  id: string;
  confidence: Exclude<AnchorConfidence, 'exact'>;
  /** The engine's score in 0..1, rounded to two decimals. */
  score: number;
  /**
   * For a placement the reader must confirm: the words Confirm would store there (the quote as described on the page
   * now). The sidebar shows them, and Confirm carries them back: a page that rewrites the passage after they were
   * shown has its words refused (red team 47, W1).
   */
  found?: string;
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

/** True when a placement must be confirmed by the reader ("moved?" with Confirm / Drop in the sidebar). */
export function needsConfirmation(a: { confidence: AnchorConfidence } | null | undefined): boolean {
  return a?.confidence === 'needs-confirmation';
}

/**
 * True when a placement is painted in the unconfirmed style (dashed underline), not in solid colour: every place but
 * the reader's words found as they were (`exact`, after the text model's own white-space folding and the matcher's
 * folding of soft hyphens and thin spaces, text/fold.ts). An edited passage (`fuzzy`) is shown so too, and so is one
 * with words the page draws among them that its text lacks (placements.ts, `drawsOtherWords`): a page that
 * rewrites "have found" to "have never found" under a highlight would otherwise look confirmed (red team 36, R1).
 */
export function paintsUnconfirmed(a: { confidence: AnchorConfidence } | null | undefined): boolean {
  return !!a && a.confidence !== 'exact';
}

/** True when the placement is the reader's passage with its words changed on the page (`fuzzy`). */
export function wordsChanged(a: { confidence: AnchorConfidence } | null | undefined): boolean {
  return a?.confidence === 'fuzzy';
}
