// The words of a note being written survive the browser closing before Save: the reader starts it again, clicks the
// highlight, and finds them, with a line saying they are unsaved; Escape then discards them for good. Until wave 18
// drafts lived in memory (`storage.session`) and closing the browser lost them.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionSession } from '../../scripts/lib/browser';
import {
  clickText,
  paintedHighlights,
  pressClosingEditor,
  selectWithMouse,
  tabIdOf,
  waitForNoteEditor,
} from '../../scripts/lib/reader';
import { serveDirectory, type TestServer } from '../../scripts/lib/serve';
import { readStore } from './support';

const SAMPLE = readFileSync('tests/fixtures/seed/article.html', 'utf8');

describe('a note being written when the browser closes', () => {
  let server: TestServer;
  let profile: string;
  let session: ExtensionSession | null = null;

  beforeAll(async () => {
    server = await serveDirectory(resolve('tests/fixtures'));
    profile = mkdtempSync(join(tmpdir(), 'lede-draft-profile-'));
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  /** Starts Chromium on the test's profile and opens the article. */
  async function openOnProfile() {
    session = await launchWithExtension({ profile, onlyLocal: true });
    const page = await session.context.newPage();
    await page.goto(`${server.url}/draft/article.html`, { waitUntil: 'domcontentloaded' });
    await tabIdOf(session, page);
    return page;
  }

  it('comes back after the browser is started again, marked unsaved, and Escape discards it', async () => {
    server.route('/draft/article.html', { body: SAMPLE });
    let page = await openOnProfile();
    await selectWithMouse(page, 'Beijing and Moscow have found common cause');
    await page.waitForTimeout(100);
    await page.keyboard.press('1');
    await expect.poll(async () => (await paintedHighlights(page))['lede-yellow']?.length ?? 0).toBe(1);
    await page.mouse.move(1, 1);
    await clickText(page, 'Moscow have');
    await waitForNoteEditor(page);
    await page.keyboard.type('Check the 32 agreements against the Kremlin list', { delay: 10 });
    await page.waitForTimeout(400); // the last key's draft write
    await session!.close(); // the browser closes (or crashes) before Save
    session = null;

    page = await openOnProfile();
    await expect.poll(async () => (await paintedHighlights(page))['lede-yellow']?.length ?? 0).toBe(1);
    await page.mouse.move(1, 1);
    await clickText(page, 'Moscow have');
    const editor = await waitForNoteEditor(page);
    expect(await editor.locator('textarea').inputValue()).toBe('Check the 32 agreements against the Kremlin list');
    expect(await editor.getByRole('status').textContent()).toMatch(/unsaved words from .+ are back/i);
    await page.screenshot({ path: '.tmp/note-draft-restored.png' });
    // Nothing was saved: the stored note is still empty.
    const probe = await session!.context.newPage();
    await probe.goto(`chrome-extension://${session!.extensionId}/popup.html?tab=-1`);
    expect((await readStore(probe)).annotations.map((a) => a.body.note)).toEqual(['']);

    await pressClosingEditor(page, 'Escape');
    await clickText(page, 'Moscow have');
    const again = await waitForNoteEditor(page);
    expect(await again.locator('textarea').inputValue()).toBe('');
    expect(await again.getByRole('status').count()).toBe(0);
    await probe.close();
    await page.close();
  });
});
