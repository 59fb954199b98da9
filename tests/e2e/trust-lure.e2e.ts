// A page that fades or covers Lede's note editor or toast, in real Chromium against the built extension, to lure the
// reader's click onto Delete or Undo (docs/reliability.md, wave 15), or covers the toolbar to take the click (wave 19),
// or buries Lede's UI under its own top layer or dialog (red team 23). Split from trust-deceit.e2e.ts, which had
// passed 400 lines.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  centreOf,
  centreOfText,
  clickText,
  piercedText,
  pressClosingEditor,
  runHighlightCommand,
  selectWithMouse,
  waitForNoteEditor,
} from '../../scripts/lib/reader';
import { readStore } from './support';
import { PASSAGE, SECOND, THIRD, tintOverPassage, useTrustPage } from './trust-support';

const trust = useTrustPage();

/** The page lays a white layer of its own over `box` (CSS inset), on top of everything, letting clicks through. */
function layOver(page: Page, id: string, text: string, box: string): Promise<void> {
  return page.evaluate(
    ([id, text, box]) => {
      const layer = document.createElement('div');
      layer.id = id;
      layer.textContent = text;
      layer.setAttribute('style', `position:fixed;${box};z-index:2147483647;background:#fff;pointer-events:none`);
      document.body.append(layer);
    },
    [id, text, box] as const,
  );
}

/** The page's script that keeps what a field of its own frame posts to it as `window.__stolen`. */
const HEARS_FRAME =
  "window.__stolen = ''; addEventListener('message', (e) => { if (e.data && typeof e.data.stolen === 'string') window.__stolen = e.data.stolen; });";

/** The page lays a frame holding a clear field over `box` (the editor's), at the top z-index. */
function layFieldFrameOver(page: Page, box: { x: number; y: number; width: number; height: number }): Promise<void> {
  return page.evaluate((b) => {
    const f = document.createElement('iframe');
    f.srcdoc = `<body style="margin:0;background:transparent"><textarea id=f style="position:fixed;inset:0;width:100%;height:100%;opacity:0;border:0;resize:none"></textarea>
      <script>f.addEventListener('input', () => parent.postMessage({ stolen: f.value }, '*'));</script></body>`;
    f.style.cssText = `position:fixed;z-index:2147483647;border:0;background:transparent;top:${b.y}px;left:${b.x}px;width:${b.width}px;height:${b.height}px`;
    document.body.append(f);
  }, box);
}

/**
 * The reader writes "Source: " in a note, the page does what `cover` does to the editor, then the reader clicks into
 * the editor where they see it and writes on: the page reads none of it (`window.__stolen`), and the note holds it all.
 */
let attempts = 0;
async function writesThrough(
  name: string,
  script: string,
  cover?: (page: Page, box: { x: number; y: number; width: number; height: number }) => Promise<void>,
): Promise<void> {
  // A fresh address per attempt: a retry must not find the note an earlier attempt saved (its editor would open on
  // that note, not a new one).
  const path = `/trust/${name}-${++attempts}.html`;
  const page = await trust.openPage(path, script);
  const editor = await trust.openNoteOnPassage(page, path, '2');
  await page.keyboard.type('Source: ', { delay: 20 });
  const box = (await (await editor.frameElement()).boundingBox())!;
  await cover?.(page, box);
  await page.waitForTimeout(cover ? 500 : 300);
  await page.mouse.click(box.x + box.width / 2, box.y + 20);
  await page.waitForTimeout(300);
  await page.keyboard.type('the envoy Smith', { delay: 30 });
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __stolen: string }).__stolen)).toBe('');
  await pressClosingEditor(page, 'Control+Enter');
  await expect.poll(() => trust.noteFor(path)).toBe('Source: the envoy Smith');
  await page.close();
}

describe('a page cannot lure a click onto Lede’s Delete or Undo, nor take one meant for Lede', () => {
  it('(q) a page cannot fade or cover the open note editor, and a click it lures onto the toast’s Undo undoes nothing', async () => {
    const page = await trust.openPage('/trust/clickjack.html');
    await trust.highlight(page, PASSAGE);
    await expect.poll(() => trust.quotesFor('/trust/clickjack.html')).toEqual([PASSAGE]);
    await page.mouse.move(1, 1);
    await clickText(page, 'common cause');
    const editor = await waitForNoteEditor(page);
    /** Where the editor's Delete button is on the page's screen. */
    const deleteAt = async () => {
      const frame = (await (await editor.frameElement()).boundingBox())!;
      const button = await editor.evaluate(() => {
        const r = document.querySelector('[data-action="delete"]')!.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      });
      return { x: frame.x + button.x, y: frame.y + button.y };
    };
    let at = await deleteAt();
    /** What the reader sees around the editor's Delete button. */
    const seen = () => page.screenshot({ clip: { x: at.x - 30, y: at.y - 10, width: 60, height: 20 } });
    const drawn = await seen();
    // The page fades its body, and so it faded Lede's host in it (a change to the host's own style is put back at
    // once); its own button, outside the body, stays in sight. The open editor lies in the top layer since red team
    // 26, out of the body's fade: the reader sees Delete where it is.
    await page.evaluate(() => {
      document.body.style.setProperty('opacity', '0.01');
      const lure = document.createElement('button');
      lure.id = 'lure';
      lure.textContent = 'Next page';
      lure.setAttribute('style', 'position:fixed;left:0;top:0;font:20px sans-serif');
      document.documentElement.append(lure);
    });
    await page.waitForTimeout(300);
    expect((await seen()).equals(drawn)).toBe(true);
    // Or it leaves Lede's host alone and lays a layer that lets clicks through over the editor ("Play"), at the top
    // z-index: drawn under the editor, which the reader still sees as it was.
    await page.evaluate(() => {
      document.body.style.removeProperty('opacity');
      document.getElementById('lure')!.remove();
    });
    await layOver(page, 'cover', 'Play', 'inset:0');
    await page.waitForTimeout(300);
    expect((await seen()).equals(drawn)).toBe(true);
    // Seen as it is, the editor deletes.
    await page.evaluate(() => document.getElementById('cover')!.remove());
    await page.waitForTimeout(300);
    at = await deleteAt();
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => trust.quotesFor('/trust/clickjack.html')).toEqual([]);

    // The toast's Undo deletes the highlight just saved: a "cookie banner" that lets clicks through lies over it.
    await layOver(page, 'banner', 'We use cookies. Accept', 'left:0;right:0;bottom:0;height:120px');
    await trust.highlight(page, SECOND);
    await expect.poll(() => trust.quotesFor('/trust/clickjack.html')).toEqual([SECOND]);
    await page.waitForTimeout(300);
    const undo = await centreOf(page, 'data-action', 'undo');
    await page.mouse.click(undo.x, undo.y);
    await page.waitForTimeout(600);
    expect(await trust.quotesFor('/trust/clickjack.html')).toEqual([SECOND]);
    // Uncovered, the same click undoes the next save.
    await page.evaluate(() => document.getElementById('banner')!.remove());
    await trust.highlight(page, THIRD);
    await expect.poll(async () => (await trust.quotesFor('/trust/clickjack.html')).length).toBe(2);
    await page.waitForTimeout(300);
    const again = await centreOf(page, 'data-action', 'undo');
    await page.mouse.click(again.x, again.y);
    await expect.poll(() => trust.quotesFor('/trust/clickjack.html')).toEqual([SECOND]);
    await page.close();
  });

  it('(c1) a clear layer a page lays over Lede’s toolbar in the top layer does not take the reader’s click on a colour', async () => {
    // A clear popover over the whole window, shown after the reader's mouse comes up: above any z-index, it took the
    // click on the toolbar's colour, and nothing was saved.
    const path = '/trust/covered-toolbar.html';
    const page = await trust.openPage(
      path,
      `window.__clicks = 0; addEventListener('mouseup', () => setTimeout(() => { if (!String(getSelection())) return;
        let p = document.getElementById('pv'); if (!p) { p = document.createElement('div'); p.id = 'pv'; p.popover = 'manual';
        p.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh;margin:0;border:0;padding:0;background:transparent';
        for (const t of ['pointerdown', 'mousedown', 'mouseup', 'click']) p.addEventListener(t, () => window.__clicks++);
        document.body.append(p); } p.showPopover(); }, 50));`,
    );
    await page.bringToFront();
    expect(await selectWithMouse(page, PASSAGE)).toBe(PASSAGE);
    await page.waitForTimeout(400);
    expect(await page.evaluate(() => document.getElementById('pv')?.matches(':popover-open'))).toBe(true);
    const blue = await centreOf(page, 'data-color', 'blue');
    await page.mouse.click(blue.x, blue.y);
    await expect.poll(() => trust.quotesFor(path)).toEqual([PASSAGE]);
    const store = await readStore(trust.probe);
    expect(store.annotations.find((a) => JSON.stringify(a).includes(path))?.body.color).toBe('blue');
    // The page's layer heard none of the press.
    expect(await page.evaluate(() => (window as unknown as { __clicks: number }).__clicks)).toBe(0);
    await page.close();
  });

  it('(t6) a page that spends Lede’s raises still shows the highlight; a press on its visible button over a buried toolbar is the page’s', async () => {
    // Red team 23's T1. The article in the page's own full-window popover, shown again with an invisible 1 px popover
    // every 80 ms: the page-long budget of 50 raises ran out in 4 s, and the passage highlighted was drawn under the
    // page's popover (0 tinted pixels). The budget is now a rate, refilled: such a page is answered every time.
    const article = `addEventListener('DOMContentLoaded', () => {
      const pv = document.createElement('div'); pv.popover = 'manual'; pv.id = 'pv';
      pv.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh;margin:0;border:0;padding:0;overflow:auto;background:#fff';
      pv.append(document.querySelector('article')); document.body.append(pv); pv.showPopover(); window.__pv = pv;`;
    const ticking = await trust.openPage(
      '/trust/tl-ticks.html',
      `${article} window.__n = 0; const t = document.createElement('div'); t.popover = 'manual';
        t.style.cssText = 'width:1px;height:1px;opacity:0;margin:0;padding:0;border:0'; document.body.append(t);
        setInterval(() => { if (t.matches(':popover-open')) t.hidePopover();
          else { t.showPopover(); window.__n++; pv.hidePopover(); pv.showPopover(); } }, 40); });`,
    );
    await trust.highlight(ticking, PASSAGE, '1');
    await expect.poll(() => trust.quotesFor('/trust/tl-ticks.html')).toEqual([PASSAGE]);
    await ticking.waitForTimeout(7000);
    expect(await ticking.evaluate(() => (window as unknown as { __n: number }).__n)).toBeGreaterThan(60);
    expect(await tintOverPassage(ticking)).toBeGreaterThan(2000);
    await ticking.close();

    // A page that answers each raise of Lede's by showing its popover again does spend the budget, and buries the
    // toolbar under its article. It lays a visible button where the toolbar's blue lies unseen: the reader's click
    // there is the page's. On wave 19's build the covered-press relay sent it to the buried toolbar: saved in blue.
    const path = '/trust/tl-fight.html';
    const page = await trust.openPage(
      path,
      `${article} document.addEventListener('toggle', (e) => { if (e.target === pv || e.newState !== 'open') return;
        pv.hidePopover(); pv.showPopover(); }, true); });`,
    );
    await page.bringToFront();
    expect(await selectWithMouse(page, SECOND)).toBe(SECOND);
    await page.waitForTimeout(600);
    const blue = await centreOf(page, 'data-color', 'blue');
    await page.evaluate((b) => {
      const w = window as unknown as { __acc: number; __pv: HTMLElement };
      w.__acc = 0;
      const btn = document.createElement('button');
      btn.textContent = 'Accept cookies';
      btn.id = 'acc';
      btn.onclick = () => w.__acc++;
      btn.style.cssText = `position:fixed;left:${b.x - 60}px;top:${b.y - 15}px;width:120px;height:30px;z-index:9;background:#1a73e8;color:#fff`;
      w.__pv.append(btn);
    }, blue);
    await page.waitForTimeout(300);
    await page.mouse.click(blue.x, blue.y);
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => (window as unknown as { __acc: number }).__acc)).toBe(1);
    expect(await trust.quotesFor(path)).toEqual([]);
    await page.close();
  }, 60_000);

  it('(t7) a page that takes Lede’s toolbar out of its modal dialog each time gets the reader told, and the keys still save', async () => {
    // Red team 23's D1: the page's observer removed whatever Lede put into its dialog. The host was put back at each
    // use and taken again: no toolbar, and nothing said so. Now it is put back once, then sealed on the body (drawn,
    // but inert under the modal dialog), and the reader is told once what still works.
    const path = '/trust/tl-dialog.html';
    const page = await trust.openPage(
      path,
      `document.addEventListener('DOMContentLoaded', () => { const d = document.createElement('dialog');
        d.style.cssText = 'width:820px;max-width:90vw;height:90vh;max-height:90vh;border:0;padding:0';
        d.append(document.querySelector('article')); document.body.append(d);
        new MutationObserver((rs) => { for (const r of rs) for (const n of r.addedNodes)
          if (n.nodeType === 1 && n.parentNode === d && n.localName !== 'article') n.remove(); }).observe(d, { childList: true });
        d.showModal(); });`,
    );
    await page.bringToFront();
    expect(await selectWithMouse(page, SECOND)).toBe(SECOND);
    await expect
      .poll(() => piercedText(page, 'role', 'alert'))
      .toBe("This page hides Lede's toolbar. The keys 1-5 and the context menu still highlight a selection.");
    await page.keyboard.press('2');
    await expect.poll(() => trust.quotesFor(path)).toEqual([SECOND]);
    await page.close();
  }, 60_000);

  it('(c3) a press on an opaque banner of the page’s own laid over Lede’s toolbar is the page’s, not a colour', async () => {
    // Not in the top layer: the page's own z-index, after Lede's host, white, with a button where the reader presses.
    // The reader sees the page's button, so the press must not save in the colour of Lede's hidden one (red team 24).
    const path = '/trust/opaque-banner.html';
    const page = await trust.openPage(path);
    await page.bringToFront();
    expect(await selectWithMouse(page, PASSAGE)).toBe(PASSAGE);
    await page.waitForTimeout(400);
    const pink = await centreOf(page, 'data-color', 'pink');
    await page.evaluate(({ x, y }) => {
      (window as unknown as { __clicks: number }).__clicks = 0;
      const banner = document.createElement('div');
      banner.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:#fff;';
      const accept = document.createElement('button');
      accept.textContent = 'Accept cookies';
      accept.style.cssText = `position:fixed;left:${x - 80}px;top:${y - 20}px;width:160px;height:40px;`;
      accept.onclick = () => (window as unknown as { __clicks: number }).__clicks++;
      banner.append(accept);
      document.body.append(banner);
    }, pink);
    await page.mouse.click(pink.x, pink.y);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __clicks: number }).__clicks)).toBe(1);
    await page.waitForTimeout(300);
    expect(await trust.quotesFor(path)).toEqual([]);
    await page.close();
  });

  it('(m2) a page that stretches the selection while the context menu is open gets only the reader’s words saved', async () => {
    // 50 ms after the right-click the page extends the selection to the end of its paragraph; the menu was opened on
    // the reader's words, which the selection still starts with, and the whole paragraph was saved (red team 25).
    const path = '/trust/menu-stretch.html';
    const page = await trust.openPage(
      path,
      `addEventListener('contextmenu', () => setTimeout(() => {
         const sel = getSelection(); const r = sel.getRangeAt(0);
         const end = document.createRange(); end.selectNodeContents(r.startContainer.parentElement.closest('p'));
         r.setEnd(end.endContainer, end.endOffset); sel.removeAllRanges(); sel.addRange(r);
       }, 50), true);`,
    );
    await page.bringToFront();
    expect(await selectWithMouse(page, PASSAGE)).toBe(PASSAGE);
    const at = await centreOfText(page, 'common cause');
    await page.mouse.click(at.x, at.y, { button: 'right' });
    await expect.poll(() => page.evaluate(() => String(getSelection()))).toContain('repeatedly blocked');
    expect(await runHighlightCommand(trust.session.worker, undefined, PASSAGE)).toMatchObject({ ok: true });
    await expect.poll(() => trust.quotesFor(path)).toEqual([PASSAGE]);
    await page.close();
  });

  it('(c4) a clear frame a page lays over the note editor at the top z-index gets none of the reader’s words; they go into the note', async () => {
    // Red team 26: (c2)'s defence relays presses the page's document hears; a press inside a frame of the page's is
    // heard only there, so the reader's click and the words after it went into the frame's field.
    await writesThrough('framed-editor', HEARS_FRAME, layFieldFrameOver);
  });

  it('(c5) a page that takes the lifted note editor out of the top layer and lays a clear frame over it gets none of the reader’s words', async () => {
    // Red team 27: the host is in the page's DOM, so the page heard its `toggle` and called hidePopover() on it, then
    // laid (c4)'s frame over the editor. The host is lifted again each time, while a budget lasts.
    const unlift = `addEventListener('toggle', (e) => { const t = e.target; if (e.newState === 'open') setTimeout(() => { try { t.hidePopover(); } catch {} }, 50); }, true);`;
    await writesThrough('unlift', `${HEARS_FRAME}\n${unlift}`, layFieldFrameOver);
  });

  it('(c6) a page that goes fullscreen over the open note editor, with the reader’s own press, gets none of the note’s words', async () => {
    // Red team 27 (FS1): on the window's blur as the editor takes the focus, the page put a clear field of its own in
    // fullscreen (the reader's press had given it the activation): drawn above everything, it took the next words.
    const grab = `window.__stolen = '';
      document.addEventListener('DOMContentLoaded', () => {
        const st = document.createElement('style'); st.textContent = '#grabber::backdrop, #grabber:fullscreen { background: transparent !important; }'; document.head.append(st);
        const d = document.createElement('div'); d.id = 'grabber'; d.style.cssText = 'display:none;background:transparent';
        d.innerHTML = '<textarea id=grab style="position:fixed;inset:0;width:100%;height:100%;opacity:0;border:0;resize:none"></textarea>';
        document.body.append(d);
        const t = d.querySelector('textarea');
        t.addEventListener('input', () => { window.__stolen = t.value; });
        addEventListener('blur', () => { if (!window.__fs) { window.__fs = 1; d.style.display = 'block'; d.requestFullscreen().catch(() => {}); } });
      });`;
    await writesThrough('fullscreen', grab);
  });
});
