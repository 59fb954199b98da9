// The reader's click that opens a highlight's note, in real Chromium against the built extension (red team 25): the
// page heard it, and learnt from it where the reader's highlights are. Now it is Lede's, as a click on a note's mark
// is; a drag that starts in a highlight still selects, and the page still hears it. The editor taking the focus (a
// `blur` on the page's window) is still seen: docs/reliability.md.
import { describe, expect, it } from 'vitest';
import { clickText, selectWithMouse, waitForNoteEditor } from '../../scripts/lib/reader';
import { PASSAGE, SAMPLE, SECOND, useTrustPage } from './trust-support';

const trust = useTrustPage();

/** The page's own listener: every click the document hears, by the words it fell on. */
const LISTENER = `window.heard = [];
document.addEventListener('click', (e) => window.heard.push(String(e.target && e.target.textContent).slice(0, 30)));`;

describe('a click on a highlight opens its note without the page hearing it', () => {
  it('(c1) the page hears a plain click and a drag in the highlight, not the click that opens the note', async () => {
    const path = '/trust/click-note.html';
    const page = await trust.openPage(path, LISTENER);
    const heard = () => page.evaluate(() => (window as unknown as { heard: string[] }).heard.length);
    await trust.highlight(page, PASSAGE);
    await expect.poll(() => trust.quotesFor(path)).toEqual([PASSAGE]);
    await page.evaluate(() => getSelection()?.removeAllRanges());
    await page.mouse.move(1, 1);

    // A click on words without a highlight is the page's, as with no Lede.
    let before = await heard();
    await clickText(page, SECOND);
    await expect.poll(heard).toBe(before + 1);

    // The click on the highlight opens the note editor, and the page's listener hears nothing.
    before = await heard();
    await clickText(page, 'common cause');
    await waitForNoteEditor(page);
    await page.waitForTimeout(500);
    expect(await heard()).toBe(before);

    // Near miss: a drag that starts in the highlight still selects words, and its click is still the page's.
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    before = await heard();
    expect(await selectWithMouse(page, 'common cause on the United')).toBe('common cause on the United');
    await expect.poll(heard).toBe(before + 1);
    await page.close();
  });

  it("near miss: a click on a highlighted link is still the page's: its handler runs and the link is followed", async () => {
    const path = '/trust/click-link.html';
    const body = SAMPLE.replace('<head>', `<head><script>${LISTENER}</script>`).replace(
      'common cause',
      '<a href="#cause">common cause</a>',
    );
    trust.server.route(path, { body });
    const page = await trust.session.context.newPage();
    await page.goto(`${trust.server.url}${path}`);
    await trust.highlight(page, PASSAGE);
    await expect.poll(() => trust.quotesFor(path)).toEqual([PASSAGE]);
    await page.evaluate(() => getSelection()?.removeAllRanges());
    await page.mouse.move(1, 1);
    const heard = () => page.evaluate(() => (window as unknown as { heard: string[] }).heard);
    const before = (await heard()).length;
    await clickText(page, 'common cause');
    await expect.poll(async () => (await heard()).slice(before)).toEqual(['common cause']);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#cause');
    await page.close();
  });
});
