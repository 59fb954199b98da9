// The page's markup as Lede hands it to extraction (key facts, quotes, people) and keeps as the reading copy:
// without the words the page hides among visible ones. Extraction parses this markup in the extension, where the
// page's stylesheets do not apply, so a span set to display:none or white on white inside a sentence would otherwise
// enter a key fact or a quote the popup shows as the article's. The same test as the text highlights are saved from
// (unseen-text.ts) decides, so facts and highlights read one text: an inline element or a block among words that is
// hidden while its parent shows is left out, and so is a block hidden between two visible paragraphs; a block a
// reader can open (a closed panel under its heading or button) is kept.
import { unseenInRunningText } from './unseen-text';

/** Elements that are never drawn but carry what extraction reads (JSON-LD, meta tags): never judged, kept whole. */
const NOT_DRAWN = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'META', 'LINK', 'BASE', 'TITLE']);

/**
 * `doc`'s serialised markup without the elements a reader of its window cannot see in running text. A hidden
 * `<time>` keeps its element and `datetime` (a date the page declares) but not its words. Falls back to the whole
 * markup where there is no window or no body to judge.
 */
export function seenMarkup(doc: Document): string {
  const view = doc.defaultView;
  const root = doc.documentElement;
  const body = doc.body;
  if (!view || !root || !body) return root?.outerHTML ?? '';
  const copy = root.cloneNode(true) as Element;
  const copyBody = counterpart(root, copy, body);
  if (!copyBody) return copy.outerHTML;
  const unseen = unseenInRunningText(view);
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
      else if (name === 'TIME') silenced.push(twin);
      else dropped.push(twin);
    }
  }
  for (const el of dropped) el.remove();
  for (const el of silenced) el.textContent = '';
  return copy.outerHTML;
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
