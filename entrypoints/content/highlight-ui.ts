// The in-page widgets: the selection toolbar, the hover tip and the undo toast (the note editor is an extension page
// in a frame: editor-frame.ts). All built with DOM calls inside Lede's shadow root; every word in them is drawn from
// an attribute (setText, ui-host.ts), never a text node a page's window.find could reach.
import { DrawnWatch } from './drawn-watch';
import { isReaderEvent } from './input-hub';
import type { Cancel } from './page-clock';
import { DARK_UI_SWATCH_COLORS } from '../../core/palette';
import type { ColorId } from '../../core/types';
import type { ColorMeaning } from '../../lib/settings';
import { t } from '../../lib/i18n';
import { el, readableSpacing, setText, type UiHost } from './ui-host';

/** How often, while a toast shows, Lede looks whether the page's top layer buried it (ms). */
const TOAST_RECHECK_MS = 300;

export interface ToolbarActions {
  pick(color: ColorId): void;
  note(): void;
  tag(): void;
  /** `?` in the toolbar: show every shortcut (focus goes back to `from` after). */
  help?(from: HTMLElement): void;
}

const MARGIN = 8;

/** Places the toolbar above the selection (below when there is no room); returns whether it went above. */
function place(
  node: HTMLElement,
  rect: { left: number; top: number; bottom: number },
  view: Window,
  width: number,
): boolean {
  const left = Math.max(MARGIN, Math.min(rect.left, view.innerWidth - width - MARGIN));
  const above = rect.top - 48;
  node.style.left = `${left}px`;
  node.style.top = `${above > MARGIN ? above : Math.min(rect.bottom + MARGIN, view.innerHeight - 60)}px`;
  return above > MARGIN;
}

export class HighlightUi {
  private toolbar: HTMLElement | null = null;
  private toastNode: HTMLElement | null = null;
  private tipNode: HTMLElement | null = null;
  /** Cancels the open toast's timer. */
  private toastTimer: Cancel | undefined;
  /** The Undo of the open toast, if it offers one. */
  private toastAction: (() => void) | null = null;
  /** The toast's action undoes the reader's last one, so Ctrl+Z may run it too. */
  private toastUndoes = false;
  /** When the open toast began to offer its action (performance.now()). */
  private actionAt = 0;

  /** When the open toast's Undo was offered (performance.now()); 0 when none is offered. */
  get undoOfferedAt(): number {
    return this.toastAction ? this.actionAt : 0;
  }
  /** Whether the toast's Undo is drawn as it is when clicked (a page may cover it with a lure: drawn-watch.ts). */
  private drawn: DrawnWatch | null = null;

  /**
   * `schedule` is the session's setTimeout (page-life.ts), so timers die with the script and the page cannot cancel
   * them; it returns what cancels the timer.
   */
  constructor(
    private readonly ui: UiHost,
    private readonly doc: Document,
    private readonly schedule: (fn: () => void, ms: number) => Cancel,
  ) {}

  get isToolbarOpen(): boolean {
    return !!this.toolbar;
  }

  showToolbar(rect: DOMRect, colors: ColorMeaning[], actions: ToolbarActions): void {
    this.hideToolbar();
    const d = this.doc;
    // One visible tooltip for the bar, saying the colour's meaning for the button under the mouse or with the focus.
    const hint = el(d, 'div', { class: 'hint', attrs: { role: 'tooltip' } });
    hint.hidden = true;
    const swatches = colors.map((c, i) => {
      const meaning = t('swatchHint', c.label, i + 1);
      const b = el(d, 'button', { class: 'swatch', attrs: { 'aria-label': meaning, 'data-color': c.id } });
      b.style.background = DARK_UI_SWATCH_COLORS[c.id] ?? DARK_UI_SWATCH_COLORS.yellow;
      b.addEventListener('click', (e) => isReaderEvent(e) && actions.pick(c.id));
      const show = () => {
        setText(hint, meaning);
        hint.hidden = false;
        // Centred under the button, but never past the viewport's left edge.
        const centre = b.offsetLeft + b.offsetWidth / 2;
        hint.style.left = `${Math.max(centre, hint.offsetWidth / 2 + MARGIN - bar.getBoundingClientRect().left)}px`;
      };
      const hide = () => {
        if (!b.matches(':hover') && this.ui.root.activeElement !== b) hint.hidden = true;
      };
      b.addEventListener('mouseenter', show);
      b.addEventListener('focus', show);
      b.addEventListener('mouseleave', hide);
      b.addEventListener('blur', () => (hint.hidden = true));
      return b;
    });
    const note = el(d, 'button', { text: t('note'), attrs: { 'data-action': 'note' } });
    note.addEventListener('click', (e) => isReaderEvent(e) && actions.note());
    const tag = el(d, 'button', { text: t('tags'), attrs: { 'data-action': 'tag' } });
    tag.addEventListener('click', (e) => isReaderEvent(e) && actions.tag());
    const buttons = [...swatches, note, tag];
    const bar = el(d, 'div', { class: 'bar', attrs: { role: 'toolbar', 'aria-label': t('appName') } }, [
      ...swatches,
      el(d, 'span', { class: 'sep' }),
      note,
      tag,
      hint,
    ]);
    // Keep the page's selection: a mousedown on the toolbar must not collapse it.
    bar.addEventListener('mousedown', (e) => e.preventDefault());
    bar.addEventListener('keydown', (e) => {
      if (!isReaderEvent(e) || e.ctrlKey || e.metaKey || e.altKey) return;
      const at = buttons.indexOf(this.ui.root.activeElement as HTMLButtonElement);
      if (at < 0) return;
      const step =
        e.key === 'ArrowRight' || e.key === 'ArrowDown' || (e.key === 'Tab' && !e.shiftKey)
          ? 1
          : e.key === 'ArrowLeft' || e.key === 'ArrowUp' || e.key === 'Tab'
            ? -1
            : 0;
      let to = -1;
      if (step) to = (at + step + buttons.length) % buttons.length;
      else if (e.key === 'Home') to = 0;
      else if (e.key === 'End') to = buttons.length - 1;
      if (to >= 0) {
        e.preventDefault();
        buttons[to]!.focus();
      } else if (e.key === 'n' || e.key === 'N') {
        e.preventDefault();
        actions.note();
      } else if (e.key === '?' && actions.help) {
        e.preventDefault();
        actions.help(buttons[at]!);
      }
    });
    this.ui.root.append(bar);
    readableSpacing(bar);
    // The colour's meaning goes on the side away from the selection, so it never covers the passage being marked.
    if (place(bar, rect, d.defaultView!, 260)) bar.classList.add('above');
    this.toolbar = bar;
  }

  /** Moves the keyboard focus into the open toolbar (its first colour); false when no toolbar is open. */
  focusToolbar(): boolean {
    const first = this.toolbar?.querySelector('button');
    first?.focus();
    return !!first;
  }

  /** True while the keyboard focus is on one of the toolbar's buttons. */
  get toolbarHasFocus(): boolean {
    const active = this.ui.root.activeElement;
    return !!active && !!this.toolbar?.contains(active);
  }

  hideToolbar(): void {
    this.toolbar?.remove();
    this.toolbar = null;
  }

  /** A short message at the bottom of the viewport, with an optional action (Undo). */
  toast(
    message: string,
    action?: { label: string; run: () => void; notUndo?: true },
    kind: 'info' | 'error' = 'info',
  ): void {
    this.hideToast();
    this.toastTimer?.();
    const d = this.doc;
    const children: Node[] = [el(d, 'span', { text: message })];
    this.toastAction = action?.run ?? null;
    this.toastUndoes = !!action && !action.notUndo;
    this.actionAt = performance.now();
    if (action) {
      const b = el(d, 'button', { text: action.label, attrs: { 'data-action': 'undo' } });
      // Undo deletes a highlight just saved: a click the page lured onto it through a layer of its own, or with the
      // page faded, does nothing (Ctrl+Z still undoes).
      b.addEventListener('click', (e) => {
        if (isReaderEvent(e) && (!this.drawn || this.drawn.seen(b))) void this.undo();
      });
      children.push(b);
      const view = d.defaultView;
      if (view) {
        this.drawn ??= new DrawnWatch(view);
        this.drawn.watch(b);
      }
    }
    // Errors are alerts; other messages are spoken by Lede's live region (live-region.ts), not a second time here.
    const node = el(
      d,
      'div',
      { class: `toast ${kind === 'error' ? 'error' : ''}`, attrs: kind === 'error' ? { role: 'alert' } : {} },
      children,
    );
    this.ui.root.append(node);
    readableSpacing(node);
    this.toastNode = node;
    this.toastTimer = this.schedule(() => this.hideToast(), kind === 'error' ? 10_000 : 6_000);
    // The toast's time on screen is Lede's own moment, as its showing is: a page that spent the top layer's raises
    // with a burst of its own popovers, then showed one banner, dialog or fullscreen element over the toast, had it
    // unseen for its whole life, the words stored with it (red team 62, P2, P4, F1). While it shows, on Lede's clock
    // and never at the page's signal, a host the page's top layer left buried is raised again, whatever the budget:
    // at most one raise per look, and the looks end with the toast (20 for a 6 s one), so a page that answers each
    // cannot draw Lede into a fight without end. Each look also reads the page's shadow roots, whose banners,
    // popovers and dialogs in the top layer the document hears nothing of (a web component's): the toast was drawn
    // under one for its whole life (red team 63, SH).
    const look = (): void => {
      if (this.toastNode !== node) return;
      if (this.ui.buried()) this.ui.raise();
      else this.ui.lookDeep();
      this.schedule(look, TOAST_RECHECK_MS);
    };
    this.schedule(look, TOAST_RECHECK_MS);
  }

  /** Removes the toast and forgets its action: once gone, nothing can undo what it named. */
  hideToast(): void {
    const undo = this.toastNode?.querySelector('[data-action="undo"]');
    if (undo) this.drawn?.unwatch(undo);
    this.toastNode?.remove();
    this.toastNode = null;
    this.toastAction = null;
  }

  /**
   * Runs the open toast's Undo (its button, or Ctrl+Z) and closes it: the action the toast names, the reader's last,
   * never another. Returns false when no toast offers an undo.
   */
  undo(byKey = false): boolean {
    const run = this.toastAction;
    // Ctrl+Z runs only an action that undoes (Undo), not another the toast offers ("Let me select").
    if (!run || (byKey && !this.toastUndoes)) return false;
    this.hideToast();
    run();
    return true;
  }

  showTip(x: number, y: number, text: string): void {
    if (!this.tipNode) {
      this.tipNode = el(this.doc, 'div', { class: 'tip', attrs: { role: 'tooltip' } });
      this.ui.root.append(this.tipNode);
    }
    // The reader's note, drawn from an attribute: a page's window.find cannot reach it (setText).
    setText(this.tipNode, text.length > 500 ? `${text.slice(0, 500)}…` : text);
    const view = this.doc.defaultView!;
    this.tipNode.style.left = `${Math.min(x + 12, view.innerWidth - 330)}px`;
    this.tipNode.style.top = `${Math.min(y + 16, view.innerHeight - 40)}px`;
  }

  hideTip(): void {
    this.tipNode?.remove();
    this.tipNode = null;
  }

  destroy(): void {
    this.toastTimer?.();
    this.hideToolbar();
    this.hideToast();
    this.hideTip();
  }
}
