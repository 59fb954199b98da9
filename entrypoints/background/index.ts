// Background: the only owner of IndexedDB. Opens the store, registers the message handlers, menus and commands.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { provideStore } from '../../core/store';
import { registerBackgroundHandlers } from '../../lib/background-messages';
import { sendToTab } from '../../lib/messaging';
import { t } from '../../lib/i18n';
import { createBackupRunner, watchBackupSchedule } from '../../lib/scheduled-backup';
import { storeBackupSource } from './backup-source';
import { loadRevisionSetting } from '../../lib/revision-setting';
import { createBackground } from './handlers';
import { capturePageAtFirstHighlight } from './reading-copy-capture';

const MENU_ID = 'lede-highlight';

export default defineBackground(() => {
  // The service worker can be stopped at any time; the store is opened on first use after each start, and again
  // after the browser or another context closed it (a `versionchange` from an upgrade, a storage reset): a dead
  // handle would make every later save fail until the next restart.
  const getStore = provideStore(indexedDB, () => new Date());

  // The scheduled backup (Firefox, where no folder can be chosen): checked when the background starts, when the
  // reader changes the schedule, and after every change to the notes. No alarm: with no change there is nothing
  // new to back up, and the check at start covers a browser that was closed (see wxt.config.ts, permissions).
  // Chrome writes the reader's chosen folder instead, and its manifest offers no downloads permission.
  const runBackup = createBackupRunner(storeBackupSource(getStore));
  const backupIfDue = import.meta.env.FIREFOX
    ? () => void runBackup().catch((err: unknown) => console.warn('[lede] backup failed', err))
    : () => undefined;
  backupIfDue();
  if (import.meta.env.FIREFOX) watchBackupSchedule(backupIfDue);

  const capture = {
    getStore,
    collect: (tabId: number) => sendToTab(tabId, 'collectPage', {}),
    keeps: async () => (await loadRevisionSetting()).keep,
    now: () => new Date(),
  };
  const background = createBackground(getStore, undefined, {
    onNotesChanged: backupIfDue,
    onFirstHighlight: (tabId, articleKey) =>
      void capturePageAtFirstHighlight(capture, tabId, articleKey).catch((err: unknown) =>
        console.warn('[lede] the page as read could not be kept', err),
      ),
  });
  registerBackgroundHandlers(background.handlers, (msg) => console.warn('[lede]', msg));

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
  browser.tabs.onRemoved.addListener((tabId) => void background.state.forgetTab(tabId));
});
