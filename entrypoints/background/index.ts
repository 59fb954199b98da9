// Background: the only owner of IndexedDB. Opens the store, registers the message handlers, menus and commands.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { LedeStore, openLedeDb } from '../../core/store';
import { registerBackgroundHandlers } from '../../lib/background-messages';
import { sendToTab } from '../../lib/messaging';
import { t } from '../../lib/i18n';
import { createHandlers, forgetTab } from './handlers';

const MENU_ID = 'lede-highlight';

export default defineBackground(() => {
  // The service worker can be stopped at any time; the store is opened on first use after each start.
  let store: Promise<LedeStore> | null = null;
  const getStore = () => {
    store ??= openLedeDb(indexedDB).then((db) => new LedeStore(db, () => new Date()));
    store.catch(() => {
      store = null; // let the next message try again instead of caching a failure
    });
    return store;
  };

  registerBackgroundHandlers(createHandlers(getStore), (msg) => console.warn('[lede]', msg));

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: t('menuHighlight'), contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) void sendToTab(tab.id, 'highlightSelection', {});
  });
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'highlight-selection') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) void sendToTab(tab.id, 'highlightSelection', {});
  });
  browser.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));
});
