// Finding a real browser and loading the built extension into it, for the demo, the end-to-end tests and benches.
// Never downloads a browser: Debian's chromium is installed with apt when it is missing and we are root on Debian.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export class BrowserNotFoundError extends Error {
  override name = 'BrowserNotFoundError';
}

const CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];
export const FIREFOX_PATHS = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** The path of a Chromium to drive: $LEDE_CHROMIUM or $CHROME_PATH, then the usual install paths, else null. */
export function locateChromium(): string | null {
  for (const candidate of [process.env.LEDE_CHROMIUM, process.env.CHROME_PATH, ...CHROMIUM_PATHS]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return null;
}

export function locateFirefox(): string | null {
  for (const candidate of [process.env.LEDE_FIREFOX, ...FIREFOX_PATHS]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return null;
}

/**
 * A Chromium to drive. When none is found and we run as root on a Debian-family system, installs Debian's
 * `chromium` package (saying so); otherwise throws with exact instructions. Never a silent skip.
 */
export function findChromium(log: (line: string) => void = (l) => console.error(l)): string {
  const found = locateChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    log('No Chromium found: installing Debian’s chromium package with apt-get (about a minute)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-liberation'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = locateChromium();
    if (installed) return installed;
  }
  throw new BrowserNotFoundError(
    'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; Fedora: `sudo dnf install chromium`; ' +
      'macOS: install Chromium or Google Chrome), or point LEDE_CHROMIUM at its executable.',
  );
}

export const CHROME_BUILD = resolve('.output/chrome-mv3');
export const FIREFOX_BUILD = resolve('.output/firefox-mv2');

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Closes the browser and removes its temporary profile. */
  close(): Promise<void>;
}

/** Launches headless Chromium with the built extension loaded, in a throwaway profile (or the caller's). */
export async function launchWithExtension(
  opts: {
    extensionPath?: string;
    viewport?: { width: number; height: number } /** Extra Chromium switches (e.g. --host-resolver-rules). */;
    args?: string[];
    /** A profile directory of the caller's, kept on close (to start the browser again on it); else a throwaway one. */
    profile?: string;
    /** Host names served by the local test server: resolved to 127.0.0.1. */
    mapHosts?: string[];
    /**
     * Refuse every host but 127.0.0.1 and `mapHosts` at the resolver (saved pages link to sites this machine cannot
     * reach; each lookup would wait). Done by Chromium itself, not by intercepting each request in Playwright, which
     * sent every request of every test through Node and back.
     */
    onlyLocal?: boolean;
  } = {},
): Promise<ExtensionSession> {
  const extensionPath = opts.extensionPath ?? CHROME_BUILD;
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionPath}: run \`npm run build\` first.`);
  }
  const executablePath = findChromium();
  const profile = opts.profile ?? mkdtempSync(join(tmpdir(), 'lede-profile-'));
  const rules = [
    ...(opts.mapHosts ?? []).map((h) => `MAP ${h} 127.0.0.1`),
    ...(opts.onlyLocal ? ['MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'] : []),
  ];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: opts.viewport ?? { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      '--no-sandbox',
      '--disable-gpu',
      // This machine refuses outside connections; without these Chromium keeps trying to reach Google.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--disable-features=Translate,OptimizationHints,MediaRouter',
      ...(rules.length ? [`--host-resolver-rules=${rules.join(', ')}`] : []),
      ...(opts.args ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    async close() {
      await context.close().catch(() => undefined);
      if (!opts.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}
