// Red team 55 (wave 34): a page that cancels Lede's timers. In Chromium a content script's setTimeout,
// requestAnimationFrame and requestIdleCallback draw their ids from the same per-window list as the page's own, so a
// page that calls clearTimeout (cancelAnimationFrame, cancelIdleCallback) over every id up to a fresh one cancels
// whatever Lede had waiting: the read of the reader's selection after a drag, the toolbar's offer, the painter's next
// placing, the route watch's settling. Each left Lede waiting for ever. Real Chromium, built extension.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  clickText,
  paintedHighlights,
  pressClosingEditor,
  readerArrives,
  singlePageStory,
  tabIdOf,
  waitForNoteEditor,
} from '../../scripts/lib/reader';
import { STOPPER, sweeper } from './sweeper';
import { PASSAGE, SAMPLE, SECOND, tintOverPassage, useTrustPage } from './trust-support';

const t = useTrustPage();

const sweeps = (page: Page) => page.evaluate(() => (window as unknown as { __sweeps?: number }).__sweeps ?? 0);

describe('red team 55: a page that cancels every timer pending in its window', () => {
  it('T1 sweeping at the mouseup and at each key: the reader’s drag and colour key still highlight, again and again', async () => {
    const path = '/rt55/sweep-at-mouseup.html';
    const page = await t.openPage(path, sweeper(['mouseup', 'keydown']));
    await t.highlight(page, PASSAGE);
    await expect.poll(() => t.quotesFor(path), { timeout: 10_000 }).toEqual([PASSAGE]);
    expect(await tintOverPassage(page)).toBeGreaterThan(1500);
    // The second, with Lede's page side loaded: its own offer of the toolbar is what the sweep cancels now.
    await t.highlight(page, SECOND, '2');
    await expect.poll(() => t.quotesFor(path), { timeout: 10_000 }).toEqual([PASSAGE, SECOND]);
    await expect
      .poll(() => paintedHighlights(page))
      .toMatchObject({ 'lede-yellow': [PASSAGE], 'lede-green': [SECOND] });
    // The sweeps did run after Lede's listeners had heard each gesture.
    expect(await sweeps(page)).toBeGreaterThanOrEqual(4);
    await page.close();
  });

  it('T2 sweeping every 40 ms: the highlight follows its passage when the page moves it', async () => {
    const path = '/rt55/sweep-always-moves.html';
    const page = await t.openPage(path, sweeper(['always']));
    /**
     * The tint over the passage, brought to the window's middle and placed there while the page sweeps; the sweep
     * is paused only for the screenshot itself (see sweeper.ts), then goes on.
     */
    const tintWhileSweeping = async () => {
      await page.evaluate(() =>
        [...document.querySelectorAll('p')]
          .find((x) => x.textContent?.includes('common cause'))!
          .scrollIntoView({ block: 'center' }),
      );
      await page.evaluate(() => getSelection()?.removeAllRanges());
      await page.mouse.move(1, 1);
      await page.waitForTimeout(500);
      await page.evaluate('window.__sweepPause()');
      const tint = await tintOverPassage(page, false);
      await page.evaluate('window.__sweepResume()');
      return tint;
    };
    await t.highlight(page, PASSAGE, '1', true);
    await expect.poll(() => t.quotesFor(path), { timeout: 10_000 }).toEqual([PASSAGE]);
    expect(await tintWhileSweeping()).toBeGreaterThan(1500);
    // The page pushes the passage 240 px down, under where it was.
    await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((x) => x.textContent?.includes('common cause'))!;
      const block = document.createElement('div');
      block.style.height = '240px';
      p.before(block);
    });
    await page.waitForTimeout(1500);
    // Painted where the passage is now.
    expect(await tintWhileSweeping()).toBeGreaterThan(1500);
    expect(await sweeps(page)).toBeGreaterThan(20);
    await page.close();
  });

  // Passed before the mend too (the editor's waits only close it early), slower: a guard for the editor's waits now.
  it('T4 sweeping every 40 ms: the reader opens the note editor on their highlight, writes a note and saves it', async () => {
    const path = '/rt55/sweep-always-note.html';
    const page = await t.openPage(path, sweeper(['always']));
    await t.openNoteOnPassage(page, path, '1', true);
    await page.keyboard.type('Vetoes counted twice.');
    await pressClosingEditor(page, 'Control+Enter');
    await expect.poll(() => t.noteFor(path)).toBe('Vetoes counted twice.');
    expect(await sweeps(page)).toBeGreaterThan(20);
    await page.close();
  });

  it('T5 window.stop() after each mouseup: the reader’s drag and key still highlight (the page script is loaded by the background)', async () => {
    // The stop aborted the bootstrap's import() of the rest of the page side, and Chromium then refused that module's
    // URL for the document's life: nothing of Lede's ever started on the page, whatever the reader did after.
    const path = '/rt55/stop-at-mouseup.html';
    const page = await t.openPage(path, STOPPER);
    await t.highlight(page, PASSAGE);
    await expect.poll(() => t.quotesFor(path), { timeout: 10_000 }).toEqual([PASSAGE]);
    await t.highlight(page, SECOND, '2');
    await expect.poll(() => t.quotesFor(path), { timeout: 10_000 }).toEqual([PASSAGE, SECOND]);
    await expect
      .poll(() => paintedHighlights(page))
      .toMatchObject({ 'lede-yellow': [PASSAGE], 'lede-green': [SECOND] });
    expect(await page.evaluate(() => (window as unknown as { __stops: number }).__stops)).toBeGreaterThan(100);
    await page.close();
  });

  it('T6 window.stop() after each mouseup: the note editor still opens, with the words typed while it loaded', async () => {
    // The stop aborted the editor frame's navigation: the reader saw an empty box, the words they typed were dropped
    // with it ten seconds later. The frame is now sent to the editor again while it has not said it loaded.
    const path = '/rt55/stop-note.html';
    const page = await t.openPage(
      path,
      `${STOPPER} window.__keys = ''; addEventListener('keydown', (e) => { if (e.key.length === 1) window.__keys += e.key; }, true);`,
    );
    await t.highlight(page, PASSAGE);
    await expect.poll(() => t.quotesFor(path), { timeout: 10_000 }).toEqual([PASSAGE]);
    await page.mouse.move(1, 1);
    await page.evaluate(() => ((window as unknown as { __keys: string }).__keys = ''));
    // A quick reader: the note is typed at once after the click that opens the editor.
    await clickText(page, 'common cause');
    await page.keyboard.type('Stopped twice.', { delay: 20 });
    await waitForNoteEditor(page);
    await pressClosingEditor(page, 'Control+Enter');
    await expect.poll(() => t.noteFor(path)).toBe('Stopped twice.');
    // None of the note's keys reached the page.
    expect(await page.evaluate(() => (window as unknown as { __keys: string }).__keys)).toBe('');
    await page.close();
  });

  it('T7 window.stop() without pause keeps the editor out: the reader is told, and the words typed wait in the sidebar', async () => {
    const path = '/rt55/stop-always-note.html';
    const page = await t.openPage(path);
    await t.highlight(page, PASSAGE);
    await expect.poll(() => t.quotesFor(path), { timeout: 10_000 }).toEqual([PASSAGE]);
    await page.mouse.move(1, 1);
    // From now on the page stops its loads every few milliseconds, for good.
    await page.evaluate(() => setInterval(() => window.stop(), 2));
    await clickText(page, 'common cause');
    await page.keyboard.type('Check the veto count', { delay: 20 });
    // The open's own limit (10 s): the editor closes and the toast sends the reader to the sidebar.
    await page.waitForTimeout(11_000);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).not.toBe('IFRAME');
    const sidebar = await t.session.context.newPage();
    await sidebar.goto(
      `chrome-extension://${t.session.extensionId}/sidepanel.html?tab=${await tabIdOf(t.session, page)}`,
    );
    await sidebar.getByRole('tab', { name: /notes/i }).click({ timeout: 20_000 });
    // The highlight's editor there opens with the words typed on the page, not yet saved.
    await expect.poll(() => sidebar.getByLabel('Note', { exact: true }).inputValue()).toBe('Check the veto count');
    expect(await t.noteFor(path)).toBe('');
    await sidebar.close();
    await page.close();
  });

  it('T3 sweeping every 40 ms: a site’s notes are painted on arrival and after a single-page route change', async () => {
    const one = '/rt55/spa/one';
    const two = '/rt55/spa/two';
    // The reader's notes, made on each story before the page turns hostile.
    for (const [path, text, key] of [
      [one, PASSAGE, '2'],
      [two, SECOND, '3'],
    ] as const) {
      t.server.route(path, { body: singlePageStory(SAMPLE, path, two) });
      const page = await t.session.context.newPage();
      await page.goto(`${t.server.url}${path}`);
      await t.highlight(page, text, key);
      await expect.poll(() => paintedHighlights(page)).not.toEqual({});
      await page.close();
    }
    await expect.poll(async () => (await t.quotesFor(one)).length + (await t.quotesFor(two)).length).toBe(2);
    // The same stories, now sweeping every 40 ms from the first script on.
    for (const path of [one, two])
      t.server.route(path, {
        body: singlePageStory(SAMPLE, path, two).replace('<head>', `<head><script>${sweeper(['always'])}</script>`),
      });
    const page = await t.session.context.newPage();
    await page.goto(`${t.server.url}${one}`);
    await page.bringToFront();
    await readerArrives(page);
    await expect.poll(() => paintedHighlights(page), { timeout: 8000 }).toEqual({ 'lede-green': [PASSAGE] });
    await page.evaluate(() => (window as unknown as { navigate(): void }).navigate());
    await expect.poll(() => paintedHighlights(page), { timeout: 10_000 }).toEqual({ 'lede-blue': [SECOND] });
    expect(await sweeps(page)).toBeGreaterThan(20);
    await page.close();
  });
});
