// Background: the only owner of IndexedDB. Opens the store, registers the message handlers, menus and commands.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { provideStore } from '../../core/store';
import { registerBackgroundHandlers } from '../../lib/background-messages';
import { sendToTab } from '../../lib/send-to-tab';
import { injectPageScript, wakePage } from '../../lib/page-wake';
import { insertSelectable } from '../../lib/selectable';
import { t } from '../../lib/i18n';
import { createBackupRunner, watchBackupSchedule } from '../../lib/scheduled-backup';
import { pruneTombstones } from '../../core/store/vault-records';
import { storeBackupSource } from './backup-source';
import { createBackgroundFolderWriter } from './folder-writer';
import { loadRevisionSetting } from '../../lib/revision-setting';
import { createBackground } from './handlers';
import { writeDraft } from '../../lib/note-draft';
import { type HoldScripting, noteHoldRegistration, watchNotes } from './note-watch';
import { watchFrames, watchLoadingPages, watchPages } from './page-watch';
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
  // After a backup went out, the deletions it carries may be pruned (core/vault/tombstone-policy.ts).
  const runBackup = createBackupRunner(storeBackupSource(getStore));
  const backupIfDue = import.meta.env.FIREFOX
    ? () =>
        void runBackup()
          .then(async (outcome) => {
            if (outcome.ran && outcome.schedule.lastRun)
              await pruneTombstones((await getStore()).db, { now: new Date(), backedUpAt: outcome.schedule.lastRun });
          })
          .catch((err: unknown) => console.warn('[lede] backup failed', err))
    : () => undefined;
  backupIfDue();
  if (import.meta.env.FIREFOX) watchBackupSchedule(backupIfDue);

  // Chrome: the reader's folder is written here, by the service worker, with the handle the library stored, within
  // seconds of every change whether or not a Lede page is open (entrypoints/background/folder-writer.ts).
  const folder = import.meta.env.FIREFOX ? null : createBackgroundFolderWriter(getStore, () => new Date());

  const capture = {
    getStore,
    collect: (tabId: number) => sendToTab(tabId, 'collectPage', {}),
    keeps: async () => (await loadRevisionSetting()).keep,
    now: () => new Date(),
  };
  // A page that replaces its document while the reader writes a note gets none of the note's keys: the new
  // document holds them at once and opens the note again (entrypoints/background/note-watch.ts, red team 56).
  const notes = watchNotes({
    onConnect: browser.runtime.onConnect,
    // Chrome: the browser's record of each frame's new document. Firefox has no `webNavigation` here: each new
    // document's note-hold script asks instead (`noteCut`).
    ...(import.meta.env.FIREFOX ? {} : { onCommitted: browser.webNavigation.onCommitted }),
    // The background's own origin: runtime.getURL would give the per-session dynamic URL of a web-accessible page
    // (Chrome), which is not the address the editor's port names as its sender.
    editorUrl: `${self.location.origin}/note-editor.html`,
    parentFrameOf: import.meta.env.FIREFOX
      ? async () => null
      : (tabId, frameId) =>
          browser.webNavigation
            .getFrame({ tabId, frameId })
            .then((f) => f?.parentFrameId ?? null)
            .catch(() => null),
    wake: (tabId, frameId, note) => wakePage(tabId, 'note', frameId, null, note),
    keepDraft: (note, draft) => writeDraft({ id: note.id, base: note.base, ...draft }),
    holding: noteHoldRegistration(browser.scripting as unknown as HoldScripting),
    now: () => Date.now(),
  });

  const background = createBackground(getStore, undefined, {
    noteClosed: (tabId, id) => notes.closed(tabId, id),
    noteCut: (tabId, frameId) => notes.cutFor(tabId, frameId),
    onNotesChanged: backupIfDue,
    ...(folder
      ? { onArticleChanged: (key: string | null) => folder.changed(key), writeFolder: () => folder.flush(true) }
      : {}),
    injectPageScript,
    allowSelecting: insertSelectable,
    onFirstHighlight: (tabId, articleKey) =>
      void capturePageAtFirstHighlight(capture, tabId, articleKey).catch((err: unknown) =>
        console.warn('[lede] the page as read could not be kept', err),
      ),
  });
  registerBackgroundHandlers(background.handlers, (msg) => console.warn('[lede]', msg));
  // The top frame's bootstrap never asks on load: the background looks up each tab's URL and wakes it where the site
  // has notes (entrypoints/background/page-watch.ts).
  watchPages({ onUpdated: browser.tabs.onUpdated, siteMayHaveNotes: background.siteMayHaveNotes, wake: wakePage });
  // Chrome: subframes sleep too, and are woken from their own URL (`webNavigation`, no install warning beside the
  // host permissions); every frame, the top one included, is woken once its document is parsed, not only once its
  // load ends. Firefox's subframes ask for themselves (entrypoints/page-boot.ts).
  // Firefox: the top frame is also called while its tab loads, and woken once its document is parsed.
  if (import.meta.env.FIREFOX)
    watchLoadingPages({
      onUpdated: browser.tabs.onUpdated,
      siteMayHaveNotes: background.siteMayHaveNotes,
      wake: (tabId, reason, parsedAt) => wakePage(tabId, reason, 0, parsedAt),
    });
  else
    watchFrames({
      onDOMContentLoaded: browser.webNavigation.onDOMContentLoaded,
      onCompleted: browser.webNavigation.onCompleted,
      onHistoryStateUpdated: browser.webNavigation.onHistoryStateUpdated,
      siteMayHaveNotes: background.siteMayHaveNotes,
      wake: wakePage,
    });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: t('menuHighlight'), contexts: ['selection'] });
  });
  // The context menu and the shortcut: the frame holding the reader's selection highlights it (sendToTab wakes a
  // sleeping top frame). This and sendToTab are also reachable from the worker's own console under symbols, which
  // is how the end-to-end tests run them (a headless browser can open neither the menu nor a shortcut, and a bare
  // tabs.sendMessage finds no listener in a sleeping top frame); no page can reach the worker's globals.
  const highlightSelectionIn = (tabId: number, menuText?: string) =>
    sendToTab(tabId, 'highlightSelection', menuText === undefined ? {} : { menuText });
  Object.assign(globalThis, {
    [Symbol.for('lede.highlight-selection')]: highlightSelectionIn,
    [Symbol.for('lede.send-to-tab')]: sendToTab,
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined)
      void highlightSelectionIn(tab.id, info.selectionText ?? '');
  });
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'highlight-selection') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) void highlightSelectionIn(tab.id);
  });
  browser.tabs.onRemoved.addListener((tabId) => void background.state.forgetTab(tabId));
});
