// Single-page sites change the article without a page load, and update <head> (title, canonical) some time after
// the route itself. This reports a route change only once the page has settled, so the new article's key is read
// from the new head, never the old one.
import { withoutAnchor } from '../../core/article/hash-route';

/** What identifies the article in <head>; it changes when a site has finished switching stories. */
function headSignature(doc: Document): string {
  const canonical = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? '';
  const og = doc.querySelector('meta[property="og:url" i], meta[name="og:url" i]')?.getAttribute('content') ?? '';
  return `${doc.title}\n${canonical}\n${og}`;
}

/**
 * Where a route is: the URL without its fragment (a jump to an anchor is not a new article), except a hash route
 * (`#!/story/2`, `#/news/a`), which is one.
 */
export const routeOf = (href: string): string => withoutAnchor(href);

const POLL_MS = 1000;
const SETTLE_STEP_MS = 100;
/** The head must stay the same this long after changing to count as settled. */
const QUIET_MS = 300;
/** A site that never updates its head is taken as settled after this long. */
const MAX_WAIT_MS = 2500;

export interface RouteTimers {
  setTimeout(fn: () => void, ms: number): unknown;
}

/**
 * Calls `onSettled(url, headChanged)` after each route change once the page has settled: its head changed and then
 * stayed the same for a moment, or the wait ran out (`headChanged` false: the head still describes the old route).
 * Watches with the Navigation API where there is one, else a once-a-second look at the URL.
 */
export function watchRoutes(
  win: Window,
  timers: RouteTimers,
  onSettled: (url: string, headChanged: boolean) => void,
): void {
  const doc = win.document;
  let route = routeOf(win.location.href);
  let head = headSignature(doc);
  let settling = false;

  const settle = () => {
    const started = Date.now();
    let seen = head;
    let seenAt = started;
    const step = () => {
      const now = Date.now();
      const current = headSignature(doc);
      if (current !== seen) {
        seen = current;
        seenAt = now;
      }
      const changed = current !== head;
      if ((changed && now - seenAt >= QUIET_MS) || now - started >= MAX_WAIT_MS) {
        settling = false;
        head = current;
        onSettled(win.location.href, changed);
        check(); // the route may have moved on while settling
        return;
      }
      timers.setTimeout(step, SETTLE_STEP_MS);
    };
    timers.setTimeout(step, SETTLE_STEP_MS);
  };

  const check = () => {
    const now = routeOf(win.location.href);
    if (now === route || settling) return;
    route = now;
    settling = true;
    settle();
  };

  const nav = (win as { navigation?: EventTarget }).navigation;
  if (nav && typeof nav.addEventListener === 'function') {
    // currententrychange fires for pushState/replaceState too (navigatesuccess does not for every one).
    nav.addEventListener('currententrychange', check);
  } else {
    const poll = () => {
      check();
      timers.setTimeout(poll, POLL_MS);
    };
    timers.setTimeout(poll, POLL_MS);
  }
  win.addEventListener('popstate', check);
}
