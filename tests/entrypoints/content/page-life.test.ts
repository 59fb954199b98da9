// The page side's lifetime: it ends only when the extension is gone, and then nothing of it runs any more.
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { PageLife } from '../../../entrypoints/content/page-life';

describe('PageLife', () => {
  it('runs listeners while the extension is alive and removes them all once runtime.id is gone', () => {
    const win = new Window();
    let alive = true;
    const life = new PageLife(() => alive);
    const seen: string[] = [];
    let cleaned = 0;
    life.listen(win.document as unknown as EventTarget, 'mouseup', () => seen.push('mouseup'));
    life.onEnded(() => cleaned++);
    win.document.dispatchEvent(new win.Event('mouseup'));
    // Anything a page dispatches, under any name, changes nothing.
    win.document.dispatchEvent(
      new win.CustomEvent('wxt:content-script-started', { detail: { contentScriptName: 'content' } }),
    );
    expect(life.isInvalid).toBe(false);
    alive = false;
    win.document.dispatchEvent(new win.Event('mouseup')); // the check at this event ends the session
    win.document.dispatchEvent(new win.Event('mouseup'));
    expect(seen).toEqual(['mouseup']);
    expect(life.isInvalid).toBe(true);
    expect(cleaned).toBe(1);
    win.close();
  });

  it('does not fire timers after the session ended, and a throwing check counts as gone', async () => {
    let throws = false;
    const life = new PageLife(() => {
      if (throws) throw new Error('Extension context invalidated.');
      return true;
    });
    let fired = 0;
    life.setTimeout(() => fired++, 5);
    await new Promise((r) => setTimeout(r, 20));
    expect(fired).toBe(1);
    life.setTimeout(() => fired++, 5);
    throws = true;
    await new Promise((r) => setTimeout(r, 20));
    expect(fired).toBe(1);
    expect(life.isInvalid).toBe(true);
  });
});
