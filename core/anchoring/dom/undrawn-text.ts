// Words whose element the browser draws while the words themselves are never drawn. An element's style can be
// judged (unseen-text.ts), but these words are hidden by what their element is, not by how it is styled: the light-DOM
// text of a shadow host whose shadow tree has no slot for it (its shadow tree is drawn instead), the fallback text
// inside a <progress> or <meter>, the text of an element whose `content: url(...)` replaces it with an image, and the
// body of a closed <details> (its `::details-content` skips its contents). A reader sees none of them, yet a selection
// across the element holds them, so a saved quote or a key fact would carry them (red team 28). The one general test
// is the browser's own: text it lays out has client rects, text it does not has none.

/** Whether a text node holds anything but white space (white space alone is never judged: it collapses anyway). */
const hasWords = (data: string): boolean => /\S/.test(data);

/** The element whose box the text would be drawn in: its parent, or the nearest one out of `display: contents`. */
function boxOwner(text: Text, view: Window): Element | null {
  let el = text.parentElement;
  while (el && view.getComputedStyle(el).display === 'contents') el = el.parentElement;
  return el;
}

/** How strictly a closed `<details>` is judged. */
export interface UndrawnOptions {
  /**
   * Leave out the words of every closed `<details>`, a block one too: what key facts read. Without it only a
   * `<details>` set inline among words (in running text) loses its body: a block one is a panel the reader can open,
   * whose highlights still anchor while it is closed, as unseen-text.ts keeps its blocks.
   */
  onlyShown?: boolean;
}

/**
 * A test for buildTextModel's `undrawn` and the markup writer: a text node with words that the browser does not draw
 * although the element holding it has a box. Text under an element with no box (a closed accordion's panel, kept on
 * purpose by the element test) is left to that test: the answer here is false. Make one per walk: it keeps one Range.
 */
export function undrawnText(view: Window, opts: UndrawnOptions = {}): (text: Text) => boolean {
  const range = view.document.createRange();
  const closedDetails = new WeakMap<Element, boolean>();
  /** The body of a closed `<details>` this text stands in directly, judged as a closed part where `onlyShown` says. */
  const inClosedDetails = (parent: Element): boolean => {
    let answer = closedDetails.get(parent);
    if (answer === undefined) {
      // Chromium lays the body out (its rects come back) but skips drawing it: `content-visibility: hidden` on
      // `::details-content`. Firefox does not lay it out at all, which the rects below tell.
      const skipped = view.getComputedStyle(parent, '::details-content').contentVisibility === 'hidden';
      answer = skipped && (!!opts.onlyShown || /^inline/.test(view.getComputedStyle(parent).display));
      closedDetails.set(parent, answer);
    }
    return answer;
  };
  return (text) => {
    const data = text.data;
    if (!hasWords(data)) return false;
    const parent = text.parentElement;
    if (!parent) return false;
    if (parent.localName === 'details' && inClosedDetails(parent)) return true;
    range.selectNodeContents(text);
    if (range.getClientRects().length > 0) return false;
    const owner = boxOwner(text, view);
    return !!owner && owner.getClientRects().length > 0;
  };
}
