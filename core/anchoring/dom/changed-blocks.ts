// Which blocks of a live page hold words the page added, rewrote or showed while the reader was away from it
// (recorded by the bootstrap, entrypoints/content/away-changes.ts): the snapshot marks them as closed parts, so key
// facts and quotes leave them out until the reader is back on the page with them shown (red team 44, item 3; red
// team 46, items 3 and 4).

/** What the page changed since the reader's last input: nodes it added, nodes it changed in place, or too many. */
export interface ChangedNodes {
  readonly added: ReadonlySet<Node>;
  readonly rewritten: ReadonlySet<Node>;
  readonly overflow: boolean;
  /**
   * Elements drawn now that were not drawn when the reader last looked at the page (hidden, faded out or invisible
   * then), whatever showed them: a stylesheet rule alone can (`html:not(:hover) .plant { display: block }`).
   */
  readonly shown?: ReadonlySet<Element>;
}

/**
 * A block changed in place that holds more blocks than this is not taken whole: a page toggling a class on its body
 * or its article wrapper (an honest "idle" or "away" class) would otherwise close every paragraph of the article.
 */
const MAX_INNER_BLOCKS = 3;
const INNER_BLOCKS = 'p, li, blockquote, h1, h2, h3, h4, h5, h6, pre, td, dd, figcaption';

/**
 * The elements under `body` to mark as changed: each added or newly shown block-level element whole (everything in it
 * is new to the reader), and the block holding each added, rewritten or newly shown inline element or text. `isInline` says whether an element is laid
 * out in its parent's line (the live page's computed display). Returns 'all' where more changed than was recorded.
 */
export function changedBlocks(
  changes: ChangedNodes,
  body: Element,
  isInline: (el: Element) => boolean,
): Set<Element> | 'all' {
  if (changes.overflow) return 'all';
  const out = new Set<Element>();
  const blockOf = (el: Element | null): Element | null => {
    let at = el;
    while (at && at !== body && body.contains(at) && isInline(at)) at = at.parentElement;
    return at && at !== body && body.contains(at) ? at : null;
  };
  const small = (el: Element): boolean => el.querySelectorAll(INNER_BLOCKS).length <= MAX_INNER_BLOCKS;
  for (const n of changes.added) {
    // White space between elements carries no words.
    if (!n.isConnected || (n.nodeType === 3 && !(n as Text).data.trim())) continue;
    if (n.nodeType === 1 && !isInline(n as Element)) {
      if (n !== body && body.contains(n)) out.add(n as Element);
      continue;
    }
    const block = blockOf(n.nodeType === 1 ? (n as Element) : n.parentElement);
    if (block && small(block)) out.add(block);
  }
  // Everything an element shown since the reader's last look holds was unseen by them, however many paragraphs.
  for (const el of changes.shown ?? []) {
    if (!el.isConnected) continue;
    if (!isInline(el)) {
      if (el !== body && body.contains(el)) out.add(el);
      continue;
    }
    const block = blockOf(el);
    if (block && small(block)) out.add(block);
  }
  for (const n of changes.rewritten) {
    if (!n.isConnected) continue;
    const block = blockOf(n.nodeType === 1 ? (n as Element) : n.parentElement);
    if (block && small(block)) out.add(block);
  }
  return out;
}
