// What the two trust-gestures files share: the page served with a script of the attacker's in its head, the
// shortcut pressed in its tab, the toast read, and red teams 33-35's label swapped in under the pointer. The file was
// split in two so CI's two workers run its halves side by side (one file runs its tests one after another).
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { piercedText, pressShortcut, textEnds } from '../../scripts/lib/reader';
import { SAMPLE, type TrustPage } from './trust-support';

/** Opens the sample at `path` on `trust`'s server with `script` in its head (and `extraBody` at its end). */
export function rawPages(trust: TrustPage) {
  return {
    async openRaw(path: string, script: string, extraBody = ''): Promise<Page> {
      trust.server.route(path, {
        body: SAMPLE.replace('<head>', `<head><script>${script}</script>`).replace('</body>', `${extraBody}</body>`),
      });
      const page = await trust.session.context.newPage();
      await page.goto(`${trust.server.url}${path}`);
      await page.bringToFront();
      return page;
    },
    shortcut: (page: Page, tabId?: number) => pressShortcut(page, trust.session.worker, tabId),
    alertOf: (page: Page) => piercedText(page, 'role', 'alert').catch(() => null),
  };
}

/**
 * A label of the page's ("Xi Jinping was right"), kept out of view, and `swap(e)`, which lays it under the pointer of
 * event `e` and selects it: red teams 33-35 swap it in for the reader's passage at different moments of the gesture.
 */
export const PLANTED_LABEL = `document.addEventListener('DOMContentLoaded', () => {
  const s = document.createElement('span'); s.id = 'plant'; s.textContent = 'Xi Jinping was right';
  s.style.cssText = 'position:fixed;left:-999px;top:0;font:16px serif;background:#fff;white-space:nowrap;z-index:9';
  document.body.append(s);
});
function place(e) {
  const s = document.getElementById('plant'); const w = s.getBoundingClientRect();
  s.style.left = (e.clientX - w.width + 2) + 'px'; s.style.top = (e.clientY - w.height / 2) + 'px';
}
function swap(e) {
  const s = document.getElementById('plant'); if (!s) return; place(e);
  const r = document.createRange(); r.selectNodeContents(s);
  getSelection().removeAllRanges(); getSelection().addRange(r);
}`;

/**
 * The reader's `gesture`, then key 1, twice: the first may come before the page side has loaded (the bootstrap
 * records it), the second after (the page side does). The page's label is put out of view before each, and is the
 * selection after each (the page's swap happened).
 */
export async function twoGesturesThenKey1(page: Page, gesture: () => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 2; i++) {
    await page.evaluate(() => {
      const s = document.getElementById('plant');
      if (s && s.parentNode === document.body) s.style.left = '-999px';
    });
    await gesture();
    await expect.poll(() => page.evaluate(() => String(getSelection()))).toBe('Xi Jinping was right');
    await page.waitForTimeout(300);
    await page.keyboard.press('1');
    await page.waitForTimeout(800);
  }
}

/**
 * The page's label ("Xi Jinping was right"), laid at load just before "Beijing and Moscow", where a drag of PASSAGE
 * begins, and `pos(e)`, which writes the pointer's place as custom properties the label's rule can read.
 */
export const LAID_BESIDE_PASSAGE = `document.addEventListener('DOMContentLoaded', () => {
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) {
      const i = n.data.indexOf('Beijing and Moscow'); if (i < 0) continue;
      const s = document.createElement('span'); s.id = 'plant'; s.textContent = 'Xi Jinping was right';
      n.splitText(i).before(s); break;
    }
  });
  function pos(e) { const r = document.documentElement; r.style.setProperty('--x', (e.clientX - 150) + 'px'); r.style.setProperty('--y', (e.clientY - 10) + 'px'); }`;

/** A page script laying `html` (the page's word) between "have" and "found" in the sample's passage, as `#plant`. */
export function layInPassage(html: string): string {
  return `document.addEventListener('DOMContentLoaded', () => {
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = w.nextNode(); n; n = w.nextNode()) {
        const i = n.data.indexOf('have found common'); if (i < 0) continue;
        const s = document.createElement('span'); s.id = 'plant'; s.innerHTML = ${JSON.stringify(html)};
        n.splitText(i + 5).before(s); break;
      }
    });`;
}

/** A drag from "Beijing and Moscow have" over the planted word to "…Security Council", released there. */
export async function dragOverPlant(page: Page, whileDown?: () => Promise<void>): Promise<void> {
  await page.evaluate(() => getSelection()?.removeAllRanges());
  const from = await textEnds(page, 'Beijing and Moscow have');
  const to = await textEnds(page, 'common cause on the United Nations Security Council');
  await page.mouse.move(from.x1, from.y1);
  await page.mouse.down();
  await page.mouse.move((from.x1 + to.x2) / 2, (from.y1 + to.y2) / 2, { steps: 4 });
  await page.mouse.move(to.x2, to.y2, { steps: 4 });
  await whileDown?.();
  await page.mouse.up();
}
