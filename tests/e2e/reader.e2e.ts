// A reader's day in the popup and the sidebar: everything that matters fits Chrome's 380 × 600 popup, the
// sidebar works from 320 px, by keyboard, with saves and deletes announced, and an article note travels.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openExtensionPage, paintedHighlights, selectWithMouse } from '../../scripts/lib/reader';
import { openArticle, openPopup, readStore, useE2E } from './support';

const env = useE2E();

/** True when the whole of `locator` lies inside the page's viewport (no scrolling needed to see it). */
async function inViewport(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const size = page.viewportSize()!;
  return !!box && box.y >= 0 && box.x >= 0 && box.y + box.height <= size.height && box.x + box.width <= size.width;
}

describe('the popup at Chrome’s 380 × 600', () => {
  it('shows the card, the top facts and quotes and every action without scrolling; values only are bold', async () => {
    const { page, tabId } = await openArticle(env, '/seed/article.html');
    const popup = await openExtensionPage(env.session, `popup.html?tab=${tabId}`, { width: 380, height: 600 });
    await popup.getByTestId('fact').first().waitFor({ timeout: 20_000 });
    expect(await popup.evaluate(() => window.scrollY)).toBe(0);
    expect(await inViewport(popup, popup.locator('h1'))).toBe(true);
    const facts = popup.getByTestId('fact');
    const quotes = popup.getByTestId('quote');
    expect(await facts.count()).toBeGreaterThanOrEqual(2);
    expect(await quotes.count()).toBe(2);
    for (const item of [...(await facts.all()), ...(await quotes.all())])
      expect(await inViewport(popup, item)).toBe(true);
    for (const name of ['Open sidebar', 'Copy as Markdown', 'Notes library', 'Turn off highlighting on this site']) {
      expect(await inViewport(popup, popup.getByRole('button', { name })), name).toBe(true);
    }
    // Key facts are claims, not the lead-in that ends with "Ukraine:"; named events are not bold.
    const factText = (await facts.allTextContents()).join('\n');
    expect(factText).not.toContain('Ukraine:');
    const bold = await popup.locator('[data-testid="fact"] strong').allTextContents();
    expect(bold).toContain('$400 billion');
    expect(bold.join(' ')).not.toMatch(/World War|Cold War/);
    // Quotes: the outlet in words, no internal chip.
    const quoteText = (await quotes.allTextContents()).join('\n');
    expect(quoteText).toContain('Quoted from The Atlantic');
    expect(quoteText).not.toMatch(/\bblock\b/);
    // What a screen reader is given (Chromium's accessibility tree): the title as a heading, facts and quotes as
    // buttons that show their passage, the site switch named by its action.
    const tree = await popup.locator('main').ariaSnapshot();
    expect(tree).toContain('heading "China and Russia Strengthen Alliance"');
    expect(tree).toMatch(/button "The deals complement a \$400 billion deal/);
    expect(tree).toContain('button "Turn off highlighting on this site"');
    expect(tree).toContain('text: No highlights yet');
    // The count is text, not a control.
    expect(await popup.getByRole('button', { name: /highlight/i }).count()).toBe(1); // only the site switch
    await popup.close();
    await page.close();
  });
});

describe('the sidebar at 320 px, by keyboard', () => {
  it('tabs fit, entities are grouped with plurals, Enter on a highlight scrolls the page, saves and deletes are announced', async () => {
    const { page, tabId } = await openArticle(env, '/seed/article.html');
    await page.setViewportSize({ width: 1000, height: 400 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await selectWithMouse(page, 'Beijing remained neutral');
    await page.waitForTimeout(100);
    await page.keyboard.press('1');
    await expect.poll(() => paintedHighlights(page)).toHaveProperty('lede-yellow');
    await page.evaluate(() => window.scrollTo(0, 0));

    const sidebar = await openExtensionPage(env.session, `sidepanel.html?tab=${tabId}`, { width: 320, height: 800 });
    await sidebar.getByTestId('fact').first().waitFor({ timeout: 20_000 });
    // Every tab lies inside the 320 px panel.
    for (const tab of await sidebar.getByRole('tab').all()) expect(await inViewport(sidebar, tab)).toBe(true);
    expect(await sidebar.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    await sidebar.getByRole('tab', { name: /names/i }).click();
    for (const group of ['People', 'Places', 'Organisations'])
      expect(await sidebar.getByRole('heading', { name: new RegExp(`^${group}`) }).count()).toBe(1);
    const people = sidebar.getByRole('region', { name: /^People/ });
    expect(await people.textContent()).toContain('Vladimir Putin');
    const putin = sidebar.getByTestId('entity').filter({ hasText: 'Vladimir Putin' });
    expect(await putin.textContent()).toContain('Main');
    const body = await sidebar.locator('main').innerText();
    expect(body).toMatch(/\b1 mention\b/);
    expect(body).not.toMatch(/\b1 mentions\b/);

    // Keyboard only: to the notes tab with the arrows, Tab to the highlight, Enter shows it on the page.
    await sidebar.getByRole('tab', { name: /facts/i }).focus();
    await sidebar.keyboard.press('ArrowLeft');
    expect(await sidebar.getByRole('tab', { selected: true }).textContent()).toMatch(/notes/i);
    await sidebar.keyboard.press('Tab');
    const focused = await sidebar.evaluate(
      () => document.activeElement?.closest('[data-testid="highlight"]')?.textContent ?? '',
    );
    expect(focused).toContain('Beijing remained neutral');
    await sidebar.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    const tree = await sidebar.locator('main').ariaSnapshot();
    expect(tree).toMatch(/tab "Notes \(\s*1\s*\)" \[selected\]/);
    expect(tree).toMatch(/button "“?Beijing remained neutral/);
    expect(await sidebar.getByRole('button', { name: 'Edit', exact: true }).count()).toBe(1);

    // Saves and deletes are announced in a live region that is always present.
    const live = sidebar.getByTestId('live-region');
    expect(await live.getAttribute('aria-live')).toBe('polite');
    await sidebar.getByRole('button', { name: 'Edit', exact: true }).click();
    await sidebar.getByRole('textbox', { name: 'Note' }).fill('Neutral, not absent.');
    await sidebar.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(async () => (await live.textContent()) ?? '').toContain('Saved');
    await sidebar.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(async () => (await live.textContent()) ?? '').toContain('Highlight deleted');
    await sidebar.close();
    await page.close();
  });
});

describe('the article note', () => {
  it('written in the popup, stored on the article record, and shown in the sidebar', async () => {
    const { page, tabId } = await openArticle(env, '/seed/article.html');
    const popup = await openPopup(env, tabId);
    await popup.getByRole('button', { name: /add a note on this article/i }).click({ timeout: 20_000 });
    await popup.getByRole('textbox', { name: 'Note on this article' }).fill('Read with the Kremlin readout.');
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(async () => (await readStore(popup)).articles.map((a) => (a as { note?: string }).note))
      .toEqual(['Read with the Kremlin readout.']);
    await popup.close();

    // With a note, everything still fits the 380 × 600 popup.
    const again = await openExtensionPage(env.session, `popup.html?tab=${tabId}`, { width: 380, height: 600 });
    await again.getByTestId('article-note').waitFor({ timeout: 20_000 });
    expect(await again.getByTestId('article-note').textContent()).toContain('Read with the Kremlin readout.');
    for (const item of [
      ...(await again.getByTestId('quote').all()),
      again.getByRole('button', { name: 'Notes library' }),
    ]) {
      expect(await inViewport(again, item)).toBe(true);
    }
    await again.close();

    // A new visit keeps it, and the sidebar shows it.
    const sidebar = await openExtensionPage(env.session, `sidepanel.html?tab=${tabId}`, { width: 380, height: 800 });
    await expect
      .poll(async () => (await sidebar.getByTestId('article-note').textContent({ timeout: 20_000 })) ?? '')
      .toContain('Read with the Kremlin readout.');
    await sidebar.close();
    await page.close();
  });
});
