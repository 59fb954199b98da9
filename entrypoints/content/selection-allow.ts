// The rest of the selection guard (selection-guard.ts), loaded with the page side: whether a drag that left nothing
// selected was stopped by the page, and the reader's leave to select text there anyway.
import { sendToBackground } from '../../lib/runtime-messages';
import { SELECTABLE_CSS } from '../../lib/selectable';
import { loadSettings, saveSettings } from '../../lib/settings';
import { caretAt } from './caret-at';
import { drawnAs, type PressRecord } from './press-record';
import type { SelectionGuard } from './selection-guard';
import type { PageSession } from './session-state';

/** What a press on it is the page's own control for, not a press on its words. */
const CONTROL = [
  'a,button,input,textarea,select,label,summary,video,audio,canvas,iframe,[contenteditable],[draggable="true"]',
  ...['button', 'link', 'slider', 'tab', 'menuitem', 'option', 'checkbox', 'switch', 'textbox'].map(
    (r) => `[role="${r}"]`,
  ),
].join(',');

/**
 * Whether the reader's drag that ended at `at`, leaving nothing selected, was stopped by the page: pressed on words
 * (the press record's caret, not a control of the page's) and released over other words, where the page cancelled the
 * press, let a selection start and cancelled or emptied it, or set the pressed words `user-select: none`.
 */
export function stoppedDrag(
  doc: Document,
  at: { x: number; y: number },
  press: PressRecord,
  guard: SelectionGuard,
): boolean {
  const anchor = press.anchor;
  if (guard.keep || !anchor || anchor.moved || anchor.node.nodeType !== 3 || !anchor.node.textContent?.trim())
    return false;
  const end = caretAt(doc, at.x, at.y);
  if (!end || (end.node === anchor.node && Math.abs(end.offset - anchor.offset) < 2)) return false;
  const el = anchor.node.parentElement;
  if (!el || el.closest(CONTROL)) return false;
  if (press.cancelled || guard.started) return true;
  const style = doc.defaultView?.getComputedStyle(el);
  return !!style && (style.userSelect === 'none' || style.getPropertyValue('-webkit-user-select') === 'none');
}

/**
 * The words the reader dragged over, from the caret where their press began to the caret under the release, as
 * recorded at the release before the page heard it (PressRecord `dragged`), for a drag that left nothing selected on
 * a page they let select: a page that empties the selection on a timer leaves no selection for any key to act on.
 * Null when either end is not on words (a control), the page moved the pressed node, or has since changed the words
 * or how they are drawn (a label shown or slipped in as the button came up).
 */
export function draggedRange(press: PressRecord): Range | null {
  const d = press.dragged;
  if (!d || !press.anchor || press.anchor.moved) return null;
  const { range } = d;
  for (const n of [range.startContainer, range.endContainer])
    if (n.nodeType !== 3 || !n.isConnected || !n.parentElement || n.parentElement.closest(CONTROL)) return null;
  if (!range.toString().trim() || drawnAs(range, String(range)) !== d.drawn) return null;
  return range.cloneRange();
}

/**
 * Selecting works on `doc` again for as long as it is open: presses on its words, releases that end a selection,
 * `selectstart` and `selectionchange` kept from the page's listeners, its text selectable. Presses on Lede's own
 * elements stay theirs.
 */
export function allowSelecting(s: Pick<PageSession, 'doc' | 'handoff' | 'surface'>): void {
  const { doc } = s;
  const guard = s.handoff.guard;
  const own = (n: Node): boolean => s.surface.contains(n);
  if (guard.keep) return; // already: one style sheet is enough
  // A drag that still leaves nothing selected (a page emptying the selection on a timer) is recorded from now on.
  s.handoff.press.keepDragged = true;
  guard.keep = (e) => {
    if (e.type === 'selectstart' || e.type === 'selectionchange') return true;
    const target = e.target as Element | null;
    if ((e as MouseEvent).button !== 0 || !target?.closest || target.closest(CONTROL) || own(target)) return false;
    // A release that ends a selection is kept from a page that empties it as the button comes up; a click, which
    // selects nothing, stays the page's.
    if (e.type === 'pointerup' || e.type === 'mouseup') return !doc.getSelection()?.isCollapsed;
    return true;
  };
  // The background adds the same rule as a user style sheet, which outranks the page's inline `!important` styles and
  // which no script of the page can take away; the sheet here works at once, before that answer comes.
  void sendToBackground('allowSelecting', {}).then((r) => {
    if (!r.ok) console.warn('[lede] text made selectable by the page’s own rules only:', r.reason);
  });
  const view = doc.defaultView;
  if (!view) return;
  try {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(SELECTABLE_CSS);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    // A browser without constructed style sheets: a style element (a page's CSP may refuse it; the events are still
    // kept from the page's listeners).
    const style = doc.createElement('style');
    style.textContent = SELECTABLE_CSS;
    (doc.head ?? doc.documentElement).append(style);
  }
}

/** Adds `host` to the sites where the reader lets selecting work (settings `selectSites`); rejects when not saved. */
export async function rememberSelectSite(host: string): Promise<void> {
  const settings = await loadSettings();
  if (settings.selectSites.includes(host)) return;
  await saveSettings({ ...settings, selectSites: [...settings.selectSites, host] });
}
