// The page's root element, the one every anchor is described against, and its text as the reader sees it; their own
// room so that the page's surface and the session's state both read them without importing each other.
import {
  anchorMany,
  buildTextModel,
  describeRange,
  type DomAnchor,
  type TextModel,
  undrawnText,
  unseenInRunningText,
} from '../../core/anchoring';
import type { Selector } from '../../core/types';

/** Where Lede reads the page's text and keeps its host: the body, or the root element of a page without one. */
export const pageRoot = (doc: Document): HTMLElement => doc.body ?? doc.documentElement;

/**
 * The page's text for one anchoring or describing pass, without the words its stylesheet hides among visible ones:
 * a highlight saves, and is found again by, the text the reader saw. Every save and every placement reads this.
 */
function pageText(doc: Document): TextModel {
  const view = doc.defaultView;
  return buildTextModel(pageRoot(doc), view ? { unseen: unseenInRunningText(view), undrawn: undrawnText(view) } : {});
}

/**
 * Places saved highlights on the page's text as the reader sees it; one saved before Lede left hidden words out (its
 * quote carries a screen-reader label, say) is looked for again in the markup's text, where it was saved.
 */
export function anchorOnPage(
  doc: Document,
  selectorsList: ReadonlyArray<readonly Selector[]>,
): Array<DomAnchor | null> {
  const root = pageRoot(doc);
  return anchorMany(root, selectorsList, { model: pageText(doc), fallbackModel: () => buildTextModel(root) });
}

/** Describes `range` on the page's text as the reader sees it (what a save or a confirmed placement stores). */
export function describeOnPage(doc: Document, range: Range): ReturnType<typeof describeRange> {
  return describeRange(pageRoot(doc), range, { model: pageText(doc) });
}
