// Pages that switch part of Lede off without hiding a word of the article (wave 20's sixth red team): padding that
// pushes the page Lede hands the extension past its caps (5,000,000 characters, 60,000 elements), so the sidebar says
// "No article found" and the reading copy kept at the first highlight is lost, with it the notice of a stealth edit.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { tabIdOf } from '../../scripts/lib/reader';
import { PASSAGE, SAMPLE, useTrustPage } from './trust-support';

const trust = useTrustPage();

/** The article keys of the reading copies Lede keeps (one per article, kept at its first highlight). */
function keptCopies(probe: Page): Promise<string[]> {
  return probe.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const request = indexedDB.open('lede');
        request.onupgradeneeded = () => request.transaction?.abort();
        request.onerror = () => reject(request.error ?? new Error('Lede has not created its database yet'));
        request.onsuccess = () => {
          const db = request.result;
          const keys = db.transaction('readingCopies').objectStore('readingCopies').getAllKeys();
          keys.onsuccess = () => {
            db.close();
            resolve(keys.result.map(String));
          };
          keys.onerror = () => {
            db.close();
            reject(keys.error);
          };
        };
      }),
  );
}

/**
 * Serves `html` at `path`, highlights PASSAGE, waits for the reading copy, then serves the page with a figure changed
 * (a stealth edit) and reloads: what the sidebar then says.
 */
async function afterStealthEdit(path: string, html: string): Promise<string> {
  trust.server.route(path, { body: html });
  const page = await trust.session.context.newPage();
  await page.goto(`${trust.server.url}${path}`);
  await trust.highlight(page, PASSAGE, '1');
  await expect.poll(() => trust.quotesFor(path)).toEqual([PASSAGE]);
  await expect
    .poll(async () => (await keptCopies(trust.probe)).some((k) => k.endsWith(path)), { timeout: 20_000 })
    .toBe(true);
  trust.server.route(path, { body: html.replace('$400 billion deal', '$40 billion deal') });
  await page.reload();
  const sidebar = await trust.session.context.newPage();
  await sidebar.goto(
    `chrome-extension://${trust.session.extensionId}/sidepanel.html?tab=${await tabIdOf(trust.session, page)}`,
  );
  const said = sidebar.getByText(/Revised since you read it|No article found/);
  await said.first().waitFor({ timeout: 30_000 });
  const text = (await sidebar.locator('body').innerText()).replace(/\s+/g, ' ');
  await sidebar.close();
  await page.close();
  return text;
}

describe('padding does not switch Lede off', () => {
  it('(p1) a 5 MB data: icon in the <head> neither cuts the article out of the snapshot nor loses the stealth edit', async () => {
    // Before the fix the snapshot was cut at 5,000,000 characters inside the <head>: "No article found: empty
    // document", and no reading copy was kept.
    const icon = `<link rel="icon" href="data:image/png;base64,${'A'.repeat(5_200_000)}">`;
    const text = await afterStealthEdit('/trust/pad-icon.html', SAMPLE.replace('<head>', `<head>${icon}`));
    expect(text).not.toMatch(/No article found/);
    expect(text).toMatch(/Revised since you read it/);
  });

  it('(p2) a drawing of 61,000 shapes does not put the page past the element limit', async () => {
    // Before the fix: "page too large: 61,… elements (limit 60000)"; "Try anyway" listed facts, without the notice.
    const drawing = `<svg width="20" height="20">${'<rect width="1" height="1"/>'.repeat(61_000)}</svg>`;
    const text = await afterStealthEdit('/trust/pad-svg.html', SAMPLE.replace('</body>', `${drawing}</body>`));
    expect(text).not.toMatch(/No article found|too large/);
    expect(text).toMatch(/Revised since you read it/);
  });
});
