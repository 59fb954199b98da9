// The bootstrap every http(s) page pays for: four capture listeners (input-hub.ts) and nothing else at load, no extension API
// touched (docs/reliability.md, issue #13: any chrome.* call at load costs 1-2.5 ms). The background watches the
// tab's URL (and in Chrome each frame's, `webNavigation`) and wakes this bootstrap only where the site has notes, or
// when the extension messages the tab (lib/page-wake.ts). In Firefox, where `webNavigation` would add an install
// warning, subframes still ask the background themselves at idle.
// Everything else (painter, toolbar, article check) is loaded only when a page has notes, the reader makes a trusted
// selection, or the extension asks. It posts nothing to the page, dispatches no event and adds no element, so a page
// can neither detect Lede from it nor switch it off.
import { withoutAnchor } from '../../core/article/hash-route';
import { loadedAddress } from '../../lib/loaded-address';
import { recordAwayChanges } from './away-changes';
import { touchedIn } from './press-watch';
import { PressRecord } from './press-record';
import { SelectionGuard } from './selection-guard';
import { sameRange } from './same-range';
import { FirstInput } from './first-input';
import { InputHub } from './input-hub';
import { EARLY_HOLD, type KeyHold } from './key-hold';
// Every wait here is one the page cannot cancel (page-clock.ts, red team 55).
import { type Cancel, later, whenIdle } from './page-clock';
import { isTopFrame } from './top-frame';
import {
  HANDOFF,
  isColourKey,
  SELECTING_KEY,
  WAKE,
  type BootHandoff,
  type ExtensionApi,
  type NoteResume,
  type PageMain,
  type WakeReason,
} from './handoff';

/** The lazily loaded rest of the page side (web-accessible, reached through a per-session dynamic URL in Chrome). */
const MAIN_PATH = '/page-main.js';
/** Single-page sites update their head some time after the route: ask about a new route after this long. */
const ROUTE_SETTLE_MS = 1500;
/** On a page where nothing of Lede's has loaded, how long after the bootstrap starts it watches for a replaced document. */
const WATCH_AFTER_MS = 3000;

/** A route: the URL without an anchor; a hash route (`#!/story/2`) names another article and stays. */
const routeOf = withoutAnchor;

export interface BootOptions {
  /** Subframes ask the background about their page at idle instead of sleeping (where it cannot see frame URLs). */
  framesAsk?: boolean;
}

/**
 * Starts the bootstrap in `win`. `getApi` returns the browser's own extension API object of this isolated world
 * (chrome.* in Chrome, browser.* in Firefox), chosen at build time: never looked up by name on `window`, where a
 * page's element with id="browser" would answer. It is called only when the bootstrap needs the API (a gesture, a
 * wake; in Firefox's subframes, at idle: see `BootOptions`), never at load.
 */
export function startBoot(win: Window, getApi: () => ExtensionApi, opts: BootOptions = {}): void {
  // Nothing below touches `document` or `location` at load: an isolated world builds its wrapper of each on first
  // use, which cost 0.2-0.7 ms of script per page load (docs/reliability.md). Where every frame sleeps (Chrome), which
  // frame this is does not matter, so it is not asked.
  const doc = () => win.document;
  const sleeps = !opts.framesAsk || isTopFrame(win);
  let main: Promise<PageMain | null> | null = null;
  let handoff: BootHandoff | null = null;
  // First, before any script of the page can register its own: the window's capture listeners for the reader's
  // gestures (input-hub.ts). The manifest runs this bootstrap at document_start for that.
  const input = new InputHub(win);
  // The reader's presses, from now on: the rest, loaded later, judges a gesture by the same record, so one whose press
  // came before it loaded is not taken for a selection made before Lede listened.
  const press = new PressRecord(input, doc);
  // A drag the page kept from selecting anything: the reader is told, and may let selecting work here again.
  const guard = new SelectionGuard(input, win, (at) => void loadMain().then((m) => m?.dragSelectedNothing(at)));
  // What the page changes after the reader's last input on it: recorded from that input on (or from the idle moment
  // below), so that words a page shows only while the reader is away never become the article's key facts.
  const away = recordAwayChanges(win, input);
  // The reader's first input here: a page with notes gets nothing of Lede's before it (first-input.ts).
  const arrived = new FirstInput(win, input);
  const handoffOf = (): BootHandoff => (handoff ??= { api: getApi(), notes: null, input, press, away, guard });

  const alive = () => {
    try {
      return !!getApi().runtime?.id; // undefined once the extension is reloaded, updated or removed
    } catch {
      return false;
    }
  };

  /** Loads the rest once; resolves to null when the extension is gone or the module cannot load. */
  function loadMain(): Promise<PageMain | null> {
    main ??= (async () => {
      if (!alive()) return null;
      const h = handoffOf();
      h.gesture = gesture;
      (win as unknown as Record<symbol, unknown>)[HANDOFF] = h;
      try {
        await import(/* @vite-ignore */ h.api.runtime.getURL(MAIN_PATH));
      } catch (err) {
        // A page that calls window.stop() as the gesture ends aborts the import, and Chromium then refuses that
        // module's URL for the document's life (red team 55): the background runs the file here instead, which no
        // page can abort.
        const injected = await h.api.runtime
          .sendMessage({ lede: 1, type: 'loadPageScript', data: {} })
          .catch(() => null);
        if (!h.main || !(injected as { ok?: unknown } | null)?.ok) {
          console.warn('[lede] could not load the page script', err);
          main = null; // a later gesture may try again
          return null;
        }
      }
      if (h.main) watchReplaced();
      return h.main ?? null;
    })();
    return main;
  }

  /** What the reader's last selecting gesture selected (BootHandoff.gesture), handed to the rest when it loads. */
  let gesture: BootHandoff['gesture'];
  // Selection: only a reader's own (trusted) mouse or keyboard gesture loads the toolbar. A page cannot forge one.
  const onGesture = (e: Event) => {
    // Once the rest has started it hears gestures itself; while it loads, the bootstrap still keeps the last one (a
    // triple click's third press lands while the second's load is under way).
    if (!e.isTrusted || handoff?.main) return;
    const k = e as KeyboardEvent;
    const selectAll = e.type === 'keyup' && (k.ctrlKey || k.metaKey) && k.key.toLowerCase() === 'a';
    // Shift with a key that extends a selection (an arrow, Home, End, a page key); a capital letter typed in a form is not.
    if (e.type === 'keyup' && !selectAll && !(k.shiftKey && SELECTING_KEY.test(k.key))) return;
    const at = e.type === 'mouseup' ? { x: (e as MouseEvent).clientX, y: (e as MouseEvent).clientY } : undefined;
    // What the gesture selected, read now, before any listener of the page's hears it and can move it (red team 31:
    // a page that emptied the selection at mouseup and put it back a task later kept the rest from loading, then
    // had its own passage saved by the shortcut).
    // Several ranges (Firefox: a Ctrl-drag, or a page's own added beside the reader's) are not one passage: none kept.
    const now = win.getSelection();
    // What the page changed while the button was down (press-watch.ts): a selection over it is not the reader's.
    const touched = at ? press.released() : undefined;
    // A drag's selection must also be the one it had as the button came up (press-record.ts), before the page heard it.
    const range =
      now &&
      !input.erased &&
      now.rangeCount === 1 &&
      !now.isCollapsed &&
      !touchedIn(now.getRangeAt(0), touched, () => false) &&
      (!at || press.sameAsReleased(now.getRangeAt(0), String(now)))
        ? now.getRangeAt(0).cloneRange()
        : null;
    // A press the page cancelled made no selection of the reader's; `anchor`, where the press began.
    const { cancelled, anchor } = press;
    // A right-click selects nothing: the selection stays what the last gesture made.
    if ((e as MouseEvent).button !== 2 || e.type !== 'mouseup')
      gesture =
        range && String(now).trim() && !(at && cancelled)
          ? { range, text: String(now), href: win.location.href, ...(at ? { at, ...(anchor ? { anchor } : {}) } : {}) }
          : 'none';
    if (handoff) handoff.gesture = gesture;
    if (main) return;
    const seen = !!gesture && gesture !== 'none' && !(e.type === 'mouseup' && (e as MouseEvent).button === 2);
    // The address as the reader's gesture ended, before a page's own listener can move it (history.replaceState).
    const href = win.location.href;
    // A reader who presses a colour key before the toolbar has loaded still gets that highlight: the key is
    // remembered (not stopped: the page keeps its keys) and handed over with the selection. Heard from the gesture's
    // own moment: the browser runs input before timers, so a key pressed right after the release (a fast reader, a
    // busy page) came before the next task below, and was lost with no word to the reader (nothing saved, the
    // toolbar shown as if no key had been pressed).
    let key: string | undefined;
    const early = (k: KeyboardEvent) => {
      if (k.isTrusted && isColourKey(k)) key ??= k.key;
    };
    input.addEventListener('keydown', early as EventListener);
    const unhear = () => input.removeEventListener('keydown', early as EventListener);
    // The selection settles after mouseup; read it on the next task.
    later(() => {
      const sel = win.getSelection();
      if (((!sel || sel.isCollapsed || !String(sel).trim()) && !seen) || main || !alive()) return unhear();
      void loadMain().then((m) => {
        unhear();
        m?.selectionEnded(key, at, href);
      });
    }, 0);
  };
  /**
   * Whether a selection in this frame can be the reader's: the top frame's always can (one made before Lede listened
   * included), a sub-frame's only after a gesture of the reader's there selected something. A frame that keeps a
   * selection of its own (an embed, or a hostile one on a timer) does not answer the shortcut or the menu meant for
   * the reader's passage elsewhere: in Firefox its refusal told the reader a save had failed that had not (red team 37).
   * Once the rest has started, it keeps the reader's gestures and decides (extension-commands.ts).
   */
  const readersHere = (): boolean => {
    if (isTopFrame(win) || handoff?.main) return true;
    // The gesture's selection, still as it made it (red team 38, F3: an embed re-selected its own words later).
    const now = win.getSelection();
    return !!gesture && gesture !== 'none' && now?.rangeCount === 1 && sameRange(now.getRangeAt(0), gesture.range);
  };
  // On the window's capture phase (the hub), not the document: it sees the same gestures first, and listening on the
  // document would build the document's wrapper at load.
  input.addEventListener('mouseup', onGesture);
  input.addEventListener('keyup', onGesture);

  // The question: does this page have notes? Only then the painter. `unread` first asks without touching the page
  // (no DOM read: an isolated world pays for every kind of node it first reads); only where the site has notes does
  // the background ask for the declared canonicals (`readDeclared`).
  let asked: { route: string; declared: string } | null = null;
  /** The canonical and og:url the page declares now. */
  const declaredNow = () => ({
    canonical: doc().querySelector('link[rel~="canonical" i][href]')?.getAttribute('href') ?? null,
    ogUrl: doc().querySelector('meta[property="og:url" i][content]')?.getAttribute('content') ?? null,
  });
  const ask = (unread: boolean) => {
    if (main || !alive()) return;
    // Started at document_start: the declared canonical is read once the head has been parsed.
    if (!unread && doc().readyState === 'loading') {
      win.addEventListener('DOMContentLoaded', () => ask(false), { once: true });
      return;
    }
    let data: { url: string; canonical: string | null; ogUrl: string | null; unread?: true };
    if (unread) {
      data = { url: win.location.href, canonical: null, ogUrl: null, unread: true };
    } else {
      const { canonical, ogUrl } = declaredNow();
      const route = routeOf(win.location.href);
      const declared = `${canonical}\n${ogUrl}`;
      // After a route change, a head still declaring the previous route's canonical names the previous article.
      const stale = asked !== null && asked.route !== route && asked.declared === declared;
      asked = { route, declared };
      data = { url: win.location.href, canonical: stale ? null : canonical, ogUrl: stale ? null : ogUrl };
    }
    // With the address the document loaded at (lib/messaging.ts `Envelope`): a page that moved its address onto
    // another owner's path is given no notes (red team 53).
    const loadedAt = loadedAddress(win);
    getApi()
      .runtime.sendMessage({ lede: 1, type: 'pageNotes', data, ...(loadedAt ? { loadedAt } : {}) })
      .then((reply) => {
        const r = reply as
          | { ok?: boolean; articleKey?: string; annotations?: unknown[]; readDeclared?: boolean }
          | undefined;
        if (r?.ok && r.readDeclared && unread) return ask(false);
        if (!r?.ok || !r.annotations?.length || main) return;
        handoffOf().notes = { articleKey: r.articleKey!, annotations: r.annotations };
        // Painted at the reader's first input, not at load: a page must not learn with no gesture that this reader
        // has notes on it. (A selection, the popup or the sidebar loads the rest sooner: the reader's own acts.)
        arrived.whenArrived(() => void loadMain());
      })
      .catch(() => {
        // The background is unreachable (extension reloading): nothing to paint; a later gesture tries again.
      });
  };

  // A page that calls `document.open()` (rewriting itself with document.write after load) erases every listener on
  // its window and document, this isolated world's included: the hub went deaf, and the toolbar and colour keys with
  // it. A MutationObserver is not erased. It is set when the rest loads (which reads the document anyway) or, on a page
  // where nothing has loaded, a few seconds after load at an idle moment: touching the document costs this isolated
  // world 0.5-1 ms of script (its wrapper is built on first use), kept off the page's load. When set, and whenever the
  // document's own children change, the hub listens again (a no-op where its listeners survive) and a started page
  // side whose document was replaced starts again on the new one.
  let watching = false;
  const watchReplaced = () => {
    if (watching) return;
    watching = true;
    const rearm = () => {
      input.rearm();
      handoff?.main?.restartIfReplaced();
    };
    rearm();
    new MutationObserver(rearm).observe(doc(), { childList: true });
  };
  later(
    () =>
      whenIdle(
        win,
        () => {
          watchReplaced();
          away.start();
        },
        2000,
        0,
      ),
    WATCH_AFTER_MS,
  );

  if (sleeps) {
    // The background's handle on this bootstrap, under a symbol on this isolated world's window (the page's scripts
    // have their own wrapper of the window and never see it). Called through scripting.executeScript only.
    // The route the document loaded with, read only when woken: the navigation entry keeps the loaded URL across
    // single-page route changes. Where a browser has no entry, the route now counts as the loaded one.
    const loadedRoute = (): string | null => {
      const loaded = loadedAddress(win);
      return loaded ? routeOf(loaded) : null;
    };
    let again: Cancel | undefined;
    let resuming = false;
    const wake = (reason: WakeReason, note?: NoteResume | null): Promise<boolean> | boolean => {
      if (reason === 'listen') return loadMain().then((m) => m !== null);
      if (reason === 'note') {
        // The page replaced the document the reader was writing a note in (red team 56): the note-hold script has
        // held their keys from the page since this document started (entrypoints/note-hold.ts); it holds on, and the
        // rest takes it over and opens the note's editor again once the page is parsed.
        if (!note) return false;
        // Woken for it twice (Chrome's background at the commit, and the hold script's own question): opened once.
        if (resuming) return true;
        resuming = true;
        const early = (win as unknown as Record<symbol, KeyHold | undefined>)[EARLY_HOLD];
        early?.stay();
        const resume = () => {
          if (doc().readyState === 'loading') return void later(resume, 50);
          void loadMain().then((m) => (m ? m.resumeNote(note, early ?? null) : early?.release()));
        };
        resume();
        return true;
      }
      if (reason === 'selection') {
        // The context menu or the shortcut: only the frame holding the reader's selection starts and answers.
        const sel = win.getSelection();
        return !sel || sel.isCollapsed || !readersHere() ? false : loadMain().then((m) => m !== null);
      }
      // 'notes': the background saw that this URL's site has notes. On the URL the page loaded with, ask now;
      // after a single-page route change, once the site has had time to update its head.
      if (main) return true;
      const route = routeOf(win.location.href);
      // Woken at the parsed document and again at the load's end: asked again only where the page has declared
      // another canonical meanwhile (a site whose script writes it late), as the first question may have missed its notes.
      if (asked?.route === route) {
        const { canonical, ogUrl } = declaredNow();
        if (asked.declared === `${canonical}\n${ogUrl}`) return true;
        asked = null;
      }
      again?.();
      if (asked === null && (loadedRoute() ?? route) === route) ask(false);
      else again = later(() => ask(false), ROUTE_SETTLE_MS);
      return true;
    };
    (win as unknown as Record<symbol, unknown>)[WAKE] = wake;
    return;
  }

  // Subframes where the background learns only the top frame's URL (Firefox): a frame asks for itself, off the
  // critical path, and listens for the extension's messages (a sleeping frame's listener is the rest's own, once woken).
  const api = getApi();
  api.runtime.onMessage.addListener((message: unknown, sender: { id?: string; tab?: unknown; url?: string }) => {
    // Once started, the rest answers with its own listener; while it is loading, this one waits for it and answers.
    if (handoff?.main || !alive()) return undefined;
    const m = message as { lede?: unknown; type?: unknown; event?: unknown } | null;
    if (m?.lede !== 1 || m.type !== 'highlightSelection' || m.event !== undefined) return undefined;
    // Only the extension's own background and pages reach content scripts; checked again, with the payload, in the rest.
    if (sender.id !== api.runtime.id) return undefined;
    const sel = win.getSelection();
    // Every frame hears the command; only the one holding the reader's selection answers (first answer wins).
    if (!sel || sel.isCollapsed || !readersHere()) return undefined;
    return loadMain().then(
      (loaded) => loaded?.dispatch(message, sender) ?? { ok: false, reason: 'Lede could not start on this page.' },
    );
  });
  const askUnread = () => ask(true);
  whenIdle(win, askUnread, 1000, 50);
  // Single-page frames: ask again for the new route once the site has had time to update its head (the rest, once
  // loaded, watches routes itself). The Navigation API where there is one; elsewhere, Back/Forward only.
  let again: Cancel | undefined;
  const routeChanged = () => {
    again?.();
    again = later(askUnread, ROUTE_SETTLE_MS);
  };
  (win as { navigation?: EventTarget }).navigation?.addEventListener('currententrychange', routeChanged);
  win.addEventListener('popstate', routeChanged);
}
