// The bootstrap sleeps in every frame (no extension API at load, issue #13): everything a reader does from the
// extension must wake it, on pages opened fresh that never had notes, and pages (and frames) whose site has notes
// must still get them painted on load and after a single-page route change, with no gesture. Real Chromium, built
// extension.
// The tab id is read with tabs.query only: nothing here messages the page before the extension's own pages do.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  paintedHighlights,
  readerArrives,
  runHighlightCommand,
  selectWithMouse,
  singlePageStory,
} from '../../scripts/lib/reader';
import { openPopup, openSidebar, readStore, useE2E } from './support';

const env = useE2E();
const SAMPLE = readFileSync('tests/fixtures/seed/article.html', 'utf8').replace(/<link rel="canonical"[^>]*>/, '');
const PASSAGE = 'Beijing and Moscow have found common cause on the United Nations Security Council';
const SECOND = 'Russian President Vladimir Putin offered the seat next to him';

/** Opens `path` (served with `body`) in a new tab and returns it with its tab id, without messaging the page. */
async function openFresh(path: string, body: string): Promise<{ page: Page; tabId: number }> {
  env.server.route(path, { body });
  const page = await env.session.context.newPage();
  const url = `${env.server.url}${path}`;
  await page.goto(url);
  await page.bringToFront();
  const tabId = await env.session.worker.evaluate(async (u) => {
    const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome;
    return (await c.tabs.query({ url: u }))[0]?.id ?? null;
  }, url);
  expect(tabId).not.toBeNull();
  return { page, tabId: tabId! };
}

describe('a page with no notes, opened fresh', () => {
  it('the popup reads the article', async () => {
    const { page, tabId } = await openFresh('/wake/article.html', SAMPLE);
    await page.waitForTimeout(500);
    const popup = await openPopup(env, tabId);
    await expect
      .poll(() => popup.locator('main').innerText(), { timeout: 20_000 })
      .toContain('China and Russia Strengthen Alliance');
    expect(await popup.locator('[data-testid="unreadable"], [data-testid="error"]').count()).toBe(0);
    await Promise.all([popup.close(), page.close()]);
  });

  it('"Try anyway" in the popup reads a page that is not an article', async () => {
    const links = Array.from({ length: 30 }, (_, i) => `<a href="/s${i}">Story ${i}</a>`).join(' ');
    const { page, tabId } = await openFresh(
      '/wake/front.html',
      `<!doctype html><title>Front page of the wake test</title><nav>${links}</nav><p>A short standfirst worth keeping.</p>`,
    );
    const popup = await openPopup(env, tabId);
    const tryAnyway = popup.getByRole('button', { name: 'Try anyway' });
    await tryAnyway.click({ timeout: 20_000 });
    await expect
      .poll(() => popup.locator('main').innerText(), { timeout: 20_000 })
      .toContain('Front page of the wake test');
    expect(await popup.locator('[data-testid="no-article"], [data-testid="unreadable"]').count()).toBe(0);
    await Promise.all([popup.close(), page.close()]);
  });

  it('the sidebar reads the article', async () => {
    const { page, tabId } = await openFresh('/wake/sidebar.html', SAMPLE);
    const sidebar = await openSidebar(env, tabId);
    await expect
      .poll(() => sidebar.locator('body').innerText(), { timeout: 20_000 })
      .toContain('China and Russia Strengthen Alliance');
    expect(await sidebar.locator('[data-testid="unreadable"], [data-testid="error"]').count()).toBe(0);
    await Promise.all([sidebar.close(), page.close()]);
  });

  it('the context menu / shortcut command highlights the reader’s selection', async () => {
    const { page, tabId } = await openFresh('/wake/command.html', SAMPLE);
    expect(await selectWithMouse(page, PASSAGE)).toBe(PASSAGE);
    const reply = await runHighlightCommand(env.session.worker, tabId);
    expect(reply).toMatchObject({ ok: true });
    await expect.poll(() => paintedHighlights(page)).toEqual({ 'lede-yellow': [PASSAGE] });
    await page.close();
  });
});

describe('a page whose site has notes', () => {
  it('gets them painted on load, and after a single-page route change to another story with notes', async () => {
    const spa = (path: string) => singlePageStory(SAMPLE, path, '/wake/spa/two');
    env.server.route('/wake/spa/one', { body: spa('/wake/spa/one') });
    env.server.route('/wake/spa/two', { body: spa('/wake/spa/two') });
    // The reader highlights one passage on each story.
    for (const [path, text, key] of [
      ['/wake/spa/one', PASSAGE, '2'],
      ['/wake/spa/two', SECOND, '3'],
    ] as const) {
      const page = await env.session.context.newPage();
      await page.goto(`${env.server.url}${path}`);
      await page.bringToFront();
      expect(await selectWithMouse(page, text)).toBe(text);
      await page.waitForTimeout(150);
      await page.keyboard.press(key);
      await expect.poll(() => paintedHighlights(page)).not.toEqual({});
      await page.close();
    }
    const probe = await openPopup(env, -1);
    await expect
      .poll(async () => (await readStore(probe)).annotations.filter((a) => /wake\/spa/.test(JSON.stringify(a))).length)
      .toBe(2);
    await probe.close();

    // Opened again: story one's note is painted at the reader's first move (nothing of Lede's before it: red team
    // 50, N), then story two's once the site moves there.
    const page = await env.session.context.newPage();
    await page.goto(`${env.server.url}/wake/spa/one`);
    await page.bringToFront();
    await readerArrives(page);
    await expect.poll(() => paintedHighlights(page), { timeout: 6000 }).toEqual({ 'lede-green': [PASSAGE] });
    await page.evaluate(() => (window as unknown as { navigate(): void }).navigate());
    await expect.poll(() => paintedHighlights(page), { timeout: 8000 }).toEqual({ 'lede-blue': [SECOND] });
    await page.close();
  });
});

describe('a frame of a page', () => {
  /** Serves the article at /wake/NAME/framed.html; returns the body of a host page that frames it. */
  const framed = (name: string) => {
    env.server.route(`/wake/${name}/framed.html`, { body: SAMPLE });
    return `<!doctype html><title>Host</title><h1>Host page</h1><iframe src="/wake/${name}/framed.html" width="1000" height="700"></iframe>`;
  };
  const frameOf = (page: Page, name: string) =>
    page.frames().find((f) => f.url().endsWith(`/wake/${name}/framed.html`))!;

  it('the shortcut command highlights the reader’s selection inside a frame that never had notes', async () => {
    const { page, tabId } = await openFresh('/wake/frame-command/host.html', framed('frame-command'));
    const frame = frameOf(page, 'frame-command');
    await frame.locator('p', { hasText: 'common cause' }).first().click({ clickCount: 3 });
    await page.waitForTimeout(150);
    const reply = await runHighlightCommand(env.session.worker, tabId);
    expect(reply).toMatchObject({ ok: true });
    await expect.poll(() => paintedHighlights(frame)).toEqual({ 'lede-yellow': [expect.stringContaining(PASSAGE)] });
    expect(await paintedHighlights(page)).toEqual({});
    await page.close();
  });

  it('a note made in a frame is painted there again when the page is opened again, at the first move over it', async () => {
    env.server.route('/wake/frame-notes/host.html', { body: framed('frame-notes') });
    const url = `${env.server.url}/wake/frame-notes/host.html`;
    let page = await env.session.context.newPage();
    await page.goto(url);
    await page.bringToFront();
    let frame = frameOf(page, 'frame-notes');
    await frame.locator('p', { hasText: 'common cause' }).first().click({ clickCount: 3 });
    await page.waitForTimeout(200);
    await page.keyboard.press('4');
    await expect.poll(() => paintedHighlights(frame)).toEqual({ 'lede-pink': [expect.stringContaining(PASSAGE)] });
    await page.close();

    page = await env.session.context.newPage();
    await page.goto(url);
    await page.bringToFront();
    frame = frameOf(page, 'frame-notes');
    // The frame's first input: the pointer moved over it (a frame hears only its own).
    await readerArrives(page, 300, 300);
    await expect
      .poll(() => paintedHighlights(frame), { timeout: 8000 })
      .toEqual({ 'lede-pink': [expect.stringContaining(PASSAGE)] });
    // The host page has no notes of its own: nothing is painted there.
    expect(await paintedHighlights(page)).toEqual({});
    await page.close();
  });
});
