// One page's Lede session, loaded by the bootstrap when the page has notes, the reader selected text, or the
// extension asked: paint the reader's highlights, offer highlighting on a trusted selection, keep highlights in
// place as the page changes, and answer the extension's commands about this page.
import { browser } from 'wxt/browser';
import {
  anchorMany,
  describeRange,
  needsConfirmation,
  uncertainPlacements,
  type AnchorConfidence,
} from '../../core/anchoring';
import { MAX_QUOTE_CHARS } from '../../core/limits';
import { canonicalUrlOf, declaredCanonicals, stripTracking } from '../../core/article/canonical-url';
import { isProbablyArticle } from '../../core/article/page-checks';
import { createPainter, type Painter } from '../../core/highlight';
import type { Annotation, ColorId, Selector } from '../../core/types';
import { t, tCount } from '../../lib/i18n';
import { registerContentHandlers, sendToBackground, type PageSummary } from '../../lib/messaging';
import { DEFAULT_SETTINGS, loadSettings, watchSettings, type LedeSettings } from '../../lib/settings';
import { newAnnotationId } from './annotation-id';
import { EditorFrame } from './editor-frame';
import type { BootHandoff, PageMain } from './handoff';
import { HighlightUi } from './highlight-ui';
import { LiveRegion } from './live-region';
import { MutationPacer } from './mutation-pacer';
import { nearestHighlight } from './nearest-highlight';
import { NoteMarks } from './note-marks';
import type { PageLife } from './page-life';
import { watchRoutes } from './route-watch';
import { createArticleState, createHighlightState } from './session-state';
import { ShortcutsPanel } from './shortcuts-panel';
import { createUiHost, type UiHost } from './ui-host';

/** Pages larger than this are cut when handed to the extension for extraction. */
const MAX_SNAPSHOT_CHARS = 5_000_000;

/** Why a highlight the reader dropped is listed with the orphans. */
const DROPPED_REASON =
  'You said the passage Lede found is not this one: the highlight is kept here with its text and note.';

/** Text compared without its whitespace (markup and line breaks move it, the words stay). */
const squashed = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** A doubtful placement on the words the reader already said are not the passage: it stays an orphan. */
function isDropped(a: Annotation, found: { range: Range; confidence: AnchorConfidence }): boolean {
  return (
    a.droppedPlacement !== undefined &&
    needsConfirmation(found) &&
    squashed(found.range.toString()).slice(0, MAX_QUOTE_CHARS) === a.droppedPlacement
  );
}

export function startPageSession(doc: Document, life: PageLife, handoff: BootHandoff): PageMain {
  const view = doc.defaultView!;
  const isTop = view === view.top;
  let settings: LedeSettings = DEFAULT_SETTINGS;
  // The article check runs when first needed (the reader's first selection, or the popup asking), not on page load.
  const article = createArticleState(view.location.href, handoff.notes?.articleKey ?? null);
  const summary = (): PageSummary => (article.summary ??= summarize());
  const hl = createHighlightState((handoff.notes?.annotations as Annotation[] | undefined) ?? []);
  let ui: UiHost | null = null;
  let widgets: HighlightUi | null = null;
  let editor: EditorFrame | null = null;
  /** The selection the toolbar was offered for: a key press acts on it only if the page has not swapped it since. */
  let offered: Range | null = null;
  let painterInstance: Painter | null = null;
  const painter = (): Painter => (painterInstance ??= createPainter(doc));
  const pacer = new MutationPacer(life, () => repaint());
  const root = () => doc.body ?? doc.documentElement;
  // Reader aids (keyboard and screen reader): a polite live region, note marks, the shortcut list.
  const live = new LiveRegion(
    () => uiHost(),
    doc,
    (fn, ms) => life.setTimeout(fn, ms),
  );
  const marks = new NoteMarks(
    () => uiHost(),
    doc,
    (id) => openEditor(id),
  );
  const shortcuts = new ShortcutsPanel(() => uiHost(), doc);
  let announcedOrphans = 0;

  function articleKeyNow(): string {
    const href = view.location.href;
    const key = canonicalUrlOf(doc, href);
    const route = href.replace(/#.*$/, '');
    // A new path whose head still names the previous article (the site has not updated it): the location decides.
    if (article.knownKey && key === article.knownKey && route !== article.keyRoute) return stripTracking(href) ?? route;
    return key;
  }

  function summarize(): PageSummary {
    const href = view.location.href;
    let isArticle = false;
    try {
      isArticle = isProbablyArticle(doc);
    } catch {
      // A page that breaks DOM prototypes can make the check throw; it is then simply not offered as an article.
    }
    const meta = (property: string) =>
      doc.querySelector(`meta[property="${property}"]`)?.getAttribute('content')?.trim() || null;
    // The page's own title usually carries the site's name ("Story | Site"); og:title rarely does.
    const title = meta('og:title') || doc.title || href;
    const articleKey = articleKeyNow();
    // The declared canonicals go along (unless the head still names the previous route) so the background can decide
    // the key with the Public Suffix List, which the page side does not carry.
    const stale =
      article.knownKey !== null &&
      href.replace(/#.*$/, '') !== article.keyRoute &&
      canonicalUrlOf(doc, href) === article.knownKey;
    const declared = stale ? {} : declaredCanonicals(doc);
    return {
      url: href,
      articleKey,
      title: title.slice(0, 2000),
      siteName: meta('og:site_name')?.slice(0, 500) ?? null,
      isArticle,
      ...declared,
    };
  }

  function uiHost(): UiHost {
    if (!ui) ui = createUiHost(doc);
    // Pages that re-render their body (or remove nodes they did not make) take Lede's host with them: put it back.
    else if (!ui.host.isConnected) root().append(ui.host);
    return ui;
  }

  function widgetsFor(): HighlightUi {
    widgets ??= new HighlightUi(uiHost(), doc, (fn, ms) => life.setTimeout(fn, ms));
    uiHost();
    return widgets;
  }

  const quiet = () => settings.quietSites.includes(view.location.hostname);
  const offersToolbar = () => !quiet() && (summary().isArticle || hl.annotations.size > 0);

  /** Anchors every annotation in one pass over the page's text, paints them, and reports orphans. */
  function repaint(): void {
    const list = [...hl.annotations.values()];
    // `?.`: a corrupt stored record must become one orphan, not an exception that leaves the whole page unpainted.
    const results = anchorMany(
      root(),
      list.map((a) => a.target?.selector as Selector[]),
    );
    painterInstance?.clear();
    hl.placed = new Map();
    hl.orphans = [];
    list.forEach((a, i) => {
      const found = results[i];
      if (found && isDropped(a, found)) {
        hl.orphans.push({ id: a.id, reason: DROPPED_REASON });
      } else if (found) {
        hl.placed.set(a.id, found.range);
        painter().paint(a.id, found.range, a.body?.color, { unconfirmed: needsConfirmation(found) });
      } else {
        hl.orphans.push({
          id: a.id,
          reason: 'The passage was not found on the page as it is now (it may have been edited or removed).',
        });
      }
    });
    hl.uncertain = uncertainPlacements(
      list.map((a) => a.id),
      results,
    ).filter((u) => !hl.orphans.some((o) => o.id === u.id));
    syncMarks();
    announce(false);
    if (list.length > 0 || article.knownKey) report();
  }

  /** Tells the background where each annotation landed (the sidebar reads it). */
  function report(): void {
    void sendToBackground('annotationsAnchored', {
      articleKey: currentKey(),
      anchored: [...hl.placed.keys()],
      orphans: hl.orphans,
      uncertain: hl.uncertain,
    });
  }

  /**
   * The reader says the passage Lede found is the one: the annotation is described again at its place on the page
   * as it is now (new quote, context and position) and saved over the stored copy it was placed from, then painted
   * normally. Refused when the store's copy changed meanwhile.
   */
  async function confirmPlacement(id: string): Promise<{ ok: true } | { ok: false; reason: string }> {
    const annotation = hl.annotations.get(id);
    const range = hl.placed.get(id);
    if (!annotation || !range) return { ok: false, reason: 'This highlight is not placed on the page.' };
    const selectors = describeRange(root(), range);
    if (!selectors) return { ok: false, reason: 'The passage has no text Lede can find again.' };
    const updated: Annotation = {
      ...annotation,
      target: { ...annotation.target, selector: selectors },
      // Placed where the reader confirmed it: an earlier "not this one" is about other words.
      droppedPlacement: undefined,
      modified: new Date().toISOString(),
    };
    const reply = await sendToBackground('saveAnnotation', { annotation: updated, baseModified: annotation.modified });
    if (!reply.ok) return reply;
    hl.annotations.set(id, updated);
    const now = hl.placed.get(id);
    if (now) painter().paint(id, now, updated.body.color);
    hl.uncertain = hl.uncertain.filter((u) => u.id !== id);
    report();
    return { ok: true };
  }

  /**
   * The reader says the passage Lede found is not the one: the words it found are stored with the annotation (so the
   * same doubtful placement is not offered again after a reload), then it is unpainted and listed with the orphans,
   * text kept. Refused when the store's copy changed meanwhile.
   */
  async function dropPlacement(id: string): Promise<{ ok: true } | { ok: false; reason: string }> {
    const annotation = hl.annotations.get(id);
    const range = hl.placed.get(id);
    if (!annotation || !range) return { ok: false, reason: 'This highlight is not placed on the page.' };
    const updated: Annotation = {
      ...annotation,
      droppedPlacement: squashed(range.toString()).slice(0, MAX_QUOTE_CHARS),
      modified: new Date().toISOString(),
    };
    const reply = await sendToBackground('saveAnnotation', { annotation: updated, baseModified: annotation.modified });
    if (!reply.ok) return reply;
    hl.annotations.set(id, updated);
    hl.placed.delete(id);
    painterInstance?.remove(id);
    hl.uncertain = hl.uncertain.filter((u) => u.id !== id);
    hl.orphans = [...hl.orphans.filter((o) => o.id !== id), { id, reason: DROPPED_REASON }];
    syncMarks();
    report();
    return { ok: true };
  }

  /** Marks the passages whose highlight carries a note. */
  function syncMarks(): void {
    marks.show(
      [...hl.placed].filter(([id]) => hl.annotations.get(id)?.body?.note?.trim()).map(([id, range]) => ({ id, range })),
      t('noteMarkLabel'),
    );
  }

  /** Tells screen readers how many highlights the page has (`restored`) and, when it changes, how many are lost. */
  function announce(restored: boolean): void {
    const parts: string[] = [];
    if (restored && hl.placed.size > 0) parts.push(tCount('announceRestored', hl.placed.size));
    if (hl.orphans.length > 0 && (restored || hl.orphans.length !== announcedOrphans))
      parts.push(tCount('announceOrphans', hl.orphans.length));
    announcedOrphans = hl.orphans.length;
    if (parts.length > 0) live.say(parts.join('. '));
  }

  /** The key for a note made now: after a route change that has not settled yet, never the previous article's. */
  const currentKey = () => {
    if (view.location.href.replace(/#.*$/, '') !== article.keyRoute) return articleKeyNow();
    return article.summary?.articleKey ?? article.knownKey ?? summary().articleKey;
  };

  /** Tells the background about the page (records it when it is an article) and takes its notes. */
  function detect(): Promise<void> {
    article.detected = true;
    article.detection = detectNow();
    return article.detection;
  }

  /**
   * The page's detection, started now if nothing has started it yet. The rest of the page side can be loaded by an
   * extension message (the sidebar asking for its anchoring report) before the reader's first selection, so a
   * gesture is not the only way in: every first save waits for this, so the article is recorded from its own
   * metadata (og:title) before the background would fall back to the tab's title for the record.
   */
  const detectedOnce = (): Promise<void> => (article.detected ? article.detection : detect());

  async function detectNow(): Promise<void> {
    const page = summary();
    const reply = await sendToBackground('pageDetected', page);
    if (!reply.ok) return;
    // The background may decide the key itself (by the Public Suffix List, which the page side does not carry).
    const decided = (reply as { articleKey?: unknown }).articleKey;
    if (typeof decided === 'string' && decided !== page.articleKey) article.summary = { ...page, articleKey: decided };
    article.knownKey = article.summary?.articleKey ?? page.articleKey;
    hl.annotations = new Map(reply.annotations.map((a) => [a.id, a]));
    repaint();
    announce(true);
    if (hl.annotations.size > 0) pacer.observe(root(), (node) => !!ui?.contains(node));
  }

  function fail(reason: string): void {
    widgetsFor().toast(t('saveFailed', reason), undefined, 'error');
  }

  async function save(annotation: Annotation, message?: string): Promise<boolean> {
    // A quiet site is never reported; a save there (or after a failed detection) is recorded by the background
    // from the tab alone. A detection that broke must not cost the reader the note.
    if (!quiet()) await detectedOnce().catch(() => undefined);
    const reply = await sendToBackground('saveAnnotation', { annotation });
    if (!reply.ok) {
      fail(reply.reason);
      return false;
    }
    hl.annotations.set(annotation.id, annotation);
    if (message) widgetsFor().toast(message, { label: t('undo'), run: () => void remove(annotation.id, false) });
    pacer.observe(root(), (node) => !!ui?.contains(node));
    return true;
  }

  function forget(id: string): void {
    hl.annotations.delete(id);
    hl.placed.delete(id);
    painterInstance?.remove(id);
    syncMarks();
    live.say(t('deleted'));
  }

  async function remove(id: string, offerUndo: boolean): Promise<void> {
    const reply = await sendToBackground('deleteAnnotation', { id });
    if (!reply.ok) return fail(reply.reason);
    hl.lastDeleted = hl.annotations.get(id) ?? reply.annotation;
    forget(id);
    if (offerUndo) offerRestore();
  }

  function offerRestore(): void {
    const restore = hl.lastDeleted;
    if (restore)
      widgetsFor().toast(t('deleted'), { label: t('undo'), run: () => void save(restore).then(() => repaint()) });
  }

  /**
   * Saves the current selection as a highlight; returns its id, or null when nothing is selected. With `expected`
   * (the toolbar's own range), acts only when the selection is still that range: a page that swaps the selection
   * between the reader's gesture and key press gets nothing saved.
   */
  async function highlightSelection(
    color: ColorId,
    then?: 'note' | 'tags',
    expected?: Range | null,
  ): Promise<string | null> {
    const selection = view.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    const range = selection.getRangeAt(0);
    if (ui?.contains(range.commonAncestorContainer)) return null;
    if (expected !== undefined && (!expected || !sameRange(expected, range))) {
      widgets?.hideToolbar();
      return null;
    }
    try {
      const selectors = describeRange(root(), range);
      if (!selectors) {
        fail('this selection has no text Lede can find again.');
        return null;
      }
      const now = new Date().toISOString();
      const key = currentKey();
      const annotation: Annotation = {
        id: newAnnotationId(),
        articleKey: key,
        target: { source: key, selector: selectors },
        body: { note: '', tags: [], color },
        created: now,
        modified: now,
      };
      const painted = range.cloneRange();
      selection.removeAllRanges();
      widgets?.hideToolbar();
      if (!(await save(annotation, then ? undefined : t('saved')))) return null;
      hl.placed.set(annotation.id, painted);
      painter().paint(annotation.id, painted, color);
      live.say(t('announceSaved'));
      if (then) openEditor(annotation.id, then);
      return annotation.id;
    } catch (err) {
      // Never swallowed: whatever broke, the reader is told the highlight was not saved.
      fail(err instanceof Error ? err.message : String(err));
      return null;
    }
  }

  function openEditor(id: string, focus: 'note' | 'tags' = 'note'): void {
    const annotation = hl.annotations.get(id);
    const range = hl.placed.get(id);
    if (!annotation || !range) return;
    widgets?.hideToolbar();
    // No toast under an open editor: its Undo would remove the highlight whose note the reader is writing.
    widgets?.hideToast();
    editor ??= new EditorFrame(uiHost(), doc, handoff.api, {
      saved: (a) => {
        hl.annotations.set(a.id, a);
        const r = hl.placed.get(a.id);
        // A note edit is not a confirmation: an unconfirmed placement stays dashed.
        if (r) painter().paint(a.id, r, a.body.color, { unconfirmed: painterInstance?.isUnconfirmed(a.id) });
        syncMarks();
        if (a.body.note.trim()) live.say(t('announceNoteSaved'));
      },
      deleted: (a) => {
        hl.lastDeleted = hl.annotations.get(a.id) ?? a;
        forget(a.id);
        offerRestore();
      },
      failed: (reason) => fail(reason),
    });
    editor.open(annotation, range, focus);
  }

  function onSelectionEnd(): void {
    if (!offersToolbar()) return;
    const selection = view.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !selection.toString().trim()) {
      widgets?.hideToolbar();
      return;
    }
    const range = selection.getRangeAt(0);
    if (ui?.contains(range.commonAncestorContainer)) return;
    const rects = range.getClientRects();
    const rect = rects[0] ?? range.getBoundingClientRect();
    offered = range.cloneRange();
    widgetsFor().showToolbar(rect, settings.colors, {
      pick: (color) => void highlightSelection(color, undefined, offered),
      note: () => void highlightSelection(settings.defaultColor, 'note', offered),
      tag: () => void highlightSelection(settings.defaultColor, 'tags', offered),
      help: (from) => shortcuts.open(from),
    });
  }

  /** The reader's selection ended: detect the page (once) and offer the toolbar. */
  async function selectionEnded(key?: string): Promise<void> {
    if (!quiet()) await detectedOnce();
    onSelectionEnd();
    const color = key && widgets?.isToolbarOpen ? settings.colors[Number(key) - 1]?.id : undefined;
    if (color) void highlightSelection(color, undefined, offered);
  }

  function onKeyDown(e: KeyboardEvent): void {
    if (!e.isTrusted) return; // only the reader's own keys act; a page's synthetic ones are ignored
    if (readerKey(e)) return;
    if (widgets?.isToolbarOpen && /^[1-5]$/.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      const color = settings.colors[Number(e.key) - 1]?.id;
      if (color) {
        e.preventDefault();
        void highlightSelection(color, undefined, offered);
      }
    } else if (e.key === 'Escape') {
      widgets?.hideToolbar();
      editor?.close();
    } else if (e.key === 'z' && (e.ctrlKey || e.metaKey) && !e.shiftKey && widgets?.undo()) {
      // The toast's own Undo: the reader's last action, whatever else was saved or deleted before it.
      e.preventDefault();
    }
  }

  /** The keyboard path: Tab into the toolbar, Alt+Shift+N for the nearest note, Alt+Shift+/ for the shortcuts. */
  function readerKey(e: KeyboardEvent): boolean {
    const act = (): true => (e.preventDefault(), e.stopPropagation(), true);
    if (shortcuts.isOpen && e.key === 'Escape') return (shortcuts.close(), act());
    if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && !quiet()) {
      if (e.code === 'Slash') return (shortcuts.open(null), act());
      if (e.code !== 'KeyN' || hl.placed.size === 0) return false;
      const selection = view.getSelection();
      const at = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
      const id = nearestHighlight(hl.placed, at && !ui?.contains(at.commonAncestorContainer) ? at : null, view);
      return id ? (openEditor(id), act()) : false;
    }
    if (
      e.key === 'Tab' &&
      !e.altKey &&
      !e.ctrlKey &&
      !e.metaKey &&
      widgets?.isToolbarOpen &&
      !widgets.toolbarHasFocus &&
      !shortcuts.isOpen
    ) {
      return widgets.focusToolbar() && act();
    }
    return false;
  }

  function onClick(e: MouseEvent): void {
    if (!e.isTrusted) return;
    if (ui?.contains(e.composedPath()[0] as Node)) return;
    editor?.close();
    if (!view.getSelection()?.isCollapsed) return;
    const [id] = painterInstance?.hitTest(e.clientX, e.clientY) ?? [];
    if (id) openEditor(id);
  }

  let lastHover = 0;
  function onMouseMove(e: MouseEvent): void {
    if (hl.placed.size === 0 || !e.isTrusted || e.timeStamp - lastHover < 80) return;
    lastHover = e.timeStamp;
    const [id] = painterInstance?.hitTest(e.clientX, e.clientY) ?? [];
    const note = id ? hl.annotations.get(id)?.body.note : '';
    if (note) widgetsFor().showTip(e.clientX, e.clientY, note);
    else widgets?.hideTip();
  }

  const listener = registerContentHandlers(
    {
      async collectPage() {
        const html = doc.documentElement.outerHTML;
        void detectedOnce();
        return {
          ok: true,
          url: view.location.href,
          articleKey: currentKey(),
          html: html.length > MAX_SNAPSHOT_CHARS ? html.slice(0, MAX_SNAPSHOT_CHARS) : html,
          truncated: html.length > MAX_SNAPSHOT_CHARS,
        };
      },
      async showPassage({ selectors }) {
        const range = placedRangeFor(selectors) ?? anchorMany(root(), [selectors])[0]?.range;
        if (!range) return { ok: true, found: false };
        const target =
          range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
        // Smooth scrolling is for a reader watching who has not asked for reduced motion; a hidden tab would be
        // left half-way.
        const smooth =
          doc.visibilityState === 'visible' && !view.matchMedia('(prefers-reduced-motion: reduce)').matches;
        target?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
        painter().flash(range);
        return { ok: true, found: true };
      },
      async highlightSelection({ color }) {
        return { ok: true, id: await highlightSelection(color ?? settings.defaultColor) };
      },
      async refreshAnnotations() {
        await detect();
        return { ok: true };
      },
      async confirmPlacement({ id }) {
        return confirmPlacement(id);
      },
      async dropPlacement({ id }) {
        return dropPlacement(id);
      },
      async getAnchorReport() {
        return {
          ok: true,
          report: {
            articleKey: currentKey(),
            anchored: [...hl.placed.keys()],
            orphans: hl.orphans,
            uncertain: hl.uncertain,
          },
        };
      },
      async editorEvent(event) {
        return editor?.handle(event) ?? { ok: false, reason: 'no editor is open' };
      },
    },
    (type) => {
      // Every frame hears each command; only the frame holding the selection takes a highlight command, and only
      // the top frame speaks for the page otherwise (the first answer wins).
      if (type === 'highlightSelection') return !view.getSelection()?.isCollapsed;
      return isTop || type === 'editorEvent' || type === 'refreshAnnotations';
    },
  );
  life.onEnded(() => browser.runtime.onMessage.removeListener(listener));

  /** A passage already painted for one of the reader's highlights, found by its quote. */
  function placedRangeFor(selectors: Selector[]): Range | undefined {
    const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
    if (!quote) return undefined;
    for (const [id, range] of hl.placed) {
      if (hl.annotations.get(id)?.target.selector[0].exact === quote.exact) return range;
    }
    return undefined;
  }

  life.listen(doc, 'mouseup', (e) => {
    if (e.isTrusted) life.setTimeout(onSelectionEnd, 0);
  });
  life.listen<KeyboardEvent>(doc, 'keyup', (e) => {
    if (e.isTrusted && e.shiftKey && !ui?.contains(e.composedPath()[0] as Node)) onSelectionEnd();
  });
  life.listen<KeyboardEvent>(doc, 'keydown', onKeyDown, { capture: true });
  life.listen<MouseEvent>(doc, 'click', onClick);
  life.listen<MouseEvent>(doc, 'mousemove', onMouseMove, { passive: true });
  // Single-page apps change the article without a page load: once the new route has settled, detect again.
  watchRoutes(view, life, () => {
    article.summary = null;
    widgets?.hideToolbar();
    editor?.close();
    const key = articleKeyNow();
    article.keyRoute = view.location.href.replace(/#.*$/, '');
    article.knownKey = key;
    hl.annotations = new Map();
    repaint();
    if (article.detected) void detect();
    else
      void sendToBackground('listAnnotations', { articleKey: key }).then((r) => {
        if (!r.ok || r.annotations.length === 0) return;
        hl.annotations = new Map(r.annotations.map((a) => [a.id, a]));
        repaint();
      });
  });
  life.onEnded(() => {
    pacer.destroy();
    marks.destroy();
    live.destroy();
    painterInstance?.destroy();
    editor?.destroy();
    widgets?.destroy();
    ui?.destroy();
  });

  void loadSettings().then(async (s) => {
    settings = s;
    // Loaded by an extension message (the sidebar, a shortcut) before the bootstrap asked whether the page has
    // notes, this script was handed none: ask now, or they would stay unpainted until the reader's first selection.
    if (!handoff.notes && !article.detected && !quiet()) {
      const route = article.keyRoute;
      const reply = await sendToBackground('pageNotes', { url: view.location.href, ...declaredCanonicals(doc) });
      // A detection or a route change since then has the newer answer.
      if (!reply.ok || article.detected || route !== article.keyRoute || reply.annotations.length === 0) return;
      article.knownKey = reply.articleKey;
      hl.annotations = new Map(reply.annotations.map((a) => [a.id, a]));
    }
    if (hl.annotations.size > 0 && !quiet()) {
      repaint();
      pacer.observe(root(), (node) => !!ui?.contains(node));
      announce(true);
    }
  });
  const unwatch = watchSettings((s) => (settings = s));
  life.onEnded(unwatch);

  return {
    dispatch: (message, sender) =>
      (listener(message, sender as never) ?? Promise.resolve(undefined)) as Promise<unknown>,
    selectionEnded: (key) => void selectionEnded(key),
  };
}

function sameRange(a: Range, b: Range): boolean {
  return (
    a.startContainer === b.startContainer &&
    a.startOffset === b.startOffset &&
    a.endContainer === b.endContainer &&
    a.endOffset === b.endOffset
  );
}
