// The reader's keys held from a new document whose page replaced the one the reader was writing a note in (red team
// 56): the background wakes the new document's bootstrap at once (entrypoints/background/note-watch.ts) and, from
// then until the note's editor is open again, every key the reader types is stopped on the window's capture phase,
// before any listener of the page's (the hub runs first), and kept for the note. A press of the reader's on the page,
// or Escape, ends the hold: they are doing something else, and the words kept go to the note's draft.

/**
 * Where the keys are heard: the bootstrap's input hub (input-hub.ts), or, in the note-hold script that starts before
 * it can be woken (entrypoints/note-hold.ts), the window's capture phase itself.
 */
export interface KeySource {
  addEventListener(type: 'keydown' | 'keyup' | 'mousedown', fn: EventListener, capture: true): void;
  removeEventListener(type: 'keydown' | 'keyup' | 'mousedown', fn: EventListener, capture: true): void;
}

/**
 * `text` with key `k` typed at its end, as a note's field takes it: Backspace takes the last character off, Enter is
 * a line break (with Ctrl or Meta it asks for the save instead: `asksSave`), and a character typed with no Ctrl, Meta
 * or Alt is added. Shared by every place that keeps the reader's keys for a note outside its editor's frame.
 */
export function typedInto(text: string, k: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): string {
  if (k.key === 'Backspace') return text.slice(0, -1);
  if (k.key === 'Enter') return asksSave(k) ? text : `${text}\n`;
  return [...k.key].length === 1 && !k.ctrlKey && !k.metaKey && !k.altKey ? text + k.key : text;
}

/** Ctrl+Enter (Meta+Enter): save the note. */
export const asksSave = (k: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey'>): boolean =>
  k.key === 'Enter' && (k.ctrlKey || k.metaKey);

/** The symbol under which the note-hold script leaves its hold on this isolated world's window, for the bootstrap. */
export const EARLY_HOLD: unique symbol = Symbol.for('lede.note-hold') as never;

export class KeyHold {
  /** The text typed, as the editor's own keeping reads it (editor-frame.ts `onEarlyKey`). */
  text = '';
  /** A Ctrl+Enter among the held keys: the note is saved once its editor has them. */
  save = false;
  /** The reader pressed the page or Escape: the note is not opened again. */
  left = false;
  private held = true;
  /** When the reader last typed a key held here (performance.now()); 0 before any. */
  lastKeyAt = 0;

  private readonly onKey = (e: Event): void => {
    const k = e as KeyboardEvent;
    if (!this.held || !k.isTrusted) return;
    k.stopImmediatePropagation();
    k.preventDefault();
    if (k.type !== 'keydown') return;
    this.lastKeyAt = performance.now();
    if (k.key === 'Escape') return this.leave();
    this.text = typedInto(this.text, k);
    if (asksSave(k)) this.save = true;
  };

  private readonly onPress = (e: Event): void => {
    if (this.held && e.isTrusted) this.leave();
  };

  constructor(private readonly input: KeySource) {
    input.addEventListener('keydown', this.onKey, true);
    input.addEventListener('keyup', this.onKey, true);
    input.addEventListener('mousedown', this.onPress, true);
  }

  /** Takes over what `early` held (the note-hold script's hold), which lets go in the same task. */
  adopt(early: KeyHold): void {
    this.text = early.text + this.text;
    this.save ||= early.save;
    this.lastKeyAt = Math.max(this.lastKeyAt, early.lastKeyAt);
    const left = early.left;
    early.release();
    if (left) this.leave();
  }

  /** Keeps holding: the bootstrap was woken for the note, and the rest takes it over (the note-hold script's). */
  stay(): void {
    this.stayed = true;
  }

  /** Told to `stay`: whoever holds it lets go of it only by taking it over. */
  stayed = false;

  get holding(): boolean {
    return this.held;
  }

  /** The keys are the page's again (the editor keeps them itself from here, or the reader left). */
  release(): void {
    this.held = false;
    this.input.removeEventListener('keydown', this.onKey, true);
    this.input.removeEventListener('keyup', this.onKey, true);
    this.input.removeEventListener('mousedown', this.onPress, true);
  }

  private leave(): void {
    this.left = true;
    this.release();
  }
}
