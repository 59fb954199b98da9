// Commands to a tab's content script, waking the page side first when it sleeps (lib/page-wake.ts). The commands
// are declared in lib/messaging.ts (`ContentProtocol`) and checked on arrival by lib/content-messages.ts.
import { browser } from 'wxt/browser';
import type { ContentMessage, ContentProtocol, Envelope } from './messaging';
import { wakePage } from './page-wake';

/** Failure of one `tabs.sendMessage`: no frame of the tab listens, or the tab cannot be messaged. */
const UNREACHABLE = Symbol('unreachable');

async function messageTab(tabId: number, message: unknown): Promise<unknown> {
  try {
    return await browser.tabs.sendMessage(tabId, message);
  } catch {
    return UNREACHABLE;
  }
}

/**
 * Sends a command to a tab's content script; a tab without Lede's script becomes `{ ok: false }` with a reason.
 * A page's bootstrap sleeps until needed (no listener, no extension API at load: issue #13), so when no frame
 * answers, the page side is woken (`scripting.executeScript`, lib/page-wake.ts) and the command sent once more.
 */
export async function sendToTab<K extends ContentMessage>(
  tabId: number,
  type: K,
  data: ContentProtocol[K]['req'],
): Promise<ContentProtocol[K]['res']> {
  const message = { lede: 1, type, data } satisfies Envelope<K, unknown>;
  let reply = await messageTab(tabId, message);
  if (reply === undefined || reply === UNREACHABLE) {
    // A highlight command is for whichever frame holds the selection; every other command for the top frame.
    const woken = type === 'highlightSelection' ? wakePage(tabId, 'selection', 'all') : wakePage(tabId, 'listen');
    if ((await woken) === 'woken') reply = await messageTab(tabId, message);
  }
  if (reply === undefined) return { ok: false, reason: 'This page did not answer.' };
  if (reply === UNREACHABLE)
    return {
      ok: false,
      reason:
        'Lede cannot read this page (browser pages, the web store and the PDF viewer are off limits to extensions), or it is still loading.',
    };
  return reply as ContentProtocol[K]['res'];
}
