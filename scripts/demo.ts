// `npm run demo`: Lede's main job on its bundled sample article, in real headless Chromium with the built extension.
// Builds, serves the sample on 127.0.0.1, reads it as a person would, and leaves screenshots, the library's exports
// and a summary in demo-output/; the README's screenshots in docs/ are refreshed from the same run.
import { execSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from './lib/browser';
import { readPrivateFolder, writeFiles } from './lib/private-folder';
import {
  clickText,
  openExtensionPage,
  paintedGroups,
  paintedHighlights,
  pressClosingEditor,
  selectWithMouse,
  tabIdOf,
  waitForNoteEditor,
} from './lib/reader';
import { serveDirectory } from './lib/serve';

const OUT = resolve('demo-output');
const SAMPLE = resolve('tests/fixtures/seed');
const PASSAGE = 'the two countries announced 32 separate bilateral agreements';
const NOTE = 'Check the list of agreements against the Kremlin readout.';
const ARTICLE_NOTE = 'Background for the piece on the gas pipeline.';
/** The README's screenshots: `npm run demo` refreshes them, so they never drift from the product. */
const DOCS = resolve('docs');

/**
 * A viewport screenshot into demo-output/, and into docs/ under `docsName` when the README shows it. Taken again
 * until two in a row are the same (up to 3 s): a frame of another process (the note editor) can paint late under load.
 */
async function shoot(page: Page, name: string, docsName?: string): Promise<void> {
  let shot = await page.screenshot();
  for (let i = 0; i < 15; i++) {
    await page.waitForTimeout(200);
    const again = await page.screenshot();
    if (again.equals(shot)) break;
    shot = again;
  }
  writeFileSync(join(OUT, name), shot);
  if (docsName) copyFileSync(join(OUT, name), join(DOCS, docsName));
}

/** The last step announced, named when the run stalls. */
let lastStep = 'starting';
function step(message: string): void {
  lastStep = message;
  console.log(`• ${message}`);
}

/** A stalled browser (seen once under heavy load) fails the demo loudly instead of hanging it; a run takes about a minute. */
const STALL_LIMIT_MS = 15 * 60_000;

async function main(): Promise<void> {
  if (!process.env.LEDE_SKIP_BUILD) {
    step('Building the extension (npm run build)…');
    execSync('npx wxt build', { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const server = await serveDirectory(SAMPLE);
  const session = await launchWithExtension();
  const summary: Record<string, unknown> = {};
  try {
    const page = await session.context.newPage();
    const articleUrl = `${server.url}/article.html?utm_source=demo`;
    step(`Opening the sample article at ${articleUrl}`);
    await page.goto(articleUrl);
    const tabId = await tabIdOf(session, page);
    step('Lede’s content script is running on the page.');

    // Chrome's popup is at most 600 px tall: the screenshots show what a reader sees without scrolling.
    const popup = await openExtensionPage(session, `popup.html?tab=${tabId}`, { width: 380, height: 600 });
    await popup.locator('h1').first().waitFor({ timeout: 20_000 });
    await popup.getByRole('button', { name: /add a note on this article/i }).click();
    await popup.getByRole('textbox', { name: 'Note on this article' }).fill(ARTICLE_NOTE);
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    await popup.getByTestId('article-note').waitFor();
    await popup.mouse.move(0, 0); // no hover effect where the Save button was
    await popup.waitForTimeout(4500); // the "saved" message fades
    const title = (await popup.locator('h1').first().textContent())?.trim();
    const facts = await popup.getByTestId('fact').allTextContents();
    const quotes = await popup.getByTestId('quote').allTextContents();
    await shoot(popup, '1-popup.png', 'popup.png');
    await popup.emulateMedia({ colorScheme: 'dark' });
    await shoot(popup, '1-popup-dark.png');
    step(
      `Popup shows “${title}” with ${facts.length} key facts and ${quotes.length} quotes, and the article note → demo-output/1-popup*.png`,
    );
    Object.assign(summary, { title, popupFacts: facts, popupQuotes: quotes });
    await popup.close();

    await page.bringToFront();
    const selected = await selectWithMouse(page, PASSAGE);
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(OUT, '2-selection-toolbar.png') });
    step(`Selected “${selected}”; the toolbar is open → demo-output/2-selection-toolbar.png`);
    await page.keyboard.press('2');
    for (let i = 0; i < 100 && (await paintedGroups(page)).length === 0; i++) await page.waitForTimeout(100);
    await page.waitForTimeout(300);
    step('Pressed 2: highlighted in green.');
    await clickText(page, '32 separate bilateral');
    const editor = await waitForNoteEditor(page);
    await page.keyboard.type(NOTE);
    // The editor is another process's frame: its paint can trail the keys, so the shot waits for the note to be there.
    await editor.waitForFunction(
      (text) => (document.activeElement as HTMLTextAreaElement | null)?.value === text,
      NOTE,
    );
    await page.waitForTimeout(200);
    await shoot(page, '3-note-editor.png', 'note-editor.png');
    await pressClosingEditor(page, 'Control+Enter');
    step('Clicked the highlight and wrote a note → demo-output/3-note-editor.png');
    await page.waitForTimeout(400);
    await page.mouse.move(5, 5);
    await page.screenshot({ path: join(OUT, '4-page-highlighted.png') });
    summary.painted = await paintedHighlights(page);

    // The sidebar at the widths readers give it: 400 px in light, 320 px (its narrowest) in dark.
    const panel = await openExtensionPage(session, `sidepanel.html?tab=${tabId}`, { width: 400, height: 900 });
    await panel.getByTestId('fact').first().waitFor({ timeout: 20_000 });
    await shoot(panel, '5-sidebar-facts-400-light.png', 'sidebar.png');
    await panel.getByRole('tab', { name: /quotes/i }).click();
    await shoot(panel, '6-sidebar-quotes-400-light.png');
    await panel.setViewportSize({ width: 320, height: 800 });
    await panel.emulateMedia({ colorScheme: 'dark' });
    await panel.getByRole('tab', { name: /notes/i }).click();
    await panel.getByTestId('highlight').first().waitFor();
    summary.sidebarHighlights = await panel.getByTestId('highlight').allTextContents();
    await shoot(panel, '7-sidebar-notes-320-dark.png', 'sidebar-dark.png');
    await panel.getByRole('tab', { name: /names/i }).click();
    summary.entities = await panel.getByTestId('entity').allTextContents();
    await shoot(panel, '8-sidebar-names-320-dark.png');
    await panel.setViewportSize({ width: 320, height: 800 });
    await panel.emulateMedia({ colorScheme: 'light' });
    await shoot(panel, '8-sidebar-names-320-light.png');
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.emulateMedia({ colorScheme: 'dark' });
    await panel.getByRole('tab', { name: /facts/i }).click();
    await shoot(panel, '5-sidebar-facts-400-dark.png');
    step('Sidebar at 400 px (light and dark) and 320 px (light and dark) → demo-output/5…8-*.png');

    const notes = await openExtensionPage(session, 'notes.html', { width: 1200, height: 800 });
    await notes.getByRole('button', { name: 'China and Russia Strengthen Alliance' }).waitFor({ timeout: 20_000 });
    // The side column (import, settings, folder…) loads after the first rows are painted: shoot the whole page.
    await notes.getByRole('button', { name: 'Choose a file to import' }).waitFor({ timeout: 20_000 });
    await shoot(notes, '9-notes-library.png', 'library.png');
    await notes.getByRole('button', { name: 'All highlights' }).click();
    await notes.getByTestId('library-highlight').first().waitFor();
    await shoot(notes, '9-notes-library-highlights.png');
    await notes.getByRole('button', { name: 'Articles' }).click();
    step('Notes library (articles and all highlights) → demo-output/9-notes-library*.png');

    // The sample's notes exported exactly as the library writes them: its own buttons, its own downloads.
    const exports: [string, string][] = [
      ['Markdown', 'lede-notes.md'],
      ['Lede backup (JSON-LD)', 'lede-notes.jsonld'],
      ['CSV', 'lede-notes.csv'],
      ['Printable page', 'lede-notes.html'],
    ];
    for (const [button, file] of exports) {
      const [download] = await Promise.all([
        notes.waitForEvent('download'),
        notes.getByRole('button', { name: button, exact: true }).click(),
      ]);
      await download.saveAs(join(OUT, file));
    }
    summary.exports = exports.map(([, file]) => file);
    step(`Exports from the library → demo-output/${exports.map(([, f]) => f).join(', demo-output/')}`);

    await notes.close();

    // The reader's folder (issue #15), by the library's own code path: headless Chromium has no folder picker, so
    // the origin-private folder stands in for it (notes.html?vault=private). What Lede wrote there is copied out.
    const library = await openExtensionPage(session, 'notes.html?vault=private', { width: 1200, height: 800 });
    await library.getByRole('button', { name: 'China and Russia Strengthen Alliance' }).waitFor({ timeout: 20_000 });
    const vault = library.getByTestId('vault');
    await vault.getByRole('button', { name: 'Choose a folder' }).click();
    await vault.getByRole('status').waitFor({ timeout: 15_000 });
    const files = await readPrivateFolder(library, 'Lede');
    const noteFile = Object.keys(files).find((name) => !name.includes('/') && name.endsWith('.md'));
    const backup = Object.keys(files).find((name) => name.startsWith('backups/') && name.endsWith('.jsonld'));
    if (!noteFile || !backup)
      throw new Error(
        `Lede's folder lacks the article's note or its backup: ${Object.keys(files).join(', ') || 'empty'}`,
      );
    if (!files[noteFile]!.includes(NOTE))
      throw new Error(`${noteFile} in Lede's folder does not carry the note written on the page`);
    summary.vault = writeFiles(join(OUT, 'vault'), files);
    await vault.scrollIntoViewIfNeeded();
    await shoot(library, '10-notes-vault.png');
    step(`Lede’s folder (origin-private stand-in for the picker) → demo-output/vault/${noteFile} and vault/${backup}`);
    await library.close();

    // The publisher revises the article: the same URL now serves tests/fixtures/seed/revised.html, and the
    // sidebar says what changed since the text Lede kept when the reader highlighted it.
    const revisedHtml = readFileSync(join(SAMPLE, 'revised.html'), 'utf8');
    await session.context.route(
      (url) => url.href === articleUrl,
      (route) => route.fulfill({ body: revisedHtml, contentType: 'text/html; charset=utf-8' }),
    );
    const revised = await session.context.newPage();
    await revised.goto(articleUrl);
    const revisedPanel = await openExtensionPage(session, `sidepanel.html?tab=${await tabIdOf(session, revised)}`, {
      width: 400,
      height: 900,
    });
    const notice = revisedPanel.getByText(/Revised since you read it on/);
    await notice.waitFor({ timeout: 20_000 });
    summary.revisionNotice = (await notice.innerText()).trim();
    await revisedPanel.getByRole('button', { name: 'Show changes' }).click();
    await revisedPanel.getByTestId('revision-diff').waitFor();
    await shoot(revisedPanel, '11-sidebar-revised-400-light.png');
    await revisedPanel.setViewportSize({ width: 320, height: 800 });
    await revisedPanel.emulateMedia({ colorScheme: 'dark' });
    await shoot(revisedPanel, '11-sidebar-revised-320-dark.png');
    step(`Revised article: “${summary.revisionNotice}” → demo-output/11-sidebar-revised-*.png`);

    writeFileSync(join(OUT, 'summary.json'), JSON.stringify(summary, null, 2));
    step('Summary → demo-output/summary.json');
  } finally {
    await session.close();
    await server.close();
  }
}

setTimeout(() => {
  console.error(`demo failed: still running after ${STALL_LIMIT_MS / 60_000} minutes; last step: “${lastStep}”`);
  process.exit(1);
}, STALL_LIMIT_MS).unref();

main().catch((err: unknown) => {
  console.error(`demo failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
