// The source ledger in the real library: the sample article and a second outlet's version of the story (the
// revised copy under another URL and site name, with a different figure for the gas deal), both annotated and
// opened in the sidebar (which caches their extraction). The ledger lists Xi Jinping's quotes from both, by date
// and outlet with links back, and flags the figure the outlets report differently.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openExtensionPage, paintedHighlights, selectWithMouse } from '../../scripts/lib/reader';
import { openArticle, openSidebar, useE2E, type E2E } from './support';

const env = useE2E();

async function annotateAndRead(e: E2E, path: string, passage: string): Promise<void> {
  const { page, tabId } = await openArticle(e, path);
  await selectWithMouse(page, passage);
  await page.waitForTimeout(100);
  await page.keyboard.press('1');
  await expect.poll(() => paintedHighlights(page)).toEqual({ 'lede-yellow': [passage] });
  const sidebar = await openSidebar(e, tabId);
  await sidebar.getByRole('tab', { name: /Quotes/ }).waitFor({ timeout: 15_000 });
  await sidebar.close();
  await page.close();
}

describe('notes: source ledger', () => {
  it('lists Xi Jinping’s quotes from two articles and flags the figure two outlets disagree on', async () => {
    const other = readFileSync('tests/fixtures/seed/revised.html', 'utf8').replaceAll(
      'Washington Free Beacon',
      'Other Outlet',
    );
    await env.session.context.route(`${env.server.url}/other/china-russia.html`, (route) =>
      route.fulfill({ body: other, contentType: 'text/html; charset=utf-8' }),
    );
    await annotateAndRead(
      env,
      '/seed/article.html',
      'Beijing and Moscow have found common cause on the United Nations Security Council',
    );
    await annotateAndRead(
      env,
      '/other/china-russia.html',
      'Beijing and Moscow have found shared cause at the United Nations Security Council',
    );

    const library = await openExtensionPage(env.session, 'notes.html', { width: 1200, height: 1600 });
    await library.getByRole('button', { name: 'Show who was quoted, and figures outlets disagree on' }).click();
    const ledger = library.getByTestId('ledger');
    await ledger.getByRole('searchbox').fill('xi');
    const xi = ledger.getByRole('button', { name: 'Xi Jinping' });
    await xi.waitFor({ timeout: 20_000 });
    expect(await ledger.innerText()).toContain('Xi Jinping 4 quotes · 2 outlets');
    await xi.click();
    const quotes = ledger.locator('.ledger-quotes li');
    expect(await quotes.count()).toBe(4);
    const lines = await quotes.allInnerTexts();
    expect(lines.filter((l) => l.includes('Washington Free Beacon'))).toHaveLength(2);
    expect(lines.filter((l) => l.includes('Other Outlet'))).toHaveLength(2);
    expect(lines[0]).toMatch(/^“Decades ago, the Chinese and Russian nations/);
    const links = await ledger
      .locator('.ledger-quotes a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.filter((h) => h.includes('/seed/article.html#:~:text='))).toHaveLength(2);
    expect(links.filter((h) => h.includes('/other/china-russia.html#:~:text='))).toHaveLength(2);

    const figures = await ledger.locator('.ledger-figures li').allInnerTexts();
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatch(/\$400 billion · (Washington Free Beacon|Other Outlet)/);
    expect(figures[0]).toMatch(/\$450 billion · (Washington Free Beacon|Other Outlet)/);
    await library.close();
  });
});
