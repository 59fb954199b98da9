// The first thing a reader sees: open the sample article, Lede detects it, the popup shows the article, and the
// background stores it in the extension's IndexedDB at the reader's first highlight.
import { describe, expect, it } from 'vitest';
import { openExtensionPage, selectWithMouse } from '../../scripts/lib/reader';
import { PASSAGE, SAMPLE } from './trust-support';
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

describe('a page that walks its routes (red team 29, T3)', () => {
  // After one highlight, the page walks pushState routes with a new head each time. Detection reports every route, and
  // a popup left open on the tab reads each; before, every one became a stored article record with no note (1 -> 41).
  it('leaves no article record the reader never made a note on', async () => {
    env.server.route('/flood/0', { body: SAMPLE.replace(/<link rel="canonical"[^>]*>/, '') });
    const page = await env.session.context.newPage();
    await page.goto(`${env.server.url}/flood/0`);
    const probe = await openExtensionPage(env.session, 'popup.html?tab=-1', { width: 300, height: 300 });
    await page.bringToFront();
    // A new browser (this test's retry starts one) has no store until Lede's first write: no notes yet.
    const notes = await readStore(probe).then(
      (store) => store.annotations.length,
      () => 0,
    );
    expect(await selectWithMouse(page, PASSAGE)).toBe(PASSAGE);
    await page.waitForTimeout(150);
    await page.keyboard.press('1');
    await expect.poll(async () => (await readStore(probe)).annotations.length, { timeout: 15_000 }).toBe(notes + 1);
    const before = (await readStore(probe)).articles.length;
    await page.evaluate(async () => {
      for (let i = 1; i <= 12; i++) {
        history.pushState({}, '', `/flood/${i}?n=${i}`);
        document.title = `Flood ${i} ${'X'.repeat(1990)}`;
        document.querySelector('meta[property="og:title"]')?.setAttribute('content', `Flood ${i} ${'X'.repeat(1990)}`);
        await new Promise((r) => setTimeout(r, 450));
      }
    });
    await page.waitForTimeout(2000);
    expect((await readStore(probe)).articles.length).toBe(before);
    await probe.close();
    await page.close();
  }, 120_000);
});
