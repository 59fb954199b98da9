// The background's (and extension pages') way into a tab whose top-frame bootstrap sleeps: the bootstrap touches no
// extension API at load (issue #13), so it has no message listener until woken. `scripting.executeScript` runs a
// small function in Lede's own isolated world of the tab's frame(s) that calls the bootstrap's wake function; the
// page's scripts never see that world. Needs `scripting` and host permissions (wxt.config.ts).
import { browser } from 'wxt/browser';
import { type NoteResume, WAKE_KEY, type WakeReason } from './page-wake-key';

/** How long a wake call may take (the page script's import included) before the tab counts as unreachable. */
const WAKE_TIMEOUT_MS = 10_000;

/**
 * `woken`: a bootstrap took the call; `absent`: no bootstrap in the frame (yet); `refused`: cannot script the tab, or
 * no frame took the call (no frame holds a selection).
 */
export type WakeOutcome = 'woken' | 'absent' | 'refused';

/**
 * Runs in the tab, sent as source: no closure, no imports. Resolves to what the wake function returns (true once
 * the page side is listening), or 'absent'.
 */
function callWake(
  key: string,
  reason: WakeReason,
  parsedAt: string | null,
  note: NoteResume | null,
): Promise<unknown> | unknown {
  // Called while a tab loads (Firefox, page-watch.ts): the document before it, or this one still being parsed (its
  // head and canonical not read yet), is not the one meant.
  if (parsedAt !== null && (location.href !== parsedAt || document.readyState === 'loading')) return 'absent';
  const wake = (window as unknown as Record<symbol, unknown>)[Symbol.for(key)];
  return typeof wake === 'function'
    ? (wake as (r: WakeReason, n: NoteResume | null) => unknown)(reason, note)
    : 'absent';
}

/**
 * Runs Lede's page script (`page-main.js`, the rest of the page side) in frame `frameId` of tab `tabId`, in Lede's
 * isolated world, where the frame's bootstrap has handed it its state. Injected by the browser, not fetched by the
 * page's document: a page calling `window.stop()` cannot abort it as it aborts the bootstrap's `import()`. True once
 * the file has run. Never throws.
 */
export async function injectPageScript(tabId: number, frameId: number): Promise<boolean> {
  const scripting = (browser as { scripting?: typeof browser.scripting }).scripting;
  if (!scripting) return false;
  try {
    await scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [PAGE_SCRIPT_FILE] });
    return true;
  } catch {
    return false;
  }
}

/** The rest of the page side, as built (an unlisted script: entrypoints/page-main.ts). */
const PAGE_SCRIPT_FILE = '/page-main.js';

/**
 * Wakes the bootstrap of `tabId` for `reason`: in its top frame (the default), in one frame by id, or in every frame
 * (`'all'`, for `selection`: only the frame holding the selection takes the call). `woken` when any frame took it,
 * `absent` when no frame has a bootstrap yet, or (with `parsedAt`) none whose document is at that URL and parsed.
 * Never throws.
 */
export async function wakePage(
  tabId: number,
  reason: WakeReason,
  frame: number | 'all' = 0,
  parsedAt: string | null = null,
  note: NoteResume | null = null,
): Promise<WakeOutcome> {
  const scripting = (browser as { scripting?: typeof browser.scripting }).scripting;
  if (!scripting) return 'refused';
  try {
    // At once, not at document_idle: a page whose document never finishes loading would otherwise keep the caller
    // (the popup) waiting for ever; its bootstrap has not run yet, so the answer is `absent`. Bounded all the same.
    const injected = scripting.executeScript({
      target: frame === 'all' ? { tabId, allFrames: true } : { tabId, frameIds: [frame] },
      func: callWake,
      args: [WAKE_KEY, reason, parsedAt, note],
      injectImmediately: true,
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, fail) => {
      timer = setTimeout(() => fail(new Error('the page did not answer the wake call')), WAKE_TIMEOUT_MS);
    });
    const results = await Promise.race([injected, timeout]).finally(() => clearTimeout(timer));
    const values = results.map((r) => r?.result);
    if (values.includes(true)) return 'woken';
    return values.length > 0 && values.every((v) => v === 'absent') ? 'absent' : 'refused';
  } catch {
    // A browser page, the web store, a PDF, a tab still loading or closed: nothing to wake.
    return 'refused';
  }
}
