// Red team 63 (wave 45): what a page shows in the browser's top layer from a shadow root of its own, in real Chromium
// with the built extension. A web component's banner, popover or modal dialog fires nothing the document hears, and
// `querySelectorAll` does not look into its root, so Lede did not know it was there (SH). Each test asserts what a
// safe Lede does; `WORKED` marks an attack that worked on the build before this wave (the failure quoted), `HELD` a
// defence that held from the start.
import { describe, expect, it } from 'vitest';
import { ledeToastDrawn, PASSAGE, useTrustPage } from './trust-support';

const t = useTrustPage();

/**
 * A page script that makes `cover` (a white element, or a dialog, inside a closed shadow root of a `div` of its own)
 * and shows it in the top layer `when`: at load ('load'), or 150 ms after the reader's selection is gone, as it is
 * once the passage is saved and the "Saved: …" toast shows ('after save').
 */
function shadowCover(kind: 'banner' | 'dialog', when: 'load' | 'after save'): string {
  const make =
    kind === 'banner'
      ? `const c = document.createElement('div'); c.popover = 'manual';
        c.style.cssText = 'position:fixed;inset:auto 0 0 0;width:100vw;height:140px;margin:0;padding:30px;border:0;background:#fff;color:#000;font:14px sans-serif';
        c.textContent = 'We value your privacy.'; const show = () => c.showPopover();`
      : `const st = document.createElement('style'); st.textContent = 'dialog::backdrop { background: #fff }';
        const c = document.createElement('dialog'); c.textContent = 'Subscribe to our newsletter';
        const show = () => c.showModal(); root.append(st);`;
  const trigger =
    when === 'load'
      ? 'show();'
      : `let had = false; document.addEventListener('selectionchange', () => {
          if (!getSelection().isCollapsed) had = true; else if (had && !window.__struck) { window.__struck = 1; setTimeout(show, 150); }
        });`;
  return `window.__struck = 0; document.addEventListener('DOMContentLoaded', () => {
    const h = document.createElement('div'); document.body.append(h); const root = h.attachShadow({ mode: 'closed' });
    ${make} root.append(c); ${trigger}
  });`;
}

describe('red team 63: the “Saved: …” toast and the top layer of a page’s shadow root', () => {
  it('SH1 (honest) a consent banner a web component shows in the top layer at load: the reader sees Lede’s toast over it', async () => {
    // WORKED on wave 44's build (`expected 0 to be greater than 0.5`): the banner, in the top layer, drew over the
    // toast for its whole life; the passage was saved. Lede's host goes into the top layer only when the page uses
    // it, and the banner's root hid that it did.
    const path = '/rt63/shadow-banner-load.html';
    const page = await t.openPage(path, shadowCover('banner', 'load'));
    await t.highlight(page, PASSAGE);
    await expect.poll(() => t.quotesFor(path)).toEqual([PASSAGE]);
    await expect.poll(() => ledeToastDrawn(page), { timeout: 3_000 }).toBeGreaterThan(0.5);
    await page.close();
  });

  it('SH2 a banner shown from a closed shadow root once the toast shows: the reader sees Lede’s toast', async () => {
    // The attack: the page waits for the save (its selection gone) and covers the toast with a banner of its own in
    // the top layer, from a closed root, so that no `toggle` or `open` of the document's says so.
    const path = '/rt63/shadow-banner-after.html';
    const page = await t.openPage(path, shadowCover('banner', 'after save'));
    await t.highlight(page, PASSAGE);
    await expect.poll(() => t.quotesFor(path)).toEqual([PASSAGE]);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __struck: number }).__struck)).toBe(1);
    await page.waitForTimeout(800);
    expect(await ledeToastDrawn(page)).toBeGreaterThan(0.5);
    await page.close();
  });

  it('SH3 a modal dialog with a white backdrop shown from a closed shadow root once the toast shows: the reader sees Lede’s toast', async () => {
    const path = '/rt63/shadow-dialog-after.html';
    const page = await t.openPage(path, shadowCover('dialog', 'after save'));
    await t.highlight(page, PASSAGE);
    await expect.poll(() => t.quotesFor(path)).toEqual([PASSAGE]);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __struck: number }).__struck)).toBe(1);
    await page.waitForTimeout(800);
    expect(await ledeToastDrawn(page)).toBeGreaterThan(0.5);
    await page.close();
  });
});
