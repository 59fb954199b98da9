// What the hostile e2e files share: one Chromium session with the built extension (started and closed around each
// file), a store probe, a server whose responses never end, the seed article wrapped in test markup, and the checks
// every hostile page must pass (the page still works, nothing injected became an element or ran).
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { tabIdOf } from '../../scripts/lib/reader';
import { readStore, startE2E, type E2E } from './support';

export const SAMPLE = readFileSync('tests/fixtures/seed/article.html', 'utf8');
export const PASSAGE = 'Beijing and Moscow have found common cause on the United Nations Security Council';
/** Markup that runs script if it is ever parsed as HTML, in every context that shows page text. */
export const XSS = '<img src=x onerror="window.__pwned=1">';
export const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The session a hostile e2e file runs in; its fields are set once the file's beforeAll has run. */
export interface HostileSession {
  readonly env: E2E;
  /** One extension page kept open to read the store from (opening one per read costs ~300 ms). */
  readonly probe: Page;
  /** Base URL of a server whose responses never end: `/page` sends half the seed article, `/img` an image header. */
  readonly hangUrl: string;
}

/** Starts Chromium with the extension before the calling file's tests and closes it after them. */
export function useHostileSession(): HostileSession {
  let env: E2E;
  let probe: Page;
  let hang: Server;
  let hangUrl: string;
  beforeAll(async () => {
    env = await startE2E();
    probe = await env.session.context.newPage();
    await probe.goto(`chrome-extension://${env.session.extensionId}/popup.html?tab=-1`);
    // Responses that never end, for "never finishes loading" (the shared server only serves whole files).
    hang = createServer((req, res) => {
      res.writeHead(200, { 'content-type': req.url?.startsWith('/img') ? 'image/png' : 'text/html; charset=utf-8' });
      if (req.url?.startsWith('/page')) res.write(SAMPLE.slice(0, SAMPLE.indexOf('</article>')));
      // Never end: the browser keeps waiting (the connection closes with the server).
    });
    await new Promise<void>((ok) => hang.listen(0, '127.0.0.1', ok));
    const address = hang.address();
    hangUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    hang?.closeAllConnections();
    await new Promise((ok) => hang?.close(ok));
    await env?.close();
  });
  return {
    get env() {
      return env;
    },
    get probe() {
      return probe;
    },
    get hangUrl() {
      return hangUrl;
    },
  };
}

/** The seed article with extra head and body markup, and a page script that proves the page still works. */
export function articleWith(opts: { head?: string; body?: string; script?: string; title?: string } = {}): string {
  // Without its canonical link each test page is its own article: highlights from one test do not paint in another.
  let html = SAMPLE.replace(/<link rel="canonical"[^>]*>/, '');
  if (opts.title !== undefined) html = html.replace(/<title>[\s\S]*?<\/title>/, `<title>${opts.title}</title>`);
  const pageScript = `<button id="page-button" onclick="this.textContent = String(Number(this.textContent) + 1)">0</button>
<script>window.__pageOk = true;${opts.script ?? ''}</script>`;
  return html
    .replace('</head>', `${opts.head ?? ''}</head>`)
    .replace('</body>', `${opts.body ?? ''}${pageScript}</body>`);
}

export async function open(
  s: HostileSession,
  path: string,
  html: string,
  headers?: Record<string, string>,
): Promise<{ page: Page; tabId: number }> {
  s.env.server.route(path, { body: html, headers });
  const page = await s.env.session.context.newPage();
  await page.goto(`${s.env.server.url}${path}`);
  return { page, tabId: await tabIdOf(s.env.session, page) };
}

/** Triple-clicks the paragraph that holds `needle` (Playwright's own world, immune to the page's patches), presses `key`. */
export async function highlightParagraph(page: Page, needle: string, key = '1'): Promise<void> {
  await page.locator('p', { hasText: needle }).first().click({ clickCount: 3 });
  await page.waitForTimeout(150);
  await page.keyboard.press(key);
}

/** The quotes of every stored highlight, or of those on pages whose URL contains `page`. */
export async function storedQuotes(s: HostileSession, page = ''): Promise<string[]> {
  const store = await readStore(s.probe);
  return store.annotations
    .filter((a) => (a as { articleKey?: string }).articleKey?.includes(page))
    .map((a) => a.target.selector[0]?.exact ?? '');
}

/** The page's own script still ran and its button still works. */
export async function expectPageWorks(page: Page): Promise<void> {
  const button = page.locator('#page-button');
  const before = Number(await button.textContent());
  await button.click();
  await expect.poll(async () => Number(await button.textContent())).toBe(before + 1);
}

/** No injected markup became an element or ran, in any of the given pages. */
export async function expectNothingInjected(...pages: Page[]): Promise<void> {
  for (const p of pages) {
    expect(await p.evaluate('window.__pwned === undefined && !document.querySelector("img[src=x], svg[onload]")')).toBe(
      true,
    );
  }
}

/**
 * Lede's UI host elements in the page's body. Its tag name is random and names nothing of Lede's (hostTagName in
 * core/highlight/own-style.ts): found by its shape, a letter and three more, a hyphen, six more.
 */
export const ledeHosts = (page: Page) =>
  page.locator('xpath=/html/body/*[string-length(local-name()) = 11 and substring(local-name(), 5, 1) = "-"]');

/** What the popup shows for a tab: 'ready' with the article heading, or the state it explains; null while loading. */
export async function popupState(popup: Page): Promise<string | null> {
  for (const id of ['no-article', 'unreadable', 'error']) if (await popup.getByTestId(id).count()) return id;
  return (await popup.locator('h1').count()) ? 'ready' : null;
}

/** The id of the active tab (brought to front first), whether or not Lede's script runs there. */
export async function activeTabId(s: HostileSession, page?: Page): Promise<number> {
  if (page) await page.bringToFront();
  return s.env.session.worker.evaluate(async () => {
    const [tab] = await (
      globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }
    ).chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
}
