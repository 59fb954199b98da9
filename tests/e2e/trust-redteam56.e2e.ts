// Red team 56 (wave 36): a page that replaces itself while the reader writes a note. The note editor is an extension
// frame inside the page, so a page that reloads (or navigates) as the reader types tears the editor down with it:
// the keys the reader goes on typing land on the new document, where the page's own listeners hear the rest of the
// note. Real Chromium, built extension.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clickText, paintedHighlights, pressClosingEditor, waitForNoteEditor } from '../../scripts/lib/reader';
import { clearHeard, editorShows, heard, noteOpenedAfterRewrite, noteThroughRewrite } from './rewrite-support';
import { PASSAGE, SECOND, useTrustPage } from './trust-support';

const t = useTrustPage();

/**
 * The page's key logger, kept across its own reloads in sessionStorage: every character key the page's document hears,
 * on the window's capture phase, from its first script on.
 */
const LOGGER = `
  const logKey = (e) => { if (e.key.length === 1) sessionStorage.setItem('heard', (sessionStorage.getItem('heard') || '') + e.key); };
  addEventListener('keydown', logKey, true);
  addEventListener('input', (e) => sessionStorage.setItem('heard', (sessionStorage.getItem('heard') || '') + '[input]'), true);
  sessionStorage.setItem('loads', String(Number(sessionStorage.getItem('loads') || 0) + 1));
  addEventListener('pageshow', (e) => { if (e.persisted) window.__restored = true; });
`;

const loads = (page: Page) => page.evaluate(() => Number(sessionStorage.getItem('loads') ?? 0));

describe('red team 56: a page that replaces itself while a note is written', () => {
  it('R1 the page reloads as the reader types: no key reaches it, the editor comes back with every word', async () => {
    const path = '/rt56/reload-note.html';
    const page = await t.openPage(path, LOGGER);
    await t.openNoteOnPassage(page, path);
    await clearHeard(page);
    // The page reloads itself 600 ms into the reader's note (its own timer; it sees the focus go into Lede's frame).
    await page.evaluate(() => setTimeout(() => location.reload(), 600));
    const note = 'Vetoes counted twice in the spring session';
    await page.keyboard.type(note, { delay: 60 });
    await expect.poll(() => loads(page)).toBe(2);
    expect(await heard(page)).toBe('');
    // The editor is open again on the reloaded page, with the words typed before and after the reload. The keys
    // pressed as the new document commits, before any script of it runs, reach no listener of Lede's or the page's:
    // one on an idle machine, up to three under CI's load ("Vetoes nted twice…", wave 42; wholeButGap).
    const shown = await editorShows(page, note, 3);
    await pressClosingEditor(page, 'Control+Enter');
    await expect.poll(() => t.noteFor(path)).toBe(shown);
    expect(await heard(page)).toBe('');
    await page.close();
  });

  it('R2 the page navigates to a page without the highlight as the reader types: no key reaches it, the words wait in the note', async () => {
    const path = '/rt56/leave-note.html';
    const other = '/rt56/elsewhere.html';
    t.server.route(other, {
      body: `<!doctype html><html><head><script>${LOGGER}</script><title>Elsewhere</title></head><body><h1>Elsewhere</h1><p>Another page of the site, with nothing of the reader’s on it.</p></body></html>`,
    });
    const page = await t.openPage(path, LOGGER);
    await t.openNoteOnPassage(page, path);
    await clearHeard(page);
    await page.evaluate((to) => setTimeout(() => location.assign(to), 600), other);
    const note = 'Check the veto count against the record';
    await page.keyboard.type(note, { delay: 60 });
    await expect.poll(() => page.evaluate(() => location.pathname)).toBe(other);
    await page.waitForTimeout(1500);
    expect(await heard(page)).toBe('');
    // The reader is told where the words are; back on the article, the editor opens with all of them.
    await page.goBack();
    await expect.poll(() => page.evaluate(() => location.pathname)).toBe(path);
    await page.waitForTimeout(500);
    // Back from the back-forward cache, the editor is there as it was, and shows every word (the draft). Loaded
    // anew, the reader's first input paints the site's notes, and a click on the highlight opens its note.
    if (!(await page.evaluate(() => (window as unknown as { __restored?: boolean }).__restored))) {
      await page.mouse.move(1, 1);
      await page.mouse.move(5, 5);
      await expect.poll(() => paintedHighlights(page), { timeout: 10_000 }).toMatchObject({ 'lede-yellow': [PASSAGE] });
      await clickText(page, 'common cause');
    }
    const shown = await editorShows(page, note);
    await pressClosingEditor(page, 'Control+Enter');
    await expect.poll(() => t.noteFor(path)).toBe(shown);
    await page.close();
  });

  it('R3 a reload the reader did not write through (they had clicked back onto the page) holds no key', async () => {
    const path = '/rt56/reload-after-leaving.html';
    const page = await t.openPage(path, LOGGER);
    await t.openNoteOnPassage(page, path);
    await clearHeard(page);
    await page.keyboard.type('Draft one', { delay: 30 });
    // The reader clicks the page's heading: the editor gives up the focus, the page's keys are the page's again.
    await page.mouse.click(40, 40);
    await page.waitForTimeout(300);
    await page.evaluate(() => location.reload());
    await expect.poll(() => loads(page)).toBe(2);
    await page.waitForTimeout(500);
    await page.keyboard.type('abc', { delay: 30 });
    await expect.poll(() => heard(page)).toBe('abc');
    expect(page.frames().some((f) => f.url().includes('/note-editor.html'))).toBe(false);
    await page.close();
  });
  it('R4 the page rewrites itself with document.open() as the reader types: no key reaches it, the note comes back', async () => {
    await noteThroughRewrite(t, LOGGER, '/rt56/rewrite-note.html', { listen: 'next task' });
  });
  it('R7 the page rewrites itself and listens again in the same task, then moves the focus to a field of its own: no key reaches it', async () => {
    // Unlike R4, the page's listener is registered in the task that rewrote the page: before Lede's hub listens
    // again, so it runs first on the window (the build before heard "nt" and "n" of the note in three runs). A field
    // of the page's then takes the focus by script, 40 ms on.
    const page = await noteThroughRewrite(
      t,
      LOGGER,
      '/rt56/rewrite-same-task.html',
      { listen: 'same task', lure: true },
      false,
    );
    expect(await page.evaluate(() => (document.getElementById('lure') as HTMLInputElement).value)).toBe('');
    // Lede's frame that held the keys is gone with the editor back: no frame of Lede's is left but the editor's.
    expect(page.frames().filter((f) => f.url() === 'about:blank').length).toBe(0);
    await page.close();
  });
  it('R8 the page rewrites itself, listens again in the same task, and removes every element it did not make: no key reaches it', async () => {
    // The note comes back whole too: Lede's elements go into the closed shadow root on the body, out of its reach.
    await noteThroughRewrite(t, LOGGER, '/rt56/rewrite-sweeping.html', { listen: 'same task', sweep: true });
  });
  it('R9 a page that rewrote itself and listens first hears none of a note opened afterwards, typed as the editor loads', async () => {
    await noteOpenedAfterRewrite(t, '/rt56/rewritten-then-note.html', LOGGER, { listen: 'same task' });
  });
  it('R5 a page that keeps its main thread busy 400 ms of every 500 ms: two highlights saved and painted, a note written, and the page hears none of it', async () => {
    const path = '/rt56/busy-bursts.html';
    const page = await t.openPage(
      path,
      `${LOGGER} setInterval(() => { const end = performance.now() + 400; while (performance.now() < end) {} }, 500);`,
    );
    await t.highlight(page, PASSAGE);
    await expect.poll(() => t.quotesFor(path), { timeout: 15_000 }).toEqual([PASSAGE]);
    await t.highlight(page, SECOND, '2');
    await expect.poll(() => t.quotesFor(path), { timeout: 15_000 }).toEqual([PASSAGE, SECOND]);
    await expect
      .poll(() => paintedHighlights(page), { timeout: 10_000 })
      .toMatchObject({ 'lede-yellow': [PASSAGE], 'lede-green': [SECOND] });
    await page.mouse.move(1, 1);
    await clickText(page, 'common cause');
    await waitForNoteEditor(page, 15_000);
    await clearHeard(page);
    await page.keyboard.type('Busy page, quiet note', { delay: 40 });
    await pressClosingEditor(page, 'Control+Enter');
    await expect.poll(() => t.noteFor(path), { timeout: 15_000 }).toBe('Busy page, quiet note');
    expect(await heard(page)).toBe('');
    await page.close();
  });
  it('R6 with a note open in one tab, a page the reader opens in another gets its first keys (the hold lets go at once there)', async () => {
    const path = '/rt56/note-left-open.html';
    const page = await t.openPage(path, LOGGER);
    await t.openNoteOnPassage(page, path);
    await page.keyboard.type('Half a note', { delay: 30 });
    const other = '/rt56/other-tab.html';
    t.server.route(other, {
      body: `<!doctype html><html><head><script>${LOGGER}</script><title>Search</title></head><body><input id="q" autofocus></body></html>`,
    });
    const tab = await t.session.context.newPage();
    await tab.goto(`${t.server.url}${other}`);
    await expect.poll(() => tab.evaluate(() => document.activeElement?.id)).toBe('q');
    // At once, as a reader types into a search box the moment it has the caret.
    await tab.keyboard.type('veto', { delay: 20 });
    await expect.poll(() => tab.evaluate(() => (document.getElementById('q') as HTMLInputElement).value)).toBe('veto');
    expect((await heard(tab)).replaceAll('[input]', '')).toBe('veto');
    await tab.close();
    await page.close();
  });
});
