// One page's Lede session: detect the article, paint the reader's highlights, offer highlighting on selection,
// keep highlights in place as the page changes, and answer the extension's commands about this page.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { anchorMany, describeRange, uncertainPlacements, type UncertainPlacement } from '../../core/anchoring';
import { canonicalUrlOf } from '../../core/article/canonical-url';
import { isProbablyArticle } from '../../core/article/page-checks';
import { createPainter, type Painter } from '../../core/highlight';
import type { Annotation, ColorId, Selector } from '../../core/types';
import { t } from '../../lib/i18n';
import { registerContentHandlers, sendToBackground, type PageSummary } from '../../lib/messaging';
import { DEFAULT_SETTINGS, loadSettings, watchSettings, type LedeSettings } from '../../lib/settings';
import { HighlightUi } from './highlight-ui';
import { createUiHost, type UiHost } from './ui-host';
import { MutationPacer } from './mutation-pacer';

/** Pages larger than this are cut when handed to the extension for extraction. */
const MAX_SNAPSHOT_CHARS = 5_000_000;

export function startPageSession(doc: Document, ctx: ContentScriptContext): void {
  const view = doc.defaultView!;
  let settings: LedeSettings = DEFAULT_SETTINGS;
  // Measured when first needed (at idle time, or when the reader or the extension asks), not on page load.
  let summaryCache: PageSummary | null = null;
  const summary = (): PageSummary => (summaryCache ??= summarize());
  let annotations = new Map<string, Annotation>();
  let placed = new Map<string, Range>();
  let orphans: { id: string; reason: string }[] = [];
  let uncertain: UncertainPlacement[] = [];
  let ui: UiHost | null = null;
  let widgets: HighlightUi | null = null;
  let lastDeleted: Annotation | null = null;
  // Made on first use: a page the reader never highlights gets no stylesheet and no highlight registry entries.
  let painterInstance: Painter | null = null;
  const painter = (): Painter => (painterInstance ??= createPainter(doc));
  const pacer = new MutationPacer(ctx, () => repaint());

  function summarize(): PageSummary {
    const href = view.location.href;
    const articleKey = canonicalUrlOf(doc, href);
    let isArticle = false;
    try {
      isArticle = isProbablyArticle(doc);
    } catch {
      // A page that breaks DOM prototypes can make the check throw; it is then simply not offered as an article.
    }
    const meta = (property: string) => doc.querySelector(`meta[property="${property}"]`)?.getAttribute('content')?.trim() || null;
    // The page's own title usually carries the site's name ("Story | Site"); og:title rarely does.
    const title = meta('og:title') || doc.title || href;
    return { url: href, articleKey, title: title.slice(0, 2000), siteName: meta('og:site_name')?.slice(0, 500) ?? null, isArticle };
  }

  function widgetsFor(): HighlightUi {
    if (!ui) ui = createUiHost(doc);
    // Pages that re-render their body (or remove nodes they did not make) take Lede's host with them: put it back.
    else if (!ui.host.isConnected) (doc.body ?? doc.documentElement).append(ui.host);
    widgets ??= new HighlightUi(ui, doc, (fn, ms) => ctx.setTimeout(fn, ms));
    return widgets;
  }

  const quiet = () => settings.quietSites.includes(view.location.hostname);
  const offersToolbar = () => !quiet() && (summary().isArticle || annotations.size > 0);

  /** Anchors every annotation in one pass over the page's text, paints them, and reports orphans. */
  function repaint(): void {
    const list = [...annotations.values()];
    // `?.`: a corrupt stored record must become one orphan, not an exception that leaves the whole page unpainted.
    const results = anchorMany(doc.body ?? doc.documentElement, list.map((a) => a.target?.selector as Selector[]));
    painterInstance?.clear();
    placed = new Map();
    orphans = [];
    list.forEach((a, i) => {
      const found = results[i];
      if (found) {
        placed.set(a.id, found.range);
        painter().paint(a.id, found.range, a.body?.color);
      } else {
        orphans.push({ id: a.id, reason: 'The passage was not found on the page as it is now (it may have been edited or removed).' });
      }
    });
    uncertain = uncertainPlacements(list.map((a) => a.id), results);
    void sendToBackground('annotationsAnchored', { articleKey: summary().articleKey, anchored: [...placed.keys()], orphans, uncertain });
  }

  async function load(): Promise<void> {
    const reply = await sendToBackground('pageDetected', summary());
    annotations = new Map(reply.ok ? reply.annotations.map((a) => [a.id, a]) : []);
    if (annotations.size > 0) {
      repaint();
      pacer.observe(doc.body ?? doc.documentElement, (node) => !!ui?.contains(node));
    }
  }

  async function save(annotation: Annotation, message?: string): Promise<boolean> {
    const reply = await sendToBackground('saveAnnotation', { annotation });
    if (!reply.ok) {
      widgetsFor().toast(t('saveFailed', reply.reason), undefined, 'error');
      return false;
    }
    annotations.set(annotation.id, annotation);
    if (message) widgetsFor().toast(message, { label: t('undo'), run: () => void remove(annotation.id, false) });
    pacer.observe(doc.body ?? doc.documentElement, (node) => !!ui?.contains(node));
    return true;
  }

  async function remove(id: string, offerUndo: boolean): Promise<void> {
    const reply = await sendToBackground('deleteAnnotation', { id });
    if (!reply.ok) {
      widgetsFor().toast(t('saveFailed', reply.reason), undefined, 'error');
      return;
    }
    lastDeleted = annotations.get(id) ?? reply.annotation;
    annotations.delete(id);
    placed.delete(id);
    painterInstance?.remove(id);
    if (offerUndo && lastDeleted) {
      const restore = lastDeleted;
      widgetsFor().toast(t('deleted'), { label: t('undo'), run: () => void save(restore).then(() => repaint()) });
    }
  }

  /** Saves the current selection as a highlight; returns its id, or null when nothing is selected. */
  async function highlightSelection(color: ColorId, then?: 'note' | 'tags'): Promise<string | null> {
    const selection = view.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    const range = selection.getRangeAt(0);
    if (ui?.contains(range.commonAncestorContainer)) return null;
    const selectors = describeRange(doc.body ?? doc.documentElement, range);
    if (!selectors) return null;
    const now = new Date().toISOString();
    const annotation: Annotation = {
      id: `urn:uuid:${crypto.randomUUID()}`,
      articleKey: summary().articleKey,
      target: { source: summary().articleKey, selector: selectors },
      body: { note: '', tags: [], color },
      created: now,
      modified: now,
    };
    const painted = range.cloneRange();
    selection.removeAllRanges();
    widgetsFor().hideToolbar();
    if (!(await save(annotation, then ? undefined : t('saved')))) return null;
    placed.set(annotation.id, painted);
    painter().paint(annotation.id, painted, color);
    if (then) openEditor(annotation.id, then);
    return annotation.id;
  }

  function openEditor(id: string, focus: 'note' | 'tags' = 'note'): void {
    const annotation = annotations.get(id);
    const range = placed.get(id);
    if (!annotation || !range) return;
    const rect = range.getBoundingClientRect();
    widgetsFor().showEditor(rect, annotation, settings.colors, focus, {
      save: (patch) => {
        const updated: Annotation = {
          ...annotation,
          body: { note: patch.note, tags: patch.tags, color: patch.color },
          modified: new Date().toISOString(),
        };
        void save(updated).then((ok) => {
          if (!ok) return;
          painter().paint(id, range, patch.color);
          widgets?.hideEditor();
        });
      },
      remove: () => {
        widgets?.hideEditor();
        void remove(id, true);
      },
    });
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
    widgetsFor().showToolbar(rect, settings.colors, {
      pick: (color) => void highlightSelection(color),
      note: () => void highlightSelection(settings.defaultColor, 'note'),
      tag: () => void highlightSelection(settings.defaultColor, 'tags'),
    });
  }

  function onKeyDown(e: KeyboardEvent): void {
    if (widgets?.isToolbarOpen && /^[1-5]$/.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      const color = settings.colors[Number(e.key) - 1]?.id;
      if (color) {
        e.preventDefault();
        void highlightSelection(color);
      }
    } else if (e.key === 'Escape') {
      widgets?.hideToolbar();
    } else if (e.key === 'z' && (e.ctrlKey || e.metaKey) && widgets?.hasUndoToast) {
      e.preventDefault();
      widgets.hideToast();
      const [last] = [...annotations.values()].sort((a, b) => b.created.localeCompare(a.created));
      if (lastDeleted && !annotations.has(lastDeleted.id)) void save(lastDeleted).then(() => repaint());
      else if (last) void remove(last.id, false);
    }
  }

  function onClick(e: MouseEvent): void {
    if (ui?.contains(e.composedPath()[0] as Node)) return;
    if (widgets?.isEditorOpen) widgets.hideEditor();
    if (!view.getSelection()?.isCollapsed) return;
    const [id] = painterInstance?.hitTest(e.clientX, e.clientY) ?? [];
    if (id) openEditor(id);
  }

  let lastHover = 0;
  function onMouseMove(e: MouseEvent): void {
    if (placed.size === 0 || e.timeStamp - lastHover < 80) return;
    lastHover = e.timeStamp;
    const [id] = painterInstance?.hitTest(e.clientX, e.clientY) ?? [];
    const note = id ? annotations.get(id)?.body.note : '';
    if (note) widgetsFor().showTip(e.clientX, e.clientY, note);
    else widgets?.hideTip();
  }

  registerContentHandlers({
    async collectPage() {
      const html = doc.documentElement.outerHTML;
      return {
        ok: true,
        url: view.location.href,
        articleKey: summary().articleKey,
        html: html.length > MAX_SNAPSHOT_CHARS ? html.slice(0, MAX_SNAPSHOT_CHARS) : html,
        truncated: html.length > MAX_SNAPSHOT_CHARS,
      };
    },
    async showPassage({ selectors }) {
      const range = placedRangeFor(selectors) ?? anchorMany(doc.body ?? doc.documentElement, [selectors])[0]?.range;
      if (!range) return { ok: true, found: false };
      const target = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
      // Smooth scrolling is for a reader watching who has not asked for reduced motion; a hidden tab would be
      // left half-way.
      const smooth = doc.visibilityState === 'visible' && !view.matchMedia('(prefers-reduced-motion: reduce)').matches;
      target?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
      painter().flash(range);
      return { ok: true, found: true };
    },
    async highlightSelection({ color }) {
      return { ok: true, id: await highlightSelection(color ?? settings.defaultColor) };
    },
    async refreshAnnotations() {
      await load();
      repaint();
      return { ok: true };
    },
    async getAnchorReport() {
      return { ok: true, report: { articleKey: summary().articleKey, anchored: [...placed.keys()], orphans, uncertain } };
    },
  });

  /** A passage already painted for one of the reader's highlights, found by its quote. */
  function placedRangeFor(selectors: Selector[]): Range | undefined {
    const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
    if (!quote) return undefined;
    for (const [id, range] of placed) {
      if (annotations.get(id)?.target.selector[0].exact === quote.exact) return range;
    }
    return undefined;
  }

  ctx.addEventListener(doc, 'mouseup', () => ctx.setTimeout(onSelectionEnd, 0));
  ctx.addEventListener(doc, 'keyup', (e) => {
    if ((e as KeyboardEvent).shiftKey) onSelectionEnd();
  });
  ctx.addEventListener(doc, 'keydown', (e) => onKeyDown(e as KeyboardEvent), { capture: true });
  ctx.addEventListener(doc, 'click', (e) => onClick(e as MouseEvent));
  ctx.addEventListener(doc, 'mousemove', (e) => onMouseMove(e as MouseEvent), { passive: true });
  // Single-page apps change the article without a page load: detect again and paint that article's notes.
  ctx.addEventListener(view, 'wxt:locationchange', () => {
    summaryCache = null;
    void load();
  });
  ctx.onInvalidated(() => {
    pacer.destroy();
    painterInstance?.destroy();
    widgets?.destroy();
    ui?.destroy();
  });

  void loadSettings().then((s) => {
    settings = s;
    // Detection and painting wait until the page is idle (at most a second), so the page's own start-up comes first.
    if (!quiet()) ctx.requestIdleCallback(() => void load(), { timeout: 1000 });
  });
  const unwatch = watchSettings((s) => (settings = s));
  ctx.onInvalidated(unwatch);
}
