// What the Firefox end-to-end files share: Firefox ESR with the built MV2 extension installed, on a profile of this
// run's own, kept off the network; the test server; and Lede's yellow counted in a screenshot.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { FIREFOX_BUILD, locateFirefox } from '../../scripts/lib/browser';
import { serveDirectory, type TestServer } from '../../scripts/lib/serve';
import { countPixels, decodePng } from './png';

const GECKO_ID = 'lede@lede.example';
export const firefox = locateFirefox();
if (!firefox)
  console.warn('\n⚠ firefox-esr is not installed: the Firefox tests are SKIPPED (apt-get install firefox-esr)\n');

/** One Firefox with Lede installed, for the tests of one file (filled in before they run). */
export interface FirefoxSession {
  browser: Browser;
  server: TestServer;
  /** The extension's moz-extension:// host. */
  uuid: string;
  /** The profile's home, where downloads land. */
  profileHome: string;
}

/** Starts Firefox with the built extension and the test server before the file's tests, and stops them after. */
export function useFirefox(): FirefoxSession {
  const s = { uuid: randomUUID() } as FirefoxSession;
  beforeAll(async () => {
    s.server = await serveDirectory(resolve('tests/fixtures'));
    s.profileHome = mkdtempSync(join(tmpdir(), 'lede-firefox-'));
    s.browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefox!,
      headless: true,
      env: { ...process.env, HOME: s.profileHome, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: s.uuid }),
        // Keep Firefox off the network: this machine reaches nothing but its package registries.
        'network.connectivity-service.enabled': false,
        'app.update.enabled': false,
        'browser.safebrowsing.malware.enabled': false,
        'browser.safebrowsing.phishing.enabled': false,
        // The library's backup: optional permissions granted without the prompt a reader would answer, and
        // downloads into this run's own folder without asking where.
        'extensions.webextOptionalPermissionPrompts': false,
        'browser.download.folderList': 2,
        'browser.download.dir': join(s.profileHome, 'Downloads'),
        'browser.download.useDownloadDir': true,
      },
    });
    await s.browser.installExtension(FIREFOX_BUILD);
  }, 90_000);
  afterAll(async () => {
    await s.browser?.close().catch(() => undefined);
    await s.server?.close();
    if (s.profileHome) rmSync(s.profileHome, { recursive: true, force: true });
  });
  return s;
}

/**
 * Pale-yellow pixels over the first lines of the paragraph starting with `start`, or with `words` over those words:
 * Lede's yellow as the reader sees it.
 */
export async function yellowOver(page: Page, start: string, words?: string): Promise<number> {
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

/**
 * Pixels of Lede's error toast (its dark red, core/palette.ts `error`) in the viewport: a closed shadow root's text
 * cannot be read from the page in Firefox (no CDP), so the test looks at what the reader sees.
 */
export async function errorToastPixels(page: Page): Promise<number> {
  const png = decodePng(Buffer.from(await page.screenshot()));
  return countPixels(png, (r, g, b) => Math.abs(r - 0x8e) < 12 && Math.abs(g - 0x15) < 12 && Math.abs(b - 0x19) < 12);
}

/**
 * Opens Lede's extension page at `path` (as "notes.html") in a new tab and waits for `selector` in it. Firefox never
 * resolves goto() for moz-extension pages although they load, so it is not awaited; and a wait begun on the blank tab
 * fails when the navigation replaces it ("Waiting for selector failed", seen in CI), so the wait begins again.
 */
export async function openExtensionPage(ff: FirefoxSession, path: string, selector: string): Promise<Page> {
  const page = await ff.browser.newPage();
  void page.goto(`moz-extension://${ff.uuid}/${path}`).catch(() => undefined);
  await waitInPage(page, selector);
  return page;
}

/** Waits for `selector` in `page` across the navigations that may still replace its document. */
export async function waitInPage(page: Page, selector: string, timeout = 20_000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      await page.waitForSelector(selector, { timeout: Math.max(1, end - Date.now()) });
      return;
    } catch (err) {
      if (Date.now() >= end) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
