// `npm run demo`: Lede's main job on its bundled sample article, in real headless Chromium with the built extension.
// Builds, serves the sample on 127.0.0.1, reads it as a person would, and leaves screenshots and a summary in demo-output/.
import { execSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchWithExtension } from './lib/browser';
import { clickText, openExtensionPage, paintedHighlights, selectWithMouse, tabIdOf, waitForNoteEditor } from './lib/reader';
import { serveDirectory } from './lib/serve';

const OUT = resolve('demo-output');
const SAMPLE = resolve('tests/fixtures/seed');
const PASSAGE = 'the two countries announced 32 separate bilateral agreements';
const NOTE = 'Check the list of agreements against the Kremlin readout.';

function step(message: string): void {
  console.log(`• ${message}`);
}

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

    const popup = await openExtensionPage(session, `popup.html?tab=${tabId}`, { width: 380, height: 640 });
    await popup.locator('h1').first().waitFor({ timeout: 20_000 });
    const title = (await popup.locator('h1').first().textContent())?.trim();
    const facts = await popup.getByTestId('fact').allTextContents();
    const quotes = await popup.getByTestId('quote').allTextContents();
    await popup.screenshot({ path: join(OUT, '1-popup.png'), fullPage: true });
    step(`Popup shows “${title}” with ${facts.length} key facts and ${quotes.length} quotes → demo-output/1-popup.png`);
    Object.assign(summary, { title, popupFacts: facts, popupQuotes: quotes });

    await page.bringToFront();
    const selected = await selectWithMouse(page, PASSAGE);
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(OUT, '2-selection-toolbar.png') });
    step(`Selected “${selected}”; the toolbar is open → demo-output/2-selection-toolbar.png`);
    await page.keyboard.press('2');
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size > 0);
    await page.waitForTimeout(300);
    step('Pressed 2: highlighted in green.');
    await clickText(page, '32 separate bilateral');
    await waitForNoteEditor(page);
    await page.keyboard.type(NOTE);
    await page.screenshot({ path: join(OUT, '3-note-editor.png') });
    await page.keyboard.press('Control+Enter');
    step('Clicked the highlight and wrote a note → demo-output/3-note-editor.png');
    await page.waitForTimeout(400);
    await page.mouse.move(5, 5);
    await page.screenshot({ path: join(OUT, '4-page-highlighted.png') });
    summary.painted = await paintedHighlights(page);

    const panel = await openExtensionPage(session, `sidepanel.html?tab=${tabId}`, { width: 380, height: 900 });
    await panel.getByTestId('fact').first().waitFor({ timeout: 20_000 });
    await panel.screenshot({ path: join(OUT, '5-sidebar-facts-light.png') });
    await panel.getByRole('tab', { name: /quotes/i }).click();
    await panel.screenshot({ path: join(OUT, '6-sidebar-quotes-light.png') });
    await panel.getByRole('tab', { name: /my notes/i }).click();
    await panel.getByTestId('highlight').first().waitFor();
    summary.sidebarHighlights = await panel.getByTestId('highlight').allTextContents();
    await panel.emulateMedia({ colorScheme: 'dark' });
    await panel.screenshot({ path: join(OUT, '7-sidebar-notes-dark.png') });
    await panel.getByRole('tab', { name: /people/i }).click();
    summary.entities = await panel.getByTestId('entity').allTextContents();
    await panel.screenshot({ path: join(OUT, '8-sidebar-people-dark.png') });
    step('Sidebar: facts and quotes (light), my highlights and people (dark) → demo-output/5…8-*.png');

    const notes = await openExtensionPage(session, 'notes.html', { width: 1200, height: 800 });
    await notes.waitForLoadState('domcontentloaded');
    await notes.waitForTimeout(800);
    await notes.screenshot({ path: join(OUT, '9-notes-library.png') });
    step('Notes library → demo-output/9-notes-library.png');

    writeFileSync(join(OUT, 'summary.json'), JSON.stringify(summary, null, 2));
    step('Summary → demo-output/summary.json');
  } finally {
    await session.close();
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(`demo failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
