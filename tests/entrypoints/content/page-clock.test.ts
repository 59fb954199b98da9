// Waits the page cannot cancel (page-clock.ts): they run once, after their time, unless Lede cancels them; a frame
// or idle moment the page cancelled (here: a window whose callbacks never come) still runs at the fallback.
import { describe, expect, it } from 'vitest';
import { beforeFrame, later, whenIdle } from '../../../entrypoints/content/page-clock';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A window that takes frame and idle callbacks and never runs them, as if the page had cancelled each. */
function cancellingWindow(): { view: Window; asked: { frame: number; idle: number }; run: () => void } {
  const held: (() => void)[] = [];
  const asked = { frame: 0, idle: 0 };
  const view = {
    requestAnimationFrame: (fn: () => void) => {
      asked.frame++;
      held.push(fn);
      return asked.frame;
    },
    requestIdleCallback: (fn: () => void) => {
      asked.idle++;
      held.push(fn);
      return asked.idle;
    },
  } as unknown as Window;
  return { view, asked, run: () => held.splice(0).forEach((fn) => fn()) };
}

describe('page clock', () => {
  it('later runs once after its time, and not at all once cancelled', async () => {
    const seen: string[] = [];
    later(() => seen.push('a'), 10);
    const cancel = later(() => seen.push('b'), 10);
    cancel();
    await sleep(2);
    expect(seen).toEqual([]);
    await sleep(40);
    expect(seen).toEqual(['a']);
  });

  it('a cancelled frame still places, at the fallback, and a frame that does come runs the placing once', async () => {
    const { view, asked, run } = cancellingWindow();
    let placed = 0;
    beforeFrame(view, () => placed++);
    expect(asked.frame).toBe(1);
    await sleep(30);
    expect(placed).toBe(0);
    await sleep(150);
    expect(placed).toBe(1);
    // A frame that comes first wins, and the fallback then does nothing.
    beforeFrame(view, () => placed++);
    run();
    expect(placed).toBe(2);
    await sleep(150);
    expect(placed).toBe(2);
    run(); // the first frame's callback, late: nothing again
    expect(placed).toBe(2);
  });

  it('an idle moment the page cancelled comes at the timeout; without idle callbacks, after the fallback', async () => {
    const { view, asked } = cancellingWindow();
    let ran = 0;
    whenIdle(view, () => ran++, 20);
    expect(asked.idle).toBe(1);
    await sleep(80);
    expect(ran).toBe(1);
    whenIdle({} as Window, () => ran++, 5000, 0);
    await sleep(30);
    expect(ran).toBe(2);
  });
});
