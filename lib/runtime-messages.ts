// Messages through `browser.runtime`: commands from a page or content script to the background, and the
// background's broadcasts to the extension's pages. The messages themselves are declared in lib/messaging.ts.
import { browser, type Browser } from 'wxt/browser';
import { loadedAddress } from './loaded-address';
import type { BackgroundMessage, BackgroundProtocol, BroadcastEvents, Envelope } from './messaging';

/**
 * Where this document loaded, when it is a web page (a content script sends): its navigation entry's address, which
 * `history.pushState` does not change and the page cannot rewrite (see `loadedAt` in lib/messaging.ts). Undefined
 * in the extension's own pages and the background.
 */
export function documentLoadedAt(): string | undefined {
  const place = (globalThis as { location?: { protocol?: string } }).location;
  if (!place?.protocol || !/^https?:$/.test(place.protocol)) return undefined;
  return loadedAddress(globalThis);
}

/** Sends a command to the background and returns its reply; transport failures become `{ ok: false }`. */
export async function sendToBackground<K extends BackgroundMessage>(
  type: K,
  data: BackgroundProtocol[K]['req'],
): Promise<BackgroundProtocol[K]['res']> {
  try {
    const loadedAt = documentLoadedAt();
    const envelope: Envelope<K, unknown> = loadedAt ? { lede: 1, type, data, loadedAt } : { lede: 1, type, data };
    const reply = await browser.runtime.sendMessage(envelope);
    if (reply === undefined) return { ok: false, reason: 'Lede’s background did not answer. Try again.' };
    return reply as BackgroundProtocol[K]['res'];
  } catch (err) {
    return { ok: false, reason: `Lede’s background could not be reached (${String(err)}).` };
  }
}

/** Broadcasts an event to the extension's pages; nobody listening is not an error. */
export function broadcast<K extends keyof BroadcastEvents>(type: K, data: BroadcastEvents[K]): void {
  browser.runtime.sendMessage({ lede: 1, event: type, data }).catch(() => {
    // No extension page is open: nobody needs the event.
  });
}

/** Subscribes an extension page to a broadcast event; returns the unsubscribe function. */
export function onBroadcast<K extends keyof BroadcastEvents>(
  type: K,
  listener: (data: BroadcastEvents[K]) => void,
): () => void {
  const wrapped = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    const m = message as { lede?: unknown; event?: unknown; data?: unknown };
    if (m?.lede === 1 && m.event === type) listener(m.data as BroadcastEvents[K]);
    return undefined;
  };
  browser.runtime.onMessage.addListener(wrapped);
  return () => browser.runtime.onMessage.removeListener(wrapped);
}
