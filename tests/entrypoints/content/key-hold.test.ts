// The reader's keys held from a page that replaced the document their note was being written in (red team 56): what
// is kept as the note's text, what ends the hold, that the page's own listeners never get a held key, and the handover
// from the note-hold script's hold to the page script's.
import { describe, expect, it } from 'vitest';
import { KeyHold, type KeySource } from '../../../entrypoints/content/key-hold';

/** A key source that hands its listeners to the test, which plays events as the browser would. */
function source() {
  const listeners = new Map<string, Set<EventListener>>();
  const target: KeySource = {
    addEventListener: (type, fn) => {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)!.add(fn);
    },
    removeEventListener: (type, fn) => void listeners.get(type)?.delete(fn),
  };
  /** Plays a key (keydown then keyup) or a press; returns whether the page's listeners after the hold would hear it. */
  const play = (e: { type: string; key?: string; ctrlKey?: boolean; isTrusted?: boolean }): boolean => {
    let stopped = false;
    const event = {
      isTrusted: true,
      ctrlKey: false,
      metaKey: false,
      altKey: false,
      ...e,
      stopImmediatePropagation: () => (stopped = true),
      preventDefault: () => undefined,
    };
    for (const fn of [...(listeners.get(e.type) ?? [])]) fn(event as unknown as Event);
    return !stopped;
  };
  const type = (keys: string[]) => {
    for (const key of keys) {
      play({ type: 'keydown', key });
      play({ type: 'keyup', key });
    }
  };
  return { target, play, type, listening: () => [...listeners.values()].reduce((n, s) => n + s.size, 0) };
}

describe('KeyHold', () => {
  it('keeps the words typed, with Backspace, Enter and Ctrl+Enter as the editor reads them, and the page hears none', () => {
    const s = source();
    const hold = new KeyHold(s.target);
    s.type([...'Vetoes', 'Backspace', 'Backspace', 'o', 'Enter', 'x', 'Shift']);
    expect(hold.text).toBe('Vetoo\nx');
    expect(s.play({ type: 'keydown', key: 'a' })).toBe(false);
    expect(s.play({ type: 'keyup', key: 'a' })).toBe(false);
    // A shortcut is not a letter of the note; Ctrl+Enter asks for the save.
    s.play({ type: 'keydown', key: 'c', ctrlKey: true });
    expect(hold.save).toBe(false);
    s.play({ type: 'keydown', key: 'Enter', ctrlKey: true });
    expect(hold.save).toBe(true);
    expect(hold.text).toBe('Vetoo\nxa');
  });

  it('ignores the page’s synthetic keys (they are neither kept nor stopped)', () => {
    const s = source();
    const hold = new KeyHold(s.target);
    expect(s.play({ type: 'keydown', key: 'z', isTrusted: false })).toBe(true);
    expect(hold.text).toBe('');
  });

  it('ends at Escape or a press of the reader’s on the page, and the keys are the page’s again', () => {
    for (const end of [{ type: 'keydown', key: 'Escape' }, { type: 'mousedown' }]) {
      const s = source();
      const hold = new KeyHold(s.target);
      s.type(['a']);
      s.play(end);
      expect(hold.left).toBe(true);
      expect(hold.holding).toBe(false);
      expect(s.listening()).toBe(0);
      expect(s.play({ type: 'keydown', key: 'b' })).toBe(true);
      expect(hold.text).toBe('a');
    }
  });

  it('a page’s synthetic press does not end it', () => {
    const s = source();
    const hold = new KeyHold(s.target);
    s.play({ type: 'mousedown', isTrusted: false });
    expect(hold.holding).toBe(true);
  });

  it('a hold taken over keeps what the first held, first, and the first lets go', () => {
    const a = source();
    const early = new KeyHold(a.target);
    a.type([...'Veto']);
    early.stay();
    expect(early.stayed).toBe(true);
    expect(early.holding).toBe(true);
    const b = source();
    const hold = new KeyHold(b.target);
    b.type([...'es']);
    hold.adopt(early);
    expect(hold.text).toBe('Vetoes');
    expect(early.holding).toBe(false);
    expect(a.listening()).toBe(0);
  });
});
