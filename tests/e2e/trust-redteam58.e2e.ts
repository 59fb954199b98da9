// Red team 58 (wave 38): attacks on the wave's new defences by a page that has read their code. Real Chromium, built
// extension.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clickText, paintedHighlights, pressClosingEditor, waitForNoteEditor } from '../../scripts/lib/reader';
import { PASSAGE, useTrustPage } from './trust-support';

const t = useTrustPage();

const heard = (page: Page) => page.evaluate(() => sessionStorage.getItem('heard') ?? '');
const clearHeard = (page: Page) => page.evaluate(() => sessionStorage.removeItem('heard'));

/**
 * Whether `got` is `typed` whole, or with one letter missing: a key pressed in the very moment the browser switches
 * documents is delivered to neither (red team 56).
 */
const wholeButOne = (got: string, typed: string): boolean =>
  got === typed ||
  (got.length === typed.length - 1 && [...typed].some((_, i) => typed.slice(0, i) + typed.slice(i + 1) === got));

/** What the page does to the element holding the focus the first time its window loses it to one of Lede's. */
const STRIKES = {
  'hides it (its own style, !important)': `a.style.setProperty('display', 'none', 'important');`,
  'makes it inert': `a.inert = true;`,
  'moves it into a hidden container of its own (moveBefore)': `const box = document.createElement('div'); box.style.display = 'none'; document.documentElement.append(box); box.moveBefore(a, null);`,
  'makes its own root inert': `document.documentElement.inert = true;`,
} as const;

/**
 * The page rewrites itself with document.open() and listens first on its window (its listeners then come before
 * Lede's), then waits for its window's blur: the focus going into Lede's key well (key-well.ts), whose host is the
 * document's active element. It strikes that host once, as it has read it may.
 */
async function rewriteAndStrike(page: Page, strike: string): Promise<void> {
  await page.evaluate((strike) => {
    const html = document.documentElement.outerHTML;
    const logKey = (e: KeyboardEvent) => {
      if (e.key.length === 1) sessionStorage.setItem('heard', (sessionStorage.getItem('heard') || '') + e.key);
    };
    document.open();
    document.write(html);
    document.close();
    addEventListener('keydown', logKey, true);
    let struck = false;
    const act = new Function('a', strike) as (a: Element) => void;
    addEventListener('blur', () => {
      const a = document.activeElement;
      if (!a || a === document.body || struck) return;
      struck = true;
      act(a);
    });
  }, strike);
}

describe('red team 58: the key well', () => {
  for (const [name, strike] of Object.entries(STRIKES)) {
    it(`K a page that rewrote itself ${name} as the key well takes the focus: it hears no key of the note`, async () => {
      const path = `/rt58/well-${name.split(' ')[0]}-${name.length}.html`;
      const page = await t.openPage(path, '');
      await t.highlight(page, PASSAGE);
      await expect.poll(() => t.quotesFor(path)).toEqual([PASSAGE]);
      await rewriteAndStrike(page, strike);
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
      const frame = await waitForNoteEditor(page);
      let got = '';
      await expect
        .poll(async () => {
          got = await frame.evaluate(() => (document.querySelector('textarea') as HTMLTextAreaElement).value);
          return wholeButOne(got, note);
        })
        .toBe(true);
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
    await page.evaluate(() => {
      const rewrite = () => {
        const html = document.documentElement.outerHTML;
        const logKey = (e: KeyboardEvent) => {
          if (e.key.length === 1) sessionStorage.setItem('heard', (sessionStorage.getItem('heard') || '') + e.key);
        };
        document.open();
        document.write(html);
        document.close();
        addEventListener('keydown', logKey, true);
      };
      rewrite();
      setTimeout(rewrite, 30);
    });
    await page.keyboard.type(note.slice(10), { delay: 60 });
    await page.waitForTimeout(800);
    expect(await heard(page)).toBe('');
    const frame = await waitForNoteEditor(page);
    let got = '';
    await expect
      .poll(async () => {
        got = await frame.evaluate(() => (document.querySelector('textarea') as HTMLTextAreaElement).value);
        return wholeButOne(got, note);
      })
      .toBe(true);
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
