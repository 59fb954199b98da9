// Red team 58 (wave 38): attacks on the wave's new defences by a page that has read their code. Real Chromium, built
// extension.
import { describe, expect, it } from 'vitest';
import { clickText, paintedHighlights, pressClosingEditor } from '../../scripts/lib/reader';
import { clearHeard, editorShows, heard, rewriteItself } from './rewrite-support';
import { PASSAGE, useTrustPage } from './trust-support';

const t = useTrustPage();

/** What the page does to the element holding the focus the first time its window loses it to one of Lede's. */
const STRIKES = {
  'hides it (its own style, !important)': `a.style.setProperty('display', 'none', 'important');`,
  'makes it inert': `a.inert = true;`,
  'moves it into a hidden container of its own (moveBefore)': `const box = document.createElement('div'); box.style.display = 'none'; document.documentElement.append(box); box.moveBefore(a, null);`,
  'makes its own root inert': `document.documentElement.inert = true;`,
} as const;

describe('red team 58: the key well', () => {
  for (const [name, strike] of Object.entries(STRIKES)) {
    it(`K a page that rewrote itself ${name} as the key well takes the focus: it hears no key of the note`, async () => {
      const path = `/rt58/well-${name.split(' ')[0]}-${name.length}.html`;
      const page = await t.openPage(path, '');
      await t.highlight(page, PASSAGE);
      await expect.poll(() => t.quotesFor(path)).toEqual([PASSAGE]);
      // The page rewrites itself and listens first on its window (its listeners then come before Lede's), then strikes
      // the host of the first of Lede's elements to take the focus from it (the key well, key-well.ts), as it has
      // read it may.
      await rewriteItself(page, { listen: 'same task', strike });
      // The highlight is painted again on the written document. (Its range on the document before the rewrite, now
      // empty, was once seen still listed beside it: drawn nowhere, and not what this test is about.)
      await page.mouse.move(5, 5);
      await expect
        .poll(async () => (await paintedHighlights(page))['lede-yellow']?.includes(PASSAGE), { timeout: 10_000 })
        .toBe(true);
      await clearHeard(page);
      // The reader opens the note and types at once, as its editor loads: the keys go into the well meanwhile.
      await clickText(page, 'common cause');
      const note = 'Vetoes counted twice';
      await page.keyboard.type(note, { delay: 30 });
      await page.waitForTimeout(500);
      expect(await heard(page)).toBe('');
      const got = await editorShows(page, note);
      await pressClosingEditor(page, 'Control+Enter');
      await expect.poll(() => t.noteFor(path)).toBe(got);
      expect(await heard(page)).toBe('');
      await page.close();
    });
  }
});

describe('red team 58: a page that rewrites itself twice', () => {
  it('D the page rewrites itself as the reader types, and again 30 ms later, listening first each time: it hears no key, and the note comes back whole', async () => {
    const path = '/rt58/rewrite-twice.html';
    const page = await t.openPage(path, '');
    await t.openNoteOnPassage(page, path);
    await clearHeard(page);
    const note = 'Vetoes counted twice in the spring session';
    await page.keyboard.type(note.slice(0, 10), { delay: 60 });
    // The second rewrite comes while the note carried over the first is still held for its editor: the build before
    // carried nothing over it, opened no key frame, and the page heard "ted twice in the spring session".
    await rewriteItself(page, { listen: 'same task', again: 30 });
    await page.keyboard.type(note.slice(10), { delay: 60 });
    await page.waitForTimeout(800);
    expect(await heard(page)).toBe('');
    const got = await editorShows(page, note);
    await pressClosingEditor(page, 'Control+Enter');
    await expect.poll(() => t.noteFor(path)).toBe(got);
    // The note done, the page's keys are the page's again: a field of its own, focused by the page, gets what the
    // reader types there (the hold of the first restart, carried over the second, let go).
    await page.evaluate(() => {
      const field = document.createElement('input');
      field.id = 'search';
      document.body.prepend(field);
      field.focus();
    });
    await page.keyboard.type('veto', { delay: 30 });
    await expect
      .poll(() => page.evaluate(() => (document.getElementById('search') as HTMLInputElement).value))
      .toBe('veto');
    await page.close();
  });
});
