// Export templates and JSON Lines import in the real library page: the live preview on the reader's own article,
// an edit, a broken template that names its line and exports nothing, the saved template surviving a reload and
// the export written with it; then a real Hypothesis dump in JSON Lines imported through the file picker.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  clickText,
  openExtensionPage,
  paintedHighlights,
  pressClosingEditor,
  selectWithMouse,
  waitForNoteEditor,
} from '../../scripts/lib/reader';
import { openArticle, readStore, useE2E } from './support';

const PASSAGE = 'Beijing and Moscow have found common cause on the United Nations Security Council';
const NOTE = 'Count the *vetoes* since 2011.';
const TITLE = 'China and Russia Strengthen Alliance';

const env = useE2E();

describe('notes: export templates', () => {
  it('previews, edits, refuses a broken template, saves and exports with it', async () => {
    const { page } = await openArticle(env, '/seed/article.html');
    await selectWithMouse(page, PASSAGE);
    await page.waitForTimeout(100);
    await page.keyboard.press('2'); // green: "Evidence" in the default colour meanings
    // Click only once the highlight is saved and painted: a click on plain text opens no editor.
    await expect.poll(() => paintedHighlights(page)).toEqual({ 'lede-green': [PASSAGE] });
    await clickText(page, 'common cause');
    // The editor is an extension page in a frame: keys reach it once it has loaded and taken the focus.
    await waitForNoteEditor(page);
    await page.keyboard.type(NOTE);
    await pressClosingEditor(page, 'Control+Enter');

    const library = await openExtensionPage(env.session, 'notes.html', { width: 1200, height: 1400 });
    await library.getByRole('button', { name: TITLE }).waitFor({ timeout: 20_000 });
    const preview = library.getByTestId('template-preview');
    // The Obsidian preset, live on this article: properties, a callout named by the colour's meaning, the note escaped.
    await expect.poll(() => preview.innerText(), { timeout: 10_000 }).toContain(`> [!success] Evidence\n> ${PASSAGE}`);
    const obsidian = await preview.innerText();
    expect(obsidian).toMatch(/^---\ntitle: "China and Russia Strengthen Alliance"\n/);
    expect(obsidian).toContain('Count the \\*vetoes\\* since 2011.');
    await expect(library.getByRole('heading', { name: `Preview: ${TITLE}` }).isVisible()).resolves.toBe(true);

    const editor = library.getByLabel('Template', { exact: true });
    await editor.fill('# {{title}}\n{{#highlights}}\n- {{text}} ({{meaning}}): {{note}}\n{{/highlights}}\n');
    const expected = `# ${TITLE}\n- ${PASSAGE} (Evidence): Count the \\*vetoes\\* since 2011.\n`;
    await expect.poll(() => preview.textContent()).toBe(expected);

    // Broken: a section opened on line 2 and never closed. The error names the line; nothing can be saved or exported.
    await editor.fill('# {{title}}\n{{#highlights}}\n- {{text}}\n');
    const alert = library.getByRole('alert');
    await expect
      .poll(() => alert.innerText())
      .toMatch(/Line 2, column 1: the section "highlights" is opened here but never closed/);
    expect(await library.getByRole('button', { name: 'Export Markdown with this template' }).isDisabled()).toBe(true);
    expect(await library.getByRole('button', { name: 'Save template' }).isDisabled()).toBe(true);
    expect(await preview.count()).toBe(0);

    await editor.fill('# {{title}}\n{{#highlights}}\n- {{text}} ({{meaning}}): {{note}}\n{{/highlights}}\n');
    await library.getByRole('button', { name: 'Save template' }).click();
    await expect.poll(() => library.locator('body').innerText()).toContain('Template saved');

    await library.reload();
    await library.getByRole('button', { name: TITLE }).waitFor({ timeout: 20_000 });
    await expect
      .poll(() => library.getByLabel('Template', { exact: true }).inputValue())
      .toContain('({{meaning}}): {{note}}');
    const [download] = await Promise.all([
      library.waitForEvent('download'),
      library.getByRole('button', { name: 'Export Markdown with this template' }).click(),
    ]);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(expected);
    await library.close();
    await page.close();
  });

  it('imports a real Hypothesis dump written as JSON Lines', async () => {
    const library = await openExtensionPage(env.session, 'notes.html', { width: 1200, height: 900 });
    const before = (await readStore(library)).annotations.length;
    await library
      .locator('input[type="file"]')
      .setInputFiles(resolve('tests/fixtures/import/hypothesis-netrights.jsonl'));
    await expect.poll(() => library.locator('body').innerText(), { timeout: 10_000 }).toMatch(/imported: 3/);
    expect((await readStore(library)).annotations.length).toBe(before + 3);
    await expect.poll(() => library.locator('body').innerText()).toContain('Totalitarisme numérique - Le Monolecte');
    await library.close();
  });
});
