// Red team 29 (T3): a page where Lede is awake (the reader highlighted once) walks through pushState routes with a new
// head each time. Detection reports every route; none may become an article record without a note of the reader's.
// The store is read from a popup left open on the tab, which reads each route too (and recorded each before).
import { describe, expect, it } from 'vitest';
import { PASSAGE, SAMPLE } from './trust-support';
import { selectWithMouse } from '../../scripts/lib/reader';
import { openExtensionPage } from '../../scripts/lib/reader';
import { readStore, useE2E } from './support';

const env = useE2E();

describe('route flood (red team 29)', () => {
  it('records no article the reader never saw', async () => {
    env.server.route('/rt29/flood/0', { body: SAMPLE.replace(/<link rel="canonical"[^>]*>/, '') });
    const page = await env.session.context.newPage();
    await page.goto(`${env.server.url}/rt29/flood/0`);
    const probe = await openExtensionPage(env.session, 'popup.html?tab=-1', { width: 300, height: 300 });
    await page.bringToFront();
    expect(await selectWithMouse(page, PASSAGE)).toBe(PASSAGE);
    await page.waitForTimeout(150);
    await page.keyboard.press('1');
    await expect.poll(async () => (await readStore(probe)).annotations.length, { timeout: 15_000 }).toBe(1);
    const before = (await readStore(probe)).articles.length;
    // The page's own script: a new route and head every 450 ms, 40 times, with a 2,000-character title each.
    await page.evaluate(async () => {
      for (let i = 1; i <= 40; i++) {
        history.pushState({}, '', `/rt29/flood/${i}?n=${i}`);
        document.title = `Flood ${i} ${'X'.repeat(1990)}`;
        document.querySelector('meta[property="og:title"]')?.setAttribute('content', `Flood ${i} ${'X'.repeat(1990)}`);
        await new Promise((r) => setTimeout(r, 450));
      }
    });
    await page.waitForTimeout(3000);
    const after = await readStore(probe);
    expect(after.articles.length).toBe(before);
  }, 120_000);
});
