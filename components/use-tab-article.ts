// Preact hooks shared by the popup and the sidebar: which tab to read, its article state kept live, and the
// actions on its passages and highlights (show, save as highlight, edit, delete with undo).
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { MAX_QUOTE_CHARS } from '../core/limits';
import { addressLabel } from '../core/article/site-label';
import type { Annotation, Selector, TextQuoteSelector } from '../core/types';
import { t } from '../lib/i18n';
import { onBroadcast, sendToBackground } from '../lib/runtime-messages';
import { sendToTab } from '../lib/send-to-tab';
import { loadSettings } from '../lib/settings';
import { loadTabArticle, type TabArticleState } from '../lib/tab-article';
import type { Toast } from './ToastBar';

/** The tab to read: `?tab=<id>` when given (tests, links from the library), else the active tab of this window. */
export function useTargetTab(follow: boolean): number | null {
  const [tabId, setTabId] = useState<number | null>(null);
  useEffect(() => {
    const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
    if (fromQuery > 0) {
      setTabId(fromQuery);
      return;
    }
    const query = () =>
      browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => setTabId(tab?.id ?? null));
    void query();
    if (!follow) return;
    // Only this window's tabs: a page that opens a window of its own (a pop-up showing a forged copy of the article)
    // must not turn the reader's sidebar to it (red team 32, A6). Until this window is known, no tab is followed.
    let own: number | null = null;
    void browser.windows.getCurrent().then(
      (w) => {
        own = w.id ?? null;
      },
      () => {},
    );
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (own !== null && info.windowId === own) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [follow]);
  return tabId;
}

/** The tab's article, reloaded when the page changes and refreshed when its annotations change. */
export function useTabArticle(tabId: number | null) {
  const [state, setState] = useState<TabArticleState>({ state: 'loading' });
  const [toast, setToast] = useState<Toast | null>(null);
  const force = useRef(false);
  const current = useRef(state);
  current.current = state;
  /** The article record last shown for each key this view has shown (a note is saved on the one it was begun on). */
  const shownRecords = useRef(new Map<string, Extract<TabArticleState, { state: 'ready' }>['record']>());
  if (state.state === 'ready') shownRecords.current.set(state.record.key, state.record);

  const reload = useCallback(
    async (opts: { force?: boolean; quiet?: boolean } = {}) => {
      if (tabId === null) return;
      if (opts.force !== undefined) force.current = opts.force;
      if (!opts.quiet) setState({ state: 'loading' });
      setState(await loadTabArticle(tabId, { force: force.current }));
    },
    [tabId],
  );

  useEffect(() => {
    force.current = false;
    void reload();
    if (tabId === null) return;
    // A quiet re-read when the page changed: one at a time, once the changes have paused for a moment (at least every
    // 2 s while they go on). A page that moved its route every 20 ms had the sidebar re-read the whole article 360
    // times in 5 s, and it stopped painting (red team 33, C3).
    let timer: ReturnType<typeof setTimeout> | undefined;
    let firstPending = 0;
    let running = false;
    let again = false;
    const reread = async () => {
      timer = undefined;
      firstPending = 0;
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        await reload({ quiet: true });
      } finally {
        running = false;
        if (again) {
          again = false;
          changed();
        }
      }
    };
    const changed = () => {
      const now = Date.now();
      firstPending ||= now;
      clearTimeout(timer);
      timer = setTimeout(() => void reread(), now - firstPending >= 2_000 ? 0 : 250);
    };
    const offPage = onBroadcast('pageChanged', (e) => {
      if (e.tabId === tabId) changed();
    });
    const offNotes = onBroadcast('annotationsChanged', async (e) => {
      const s = current.current;
      if (s.state !== 'ready' || (e.articleKey && e.articleKey !== s.article.canonicalUrl)) return;
      const [list, report] = await Promise.all([
        sendToBackground('listAnnotations', { articleKey: s.article.canonicalUrl }),
        sendToTab(tabId, 'getAnchorReport', {}),
      ]);
      setState({
        ...s,
        annotations: list.ok ? list.annotations : s.annotations,
        report: report.ok ? report.report : s.report,
      });
    });
    // A page with no notes on its site sleeps (no page script tells the background it changed): the tab's own load
    // and route changes are watched here, so the sidebar does not keep the article the tab has left, or "Lede can't
    // read this page" for a tab that was still loading when the reader switched to it.
    const onUpdated = (id: number, change: { status?: string; url?: string }) => {
      if (id === tabId && (change.status === 'complete' || (change.url !== undefined && change.status !== 'loading')))
        changed();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      clearTimeout(timer);
      offPage();
      offNotes();
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tabId, reload]);

  const show = useCallback(
    async (selectors: Selector[]) => {
      if (tabId === null) return;
      const reply = await sendToTab(tabId, 'showPassage', { selectors });
      if (!reply.ok || !reply.found) setToast({ message: reply.ok ? t('passageNotFound') : reply.reason });
      else if (reply.changed) setToast({ message: t('passageChanged') });
    },
    [tabId],
  );

  /**
   * Saves a listed fact or quote as a highlight, only where the page holds its words word for word: on words the page
   * has changed since (a fuzzy match) it would keep the page's words as the reader's, so nothing is saved and the
   * reader is told (red team 25).
   */
  const saveAsHighlight = useCallback(
    async (kind: 'fact' | 'quote', text: string, selectors: Selector[]) => {
      const s = current.current;
      if (s.state !== 'ready' || tabId === null) return;
      const quote = selectors.find((x): x is TextQuoteSelector => x.type === 'TextQuoteSelector');
      if (!quote) return;
      const where = await sendToTab(tabId, 'findPassage', { selectors });
      if (!where.ok) {
        setToast({ message: t('saveFailed', where.reason) });
        return;
      }
      if (!where.found || where.changed) {
        setToast({ message: t(where.found ? 'notSavedWordsChanged' : 'notSavedPassageGone') });
        return;
      }
      const settings = await loadSettings();
      const now = new Date().toISOString();
      const annotation: Annotation = {
        id: `urn:uuid:${crypto.randomUUID()}`,
        articleKey: s.article.canonicalUrl,
        target: { source: s.article.canonicalUrl, selector: [quote] },
        body: { note: '', tags: [], color: settings.defaultColor },
        origin: { kind, text: text.slice(0, MAX_QUOTE_CHARS) },
        created: now,
        modified: now,
      };
      const reply = await sendToBackground('saveAnnotation', { annotation });
      setToast({ message: reply.ok ? t('saved') : t('saveFailed', reply.reason) });
    },
    [tabId],
  );

  const update = useCallback(async (annotation: Annotation) => {
    const reply = await sendToBackground('saveAnnotation', { annotation });
    setToast({ message: reply.ok ? t('saved') : t('saveFailed', reply.reason) });
  }, []);

  const remove = useCallback(async (annotation: Annotation) => {
    const reply = await sendToBackground('deleteAnnotation', { id: annotation.id });
    if (!reply.ok) {
      setToast({ message: t('saveFailed', reply.reason) });
      return;
    }
    setToast({ message: t('deleted'), undo: () => void sendToBackground('saveAnnotation', { annotation }) });
  }, []);

  /**
   * Tells the tab's page the reader confirmed (with the words the card showed) or dropped a "moved?" placement; the
   * page saves or unlists it and sends a new AnchorReport, which reaches this view through annotationsChanged. A
   * failure is shown as a toast, and so is a confirmation.
   */
  const confirmPlacement = useCallback(
    async (annotation: Annotation, words: string) => {
      if (tabId === null) return;
      const reply = await sendToTab(tabId, 'confirmPlacement', { id: annotation.id, words });
      setToast({ message: reply.ok ? t('placementConfirmed') : t('saveFailed', reply.reason) });
    },
    [tabId],
  );
  const dropPlacement = useCallback(
    async (annotation: Annotation) => {
      if (tabId === null) return;
      const reply = await sendToTab(tabId, 'dropPlacement', { id: annotation.id });
      if (!reply.ok) setToast({ message: t('saveFailed', reply.reason) });
    },
    [tabId],
  );

  /**
   * Saves the reader's note on the whole article ('' removes it); the record comes back from the store. `openedOn` is
   * the article the reader began the note on: where the page has moved to another one since (a route change while
   * the sidebar was open), the note is saved on the article it was begun on, never on the page's new choice (red team
   * 33, C2); false when nothing was saved.
   */
  const saveArticleNote = useCallback(async (note: string, openedOn?: string): Promise<boolean> => {
    const s = current.current;
    if (s.state !== 'ready') return false;
    const record = openedOn === undefined ? s.record : shownRecords.current.get(openedOn);
    if (!record) {
      setToast({ message: t('articleNoteMoved') });
      return false;
    }
    const reply = await sendToBackground('recordArticle', { article: { ...record, note: note.trim() } });
    if (!reply.ok) {
      setToast({ message: t('saveFailed', reply.reason) });
      return false;
    }
    const now = current.current;
    if (now.state === 'ready' && now.record.key === reply.article.key) setState({ ...now, record: reply.article });
    setToast({
      message:
        now.state === 'ready' && now.record.key !== reply.article.key
          ? // The address too: a page's routes often share one title, and the reader must see which one has the note.
            t(
              'articleNoteSavedOn',
              reply.article.title || addressLabel(reply.article.key),
              addressLabel(reply.article.key),
            )
          : t('articleNoteSaved'),
    });
    return true;
  }, []);

  return {
    state,
    reload,
    toast,
    setToast,
    show,
    saveAsHighlight,
    update,
    remove,
    saveArticleNote,
    confirmPlacement,
    dropPlacement,
  };
}
