// The reader's folder with no Lede page open, in real Chromium: the folder is chosen in the library (the
// origin-private folder stands in for the picker, notes.html?vault=private), the library is closed, and the
// service worker alone keeps the article's note up to date within seconds of a new highlight, an edited note and a
// deletion. When the browser withdraws the permission, the popup and the library say so and offer to ask again.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readPrivateFolder } from '../../scripts/lib/private-folder';
import {
  clickText,
  openExtensionPage,
  paintedHighlights,
  selectWithMouse,
  waitForNoteEditor,
} from '../../scripts/lib/reader';
import { openArticle, openPopup, useE2E } from './support';

const FIRST = 'Beijing and Moscow have found common cause on the United Nations Security Council';
const SECOND = 'its ties to China have never been closer';
const NOTE = /^China-and-Russia-Strengthen-Alliance-[0-9a-f]{6}\.md$/;
const env = useE2E();

async function highlight(page: Page, text: string, color: string): Promise<void> {
  await selectWithMouse(page, text);
  await page.waitForTimeout(100);
  await page.keyboard.press(color);
}

/** The article's note as the service worker sees the folder (no extension page is open to look). */
async function noteText(): Promise<string> {
  const files = await readPrivateFolder(env.session.worker, 'Lede');
  return Object.entries(files).find(([name]) => NOTE.test(name))?.[1] ?? '';
}

const extensionPages = () => env.session.context.pages().filter((p) => p.url().startsWith('chrome-extension://'));

describe('the folder follows changes with no Lede page open', () => {
  it('writes a new highlight, an edited note and a deletion within seconds, the library closed', async () => {
    const library = await openExtensionPage(env.session, 'notes.html?vault=private', { width: 1200, height: 1400 });
    await library.getByTestId('vault').getByRole('button', { name: 'Choose a folder' }).click();
    await expect.poll(() => library.getByTestId('vault').innerText()).toContain('Writing to the folder');
    await library.close();
    expect(extensionPages()).toEqual([]);

    const { page } = await openArticle(env, '/seed/article.html');
    let t0 = Date.now();
    await highlight(page, FIRST, '1');
    await expect.poll(() => paintedHighlights(page)).toEqual({ 'lede-yellow': [FIRST] });
    await expect.poll(noteText, { timeout: 10_000 }).toContain(FIRST);
    const firstDelay = Date.now() - t0;

    t0 = Date.now();
    await highlight(page, SECOND, '2');
    await expect.poll(noteText, { timeout: 10_000 }).toContain(SECOND);
    const secondDelay = Date.now() - t0;

    // An edited note reaches the file too.
    await clickText(page, 'common cause');
    await waitForNoteEditor(page);
    await page.keyboard.type('UN vetoes: check the count.');
    await page.keyboard.press('Control+Enter');
    await expect.poll(noteText, { timeout: 10_000 }).toContain('UN vetoes: check the count.');

    // A deletion in the page (from the note editor, keyboard alone) takes the passage out of the note.
    await clickText(page, 'common cause');
    await waitForNoteEditor(page);
    for (let i = 0; i < 7; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => paintedHighlights(page)).toEqual({ 'lede-green': [SECOND] });
    await expect.poll(noteText, { timeout: 10_000 }).not.toContain(FIRST);
    expect(await noteText()).toContain(SECOND);
    // The backup carries the deletion for other machines.
    const backups = Object.entries(await readPrivateFolder(env.session.worker, 'Lede')).filter(([n]) =>
      n.startsWith('backups/'),
    );
    expect(backups).toHaveLength(1);
    expect(backups[0]![1]).toContain('lede:tombstones');
    expect(extensionPages()).toEqual([]);
    console.log(`[folder] highlight → note file: ${firstDelay} ms (first), ${secondDelay} ms (second)`);
    await page.close();
  });

  it('says plainly when the browser asks again, in the popup and in the library, with a button', async () => {
    // An origin-private folder never loses its permission, so the background's record of a lapsed one is set here
    // as the background writes it (core/vault/folder-sync.ts records it when queryPermission is not 'granted').
    await env.session.worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }
      ).chrome.storage.local.set({
        folderStatus: { version: 1, state: 'needs-permission', folder: 'Notes', at: new Date().toISOString() },
      }),
    );
    const { page, tabId } = await openArticle(env, '/seed/article.html');
    const popup = await openPopup(env, tabId);
    const notice = popup.getByTestId('folder-notice');
    await expect
      .poll(() => notice.innerText())
      .toContain('Lede needs permission to write to your folder “Notes” again');
    const opened = env.session.context.waitForEvent('page');
    await notice.getByRole('button', { name: 'Allow in the library' }).click();
    const library = await opened;
    await library.waitForLoadState('domcontentloaded');
    expect(library.url()).toContain('/notes.html');
    const prompt = library.getByTestId('folder-permission');
    await expect.poll(() => prompt.innerText(), { timeout: 10_000 }).toContain('Lede needs permission');
    expect(await prompt.getByRole('button', { name: 'Allow Lede to write to “Notes” again' }).count()).toBe(1);
    // "Write now" finds the folder writable (origin-private): the prompt goes, everywhere at once.
    await library.getByRole('button', { name: 'Write now' }).click();
    await expect.poll(() => prompt.count()).toBe(0);
    await expect.poll(() => notice.count()).toBe(0);
    await library.close();
    await popup.close();
    await page.close();
  });
});
