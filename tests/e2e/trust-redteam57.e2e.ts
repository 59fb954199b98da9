// Red team 57 (wave 38): a page that moves its route under a note being written, and one that keeps Lede's own
// elements where it cannot be seen: moved into a container of its own that is not drawn, or shrunk to nothing with
// CSS zoom that its own blocks undo. Real Chromium, built extension.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pressClosingEditor } from '../../scripts/lib/reader';
import { useTrustPage } from './trust-support';

const t = useTrustPage();

/** The page logs every character key it hears, from its first script on. */
const KEYLOG = `window.__keys = ''; addEventListener('keydown', (e) => { if (e.key.length === 1) window.__keys += e.key; }, true);`;
const keys = (page: Page) => page.evaluate(() => (window as unknown as { __keys: string }).__keys);

describe('red team 57: a route moved under a note', () => {
  it('R1 the page moves its route (pushState) while the reader writes a note: it hears no key, and the note is saved whole', async () => {
    const path = '/rt57/route-note.html';
    const page = await t.openPage(path, KEYLOG);
    await t.openNoteOnPassage(page, path);
    await page.evaluate(() => ((window as unknown as { __keys: string }).__keys = ''));
    await page.keyboard.type('Vetoes counted ', { delay: 40 });
    // A single-page site's route to another story, its title changed with it (so the route settles at once).
    await page.evaluate(() => {
      history.pushState({}, '', '/rt57/other-story');
      document.title = 'Another story';
    });
    await page.keyboard.type('twice in the spring session', { delay: 60 });
    await page.waitForTimeout(500);
    await pressClosingEditor(page, 'Control+Enter');
    await expect.poll(() => t.noteFor(path)).toBe('Vetoes counted twice in the spring session');
    expect(await keys(page)).toBe('');
    await page.close();
  });
});
