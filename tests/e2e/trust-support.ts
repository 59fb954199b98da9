// What the page-attack tests share (trust-page.e2e.ts, trust-page-reach.e2e.ts, trust-deceit.e2e.ts, trust-reach.e2e.ts): one browser with the built extension
// per file, a test server of the fixtures (with plain.test mapped to it, a name that is not a secure context), a
// probe page that reads the store, and the reader's steps on the seed article.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchWithExtension, type ExtensionSession } from '../../scripts/lib/browser';
import {
  boxOf,
  centreOf,
  clickText,
  piercedText,
  selectWithMouse,
  selectWithRawMouse,
  waitForNoteEditor,
} from '../../scripts/lib/reader';
import { serveDirectory, type TestServer } from '../../scripts/lib/serve';
import { countPixels, decodePng, isTinted } from './png';
import { freshOnRetry, readStore } from './support';

export const SAMPLE = readFileSync('tests/fixtures/seed/article.html', 'utf8').replace(
  /<link rel="canonical"[^>]*>/,
  '',
);
export const PASSAGE = 'Beijing and Moscow have found common cause on the United Nations Security Council';
export const SECOND = 'Russian President Vladimir Putin offered the seat next to him';
export const THIRD = 'the deepening ties between their two countries';

export class TrustPage {
  server!: TestServer;
  session!: ExtensionSession;
  /** An extension page that reads the store. */
  probe!: Page;
  /** The test server under plain.test: plain http that is not a secure context. */
  plainOrigin!: string;

  /** The seed article at `path`, with `script` run by the page before anything else. */
  async openPage(path: string, script = '', origin?: string): Promise<Page> {
    this.server.route(path, { body: SAMPLE.replace('<head>', `<head><script>${script}</script>`) });
    const page = await this.session.context.newPage();
    await page.goto(`${origin ?? this.server.url}${path}`);
    return page;
  }

  /** The reader drags over PASSAGE on `page`; once the toolbar shows, the centre of its blue, where they aim. */
  async aimAtBlue(page: Page): Promise<{ x: number; y: number }> {
    expect(await selectWithMouse(page, PASSAGE)).toBe(PASSAGE);
    await page.waitForTimeout(400);
    // The toolbar of a page's first gesture comes once the page side has loaded and checked the article: on a loaded
    // machine that took more than the 400 ms (red team 63's X1 found no toolbar once in nine runs).
    let blue: { x: number; y: number } | null = null;
    await expect.poll(async () => (blue = await centreOf(page, 'data-color', 'blue').catch(() => null))).not.toBeNull();
    return blue!;
  }

  /**
   * The reader clicks Lede's blue at `at` where the page laid a look-alike of the toolbar over it: either Lede's
   * toolbar was drawn above it (blue saved, the page heard no click) or the reader is told the toolbar was covered.
   */
  async clickedBlueOrTold(
    page: Page,
    path: string,
    at: { x: number; y: number },
    alertTimeout?: number,
  ): Promise<void> {
    await page.mouse.click(at.x, at.y);
    await page.waitForTimeout(800);
    if ((await this.quotesFor(path)).length) {
      const store = await readStore(this.probe);
      expect(store.annotations.find((a) => JSON.stringify(a).includes(path))?.body.color).toBe('blue');
      expect(await page.evaluate(() => (window as unknown as { __clicks: number }).__clicks)).toBe(0);
    } else
      await expect
        .poll(() => piercedText(page, 'role', 'alert'), alertTimeout ? { timeout: alertTimeout } : undefined)
        .toMatch(/laid something over Lede's toolbar|hides Lede's toolbar/);
  }

  /** The quotes stored for the page at `path`. */
  async quotesFor(path: string): Promise<string[]> {
    const store = await readStore(this.probe);
    return store.annotations
      .filter((a) => (a as { articleKey?: string }).articleKey?.includes(path))
      .map((a) => a.target.selector[0]?.exact ?? '');
  }

  /**
   * What the sidebar lists for the page in tab `tabId`: every key fact and quote (the popup shows only the first
   * few), and whether it says part of the article is not shown yet.
   */
  async sidebarLists(tabId: number): Promise<{ facts: string[]; quotes: string[]; closedNote: number }> {
    const sidebar = await this.session.context.newPage();
    await sidebar.goto(`chrome-extension://${this.session.extensionId}/sidepanel.html?tab=${tabId}`);
    await sidebar.getByTestId('fact').first().waitFor({ timeout: 20_000 });
    const facts = await sidebar.getByTestId('fact').allTextContents();
    const closedNote = await sidebar.getByTestId('closed-parts').count();
    await sidebar.getByRole('tab', { name: /quotes/i }).click();
    await sidebar.getByTestId('quote').first().waitFor();
    const quotes = await sidebar.getByTestId('quote').allTextContents();
    await sidebar.close();
    return { facts, quotes, closedNote };
  }

  /** The note of the first highlight stored for the page at `path`. */
  async noteFor(path: string): Promise<string | undefined> {
    const store = await readStore(this.probe);
    return store.annotations.find((a) => (a as { articleKey?: string }).articleKey?.endsWith(path))?.body.note;
  }

  /** Selects `text` as the reader does and presses a colour key. */
  async highlight(page: Page, text: string, key = '1', raw = false): Promise<void> {
    await page.bringToFront();
    expect(await (raw ? selectWithRawMouse : selectWithMouse)(page, text)).toBe(text);
    await page.waitForTimeout(150);
    await page.keyboard.press(key);
  }

  /** Highlights PASSAGE on the page at `path` with `key`, then clicks it as the reader does: the note editor's frame. */
  async openNoteOnPassage(page: Page, path: string, key = '1', raw = false): Promise<Frame> {
    await this.highlight(page, PASSAGE, key, raw);
    await expect.poll(() => this.quotesFor(path)).toEqual([PASSAGE]);
    await page.mouse.move(1, 1);
    await clickText(page, 'common cause');
    return waitForNoteEditor(page);
  }
}

/**
 * Tinted pixels over the paragraph holding PASSAGE, deselected and with the pointer away: the highlight as the
 * reader sees it. The paragraph is scrolled to the window's middle first, unless `scroll` is false.
 */
export async function tintOverPassage(page: Page, scroll = true): Promise<number> {
  await page.evaluate(() => getSelection()?.removeAllRanges());
  await page.mouse.move(1, 1);
  await page.waitForTimeout(300);
  const box = await page.evaluate(
    ([needle, move]) => {
      const p = [...document.querySelectorAll('p')].find((x) => x.textContent?.includes(needle))!;
      if (move) p.scrollIntoView({ block: 'center' });
      const r = p.getBoundingClientRect();
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    },
    ['common cause', scroll] as const,
  );
  return countPixels(decodePng(await page.screenshot({ clip: box })), isTinted);
}

/** Starts the browser, server and probe before the file's tests (and before a retry, freshOnRetry) and closes them after. */
/**
 * The share of the "Saved: …" toast's box drawn in Lede's own dark surface (#1f2328): near 1 when the reader sees
 * Lede's toast, low under a cover. Look-alikes in the tests use a near colour (#2a1f28) so that they do not count.
 */
export async function ledeToastDrawn(page: Page): Promise<number> {
  return ledeDrawn(page, 'class', 'toast ');
}

/** The share of the box of Lede's element with `attr`=`value` drawn in Lede's own dark surface (ledeToastDrawn). */
export async function ledeDrawn(page: Page, attr: string, value: string): Promise<number> {
  const box = await boxOf(page, attr, value);
  const shot = decodePng(await page.screenshot({ clip: box }));
  const near = (r: number, g: number, b: number) =>
    Math.abs(r - 0x1f) <= 4 && Math.abs(g - 0x23) <= 4 && Math.abs(b - 0x28) <= 4;
  return countPixels(shot, near) / (shot.width * shot.height);
}

/**
 * Page script: `window.__rewriteSelection()` rewrites the words inside the reader's selection, in its live range
 * (insert after its first letter, delete the rest), so that the selection spans "Beijing and Moscow have never found
 * common cause…", and counts each rewrite in `window.__forged`. Only a selection within one text node is rewritten.
 */
export const REWRITE_SELECTION = `window.__rewriteSelection = () => {
  const r = getSelection().getRangeAt(0);
  const n = r.startContainer;
  if (n !== r.endContainer || n.nodeType !== 3) return;
  const s = r.startOffset;
  const len = r.endOffset - s;
  const forged = 'eijing and Moscow have never found common cause on the United Nations Security Council';
  n.insertData(s + 1, forged);
  n.deleteData(s + 1 + forged.length, len - 1);
  window.__forged = (window.__forged || 0) + 1;
};`;

export function useTrustPage(): TrustPage {
  const t = new TrustPage();
  freshOnRetry(
    async () => {
      t.server = await serveDirectory(resolve('tests/fixtures'));
      // Saved pages link to sites this machine cannot reach; everything but the test server is refused at once.
      t.session = await launchWithExtension({ mapHosts: ['plain.test'], onlyLocal: true });
      t.plainOrigin = t.server.url.replace('127.0.0.1', 'plain.test');
      t.probe = await t.session.context.newPage();
      await t.probe.goto(`chrome-extension://${t.session.extensionId}/popup.html?tab=-1`);
    },
    async () => {
      await t.session?.close();
      await t.server?.close();
    },
  );
  return t;
}
