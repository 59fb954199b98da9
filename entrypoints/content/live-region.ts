// Lede's voice for screen readers: one polite aria-live region inside Lede's shadow host. The Highlight API paints
// without touching the DOM, so without it saving, deleting, restoring and orphaning would happen in silence.
import type { Cancel } from './page-clock';
import { el, setText, textOf, type UiHost } from './ui-host';

/** How long the region stays empty before a message is set, so assistive tech sees a change it announces. */
const SETTLE_MS = 120;

export class LiveRegion {
  private node: HTMLElement | null = null;
  /** Cancels the message pending (setting it after the pause). */
  private timer: Cancel | undefined;

  /** `ui` is asked for each message, so the region comes back when a page removed Lede's host. */
  constructor(
    private readonly ui: () => UiHost,
    private readonly doc: Document,
    /** The session's timers (page-life.ts): returns what cancels the timer. */
    private readonly schedule: (fn: () => void, ms: number) => Cancel,
  ) {}

  /** Announces `message` politely (after what the screen reader is saying). A newer message replaces a pending one. */
  say(message: string): void {
    const root = this.ui().root;
    if (!this.node || this.node.getRootNode() !== root) {
      this.node = el(this.doc, 'div', {
        class: 'live',
        attrs: { role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true', 'data-lede': 'live' },
      });
      root.append(this.node);
    }
    const node = this.node;
    // As an attribute drawn by CSS (setText): a page's window.find reads no count of the reader's highlights here.
    setText(node, '');
    this.timer?.();
    this.timer = this.schedule(() => setText(node, message), SETTLE_MS);
  }

  /** The text last announced (what the region holds now). */
  get text(): string {
    return this.node ? textOf(this.node) : '';
  }

  destroy(): void {
    this.timer?.();
    this.node?.remove();
    this.node = null;
  }
}
