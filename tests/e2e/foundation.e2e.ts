// The first thing a reader sees: open the sample article, Lede detects it, the popup shows the article, and the
// background stores it in the extension's IndexedDB at the reader's first highlight.
import { describe, expect, it } from 'vitest';
import { selectWithMouse } from '../../scripts/lib/reader';
import { PASSAGE } from './trust-support';
import { openArticle, openPopup, readStore, useE2E } from './support';

const env = useE2E();

describe('the sample article in Chromium', () => {
  it('is detected, shown in the popup, and stored by canonical URL in the extension’s IndexedDB at the first highlight', async () => {
    const { page, tabId } = await openArticle(env, '/seed/article.html?utm_source=newsletter&fbclid=abc');
    const popup = await openPopup(env, tabId);
    await expect
      .poll(async () => (await popup.locator('h1').first().textContent())?.trim(), { timeout: 20_000 })
      .toBe('China and Russia Strengthen Alliance');
    await expect
      .poll(async () => (await popup.locator('header').first().textContent()) ?? '')
      .toContain('Washington Free Beacon');
    await expect
      .poll(async () => (await popup.locator('time').first().getAttribute('datetime')) ?? '')
      .toMatch(/^2015-05-11/);
    // Reading keeps no record (red team 29: Lede keeps no log of pages read); the first highlight does.
    expect((await readStore(popup)).articles).toEqual([]);
    await page.bringToFront();
    expect(await selectWithMouse(page, PASSAGE)).toBe(PASSAGE);
    await page.waitForTimeout(150);
    await page.keyboard.press('1');

    await expect
      .poll(async () => (await readStore(popup)).articles.map((a) => a.title))
      .toEqual(['China and Russia Strengthen Alliance']);
    const store = await readStore(popup);
    const keys = store.articles.map((a) => a.key);
    // The page declares its canonical URL; tracking parameters never become part of the key.
    expect(keys).toHaveLength(1);
    expect(keys[0]).not.toMatch(/utm_|fbclid/);
    expect(store.articles[0]!.title).toBe('China and Russia Strengthen Alliance');
  });

  it('explains plainly when a page is not an article, and offers to try anyway', async () => {
    env.server.route('/home.html', {
      body: `<!doctype html><html><head><title>Front page</title></head><body><nav>${Array.from({ length: 30 }, (_, i) => `<a href="/s${i}">Story ${i}</a>`).join(' ')}</nav></body></html>`,
    });
    const { tabId } = await openArticle(env, '/home.html');
    const popup = await openPopup(env, tabId);
    await popup.getByTestId('no-article').waitFor({ timeout: 20_000 });
    expect(await popup.getByRole('button', { name: /try anyway/i }).isVisible()).toBe(true);
  });
});
