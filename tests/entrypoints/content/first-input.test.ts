// The reader's first input on a page, which a page with notes waits for before anything of Lede's is painted there
// (red team 50, N): what counts as the reader's, and what a page can make happen itself, which does not.
import { describe, expect, it } from 'vitest';
import { FirstInput } from '../../../entrypoints/content/first-input';
import type { InputHub } from '../../../entrypoints/content/input-hub';

/** A window and a hub that hand their listeners to the test, which then plays events as the browser would. */
function harness() {
  const listeners = new Map<string, EventListener>();
  const target = {
    addEventListener: (type: string, fn: EventListener) => listeners.set(type, fn),
    removeEventListener: (type: string) => listeners.delete(type),
  };
  const first = new FirstInput(target as unknown as Window, target as unknown as InputHub);
  let ran = 0;
  first.whenArrived(() => ran++);
  const play = (e: Partial<MouseEvent> & { type: string; isTrusted: boolean }) =>
    listeners.get(e.type)?.(e as unknown as Event);
  return { first, play, ran: () => ran, listening: () => listeners.size };
}

const cases: Record<
  string,
  { events: Array<Partial<MouseEvent> & { type: string; isTrusted: boolean }>; counts: boolean }
> = {
  'a pointer the reader moved': {
    events: [{ type: 'mousemove', isTrusted: true, movementX: 3, movementY: 0 }],
    counts: true,
  },
  'a key': { events: [{ type: 'keydown', isTrusted: true }], counts: true },
  'a press': { events: [{ type: 'pointerdown', isTrusted: true }], counts: true },
  'a wheel': { events: [{ type: 'wheel', isTrusted: true }], counts: true },
  'a touch': { events: [{ type: 'touchstart', isTrusted: true }], counts: true },
  // What a page can cause: the browser's own move under a resting pointer (the page moved the layout), its events.
  'a move with no movement (the page moved under a resting pointer)': {
    events: [{ type: 'mousemove', isTrusted: true, movementX: 0, movementY: 0 }],
    counts: false,
  },
  "the page's own events": {
    events: [
      { type: 'keydown', isTrusted: false },
      { type: 'mousemove', isTrusted: false, movementX: 5, movementY: 5 },
      { type: 'wheel', isTrusted: false },
    ],
    counts: false,
  },
};

describe('FirstInput', () => {
  it.each(Object.entries(cases))('%s', (_name, { events, counts }) => {
    const h = harness();
    for (const e of events) h.play(e);
    expect(h.first.arrived).toBe(counts);
    expect(h.ran()).toBe(counts ? 1 : 0);
    // Once it came, nothing listens any more; what waits later runs at once.
    if (counts) {
      expect(h.listening()).toBe(0);
      let later = 0;
      h.first.whenArrived(() => later++);
      expect(later).toBe(1);
    }
  });
});
