// Privacy and permissions: while a reader uses every feature (popup, sidebar, highlight, note, notes library,
// search, export, import), Lede's contexts make no network request at all; the only requests are the test page
// loads. The manifest asks for the minimal permissions, and extension pages carry a CSP that forbids the network.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD } from '../../scripts/lib/browser';
import {
  clickText,
  openExtensionPage,
  paintedHighlights,
  pressClosingEditor,
  selectWithMouse,
  waitForNoteEditor,
} from '../../scripts/lib/reader';
import { freshOnRetry, openArticle, openPopup, openSidebar, readStore, startE2E, type E2E } from './support';

// Playwright reports a service worker's own requests only with this switch (read when the browser is launched).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

const PASSAGE = 'Beijing and Moscow have found common cause on the United Nations Security Council';

interface Seen {
  url: string;
  from: string;
}

let env: E2E;
const requests: Seen[] = [];
/** Requests that left for anywhere but the local test server: aborted, and recorded as failures. */
const escaped: Seen[] = [];

function originOf(request: Request): string {
  const worker = request.serviceWorker();
  if (worker) return worker.url();
  try {
    return request.frame().url();
  } catch {
    return '(no frame)';
  }
}

// A retry (freshOnRetry) starts a new browser, and counts only its own requests.
freshOnRetry(
  async () => {
    requests.length = 0;
    escaped.length = 0;
    env = await startE2E();
    const local = new URL(env.server.url).host;
    env.session.context.on('request', (r) => requests.push({ url: r.url(), from: originOf(r) }));
    // Anything bound for another host is cut off before it leaves the machine, and remembered.
    await env.session.context.route(
      (url) => /^(https?|wss?):/.test(url.protocol) && url.host !== local,
      (route) => {
        escaped.push({ url: route.request().url(), from: originOf(route.request()) });
        void route.abort();
      },
    );
  },
  async () => {
    await env?.close();
  },
);

describe('no network from Lede while a reader uses every feature', () => {
  it('popup, sidebar, highlight, note, library, search, export and import make no request beyond the page loads', async () => {
    const { page, tabId } = await openArticle(env, '/seed/article.html');
    // Highlight and note in the page.
    await selectWithMouse(page, PASSAGE);
    await page.waitForTimeout(100);
    await page.keyboard.press('2');
    await expect.poll(() => paintedHighlights(page)).toEqual({ 'lede-green': [PASSAGE] });
    await clickText(page, 'common cause');
    await waitForNoteEditor(page);
    await page.keyboard.type('Check the vote count.');
    await pressClosingEditor(page, 'Control+Enter');

    // Popup: the article, its facts and quotes.
    const popup = await openPopup(env, tabId);
    await expect
      .poll(async () => (await popup.locator('h1').first().textContent())?.trim(), { timeout: 20_000 })
      .toBe('China and Russia Strengthen Alliance');

    // Sidebar: every tab, and "show on page" from a fact.
    const sidebar = await openSidebar(env, tabId);
    for (const name of [/facts/i, /quotes/i, /people/i, /notes/i]) await sidebar.getByRole('tab', { name }).click();
    await expect.poll(() => sidebar.getByTestId('note').allTextContents()).toEqual(['Check the vote count.']);
    await sidebar.getByRole('tab', { name: /facts/i }).click();
    await sidebar.getByTestId('fact').first().click();

    // Notes library: list, search, open, export in every format, import the JSON-LD back.
    const library = await openExtensionPage(env.session, 'notes.html', { width: 1100, height: 900 });
    await library
      .getByRole('button', { name: 'China and Russia Strengthen Alliance' })
      .first()
      .click({ timeout: 20_000 });
    const downloads: Download[] = [];
    library.on('download', (d) => downloads.push(d));
    for (const name of ['Markdown', 'Lede backup (JSON-LD)', 'CSV', 'Printable page']) {
      await library.getByRole('button', { name, exact: true }).first().click();
    }
    await expect.poll(() => downloads.length).toBe(4);
    const jsonld = await downloads[1]!.path();
    await library.locator('input[type=file]').setInputFiles(jsonld);
    await expect.poll(() => library.getByText(/already here: 1/).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const search = library.getByRole('searchbox').first();
    if (await search.count()) await search.fill('vote count');

    expect((await readStore(library)).annotations.map((a) => a.body.note)).toEqual(['Check the vote count.']);
    await Promise.all([library.close(), sidebar.close(), popup.close(), page.close()]);

    expect(escaped).toEqual([]);
    const fromLede = requests.filter(
      (r) => r.from.startsWith('chrome-extension://') || r.from.includes(env.session.extensionId),
    );
    // The recorder does see Lede's contexts (their own file loads), so an empty list below means something.
    expect(fromLede.length).toBeGreaterThan(3);
    // Extension pages load their own files (chrome-extension://, blob: for downloads); nothing else.
    expect(fromLede.filter((r) => !/^(chrome-extension|blob|data):/.test(r.url))).toEqual([]);
    // Every http request is a page load or subresource of the local test server.
    for (const r of requests.filter((x) => /^https?:/.test(x.url)))
      expect(r.url.startsWith(env.server.url), r.url).toBe(true);
  });
});

describe('permissions and content security policy', () => {
  const manifest = JSON.parse(readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8')) as Record<string, unknown>;

  it('asks for exactly storage, contextMenus, sidePanel, scripting, webNavigation and http(s) pages, and no outside messaging', () => {
    expect([...(manifest.permissions as string[])].sort()).toEqual([
      'contextMenus',
      'scripting',
      'sidePanel',
      'storage',
      'webNavigation',
    ]);
    // The pages the content script already runs on (same install warning): the background looks up each tab's URL
    // and wakes the page side only where the site has notes (issue #13). No other host.
    expect(manifest.host_permissions).toEqual(['http://*/*', 'https://*/*']);
    for (const key of ['optional_permissions', 'optional_host_permissions', 'externally_connectable']) {
      expect(manifest[key], key).toBeUndefined();
    }
    // Pages may load exactly two files (the lazily loaded page script and the note editor frame), and only through
    // a per-session dynamic URL, so probing a fixed chrome-extension://<id>/… address tells a page nothing.
    expect(manifest.web_accessible_resources).toEqual([
      {
        resources: ['page-main.js', 'note-editor.html'],
        matches: ['http://*/*', 'https://*/*'],
        use_dynamic_url: true,
      },
    ]);
  });

  it('shows the reader one install warning, the one the content script already causes', async () => {
    // Chrome's own account of the manifest's warnings: `webNavigation` and `scripting` add none beside host access.
    const warnings = await env.session.worker.evaluate(
      (m) =>
        (
          globalThis as unknown as {
            chrome: { management: { getPermissionWarningsByManifest(s: string): Promise<string[]> } };
          }
        ).chrome.management.getPermissionWarningsByManifest(m),
      JSON.stringify(manifest),
    );
    expect(warnings).toEqual(['Read and change all your data on all websites']);
  });

  it('gives extension pages a strict CSP, and the browser enforces it: a page cannot fetch or run inline script', async () => {
    const csp = (manifest.content_security_policy as { extension_pages: string }).extension_pages;
    const directives = Object.fromEntries(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k, v.join(' ')]),
    );
    // Web pages may frame an extension page (the note editor, the only web-accessible one) and nothing may be
    // fetched or run from the web.
    expect(directives).toMatchObject({
      'script-src': "'self'",
      'object-src': "'none'",
      'connect-src': "'none'",
      'base-uri': "'none'",
      'frame-ancestors': "'self' http: https:",
    });
    const { 'frame-ancestors': _framers, ...rest } = directives;
    expect(Object.values(rest).join(' ')).not.toMatch(/unsafe-|https?:|\*/);

    const popup = await openExtensionPage(env.session, 'popup.html?tab=-1', { width: 380, height: 600 });
    const outcome = await popup.evaluate(async (url) => {
      const fetched = await fetch(url).then(
        () => 'fetched',
        () => 'blocked',
      );
      const script = document.createElement('script');
      script.textContent = 'window.__inline = 1';
      document.body.append(script);
      return { fetched, inline: (window as unknown as { __inline?: number }).__inline ?? null };
    }, `${env.server.url}/seed/article.html`);
    expect(outcome).toEqual({ fetched: 'blocked', inline: null });
    await popup.close();
  });
});
