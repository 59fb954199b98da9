// The input hub hears the reader's keys in a frame of Lede's own as on the page (key-well.ts): the subscribers that
// keep a note's keys get them from either window, and nothing from the frame once the hub stops listening there.
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { InputHub } from '../../../entrypoints/content/input-hub';

describe('InputHub.hearKeysIn', () => {
  it("hands keys typed in Lede's frame to the same subscribers as the page's, until told to stop", async () => {
    const page = new Window();
    const well = new Window();
    const hub = new InputHub(page as unknown as globalThis.Window);
    const got: string[] = [];
    hub.addEventListener('keydown', (e) => got.push(`down ${(e as KeyboardEvent).key}`));
    hub.addEventListener('keyup', (e) => got.push(`up ${(e as KeyboardEvent).key}`));
    const stop = hub.hearKeysIn(well as unknown as globalThis.Window);
    page.dispatchEvent(new page.KeyboardEvent('keydown', { key: 'a' }));
    well.dispatchEvent(new well.KeyboardEvent('keydown', { key: 'b' }));
    well.dispatchEvent(new well.KeyboardEvent('keyup', { key: 'b' }));
    // Only keys: a press in the frame is not the reader's gesture on the page.
    well.dispatchEvent(new well.MouseEvent('mousedown'));
    stop();
    well.dispatchEvent(new well.KeyboardEvent('keydown', { key: 'c' }));
    page.dispatchEvent(new page.KeyboardEvent('keydown', { key: 'd' }));
    expect(got).toEqual(['down a', 'down b', 'up b', 'down d']);
    await page.happyDOM.close();
    await well.happyDOM.close();
  });
});
