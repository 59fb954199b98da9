// Shared set-up of the end-to-end files: the built extension in a fresh headless Chromium, and the fixtures served
// on 127.0.0.1. One browser per file (cold start is 2-3 s).
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { launchWithExtension, type ExtensionSession } from '../../scripts/lib/browser';
import { openExtensionPage, tabIdOf } from '../../scripts/lib/reader';
import { serveDirectory, type TestServer } from '../../scripts/lib/serve';

export interface E2E {
  session: ExtensionSession;
  server: TestServer;
  close(): Promise<void>;
}

/**
 * Runs `start` before the file's tests and `stop` after them, and both again before a test's retry
 * (vitest.e2e.config.ts retries a failed test once): a retry starts in a new browser with a new server, with none of
 * its first try's notes, drafts or settings. Until wave 30 a retry met them (a second highlight of the same passage,
 * a store that was to be empty): forced to fail once after their work, 41 of the 90 tests of CI's first two batches
 * then failed their retry too, so one flake of theirs failed the run.
 */
export function freshOnRetry(start: () => Promise<void>, stop: () => Promise<void>): void {
  beforeAll(start);
  beforeEach(async ({ task }) => {
    if (!task.result?.retryCount) return;
    await stop();
    await start();
  });
  afterAll(stop);
}

/**
 * Starts the browser and server before the file's tests (and before a retry, freshOnRetry) and closes them after.
 * The returned object is filled in by the time the tests run.
 */
export function useE2E(): E2E {
  const env = {} as E2E;
  freshOnRetry(
    async () => {
      Object.assign(env, await startE2E());
    },
    async () => {
      await env.close?.();
    },
  );
  return env;
}

export async function startE2E(): Promise<E2E> {
  const server = await serveDirectory(resolve('tests/fixtures'));
  // Saved real pages link to their sites' stylesheets and fonts; this machine reaches no site, and waiting on
  // each failed lookup makes tests slow. Anything that is not the local test server is refused at once.
  const session = await launchWithExtension({ onlyLocal: true });
  return {
    session,
    server,
    async close() {
      await session.close();
      await server.close();
    },
  };
}

/** Opens a fixture page and waits for Lede's content script there; returns the page and its tab id. */
export async function openArticle(env: E2E, path: string): Promise<{ page: Page; tabId: number }> {
  const page = await env.session.context.newPage();
  await page.goto(`${env.server.url}${path}`, { waitUntil: 'domcontentloaded' });
  return { page, tabId: await tabIdOf(env.session, page) };
}

export function openPopup(env: E2E, tabId: number): Promise<Page> {
  return openExtensionPage(env.session, `popup.html?tab=${tabId}`, { width: 380, height: 640 });
}

export function openSidebar(env: E2E, tabId: number): Promise<Page> {
  return openExtensionPage(env.session, `sidepanel.html?tab=${tabId}`, { width: 380, height: 900 });
}

/** What readStore returns. */
export interface StoreContents {
  articles: { key: string; title: string }[];
  annotations: {
    id: string;
    articleKey: string;
    body: { note: string; color: string };
    target: { selector: { exact?: string }[] };
  }[];
}

/**
 * Reads Lede's IndexedDB from inside an extension page (the extension's origin, where the background keeps it): a
 * Playwright page in Chromium, or a Puppeteer one in Firefox.
 */
export function readStore(
  page: Page | { evaluate(fn: () => Promise<unknown>): Promise<unknown> },
): Promise<StoreContents> {
  return (page as { evaluate(fn: () => Promise<unknown>): Promise<unknown> }).evaluate(
    () =>
      new Promise((resolveStore, reject) => {
        const request = indexedDB.open('lede');
        // Before Lede has made its database, opening it here would create an empty one (version 1, no stores) that
        // Lede would then have to upgrade, and the transaction below would throw inside the callback, leaving this
        // promise pending until the test times out. Refuse instead: the caller's poll asks again.
        request.onupgradeneeded = () => request.transaction?.abort();
        request.onerror = () => reject(request.error ?? new Error('Lede has not created its database yet'));
        request.onsuccess = () => {
          const db = request.result;
          try {
            // Annotations are packed one record per article (schema v5, core/store/schema.ts `NotePack`).
            const tx = db.transaction(['articles', 'notes'], 'readonly');
            const articles = tx.objectStore('articles').getAll();
            const packs = tx.objectStore('notes').getAll();
            tx.oncomplete = () => {
              db.close();
              const annotations = (packs.result as { annotations: never[] }[]).flatMap((p) => p.annotations);
              resolveStore({ articles: articles.result, annotations });
            };
            tx.onerror = () => {
              db.close();
              reject(tx.error);
            };
          } catch (err) {
            db.close();
            reject(err);
          }
        };
      }),
  ) as Promise<StoreContents>;
}
