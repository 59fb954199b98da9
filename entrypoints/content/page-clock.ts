// Waits the page cannot cancel. In Chromium a content script's setTimeout, requestAnimationFrame and
// requestIdleCallback take their ids from the same per-window lists as the page's own scripts, so a page that calls
// clearTimeout (cancelAnimationFrame, cancelIdleCallback) over every id up to a fresh one cancels Lede's waits too:
// the read of the reader's selection after a drag, the toolbar's offer, the painter's next placing and the route
// watch's settling then never came, and Lede waited for ever (red team 55). AbortSignal.timeout's timer has no id
// anywhere a page can name; frames and idle moments are raced with one, so a cancelled one only comes later.

/** Cancels a wait that has not run yet (nothing once it has). */
export type Cancel = () => void;

/** The signals waiting, held so none is collected before it fires (its listener is all that refers to it). */
const pending = new Set<AbortSignal>();

type TimeoutSignal = { timeout?: (ms: number) => AbortSignal };

/** Runs `fn` once after `ms` milliseconds, unless cancelled. */
export function later(fn: () => void, ms: number): Cancel {
  let live = true;
  const timeout = (AbortSignal as unknown as TimeoutSignal).timeout;
  if (typeof timeout !== 'function') {
    // Browsers before AbortSignal.timeout (Chrome 103, Firefox 100): a plain timer, cancellable by the page.
    const id = globalThis.setTimeout(() => {
      if (live) {
        live = false;
        fn();
      }
    }, ms);
    return () => {
      live = false;
      globalThis.clearTimeout(id);
    };
  }
  const signal = timeout.call(AbortSignal, Math.max(0, ms));
  pending.add(signal);
  signal.addEventListener(
    'abort',
    () => {
      pending.delete(signal);
      if (!live) return;
      live = false;
      fn();
    },
    { once: true },
  );
  return () => {
    live = false;
    pending.delete(signal);
  };
}

/** Runs `fn` once, at whichever comes first of `start`'s callback and `ms` milliseconds (unless cancelled). */
function raced(start: (run: () => void) => void, fn: () => void, ms: number): Cancel {
  let live = true;
  const run = () => {
    if (!live) return;
    live = false;
    stop();
    fn();
  };
  const stop = later(run, ms);
  start(run);
  return () => {
    live = false;
    stop();
  };
}

/** How long a frame asked for may take before the placing runs anyway (a page cancelled it, or it never renders). */
const FRAME_FALLBACK_MS = 100;

/** Runs `fn` before `view`'s next frame; after FRAME_FALLBACK_MS at the latest. */
export function beforeFrame(view: Window, fn: () => void): Cancel {
  return raced(
    (run) => {
      if (typeof view.requestAnimationFrame === 'function') view.requestAnimationFrame(run);
    },
    fn,
    FRAME_FALLBACK_MS,
  );
}

/**
 * Runs `fn` at an idle moment of `view`'s, within `ms` milliseconds either way; after `withoutIdleMs` where the
 * browser has no idle callback.
 */
export function whenIdle(view: Window, fn: () => void, ms: number, withoutIdleMs = ms): Cancel {
  const idle = (view as { requestIdleCallback?: (fn: () => void, o: { timeout: number }) => void }).requestIdleCallback;
  if (typeof idle !== 'function') return later(fn, withoutIdleMs);
  return raced((run) => idle.call(view, run, { timeout: ms }), fn, ms);
}
