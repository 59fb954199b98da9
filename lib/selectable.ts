// Lede's rule that makes a page's text selectable again once the reader asked ("Let me select",
// entrypoints/content/selection-allow.ts), and the background's way of adding it where no page can outrank or remove it.
import { browser } from 'wxt/browser';

/** Every element's text selectable, over the page's own rules. */
export const SELECTABLE_CSS =
  '*, *::before, *::after { -webkit-user-select: text !important; user-select: text !important; }';

/**
 * Adds SELECTABLE_CSS to frame `frameId` of tab `tabId` as a user style sheet: in the cascade a user `!important`
 * declaration outranks every author one, a page's inline `style="user-select: none !important"` included, and the
 * sheet is in no list a page's script can read or change. False when the browser refused (no permission for the
 * frame, an API it lacks). Never throws.
 */
export async function insertSelectable(tabId: number, frameId: number): Promise<boolean> {
  const scripting = (browser as { scripting?: typeof browser.scripting }).scripting;
  if (!scripting?.insertCSS) return false;
  try {
    await scripting.insertCSS({ target: { tabId, frameIds: [frameId] }, css: SELECTABLE_CSS, origin: 'USER' });
    return true;
  } catch {
    return false;
  }
}
