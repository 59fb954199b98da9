// The list of every keyboard shortcut Lede has in a page, shown with `?` in the toolbar or Alt+Shift+/ anywhere.
// A small dialog in Lede's shadow root; Escape or Close puts the focus back where it was.
import { isReaderEvent } from './input-hub';
import { t, type MessageKey } from '../../lib/i18n';
import { el, type UiHost } from './ui-host';

/** The shortcuts, in the order a reader meets them: the key as printed, what it does. */
export const SHORTCUTS: readonly (readonly [string, MessageKey])[] = [
  ['Tab', 'shortcutToolbar'],
  ['← → Tab', 'shortcutMove'],
  ['1 – 5', 'shortcutColor'],
  ['n', 'shortcutNewNote'],
  ['Alt+Shift+N', 'shortcutNoteHere'],
  ['Ctrl+Z', 'shortcutUndo'],
  ['? · Alt+Shift+/', 'shortcutHelp'],
  ['Esc', 'shortcutClose'],
];

export class ShortcutsPanel {
  private node: HTMLElement | null = null;
  private returnTo: HTMLElement | null = null;

  constructor(
    private readonly ui: () => UiHost,
    private readonly doc: Document,
  ) {}

  get isOpen(): boolean {
    return !!this.node;
  }

  /** Shows the list and focuses its Close button; `returnTo` gets the focus back when it closes. */
  open(returnTo: HTMLElement | null): void {
    this.close();
    const d = this.doc;
    this.returnTo = returnTo;
    const list = el(
      d,
      'dl',
      {},
      SHORTCUTS.flatMap(([keys, what]) => [
        el(d, 'dt', {}, [el(d, 'kbd', { text: keys })]),
        el(d, 'dd', { text: t(what) }),
      ]),
    );
    const close = el(d, 'button', { text: t('shortcutsClose'), attrs: { 'data-action': 'close-shortcuts' } });
    close.addEventListener('click', (e) => isReaderEvent(e) && this.close());
    const title = el(d, 'h2', { text: t('shortcutsTitle'), attrs: { id: 'lede-shortcuts-title' } });
    const panel = el(
      d,
      'div',
      { class: 'shortcuts', attrs: { role: 'dialog', 'aria-labelledby': 'lede-shortcuts-title' } },
      [title, list, close],
    );
    panel.addEventListener('keydown', (e) => {
      if (!isReaderEvent(e)) return;
      if (e.key === 'Escape' || e.key === '?') {
        e.preventDefault();
        e.stopPropagation();
        this.close();
      } else if (e.key === 'Tab') {
        e.preventDefault(); // the only control is Close: keep the focus in the dialog
      }
    });
    panel.addEventListener('mousedown', (e) => e.preventDefault());
    this.ui().root.append(panel);
    this.node = panel;
    close.focus();
  }

  close(): void {
    if (!this.node) return;
    this.node.remove();
    this.node = null;
    if (this.returnTo?.isConnected) this.returnTo.focus();
    this.returnTo = null;
  }
}
