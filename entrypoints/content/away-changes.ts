// What the page changed while the reader was away from it, recorded by the bootstrap. A page can show words only
// while the reader is away (the pointer gone to the toolbar or the side panel, the window blurred, the tab hidden)
// and take them back as the reader returns; read then, they were listed as the article's key facts and quotes (red
// team 44, item 3). What the page added or rewrote while the reader was away, and they have not been back since, is
// left out of key facts by the popup and the sidebar until they are (changed-blocks.ts). A pointer resting still on
// the page is the reader present: what the page shows then is in front of them. Two gaps closed (red team 46): what
// the page changed in the last second before the reader left (as the pointer headed out) counts as changed while away,
// and elements drawn now that were not at the reader's last look (shown by a stylesheet alone: `html:not(:hover)`, a
// rule edited on leave) are closed too. Kept small: it runs in the bootstrap every page pays for.
import type { InputHub } from './input-hub';
import { later, whenIdle } from './page-clock';

/** The reader's own inputs that say they are on the page (the hub hears them before any listener of the page). */
const BACK_TYPES = ['mousemove', 'mousedown', 'pointerdown', 'keydown'] as const;
/** Inputs the hub does not hear (a wheel or a touch), listened to passively so the page scrolls as before. */
const BACK_PASSIVE = ['wheel', 'touchstart'] as const;
/**
 * What the page changed this long before the reader left, since their last deliberate act (a press, a key, a wheel
 * turn, a touch; not a move), counts as changed while away: a page can add its words as the pointer heads for the
 * toolbar, while the reader is still, by the events, on the page (red team 46). A second is about the time from
 * the pointer starting out to the toolbar to it leaving the window; words shown for less than that were not read.
 */
const ROLL_MS = 1000;
/**
 * The reader's look at what is drawn (undrawnElements) is taken at most this often, never sooner than 40 times what the
 * last one took (at most a fortieth of the page's time on a long page: bench/away-look.ts), and after the first, when
 * the page is idle: this runs on every page the reader moves over, and a look in a scroll's or a move's own task would
 * cost its frames (17 ms on a page of 3,000 elements, 49 ms on one of 15,000).
 */
const LOOK_EVERY_MS = 500;
/**
 * A single-page site's next story: what the page changes this long after the reader's deliberate act (a click on "Next
 * story", a key) counts as seen, even once they have gone to the toolbar, where the page's address changed since the
 * act began (red team 46, item 6). A page that shows its words only while the reader is away can do it too, but only
 * after their act, within this time, and by changing the address shown beside the toolbar they are looking at.
 */
const SETTLE_MS = 3000;
/** Elements judged at each look at most; past them, an element the page shows while the reader is away is not seen. */
const MAX_LOOK = 20000;
/**
 * The reader's deliberate actions (a click, a key or button let go): what the page does while it handles one (opens a
 * "read more" remainder) is shown to the reader as they act, so the record is cleared once the page has handled it.
 * A pointer move is not one: a page could add its words as the pointer heads out to the toolbar.
 */
const ACTED_TYPES = ['click', 'mouseup', 'pointerup', 'keyup'] as const;
/** Nodes recorded between two inputs at most; past it, everything counts as changed until the reader is back. */
const MAX_NODES = 2000;

/** What the page changed while the reader was away (ChangedNodes), and the record's two controls. */
export interface AwayChanges {
  /** Nodes the page added while the reader was away. */
  readonly added: Set<Node>;
  /** Nodes whose words, children or showing attributes the page changed in place while the reader was away. */
  readonly rewritten: Set<Node>;
  /** More changed since then than is recorded. */
  overflow: boolean;
  /**
   * Elements drawn now that were not at the reader's last look at the page (flush() fills it while they are away):
   * shown by the page while they were away, whatever showed them (a stylesheet rule, `:hover`, a media query).
   */
  readonly shown: Set<Element>;
  /**
   * Starts recording (at the reader's first input, or a few seconds after load at an idle moment: boot.ts), never at
   * load, where touching the document costs this isolated world its wrapper.
   */
  start(): void;
  /**
   * Takes in what the page changed up to now (records not yet handed to the observer's callback) and, while the reader
   * is away, which elements are drawn now that were not at their last look (`shown`).
   */
  flush(): void;
}

/**
 * Records in `win` what the page changes after each of the reader's inputs, heard on `input`. Closures rather than a
 * class: the minifier shortens their names, and every page loads this.
 */
export function recordAwayChanges(win: Window, input: InputHub): AwayChanges {
  const added = new Set<Node>();
  const rewritten = new Set<Node>();
  let observer: MutationObserver | null = null;
  // Whether the reader is on the page: the pointer in its window, the window focused, the tab shown. What the page
  // changes then is in front of them (a story a single-page site loads after their click, a live post), so only
  // what it changes while they are away is recorded. A pointer resting still counts as present.
  let present = true;
  // What the page changed while the reader was present, with when: kept a second, and since their last deliberate act,
  // so that what it changed just before they left counts as changed while away.
  const recent = new Map<Node, [number, boolean]>();
  let recentOverflow = -1e9;
  let hidden: Set<Element> | null = null;
  // Elements the page added in front of the reader since their last look: not drawn at that look, for all it knows
  // (red team 49: a quote added hidden just after a look, shown once the reader left before the next one).
  const since = new Set<Element>();
  let lookedAt = -1e9;
  let nextLook = 0;
  /** A look is due (its wait is one the page cannot cancel, page-clock.ts: a cancelled one stopped every look after). */
  let lookDue = false;
  const shown = new Set<Element>();
  const keep = (n: Node, add: boolean): void => {
    (add ? added : rewritten).add(n);
    if (added.size + rewritten.size > MAX_NODES) {
      changes.overflow = true;
      added.clear();
      rewritten.clear();
    }
  };
  // The reader's last deliberate act: when, and the page's address as it began (before the page's own listeners).
  let actAt = -1e9;
  let actHref = '';
  let settled = false;
  // Whether the page is now on another address than at the reader's act, within the settling time after it.
  // The address less its fragment: a page that adds `#` to it at the reader's click has not loaded a story (red team 49).
  const path = (href: string): string => href.replace(/#.*/s, '');
  const newStory = (): boolean => {
    if (win.performance.now() - actAt >= SETTLE_MS || path(win.location.href) === path(actHref)) return false;
    settled = true;
    return true;
  };
  // `away`: the records are of changes made while the reader was away (by default, when they are delivered).
  const note = (records: MutationRecord[], away = !present): void => {
    const now = win.performance.now();
    if (away && newStory()) return;
    const put = (n: Node, add: boolean): void => {
      if (away) {
        if (!changes.overflow) keep(n, add);
        return;
      }
      if (add && n.nodeType === 1 && since.size < MAX_NODES) since.add(n as Element);
      // Oldest first (a node changed again goes to the end): what is older than the rolling second goes.
      for (const [old, [t]] of recent) {
        if (recent.size < MAX_NODES || t >= now - ROLL_MS) break;
        recent.delete(old);
      }
      if (recent.size >= MAX_NODES) recentOverflow = now;
      else {
        recent.delete(n);
        recent.set(n, [now, add]);
      }
    };
    for (const r of records) {
      if (r.type !== 'childList') put(r.target, false);
      else {
        for (const n of r.addedNodes) put(n, true);
        if (r.removedNodes.length) put(r.target, false);
      }
    }
    // What the page changed in front of the reader is looked at again (an element it added hidden, to show later);
    // not before their first look, at their first input: nothing of this runs while the page loads.
    if (present && hidden && records.length) lookSoon();
  };
  // Which elements under the body are not drawn (no box, faded out, invisible), as the reader last saw the page. Taken
  // at their input, in its task, never after they left: by then the stylesheet already matches as it does while
  // they are away (`html:not(:hover)` matches in the leave's own task).
  const look = (): void => {
    const body = win.document.body;
    if (!present || !body) return;
    const t = win.performance.now();
    hidden = undrawnElements(body);
    since.clear();
    lookedAt = win.performance.now();
    nextLook = lookedAt + Math.max(LOOK_EVERY_MS, 40 * (lookedAt - t));
  };
  const lookSoon = (): void => {
    // The first look at once, at the reader's first input: a reader who leaves within a moment has one.
    if (!hidden) return look();
    if (lookDue) return;
    lookDue = true;
    later(
      () =>
        whenIdle(
          win,
          () => {
            lookDue = false;
            look();
          },
          1000,
          0,
        ),
      Math.max(0, nextLook - win.performance.now()),
    );
  };
  const changes: AwayChanges = {
    added,
    rewritten,
    overflow: false,
    start() {
      if (observer) return;
      observer = new MutationObserver((records) => note(records));
      observer.observe(win.document, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['class', 'style', 'hidden', 'open'],
      });
    },
    shown,
    flush() {
      if (observer) note(observer.takeRecords());
      shown.clear();
      // A new story loaded after the reader's act is new to the look too.
      if (!present && hidden && !settled)
        for (const el of [...hidden, ...since]) if (el.isConnected && isDrawn(el) && !unreadable(el)) shown.add(el);
    },
  };
  const back = (e: Event): void => {
    if (!e.isTrusted) return;
    present = true;
    changes.start();
    observer?.takeRecords();
    added.clear();
    rewritten.clear();
    changes.overflow = false;
    settled = false;
    lookSoon();
  };
  // A deliberate act: what the page changed before it is behind the reader (they acted after seeing it).
  const acted = (e: Event): void => {
    back(e);
    if (!e.isTrusted) return;
    recent.clear();
    recentOverflow = -1e9;
    actAt = win.performance.now();
  };
  input.addEventListener('mousemove', back);
  // An act beginning (a press, a key, a wheel turn, a touch): the page's address as it was before the page heard it.
  const begins = (e: Event): void => {
    acted(e);
    if (e.isTrusted) actHref = win.location.href;
  };
  for (const type of BACK_TYPES.slice(1)) input.addEventListener(type, begins);
  // Once the page has handled the act (opened a "read more" remainder), what it shows is looked at at once: the reader
  // may leave for the toolbar straight after.
  for (const type of ACTED_TYPES)
    input.addEventListener(type, (e) =>
      later(() => {
        acted(e);
        if (lookedAt < e.timeStamp) look();
      }, 0),
    );
  for (const type of BACK_PASSIVE) win.addEventListener(type, begins, { capture: true, passive: true });
  // Heard at the window's capture, before any listener of the page's on the document or the root: a page that adds
  // its words as the pointer leaves has them recorded.
  // `pointerout` comes before `mouseout`: a page that adds its words in its own `pointerout` listener is heard away.
  // Only the reader's own input brings them back: a page can focus its window (a frame's or a field's focus() is a
  // trusted `focus` event) or be shown again without the reader having looked (red team 46).
  const gone = (e: Event): void => {
    if (!e.isTrusted) return;
    if ((e.type === 'mouseout' || e.type === 'pointerout') && (e as MouseEvent).relatedTarget) return;
    if (e.type === 'visibilitychange' && !win.document.hidden) return;
    if (e.type === 'blur' && e.target !== win) return;
    changes.start();
    if (present) {
      // First: nothing is looked at from here on (the stylesheet may already match as for a reader away).
      present = false;
      // What the page changed in the last moments on the page, since the reader's last deliberate act, counts as
      // changed while away (red team 46: words added as the pointer headed for the top edge).
      if (observer) note(observer.takeRecords(), false);
      const rollStart = win.performance.now() - ROLL_MS;
      if (!newStory()) {
        if (recentOverflow >= rollStart) changes.overflow = true;
        for (const [n, [t, add]] of recent) if (t >= rollStart && !changes.overflow) keep(n, add);
      }
      recent.clear();
    }
    present = false;
  };
  for (const type of ['pointerout', 'mouseout', 'blur', 'visibilitychange'])
    win.addEventListener(type, gone, { capture: true, passive: true });
  return changes;
}

/**
 * The elements under `root` not drawn now (no box, faded out, invisible), judging at most MAX_LOOK elements in document
 * order: what an element not drawn holds is not listed, except under one only invisible (a child may show itself).
 */
export function undrawnElements(root: Element): Set<Element> {
  const out = new Set<Element>();
  // Blocks of text drawn but not readable: words drawn too small, the colour of what is behind them, clipped away,
  // of no height or out of the page's reach (red team 49). Their own query, so a page's 20,000 empty elements before
  // them do not hide them from the look.
  let blocks = 0;
  const backs = new Map<Element, string>();
  for (const el of root.querySelectorAll(TEXT_BLOCKS)) {
    if (++blocks > MAX_BLOCKS) break;
    if (unreadable(el, backs)) out.add(el);
  }
  const walk = root.ownerDocument.createTreeWalker(root, 1);
  let el = walk.nextNode() as Element | null;
  for (let i = 0; el && i < MAX_LOOK; i++) {
    if (isDrawn(el)) el = walk.nextNode() as Element | null;
    else {
      out.add(el);
      if (el.checkVisibility?.({ opacityProperty: true, checkOpacity: true } as object) !== false || isContents(el))
        el = walk.nextNode() as Element | null;
      else {
        let next: Node | null = null;
        while (!(next = walk.nextSibling()) && walk.parentNode());
        el = next as Element | null;
      }
    }
  }
  return out;
}

/** Text blocks whose words the look reads at most (each costs a style and a box: bench/away-look.ts). */
const MAX_BLOCKS = 5000;
/** The blocks whose words the look reads for size, colour, clip and place. */
const TEXT_BLOCKS = 'p,li,blockquote,q,h1,h2,h3,h4,h5,h6,dd,dt,td,th,figcaption,pre';

/**
 * Whether the words of `el`, a block the look reads, cannot be read though it is drawn: type under 4 px, a colour with
 * no alpha or the one behind it, a clip path, no height, or placed wholly before the page's left or top edge.
 */
function unreadable(el: Element, backs = new Map<Element, string>()): boolean {
  if (!el.matches(TEXT_BLOCKS)) return false;
  const win = el.ownerDocument.defaultView!;
  const s = win.getComputedStyle(el);
  const box = el.getBoundingClientRect();
  if ((Number.parseFloat(s.fontSize) || 16) < 4 || (s.clipPath || 'none') !== 'none') return true;
  if (box.height < 2 || box.width < 2 || box.right + win.scrollX <= 0 || box.bottom + win.scrollY <= 0) return true;
  if (/^rgba\(.*,\s*0\)$/.test(s.color)) return true;
  return s.color === behind(el, win, backs);
}

/** The colour painted behind `el`: its own background's or its nearest ancestor's that has one (white at the root). */
function behind(el: Element, win: Window, backs: Map<Element, string>): string {
  let back = backs.get(el);
  if (back === undefined) {
    const b = win.getComputedStyle(el).backgroundColor;
    back =
      b && b !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(b)
        ? b
        : el.parentElement
          ? behind(el.parentElement, win, backs)
          : 'rgb(255, 255, 255)';
    backs.set(el, back);
  }
  return back;
}

/**
 * Whether `el` is drawn: it has a box, and it and its ancestors are neither faded out nor invisible (taken as drawn
 * where the browser cannot tell).
 */
function isDrawn(el: Element): boolean {
  // Both names of each option: Chrome before 121 and Firefox before 122 know only the first ones.
  return (
    el.checkVisibility?.({
      checkOpacity: true,
      checkVisibilityCSS: true,
      opacityProperty: true,
      visibilityProperty: true,
    } as object) ?? true
  );
}

/** Whether `el` is laid out as its children alone (`display: contents`): no box of its own, its children drawn. */
function isContents(el: Element): boolean {
  return !!el.firstElementChild && el.ownerDocument.defaultView?.getComputedStyle(el).display === 'contents';
}
