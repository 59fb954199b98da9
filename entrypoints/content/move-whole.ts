// Moving one of Lede's elements without unloading the frames inside it.

/** A node with `moveBefore` (Chromium 133): a frame moved by it keeps its window, its document and its focus. */
type MovingNode = Node & { moveBefore?: (node: Node, child: Node | null) => void };

/**
 * Moves `node` to the end of `parent` whole (`moveBefore`), so a frame inside it keeps its document; false where the
 * engine has no such move (the caller appends it, and the frame loads anew). Throws where `moveBefore` does (a node
 * or parent out of the document, another document).
 */
export function moveWhole(parent: Node, node: Node): boolean {
  const move = (parent as MovingNode).moveBefore;
  if (typeof move !== 'function') return false;
  move.call(parent, node, null);
  return true;
}
