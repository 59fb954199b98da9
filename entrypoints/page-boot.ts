// The content script every http(s) page loads (declared in wxt.config.ts): the bootstrap, a few hundred bytes of
// listeners; it touches no extension API until the reader or the background wakes it. An unlisted script rather than defineContentScript, so WXT's content-script context (which posted a
// message naming the extension to every page, and could be switched off by any page) is not part of it.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startBoot } from './content/boot';
import type { ExtensionApi } from './content/handoff';

declare const chrome: ExtensionApi;

export default defineUnlistedScript(() => {
  // The browser's own API object of this isolated world, chosen at build time: Chrome's chrome.* returns promises
  // (no polyfill), Firefox's browser.* too. Never looked up at run time by name, which a page element could answer.
  // (Read off globalThis: a bare `browser` would make the build inject the whole webextension-polyfill here.)
  // Passed as a function: the top frame touches no extension API at load (entrypoints/content/boot.ts).
  // Firefox's background does not see frame URLs (no `webNavigation`, which would add an install warning there), so
  // its subframes ask for themselves.
  startBoot(
    window,
    () => (import.meta.env.FIREFOX ? (globalThis as unknown as { browser: ExtensionApi }).browser : chrome),
    { framesAsk: import.meta.env.FIREFOX },
  );
});
