// Firefox smoke test (when firefox-esr is installed): the MV2 build installs, its content script runs on the sample
// article and paints a highlight, which is painted again with no gesture when the article is reopened (the
// background wakes the page side), an extension page renders, and the library offers the scheduled backup into the
// downloads folder in place of the folder Firefox cannot write to. Then page attacks of trust-page.e2e.ts and trust-deceit.e2e.ts, tried in
// Firefox: forged events, gestures the page swallows, words it hides in a sentence or a key fact, a paragraph it
// selects as the reader clicks elsewhere, and a page that hides every element it did not make.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_BUILD, locateFirefox } from '../../scripts/lib/browser';
import { serveDirectory, type TestServer } from '../../scripts/lib/serve';
import { countPixels, decodePng } from './png';
import { readStore } from './support';

const GECKO_ID = 'lede@lede.example';
const firefox = locateFirefox();
if (!firefox)
  console.warn('\n⚠ firefox-esr is not installed: the Firefox smoke test is SKIPPED (apt-get install firefox-esr)\n');

/**
 * Pale-yellow pixels over the first lines of the paragraph starting with `start`, or with `words` over those words:
 * Lede's yellow as the reader sees it.
 */
async function yellowOver(page: Page, start: string, words?: string): Promise<number> {
  const clip = await page.evaluate(
    (s: string, w: string | null) => {
      const p = [...document.querySelectorAll('p')].find((x) => x.textContent?.startsWith(s));
      if (!p) return null;
      p.scrollIntoView({ block: 'center' });
      let r = p.getBoundingClientRect();
      if (w) {
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const i = (n as Text).data.indexOf(w);
          if (i < 0) continue;
          const range = document.createRange();
          range.setStart(n, i);
          range.setEnd(n, i + w.length);
          r = range.getBoundingClientRect();
          break;
        }
      }
      // Puppeteer's clip is in document coordinates.
      return {
        x: Math.max(0, r.left + window.scrollX),
        y: Math.max(0, r.top + window.scrollY),
        width: Math.min(r.width, 600),
        height: Math.min(r.height, 60),
      };
    },
    start,
    words ?? null,
  );
  if (!clip) return -1;
  await new Promise((r) => setTimeout(r, 150));
  const shot = Buffer.from(await page.screenshot({ clip }));
  if (process.env.LEDE_FF_SHOT) writeFileSync(`/tmp/ff-${start.slice(0, 5)}.png`, shot);
  const png = decodePng(shot);
  return countPixels(png, (r, g, b) => r > 200 && g > 180 && b < 200 && !(r > 245 && g > 245 && b > 245));
}

describe.skipIf(!firefox)('Firefox smoke test', () => {
  let browser: Browser;
  let server: TestServer;
  let profileHome: string;
  const uuid = randomUUID();

  beforeAll(async () => {
    server = await serveDirectory(resolve('tests/fixtures'));
    profileHome = mkdtempSync(join(tmpdir(), 'lede-firefox-'));
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefox!,
      headless: true,
      env: { ...process.env, HOME: profileHome, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
        // Keep Firefox off the network: this machine reaches nothing but its package registries.
        'network.connectivity-service.enabled': false,
        'app.update.enabled': false,
        'browser.safebrowsing.malware.enabled': false,
        'browser.safebrowsing.phishing.enabled': false,
        // The library's backup: optional permissions granted without the prompt a reader would answer, and
        // downloads into this run's own folder without asking where.
        'extensions.webextOptionalPermissionPrompts': false,
        'browser.download.folderList': 2,
        'browser.download.dir': join(profileHome, 'Downloads'),
        'browser.download.useDownloadDir': true,
      },
    });
    await browser.installExtension(FIREFOX_BUILD);
  }, 90_000);

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await server?.close();
    if (profileHome) rmSync(profileHome, { recursive: true, force: true });
  });

  it('runs the content script on the sample article and paints a highlight', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/seed/article.html`);
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

  it('paints that highlight when the article is opened again, with no gesture: the background wakes the page', async () => {
    // The top frame's bootstrap touches no extension API at load; the background sees the tab's URL, finds notes on
    // its site and wakes it with scripting.executeScript (entrypoints/background/page-watch.ts).
    const page = await browser.newPage();
    await page.goto(`${server.url}/seed/article.html`);
    let yellow = 0;
    for (let i = 0; i < 40 && yellow === 0; i++) {
      await new Promise((r) => setTimeout(r, 250));
      yellow = await yellowOver(page, 'Russian President');
    }
    expect(yellow).toBeGreaterThan(500);
    // Only that paragraph: the one before it is not painted.
    expect(await yellowOver(page, 'China and Russia')).toBe(0);
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
    server.route('/wake/firefox.html', { body: planted });
    const article = await browser.newPage();
    await article.goto(`${server.url}/wake/firefox.html`);
    const popup = await browser.newPage();
    void popup.goto(`moz-extension://${uuid}/popup.html`).catch(() => undefined);
    await popup.waitForSelector('main.popup', { timeout: 20_000 });
    const tabId = await popup.evaluate(
      (url) =>
        // Every tab, then its URL: a match pattern cannot name the test server's port.
        (
          globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }
        ).browser.tabs
          .query({})
          .then((tabs) => tabs.find((t) => t.url === url)?.id ?? null),
      `${server.url}/wake/firefox.html`,
    );
    expect(tabId).not.toBeNull();
    void popup.goto(`moz-extension://${uuid}/popup.html?tab=${tabId}`).catch(() => undefined);
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
    const page = await browser.newPage();
    // Firefox never resolves goto() for moz-extension pages although they load: don't await it.
    void page.goto(`moz-extension://${uuid}/popup.html`).catch(() => undefined);
    // Opened as a tab, the popup reads its own tab, which no extension may read: once Preact has rendered and the
    // messages have come from _locales, it says so and still offers the library.
    await page.waitForSelector('main.popup [data-testid="unreadable"]', { timeout: 20_000 });
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).toContain('Lede can’t read this page');
    expect(text).toContain('Notes library');
  });

  it('offers the scheduled backup in the library, asks for downloads only when turned on, and backs up', async () => {
    const page = await browser.newPage();
    void page.goto(`moz-extension://${uuid}/notes.html`).catch(() => undefined);
    await page.waitForSelector('[data-testid="backup"]', { timeout: 20_000 });
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
    const folder = join(profileHome, 'Downloads', 'Lede backups');
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

  describe('page attacks', () => {
    const SAMPLE = readFileSync(resolve('tests/fixtures/seed/article.html'), 'utf8').replace(
      /<link rel="canonical"[^>]*>/,
      '',
    );
    const PASSAGE = 'Beijing and Moscow have found common cause on the United Nations Security Council';
    let swallowAttempts = 0;

    /** The passage's words as stored, for pages whose path ends with `path`. */
    async function quotesFor(path: string): Promise<string[]> {
      const library = await browser.newPage();
      void library.goto(`moz-extension://${uuid}/notes.html`).catch(() => undefined);
      await library.waitForSelector('main', { timeout: 20_000 });
      const store = await readStore(library);
      await library.close();
      return store.annotations
        .filter((a) => (a as { articleKey?: string }).articleKey?.endsWith(path))
        .map((a) => a.target.selector[0]?.exact ?? '');
    }

    /** Drags the mouse from the first word of PASSAGE to its last, as a reader selects. */
    async function dragOverPassage(page: Page): Promise<void> {
      const ends = await page.evaluate(() => {
        const p = [...document.querySelectorAll('p')].find((x) => x.textContent?.includes('Beijing and Moscow'))!;
        p.scrollIntoView({ block: 'center' });
        const rectOf = (word: string, atEnd: boolean) => {
          const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const i = (n as Text).data.indexOf(word);
            if (i < 0) continue;
            const r = document.createRange();
            r.setStart(n, atEnd ? i + word.length - 1 : i);
            r.setEnd(n, atEnd ? i + word.length : i + 1);
            return r.getBoundingClientRect();
          }
          return null;
        };
        const a = rectOf('Beijing and', false)!;
        const b = rectOf('Security Council', true)!;
        return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
      });
      await page.mouse.move(ends.x1, ends.y1);
      await page.mouse.down();
      await page.mouse.move((ends.x1 + ends.x2) / 2, (ends.y1 + ends.y2) / 2, { steps: 4 });
      await page.mouse.move(ends.x2, ends.y2, { steps: 4 });
      await page.mouse.up();
    }

    /**
     * Drags over PASSAGE and presses 1 until the page at `path` has it stored, and returns its stored quotes. The first
     * gesture may come before the page side has loaded: the reader tries again, once the last try has had time to be
     * saved. `afterDrag` runs between each drag and its key.
     */
    async function highlightPassage(page: Page, path: string, afterDrag?: () => Promise<void>): Promise<string[]> {
      let quotes: string[] = [];
      for (let i = 0; i < 10 && quotes.length === 0; i++) {
        await dragOverPassage(page);
        await new Promise((r) => setTimeout(r, 300));
        await afterDrag?.();
        await page.keyboard.press('1');
        for (let w = 0; w < 8 && quotes.length === 0; w++) {
          await new Promise((r) => setTimeout(r, 250));
          quotes = await quotesFor(path);
        }
      }
      return quotes;
    }

    /** Lede's yellow over "common cause", once painted (up to 5 s). */
    async function yellowOnPassage(page: Page): Promise<number> {
      let yellow = 0;
      for (let i = 0; i < 20 && yellow === 0; i++) {
        await new Promise((r) => setTimeout(r, 250));
        yellow = await yellowOver(page, 'Despite many differences', 'common cause');
      }
      return yellow;
    }

    it('a page that swallows gestures and plants hidden words: the reader’s drag and key save the words as seen', async () => {
      const swallow = `for (const t of ['mousedown', 'mouseup', 'keyup', 'keydown', 'pointerdown', 'pointerup', 'click', 'mousemove']) window.addEventListener(t, (e) => e.stopImmediatePropagation(), true);`;
      const style =
        '<style>.x1{display:none}.x2{position:absolute;left:-9999px}.x3{font-size:0}.x4{color:transparent}</style>';
      const planted =
        'Beijing and Moscow <span class="x1">call evil.example now </span>have found <span class="x2">=HYPERLINK("http://evil.example") </span>' +
        'common cause <span class="x3">says evil.example </span>on the United Nations <span class="x4">(sponsored) </span>Security Council';
      // A fresh address per attempt: a retry must not find the highlight an earlier attempt saved.
      const path = `/ff-trust/swallow-${++swallowAttempts}.html`;
      server.route(path, {
        body: SAMPLE.replace('<head>', `<head>${style}<script>${swallow}</script>`).replace(PASSAGE, planted),
      });
      const page = await browser.newPage();
      await page.goto(`${server.url}${path}`);
      expect(await highlightPassage(page, path)).toEqual([PASSAGE]);
      expect(await yellowOnPassage(page)).toBeGreaterThan(200);
      await page.close();
    });

    it('a page that hides every element it did not make, by stylesheet and by script, cannot hide the toolbar or the highlight', async () => {
      const mark = `document.addEventListener('DOMContentLoaded', () => { for (const el of document.querySelectorAll('*')) el.dataset.own = ''; });`;
      const sheet =
        '<style>html > :not([data-own]), body > :not([data-own]) { display: none !important; opacity: 0 !important }</style>';
      const script = `document.addEventListener('DOMContentLoaded', () => new MutationObserver((records) => { for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1 && !n.dataset.own) n.style.setProperty('display', 'none', 'important'); }).observe(document.body, { childList: true }));`;
      const path = `/ff-trust/hide-${++swallowAttempts}.html`;
      server.route(path, { body: SAMPLE.replace('<head>', `<head><script>${mark}${script}</script>${sheet}`) });
      const page = await browser.newPage();
      await page.goto(`${server.url}${path}`);
      const toolbarShown = () =>
        page.evaluate(() =>
          [...document.body.children]
            .filter((el) => el.tagName.startsWith('LEDE-UI-'))
            .some((el) => getComputedStyle(el).display !== 'none' && Number(getComputedStyle(el).opacity) > 0.9),
        );
      let shown = false;
      const quotes = await highlightPassage(page, path, async () => {
        shown ||= await toolbarShown();
      });
      expect(quotes).toEqual([PASSAGE]);
      expect(shown).toBe(true);
      expect(await yellowOnPassage(page)).toBeGreaterThan(200);
      await page.close();
    });

    it('a page that selects its own paragraph as the reader clicks elsewhere gets nothing saved by the next key', async () => {
      const onClick = `document.addEventListener('mouseup', () => {
        const p = [...document.querySelectorAll('p')].find((x) => x.textContent.startsWith('Despite many differences'));
        const r = document.createRange(); r.selectNodeContents(p);
        getSelection().removeAllRanges(); getSelection().addRange(r);
      });`;
      server.route('/ff-trust/select-on-click.html', {
        body: SAMPLE.replace('<head>', `<head><script>${onClick}</script>`),
      });
      const page = await browser.newPage();
      await page.goto(`${server.url}/ff-trust/select-on-click.html`);
      const far = await page.evaluate(() => {
        const h = document.querySelector('h1')!;
        h.scrollIntoView({ block: 'start' });
        const r = h.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
      // The first click wakes the page side (the bootstrap hands it the pointer), the next ones reach it loaded.
      for (let i = 0; i < 3; i++) {
        await page.mouse.click(far.x, far.y);
        await new Promise((r) => setTimeout(r, 600));
        await page.keyboard.press('1');
      }
      await new Promise((r) => setTimeout(r, 800));
      expect(await quotesFor('/ff-trust/select-on-click.html')).toEqual([]);
      // The page's paragraph was selected all along (a save would have cleared the selection).
      expect(await page.evaluate(() => String(getSelection()))).toContain('Despite many differences');
      await page.close();
    });

    it('a page that selects text and dispatches mouseup and key 1 itself gets nothing saved', async () => {
      const forge = `addEventListener('load', () => setTimeout(() => {
        const p = [...document.querySelectorAll('p')].find((x) => x.textContent.startsWith('China and Russia’s presidents'));
        const r = document.createRange(); r.selectNodeContents(p);
        getSelection().removeAllRanges(); getSelection().addRange(r);
        for (let k = 0; k < 5; k++) {
          document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
          document.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', shiftKey: true, bubbles: true }));
          document.dispatchEvent(new KeyboardEvent('keydown', { key: '1', code: 'Digit1', bubbles: true }));
        }
      }, 800));`;
      server.route('/ff-trust/forged.html', { body: SAMPLE.replace('<head>', `<head><script>${forge}</script>`) });
      const page = await browser.newPage();
      await page.goto(`${server.url}/ff-trust/forged.html`);
      await new Promise((r) => setTimeout(r, 2500));
      expect(await page.evaluate(() => String(getSelection()))).toContain('China and Russia’s presidents');
      expect(await quotesFor('/ff-trust/forged.html')).toEqual([]);
      expect(await yellowOver(page, 'China and Russia')).toBe(0);
      await page.close();
    });
  });
});
