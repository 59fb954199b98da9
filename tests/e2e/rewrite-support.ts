// What the red teams on notes written while a page rewrites itself share (trust-redteam56, trust-redteam58): the
// page's record of the keys it heard, the open editor's words, and a page that writes itself anew with
// `document.open()`. Real Chromium, built extension.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { clickText, paintedHighlights, pressClosingEditor, waitForNoteEditor } from '../../scripts/lib/reader';
import { PASSAGE, type TrustPage } from './trust-support';
import { wholeButGap, wholeButOne } from './whole-but-one';

export const clearHeard = (page: Page) => page.evaluate(() => sessionStorage.removeItem('heard'));
export const heard = (page: Page) => page.evaluate(() => sessionStorage.getItem('heard') ?? '');

export { wholeButOne };

/**
 * Polls the open editor until its note is the typed words (or all but one letter; all but `gap` letters in one place
 * where given, see wholeButGap); returns what it shows. A failure names what the editor showed last.
 */
export async function editorShows(page: Page, typed: string, gap = 1): Promise<string> {
  let got = '';
  const whole = (shown: string) => wholeButGap(shown, typed, gap);
  await expect
    .poll(async () => (got = await editorNote(page)), { timeout: 15_000 })
    .toSatisfy(whole)
    // Said again with what it showed last (the poll's own message is written before it polls).
    .catch(() =>
      expect(whole(got), `the editor shows ${JSON.stringify(got)}, typed ${JSON.stringify(typed)}`).toBe(true),
    );
  return got;
}

/** The text of the open note editor's note field. */
async function editorNote(page: Page): Promise<string> {
  const frame = await waitForNoteEditor(page);
  return frame.evaluate(() => (document.querySelector('textarea') as HTMLTextAreaElement).value);
}

/** How a page rewrites itself: when it listens for keys again, and what else it does on the written document. */
export interface Rewrite {
  /** In the task that rewrote it (before Lede's hub listens again), or on the next. */
  listen: 'same task' | 'next task';
  /** A field of its own that takes the focus by script 40 ms on. */
  lure?: boolean;
  /** Every element added to its root from then on taken out again, as it comes. */
  sweep?: boolean;
  /**
   * Script run once on the document's active element the first time the window loses the focus to an element of
   * the page's document (the focus going into one of Lede's frames: its host is then the active element); `a` names it.
   */
  strike?: string;
  /**
   * When `strike` looks: at the window's blur (the default), or at each `focusin` of the page's document (an element
   * of Lede's taking the focus from another of Lede's, where the window does not lose it), or at every task ('poll':
   * a frame that takes the focus itself moves it with no event on the page's document). A strike that returns
   * `false` passed this element by and waits for the next.
   */
  strikeOn?: 'blur' | 'focusin' | 'poll';
  /** Milliseconds after which the page rewrites itself once more, the same way. */
  again?: number;
}

/** The page writes a new document over itself with `document.open()` (the same words) and logs the keys it hears. */
export const rewriteItself = (page: Page, how: Rewrite) =>
  page.evaluate((how) => {
    const rewrite = () => {
      const html = document.documentElement.outerHTML;
      const logKey = (e: KeyboardEvent) => {
        if (e.key.length === 1) sessionStorage.setItem('heard', (sessionStorage.getItem('heard') || '') + e.key);
      };
      document.open();
      document.write(html);
      document.close();
      if (how.listen === 'same task') addEventListener('keydown', logKey, true);
      else setTimeout(() => addEventListener('keydown', logKey, true), 0);
    };
    rewrite();
    if (how.again !== undefined) setTimeout(rewrite, how.again);
    if (how.lure) {
      const field = document.createElement('input');
      field.id = 'lure';
      document.body.prepend(field);
      setTimeout(() => field.focus(), 40);
    }
    if (how.sweep) {
      const mine = new Set<Node>([...document.documentElement.children, ...document.body.children]);
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) if (!mine.has(n)) (n as Element).remove();
      }).observe(document.documentElement, { childList: true });
    }
    if (how.strike) {
      let struck = false;
      const act = new Function('a', how.strike) as (a: Element) => unknown;
      const look = () => {
        const a = document.activeElement;
        if (!a || a === document.body || struck) return;
        struck = act(a) !== false;
        if (struck) sessionStorage.setItem('struck', '1');
      };
      if (how.strikeOn === 'focusin') addEventListener('focusin', look, true);
      else if (how.strikeOn === 'poll') {
        const tick = new MessageChannel();
        tick.port1.onmessage = () => {
          look();
          if (!struck) tick.port2.postMessage(0);
        };
        tick.port2.postMessage(0);
      } else addEventListener('blur', look);
    }
  }, how);

/**
 * The reader highlights PASSAGE on the page at `path` (opened with `script`), the page rewrites itself as `how` says
 * (not at all where null), and once the highlight is painted on the written document the reader clicks it, opening
 * its note, the page's record of heard keys cleared. Returns the page.
 */
export async function clickNoteAfterRewrite(
  t: TrustPage,
  path: string,
  script: string,
  how: Rewrite | null,
): Promise<Page> {
  const page = await t.openPage(path, script);
  await t.highlight(page, PASSAGE);
  await expect.poll(() => t.quotesFor(path)).toEqual([PASSAGE]);
  if (how) await rewriteItself(page, how);
  // The highlight is painted again on the written document. (Its range on the document before the rewrite, now
  // empty, was once seen still listed beside it: drawn nowhere, and not what these tests are about.)
  await page.mouse.move(5, 5);
  await expect
    .poll(async () => (await paintedHighlights(page))['lede-yellow']?.includes(PASSAGE), { timeout: 10_000 })
    .toBe(true);
  await clearHeard(page);
  await clickText(page, 'common cause');
  return page;
}

/**
 * The reader highlights PASSAGE on the page at `path` (opened with `script`), the page rewrites itself as `how` says
 * (not at all where it is null: the page's own script then logs what it hears in `heard`), and the reader opens the
 * highlight's note on the written document and types at once, as its editor loads. The page hears no key, before or
 * after the note is saved whole (every letter where `whole` is set; else all but one may do, see wholeButOne).
 * `untilStruck`: the reader types the first letters as the editor loads, then the rest once the page has struck
 * (it sets `struck` in its session storage), not under the strike: a key on its way into a frame the page tears down
 * is never answered to the test's keyboard, which then waits out the test (a reader's keyboard does not wait).
 */
export async function noteOpenedAfterRewrite(
  t: TrustPage,
  path: string,
  script: string,
  how: Rewrite | null,
  { whole = false, untilStruck = false }: { whole?: boolean; untilStruck?: boolean } = {},
): Promise<void> {
  const page = await clickNoteAfterRewrite(t, path, script, how);
  const note = 'Vetoes counted twice';
  if (untilStruck) {
    await page.keyboard.type(note.slice(0, 3), { delay: 5 });
    await expect.poll(() => page.evaluate(() => sessionStorage.getItem('struck'))).toBe('1');
    await page.waitForTimeout(300);
    await page.keyboard.type(note.slice(3), { delay: 30 });
  } else await page.keyboard.type(note, { delay: 30 });
  await page.waitForTimeout(500);
  expect(await heard(page)).toBe('');
  const shown = await editorShows(page, note);
  if (whole) expect(shown).toBe(note);
  await pressClosingEditor(page, 'Control+Enter');
  await expect.poll(() => t.noteFor(path)).toBe(shown);
  expect(await heard(page)).toBe('');
  // The page did strike (a strike that never ran would leave these tests unable to fail).
  if (how?.strike) expect(await page.evaluate(() => sessionStorage.getItem('struck'))).toBe('1');
  await page.close();
}

/**
 * The reader writes a note and, between two of their keys, the page rewrites itself as `how` says, which takes Lede's
 * editor frame with the old document. (Between keys, not under one: a key on its way into a frame torn down under it
 * is never answered to the test's keyboard, which then waits out the test, as it did once in CI; a reader's keyboard
 * does not wait.) The page hears no key, and the editor is open again on the written document's highlight with every
 * word, and saves it. Returns the page, closed unless `close` is false.
 */
export async function noteThroughRewrite(
  t: TrustPage,
  script: string,
  path: string,
  how: Rewrite,
  close = true,
): Promise<Page> {
  const page = await t.openPage(path, script);
  await t.openNoteOnPassage(page, path);
  await clearHeard(page);
  const note = 'Vetoes counted twice in the spring session';
  await page.keyboard.type(note.slice(0, 10), { delay: 60 });
  await rewriteItself(page, how);
  await page.keyboard.type(note.slice(10), { delay: 60 });
  await page.waitForTimeout(500);
  expect(await heard(page)).toBe('');
  const shown = await editorShows(page, note);
  await pressClosingEditor(page, 'Control+Enter');
  await expect.poll(() => t.noteFor(path)).toBe(shown);
  if (close) await page.close();
  return page;
}
