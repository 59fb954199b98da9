// The background's message handlers: each validated command (see lib/messaging.ts) mapped onto the store.
// lib/background-messages.ts has already checked each message's shape and that a content script names only keys
// its frame's real URL may use; what needs the store (whose annotation an id is) is checked here.
import { browser, type Browser } from 'wxt/browser';
import { withoutAnchor } from '../../core/article/hash-route';
import { canonicalKeyOf, frameScope, mayUseArticleKey, ownerScopeOf } from '../../core/article/site-owner';
import { placeholderTitle } from '../../core/records';
import { readAnnotationPage, readRecentArticles } from '../../core/search/first-page';
import { StaleWriteError, type ArticleInput, type LedeStore } from '../../core/store';
import { deleteReadingCopy, keepReadingCopy, loadKeptReading } from '../../core/store/reading-copies';
import { applyTombstones, forgetDeletions, listTombstones, rememberDeletions } from '../../core/store/vault-records';
import type { NoteResume } from '../../lib/page-wake-key';
import type { FolderStatus } from '../../core/vault/folder-status';
import { articleDraftId, dropDrafts } from '../../lib/note-draft';
import { broadcast } from '../../lib/runtime-messages';
import { sendToTab } from '../../lib/send-to-tab';
import { sameOrigin } from '../../lib/background-messages';
import type { BackgroundHandlers } from '../../lib/messaging';
import { TabState, type SessionArea } from './tab-state';
import { createImportHandlers } from './import-handlers';

/** Whether a message came from a frame inside a page (its canonical is held to its own host: `frameScope`). */
const fromSubframe = (sender: Browser.runtime.MessageSender) => (sender.frameId ?? 0) !== 0;

/**
 * Runs `act` (a browser call into one frame) on the sender's own frame of its own tab, and nowhere else; `reasons`
 * says why not: a sender in no tab (an extension page), a browser with no way to do it, a call the browser refused.
 */
async function inSendersFrame(
  sender: Browser.runtime.MessageSender,
  act: ((tabId: number, frameId: number) => Promise<boolean>) | undefined,
  reasons: { notInTab: string; cannot: string; failed: string },
): Promise<{ ok: true } | { ok: false; reason: string }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false, reason: reasons.notInTab };
  if (!act) return { ok: false, reason: reasons.cannot };
  return (await act(tabId, sender.frameId ?? 0)) ? { ok: true } : { ok: false, reason: reasons.failed };
}

/** The web page a message came from (the sending frame's real URL), or null for an extension page. */
function pageUrlOf(sender: Browser.runtime.MessageSender): string | null {
  return sender.tab && sender.url && /^https?:\/\//i.test(sender.url) ? sender.url : null;
}

/**
 * True when the store holds an article record (every article with notes has one) whose key has the owner scope of
 * `location`: a key that page could use, whatever canonical it declares. A superset of "has notes" (an article whose
 * notes were all deleted, or one with the reader's article note, keeps its record), never a subset. One read of the
 * record keys, no record bodies.
 */
async function hasArticleInScope(store: LedeStore, location: string): Promise<boolean> {
  let scope: string;
  try {
    scope = ownerScopeOf(new URL(location));
  } catch {
    return true; // not a URL we can scope: let the page read its head and ask in full
  }
  const site = scope.split('/')[0];
  for (const key of await store.db.getAllKeys('articles')) {
    if (typeof key !== 'string' || !key.includes(site)) continue; // cheap filter before parsing the URL
    try {
      if (ownerScopeOf(new URL(key)) === scope) return true;
    } catch {
      // a key that is not a URL (an import from elsewhere) belongs to no page's owner
    }
  }
  return false;
}

/** How many articles read in a popup or sidebar without a record are held for their first note. */
const MAX_VIEWED = 50;

/** The browser's session storage where it has one; memory only elsewhere. */
function defaultSessionArea(): SessionArea | null {
  try {
    return (browser.storage as { session?: SessionArea } | undefined)?.session ?? null;
  } catch {
    return null; // no storage permission or API in this context: the state then lives in memory only
  }
}

export interface Background {
  handlers: BackgroundHandlers;
  state: TabState;
  /**
   * Whether a page at `location` (a frame's real URL) may have notes, whatever canonical it declares: the answer
   * `pageNotes` gives a page that has not read its head. The tab watcher asks it for each top-frame URL.
   */
  siteMayHaveNotes(location: string): Promise<boolean>;
}

/** What the background's entry wires in besides the store: optional work after changes, and the clock. */
export interface BackgroundHooks {
  /** After any change to the notes (a save, a deletion, an import): the scheduled backup checks whether it is due. */
  onNotesChanged?: () => void;
  /** The notes of `articleKey` changed (null: several articles, an import): the reader's folder follows. */
  onArticleChanged?: (articleKey: string | null) => void;
  /** Writes the reader's folder now, every note (Chrome); absent where no folder can be written (Firefox). */
  writeFolder?: () => Promise<FolderStatus>;
  /** The reader's first highlight on an article was saved (from tab `tabId`): keep its text as read. */
  onFirstHighlight?: (tabId: number, articleKey: string) => void;
  /** Runs Lede's page script (the rest of the page side) in frame `frameId` of tab `tabId`; false when it cannot. */
  injectPageScript?: (tabId: number, frameId: number) => Promise<boolean>;
  /** Makes the text of frame `frameId` of tab `tabId` selectable by a user style sheet; false when it cannot. */
  allowSelecting?: (tabId: number, frameId: number) => Promise<boolean>;
  /** Lede closed the note editor of highlight `id` in tab `tabId` (note-watch.ts). */
  noteClosed?: (tabId: number, id: string) => void;
  /** The note a new document in frame `frameId` of tab `tabId` replaced, or null (note-watch.ts `cutFor`). */
  noteCut?: (tabId: number, frameId: number) => NoteResume | null;
  now?: () => Date;
}

/**
 * The handlers with their own state (which tab shows which article, anchoring reports), kept in `session` so it
 * survives a service-worker restart. Nothing lives at module level: each call makes an independent background.
 */
export function createBackground(
  getStore: () => Promise<LedeStore>,
  session: SessionArea | null = defaultSessionArea(),
  hooks: BackgroundHooks = {},
): Background {
  const state = new TabState(session);
  const now = hooks.now ?? (() => new Date());
  /** Articles a popup or sidebar read that have no record yet, newest last (see `recordArticle`). Memory only. */
  const viewed = new Map<string, { input: ArticleInput; seen: string }>();

  /** Tells every other tab showing this article to paint again, and every extension page to refresh. */
  async function announceChange(articleKey: string, exceptTabId?: number): Promise<void> {
    broadcast('annotationsChanged', { articleKey });
    hooks.onNotesChanged?.();
    hooks.onArticleChanged?.(articleKey);
    for (const tabId of await state.tabsShowing(articleKey)) {
      if (tabId !== exceptTabId) void sendToTab(tabId, 'refreshAnnotations', {});
    }
  }

  /**
   * After an import: one event for the extension's pages (an article key when it touched one article, else null,
   * which every page takes as "refresh"), and a repaint for each tab showing an imported article. One event, not one
   * per article: an import of 10,000 articles would otherwise send 10,000.
   */
  async function announceImport(articleKeys: ReadonlySet<string>): Promise<void> {
    const one = articleKeys.size === 1 ? articleKeys.values().next().value! : null;
    broadcast('annotationsChanged', { articleKey: one });
    hooks.onNotesChanged?.();
    hooks.onArticleChanged?.(one);
    for (const key of articleKeys)
      for (const tabId of await state.tabsShowing(key)) void sendToTab(tabId, 'refreshAnnotations', {});
  }

  /** Why a page may not touch an annotation filed under `key` (another article than its own), or null. */
  function refusalFor(sender: Browser.runtime.MessageSender, key: string): { ok: false; reason: string } | null {
    const page = pageUrlOf(sender);
    return page !== null && !mayUseArticleKey(page, key, frameScope(fromSubframe(sender)))
      ? { ok: false, reason: 'This note belongs to another page.' }
      : null;
  }

  /** See {@link Background.siteMayHaveNotes}. */
  async function siteMayHaveNotes(location: string): Promise<boolean> {
    const store = await getStore();
    // Whatever its head declares, a page's key stays within its owner: with no notes anywhere in that owner's keys
    // the answer is "none".
    return (
      (await store.listAnnotations(canonicalKeyOf({ location }))).length > 0 ||
      (await hasArticleInScope(store, location))
    );
  }

  const handlers: BackgroundHandlers = {
    async pageDetected(page, sender) {
      const store = await getStore();
      // With the declared canonicals, the background decides the key by the Public Suffix List (page.url is the
      // frame's real URL by now: the router replaced it); without them, the content script's (checked) key stands.
      const articleKey =
        page.canonical !== undefined || page.ogUrl !== undefined
          ? canonicalKeyOf(
              { location: page.url, canonical: page.canonical, ogUrl: page.ogUrl },
              frameScope(fromSubframe(sender)),
            )
          : page.articleKey;
      const tabId = sender.tab?.id;
      const frameId = sender.frameId ?? 0;
      if (tabId !== undefined) {
        await state.setFrame(tabId, frameId, articleKey);
        if (frameId === 0) broadcast('pageChanged', { tabId, articleKey });
      }
      const annotations = await store.listAnnotations(articleKey);
      // Only pages the reader annotated have their record refreshed. An article without notes is held for its tab
      // (its metadata and when it was first seen), and recorded at the reader's first note on it: a page walking
      // its routes would otherwise fill the store with records, and Lede keeps no log of pages read.
      if (annotations.length === 0) {
        if (tabId !== undefined)
          await state.setDetected(
            tabId,
            frameId,
            page.isArticle
              ? {
                  key: articleKey,
                  url: page.url,
                  title: page.title,
                  siteName: page.siteName,
                  seen: now().toISOString(),
                }
              : null,
          );
      } else {
        await store.recordArticle({
          key: articleKey,
          url: page.url,
          title: page.title,
          byline: null,
          siteName: page.siteName,
          publishedTime: null,
          lang: null,
        });
      }
      return { ok: true, annotations, articleKey };
    },

    async pageNotes({ url, canonical, ogUrl, unread }, sender) {
      // The key comes from the frame's real origin (sender.url) and the canonicals it declares, decided by the Public
      // Suffix List here, never by the page.
      // A path the page moved to since it loaded (pushState/replaceState, same origin only) is the address it shows.
      const real = pageUrlOf(sender);
      const location = real && !sameOrigin(url, real) ? real : url;
      if (unread) {
        // The page has not read its canonicals: the owner scope of its URL decides whether it needs to.
        const articleKey = canonicalKeyOf({ location });
        if (!(await siteMayHaveNotes(location))) return { ok: true, articleKey, annotations: [] };
        return { ok: true, articleKey, annotations: [], readDeclared: true };
      }
      const store = await getStore();
      const articleKey = canonicalKeyOf({ location, canonical, ogUrl }, frameScope(fromSubframe(sender)));
      const annotations = await store.listAnnotations(articleKey);
      // Only pages with notes are remembered per tab (to repaint them after an edit elsewhere); nothing is recorded.
      if (annotations.length > 0 && sender.tab?.id !== undefined)
        await state.setFrame(sender.tab.id, sender.frameId ?? 0, articleKey);
      return { ok: true, articleKey, annotations };
    },

    async saveAnnotation({ annotation, baseModified }, sender) {
      const store = await getStore();
      const stored = await store.getAnnotation(annotation.id);
      // An id names one note for good: a page may not move another article's note under its own key.
      if (stored && stored.articleKey !== annotation.articleKey) {
        const refused = refusalFor(sender, stored.articleKey);
        if (refused) return refused;
      }
      if (!(await store.getArticle(annotation.articleKey))) {
        const page = pageUrlOf(sender);
        // What this tab's detection held for the article (a page's own message only: never an extension page's).
        const detected =
          page && sender.tab?.id !== undefined
            ? await state.detectedIn(sender.tab.id, sender.frameId ?? 0, annotation.articleKey)
            : null;
        // What a popup or sidebar read of it: the full extraction's metadata (checked against its URL on arrival).
        const read = viewed.get(annotation.articleKey);
        const since = [detected?.seen, read?.seen].filter((t): t is string => !!t).sort()[0];
        await store.recordArticle(
          {
            key: annotation.articleKey,
            // The record's URL is where the reader really was, never a URL the message chose.
            url: page ? withoutAnchor(page) : (read?.input.url ?? annotation.target.source),
            title:
              read?.input.title ||
              detected?.title ||
              (page ? sender.tab?.title : undefined) ||
              placeholderTitle(annotation.articleKey),
            byline: read?.input.byline ?? null,
            siteName: read?.input.siteName ?? detected?.siteName ?? null,
            publishedTime: read?.input.publishedTime ?? null,
            lang: read?.input.lang ?? null,
          },
          since ? new Date(since) : undefined,
        );
        viewed.delete(annotation.articleKey);
      }
      // The article's first highlight (asked before the write): the moment its text as read is kept.
      const first = !stored && !!hooks.onFirstHighlight && !(await store.hasAnnotations(annotation.articleKey));
      try {
        await store.saveAnnotation(annotation, baseModified === undefined ? {} : { baseModified });
      } catch (err) {
        // Expected: the note moved on elsewhere. The reason is shown to the reader as it is.
        if (err instanceof StaleWriteError) return { ok: false, reason: err.reason };
        throw err;
      }
      // A note that was not stored is new or brought back by Undo: no deletion of it (or its article) stands.
      if (!stored) await forgetDeletions(store.db, [annotation.id, annotation.articleKey]);
      if (first && sender.tab?.id !== undefined && (sender.frameId ?? 0) === 0 && pageUrlOf(sender))
        hooks.onFirstHighlight?.(sender.tab.id, annotation.articleKey);
      void announceChange(annotation.articleKey, sender.tab?.id);
      return { ok: true };
    },

    async deleteAnnotation({ id }, sender) {
      const store = await getStore();
      const stored = await store.getAnnotation(id);
      if (!stored) return { ok: true, annotation: null };
      const refused = refusalFor(sender, stored.articleKey);
      if (refused) return refused;
      const annotation = await store.deleteAnnotation(id);
      if (annotation) {
        await rememberDeletions(store.db, [{ id, deleted: now().toISOString() }]);
        await dropDrafts([id]);
        void announceChange(annotation.articleKey, sender.tab?.id);
      }
      return { ok: true, annotation };
    },

    async listAnnotations({ articleKey }) {
      return { ok: true, annotations: await (await getStore()).listAnnotations(articleKey) };
    },

    async frameUnseen(_data, sender) {
      // From a sub-frame's page side, to its own tab's top frame (the only one that answers this command).
      const tabId = sender.tab?.id;
      if (tabId === undefined || !sender.frameId) return { ok: false, reason: 'only a frame of a tab tells this' };
      return sendToTab(tabId, 'tellFrameUnseen', {});
    },

    async noteClosed({ id }, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { ok: false, reason: 'only a tab’s page side tells this' };
      hooks.noteClosed?.(tabId, id);
      return { ok: true };
    },

    async noteCut(_data, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { ok: false, reason: 'only a tab’s page side asks this' };
      return { ok: true, note: hooks.noteCut?.(tabId, sender.frameId ?? 0) ?? null };
    },

    async loadPageScript(_data, sender) {
      // Into the sending frame of the sending tab, and nowhere else: the file is Lede's own, and it starts only where
      // that frame's bootstrap handed it its state (page-main.ts).
      return inSendersFrame(sender, hooks.injectPageScript, {
        notInTab: 'only a page side in a tab asks for its page script',
        cannot: 'This browser cannot load Lede’s page script here.',
        failed: 'Lede could not load its page script on this page.',
      });
    },

    async allowSelecting(_data, sender) {
      // Into the sending frame of the sending tab alone; the rule is Lede's own and fixed (lib/selectable.ts).
      return inSendersFrame(sender, hooks.allowSelecting, {
        notInTab: 'only a page side in a tab asks for this',
        cannot: 'This browser cannot add Lede’s style here.',
        failed: 'Lede could not make this page’s text selectable.',
      });
    },

    async relayEditorEvent(event, sender) {
      // To the tab the editor's frame is in, and no other: the content script there checks the nonce.
      const tabId = sender.tab?.id;
      if (tabId === undefined || !sender.url?.includes('/note-editor.html'))
        return { ok: false, reason: 'only the note editor, in a tab, relays its events' };
      return sendToTab(tabId, 'editorEvent', event);
    },

    async annotationsAnchored(report) {
      state.reports.set(report.articleKey, report);
      broadcast('annotationsChanged', { articleKey: report.articleKey });
      return { ok: true };
    },

    async getAnchorReport({ articleKey }) {
      const known = state.reports.get(articleKey);
      if (known) return { ok: true, report: known };
      // After a restart the report is asked again from a tab showing the article (derived, not persisted: it can
      // hold 100,000 ids).
      for (const tabId of await state.tabsShowing(articleKey)) {
        const reply = await sendToTab(tabId, 'getAnchorReport', {});
        if (reply.ok && reply.report.articleKey === articleKey) {
          state.reports.set(articleKey, reply.report);
          return { ok: true, report: reply.report };
        }
      }
      return { ok: true, report: null };
    },

    async listArticles() {
      return { ok: true, articles: await (await getStore()).listArticles() };
    },

    async listRecentArticles({ limit }) {
      const store = await getStore();
      return { ok: true, ...(await readRecentArticles(store.db, limit)) };
    },

    async listAnnotationsPage({ after, limit }) {
      // Pages keep each reply well under the browser's message size limit on very large libraries.
      return { ok: true, ...(await readAnnotationPage((await getStore()).db, after, limit)) };
    },

    async listAllAnnotations() {
      return { ok: true, annotations: await (await getStore()).allAnnotations() };
    },

    async getCachedExtraction({ articleKey, textHash }) {
      return { ok: true, extraction: await (await getStore()).getCachedExtraction(articleKey, textHash) };
    },

    async getArticleExtraction({ articleKey }) {
      return { ok: true, extraction: await (await getStore()).getAnyCachedExtraction(articleKey) };
    },

    async cacheExtraction({ articleKey, textHash, extraction }) {
      await (await getStore()).putCachedExtraction(articleKey, textHash, extraction);
      return { ok: true };
    },

    async recordArticle({ article }) {
      // The popup reports what a tab's content script collected: its URL must be one that may use the key.
      if (!mayUseArticleKey(article.url, article.key))
        return { ok: false, reason: 'The page’s address does not match the article it names.' };
      const { firstSeen: _f, lastSeen: _l, ...input } = article;
      const store = await getStore();
      const held = viewed.get(input.key);
      // A popup or sidebar reads each route its tab shows: an article with no record, no notes and no article note is
      // held (its full metadata, for the record written at the first note), not stored.
      if (!input.note && !(await store.getArticle(input.key)) && !(await store.hasAnnotations(input.key))) {
        const seen = held?.seen ?? now().toISOString();
        viewed.delete(input.key);
        viewed.set(input.key, { input, seen });
        while (viewed.size > MAX_VIEWED) viewed.delete(viewed.keys().next().value!);
        return { ok: true, article: { ...input, firstSeen: seen, lastSeen: now().toISOString() } };
      }
      const stored = await store.recordArticle(input, held ? new Date(held.seen) : undefined);
      viewed.delete(input.key);
      return { ok: true, article: stored };
    },

    ...createImportHandlers(getStore, announceImport),

    async deleteArticle({ articleKey }) {
      const store = await getStore();
      const deleted = await store.deleteArticle(articleKey);
      await deleteReadingCopy(store.db, articleKey);
      const deletedAt = now().toISOString();
      await rememberDeletions(store.db, [
        ...deleted.annotations.map((a) => ({ id: a.id, deleted: deletedAt })),
        { id: articleKey, deleted: deletedAt, kind: 'article' as const },
      ]);
      // With its highlights' unsaved notes, the article's own (red team 35, D1: it came back on the next visit).
      await dropDrafts([...deleted.annotations.map((a) => a.id), articleDraftId(articleKey)]);
      void announceChange(articleKey);
      return { ok: true, ...deleted };
    },

    async restoreRecords({ articles, annotations }) {
      const store = await getStore();
      const outcome = await store.restoreRecords(articles, annotations);
      // Undo: the deletion no longer stands, so the folder must not carry it to other machines.
      const idOf = (r: unknown, field: 'id' | 'key') => (r as Record<string, unknown> | null)?.[field];
      await forgetDeletions(
        store.db,
        [...annotations.map((a) => idOf(a, 'id')), ...articles.map((a) => idOf(a, 'key'))].filter(
          (x): x is string => typeof x === 'string',
        ),
      );
      for (const key of outcome.touched) void announceChange(key);
      return { ok: true, restored: outcome.restored, failed: outcome.failed };
    },

    async showPassageInTab({ tabId, selectors }) {
      const reply = await sendToTab(tabId, 'showPassage', { selectors });
      if (reply.ok) await browser.tabs.update(tabId, { active: true }).catch(() => undefined);
      return reply;
    },

    async keepReadingCopy({ copy }) {
      return { ok: true, kept: await keepReadingCopy((await getStore()).db, copy) };
    },

    async getReadingCopy({ articleKey }) {
      return { ok: true, ...(await loadKeptReading((await getStore()).db, articleKey)) };
    },

    async listTombstones() {
      return { ok: true, tombstones: await listTombstones((await getStore()).db) };
    },

    async applyDeletions({ tombstones }) {
      const store = await getStore();
      const applied = await applyTombstones(store, tombstones);
      if (applied.touched.size > 0) void announceImport(applied.touched);
      return { ok: true, deleted: applied.deleted, articles: applied.articles };
    },

    async writeFolder() {
      if (!hooks.writeFolder) return { ok: false, reason: 'This browser cannot write to a folder you choose.' };
      return { ok: true, status: await hooks.writeFolder() };
    },
  };
  return { handlers, state, siteMayHaveNotes };
}

/** The handlers alone, for callers that do not need the state (tests of a single handler). */
export function createHandlers(
  getStore: () => Promise<LedeStore>,
  session: SessionArea | null = defaultSessionArea(),
): BackgroundHandlers {
  return createBackground(getStore, session).handlers;
}
