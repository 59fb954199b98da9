// The page's root element, the one every anchor is described against, and its text as the reader sees it; their own
// room so that the page's surface and the session's state both read them without importing each other.
import {
  anchorMany,
  buildTextModel,
  describeRange,
  type DomAnchor,
  type TextModel,
  type TextModelOptions,
  undrawnText,
  unseenInRunningText,
} from '../../core/anchoring';
import type { Selector } from '../../core/types';

/** Where Lede reads the page's text and keeps its host: the body, or the root element of a page without one. */
export const pageRoot = (doc: Document): HTMLElement => doc.body ?? doc.documentElement;

/**
 * How the page's text is read: without the words its stylesheet hides among visible ones (unseen-text.ts) or that
 * are not drawn. One set per pass: its style tests remember their answers, right while the page does not change.
 */
export function pageTextOptions(doc: Document): TextModelOptions {
  const view = doc.defaultView;
  return view ? { unseen: unseenInRunningText(view), undrawn: undrawnText(view) } : {};
}

/** The page's text read afresh, as the reader sees it (pageTextOptions). */
function readPageText(doc: Document, within?: Range): TextModel {
  return buildTextModel(pageRoot(doc), { ...pageTextOptions(doc), within });
}

/** Words compared without their whitespace: a passage read alone starts a line where the page's text had a space. */
const squashed = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * The page's text for anchoring and describing, kept between passes while the page does not change. Reading it walks
 * the whole page and judges every element's computed style: on a page of 150,000 paragraphs (red team 26) that was
 * seconds per save, and the same walk was done again for each save and each placement. A mutation of the page (its
 * nodes, text or attributes, a stylesheet added) or a resize makes the next pass read it again. A style changed
 * with no mutation (a rule inserted through the CSSOM) is not heard: a save therefore reads its own passage afresh
 * and reads the whole page again when its words differ, so a quote never carries words the reader does not see.
 */
export class PageText {
  private model: TextModel | null = null;
  private stale = true;
  private observer: MutationObserver | null = null;
  private readonly onResize = (): void => this.forget();

  /** `isOwn`: nodes of Lede's own, whose changes are not the page's. */
  constructor(
    private readonly doc: Document,
    private readonly isOwn: (node: Node) => boolean,
  ) {}

  /** The page's text as the reader sees it now. */
  current(): TextModel {
    if (!this.stale && this.observer) this.hear(this.observer.takeRecords());
    if (this.model && !this.stale) return this.model;
    this.model = readPageText(this.doc);
    this.stale = false;
    this.watch();
    return this.model;
  }

  /**
   * The text a save describes `range` on: the kept text, when the range's own words read afresh are the words it
   * holds there; else the page read again.
   */
  forRange(range: Range): TextModel {
    const kept = this.current();
    try {
      const fresh = readPageText(this.doc, range);
      const now = fresh.text.slice(
        fresh.offsetOf(range.startContainer, range.startOffset),
        fresh.offsetOf(range.endContainer, range.endOffset),
      );
      const then = kept.text.slice(
        kept.offsetOf(range.startContainer, range.startOffset),
        kept.offsetOf(range.endContainer, range.endOffset),
      );
      if (squashed(now) === squashed(then)) return kept;
    } catch {
      // A range the kept text cannot place (outside the root, a node it never held): read the page again.
    }
    this.forget();
    return this.current();
  }

  /** The next pass reads the page again. */
  forget(): void {
    this.stale = true;
    this.model = null;
    this.observer?.disconnect();
  }

  destroy(): void {
    this.forget();
    this.doc.defaultView?.removeEventListener('resize', this.onResize);
  }

  /** Mutations of the page since the text was read: any that is not Lede's own makes it stale. */
  private hear(records: MutationRecord[]): void {
    const own = (r: MutationRecord): boolean =>
      this.isOwn(r.target) ||
      (r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every((n) => this.isOwn(n)));
    if (records.some((r) => !own(r))) this.forget();
  }

  private watch(): void {
    const view = this.doc.defaultView;
    if (!view) return;
    if (!this.observer) {
      this.observer = new view.MutationObserver((records) => this.hear(records));
      view.addEventListener('resize', this.onResize);
    }
    // The whole document: the body's nodes, text and attributes, and the head's stylesheets. Lede's painter host
    // hangs from the root element; its boxes live in a closed shadow root, whose changes are not heard here.
    this.observer.observe(this.doc, { subtree: true, childList: true, characterData: true, attributes: true });
  }
}

/**
 * Places saved highlights on the page's text as the reader sees it; one saved before Lede left hidden words out (its
 * quote carries a screen-reader label, say) is looked for again in the markup's text, where it was saved.
 */
export function anchorOnPage(
  text: PageText,
  doc: Document,
  selectorsList: ReadonlyArray<readonly Selector[]>,
): Array<DomAnchor | null> {
  const root = pageRoot(doc);
  return anchorMany(root, selectorsList, { model: text.current(), fallbackModel: () => buildTextModel(root) });
}

/** Describes `range` on the page's text as the reader sees it (what a save or a confirmed placement stores). */
export function describeOnPage(text: PageText, doc: Document, range: Range): ReturnType<typeof describeRange> {
  return describeRange(pageRoot(doc), range, { model: text.forRange(range) });
}
