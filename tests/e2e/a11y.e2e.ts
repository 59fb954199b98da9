// Every extension page checked with axe-core in real Chromium (popup, sidebar on each tab, library lists and an
// article): no serious or critical violations, in light and dark.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openExtensionPage, paintedHighlights, selectWithMouse } from '../../scripts/lib/reader';
import { openArticle, openPopup, openSidebar, useE2E } from './support';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const env = useE2E();

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Serious and critical axe violations on the page as it is now, in words a failing test can show. */
async function seriousViolations(page: Page): Promise<string[]> {
  // page.evaluate runs over the DevTools protocol, which the extension page's CSP does not apply to.
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: Violation[] }> } }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} at ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

describe('accessibility of every extension page (axe-core)', () => {
  it('popup, sidebar tabs and library views have no serious or critical violations, light and dark', async () => {
    const { page, tabId } = await openArticle(env, '/seed/article.html');
    // One highlight with a note, so the notes tab and the library have something to show.
    await selectWithMouse(page, 'the two countries announced 32 separate bilateral agreements');
    await page.waitForTimeout(100);
    await page.keyboard.press('2');
    await expect.poll(() => paintedHighlights(page)).toHaveProperty('lede-green');

    const found: Record<string, string[]> = {};
    for (const scheme of ['light', 'dark'] as const) {
      const popup = await openPopup(env, tabId);
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.getByTestId('fact').first().waitFor({ timeout: 20_000 });
      found[`popup ${scheme}`] = await seriousViolations(popup);
      await popup.close();

      const sidebar = await openSidebar(env, tabId);
      await sidebar.emulateMedia({ colorScheme: scheme });
      await sidebar.getByTestId('fact').first().waitFor({ timeout: 20_000 });
      for (const tab of [/facts/i, /quotes/i, /names/i, /notes/i]) {
        await sidebar.getByRole('tab', { name: tab }).click();
        await sidebar.waitForTimeout(100);
        found[`sidebar ${tab.source} ${scheme}`] = await seriousViolations(sidebar);
      }
      await sidebar.close();

      const library = await openExtensionPage(env.session, 'notes.html', { width: 1200, height: 900 });
      await library.emulateMedia({ colorScheme: scheme });
      const title = library.getByRole('button', { name: 'China and Russia Strengthen Alliance' });
      await title.waitFor({ timeout: 20_000 });
      found[`library articles ${scheme}`] = await seriousViolations(library);
      await library.getByRole('button', { name: 'All highlights' }).click();
      await library.getByTestId('library-highlight').first().waitFor();
      found[`library highlights ${scheme}`] = await seriousViolations(library);
      await library.getByRole('button', { name: 'Articles' }).click();
      await title.click();
      await library.locator('#lib-detail-title').waitFor();
      found[`library article ${scheme}`] = await seriousViolations(library);
      await library.close();
    }
    expect(Object.keys(found)).toHaveLength(16);
    expect(Object.fromEntries(Object.entries(found).filter(([, v]) => v.length))).toEqual({});
    await page.close();
  });
});
