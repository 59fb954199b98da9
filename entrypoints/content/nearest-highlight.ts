// Which highlight a keyboard shortcut means: the one the selection or caret is in, else the nearest one on screen.

/** Squared distance between two boxes (0 when they overlap). */
function gap(a: DOMRect, b: DOMRect): number {
  const dx = Math.max(0, a.left - b.right, b.left - a.right);
  const dy = Math.max(0, a.top - b.bottom, b.top - a.bottom);
  return dx * dx + dy * dy;
}

/**
 * The id of the highlight at `target` (a selection or a collapsed caret), or nearest it; with no target, the one
 * nearest the viewport's centre. Null when nothing is placed.
 */
export function nearestHighlight(
  placed: ReadonlyMap<string, Range>,
  target: Range | null,
  view: Window,
): string | null {
  let best: string | null = null;
  let bestGap = Infinity;
  const here = target?.getBoundingClientRect();
  const focus =
    here && here.width + here.height > 0 ? here : new DOMRect(view.innerWidth / 2, view.innerHeight / 2, 0, 0);
  for (const [id, range] of placed) {
    if (target && rangesMeet(range, target)) return id;
    for (const rect of range.getClientRects()) {
      const d = gap(rect, focus);
      if (d < bestGap) {
        bestGap = d;
        best = id;
      }
    }
  }
  return best;
}

function rangesMeet(a: Range, b: Range): boolean {
  try {
    return a.compareBoundaryPoints(Range.END_TO_START, b) <= 0 && a.compareBoundaryPoints(Range.START_TO_END, b) >= 0;
  } catch {
    return false; // ranges in different documents or detached trees
  }
}
