// The lifetime of Lede's page side, in place of WXT's ContentScriptContext (which announced itself to the page with
// a window message naming the extension, and let any page switch it off by re-sending that message). Here nothing
// is posted or listened for on the page's window: the session ends only when the extension itself is gone
// (`runtime.id` absent after an update, reload or removal), checked whenever a listener or timer fires.
import { type Cancel, later } from './page-clock';

export class PageLife {
  private cleanups: (() => void)[] = [];
  private timers = new Set<Cancel>();
  private dead = false;

  /** `isAlive` reports whether the extension is still installed (reads the browser's own runtime.id). */
  constructor(private readonly isAlive: () => boolean) {}

  get isInvalid(): boolean {
    return this.dead;
  }

  /** True while the extension is alive; the first time it is not, runs every cleanup. */
  check(): boolean {
    if (this.dead) return false;
    let alive = false;
    try {
      alive = this.isAlive();
    } catch {
      // Reading runtime.id of a removed extension can throw in some engines: gone all the same.
    }
    if (!alive) this.end();
    return alive;
  }

  /** Adds a listener that runs only while the extension is alive, removed when the session ends. */
  listen<E extends Event>(
    target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>,
    type: string,
    fn: (e: E) => void,
    opts?: AddEventListenerOptions,
  ): void {
    const wrapped = (e: Event) => {
      if (this.check()) fn(e as E);
    };
    target.addEventListener(type, wrapped, opts);
    this.cleanups.push(() => target.removeEventListener(type, wrapped, opts));
  }

  /**
   * A timer that does not fire after the session ended, and that the page cannot cancel (page-clock.ts). Returns what
   * cancels it.
   */
  setTimeout(fn: () => void, ms: number): Cancel {
    const cancel = later(() => {
      this.timers.delete(cancel);
      if (this.check()) fn();
    }, ms);
    this.timers.add(cancel);
    return () => {
      this.timers.delete(cancel);
      cancel();
    };
  }

  onEnded(fn: () => void): void {
    if (this.dead) fn();
    else this.cleanups.push(fn);
  }

  /** Ends the session now: every listener removed, every cleanup run once. */
  end(): void {
    if (this.dead) return;
    this.dead = true;
    for (const cancel of this.timers) cancel();
    this.timers.clear();
    for (const fn of this.cleanups.splice(0).reverse()) {
      try {
        fn();
      } catch {
        // One failing cleanup (a node the page already removed) must not stop the others.
      }
    }
  }
}
