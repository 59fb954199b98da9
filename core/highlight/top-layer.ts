// Keeps an element Lede adds (the paint layer's host, the toolbar's host) above what the page put in the browser's
// top layer: a modal <dialog>, an open popover, a fullscreen element. Those are drawn above every z-index, so a page
// that showed its article in its own modal dialog hid Lede's paint and toolbar under it (wave 19's red team, S5).
// The element becomes a manual popover and is shown again (last shown, drawn on top) each time the page puts
// something of its own there, within a budget refilled over time (a rate, not a page-long cap: a page that spent a
// cap with an invisible popover then covered Lede for good, red team 23's T1), and always at Lede's own moments (the
// toolbar shown, a highlight painted). Nothing changes on a page that never uses the top layer.

/**
 * Lede's own elements kept on top, with their rank: their opening is not the page's (answering it would make two
 * raise each other for ever), and one of a higher rank (the toolbar's host) stays above one of a lower (the paint's).
 */
const ours = new Map<Element, number>();

/** How many raises in a row one element answers the page with (the budget when full). */
export const MAX_RAISES = 50;

/**
 * Raises the budget gains a second. Above what a page's own use asks (a popover ticking every 40 ms asks 25 a
 * second), so only a page that answers Lede's every raise outruns it, and that fight costs at most this many a second.
 */
export const RAISES_PER_SECOND = 30;

/** When each of the page's dialogs was last seen opening (a count): the last opened modal dialog is drawn on top. */
const openedAt = new WeakMap<Element, number>();
let openings = 0;

/**
 * The page's topmost modal dialog, or null: the one last seen opening (keepOnTop's watch sees each `open`), else, for
 * those opened before Lede watched, the last in document order. The last in document order alone is not the topmost
 * where the page shows a dialog after one that comes later in its tree (red team 59, M): Lede's UI, put in that
 * one, was inert under the other. `deep` adds modal dialogs found in the page's shadow roots (a keeper's
 * `deepModals()`), which the document's query does not reach (red team 64, SM).
 */
export function topmostModal(doc: Document, deep: Iterable<Element> = []): Element | null {
  let top: Element | null = null;
  let topAt = -1;
  try {
    for (const el of [...doc.querySelectorAll('dialog:modal'), ...deep]) {
      const at = openedAt.get(el) ?? 0;
      if (at >= topAt) {
        top = el;
        topAt = at;
      }
    }
  } catch {
    // An engine without `:modal` has no modal dialogs to make the rest inert.
  }
  return top;
}

/** Whether the page shows something of its own in the top layer (a modal dialog, an open popover, fullscreen). */
export function pageUsesTopLayer(doc: Document): boolean {
  if (doc.fullscreenElement && !ours.has(doc.fullscreenElement)) return true;
  try {
    for (const el of doc.querySelectorAll(':modal, :popover-open')) if (!ours.has(el)) return true;
  } catch {
    // An engine without these selectors has no top layer of the kind to answer.
  }
  return false;
}

/**
 * How many of the page's elements one look into its shadow roots reads for new roots, at most: reaching a closed
 * root costs an extension call (about 2.5 µs an element in Chromium), so a page of 20,000 elements is read over ten
 * looks rather than in one of 50 ms.
 */
export const DEEP_ELEMENTS_PER_LOOK = 2_000;

/** Elements that can hold a shadow root besides custom elements (a name with a hyphen): `attachShadow`'s list. */
const MAY_HOST = new Set(
  'article aside blockquote body div footer h1 h2 h3 h4 h5 h6 header main nav p section span'.split(' '),
);

/** Hosts of Lede's own shadow roots that are not kept on top here (the key well's): never looked into as the page's. */
const ownHosts = new WeakSet<Element>();

/** Marks a host of Lede's own whose shadow root the looks into the page's roots ({@link ShadowTopLayer}) pass over. */
export function markOwnHost(el: Element): void {
  ownHosts.add(el);
}

/**
 * The page's elements in the top layer (open popovers, modal dialogs) inside its shadow roots, nested ones included,
 * closed ones where `rootOf` reaches them (an extension's content script can). A web component that shows a banner,
 * popover or modal dialog from its own root fires no event the document hears, and `querySelectorAll` does not look
 * into roots, so {@link pageUsesTopLayer} does not see it: Lede's toast was drawn under one (red team 63, SH).
 * The roots are found a little at a time ({@link DEEP_ELEMENTS_PER_LOOK} elements a look, one pass over the document
 * after another, so roots made later are found in the next pass); those found are looked into at every look.
 */
export class ShadowTopLayer {
  private readonly roots = new Map<Element, ShadowRoot>();
  /** The element lists of the pass under way: the document's, then each root's found in it. */
  private readonly queue: { list: ArrayLike<Element>; at: number }[] = [];

  constructor(
    private readonly doc: Document,
    private readonly rootOf: (el: Element) => ShadowRoot | null,
    private readonly perLook = DEEP_ELEMENTS_PER_LOOK,
  ) {}

  /** Reads up to `perLook` more elements for roots, then returns the page's top-layer elements in the roots known. */
  look(): Element[] {
    const found: Element[] = [];
    try {
      if (this.queue.length === 0) this.queue.push({ list: this.doc.querySelectorAll('*'), at: 0 });
      let budget = this.perLook;
      while (budget > 0 && this.queue.length > 0) {
        const q = this.queue[0]!;
        const end = Math.min(q.list.length, q.at + budget);
        budget -= end - q.at;
        for (; q.at < end; q.at++) {
          const el = q.list[q.at]!;
          const name = el.localName;
          if ((!name.includes('-') && !MAY_HOST.has(name)) || ours.has(el) || ownHosts.has(el)) continue;
          const root = this.rootOf(el);
          if (!root) continue;
          this.roots.set(el, root);
          this.queue.push({ list: root.querySelectorAll('*'), at: 0 });
        }
        if (q.at >= q.list.length) this.queue.shift();
      }
      for (const [host, root] of this.roots) {
        if (!host.isConnected) {
          this.roots.delete(host);
          continue;
        }
        for (const el of root.querySelectorAll(':modal, :popover-open')) if (!ours.has(el)) found.push(el);
      }
    } catch {
      // An engine without these selectors, or a page that broke DOM methods: what was found so far.
    }
    return found;
  }
}

export interface TopLayerKeeper {
  /**
   * Shows the element above the page's top layer if the page uses it, whatever the budget: call it after putting
   * the element back and at the reader's own moments (the toolbar shown, a highlight painted, the editor opened).
   */
  raise(): void;
  /**
   * Shows the element in the top layer now, whether or not the page uses it: the reader's moment when something of
   * the page's laid over Lede would take their words (the note editor opened). A page's element of any z-index, or a
   * frame of its own, is drawn under it; one the page puts in the top layer later is answered as before.
   */
  lift(): void;
  /** Ends lift(): the element leaves the top layer again unless the page's top layer needs it there. */
  settle(): void;
  /**
   * True when the page put something of its own in the top layer that Lede did not answer (the budget was spent):
   * the element may be drawn under it, unseen, so a press there is the page's.
   */
  buried(): boolean;
  /**
   * A look of Lede's own (on its clock, never at a signal of the page's) into the page's shadow roots: the element is
   * shown above a top-layer element of the page's shown there since the last look, or above any there while the
   * element is out of the top layer. At most one raise a look. Returns whether it raised.
   */
  lookDeep(): boolean;
  /**
   * The page's modal dialogs inside its shadow roots, as the last look found them, less those closed since: where
   * Lede's UI must live to take the reader's clicks (everything outside a modal dialog is inert).
   */
  deepModals(): Element[];
  /** Stops watching (the element stays where it is). */
  destroy(): void;
}

/** Shows `el` again as a manual popover: the last shown, it is drawn above everything else in the top layer. */
function showLast(el: HTMLElement): void {
  if (!el.hasAttribute('popover')) el.setAttribute('popover', 'manual');
  try {
    if (el.matches(':popover-open')) el.hidePopover();
    el.showPopover();
  } catch {
    // Not connected, or the page's script toggled it in between: the next opening of the page's tries again.
  }
}

/** Options of keepOnTop. */
export interface KeepOnTopOptions {
  /** Lede's elements of a higher rank stay above those of a lower one (the toolbar's host 1, the paint's 0). */
  rank?: number;
  /** The budget when full: raises in a row before Lede answers the page only as fast as it refills. Default MAX_RAISES. */
  max?: number;
  /** Raises the budget gains a second. Default RAISES_PER_SECOND. */
  perSecond?: number;
  /** The clock in milliseconds. Default the document's `performance.now()`. */
  now?: () => number;
  /**
   * Called whenever the page's top layer may have changed (a dialog opened or closed, a popover toggled, fullscreen),
   * before the raise, and still after the raises ran out: the toolbar's host moves in and out of a modal dialog there.
   */
  onChange?: () => void;
  /**
   * Called when the element was lifted (lift()) and the page keeps taking it out of the top layer faster than the
   * budget answers: it may now lie under something of the page's.
   */
  onBuried?: () => void;
  /**
   * An element's shadow root as lookDeep() may read it: the content script passes one that reaches closed roots.
   * Default: open roots only.
   */
  rootOf?: (el: Element) => ShadowRoot | null;
}

/**
 * Watches `doc` for the page putting its own elements in the top layer (a dialog's `open`, a popover's `toggle`,
 * `fullscreenchange`) and raises `el` above them while its budget lasts (`max` in a row, refilled at `perSecond`);
 * Lede's elements of a higher `rank` already there are shown again above it. `el` gets `popover="manual"` only once
 * needed. Returns null where the engine has no Popover API (nothing to do there).
 */
export function keepOnTop(el: HTMLElement, doc: Document, opts: KeepOnTopOptions = {}): TopLayerKeeper | null {
  if (typeof el.showPopover !== 'function') return null;
  const { rank = 0, max = MAX_RAISES, perSecond = RAISES_PER_SECOND, onChange, onBuried } = opts;
  const rootOf = opts.rootOf ?? ((e: Element) => e.shadowRoot);
  const view = doc.defaultView as (Window & { MutationObserver?: typeof MutationObserver }) | null;
  const now = opts.now ?? (() => view?.performance?.now() ?? 0);
  ours.set(el, rank);
  let budget = max;
  let filled = now();
  let under = false;
  let lifted = false;
  /** Shows `el` last in the top layer, then Lede's elements of a higher rank already there above it. */
  const show = (): void => {
    under = false;
    if (!el.isConnected) return;
    showLast(el);
    for (const [other, r] of ours)
      if (other !== el && r > rank && other.isConnected && other.matches(':popover-open'))
        showLast(other as HTMLElement);
  };
  const raise = (): void => {
    under = false;
    if (el.isConnected && (lifted || pageUsesTopLayer(doc))) show();
  };
  const lift = (): void => {
    lifted = true;
    show();
  };
  const settle = (): void => {
    if (!lifted) return;
    lifted = false;
    try {
      if (!pageUsesTopLayer(doc) && el.matches(':popover-open')) el.hidePopover();
    } catch {
      // Already out of the top layer, or taken out of the document: nothing to settle.
    }
  };
  /** Takes one raise from the budget, refilled since the last; false (the element may lie under) when none is left. */
  const spend = (): boolean => {
    const t = now();
    budget = Math.min(max, budget + ((t - filled) * perSecond) / 1000);
    filled = t;
    if (budget < 1) {
      under = true;
      return false;
    }
    budget--;
    return true;
  };
  /** The page changed its top layer: raise while the budget lasts, else the element may lie under the page's. */
  const answer = (): void => {
    if (!el.isConnected || !pageUsesTopLayer(doc)) {
      under = false;
      return;
    }
    if (spend()) raise();
  };
  /**
   * The page hid the element itself, lifted or raised above its own top layer (it is in the page's DOM, so
   * `hidePopover()` reaches it, red team 27): shown again while the budget lasts.
   */
  const onOwnToggle = (e: Event): void => {
    if ((e as Event & { newState?: string }).newState !== 'closed' || el.matches(':popover-open')) return;
    if (!lifted && !pageUsesTopLayer(doc)) return;
    if (spend()) show();
    else if (lifted) onBuried?.();
  };
  el.addEventListener('toggle', onOwnToggle);
  let deep: ShadowTopLayer | null = null;
  /** The page's top-layer elements in its shadow roots at the last look: one not among them was shown since. */
  let deepBefore = new Set<Element>();
  /** The modal dialogs among them. */
  let modalsBefore: Element[] = [];
  const isModal = (e: Element): boolean => {
    try {
      return e.isConnected && e.matches(':modal');
    } catch {
      return false;
    }
  };
  const lookDeep = (): boolean => {
    if (!el.isConnected) return false;
    deep ??= new ShadowTopLayer(doc, rootOf);
    const found = deep.look();
    const fresh = found.some((e) => !deepBefore.has(e));
    deepBefore = new Set(found);
    // A modal dialog shown in a root since the last look is the topmost (as one seen opening in the document is), and
    // one shown or closed there moves Lede's UI host in or out of it (onChange): outside it, the UI was inert.
    const modals = found.filter(isModal);
    for (const m of modals) if (!modalsBefore.includes(m)) openedAt.set(m, ++openings);
    const modalsChanged = modals.length !== modalsBefore.length || modals.some((m) => !modalsBefore.includes(m));
    modalsBefore = modals;
    if (modalsChanged) onChange?.();
    if (found.length === 0 || (!fresh && el.matches(':popover-open'))) return false;
    show();
    return true;
  };
  const changed = (): void => {
    onChange?.();
    answer();
  };
  const onToggle = (e: Event): void => {
    const target = e.target as Element | null;
    // A dialog's opening is seen by its `open` attribute (engines that fire `toggle` on dialogs too would count it twice).
    if (!target || ours.has(target) || target.localName === 'dialog') return;
    // A popover closing frees the top layer: nothing to raise above (a tooltip's every closing would spend a raise).
    onChange?.();
    if ((e as Event & { newState?: string }).newState === 'open') answer();
    else if (!pageUsesTopLayer(doc)) under = false;
  };
  const MO = view?.MutationObserver;
  // A dialog shown or closed (modal or not: `open` is set either way; raise() checks whether it is modal).
  const dialogs = MO
    ? new MO((records) => {
        for (const r of records) {
          const el = r.target as Element;
          if (!ours.has(el) && el.hasAttribute('open')) openedAt.set(el, ++openings);
        }
        if (records.some((r) => !ours.has(r.target as Element))) changed();
      })
    : null;
  if (doc.documentElement)
    dialogs?.observe(doc.documentElement, { attributes: true, attributeFilter: ['open'], subtree: true });
  doc.addEventListener('toggle', onToggle, true);
  doc.addEventListener('fullscreenchange', changed);
  changed();
  return {
    raise,
    lift,
    settle,
    buried: () => under,
    lookDeep,
    deepModals: () => modalsBefore.filter(isModal),
    destroy: () => {
      dialogs?.disconnect();
      doc.removeEventListener('toggle', onToggle, true);
      doc.removeEventListener('fullscreenchange', changed);
      el.removeEventListener('toggle', onOwnToggle);
      ours.delete(el);
    },
  };
}
