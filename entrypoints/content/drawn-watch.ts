// Whether the reader can see one of Lede's controls as Lede drew it before a click on it acts. A page can fade the
// body that holds Lede's host, or lay its own layer over a control with `pointer-events: none`, and lure the
// reader's click onto Delete or Undo. Chromium says whether an element is drawn as it is (not faded, filtered,
// transformed or covered by anything: IntersectionObserver v2, `trackVisibility`); everywhere, the element's opacity
// with its ancestors' is read too (all Firefox has).

import { composedParent } from '../../core/anchoring/dom/composed-parent';

/** Below this opacity (the element's, its host's and their ancestors' together), the page has faded it. */
const FADED = 0.9;

/** The page fades or hides `el` (opacity, visibility) through it or an ancestor, across Lede's shadow root. */
export function fadedByPage(el: Element, view: Window): boolean {
  let opacity = 1;
  for (let at: Element | null = el; at; ) {
    const style = view.getComputedStyle(at);
    if (style.visibility !== 'visible') return true;
    opacity *= Number.parseFloat(style.opacity);
    at = composedParent(at);
  }
  return opacity < FADED;
}

export class DrawnWatch {
  private readonly drawn = new WeakMap<Element, boolean | undefined>();
  private observer: IntersectionObserver | null = null;

  constructor(private readonly view: Window) {
    const IO = (view as Window & { IntersectionObserver?: typeof IntersectionObserver }).IntersectionObserver;
    if (!IO) return;
    try {
      const options = { trackVisibility: true, delay: 100, threshold: [0] } as IntersectionObserverInit;
      this.observer = new IO((entries) => {
        for (const e of entries)
          this.drawn.set(e.target, (e as IntersectionObserverEntry & { isVisible?: boolean }).isVisible);
      }, options);
    } catch {
      this.observer = null; // an engine that refuses the options: the opacity check alone decides
    }
  }

  /** Starts watching `el` (a control about to be shown). */
  watch(el: Element): void {
    this.observer?.observe(el);
  }

  unwatch(el: Element): void {
    this.observer?.unobserve(el);
    this.drawn.delete(el);
  }

  /** The reader can see `el` as Lede drew it: the browser did not report it hidden or covered, and it is not faded. */
  seen(el: Element): boolean {
    return this.drawn.get(el) !== false && !fadedByPage(el, this.view);
  }
}
