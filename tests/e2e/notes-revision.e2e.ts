// "Changed since you read it" in real Chromium: highlight the sample article with no popup or sidebar open (Lede
// keeps the page at that first highlight), then the same URL serves a revised copy (new headline, a corrected
// figure, the highlighted sentence reworded, a paragraph added) before the reader ever opens the sidebar. The
// sidebar and popup compare with the page as highlighted, say so in one line and show the diff.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openExtensionPage, paintedHighlights, selectWithMouse } from '../../scripts/lib/reader';
import { openArticle, openPopup, openSidebar, readStore, useE2E } from './support';

const PASSAGE = 'Beijing and Moscow have found common cause on the United Nations Security Council';
const env = useE2E();

function keptCopies(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('lede');
        // Never create the database here (see readStore in support.ts): the poll asks again instead.
        request.onupgradeneeded = () => request.transaction?.abort();
        request.onerror = () => reject(request.error ?? new Error('Lede has not created its database yet'));
        request.onsuccess = () => {
          const db = request.result;
          try {
            const count = db.transaction('readingCopies').objectStore('readingCopies').count();
            count.onsuccess = () => {
              db.close();
              resolve(count.result);
            };
            count.onerror = () => {
              db.close();
              reject(count.error);
            };
          } catch (err) {
            db.close();
            reject(err);
          }
        };
      }),
  );
}

type ExtensionGlobal = { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };

/**
 * Starts from a clean slate, also when vitest retries the test: the original page is served again and any article
 * an earlier attempt annotated is deleted with its notes and kept copy (a retry would otherwise find the revised page
 * and a copy already kept, and fail for a reason that has nothing to do with the product).
 */
async function startClean(): Promise<void> {
  await env.session.context.unrouteAll();
  const probe = await openExtensionPage(env.session, 'popup.html', { width: 400, height: 300 });
  const stored = await readStore(probe).catch(() => ({ articles: [] })); // no database yet: nothing to delete
  for (const { key } of stored.articles) {
    await probe.evaluate(
      (articleKey) =>
        (globalThis as unknown as ExtensionGlobal).chrome.runtime.sendMessage({
          lede: 1,
          type: 'deleteArticle',
          data: { articleKey },
        }),
      key,
    );
  }
  await probe.close();
}

describe('notes: changed since you read it', () => {
  it('keeps the text at the first highlight and shows what changed on the revised copy', async () => {
    await startClean();
    const { page } = await openArticle(env, '/seed/article.html');
    await selectWithMouse(page, PASSAGE);
    await page.waitForTimeout(100);
    await page.keyboard.press('1');
    await expect.poll(() => paintedHighlights(page)).toEqual({ 'lede-yellow': [PASSAGE] });
    // Nothing but the highlight: the background keeps the page as it was then.
    const probe = await openExtensionPage(env.session, 'popup.html', { width: 400, height: 300 });
    await expect.poll(() => keptCopies(probe), { timeout: 15_000 }).toBe(1);
    await probe.close();

    // The publisher edits the article: the same URL now serves the revised copy.
    const revisedHtml = readFileSync('tests/fixtures/seed/revised.html', 'utf8');
    await env.session.context.route(`${env.server.url}/seed/article.html`, (route) =>
      route.fulfill({ body: revisedHtml, contentType: 'text/html; charset=utf-8' }),
    );
    const revised = await openArticle(env, '/seed/article.html');
    const revisedSidebar = await openSidebar(env, revised.tabId);
    const line = revisedSidebar.getByText(/Revised since you read it on/);
    await line.waitFor({ timeout: 25_000 }).catch(async (err: unknown) => {
      // Say what the sidebar showed instead, so a failure here can be told apart from a slow machine.
      const shown = await revisedSidebar
        .locator('main')
        .innerText()
        .catch(() => '(no main)');
      throw new Error(`no revision line; the sidebar showed:\n${shown.slice(0, 1500)}`, { cause: err });
    });
    const today = new Date().toLocaleDateString('en-US', { day: 'numeric', month: 'long' });
    expect(await line.innerText()).toBe(
      `Revised since you read it on ${today}: the headline, 3 paragraphs changed, 1 of your highlights, 2 quotes, 1 figure`,
    );

    await revisedSidebar.getByRole('button', { name: 'Show changes' }).click();
    const diff = revisedSidebar.getByTestId('revision-diff');
    expect(await diff.locator('del', { hasText: 'Strengthen' }).count()).toBe(1);
    expect(await diff.locator('ins', { hasText: 'Deepen' }).count()).toBe(1);
    expect(await diff.locator('del', { hasText: PASSAGE }).count()).toBe(1);
    expect(await diff.locator('ins', { hasText: 'shared' }).count()).toBeGreaterThan(0);
    expect(await diff.locator('ins', { hasText: '450' }).count()).toBeGreaterThan(0);
    expect(await diff.innerText()).toContain(
      'Chinese officials said on Monday that the two navies would hold further joint exercises',
    );
    // Still one copy: the revised visit does not replace the text as first highlighted.
    expect(await keptCopies(revisedSidebar)).toBe(1);

    const popup = await openPopup(env, revised.tabId);
    await expect.poll(() => popup.getByText(/Revised since you read it on/).count(), { timeout: 15_000 }).toBe(1);
    await popup.close();

    // Exports carry the date the text was read: the library's template preview (Obsidian preset) says so.
    const library = await openExtensionPage(env.session, 'notes.html', { width: 1200, height: 1400 });
    const readOn = new Date().toISOString().slice(0, 10);
    await expect
      .poll(() => library.getByTestId('template-preview').textContent(), { timeout: 20_000 })
      .toContain(`\nas-read-on: ${readOn}\n`);
    await library.close();
    await revisedSidebar.close();
    await revised.page.close();
    await page.close();
  });
});
