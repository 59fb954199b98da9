// The notes library end to end: highlight on the sample article, find it by search, export Markdown and JSON-LD,
// delete everything, import the JSON-LD back, and the highlight is painted on the article again with its note.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  clickText,
  openExtensionPage,
  paintedHighlights,
  pressClosingEditor,
  selectWithMouse,
  waitForNoteEditor,
  readerArrives,
} from '../../scripts/lib/reader';
import { openArticle, readStore, useE2E } from './support';

const PASSAGE = 'Beijing and Moscow have found common cause on the United Nations Security Council';
const NOTE = 'Count the vetoes since 2011.';

const env = useE2E();

describe('notes library', () => {
  it('exports, wipes and imports without losing a highlight or its note', async () => {
    const { page } = await openArticle(env, '/seed/article.html');
    await selectWithMouse(page, PASSAGE);
    await page.waitForTimeout(100);
    await page.keyboard.press('5');
    await expect.poll(() => paintedHighlights(page)).toEqual({ 'lede-purple': [PASSAGE] });
    await clickText(page, 'common cause');
    await waitForNoteEditor(page);
    await page.keyboard.type(NOTE);
    await pressClosingEditor(page, 'Control+Enter');

    const library = await openExtensionPage(env.session, 'notes.html', { width: 1200, height: 900 });
    const title = library.getByRole('button', { name: 'China and Russia Strengthen Alliance' });
    await title.waitFor({ timeout: 20_000 });
    await expect.poll(async () => await library.locator('body').innerText()).toContain('Highlights: 1 · Notes: 1');

    // Search finds the article by words of the note; nonsense finds nothing.
    const search = library.getByRole('searchbox');
    await search.fill('vetoes');
    await expect.poll(() => title.isVisible()).toBe(true);
    await search.fill('zzqqxx');
    await expect.poll(async () => library.locator('body').innerText()).toContain('Nothing matches');
    await search.fill('');

    const [mdDownload] = await Promise.all([
      library.waitForEvent('download'),
      library.getByRole('button', { name: 'Markdown', exact: true }).click(),
    ]);
    const markdown = readFileSync((await mdDownload.path())!, 'utf8');
    expect(markdown).toMatch(/^---\ntitle: "?China and Russia Strengthen Alliance"?/);
    expect(markdown).toContain(PASSAGE);
    expect(markdown).toContain(NOTE);
    expect(markdown).toMatch(/#:~:text=[^)\s]*Beijing/);

    const [jsonDownload] = await Promise.all([
      library.waitForEvent('download'),
      library.getByRole('button', { name: 'Lede backup (JSON-LD)' }).click(),
    ]);
    const jsonPath = (await jsonDownload.path())!;
    const collection = JSON.parse(readFileSync(jsonPath, 'utf8')) as {
      type: string;
      items?: unknown[];
      first?: { items?: unknown[] };
    };
    expect(JSON.stringify(collection)).toContain(NOTE);

    // Wipe: delete the article's notes from the library.
    await title.click();
    await library.getByRole('button', { name: 'Delete these notes' }).click();
    await expect.poll(async () => (await readStore(library)).annotations.length).toBe(0);

    // Import the JSON-LD file: one imported, the report says so.
    await library.locator('input[type="file"]').setInputFiles(jsonPath);
    await expect.poll(async () => library.locator('body').innerText(), { timeout: 10_000 }).toMatch(/imported: 1/);
    expect((await readStore(library)).annotations.map((a) => a.body.note)).toEqual([NOTE]);
    // Importing the same file again changes nothing.
    await library.locator('input[type="file"]').setInputFiles(jsonPath);
    await expect
      .poll(async () => library.locator('body').innerText(), { timeout: 10_000 })
      .toMatch(/imported: 0, already here: 1/);

    await page.reload();
    await readerArrives(page); // painted at the reader's first input (red team 50, N)
    await expect.poll(() => paintedHighlights(page), { timeout: 10_000 }).toEqual({ 'lede-purple': [PASSAGE] });
    await library.close();
    await page.close();
  });
});
