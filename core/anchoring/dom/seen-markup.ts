// The page's markup as Lede hands it to the extension: for key facts, quotes and people, and for the reading copy.
// Extraction parses this markup in the extension, where the page's stylesheets do not apply, so a span set to
// display:none or white on white inside a sentence would otherwise enter a key fact or a quote the popup shows as
// the article's. The test highlights are saved with (unseen-text.ts) decides: an inline element or a block among
// words that is hidden while its parent shows is left out, and so is a hidden block nothing can open. A block hidden
// without room of its own that a reader could open (a "read more" remainder, a closed panel) stays in the markup,
// marked with an attribute whose value the page cannot guess: the reading copy keeps it as the article's, but key
// facts and quotes leave out the article's blocks inside it until the reader opens it (blocksInClosedParts), since a
// page can set any hidden block of its own beside a button of its own.
import { unseenInRunningText } from './unseen-text';
import { withoutInvisible } from '../../invisible-chars';

/** Elements that are never drawn but carry what extraction reads (JSON-LD, meta tags): never judged, kept whole. */
const NOT_DRAWN = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'META', 'LINK', 'BASE', 'TITLE']);

/** The attribute a closed part carries in the markup; its value is the snapshot's own mark. */
export const CLOSED_ATTRIBUTE = 'data-lede-closed';

/**
 * `doc`'s serialised markup as key facts read it: without the elements a reader of its window cannot see in
 * running text, closed parts included. A hidden `<time>` keeps its element and `datetime` (a date the page declares)
 * but not its words. Falls back to the whole markup where there is no window or no body to judge.
 */
export function seenMarkup(doc: Document): string {
  return shownMarkup(doc, null);
}

/**
 * `doc`'s serialised markup without the words a reader cannot see, each closed part a reader could open kept and
 * marked with `mark` (a value the page cannot guess: a page's own attribute of that name with another value is no
 * mark), or left out with a null `mark`.
 */
export function shownMarkup(doc: Document, mark: string | null): string {
  const view = doc.defaultView;
  const root = doc.documentElement;
  const body = doc.body;
  if (!view || !root || !body) return root?.outerHTML ?? '';
  const copy = root.cloneNode(true) as Element;
  const copyBody = counterpart(root, copy, body);
  if (!copyBody) return copy.outerHTML;
  let openable: Element | null = null;
  const unseen = unseenInRunningText(view, {
    onlyShown: true,
    onOpenable: (el) => {
      openable = el;
    },
  });
  const dropped: Element[] = [];
  const silenced: Element[] = [];
  // The live tree and its copy walked side by side (an explicit stack: a page may nest thousands deep).
  const stack: Array<[Element, Element]> = [[body, copyBody]];
  for (let pair = stack.pop(); pair; pair = stack.pop()) {
    let live = pair[0].firstElementChild;
    let twin = pair[1].firstElementChild;
    for (; live && twin; live = live.nextElementSibling, twin = twin.nextElementSibling) {
      const name = live.nodeName.toUpperCase();
      if (NOT_DRAWN.has(name)) continue;
      if (!unseen(live)) stack.push([live, twin]);
      else if (openable === live && mark !== null) twin.setAttribute(CLOSED_ATTRIBUTE, mark);
      else if (name === 'TIME') silenced.push(twin);
      else dropped.push(twin);
    }
  }
  for (const el of dropped) el.remove();
  for (const el of silenced) el.textContent = '';
  // Key facts, quotes and the reading copy read no never-drawn characters either (tag characters spelling text).
  return withoutInvisible(copy.outerHTML);
}

/**
 * The words of each closed part marked with `mark` in `doc` (a parsed snapshot), white space squashed: what the
 * article's blocks are checked against (blocksInClosedParts). A page's own attribute of that name with another value
 * is no mark.
 */
export function closedTexts(doc: Document, mark: string): string[] {
  const out: string[] = [];
  for (const el of Array.from(doc.querySelectorAll(`[${CLOSED_ATTRIBUTE}]`))) {
    if (el.getAttribute(CLOSED_ATTRIBUTE) !== mark) continue;
    const text = squash(el.textContent ?? '');
    if (text) out.push(text);
  }
  return out;
}

/**
 * The indices of the article's blocks that stand in a closed part (their words are inside one of `texts`): key facts
 * leave them out until the reader opens it; the reading copy and the comparison with it keep them. A block shorter
 * than a short sentence ("Share") is never judged closed on its words alone.
 */
export function blocksInClosedParts(blocks: readonly { text: string }[], texts: readonly string[]): Set<number> {
  const closed = new Set<number>();
  if (texts.length === 0) return closed;
  blocks.forEach((block, i) => {
    const words = squash(block.text);
    if (words.length >= MIN_CLOSED_BLOCK_CHARS && texts.some((t) => t.includes(words))) closed.add(i);
  });
  return closed;
}

/** A block's words are matched to a closed part from this length on. */
const MIN_CLOSED_BLOCK_CHARS = 20;

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The element of `copy` (a deep clone of `root`) at the place `target` holds under `root`. */
function counterpart(root: Element, copy: Element, target: Element): Element | null {
  const path: number[] = [];
  for (let el: Element | null = target; el && el !== root; el = el.parentElement) {
    let i = 0;
    for (let s = el.previousElementSibling; s; s = s.previousElementSibling) i++;
    path.unshift(i);
  }
  let at: Element | null = copy;
  for (const i of path) at = at?.children[i] ?? null;
  return at;
}
