// Whether the reader can see the frame this page side runs in (a sub-frame only; the top frame is the tab). A page
// can lay an invisible frame of its own over its article (opacity 0, the same words with one figure changed) so the
// reader's drag selects in the frame, or load its site's other articles in off-screen frames and read what Lede
// adds there (red team 26). Inside a frame Lede cannot read the parent's styles (it may be of another origin), but
// Chromium says whether the frame's content is drawn as it is, unfaded, untransformed and uncovered, through every
// ancestor frame: IntersectionObserver v2 (`trackVisibility`). The frame's root element is observed: its own
// descendants (Lede's toolbar, toast and paint among them) never count as covering it. An engine without v2
// (Firefox) never reports a frame seen, so there Lede neither saves nor paints in a sub-frame. A frame in full view
// whose own text is drawn transparent or faded (its stylesheet: the page's words show through it) is read here too.
import { composedParent } from '../../core/anchoring/dom/composed-parent';
import { alphaOf, filterOpacity } from '../../core/anchoring/dom/unseen-style';
import { later } from './page-clock';
import type { PageLife } from './page-life';
import { isTopFrame } from './top-frame';

/** The least time between two readings that v2 allows, in ms. */
const READING_EVERY_MS = 100;

/** How long a save waits for the first reading of a frame whose page side has just started, in ms. */
const FIRST_READING_MS = 1000;

/** What the reader is told when a save in an unseen frame is refused. */
export const HIDDEN_FRAME = 'This passage is in a frame that is hidden or covered, so Lede did not save it.';

/**
 * Below this, a passage's text colour times the opacity of its element and ancestors (filters included) draws no
 * words a reader takes for the passage: the words under the frame show through. Muted text on real pages (a
 * caption at 0.54 alpha, the least Material design uses for text is 0.38) stays above it.
 */
const MIN_DRAWN = 0.3;

type SightEntry = IntersectionObserverEntry & { isVisible?: boolean };

/** How strongly `el`'s text is drawn: its colour's alpha (and text fill's) times every ancestor's opacity. */
function drawnStrength(el: Element, view: Window): number {
  const own = view.getComputedStyle(el);
  const fill = (own as CSSStyleDeclaration & { webkitTextFillColor?: string }).webkitTextFillColor;
  let strength = Math.min(alphaOf(own.color), fill ? alphaOf(fill) : 1);
  for (let at: Element | null = el; at && strength >= MIN_DRAWN; ) {
    const style = view.getComputedStyle(at);
    if (style.visibility === 'hidden' || style.visibility === 'collapse') return 0;
    strength *= Number.parseFloat(style.opacity) * (style.filter === 'none' ? 1 : filterOpacity(style.filter));
    at = composedParent(at);
  }
  return strength;
}

/** Some words of `range` are drawn too faint to be what the reader read (transparent or faded by the frame's page). */
export function isFaintPassage(range: Range, view: Window): boolean {
  const root = range.commonAncestorContainer;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const seen = new Set<Element>();
  for (let n = root.nodeType === 3 ? root : walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || seen.has(el) || !/\S/.test((n as Text).data) || !range.intersectsNode(n)) continue;
    seen.add(el);
    if (drawnStrength(el, view) < MIN_DRAWN) return true;
  }
  return false;
}

/**
 * Whether every box of `range` lies inside the frame's root element's box, the box v2 reports drawn and uncovered.
 * A page that made that box a 20 px strip, clear of its own cover, had the strip read as seen while the reader's drag
 * went into the frame's words under a copy the page laid over them (red team 27). Judged by the passage, not by
 * whether the root fills the window: an honest document shorter than its frame has a root shorter than the window,
 * and every save in it was refused as hidden (red team 38, F1).
 */
export function isInsideRoot(range: Range, doc: Document): boolean {
  const root = doc.documentElement;
  if (!root) return false;
  const box = root.getBoundingClientRect();
  for (const r of range.getClientRects()) {
    if (r.width === 0 && r.height === 0) continue;
    if (r.left < box.left - 1 || r.top < box.top - 1 || r.right > box.right + 1 || r.bottom > box.bottom + 1)
      return false;
  }
  return true;
}

export class FrameSight {
  private seen = false;
  private readonly doc: Document;
  private everSeen = false;
  private read = false;
  private readonly waiting = new Set<() => void>();

  /** Starts reading `doc`'s frame; `firstSeen` runs once, the first time the frame is reported seen. */
  constructor(doc: Document, life: PageLife, firstSeen: () => void) {
    this.doc = doc;
    const view = doc.defaultView as (Window & { IntersectionObserver?: typeof IntersectionObserver }) | null;
    const IO = view?.IntersectionObserver;
    if (!IO) {
      this.settle();
      return;
    }
    let observer: IntersectionObserver;
    try {
      const options = { trackVisibility: true, delay: READING_EVERY_MS, threshold: [0] } as IntersectionObserverInit;
      observer = new IO((entries) => {
        const last = entries[entries.length - 1] as SightEntry | undefined;
        if (!last || !life.check()) return;
        // The root's box is drawn as it is: what of the document lies outside it (a page can shrink the root to a
        // strip) is judged by the passage, as it is saved (`sees`).
        this.seen = last.isIntersecting && last.isVisible === true;
        this.settle();
        if (this.seen && !this.everSeen) {
          this.everSeen = true;
          firstSeen();
        }
      }, options);
    } catch {
      this.settle(); // an engine that refuses the options cannot say: never seen
      return;
    }
    observer.observe(doc.documentElement);
    life.onEnded(() => observer.disconnect());
  }

  /** The latest reading says the reader sees this frame's root box as it is drawn. */
  get isSeen(): boolean {
    return this.seen;
  }

  /**
   * The reader sees `range` as it is drawn: the frame's root box is seen, the passage lies inside it and its words are
   * not faint. The root's box is read again: a page can shrink it after the last reading without v2 saying anything.
   */
  sees(range: Range, view: Window): boolean {
    return this.seen && isInsideRoot(range, this.doc) && !isFaintPassage(range, view);
  }

  /** The frame has been reported seen at least once (its notes may be painted). */
  get wasSeen(): boolean {
    return this.everSeen;
  }

  /** Resolves once the first reading is in (or after a second without one). */
  firstReading(): Promise<void> {
    if (this.read) return Promise.resolve();
    return new Promise((done) => {
      // A wait the page cannot cancel: a first reading never in would hold the reader's toolbar for ever.
      const cancel = later(() => finish(), FIRST_READING_MS);
      const finish = () => {
        cancel();
        this.waiting.delete(finish);
        done();
      };
      this.waiting.add(finish);
    });
  }

  private settle(): void {
    this.read = true;
    for (const finish of [...this.waiting]) finish();
  }
}

/** The frame's sight for a page side in a sub-frame; null in the top frame, which is the tab the reader sees. */
export function watchFrameSight(doc: Document, life: PageLife, firstSeen: () => void): FrameSight | null {
  return doc.defaultView && !isTopFrame(doc.defaultView) ? new FrameSight(doc, life, firstSeen) : null;
}
