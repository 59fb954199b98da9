// Every extension page checked with axe-core in real Chromium (popup, sidebar on each tab, library lists and an
// article): no serious or critical violations, in light and dark.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CDPSession, Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  clickText,
  openExtensionPage,
  paintedHighlights,
  pressClosingEditor,
  selectWithMouse,
  waitForNoteEditor,
} from '../../scripts/lib/reader';
import { openArticle, openPopup, openSidebar, useE2E } from './support';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const env = useE2E();

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Serious and critical axe violations on the page (or frame) as it is now, in words a failing test can show; with
 * `within`, only inside the element the selector names.
 */
async function seriousViolations(page: Page | Frame, within?: string): Promise<string[]> {
  // page.evaluate runs over the DevTools protocol, which the extension page's CSP does not apply to.
  await page.evaluate(AXE);
  const violations = await page.evaluate(async (selector) => {
    const axe = (
      window as unknown as {
        axe: { run(ctx: Document | { include: string[] }, opts: object): Promise<{ violations: Violation[] }> };
      }
    ).axe;
    const result = await axe.run(selector ? { include: [selector] } : document, { resultTypes: ['violations'] });
    return result.violations;
  }, within ?? null);
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

/** Where the copy of Lede's in-page UI goes: an open shadow root axe can read. */
const UI_COPY = 'lede-axe-copy';

/**
 * Copies Lede's in-page UI (a closed shadow root, which axe cannot enter) into an open shadow root on the same page,
 * with the same style sheets, so axe checks its roles, names and contrast as the page shows them. The closed root is
 * reached through the DevTools protocol (DOM.getDocument with `pierce`), never through the page.
 */
async function copyInPageUi(cdp: CDPSession): Promise<void> {
  type DomNode = { nodeId: number; localName?: string; children?: DomNode[]; shadowRoots?: DomNode[] };
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const find = (n: DomNode): DomNode | null => {
    if (/^[a-z][a-z0-9]{3}-[a-z0-9]{6}$/i.test(n.localName ?? '') && n.shadowRoots?.length) return n.shadowRoots[0]!;
    for (const c of n.children ?? []) {
      const hit = find(c);
      if (hit) return hit;
    }
    return null;
  };
  const shadow = find(root);
  if (!shadow) throw new Error('Lede’s in-page UI is not on the page');
  const { object } = (await cdp.send('DOM.resolveNode', { nodeId: shadow.nodeId })) as {
    object: { objectId: string };
  };
  await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: `function (tag) {
      document.querySelector(tag)?.remove();
      const host = document.createElement(tag);
      const open = host.attachShadow({ mode: 'open' });
      open.adoptedStyleSheets = [...this.adoptedStyleSheets];
      open.append(...[...this.childNodes].filter((n) => n.localName !== 'iframe').map((n) => n.cloneNode(true)));
      host.setAttribute('style', this.host.getAttribute('style'));
      document.body.append(host);
    }`,
    arguments: [{ value: UI_COPY }],
  });
}

describe('accessibility of every extension page (axe-core)', () => {
  it('the in-page toolbar and note marks, and the note editor: no serious or critical violations', async () => {
    // Under another title, so the library test below finds its own article once.
    const body = readFileSync('tests/fixtures/seed/article.html', 'utf8').replaceAll(
      'China and Russia Strengthen Alliance',
      'In-page accessibility check',
    );
    env.server.route('/a11y/inpage.html', { body });
    const { page } = await openArticle(env, '/a11y/inpage.html');
    const cdp = await env.session.context.newCDPSession(page);
    const found: Record<string, string[]> = {};
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const [passage, within] =
        scheme === 'light'
          ? ['Beijing and Moscow have found common cause', 'common cause']
          : ['Despite many differences and possible points', 'possible points'];
      await selectWithMouse(page, passage);
      await page.waitForTimeout(100);
      await page.keyboard.press('2');
      await expect.poll(async () => (await paintedHighlights(page))['lede-green']).toContain(passage);
      await page.mouse.move(1, 1);
      await clickText(page, within);
      const editor = await waitForNoteEditor(page);
      found[`note editor ${scheme}`] = await seriousViolations(editor);
      await page.keyboard.type('A note, so the passage carries a mark.');
      await pressClosingEditor(page, 'Control+Enter');
      await page.mouse.click(5, 300); // close the editor
      // The toolbar open on a new selection, the note mark beside the passage.
      await selectWithMouse(page, 'the bedrock principle of Chinese foreign policy');
      await page.waitForTimeout(300);
      await copyInPageUi(cdp);
      // The copy holds what the reader sees: the toolbar's colours and buttons, and the note mark.
      const buttons = await page.evaluate(
        (tag) => document.querySelector(tag)?.shadowRoot?.querySelectorAll('button').length ?? 0,
        UI_COPY,
      );
      expect(buttons).toBeGreaterThanOrEqual(5);
      found[`in-page toolbar and marks ${scheme}`] = await seriousViolations(page, UI_COPY);
      await page.keyboard.press('Escape');
    }
    expect(Object.keys(found)).toHaveLength(4);
    expect(Object.fromEntries(Object.entries(found).filter(([, v]) => v.length))).toEqual({});
    await page.close();
  });

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
