// Red team 62 (wave 43): classes no earlier red team named, in real Chromium with the built extension. Each test
// asserts what a safe Lede does; `HELD` marks a defence that held from the start, `WORKED` an attack that worked on the
// build before wave 43 (the failure quoted).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { boxOf, centreOf, piercedText, selectWithMouse, tabIdOf } from '../../scripts/lib/reader';
import { countPixels, decodePng } from './png';
import { readStore } from './support';
import { PASSAGE, SECOND, useTrustPage } from './trust-support';

const t = useTrustPage();

/**
 * Three hundred clear 1 px popovers (made at load) shown in one task: three hundred `toggle`s, each answered by a raise
 * of Lede's paint layer and UI host, spend both raise budgets. 10 ms later, once those toggles are dispatched, the page
 * shows `cover`, a popover of its own, once, and does nothing more.
 */
const SPEND = `window.__ps = [];
  document.addEventListener('DOMContentLoaded', () => {
    for (let i = 0; i < 300; i++) { const p = document.createElement('div'); p.popover = 'manual';
      p.style.cssText = 'width:1px;height:1px;opacity:0;margin:0;padding:0;border:0'; document.body.append(p); window.__ps.push(p); }
  });
  window.__spend = (cover) => {
    for (const p of window.__ps) { if (p.matches(':popover-open')) p.hidePopover(); p.showPopover(); }
    setTimeout(() => cover.showPopover(), 10);
  };`;

describe('red team 62: a look-alike shown in the top layer after the page spent Lede’s raises', () => {
  it('P1 a look-alike toolbar shown once, after a burst of clear popovers, over the toolbar: the click is Lede’s, or the reader is told', async () => {
    const path = '/rt62/spent-bar.html';
    const page = await t.openPage(
      path,
      `${SPEND} document.addEventListener('DOMContentLoaded', () => {
        window.__clicks = 0;
        const c = document.createElement('div'); c.popover = 'manual';
        c.style.cssText = 'position:fixed;inset:auto;margin:0;padding:0;border:0;width:240px;height:34px;background:#1f2328';
        const b = document.createElement('button'); b.textContent = '';
        b.style.cssText = 'width:100%;height:100%;background:#1f2328;border:0'; b.onclick = () => window.__clicks++;
        c.append(b); document.body.append(c); window.__cover = c;
      });`,
    );
    await page.bringToFront();
    expect(await selectWithMouse(page, PASSAGE)).toBe(PASSAGE);
    await page.waitForTimeout(400);
    const blue = await centreOf(page, 'data-color', 'blue');
    await page.evaluate((b) => {
      const w = window as unknown as { __cover: HTMLElement; __spend: (c: HTMLElement) => void };
      w.__cover.style.left = `${b.x - 120}px`;
      w.__cover.style.top = `${b.y - 17}px`;
      w.__spend(w.__cover);
    }, blue);
    await page.waitForTimeout(600);
    await page.screenshot({ path: '/tmp/rt62-p1.png' });
    await page.mouse.click(blue.x, blue.y);
    await page.waitForTimeout(800);
    const saved = await t.quotesFor(path);
    if (saved.length) {
      const store = await readStore(t.probe);
      expect(store.annotations.find((a) => JSON.stringify(a).includes(path))?.body.color).toBe('blue');
      expect(await page.evaluate(() => (window as unknown as { __clicks: number }).__clicks)).toBe(0);
    } else
      await expect
        .poll(() => piercedText(page, 'role', 'alert'), { timeout: 3_000 })
        .toMatch(/laid something over Lede's toolbar|hides Lede's toolbar/);
    await page.close();
  });
});

/**
 * The page's words of the paragraph holding PASSAGE, each put (at `window.__wrap()`) in a box of its own that clips
 * and can scroll by a line (`overflow: hidden`, a blank line under the word): a scroll of one such box names the word.
 * `window.__seen` lists the words whose box scrolled, and everything else the page can observe (below).
 */
const OBSERVE = `window.__seen = []; window.__heard = [];
  const hear = (what) => window.__heard.push(what);
  window.__wrap = () => {
    const p = [...document.querySelectorAll('p')].find((x) => x.textContent.includes('common cause'));
    const words = p.textContent.split(/(\\s+)/);
    p.textContent = '';
    for (const w of words) {
      if (!/\\S/.test(w)) { p.append(w); continue; }
      const box = document.createElement('span'); box.className = 'sw';
      box.style.cssText = 'display:inline-block;overflow:hidden;height:1.25em;vertical-align:bottom';
      const word = document.createElement('span'); word.textContent = w;
      const blank = document.createElement('span'); blank.style.cssText = 'display:block;height:1.25em';
      box.append(word, blank); p.append(box);
    }
    document.addEventListener('scroll', (e) => {
      if (e.target.className === 'sw') { window.__seen.push(e.target.textContent); e.target.scrollTop = 0; }
    }, true);
  };
  document.addEventListener('DOMContentLoaded', () => {
    window.__resources = performance.getEntriesByType('resource').length;
    document.fonts.addEventListener('loading', (e) => hear('font:' + e.fontfaces.map((f) => f.family).join()));
    new PerformanceObserver((l) => l.getEntries().forEach((e) => hear('resource:' + e.name))).observe({ type: 'resource' });
    document.addEventListener('selectionchange', () => hear('selection:' + String(getSelection())));
    for (const type of ['focusin', 'focusout', 'animationstart', 'transitionstart'])
      document.addEventListener(type, (e) => hear(type + ':' + (e.target && e.target.localName)), true);
    new ResizeObserver((es) => es.forEach((e) => hear('resize:' + e.target.localName + ':' + e.contentRect.height)))
      .observe(document.body);
  });`;

/** Opens the sidebar beside `page`, on its Notes, and clicks "Show on page" on the one highlight. */
async function showFromSidebar(page: Page): Promise<void> {
  const tabId = await tabIdOf(t.session, page);
  const sidebar = await t.session.context.newPage();
  await sidebar.goto(`chrome-extension://${t.session.extensionId}/sidepanel.html?tab=${tabId}`);
  await sidebar.getByRole('tab', { name: /notes/i }).click({ timeout: 20_000 });
  await page.evaluate(() => {
    (window as unknown as { __heard: string[] }).__heard.length = 0;
  });
  await sidebar.getByTitle('Show on page').first().click({ timeout: 20_000 });
  await page.waitForTimeout(1500);
  await sidebar.close();
  // The window's smooth scroll runs on the page's frames, which a tab behind the sidebar's does not draw.
  await page.bringToFront();
  await page.waitForTimeout(1000);
}

describe('red team 62: which passage the reader asks the sidebar to show', () => {
  it('S1 every word of the paragraph in a box of its own that can scroll: the page learns no word of the passage shown', async () => {
    // The window's scroll to the passage is the feature, and tells the page which lines the reader asked for; the
    // word the passage starts on, read from which of the page's own boxes Lede scrolled, is more.
    const path = '/rt62/word-boxes.html';
    const page = await t.openPage(path, OBSERVE);
    await t.highlight(page, PASSAGE);
    await expect.poll(() => t.quotesFor(path)).toEqual([PASSAGE]);
    await page.evaluate(() => {
      getSelection()?.removeAllRanges();
      (window as unknown as { __wrap: () => void }).__wrap();
      scrollTo(0, 0);
    });
    await page.waitForTimeout(500);
    await showFromSidebar(page);
    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    expect(seen).toEqual([]);
    // The passage is shown all the same, in the window's middle.
    const mid = await page.evaluate(() => {
      const b = [...document.querySelectorAll('.sw')].find((x) => x.textContent === 'Beijing')!.getBoundingClientRect();
      return (b.top + b.bottom) / 2 / innerHeight;
    });
    expect(mid).toBeGreaterThan(0.3);
    expect(mid).toBeLessThan(0.7);
    await page.close();
  });

  it('S2 what else the page observes as the sidebar shows a highlight: no font, resource, focus, selection or animation', async () => {
    const path = '/rt62/show-observed.html';
    const page = await t.openPage(path, OBSERVE);
    await t.highlight(page, SECOND);
    await expect.poll(() => t.quotesFor(path)).toEqual([SECOND]);
    await page.evaluate(() => {
      getSelection()?.removeAllRanges();
      scrollTo(0, 0);
    });
    await page.waitForTimeout(500);
    await showFromSidebar(page);
    const heard = await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard);
    expect(heard).toEqual([]);
    await page.close();
  });
});

describe('red team 62: the honest page whose article scrolls in a box of its own', () => {
  it('S3 (guard for S1’s mend) a passage scrolled out of the article’s own scroll box is brought into it and the window', async () => {
    const path = '/rt62/inner-scroller.html';
    const page = await t.openPage(
      path,
      `document.addEventListener('DOMContentLoaded', () => {
        const a = document.querySelector('article'); a.style.cssText = 'display:block;height:260px;overflow:auto;margin-top:900px';
      });`,
    );
    await page.evaluate(() => document.querySelector('article')!.scrollIntoView({ block: 'center' }));
    await t.highlight(page, PASSAGE);
    await expect.poll(() => t.quotesFor(path)).toEqual([PASSAGE]);
    await page.evaluate(() => {
      getSelection()?.removeAllRanges();
      document.querySelector('article')!.scrollTop = 0;
      scrollTo(0, 0);
    });
    const tabId = await tabIdOf(t.session, page);
    const sidebar = await t.session.context.newPage();
    await sidebar.goto(`chrome-extension://${t.session.extensionId}/sidepanel.html?tab=${tabId}`);
    await sidebar.getByRole('tab', { name: /notes/i }).click({ timeout: 20_000 });
    await sidebar.getByTitle('Show on page').first().click({ timeout: 20_000 });
    await page.waitForTimeout(1000);
    await sidebar.close();
    // The window's smooth scroll runs on the page's frames, which a tab behind the sidebar's does not draw.
    await page.bringToFront();
    await page.waitForTimeout(1000);
    const where = await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((x) => x.textContent?.includes('common cause'))!;
      const w = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      let r: DOMRect | null = null;
      for (let n = w.nextNode(); n; n = w.nextNode()) {
        const i = (n as Text).data.indexOf('common cause');
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + 12);
        r = range.getBoundingClientRect();
      }
      const box = document.querySelector('article')!.getBoundingClientRect();
      return { top: r!.top, bottom: r!.bottom, boxTop: box.top, boxBottom: box.bottom, h: innerHeight };
    });
    expect(where.top).toBeGreaterThanOrEqual(where.boxTop);
    expect(where.bottom).toBeLessThanOrEqual(where.boxBottom);
    expect(where.top).toBeGreaterThan(0);
    expect(where.bottom).toBeLessThan(where.h);
    await page.screenshot({ path: '/tmp/rt62-s3.png' });
    await page.close();
  });
});
