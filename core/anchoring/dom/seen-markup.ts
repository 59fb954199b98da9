// The page's markup as Lede hands it to the extension: for key facts, quotes and people, and for the reading copy.
// Extraction parses this markup in the extension, where the page's stylesheets do not apply, so a span set to
// display:none or white on white inside a sentence would otherwise enter a key fact or a quote the popup shows as
// the article's. The test highlights are saved with (unseen-text.ts) decides: an inline element or a block among
// words that is hidden while its parent shows is left out, and so is a hidden block nothing can open. A block hidden
// without room of its own that a reader could open (a "read more" remainder, a closed panel) stays in the markup,
// marked with an attribute whose value the page cannot guess: the reading copy keeps it as the article's, but key
// facts and quotes read the article without it until the reader opens it (removeClosedParts), since a
// page can set any hidden block of its own beside a button of its own.
import { type ChangedNodes, changedBlocks } from './changed-blocks';
import { coveredBlocks, drawnWordsIn } from './drawn-words';
import { writeMarkup } from './markup-writer';
import { undrawnText } from './undrawn-text';
import { unseenInRunningText } from './unseen-text';
import { withoutInvisible } from '../../invisible-chars';

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
 * mark), or left out with a null `mark`. With `changes` (what the page changed since the reader's last input on it),
 * the blocks holding those changes are marked as closed parts too: words the page showed only while the reader was
 * away are not the article's key facts until the reader is back with them shown (changed-blocks.ts).
 */
export function shownMarkup(doc: Document, mark: string | null, changes?: ChangedNodes): string {
  const view = doc.defaultView;
  const root = doc.documentElement;
  const body = doc.body;
  if (!view || !root || !body) return root?.outerHTML ?? '';
  let openable: Element | null = null;
  const unseen = unseenInRunningText(view, {
    onlyShown: true,
    onOpenable: (el) => {
      openable = el;
    },
  });
  // Judged and written in one walk of the live page, no copy made (markup-writer.ts): a copy would run the page's
  // custom-element constructors while Lede reads.
  // Words whose element is drawn but which are not (a shadow host's text with no slot, a closed <details>'s body).
  const undrawn = undrawnText(view, { onlyShown: true });
  // Words a pseudo-element draws in the text's flow are written in where the reader reads them ("$1,400" where the
  // markup says "$400"); a block whose words a positioned one covers ("Xi" painted over "Putin") is left out: what
  // the reader reads there is not knowable from the markup (drawn-words.ts).
  const drawn = drawnWordsIn(view, body);
  const drawnOver = coveredBlocks(view, body, drawn.laid);
  const changed =
    changes && mark !== null
      ? changedBlocks(changes, body, (el) => /^(inline|contents|ruby)/.test(view.getComputedStyle(el).display))
      : null;
  const html = writeMarkup(
    root,
    body,
    (el) => {
      if (drawnOver.has(el)) return 'drop';
      if (!unseen(el)) {
        if (mark !== null && (changed === 'all' ? el.parentElement === body : changed?.has(el)))
          return { mark: [CLOSED_ATTRIBUTE, mark] };
        const words = drawn.inline.get(el);
        return words ? { drawn: words } : 'keep';
      }
      if (openable === el && mark !== null) return { mark: [CLOSED_ATTRIBUTE, mark] };
      return el.nodeName.toUpperCase() === 'TIME' ? 'empty' : 'drop';
    },
    undrawn,
  );
  // Key facts, quotes and the reading copy read no never-drawn characters either (tag characters spelling text).
  return withoutInvisible(html);
}

/**
 * The words of each closed part marked with `mark` in `doc` (a parsed snapshot), white space squashed. A page's own
 * attribute of that name with another value is no mark.
 */
export function closedTexts(doc: Document, mark: string): string[] {
  const out: string[] = [];
  for (const el of markedParts(doc, mark)) {
    const text = squash(el.textContent ?? '');
    if (text) out.push(text);
  }
  return out;
}

/** Takes the closed parts marked with `mark` out of `doc` (a parsed snapshot): what key facts read. */
export function removeClosedParts(doc: Document, mark: string): void {
  for (const el of markedParts(doc, mark)) el.remove();
}

const markedParts = (doc: Document, mark: string): Element[] =>
  Array.from(doc.querySelectorAll(`[${CLOSED_ATTRIBUTE}]`)).filter((el) => el.getAttribute(CLOSED_ATTRIBUTE) === mark);

/**
 * The indices of the article's blocks whose words stand inside a closed part: a quick first look, true of every
 * block a closed part holds and also of a visible block a page copied into one. Where it finds any, the caller reads
 * the article again without the closed parts (lib/tab-article.ts), which decides by where the words stand. A block
 * shorter than a short sentence ("Share") is never matched on its words alone.
 */
export function blocksInClosedParts(blocks: readonly { text: string }[], texts: readonly string[]): Set<number> {
  const closed = new Set<number>();
  if (texts.length === 0) return closed;
  blocks.forEach((block, i) => {
    const text = squash(block.text);
    if (text.length >= MIN_CLOSED_BLOCK_CHARS && texts.some((t) => t.includes(text))) closed.add(i);
  });
  return closed;
}

/** A block's words are matched to a closed part from this length on. */
const MIN_CLOSED_BLOCK_CHARS = 20;

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();
