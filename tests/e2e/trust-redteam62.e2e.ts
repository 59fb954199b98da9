// Red team 62 (wave 43): classes no earlier red team named, in real Chromium with the built extension: look-alikes
// and covers the page raises into the top layer (a popover, a modal dialog, fullscreen) over Lede's toolbar and its
// "Saved: …" toast after spending Lede's raises (P, F), what the page learns as the sidebar shows a highlight (S), a
// page in designMode (D), and a selection the page moves with Selection.modify (M). Each test asserts what a safe Lede
// does; `HELD` marks a defence that held from the start, `WORKED` an attack that worked on the build before wave 43
// (the failure quoted). P2, P4 and F1 worked in some runs and are mended (wave 43, the toast's own looks), M2 and P5
// too (wave 44: the drag's far end held to the pointer; a cover judged as drawn when the pointer came onto it).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { boxOf, piercedText, selectWithMouse, tabIdOf, textEnds } from '../../scripts/lib/reader';
import { countPixels, decodePng } from './png';
import { readStore } from './support';
import { ledeToastDrawn, PASSAGE, SECOND, useTrustPage } from './trust-support';

const t = useTrustPage();

/**
 * Three hundred clear 1 px popovers (made at load) shown in one task: three hundred `toggle`s, each answered by a raise
 * of Lede's paint layer or UI host, spend both raise budgets (top-layer.ts). Once the last of those toggles is
 * dispatched, the page shows `cover`, a top-layer element of its own, once, and does nothing more.
 */
const SPEND = `window.__ps = [];
  document.addEventListener('DOMContentLoaded', () => {
    for (let i = 0; i < 300; i++) { const p = document.createElement('div'); p.popover = 'manual';
      p.style.cssText = 'width:1px;height:1px;opacity:0;margin:0;padding:0;border:0'; document.body.append(p); window.__ps.push(p); }
  });
  window.__spend = (cover) => {
    const last = window.__ps[window.__ps.length - 1];
    last.addEventListener('toggle', () => setTimeout(() => cover.showPopover()), { once: true });
    for (const p of window.__ps) { if (p.matches(':popover-open')) p.hidePopover(); p.showPopover(); }
  };`;

/**
 * A page that keeps a clear 1 px popover open (so Lede's host is raised into the top layer as the toast shows) and,
 * when it hears that raise (a `toggle` of an element it did not make, once the selection is gone after the save),
 * runs `strike`. `make` builds the cover, named `show` (its `showPopover()` shows it), and marks the page's own
 * elements `__page`.
 */
const toastStrike = (make: string, strike: string): string => `${SPEND}
  document.addEventListener('DOMContentLoaded', () => {
    const keep = document.createElement('div'); keep.popover = 'manual'; keep.__page = 1;
    keep.style.cssText = 'width:1px;height:1px;opacity:0;margin:0;padding:0;border:0'; document.body.append(keep); keep.showPopover();
    ${make}
    for (const p of window.__ps) p.__page = 1;
    window.__struck = 0;
    document.addEventListener('toggle', (e) => {
      if (e.target.__page || e.newState !== 'open' || !getSelection().isCollapsed || window.__struck++) return;
      ${strike}
    }, true);
  });`;

/** A burst of the page's popovers spends Lede's raises 250 ms after the toast's raise, then `show` is shown once. */
const AFTER_BURST = 'setTimeout(() => window.__spend(show), 250);';

/** The reader saves the passage on `path`; once the page struck, how much of the toast they see (ledeToastDrawn). */
async function toastSeenAfter(path: string, script: string, settle = 600): Promise<{ page: Page; seen: number }> {
  const page = await t.openPage(path, script);
  await t.highlight(page, PASSAGE);
  await expect.poll(() => t.quotesFor(path)).toEqual([PASSAGE]);
  await page.waitForTimeout(settle);
  expect(await page.evaluate(() => (window as unknown as { __struck: number }).__struck)).toBeGreaterThan(0);
  return { page, seen: await ledeToastDrawn(page) };
}

/** The page's modal dialog with a white backdrop, drawing its own "Saved: …" words where Lede's toast is. */
const FAKE_DIALOG = `const st = document.createElement('style'); st.textContent = 'dialog.fake::backdrop { background: #fff }'; document.head.append(st);
    const d = document.createElement('dialog'); d.className = 'fake'; d.__page = 1;
    d.style.cssText = 'position:fixed;inset:auto 0 24px 0;margin:0 auto;border:0;padding:10px;background:#2a1f28;color:#fff;font:14px system-ui';
    d.textContent = 'Saved: “Beijing and Moscow have not found common cause”';
    document.body.append(d);
    const show = { showPopover: () => d.showModal() };`;

describe('red team 62: a look-alike shown in the top layer after the page spent Lede’s raises', () => {
  it('P1 a look-alike toolbar shown once, after a burst of clear popovers, over the toolbar: the click is Lede’s, or the reader is told', async () => {
    // HELD: Lede's toolbar was drawn above the look-alike (screenshot looked at) and the click saved in blue; the
    // page's button heard nothing, in every run (about ten). Why this burst, unlike P2's, never left the toolbar under
    // the look-alike was not traced.
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
    const blue = await t.aimAtBlue(page);
    await page.evaluate((b) => {
      const w = window as unknown as { __cover: HTMLElement; __spend: (c: HTMLElement) => void };
      w.__cover.style.left = `${b.x - 120}px`;
      w.__cover.style.top = `${b.y - 17}px`;
      w.__spend(w.__cover);
    }, blue);
    await page.waitForTimeout(600);
    await t.clickedBlueOrTold(page, path, blue, 3_000);
    await page.close();
  });
});

describe('red team 62: a look-alike toolbar that fights for the top layer', () => {
  it('P3 a look-alike toolbar shown again at each raise of Lede’s: the reader who clicks it is told nothing was saved', async () => {
    // WORKED on the build before wave 43's mend (failed: `.toMatch() expects to receive a string, but got object`:
    // no alert at all). The page shows its look-alike (a dark bar where the toolbar is) as a popover and, at each
    // `toggle` of an element it did not make (Lede's raises), hides and shows it again. Once the raises are spent
    // (top-layer.ts) the look-alike stays above Lede's toolbar for good, and the reader's click on "blue" is the
    // page's. Nothing saved is right (the page's bar is what the reader saw), but Lede's host was `buried`, and
    // `contestedLede` (ui-relay.ts) kept silent there: the reader was not told. Now told, the toast drawn above.
    const path = '/rt62/fight-bar.html';
    const page = await t.openPage(
      path,
      `document.addEventListener('DOMContentLoaded', () => {
        window.__clicks = 0;
        const c = document.createElement('div'); c.popover = 'manual';
        c.style.cssText = 'position:fixed;inset:auto;margin:0;padding:0;border:0;width:240px;height:34px;background:#1f2328';
        const b = document.createElement('button');
        b.style.cssText = 'width:100%;height:100%;background:#1f2328;border:0'; b.onclick = () => window.__clicks++;
        c.append(b); document.body.append(c); window.__cover = c;
        window.__fight = () => {
          c.showPopover();
          document.addEventListener('toggle', (e) => { if (e.target === c || e.newState !== 'open') return;
            c.hidePopover(); c.showPopover(); }, true);
        };
      });`,
    );
    await page.bringToFront();
    const blue = await t.aimAtBlue(page);
    await page.evaluate((b) => {
      const w = window as unknown as { __cover: HTMLElement; __fight: () => void };
      w.__cover.style.left = `${b.x - 120}px`;
      w.__cover.style.top = `${b.y - 17}px`;
      w.__fight();
    }, blue);
    await page.waitForTimeout(2500);
    await page.mouse.click(blue.x, blue.y);
    await page.waitForTimeout(800);
    // The look-alike was above Lede's toolbar: the click was the page's, and nothing saved.
    expect(await page.evaluate(() => (window as unknown as { __clicks: number }).__clicks)).toBe(1);
    expect(await t.quotesFor(path)).toEqual([]);
    await expect
      .poll(() => piercedText(page, 'role', 'alert'), { timeout: 3_000 })
      .toMatch(/laid something over Lede's toolbar/);
    // And the reader sees it: the toast is drawn in Lede's error red, above the page's fight.
    await page.waitForTimeout(500);
    const box = await boxOf(page, 'class', 'toast error');
    const red = countPixels(
      decodePng(await page.screenshot({ clip: box })),
      (r, g, b) => Math.abs(r - 0x8e) < 12 && g < 40 && b < 45,
    );
    expect(red).toBeGreaterThan(box.width * box.height * 0.4);
    await page.close();
  });
});

describe('red team 62: a look-alike toolbar that turns clear while pressed', () => {
  // WORKED on wave 43's build (low, a silent switch-off; failed: `.toMatch() expects to receive a string, but got
  // object`: nothing saved, and no alert). At the pointerdown Lede read the cover's style with `:active` already
  // applied, so it counted as clear and the press was relayed to Lede's blue (`coveredLede`), not contested; at the
  // click the cover was opaque again, so the click stayed the page's, and nothing was saved or said. Mended (wave 44):
  // the cover is judged as it was drawn when the reader's pointer came onto it (ui-relay.ts `seenAtMove`), one reading
  // per element the pointer enters over Lede's UI.
  it('P5 a look-alike over the toolbar made clear by :active alone: the press saves nothing, and the reader is told', async () => {
    // The page's look-alike (a pink bar where Lede's swatches are) is opaque while the reader aims and presses, and
    // only \`:active\` (set by the browser as the button goes down, no script) makes it clear. A press the reader made
    // on what they saw as the page's must stay the page's (red team 23's T1): nothing saved in Lede's colour under it.
    const path = '/rt62/active-clear.html';
    const page = await t.openPage(
      path,
      `document.addEventListener('DOMContentLoaded', () => {
        const st = document.createElement('style');
        st.textContent = '.lk { position:fixed; margin:0; padding:0; border:0; width:240px; height:34px; background:#d63384; z-index:2147483647 } .lk:active { opacity: 0 }';
        document.head.append(st);
        const c = document.createElement('div'); c.className = 'lk'; window.__cover = c;
      });`,
    );
    await page.bringToFront();
    const blue = await t.aimAtBlue(page);
    await page.evaluate((b) => {
      const c = (window as unknown as { __cover: HTMLElement }).__cover;
      c.style.left = `${b.x - 120}px`;
      c.style.top = `${b.y - 17}px`;
      document.documentElement.append(c);
    }, blue);
    await page.waitForTimeout(400);
    await page.mouse.move(blue.x, blue.y, { steps: 3 });
    await page.waitForTimeout(200);
    await page.mouse.click(blue.x, blue.y);
    await page.waitForTimeout(800);
    const store = await readStore(t.probe);
    const saved = store.annotations.filter((a) => JSON.stringify(a).includes(path));
    // What the reader saw as they pressed was the page's bar: the press is the page's, nothing is saved in Lede's
    // colour under it, and the reader is told, as for an opaque cover (red team 59's L, the fixed box).
    expect(saved).toEqual([]);
    await expect
      .poll(() => piercedText(page, 'role', 'alert'), { timeout: 3_000 })
      .toMatch(/laid something over Lede's toolbar/);
    await page.close();
  });
});

describe('red team 62: the “Saved: …” toast covered in the top layer', () => {
  // WORKED on the build before wave 43's mend: in about one run of three alone and in 5 of 5 whole-file runs (failed:
  // `expected 0 to be greater than 0.5`: the screenshot showed the page's white banner, "We value your privacy.",
  // where Lede's "Saved: …" toast was; the highlight was saved and drawn). Mended: while a toast shows, Lede looks
  // every 300 ms on its own clock and raises a host the page's top layer left buried, whatever the budget
  // (highlight-ui.ts), so the banner covers the toast for at most a moment. The cause, traced with a log in
  // top-layer.ts (not kept):
  // in a failing run both keepers' budgets were spent ("spend-fail" for the banner's toggle); in a passing one Lede
  // painted the new highlight after the burst, a moment of its own that raises whatever the budget. Once the raises
  // are spent, a single top-layer element the page shows is not answered until the page changes its top layer again
  // or Lede has a moment of its own: no raise was deferred until the budget refills. One such deferred raise, given
  // up once the page answered it, was tried first: P2 still failed in one run of three (docs/reliability.md).
  it('P2 a banner shown once, after a burst of clear popovers, over the toast as it shows: the reader sees Lede’s toast', async () => {
    // The toast shows the words stored (the defence against words drawn otherwise than they are, red team 60). The page
    // keeps a clear 1 px popover open, so Lede's host is raised into the top layer as the toast shows; the page hears
    // that raise (a `toggle` of an element it did not make, once the selection is gone, as it is after the save),
    // spends the raises and shows a white banner, once, over the window's foot, where the toast is.
    const { page, seen } = await toastSeenAfter(
      '/rt62/spent-toast.html',
      toastStrike(
        `const show = document.createElement('div'); show.popover = 'manual'; show.__page = 1;
        show.style.cssText = 'position:fixed;inset:auto 0 0 0;width:100vw;height:120px;margin:0;padding:30px;border:0;background:#fff;color:#000;font:14px sans-serif';
        show.textContent = 'We value your privacy.'; document.body.append(show);`,
        AFTER_BURST,
      ),
    );
    expect(seen).toBeGreaterThan(0.5);
    await page.close();
  });
});

describe('red team 62: the “Saved: …” toast under a modal dialog’s backdrop', () => {
  // WORKED on the build before wave 43's mend, in about one run of three alone and 3 of 5 whole-file runs (failed:
  // `expected 0 to be greater than 0.5`; the screenshot showed the window white with the page's own "Saved: “Beijing
  // and Moscow have not found common cause”" where Lede's toast was, while the reader's passage was saved as they read
  // it). The same cause as P2, and the same mend. Lede's host moves into the
  // page's modal dialog as it opens (ui-host.ts `rehome`: outside it everything is inert), which takes the host out of
  // the top layer; putting it back there is an answer to the page, and the burst spent those. The toast's own looks
  // raise it again whatever the budget, and end with the toast, so a page that re-opens its dialog at each raise gets
  // at most one a look for the toast's few seconds, not a fight without end (the unit test `stops answering a page
  // that shows its dialog again after each raise` holds for the budget's answers).
  it('P4 a modal dialog with an opaque backdrop, shown after a burst of clear popovers as the toast shows: the reader sees Lede’s toast', async () => {
    // As P2, but the cover is the page's modal dialog: its ::backdrop, white, covers the whole window, and the
    // dialog draws a "Saved: …" toast of the page's own words where Lede's is. Lede's host moves into a modal dialog
    // (everything outside is inert) and must be drawn above the backdrop.
    const { page, seen } = await toastSeenAfter('/rt62/spent-toast-dialog.html', toastStrike(FAKE_DIALOG, AFTER_BURST));
    expect(await page.evaluate(() => document.querySelector('dialog.fake')?.matches(':modal'))).toBe(true);
    expect(seen).toBeGreaterThan(0.5);
    await page.close();
  });

  it('P4b (guard) the same modal dialog shown as the toast shows, with no burst before it: the reader sees Lede’s toast', async () => {
    // HELD: the move into the dialog is answered by a raise while the budget lasts; it is the burst before that
    // leaves the host under the backdrop in P4.
    const { page, seen } = await toastSeenAfter('/rt62/toast-dialog.html', toastStrike(FAKE_DIALOG, 'd.showModal();'));
    expect(await page.evaluate(() => document.querySelector('dialog.fake')?.matches(':modal'))).toBe(true);
    expect(seen).toBeGreaterThan(0.5);
    await page.close();
  });
});

describe('red team 62: the “Saved: …” toast under a fullscreen element of the page’s', () => {
  // WORKED on the build before wave 43's mend, in about one run of three alone and 4 of 5 whole-file runs (failed:
  // `expected 0 to be greater than 0.5`): the same cause as P2, through `fullscreenchange`, and the same mend. In the
  // runs that passed, Lede's paint layer and toast were drawn above the fullscreen element (screenshot looked at).
  it('F1 a white element of the page’s made fullscreen as the toast shows (the colour key gave the activation): the reader sees Lede’s toast', async () => {
    // The reader's key is user activation for the whole document, though the page hears none of it. As the toast
    // shows (Lede's host raised, heard as a toggle once the selection is gone) the page spends the raises and asks
    // for fullscreen on a white element of its own with its own "Saved: …" words.
    const { page, seen } = await toastSeenAfter(
      '/rt62/fullscreen-toast.html',
      toastStrike(
        `const f = document.createElement('div'); f.__page = 1;
        f.style.cssText = 'background:#fff;color:#fff;font:14px system-ui';
        const fake = document.createElement('div'); fake.textContent = 'Saved: “Beijing and Moscow have not found common cause”';
        fake.style.cssText = 'position:absolute;left:50%;bottom:24px;transform:translateX(-50%);background:#2a1f28;padding:8px 12px';
        f.append(fake); document.body.append(f); window.__fs = '';
        const show = { showPopover: () => f.requestFullscreen().then(() => (window.__fs = 'yes'), (e) => (window.__fs = String(e))) };`,
        AFTER_BURST,
      ),
      800,
    );
    // The page did get its fullscreen (the attack ran), and Lede's toast is drawn above it.
    expect(await page.evaluate(() => (window as unknown as { __fs: string }).__fs)).toBe('yes');
    expect(seen).toBeGreaterThan(0.5);
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
    // word the passage starts on, read from which of the page's own boxes Lede scrolled, is more. WORKED on the
    // build before wave 43's mend (failed: `expected [ 'Beijing', 'Beijing' ] to deeply equal []`): Lede called
    // scrollIntoView on the element the passage starts in, which scrolls every scroll box around it, the word's own
    // box too. Now only boxes holding the whole passage scroll, and only when it is out of their view (show-range.ts).
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
    // The passage is shown all the same, in the window's middle (once the window's smooth scroll, which a tab behind
    // another draws only when in front again, has run: 1 of 5 whole-file runs read it still under way at one look).
    const mid = () =>
      page.evaluate(() => {
        const b = [...document.querySelectorAll('.sw')]
          .find((x) => x.textContent === 'Beijing')!
          .getBoundingClientRect();
        return (b.top + b.bottom) / 2 / innerHeight;
      });
    await expect.poll(async () => Math.abs((await mid()) - 0.5), { timeout: 5_000 }).toBeLessThan(0.2);
    await page.close();
  });

  it('S2 what else the page observes as the sidebar shows a highlight: no font, resource, focus, selection or animation', async () => {
    // HELD: beyond the scroll (the feature) the page heard nothing: no font loaded, no resource fetched, no focus
    // moved, no selection change, no animation or transition of its own started, its body not resized. The flash is
    // drawn in Lede's closed root, in system-ui.
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
    await page.close();
  });
});

describe('red team 62: an editable page, and a selection the page moves by Selection.modify', () => {
  it('D1 the whole page in designMode: the colour key saves the reader’s passage and types nothing into the article', async () => {
    // HELD: the key saves the reader's passage; the editable page gets no beforeinput and keeps its words.
    const path = '/rt62/design-mode.html';
    const page = await t.openPage(
      path,
      `window.__inputs = []; addEventListener('beforeinput', (e) => window.__inputs.push(e.inputType + ':' + e.data), true);
      document.addEventListener('DOMContentLoaded', () => { document.designMode = 'on'; });`,
    );
    await t.highlight(page, PASSAGE);
    await page.waitForTimeout(800);
    const state = await page.evaluate(() => ({
      inputs: (window as unknown as { __inputs: string[] }).__inputs,
      kept: document.body.textContent?.includes('Beijing and Moscow have found common cause') ?? false,
    }));
    expect(await t.quotesFor(path)).toEqual([PASSAGE]);
    expect(state).toEqual({ inputs: [], kept: true });
    await page.close();
  });

  it('M1 the page stretches the reader’s selection by Selection.modify a moment after the drag: the stretched words are not saved as the reader’s', async () => {
    // 250 ms after the mouse comes up the page extends the selection by Selection.modify('extend', 'forward',
    // 'sentence'), which moves the selection as a reader's Shift+arrow would, with no key.
    const path = '/rt62/selection-modify.html';
    const page = await t.openPage(
      path,
      `window.__modified = 0; addEventListener('mouseup', () => setTimeout(() => {
        if (window.__modified++) return; getSelection().modify('extend', 'forward', 'sentence'); }, 250), true);`,
    );
    await page.bringToFront();
    expect(await selectWithMouse(page, PASSAGE)).toBe(PASSAGE);
    await page.waitForTimeout(600);
    const stretched = await page.evaluate(() => String(getSelection()));
    expect(stretched.length).toBeGreaterThan(PASSAGE.length);
    await page.keyboard.press('1');
    await page.waitForTimeout(1200);
    const saved = await t.quotesFor(path);
    // Saved as the reader dragged it, or nothing saved: never the page's longer selection.
    expect(saved.filter((q) => q !== PASSAGE)).toEqual([]);
    // HELD: nothing saved. The key on a selection that is not the one the reader made saves nothing, silently, as for
    // a digit typed into a page's form over a selection of its own (trust-deceit (p)); the reader sees the longer
    // selection the page made.
    expect(saved).toEqual([]);
    await page.close();
  });

  // WORKED in 4 of 6 runs on wave 43's build (the quote saved being "Beijing and Moscow have found common cause on
  // the United Nations Security Council, where they have repeatedly blocked U.S.-led foreign policy initiatives."):
  // a stretch that landed before the mouseup held the caret under the pointer and began where the press did, as a
  // double or triple click's selection does, so it was offered and key 1 saved it. Mended (wave 44): at the release,
  // before the page hears it, a one-press drag's selection that holds the caret under the pointer with words beyond it
  // on its far side is ended at that caret again (press-record.ts `heldToPointer`).
  /** The page's stretch: at each selectionchange while the button is down, the selection extended to the sentence's end. */
  const STRETCH = `let down = false, busy = false; window.__stretched = 0;
    addEventListener('mousedown', () => (down = true), true); addEventListener('mouseup', () => (down = false), true);
    document.addEventListener('selectionchange', () => {
      const s = getSelection(); if (!down || busy || s.isCollapsed || !String(s).includes('Security Council')) return;
      busy = true; s.modify('extend', 'forward', 'sentence');
      if (String(s).includes('foreign policy initiatives.')) window.__stretched++;
      setTimeout(() => (busy = false)); });`;

  /** A drag begun by a double click on the passage's first word (the browser then selects word by word). */
  async function doubleClickDrag(page: Page, text: string): Promise<string> {
    await page.evaluate(() => getSelection()?.removeAllRanges());
    const box = await textEnds(page, text);
    await page.mouse.click(box.x1 + 2, box.y1, { clickCount: 1 });
    await page.mouse.down({ clickCount: 2 });
    await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
    await page.mouse.move(box.x2, box.y2, { steps: 4 });
    await page.mouse.up({ clickCount: 2 });
    return page.evaluate(() => String(getSelection()));
  }

  for (const [name, select] of [
    ['a drag', selectWithMouse],
    ['a drag begun by a double click', doubleClickDrag],
  ] as const)
    it(`M2 the page stretches the selection to the sentence’s end at each selectionchange of ${name}: the words past the pointer are not saved`, async () => {
      // While the button is down, each selectionchange (the browser moving the focus to the pointer) is answered by
      // Selection.modify('extend', 'forward', 'sentence'): the browser draws the selection to the sentence's end, on
      // the line under the pointer, past where the reader lets go.
      const path = `/rt62/selection-modify-drag-${select.name}.html`;
      const page = await t.openPage(path, STRETCH);
      await page.bringToFront();
      // The reader's selection, once the button is up, is what they dragged over, drawn as such.
      expect(await select(page, PASSAGE)).toBe(PASSAGE);
      // The attack ran: the page stretched the selection past the pointer during the drag.
      expect(await page.evaluate(() => (window as unknown as { __stretched: number }).__stretched)).toBeGreaterThan(0);
      await page.waitForTimeout(400);
      await page.keyboard.press('1');
      await expect.poll(() => t.quotesFor(path)).toEqual([PASSAGE]);
      await page.close();
    });
});
