// The background asks instead of the page (issue #13): the bootstrap touches no extension API at load, so the
// background watches each tab's top-frame URL (`tabs.onUpdated`, including single-page route changes) and, in Chrome,
// each subframe's (`webNavigation`), and only where that URL's site has notes wakes the frame's bootstrap, which then
// asks about its page as before. Pages whose site has no notes pay for nothing. The URL is the browser's own record
// of the tab or frame, never anything the page says.
import type { WakeOutcome } from '../../lib/page-wake';
import type { WakeReason } from '../../lib/page-wake-key';

/** The parts of a `tabs.onUpdated` event this reads. */
export interface TabChange {
  status?: string;
  url?: string;
}
export interface TabNow {
  status?: string;
  url?: string;
}

/**
 * The top-frame URL to look up after a `tabs.onUpdated` event, or null. A page load is looked up once it is
 * complete (its head, with the canonical it declares, is parsed by then); a new URL in a tab that is not loading is a single-page route
 * change (or a fragment jump, which the page side tells apart). Only http(s) pages have a bootstrap.
 */
export function urlToCheck(change: TabChange, tab: TabNow): string | null {
  let url: string | undefined;
  if (change.status === 'complete') url = tab.url ?? change.url;
  else if (change.url !== undefined && change.status === undefined && tab.status !== 'loading') url = change.url;
  return url !== undefined && /^https?:\/\//i.test(url) ? url : null;
}

/** How often, and how long apart, a bootstrap that has not run yet is called again. */
const ABSENT_TRIES = 4;
const ABSENT_WAIT_MS = 250;

export interface PageWatchDeps {
  onUpdated: { addListener(fn: (tabId: number, change: TabChange, tab: TabNow) => void): void };
  /** The owner-scope check of `pageNotes` (entrypoints/background/handlers.ts). */
  siteMayHaveNotes(location: string): Promise<boolean>;
  wake(tabId: number, reason: WakeReason): Promise<WakeOutcome>;
  sleep?: (ms: number) => Promise<void>;
}

/** Wakes one frame's bootstrap for its notes, calling again a few times while it has not run yet. */
async function wakeForNotes(
  deps: Pick<PageWatchDeps, 'siteMayHaveNotes'> & { wake(reason: WakeReason): Promise<WakeOutcome> },
  url: string,
  sleep: (ms: number) => Promise<void>,
): Promise<void> {
  if (!(await deps.siteMayHaveNotes(url))) return;
  for (let i = 0; i < ABSENT_TRIES; i++) {
    if ((await deps.wake('notes')) !== 'absent') return;
    await sleep(ABSENT_WAIT_MS); // the content script has not run yet
  }
}

const defaultSleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));
const warn = (err: unknown) => console.warn('[lede] could not look up the tab’s notes', err);

/** Wakes a tab's page side whenever its top frame shows a URL whose site has notes. */
export function watchPages(deps: PageWatchDeps): void {
  const sleep = deps.sleep ?? defaultSleep;
  deps.onUpdated.addListener((tabId, change, tab) => {
    const url = urlToCheck(change, tab);
    if (url === null) return;
    wakeForNotes({ ...deps, wake: (reason) => deps.wake(tabId, reason) }, url, sleep).catch(warn);
  });
}

/** How long, and how often, a loading tab is called until its document at the loading URL is parsed (Firefox). */
const PARSED_TRIES = 60;
const PARSED_WAIT_MS = 250;

export interface LoadingWatchDeps {
  onUpdated: PageWatchDeps['onUpdated'];
  siteMayHaveNotes(location: string): Promise<boolean>;
  /** Wakes the tab's top frame only where its document is at `parsedAt` and parsed (else `absent`). */
  wake(tabId: number, reason: WakeReason, parsedAt: string): Promise<WakeOutcome>;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Firefox, which has no `webNavigation` here (it would add an install warning): a tab that starts loading a URL whose
 * site has notes is called every 250 ms, for up to 15 s, until its document at that URL is parsed, and woken then,
 * not only at the load's end (see `FrameWatchDeps.onDOMContentLoaded`, Chrome's way). While the browser is between
 * documents the call is refused or finds the one before: both are called again. {@link watchPages} still wakes at the
 * load's end; a bootstrap woken twice asks once.
 */
export function watchLoadingPages(deps: LoadingWatchDeps): void {
  const sleep = deps.sleep ?? defaultSleep;
  /** The URL each tab is being called for: one round of calls per load. */
  const calling = new Map<number, string>();
  deps.onUpdated.addListener((tabId, change, tab) => {
    const url = change.status === 'loading' ? (change.url ?? tab.url) : undefined;
    if (url === undefined || !/^https?:\/\//i.test(url) || calling.get(tabId) === url) return;
    calling.set(tabId, url);
    void (async () => {
      if (!(await deps.siteMayHaveNotes(url))) return;
      for (let i = 0; i < PARSED_TRIES && calling.get(tabId) === url; i++) {
        if ((await deps.wake(tabId, 'notes', url)) === 'woken') return;
        await sleep(PARSED_WAIT_MS);
      }
    })()
      .catch(warn)
      .finally(() => {
        if (calling.get(tabId) === url) calling.delete(tabId);
      });
  });
}

/** The parts of a `webNavigation` event this reads. */
export interface FrameNavigation {
  tabId: number;
  frameId: number;
  url: string;
}

export interface FrameWatchDeps {
  /**
   * `webNavigation.onDOMContentLoaded`: a frame's document is parsed (its head with the canonical it declares, and the
   * bootstrap, which runs at document_start, is there). The top frame's included: a news page's ads and trackers can
   * keep its load going for a minute or for ever, and a wake at the load's end alone left the reader's highlights
   * unpainted all that time (honest reader, wave 33: blind page aeb/65408257dbe4 was still loading after 36 s).
   */
  onDOMContentLoaded?: { addListener(fn: (details: FrameNavigation) => void): void };
  /** `webNavigation.onCompleted`: a frame's document has loaded. */
  onCompleted: { addListener(fn: (details: FrameNavigation) => void): void };
  /** `webNavigation.onHistoryStateUpdated`: a frame's single-page route changed. */
  onHistoryStateUpdated: { addListener(fn: (details: FrameNavigation) => void): void };
  siteMayHaveNotes(location: string): Promise<boolean>;
  wake(tabId: number, reason: WakeReason, frameId: number): Promise<WakeOutcome>;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Chrome: wakes a subframe's bootstrap whenever the frame shows a URL whose site has notes, as {@link watchPages}
 * does for the top frame (which it leaves to `tabs.onUpdated`, but for the parsed document: `onDOMContentLoaded`).
 * Only http(s) frames have a bootstrap. A bootstrap woken twice for one document asks once (boot.ts).
 */
export function watchFrames(deps: FrameWatchDeps): void {
  const sleep = deps.sleep ?? defaultSleep;
  const wakeFrame = ({ tabId, frameId, url }: FrameNavigation) => {
    if (!/^https?:\/\//i.test(url)) return;
    wakeForNotes({ ...deps, wake: (reason) => deps.wake(tabId, reason, frameId) }, url, sleep).catch(warn);
  };
  const onFrame = (details: FrameNavigation) => {
    if (details.frameId !== 0) wakeFrame(details);
  };
  deps.onDOMContentLoaded?.addListener(wakeFrame);
  deps.onCompleted.addListener(onFrame);
  deps.onHistoryStateUpdated.addListener(onFrame);
}
