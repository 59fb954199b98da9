// The bootstrap every http(s) page pays for: a few listeners and one question to the background ("does this page
// have notes?"). Everything else (painter, toolbar, article check) is loaded only when a page has notes, the reader
// makes a trusted selection, or the extension asks. It posts nothing to the page, dispatches no event and adds no
// element, so a page can neither detect Lede from it nor switch it off.
import { HANDOFF, type BootHandoff, type ExtensionApi, type PageMain } from './handoff';

/** The lazily loaded rest of the page side (web-accessible, reached through a per-session dynamic URL in Chrome). */
const MAIN_PATH = '/page-main.js';

/**
 * Starts the bootstrap in `win`. `api` is the browser's own extension API object of this isolated world (chrome.* in
 * Chrome, browser.* in Firefox), chosen at build time: never looked up by name on `window`, where a page's element
 * with id="browser" would answer.
 */
export function startBoot(win: Window, api: ExtensionApi): void {
  const doc = win.document;
  let main: Promise<PageMain | null> | null = null;
  const handoff: BootHandoff = { api, notes: null };

  const alive = () => {
    try {
      return !!api.runtime?.id; // undefined once the extension is reloaded, updated or removed
    } catch {
      return false;
    }
  };

  /** Loads the rest once; resolves to null when the extension is gone or the module cannot load. */
  function loadMain(): Promise<PageMain | null> {
    main ??= (async () => {
      if (!alive()) return null;
      (win as unknown as Record<symbol, unknown>)[HANDOFF] = handoff;
      try {
        await import(/* @vite-ignore */ api.runtime.getURL(MAIN_PATH));
      } catch (err) {
        console.warn('[lede] could not load the page script', err);
        main = null; // a later gesture may try again
        return null;
      }
      return handoff.main ?? null;
    })();
    return main;
  }

  // Selection: only a reader's own (trusted) mouse or keyboard gesture loads the toolbar. A page cannot forge one.
  const onGesture = (e: Event) => {
    if (!e.isTrusted || main || !alive()) return;
    if (e.type === 'keyup' && !(e as KeyboardEvent).shiftKey) return;
    // The selection settles after mouseup; read it on the next task.
    win.setTimeout(() => {
      const sel = win.getSelection();
      if (!sel || sel.isCollapsed || !String(sel).trim() || main) return;
      // A reader who presses a colour key before the toolbar has loaded still gets that highlight: the key is
      // remembered (not stopped: the page keeps its keys) and handed over with the selection.
      let key: string | undefined;
      const early = (k: KeyboardEvent) => {
        if (k.isTrusted && /^[1-5]$/.test(k.key) && !k.ctrlKey && !k.metaKey && !k.altKey) key ??= k.key;
      };
      doc.addEventListener('keydown', early, true);
      void loadMain().then((m) => {
        doc.removeEventListener('keydown', early, true);
        m?.selectionEnded(key);
      });
    }, 0);
  };
  doc.addEventListener('mouseup', onGesture, true);
  doc.addEventListener('keyup', onGesture, true);

  // Messages from the extension (popup, sidebar, context menu, shortcut): answered by the rest, loaded on demand.
  api.runtime.onMessage.addListener((message: unknown, sender: { id?: string; tab?: unknown; url?: string }) => {
    // Once started, the rest answers with its own listener; while it is loading, this one waits for it and answers.
    if (handoff.main || !alive()) return undefined;
    const m = message as { lede?: unknown; type?: unknown; event?: unknown } | null;
    if (!m || m.lede !== 1 || typeof m.type !== 'string' || m.event !== undefined) return undefined;
    // Only the extension's own background and pages reach content scripts; checked again, with the payload, in the rest.
    if (sender.id !== api.runtime.id) return undefined;
    if (win !== win.top && m.type !== 'highlightSelection') return undefined; // the top frame speaks for the page
    if (m.type === 'highlightSelection') {
      const sel = win.getSelection();
      // Every frame hears the command; only the one holding the selection answers (first answer wins).
      if (!sel || sel.isCollapsed) return undefined;
    }
    return loadMain().then(
      (loaded) => loaded?.dispatch(message, sender) ?? { ok: false, reason: 'Lede could not start on this page.' },
    );
  });

  // The one question asked on every page, off the critical path: does this page have notes? Only then the painter.
  // First without touching the page (no DOM read: an isolated world pays for every kind of node it first reads);
  // only where the site has notes does the background ask for the declared canonicals (`readDeclared`).
  let asked: { route: string; declared: string } | null = null;
  const ask = (unread: boolean) => {
    if (!alive() || main) return;
    let data: { url: string; canonical: string | null; ogUrl: string | null; unread?: true };
    if (unread) {
      data = { url: win.location.href, canonical: null, ogUrl: null, unread: true };
    } else {
      const link = doc.querySelector('link[rel~="canonical" i][href]');
      const og = doc.querySelector('meta[property="og:url" i][content]');
      const route = win.location.href.replace(/#.*$/, '');
      const canonical = link?.getAttribute('href') ?? null;
      const ogUrl = og?.getAttribute('content') ?? null;
      const declared = `${canonical}\n${ogUrl}`;
      // After a route change, a head still declaring the previous route's canonical names the previous article.
      const stale = asked !== null && asked.route !== route && asked.declared === declared;
      asked = { route, declared };
      data = { url: win.location.href, canonical: stale ? null : canonical, ogUrl: stale ? null : ogUrl };
    }
    api.runtime
      .sendMessage({ lede: 1, type: 'pageNotes', data })
      .then((reply) => {
        const r = reply as
          | { ok?: boolean; articleKey?: string; annotations?: unknown[]; readDeclared?: boolean }
          | undefined;
        if (r?.ok && r.readDeclared && unread) return ask(false);
        if (!r?.ok || !r.annotations?.length || main) return;
        handoff.notes = { articleKey: r.articleKey!, annotations: r.annotations };
        void loadMain();
      })
      .catch(() => {
        // The background is unreachable (extension reloading): nothing to paint; a later gesture tries again.
      });
  };
  const askUnread = () => ask(true);
  const idle = (win as { requestIdleCallback?: (fn: () => void, o: { timeout: number }) => void }).requestIdleCallback;
  if (idle) idle.call(win, askUnread, { timeout: 1000 });
  else win.setTimeout(askUnread, 50);
  // Single-page sites: ask again for the new route once the site has had time to update its head (the rest, once
  // loaded, watches routes itself). The Navigation API where there is one; elsewhere, Back/Forward only.
  let again: number | undefined;
  const routeChanged = () => {
    win.clearTimeout(again);
    again = win.setTimeout(askUnread, 1500);
  };
  (win as { navigation?: EventTarget }).navigation?.addEventListener('currententrychange', routeChanged);
  win.addEventListener('popstate', routeChanged);
}
