// Many selector lists in one text: one index, position drift carried from passage to passage, and a second look at
// every placement that was not verified at its saved position: its shift must fit between its neighbours' shifts.
import type { Selector } from '../../types';
import { NEAR_HINT } from './confidence';
import { positionOf, TextAnchorer, type MatchOptions, type TextAnchor } from './match-selectors';

/** Shift slack between neighbours: a few words inserted or removed beside a passage move it this much. */
const SHIFT_SLACK = 32;

/**
 * True when a placement agrees with where the passages around it landed: its shift (found start minus saved start)
 * lies between the shifts of the nearest steady placements before and after it, give or take SHIFT_SLACK and the
 * change in the passage's own length. With a neighbour on one side only (the first or last passage), anything
 * may have changed on the other side: it must be within NEAR_HINT of that neighbour's shift; with none, of its
 * saved position.
 */
function fitsNeighbours(shift: number, lengthChange: number, before: number | null, after: number | null): boolean {
  const slack = SHIFT_SLACK + Math.abs(lengthChange);
  if (before === null || after === null) return Math.abs(shift - (before ?? after ?? 0)) <= NEAR_HINT + slack;
  return shift >= Math.min(before, after) - slack && shift <= Math.max(before, after) + slack;
}

/**
 * Anchors many selector lists in one text, sharing one index. Lists are visited in position order and each position
 * hint is moved by the shift seen on the previous steadily placed list, so text inserted early in the page does not
 * send every later search far from its passage. A placement whose shift does not fit its neighbours' (a copy of a
 * repeated passage, a deleted paragraph's words found further down) is demoted to `needs-confirmation`, unless it
 * rests on its words alone (the quote's only copy, its context agreeing on both sides: `onItsWords`).
 * Results are in input order. Pure.
 */
export function anchorManyInText(
  text: string,
  selectorsList: ReadonlyArray<readonly Selector[]>,
  opts?: MatchOptions | TextAnchorer,
): Array<TextAnchor | null> {
  const anchorer = opts instanceof TextAnchorer ? opts : new TextAnchorer(text, opts);
  const order = selectorsList.map((sels, i) => ({ i, pos: positionOf(sels) }));
  order.sort((a, b) => (a.pos?.start ?? Infinity) - (b.pos?.start ?? Infinity));
  const out: Array<TextAnchor | null> = new Array(selectorsList.length).fill(null);
  /**
   * Shift of each steady placement (silent, and within NEAR_HINT of its drift-corrected hint or resting on its words
   * alone), by order index.
   */
  const steady: Array<number | null> = new Array(order.length).fill(null);
  let shift = 0;
  order.forEach(({ i, pos }, k) => {
    const found = anchorer.match(selectorsList[i], shift);
    out[i] = found;
    if (!found || !pos || found.method === 'position-only' || found.confidence === 'needs-confirmation') return;
    // Only silent placements move the search centre: a copy offered for confirmation may be anywhere near. A place
    // that rests on its words (the quote's only copy, its context agreeing) moves it however far it went: after a
    // paragraph inserted above, the notes below are looked for where they now are (bench/anchoring-accuracy.ts, "a
    // paragraph inserted above": 0% -> 95.9% exact on the blind split, 3 -> 0 wrong). The price: the notes after a
    // paragraph moved far are looked for where it went, and a short one among them may be asked for ("moved?").
    const far = Math.abs(found.start - (pos.start + shift)) > NEAR_HINT;
    if (found.method === 'position' || found.onItsWords || !far) {
      shift = found.start - pos.start;
      steady[k] = shift;
    }
  });

  // Second look: nearest steady neighbours on each side (excluding the placement itself).
  const before: Array<number | null> = new Array(order.length).fill(null);
  const after: Array<number | null> = new Array(order.length).fill(null);
  for (let k = 1; k < order.length; k++) before[k] = steady[k - 1] ?? before[k - 1];
  for (let k = order.length - 2; k >= 0; k--) after[k] = steady[k + 1] ?? after[k + 1];
  order.forEach(({ i, pos }, k) => {
    const found = out[i];
    if (!found || !pos || found.method === 'position' || found.confidence === 'needs-confirmation') return;
    // The quote's only copy, its context agreeing on both sides: no neighbour's shift can make it another passage.
    if (found.onItsWords) return;
    const lengthChange = found.end - found.start - (pos.end - pos.start);
    if (!fitsNeighbours(found.start - pos.start, lengthChange, before[k], after[k])) {
      out[i] = { ...found, confidence: 'needs-confirmation' };
    }
  });
  return out;
}
