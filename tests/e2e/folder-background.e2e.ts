// The reader's folder with no Lede page open, in real Chromium: the folder is chosen in the library (the
// origin-private folder stands in for the picker, notes.html?vault=private), the library is closed, and the
// service worker alone keeps the article's note up to date within seconds of a new highlight, an edited note and a
// deletion. A real folder on disk the browser has not allowed writing to is recorded as such, shown on the toolbar,
// in the popup and in the library with the button that asks again; nothing is written and nothing pretended.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readPrivateFolder } from '../../scripts/lib/private-folder';
import {
  clickText,
  openExtensionPage,
  paintedHighlights,
  pressClosingEditor,
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

/** The status the background keeps (lib/folder-status.ts), read in the service worker. */
function folderStatus(): Promise<{ state: string; folder: string | null }> {
  return env.session.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
    };
    return ((await chrome.storage.local.get('folderStatus')).folderStatus ?? { state: 'none', folder: null }) as {
      state: string;
      folder: string | null;
    };
  });
}

function badgeText(): Promise<string> {
  return env.session.worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }
    ).chrome.action.getBadgeText({}),
  );
}

/**
 * Drops the directory `path` on `library` (CDP drag events carry real files) and keeps its FileSystemDirectoryHandle
 * where "Choose a folder" keeps the picker's, in the store's `handles`.
 */
async function dropFolderAsHandle(library: Page, path: string): Promise<void> {
  await library.evaluate(() => {
    const w = window as unknown as { dropped?: Promise<unknown> };
    document.addEventListener('dragover', (e) => e.preventDefault(), true);
    document.addEventListener(
      'drop',
      (e) => {
        e.preventDefault();
        const item = e.dataTransfer!.items[0] as DataTransferItem & { getAsFileSystemHandle(): Promise<unknown> };
        w.dropped = item.getAsFileSystemHandle();
      },
      true,
    );
  });
  const cdp = await env.session.context.newCDPSession(library);
  const data = { items: [], files: [path], dragOperationsMask: 1 };
  for (const type of ['dragEnter', 'dragOver', 'drop'] as const)
    await cdp.send('Input.dispatchDragEvent', { type, x: 200, y: 200, data });
  await library.evaluate(async () => {
    // The handle is awaited before the transaction opens: awaiting it inside one lets the transaction commit empty
    // when the drop resolves late, and the put then throws where nothing hears it (the test hung on a loaded machine).
    const handle = await (window as unknown as { dropped?: Promise<unknown> }).dropped;
    if (!handle) throw new Error('the drop carried no folder handle');
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('lede');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('handles', 'readwrite');
        tx.objectStore('handles').put(handle, 'vaultFolder');
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  });
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
    await pressClosingEditor(page, 'Control+Enter');
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

  it('a real folder the browser has not allowed: recorded, on the toolbar, in the popup and the library', async () => {
    // A real directory on disk, handed over as a person would by dropping it on the library (headless Chromium
    // cannot answer the picker): its handle may read but not write until the reader allows it, which is what the
    // service worker meets when the browser has withdrawn a permission.
    const dir = mkdtempSync(join(tmpdir(), 'lede-folder-'));
    try {
      // A retried attempt starts without the pages a failed one left open.
      for (const p of extensionPages()) await p.close();
      const library = await openExtensionPage(env.session, 'notes.html', { width: 1200, height: 1400 });
      await dropFolderAsHandle(library, dir);
      await library.close();
      expect(extensionPages()).toEqual([]);

      const { page, tabId } = await openArticle(env, '/seed/article.html');
      await highlight(page, 'announced 32 separate bilateral agreements', '3');
      await expect.poll(async () => (await folderStatus()).state, { timeout: 10_000 }).toBe('needs-permission');
      expect((await folderStatus()).folder).toBe(basename(dir));
      expect(readdirSync(dir)).toEqual([]); // nothing written, and nothing pretended
      expect(await badgeText()).toBe('!');

      const popup = await openPopup(env, tabId);
      const notice = popup.getByTestId('folder-notice');
      await expect
        .poll(() => notice.innerText())
        .toContain(`Lede needs permission to write to your folder “${basename(dir)}” again`);
      const opened = env.session.context.waitForEvent('page');
      await notice.getByRole('button', { name: 'Allow in the library' }).click();
      const again = await opened;
      expect(again.url()).toContain('/notes.html');
      const prompt = again.getByTestId('folder-permission');
      await expect.poll(() => prompt.innerText(), { timeout: 10_000 }).toContain('Lede needs permission');
      expect(
        await prompt.getByRole('button', { name: `Allow Lede to write to “${basename(dir)}” again` }).count(),
      ).toBe(1);
      await again.close();
      await popup.close();
      await page.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
