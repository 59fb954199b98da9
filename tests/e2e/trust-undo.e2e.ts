// Ctrl+Z after typing is the typing's, wherever the page moved the focus, and an editable page keeps its own undo:
// Lede's toast Undo never deletes a highlight then (red team 31, wave 23: both failed on the build before).
import { describe, expect, it } from 'vitest';
import { tabIdOf } from '../../scripts/lib/reader';
import { PASSAGE, SAMPLE, useTrustPage } from './trust-support';

const trust = useTrustPage();

describe('red team 31: Ctrl+Z', () => {
  it('Z1 the page blurs its comment box when the reader presses Ctrl: the reader’s Ctrl+Z there deletes the highlight', async () => {
    const path = '/rt31/z1.html';
    const script = `addEventListener('keydown', (e) => {
      if (e.key === 'Control' && document.activeElement && document.activeElement.id === 'c') {
        window.__blurred = (window.__blurred || 0) + 1; document.activeElement.blur();
      }
    }, true);`;
    trust.server.route(path, {
      body: SAMPLE.replace('<head>', `<head><script>${script}</script>`).replace(
        '</body>',
        `<textarea id="c" style="position:fixed;top:10px;right:10px;width:300px;height:60px"></textarea></body>`,
      ),
    });
    const page = await trust.session.context.newPage();
    await page.goto(`${trust.server.url}${path}`);
    await tabIdOf(trust.session, page);
    await trust.highlight(page, PASSAGE, '1');
    await expect.poll(() => trust.quotesFor(path)).toEqual([PASSAGE]);
    await page.click('#c');
    await page.keyboard.type('Great piece');
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(1200);
    const after = await trust.quotesFor(path);
    const field = await page.evaluate(() => ({
      v: (document.getElementById('c') as HTMLTextAreaElement).value,
      blurred: (window as unknown as { __blurred?: number }).__blurred,
    }));
    console.log('Z1 stored after Ctrl+Z in the comment box', JSON.stringify(after), JSON.stringify(field));
    expect(after).toEqual([PASSAGE]);
    await page.close();
  });

  it('Z2 an editable page (body contenteditable): the reader highlights, types, and Ctrl+Z undoes the typing, not the highlight', async () => {
    const path = '/rt31/z2.html';
    trust.server.route(path, { body: SAMPLE.replace('<body', '<body contenteditable="true"') });
    const page = await trust.session.context.newPage();
    await page.goto(`${trust.server.url}${path}`);
    await tabIdOf(trust.session, page);
    await trust.highlight(page, PASSAGE, '1');
    await expect.poll(() => trust.quotesFor(path)).toEqual([PASSAGE]);
    const { centreOfText } = await import('../../scripts/lib/reader');
    const at = await centreOfText(page, 'Nazi Germany');
    await page.mouse.click(at.x, at.y);
    await page.keyboard.type('XYZ');
    const typed = await page.evaluate(() => document.body.textContent!.includes('XYZ'));
    const active = await page.evaluate(() => document.activeElement?.nodeName);
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(1200);
    const after = await trust.quotesFor(path);
    const still = await page.evaluate(() => document.body.textContent!.includes('XYZ'));
    console.log(
      'Z2 typed',
      typed,
      'active',
      active,
      'stored after Ctrl+Z',
      JSON.stringify(after),
      'typing still there',
      still,
    );
    expect(after).toEqual([PASSAGE]);
    await page.close();
  });
});
