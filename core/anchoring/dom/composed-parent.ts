// One step up the tree as the browser draws it: across a shadow root to its host. The page side walks up from a
// passage or from Lede's own controls to read styles, clips and scroll boxes of every element around them, and a
// page may put either inside a shadow root of its own.

/**
 * The element `node` hangs from, across shadow roots: its parent element, or for a node at the top of a shadow root
 * that root's host; null at the document, or at the top of a detached subtree.
 */
export function composedParent(node: Node): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === 1) return parent as Element;
  return parent.nodeType === 11 ? ((parent as ShadowRoot).host ?? null) : null;
}
