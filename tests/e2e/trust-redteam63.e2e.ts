// Red team 63 (wave 45): what a page shows in the browser's top layer from a shadow root of its own, in real Chromium
// with the built extension. A web component's banner, popover or modal dialog fires nothing the document hears, and
// `querySelectorAll` does not look into its root, so Lede did not know it was there (SH). Each test asserts what a
// safe Lede does; `WORKED` marks an attack that worked on the build before this wave (the failure quoted), `HELD` a
// defence that held from the start. X1 tries the words of the selection rewritten before the toolbar's click.
import { describe, expect, it } from 'vitest';
import { piercedText, textEnds } from '../../scripts/lib/reader';
import { readStore } from './support';
import { ledeDrawn, ledeToastDrawn, PASSAGE, REWRITE_SELECTION, useTrustPage } from './trust-support';

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

  // The attack: the page waits for the save (its selection gone) and covers the toast with an element of its own in
  // the top layer, from a closed root, so that no `toggle` or `open` of the document's says so.
  for (const [id, kind, what] of [
    ['SH2', 'banner', 'a banner'],
    ['SH3', 'dialog', 'a modal dialog with a white backdrop'],
  ] as const) {
    it(`${id} ${what} shown from a closed shadow root once the toast shows: the reader sees Lede’s toast`, async () => {
      const path = `/rt63/shadow-${kind}-after.html`;
      const page = await t.openPage(path, shadowCover(kind, 'after save'));
      await t.highlight(page, PASSAGE);
      await expect.poll(() => t.quotesFor(path)).toEqual([PASSAGE]);
      await expect.poll(() => page.evaluate(() => (window as unknown as { __struck: number }).__struck)).toBe(1);
      await page.waitForTimeout(800);
      expect(await ledeToastDrawn(page)).toBeGreaterThan(0.5);
      await page.close();
    });
  }
});

describe('red team 63: the toolbar and the top layer of a page’s shadow root', () => {
  it('SH4 (honest) a web component’s sheet shown in the top layer over the window above the passage: the reader sees the toolbar, and its click saves', async () => {
    // The page's sheet, a popover in its component's closed root, lay over the toolbar shown above the passage: on
    // wave 44's build the reader saw no toolbar at all (`expected 0 to be greater than 0.3`; screenshot looked at).
    const path = '/rt63/shadow-sheet.html';
    const page = await t.openPage(
      path,
      `document.addEventListener('DOMContentLoaded', () => {
        const h = document.createElement('x-promo'); document.body.append(h); const root = h.attachShadow({ mode: 'closed' });
        const c = document.createElement('div'); c.popover = 'manual';
        c.style.cssText = 'position:fixed;inset:0 0 auto 0;width:100vw;margin:0;padding:30px;box-sizing:border-box;border:0;background:#fff;color:#000;font:14px sans-serif';
        c.textContent = 'Subscribe for $1 a week.'; root.append(c); c.showPopover(); window.__sheet = c;
      });`,
    );
    await page.bringToFront();
    // The passage where the drag will find it (textEnds scrolls it to the window's middle), its first line just under
    // the sheet's lower edge.
    const ends = await textEnds(page, PASSAGE);
    await page.evaluate((bottom) => {
      (window as unknown as { __sheet: HTMLElement }).__sheet.style.height = `${bottom}px`;
    }, ends.y1 - 18);
    const blue = await t.aimAtBlue(page);
    expect(blue.y).toBeLessThan(ends.y1 - 18);
    // The reader sees the toolbar over the sheet (about half its box is its dark surface, the rest its buttons).
    expect(await ledeDrawn(page, 'role', 'toolbar')).toBeGreaterThan(0.3);
    await page.mouse.click(blue.x, blue.y);
    await expect.poll(() => t.quotesFor(path)).toEqual([PASSAGE]);
    const store = await readStore(t.probe);
    expect(store.annotations.find((a) => JSON.stringify(a).includes(path))?.body.color).toBe('blue');
    expect(await piercedText(page, 'role', 'alert').catch(() => null)).toBeNull();
    await page.close();
  });
});

describe('red team 63: a press on what a page draws in a closed shadow root over the toolbar', () => {
  it('SH5 an opaque banner with its own button, shown from a closed root over the toolbar after it shows: the press is the page’s, nothing is saved, and the reader is told', async () => {
    // The page's banner, a popover in a closed root of a `div` of its own, comes up over Lede's toolbar a moment after
    // it shows (as a late cookie banner does), and the reader presses the banner's own button where they see it.
    // Lede judged the cover by the element the page's window sees as the press's target, the root's host, which
    // draws nothing of its own: the press was relayed to Lede's colour under the banner, and the reader's passage saved
    // in blue by a press on the page's button (red team 23's T1 through a closed root). WORKED on wave 44's build
    // (`expected [ Array(1) ] to deeply equal []`): mended in ui-relay.ts (`drawnAt`), which judges what the page
    // draws at the point, inside its roots.
    const path = '/rt63/closed-banner-over-bar.html';
    const page = await t.openPage(
      path,
      `window.__clicks = 0; document.addEventListener('DOMContentLoaded', () => {
        const h = document.createElement('div'); document.body.append(h); const root = h.attachShadow({ mode: 'closed' });
        const c = document.createElement('div'); c.popover = 'manual';
        c.style.cssText = 'position:fixed;inset:auto;margin:0;padding:0;border:0;background:#fff;box-shadow:0 0 8px #000';
        const b = document.createElement('button'); b.textContent = 'Accept all cookies';
        b.style.cssText = 'width:100%;height:100%;font:16px sans-serif;background:#0a7;color:#fff;border:0';
        b.onclick = () => window.__clicks++; c.append(b); root.append(c); window.__banner = c;
      });`,
    );
    await page.bringToFront();
    const blue = await t.aimAtBlue(page);
    await page.evaluate((b) => {
      const c = (window as unknown as { __banner: HTMLElement }).__banner;
      Object.assign(c.style, { left: `${b.x - 200}px`, top: `${b.y - 40}px`, width: '420px', height: '80px' });
      c.showPopover();
    }, blue);
    await page.waitForTimeout(300);
    expect(await ledeDrawn(page, 'role', 'toolbar')).toBeLessThan(0.05);
    await page.mouse.click(blue.x, blue.y);
    await page.waitForTimeout(800);
    expect(await t.quotesFor(path)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __clicks: number }).__clicks)).toBe(1);
    await expect
      .poll(() => piercedText(page, 'role', 'alert').catch(() => null))
      .toMatch(/laid something over Lede's toolbar/);
    await page.close();
  });
});

describe('red team 63: the words of the selection rewritten between the release and the toolbar’s click', () => {
  it('X1 the page rewrites the words inside the reader’s selection as the pointer heads for the toolbar: the words the reader never selected are not saved', async () => {
    // As red team 57's W, at the moment the colour key's path never gives the page: between the release and the
    // click, while the pointer moves to the toolbar (the page hears those moves). Inside the live range (insert after
    // its first letter, delete the rest), so the selection spans the forged words "never found".
    const path = '/rt63/rewrite-before-click.html';
    const page = await t.openPage(
      path,
      `${REWRITE_SELECTION} let released = false; document.addEventListener('mouseup', () => { released = true; }, true);
      document.addEventListener('mousemove', () => {
        if (!released || window.__forged || getSelection().isCollapsed || String(getSelection()).length < 40) return;
        window.__rewriteSelection();
      });`,
    );
    await page.bringToFront();
    const blue = await t.aimAtBlue(page);
    await page.mouse.move(blue.x, blue.y + 40, { steps: 3 });
    await page.mouse.move(blue.x, blue.y, { steps: 3 });
    expect(await page.evaluate(() => (window as unknown as { __forged?: number }).__forged)).toBe(1);
    await page.mouse.click(blue.x, blue.y);
    await page.waitForTimeout(800);
    // HELD: nothing is saved, and the reader is told why (the words at the click are not those offered).
    expect(await t.quotesFor(path)).toEqual([]);
    await expect
      .poll(() => piercedText(page, 'role', 'alert').catch(() => null))
      .toMatch(/the page changed the words you selected/);
    await page.close();
  });
});
