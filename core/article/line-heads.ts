// A linked headline set as a bold line of its own inside a block of prose (`<b><a href="…">Title</a></b><br>`, a
// blog's `<font><a><strong>Post title</strong></a></font>`): old templates print a front page's teasers and a blog's
// posts so, each a bold link over its blurb, with no heading element. Read on <b> and <strong> only, by their
// siblings, in the detector's walk (page-measure.ts); no query.

/** A headline is a short label, not a sentence in bold. */
const LINE_HEAD_MIN_CHARS = 3;
const LINE_HEAD_MAX_CHARS = 100;
/** Inline wrappers a bold line may sit in alone (`<font><a><strong>Title</strong></a></font>`), up to three. */
const WRAPPERS = new Set(['a', 'font', 'span', 'em', 'i', 'u', 'big', 'small']);
const MAX_WRAPPERS = 3;

const isBlank = (n: Node): boolean => (n.nodeType === 3 && !/\S/.test(n.nodeValue ?? '')) || n.nodeType === 8;

/** The nearest sibling node in `dir` that is not blank text or a comment. */
function sibling(node: Node, dir: 'previousSibling' | 'nextSibling'): Node | null {
  let n = node[dir];
  while (n && isBlank(n)) n = n[dir];
  return n;
}

const isBreak = (n: Node | null): boolean => n?.nodeType === 1 && (n as Element).localName === 'br';

/** A link to another page (not an anchor on this one, not a script). */
function isLinkOut(a: Element): boolean {
  const href = a.getAttribute('href');
  return href !== null && !href.startsWith('#') && !/^\s*(?:javascript|mailto):/i.test(href);
}

/**
 * Whether the <b> or <strong> `el` is a linked headline on a line of its own: short, a link to another page (inside
 * one, or holding one that is all its text), the whole of its line together with the inline wrappers it alone fills,
 * opening its block or following a <br>, and ended by a <br> (or by an inline wrapper that opens with one). A bold
 * link inside a sentence runs on into its line's text; an article's bold subheads are not links.
 */
export function isLinkedLineHead(el: Element): boolean {
  // A link inside the bold text counts when it is all of it (checked last, with the text).
  const only = el.firstElementChild;
  const inner = only !== null && only.localName === 'a' && !only.nextElementSibling && isLinkOut(only) ? only : null;
  let inLink = false;
  let box: Element = el;
  // Up through wrappers the line alone fills (no other text beside it): their text is the line's.
  for (let i = 0; i < MAX_WRAPPERS; i++) {
    const up = box.parentElement;
    if (!up || !WRAPPERS.has(up.localName) || sibling(box, 'previousSibling') || sibling(box, 'nextSibling')) break;
    box = up;
    if (up.localName === 'a') inLink ||= isLinkOut(up);
  }
  if (!inLink && !inner) return false;
  // The line opens its block, or follows a <br> (or opens a wrapper that does: `text <font><b>…` runs on).
  const before = sibling(box, 'previousSibling');
  if (before && !isBreak(before)) return false;
  const outer = box.parentElement;
  if (!before && outer && WRAPPERS.has(outer.localName)) {
    const ahead = sibling(outer, 'previousSibling');
    if (ahead && (ahead.nodeType === 3 || WRAPPERS.has((ahead as Element).localName))) return false;
  }
  const after = sibling(box, 'nextSibling');
  if (!isBreak(after)) {
    if (after?.nodeType !== 1 || !WRAPPERS.has((after as Element).localName)) return false;
    const first = (after as Element).firstChild;
    if (!isBreak(first && isBlank(first) ? sibling(first, 'nextSibling') : first)) return false;
  }
  // Read last: the text of a <b> can be long (old templates bold a whole story).
  const text = (el.textContent ?? '').trim();
  if (text.length < LINE_HEAD_MIN_CHARS || text.length > LINE_HEAD_MAX_CHARS) return false;
  return inLink || (inner?.textContent ?? '').trim().length === text.length;
}
