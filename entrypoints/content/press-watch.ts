// What a page added or rewrote while the reader's mouse button was down (reader-input.ts and the bootstrap): a page
// that split the paragraph's text where the drag began and put a label of its own there, selected from that point,
// had the label taken for the reader's passage, since the selection held where the drag began (red team 35, A2).
// An element whose attributes changed counts too: a label laid hidden beside the pressed words and shown at the
// release by its `style` (or a class, `hidden`, any attribute a style rule reads) is the page's (red team 39, PD).
// Where the change is on an element holding the pressed words, on tooltip plumbing or outside the selection, it is
// judged by what it showed: every state the page put those attributes in during the press is put back in turn, and
// a selected word drawn at the release that one of them did not draw is the page's (red team 40, A1).

/**
 * Attributes hover code changes on the links a drag passes over, not to show words but to manage tooltips: Wikipedia's
 * page previews empty a link's `title` as the pointer rests on it, and ARIA popups set `aria-describedby` or
 * `aria-expanded`. Counted, they refused an honest drag across a link. A page whose stylesheet shows its own words by
 * one of these attributes is not caught by this watch (docs/reliability.md, red team 39).
 */
const TOOLTIP_PLUMBING = new Set(['title', 'aria-describedby', 'aria-expanded', 'aria-haspopup', 'aria-controls']);

/** More changes than this during one press, and the gesture is not judged: nothing it selected is taken. */
const MAX_TOUCHED = 2000;

/** An attribute the page set during the press, and its value before. */
type Change = { el: Element; name: string; ns: string | null; old: string | null };

/** What the page changed during a press: nodes it added, rewrote or restyled, and every attribute change in order. */
export type Touched = { nodes: readonly Node[]; changes: readonly Change[] } | 'all';

/** A transition of these can keep words drawn for a moment after their state hides them. */
const SHOWING = /^(opacity|visibility|display|content-visibility)$/;

/** Watches the document from a press to its release. */
export class PressWatch {
  private observer: MutationObserver | null = null;
  private touched: Node[] = [];
  /** Elements whose attributes changed: each counted once, however often it changed (an animation's every frame). */
  private restyled = new Set<Node>();
  private changes: Change[] = [];
  private overflow = false;
  /** The node under the press's caret: a change on an element holding it is not counted (see `keep`). */
  private pressed: Node | undefined;

  /** `doc` is asked for at the first press: the bootstrap touches no document at load. */
  constructor(private readonly doc: () => Document) {}

  /** Starts watching (a trusted press of the primary button); `pressed`, the node under the press's caret. */
  start(pressed?: Node): void {
    this.stop();
    this.touched = [];
    this.restyled = new Set();
    this.changes = [];
    this.overflow = false;
    this.pressed = pressed;
    const doc = this.doc();
    const Observer = doc.defaultView?.MutationObserver;
    if (!Observer) return;
    this.observer = new Observer((records) => this.keep(records));
    this.observer.observe(doc, {
      childList: true,
      characterData: true,
      attributes: true,
      attributeOldValue: true,
      subtree: true,
    });
  }

  /** Stops watching and tells what changed since the press: the nodes added or rewritten, or 'all' past the cap. */
  stop(): Touched {
    if (this.observer) {
      this.keep(this.observer.takeRecords());
      this.observer.disconnect();
      this.observer = null;
    }
    return this.overflow ? 'all' : { nodes: [...this.touched, ...this.restyled], changes: this.changes };
  }

  private keep(records: MutationRecord[]): void {
    for (const r of records) {
      if (r.type === 'characterData') this.touched.push(r.target);
      else if (r.type === 'childList') for (const n of r.addedNodes) this.touched.push(n);
      // An element holding the pressed words was on screen as the reader pressed them: pages mark the page, the
      // article or the paragraph pressed or hovered with a class or a data attribute (what-input, focus-visible),
      // and such a change is not taken as the page's own text shown under the gesture.
      else {
        if (!TOOLTIP_PLUMBING.has(r.attributeName ?? '') && (!this.pressed || !r.target.contains(this.pressed)))
          this.restyled.add(r.target);
        this.changes.push({
          el: r.target as Element,
          name: r.attributeName ?? '',
          ns: r.attributeNamespace,
          old: r.oldValue,
        });
      }
      if (this.touched.length + this.restyled.size > MAX_TOUCHED || this.changes.length > MAX_TOUCHED) {
        this.overflow = true;
        this.touched = [];
        this.restyled = new Set();
        this.changes = [];
        return;
      }
    }
  }
}

/**
 * Whether the page changed anything inside `range` during the press (Lede's own nodes, `own`, aside), or made words
 * of it drawn that one of the states it passed through did not draw (`shownByChanges`).
 */
export function touchedIn(range: Range, touched: Touched | undefined, own: (n: Node) => boolean): boolean {
  if (!touched) return false;
  if (touched === 'all') return true;
  const inside = touched.nodes.some((n) => {
    if (!n.isConnected || own(n)) return false;
    try {
      return range.intersectsNode(n);
    } catch {
      return false;
    }
  });
  return (
    inside ||
    shownByChanges(
      range,
      touched.changes.filter(
        (c) => c.el.isConnected && !own(c.el) && (!FETCHES.test(c.name) || c.el.localName === 'a'),
      ),
    )
  );
}

/**
 * Attributes whose setting loads, runs or opens something (an image's or frame's `src`, a stylesheet's `href`, a
 * `<details>`'s `open`): never undone to judge a press. A label shown by a style rule reading one of them, changed
 * outside the selection, is not caught (inside it, any change is the page's).
 */
const FETCHES =
  /^(src|srcset|href|data|open|value|checked|selected|poster|content|rel|media|type|sizes|action|loading)$/;

/**
 * Whether a word of `range` drawn now was not drawn in a state the page's attribute changes passed through since the
 * press: each change is undone in turn, from the last, and the selected words' elements read as each state draws them
 * (`checkVisibility`: display, visibility, opacity). Everything is put back before returning. A page that showed a
 * label at the release by a class on the pressed paragraph, or hid it just after the press was read and showed it
 * again at the release, is caught; one that answers the undoing itself (a custom element's callback, a mutation
 * event), or a transition that keeps hidden words drawn while undone, fails closed. Not judged: words moved off the
 * page or covered by another element in one of those states.
 */
function shownByChanges(range: Range, changes: readonly Change[]): boolean {
  if (!changes.length) return false;
  const doc = range.startContainer.ownerDocument;
  const view = doc?.defaultView;
  if (!doc || !view) return true;
  // An element laid out as its contents alone (`display: contents`) is drawn by its box's nearest ancestor.
  const drawn = (e: Element | null): boolean => {
    while (e && view.getComputedStyle(e).display === 'contents') e = e.parentElement;
    return (
      !!e && (e.checkVisibility?.({ opacityProperty: true, visibilityProperty: true }) ?? !!e.getClientRects().length)
    );
  };
  // The elements drawing the selected words, and those drawn now.
  const shown: Element[] = [];
  const walk = doc.createTreeWalker(range.commonAncestorContainer, view.NodeFilter.SHOW_TEXT);
  for (let n = walk.currentNode as Node | null; n; n = walk.nextNode()) {
    const e = n.parentElement;
    if (n.nodeType === 3 && n.nodeValue?.trim() && e && !shown.includes(e) && range.intersectsNode(n) && drawn(e))
      shown.push(e);
  }
  if (!shown.length) return false;
  const set = (el: Element, name: string, ns: string | null, value: string | null): number => {
    if (el.getAttributeNS(ns, name) === value) return 0;
    if (value === null) el.removeAttributeNS(ns, name);
    else el.setAttributeNS(ns, name, value);
    return 1;
  };
  const now = changes.map((c) => c.el.getAttributeNS(c.ns, c.name));
  const before = new Set(doc.getAnimations?.() ?? []);
  // Whatever else changes while Lede undoes is the page answering.
  const watch = new view.MutationObserver(() => {});
  watch.observe(doc, { attributes: true, childList: true, characterData: true, subtree: true });
  let ours = 0;
  let shows = false;
  try {
    for (let i = changes.length - 1; i >= 0 && !shows; i--) {
      const c = changes[i]!;
      ours += set(c.el, c.name, c.ns, c.old);
      shows =
        shown.some((e) => !drawn(e)) ||
        (doc.getAnimations?.() ?? []).some(
          (a) =>
            !before.has(a) &&
            (!(a instanceof view.CSSTransition) || SHOWING.test(a.transitionProperty)) &&
            shown.some((e) => {
              const t = (a.effect as KeyframeEffect | null)?.target;
              return !!t && t.contains(e);
            }),
        );
    }
  } finally {
    for (let i = 0; i < changes.length; i++) ours += set(changes[i]!.el, changes[i]!.name, changes[i]!.ns, now[i]!);
  }
  const heard = watch.takeRecords().length;
  watch.disconnect();
  return shows || heard !== ours;
}
