// A placed passage found again at once when the page re-renders its block with the same words: where the block is
// (its path of child indices from the root), what it reads (its visible text) and where the passage is in that text.
// A page that replaced a highlighted paragraph's nodes every animation frame killed the highlight's Range each
// frame, and the paced re-anchor never caught up (red team 50): this finds it in the new nodes in one block's walk.
import { BLOCKS, buildTextModel, type TextModelOptions } from './text-model';

/**
 * The longest block text a spot is kept for: finding it again walks the block, at most at every frame the page
 * re-renders it. A passage in a longer block is left to the full re-anchor.
 */
export const MAX_SPOT_CHARS = 20_000;

/** Where a passage is: its block's path from the root, the block's tag and visible text, its offsets in that text. */
export interface Spot {
  readonly path: readonly number[];
  readonly tag: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** The nearest block element holding the whole of `range` (the root at most), or null outside the root. */
function blockOf(root: Element, range: Range): Element | null {
  const common = range.commonAncestorContainer;
  let el: Element | null = common.nodeType === 1 ? (common as Element) : common.parentElement;
  while (el && el !== root && !BLOCKS.has(el.nodeName.toUpperCase())) el = el.parentElement;
  return el && (el === root || root.contains(el)) ? el : null;
}

/**
 * Each child's index in its parent, by parent, read once per parent: a page of 1,000 paragraphs in one parent cost
 * 0.1 ms a paragraph read child by child. Valid while the DOM does not change (one pass).
 */
export type ChildIndexes = Map<Node, Map<Node, number>>;

/** The child indices from `root` down to `el`. */
function pathTo(root: Element, el: Element, indexes: ChildIndexes): number[] {
  const path: number[] = [];
  for (let n: Node = el; n !== root; n = n.parentNode!) {
    const parent = n.parentNode!;
    let of = indexes.get(parent);
    if (!of) {
      of = new Map();
      let i = 0;
      for (let c = parent.firstChild; c; c = c.nextSibling) of.set(c, i++);
      indexes.set(parent, of);
    }
    path.push(of.get(n)!);
  }
  return path.reverse();
}

/**
 * Where `range` is, to find the same words again in a re-rendered block (`refindSpot`); null for a range outside
 * `root`, collapsed, or in a block whose text is longer than MAX_SPOT_CHARS. `opts` are the page's own text-model
 * options (what its style hides), the same at both ends; `indexes` may be shared by the calls of one pass. Walks the
 * one block; never mutates the DOM.
 */
export function spotOf(
  root: Element,
  range: Range,
  opts: TextModelOptions = {},
  indexes: ChildIndexes = new Map(),
): Spot | null {
  if (range.collapsed) return null;
  const block = blockOf(root, range);
  if (!block || (block.textContent?.length ?? 0) > MAX_SPOT_CHARS * 2) return null;
  const model = buildTextModel(block, { unseen: opts.unseen, undrawn: opts.undrawn });
  if (model.text.length > MAX_SPOT_CHARS) return null;
  try {
    const start = model.offsetOf(range.startContainer, range.startOffset);
    const end = model.offsetOf(range.endContainer, range.endOffset);
    if (end <= start) return null;
    return { path: pathTo(root, block, indexes), tag: block.nodeName, text: model.text, start, end };
  } catch {
    // A boundary the block's model cannot place: nothing to find again quickly; the full re-anchor will.
    return null;
  }
}

/**
 * The passage of `spot` in the page as it is now: a Range over the same offsets of the block at the same path, when
 * that block has the same tag and reads exactly the same words; else null (the page changed the words, or moved
 * them: the full re-anchor, with its confidence rules, decides). Walks one block of at most MAX_SPOT_CHARS * 2
 * characters of markup text.
 */
export function refindSpot(root: Element, spot: Spot, opts: TextModelOptions = {}): Range | null {
  let n: Node | undefined = root;
  for (const i of spot.path) {
    n = n.childNodes[i];
    if (!n) return null;
  }
  if (n.nodeName !== spot.tag || (n.textContent?.length ?? 0) > MAX_SPOT_CHARS * 2) return null;
  const model = buildTextModel(n, { unseen: opts.unseen, undrawn: opts.undrawn });
  if (model.text !== spot.text) return null;
  return model.rangeFor(spot.start, spot.end);
}
