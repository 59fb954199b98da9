// Firefox smoke test (when firefox-esr is installed): the MV2 build installs, its content script runs on the sample
// article and paints a highlight, which is painted again with no gesture when the article is reopened (the
// background wakes the page side), an extension page renders, and the library offers the scheduled backup into the
// downloads folder in place of the folder Firefox cannot write to. Page attacks tried in Firefox are in
// firefox-attacks.e2e.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { firefox, openExtensionPage, useFirefox, yellowOver } from './firefox-support';

/**
 * The reader's pointer moves (readerArrives in scripts/lib/reader.ts, for Puppeteer's page), then Lede's yellow over
 * the paragraph the first test highlighted, once painted (up to 10 s).
 */
async function yellowAtFirstMove(page: Page): Promise<number> {
  await page.mouse.move(4, 4);
  await page.mouse.move(11, 9);
  let yellow = 0;
  for (let i = 0; i < 40 && yellow === 0; i++) {
    await new Promise((r) => setTimeout(r, 250));
    yellow = await yellowOver(page, 'Russian President');
  }
  return yellow;
}

describe.skipIf(!firefox)('Firefox smoke test', () => {
  const ff = useFirefox();

  it('runs the content script on the sample article and paints a highlight', async () => {
    const page = await ff.browser.newPage();
    await page.goto(`${ff.server.url}/seed/article.html`);
    // Select a paragraph as a reader does (a real triple click: Lede ignores synthetic events) and press 1 (the
    // toolbar's first colour), until the content script has started.
    const painted = async () => {
      const box = await page.evaluate(() => {
        const p = [...document.querySelectorAll('p')].find((x) => x.textContent?.startsWith('Russian President'))!;
        p.scrollIntoView({ block: 'center' });
        const r = p.getBoundingClientRect();
        return { x: r.left + 20, y: r.top + 8 };
      });
      await page.mouse.click(box.x, box.y, { count: 3 });
      await new Promise((r) => setTimeout(r, 300));
      await page.keyboard.press('1');
      await new Promise((r) => setTimeout(r, 300));
      return yellowOver(page, 'Russian President');
    };
    let yellow = 0;
    for (let i = 0; i < 20 && yellow === 0; i++) yellow = await painted();
    expect(yellow).toBeGreaterThan(500);
    // Painted where only the reader sees it: the page's own script finds no highlight to read back.
    expect(
      await page.evaluate(() => (CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.size ?? 0),
    ).toBe(0);
  });

  it('paints that highlight when the article is opened again, at the reader’s first move: the background wakes the page', async () => {
    // The top frame's bootstrap touches no extension API at load; the background sees the tab's URL, finds notes on
    // its site and wakes it with scripting.executeScript (entrypoints/background/page-watch.ts). It is painted at
    // the reader's first input there, not before (red team 50, N).
    const page = await ff.browser.newPage();
    await page.goto(`${ff.server.url}/seed/article.html`);
    expect(await yellowAtFirstMove(page)).toBeGreaterThan(500);
    // Only that paragraph: the one before it is not painted.
    expect(await yellowOver(page, 'China and Russia')).toBe(0);
  });

  it('paints it while the article’s page is still loading (an image that never arrives), at the reader’s first move', async () => {
    // Woken at the load's end only, a page whose ads keep it loading showed the reader no highlight for as long
    // (wave 33). The background now calls the loading tab until its document is parsed (page-watch.ts).
    const hang = createServer((req, res) => res.writeHead(200, { 'content-type': 'image/png' })); // never ends
    await new Promise<void>((ok) => hang.listen(0, '127.0.0.1', ok));
    const port = (hang.address() as AddressInfo).port;
    const sample = readFileSync(resolve('tests/fixtures/seed/article.html'), 'utf8');
    // The same article at the same address (no later test here opens it), with an image whose response never ends,
    // at a fresh image address per load.
    const image = `<script>document.write('<img alt="" src="http://127.0.0.1:${port}/img?' + Math.random() + '">')</script>`;
    ff.server.route('/seed/article.html', { body: sample.replace('</body>', `${image}</body>`) });
    const page = await ff.browser.newPage();
    await page.goto(`${ff.server.url}/seed/article.html`, { waitUntil: 'domcontentloaded' });
    expect(await yellowAtFirstMove(page)).toBeGreaterThan(500);
    expect(await page.evaluate(() => document.readyState)).not.toBe('complete');
    await page.close();
    hang.closeAllConnections();
    await new Promise((ok) => hang.close(ok));
  });

  it('the popup reads an article with no notes (sendToTab wakes the sleeping page side first), without words the page hides', async () => {
    const sample = readFileSync(resolve('tests/fixtures/seed/article.html'), 'utf8');
    // A figure hidden by the page's stylesheet inside a key fact's sentence: the popup shows the sentence as seen.
    const planted = sample
      .replace(/<link rel="canonical"[^>]*>/, '')
      .replace('<head>', '<head><style>.y1{display:none}</style>')
      .replace(
        'complement a $400 billion deal',
        'complement a <span class="y1">$900 billion, not a </span>$400 billion deal',
      );
    ff.server.route('/wake/firefox.html', { body: planted });
    const article = await ff.browser.newPage();
    await article.goto(`${ff.server.url}/wake/firefox.html`);
    const popup = await openExtensionPage(ff, 'popup.html', 'main.popup');
    const tabId = await popup.evaluate(
      (url) =>
        // Every tab, then its URL: a match pattern cannot name the test server's port.
        (
          globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }
        ).browser.tabs
          .query({})
          .then((tabs) => tabs.find((t) => t.url === url)?.id ?? null),
      `${ff.server.url}/wake/firefox.html`,
    );
    expect(tabId).not.toBeNull();
    void popup.goto(`moz-extension://${ff.uuid}/popup.html?tab=${tabId}`).catch(() => undefined);
    let text = '';
    for (let i = 0; i < 80 && !text.includes('China and Russia Strengthen Alliance'); i++) {
      await new Promise((r) => setTimeout(r, 250));
      text = await popup.evaluate(() => document.querySelector('main')?.innerText ?? '').catch(() => '');
    }
    expect(text).toContain('China and Russia Strengthen Alliance');
    for (let i = 0; i < 40 && !text.includes('$400 billion'); i++) {
      await new Promise((r) => setTimeout(r, 250));
      text = await popup.evaluate(() => document.querySelector('main')?.innerText ?? '').catch(() => '');
    }
    expect(text).toContain('The deals complement a $400 billion deal');
    expect(text).not.toContain('$900 billion');
    await popup.close();
    await article.close();
  });

  it('renders an extension page', async () => {
    // Opened as a tab, the popup reads its own tab, which no extension may read: once Preact has rendered and the
    // messages have come from _locales, it says so and still offers the library.
    const page = await openExtensionPage(ff, 'popup.html', 'main.popup [data-testid="unreadable"]');
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).toContain('Lede can’t read this page');
    expect(text).toContain('Notes library');
  });

  it('offers the scheduled backup in the library, asks for downloads only when turned on, and backs up', async () => {
    const page = await openExtensionPage(ff, 'notes.html', '[data-testid="backup"]');
    const text = await page.evaluate(() => document.querySelector('[data-testid="vault"]')!.textContent ?? '');
    expect(text).toContain('Firefox has no File System Access API');
    expect(text).toContain('Back up into the downloads folder');
    expect(text).toContain('No backup has run yet.');
    // The downloads permission is optional and not granted until the reader turns backups on.
    const permissions = () =>
      page.evaluate(() =>
        (
          globalThis as unknown as { browser: { permissions: { getAll(): Promise<{ permissions: string[] }> } } }
        ).browser.permissions
          .getAll()
          .then((p) => p.permissions),
      );
    expect(await permissions()).not.toContain('downloads');

    await page.click('[data-testid="backup"] input[type=checkbox]');
    await expect.poll(permissions, { timeout: 10_000 }).toContain('downloads');
    // The background sees the schedule turned on and runs the first backup: the two dated files, and the panel
    // says when and where.
    const folder = join(ff.profileHome, 'Downloads', 'Lede backups');
    const today = new Date().toISOString().slice(0, 10);
    await expect
      .poll(() => (existsSync(folder) ? readdirSync(folder).sort() : []), { timeout: 20_000 })
      .toEqual([`lede-backup-${today}.jsonld`, `lede-notes-${today}.md`]);
    const backup = JSON.parse(readFileSync(join(folder, `lede-backup-${today}.jsonld`), 'utf8'));
    expect(backup.type).toBe('AnnotationCollection');
    // The highlight painted by the first test of this file is in it.
    expect(JSON.stringify(backup)).toContain('Russian President Vladimir Putin offered the seat');
    await expect
      .poll(() => page.evaluate(() => document.querySelector('[data-testid="backup-last"]')!.textContent ?? ''), {
        timeout: 10_000,
      })
      .toContain(`Lede backups/lede-backup-${today}.jsonld`);
  });
});
