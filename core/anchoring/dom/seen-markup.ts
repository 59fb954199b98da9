// The page's markup as Lede hands it to the extension: for key facts, quotes and people, and for the reading copy.
// Extraction parses this markup in the extension, where the page's stylesheets do not apply, so a span set to
// display:none or white on white inside a sentence would otherwise enter a key fact or a quote the popup shows as
// the article's. The test highlights are saved with (unseen-text.ts) decides: an inline element or a block among
// words that is hidden while its parent shows is left out, and so is a hidden block nothing can open. A block hidden
// without room of its own that a reader could open (a "read more" remainder, a closed panel) stays in the markup,
// marked with an attribute whose value the page cannot guess: the reading copy keeps it as the article's, but key
// facts and quotes leave it out until the reader opens it (dropClosedParts), since a page can set any hidden block
// of its own beside a button of its own.
import { unseenInRunningText } from './unseen-text';
import { withoutInvisible } from '../../invisible-chars';

/** Elements that are never drawn but carry what extraction reads (JSON-LD, meta tags): never judged, kept whole. */
const NOT_DRAWN = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'META', 'LINK', 'BASE', 'TITLE']);

/** The attribute a closed part carries in the markup; its value is the snapshot's own mark. */
export const CLOSED_ATTRIBUTE = 'data-lede-closed';

/** Words outside links a closed part holds before the popup speaks of it: prose, not a closed menu or a label. */
const CLOSED_PROSE_CHARS = 200;

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
 * Takes the closed parts marked with `mark` out of `doc` (a parsed snapshot), as key facts read it; returns how many
 * of them held prose, for the popup to say that part of the page is closed.
 */
export function dropClosedParts(doc: Document, mark: string): number {
  let prose = 0;
  for (const el of Array.from(doc.querySelectorAll(`[${CLOSED_ATTRIBUTE}]`))) {
    if (el.getAttribute(CLOSED_ATTRIBUTE) !== mark || !el.isConnected) continue;
    let linked = 0;
    for (const a of Array.from(el.querySelectorAll('a'))) linked += (a.textContent ?? '').trim().length;
    if ((el.textContent ?? '').trim().length - linked >= CLOSED_PROSE_CHARS) prose++;
    el.remove();
  }
  return prose;
}

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
