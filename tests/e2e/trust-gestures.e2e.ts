// The shortcut and the context menu save only what the reader's own gesture selected (PageSession.readerSelection),
// in real Chromium against the built extension: pages that swap the selection before the page side has loaded, take
// the reader's drag to select a passage of their own, or answer Ctrl+A with one (red team 31, wave 23; each failed
// on the build before its fix), red teams 33-39's labels swapped, hidden or laid in at the press, wave 26's word
// hidden inside the passage during the press, and red team 42's pointerup listener put before Lede's. Shift+arrow
// steps a page stretches far are still taken (docs/reliability.md). The rest: trust-gestures-late.e2e.ts (the file
// was halved by time so CI's two workers run it side by side).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { centreOfText, selectWithMouse, tabIdOf } from '../../scripts/lib/reader';
import {
  dragOverPlant,
  LAID_BESIDE_PASSAGE,
  layInPassage,
  PLANTED_LABEL,
  rawPages,
  twoGesturesThenKey1,
} from './gesture-support';
import { PASSAGE, SAMPLE, useTrustPage } from './trust-support';

const trust = useTrustPage();
const { openRaw, shortcut, alertOf } = rawPages(trust);
const PLANTED = 'The editors now concede that this report was fabricated and retract it in full';

/** A fixed note of the page's, at the pointer's height in the right margin, holding PLANTED; selects it. */
const PLANT_AT_Y = `window.__plantAt = (y) => {
  let p = document.getElementById('planted');
  if (!p) { p = document.createElement('div'); p.id = 'planted'; p.textContent = ${JSON.stringify(PLANTED)};
    p.style.cssText = 'position:fixed;right:8px;width:300px;font:12px Arial;color:#888'; document.body.append(p); }
  p.style.top = (y - 8) + 'px';
  const r = document.createRange(); r.selectNodeContents(p.firstChild);
  getSelection().removeAllRanges(); getSelection().addRange(r);
};`;
describe('red team 31: the reader’s selection', () => {
  it('K1 first gesture on a page with no notes: the page swaps the selection 30 ms after mouseup, before the page side has loaded and recorded it', async () => {
    const path = '/rt31/k1.html';
    // The page notes what the reader's release selected (its own mouseup, before it plants): read back by the test,
    // since a selection read from the test after the release can already be the page's on a loaded machine (k1cause37).
    const script = `${PLANT_AT_Y}
      addEventListener('mouseup', (e) => { if (window.__done) return; window.__done = 1; window.__atUp = String(getSelection()); const y = e.clientY; setTimeout(() => __plantAt(y), 30); });`;
    const page = await openRaw(path, script);
    // No tabIdOf first: it would wake the page side. The reader's first gesture on the page.
    await selectWithMouse(page, PASSAGE);
    expect(await page.evaluate(() => (window as unknown as { __atUp?: string }).__atUp)).toBe(PASSAGE);
    await page.waitForTimeout(800);
    // The attack landed: what the reader now sees selected is the page's note.
    const sel = await page.evaluate(() => String(getSelection()));
    console.log('K1 selection after the gesture', JSON.stringify(sel));
    expect(sel).toBe(PLANTED);
    const reply = await shortcut(page);
    console.log('K1 reply', JSON.stringify(reply), 'alert', await alertOf(page));
    const quotes = await trust.quotesFor(path);
    console.log('K1 stored', JSON.stringify(quotes));
    expect(quotes).not.toContain(PLANTED);
    await page.close();
  });

  // K1 with the order fixed rather than left to the machine's load (k1cause37): the page plants at the release itself
  // (its own mouseup, after Lede's capture listener read the gesture) or one task later, so the plant always lands
  // before the rest of the page side has loaded; the reader presses key 1 as soon as the page's selection is there,
  // then the shortcut.
  it.each([
    ['at the release', '__plantAt(y)'],
    ['one task after it', 'setTimeout(() => __plantAt(y), 0)'],
  ])(
    'K1 held: the page plants its note %s, before the page side loads; neither key 1 nor the shortcut saves it',
    async (_when, plant) => {
      const path = `/rt31/k1-${plant.length}.html`;
      const script = `${PLANT_AT_Y}
      addEventListener('mouseup', (e) => { if (window.__done) return; window.__done = 1; window.__atUp = String(getSelection()); const y = e.clientY; ${plant}; });`;
      const page = await openRaw(path, script);
      await selectWithMouse(page, PASSAGE);
      expect(await page.evaluate(() => (window as unknown as { __atUp?: string }).__atUp)).toBe(PASSAGE);
      // The page's selection is in place before the key: Chromium runs input before timers, so a key sent at once
      // could come before the page's one-task-later plant and rightly save the reader's own passage.
      await expect.poll(() => page.evaluate(() => String(getSelection()))).toBe(PLANTED);
      await page.keyboard.press('1');
      await page.waitForTimeout(800);
      expect(await trust.quotesFor(path)).toEqual([]);
      const reply = (await shortcut(page)) as { ok?: boolean } | undefined;
      expect(reply?.ok).not.toBe(true);
      expect(await trust.quotesFor(path)).toEqual([]);
      await page.close();
    },
  );

  it('K2 the page keeps the bootstrap asleep (collapses the selection for one task at mouseup), then swaps at Alt+Shift', async () => {
    const path = '/rt31/k2.html';
    const script = `addEventListener('mouseup', () => {
        const s = getSelection(); if (!s.rangeCount) return; const r = s.getRangeAt(0).cloneRange();
        s.removeAllRanges(); setTimeout(() => { s.removeAllRanges(); s.addRange(r); }, 0);
      });
      addEventListener('keydown', (e) => {
        if (!(e.altKey && e.shiftKey)) return;
        const p = document.getElementById('planted');
        const r = document.createRange(); r.selectNodeContents(p.firstChild);
        getSelection().removeAllRanges(); getSelection().addRange(r);
        window.__swapped = (window.__swapped || 0) + 1;
      });`;
    const page = await openRaw(path, script, `<div style="height:4000px"></div><p id="planted">${PLANTED}</p>`);
    await selectWithMouse(page, PASSAGE);
    await page.waitForTimeout(300);
    const sel = await page.evaluate(() => String(getSelection()));
    console.log('K2 selection the reader sees after the gesture', JSON.stringify(sel));
    const reply = await shortcut(page);
    console.log('K2 reply', JSON.stringify(reply), 'alert', await alertOf(page));
    const quotes = await trust.quotesFor(path);
    console.log('K2 stored', JSON.stringify(quotes));
    const woke = await page.evaluate(() => (window as unknown as { __swapped?: number }).__swapped ?? 0);
    console.log('K2 swaps', woke);
    expect(quotes).not.toContain(PLANTED);
    await page.close();
  });

  it('K3 page side loaded: the page takes the reader’s drag (mousedown prevented) and selects its own note at the pointer’s height', async () => {
    const path = '/rt31/k3.html';
    const script = `${PLANT_AT_Y}
      let down = false;
      addEventListener('mousedown', (e) => { if (window.__armed) { down = true; e.preventDefault(); } });
      addEventListener('mousemove', (e) => { if (down && e.buttons === 1) __plantAt(e.clientY); });
      addEventListener('mouseup', () => { down = false; });`;
    const page = await openRaw(path, script);
    const tabId = await tabIdOf(trust.session, page);
    await page.evaluate(() => ((window as unknown as { __armed: number }).__armed = 1));
    const got = await selectWithMouse(page, PASSAGE);
    console.log('K3 selection at mouseup', JSON.stringify(got));
    await page.waitForTimeout(300);
    const reply = await shortcut(page, tabId);
    console.log('K3 reply', JSON.stringify(reply), 'alert', await alertOf(page));
    const quotes = await trust.quotesFor(path);
    console.log('K3 stored', JSON.stringify(quotes));
    expect(quotes).not.toContain(PLANTED);
    await page.close();
  });

  it('K5 Ctrl+A: the page answers the keydown by selecting its own passage', async () => {
    const path = '/rt31/k5.html';
    const script = `addEventListener('keydown', (e) => {
        if (!(e.ctrlKey && e.key === 'a')) return;
        e.preventDefault();
        const p = document.getElementById('planted');
        const r = document.createRange(); r.selectNodeContents(p.firstChild);
        getSelection().removeAllRanges(); getSelection().addRange(r);
      });`;
    const page = await openRaw(path, script, `<div style="height:4000px"></div><p id="planted">${PLANTED}</p>`);
    const tabId = await tabIdOf(trust.session, page);
    await page.mouse.click(300, 300);
    await page.keyboard.press('Control+a');
    await page.waitForTimeout(300);
    const reply = await shortcut(page, tabId);
    console.log('K5 reply', JSON.stringify(reply), 'alert', await alertOf(page));
    const quotes = await trust.quotesFor(path);
    console.log('K5 stored', JSON.stringify(quotes));
    expect(quotes).not.toContain(PLANTED);
    await page.close();
  });
});

/**
 * Opens `script`'s page at `path`, drags over PASSAGE twice with key 1 after each (twoGesturesThenKey1), then presses
 * the shortcut: nothing may be saved.
 */
async function nothingSavedByKeyOrShortcut(path: string, script: string): Promise<void> {
  const page = await openRaw(path, script);
  const tabId = await tabIdOf(trust.session, page);
  await twoGesturesThenKey1(page, () => selectWithMouse(page, PASSAGE));
  await shortcut(page, tabId);
  await page.waitForTimeout(500);
  expect(await trust.quotesFor(path)).toEqual([]);
  await page.close();
}

describe('red team 33: a label the page swaps in under the pointer as the drag ends', () => {
  for (const when of ['at mouseup', 'a task later'] as const) {
    it(`C1 ${when}: the toolbar is not offered for the page's label, and key 1 saves nothing of it`, async () => {
      const path = `/rt33/c1-${when === 'at mouseup' ? 'now' : 'later'}.html`;
      const handler =
        when === 'at mouseup'
          ? `document.addEventListener('mouseup', swap);`
          : `document.addEventListener('mouseup', (e) => setTimeout(() => swap(e), 0));`;
      const page = await openRaw(path, `${PLANTED_LABEL}\n${handler}`);
      await twoGesturesThenKey1(page, () => selectWithMouse(page, PASSAGE));
      expect(await trust.quotesFor(path)).toEqual([]);
      await page.close();
    });
  }
});

describe('red team 34: the swap made at pointerup, before Lede hears mouseup', () => {
  it('P1: a label swapped in under the release point at pointerup is neither saved by key 1 nor by the shortcut (the drag began elsewhere)', async () => {
    await nothingSavedByKeyOrShortcut('/rt34/p1.html', `${PLANTED_LABEL}\naddEventListener('pointerup', swap, true);`);
  });
});

describe('red team 35: the press checked where it came, and what the page changed under it', () => {
  const attacks: [string, string, (page: Page) => Promise<void>][] = [
    [
      'A2: the label put inside the paragraph where the drag began, selected from there',
      `addEventListener('pointerup', (e) => {
        const sel = getSelection(); const t = sel.anchorNode, o = sel.anchorOffset;
        if (!t || t.nodeType !== 3) return;
        const s = document.getElementById('plant'); place(e);
        const rest = t.splitText(o); t.parentNode.insertBefore(s, rest);
        const r = document.createRange(); r.setStart(t, t.length); r.setEnd(s.firstChild, s.firstChild.length);
        sel.removeAllRanges(); sel.addRange(r);
      }, true);
      addEventListener('mousedown', () => { const s = document.getElementById('plant'); if (s && s.parentNode !== document.body) document.body.append(s); }, true);`,
      async (page) => {
        await selectWithMouse(page, PASSAGE);
      },
    ],
    [
      'A4: a double click, the label swapped in at its second release (no move)',
      `window.__ups = 0; addEventListener('pointerup', (e) => { if (window.__ups++ % 2) swap(e); }, true);`,
      async (page) => {
        await page.evaluate(() => {
          getSelection()?.removeAllRanges();
          (window as unknown as { __ups: number }).__ups = 0;
        });
        const at = await centreOfText(page, 'common cause');
        await page.mouse.dblclick(at.x, at.y);
      },
    ],
  ];
  for (const [name, script, gesture] of attacks) {
    it(`${name}: neither key 1 nor the shortcut saves it`, async () => {
      const path = `/rt35/${name.slice(0, 2).toLowerCase()}-${Date.now()}.html`;
      const page = await openRaw(path, `${PLANTED_LABEL}\n${script}`);
      const tabId = await tabIdOf(trust.session, page);
      await twoGesturesThenKey1(page, () => gesture(page));
      await shortcut(page, tabId);
      await page.waitForTimeout(500);
      expect(await trust.quotesFor(path)).toEqual([]);
      await page.close();
    });
  }
});

describe('red team 35, A1: the page side woken while the reader’s button is down', () => {
  /**
   * Drags over PASSAGE; with the button down (after the page's own mousedown listener ran, so Lede's ran before it),
   * the extension wakes the page side, as the popup, the sidebar or a site with notes may at any moment. Returns the
   * tab's id.
   */
  const dragWokenMidPress = async (page: Page): Promise<number> => {
    let tabId = 0;
    await selectWithMouse(page, PASSAGE, async () => {
      await page.waitForFunction(() => (window as unknown as { __pressed?: number }).__pressed === 1);
      tabId = await tabIdOf(trust.session, page);
    });
    return tabId;
  };

  it('A1: the page cancels the press, draws the drag itself and swaps its label in at pointerup: neither key 1 nor the shortcut saves it', async () => {
    const path = `/rt35/a1-${Date.now()}.html`;
    const page = await openRaw(
      path,
      `${PLANTED_LABEL}
      let press = null;
      addEventListener('mousedown', (e) => {
        if (e.button) return; e.preventDefault(); window.__pressed = 1;
        press = document.caretRangeFromPoint(e.clientX, e.clientY);
        getSelection().collapse(document.getElementById('plant').firstChild, 0);
      });
      addEventListener('mousemove', (e) => {
        if (!press || !(e.buttons & 1)) return;
        const c = document.caretRangeFromPoint(e.clientX, e.clientY);
        if (c) getSelection().setBaseAndExtent(press.startContainer, press.startOffset, c.startContainer, c.startOffset);
      });
      addEventListener('pointerup', (e) => { press = null; swap(e); }, true);`,
    );
    let tabId: number | undefined;
    // The first gesture is pressed before the page side loads and let go after; the second, with it loaded.
    await twoGesturesThenKey1(page, async () => {
      if (tabId === undefined) tabId = await dragWokenMidPress(page);
      else await selectWithMouse(page, PASSAGE);
    });
    await shortcut(page, tabId);
    await page.waitForTimeout(500);
    expect(await trust.quotesFor(path)).toEqual([]);
    await page.close();
  });

  it('honest: a drag during which the page side is woken is still saved by key 1', async () => {
    const path = `/rt35/a1-honest-${Date.now()}.html`;
    const page = await openRaw(path, `addEventListener('mousedown', () => { window.__pressed = 1; });`);
    await dragWokenMidPress(page);
    expect(await page.evaluate(() => String(getSelection()))).toBe(PASSAGE);
    await page.waitForTimeout(300);
    await page.keyboard.press('1');
    await expect.poll(() => trust.quotesFor(path)).toEqual([PASSAGE]);
    await page.close();
  });
});

describe('red team 38, P1: the pressed paragraph taken out of the document tree as the press comes', () => {
  /**
   * At the reader's press (after Lede's own capture listener read the caret under it), the page swaps the paragraph
   * under the pointer for its clone, or moves it into a shadow root: the caret Lede recorded is no longer in the
   * document tree. At pointerup it lays its label under the pointer (a style change only) and selects it.
   */
  const detach = (how: 'clone' | 'shadow') => `${PLANTED_LABEL}
    addEventListener('mousedown', (e) => {
      const p = document.elementFromPoint(e.clientX, e.clientY)?.closest('p');
      if (!e.isTrusted || !p) return;
      if (${JSON.stringify(how)} === 'clone') p.replaceWith(p.cloneNode(true));
      else { const h = document.createElement('div'); p.replaceWith(h); h.attachShadow({ mode: 'open' }).append(p);
        // Put back a moment after the release, for the next gesture to find (the release has been judged by then).
        addEventListener('pointerup', () => setTimeout(() => h.replaceWith(p), 200), { once: true }); }
    });
    addEventListener('pointerup', (e) => { if (e.isTrusted) swap(e); }, true);`;

  for (const how of ['clone', 'shadow'] as const) {
    it(`P1 ${how}: neither key 1 nor the shortcut saves the label`, async () => {
      await nothingSavedByKeyOrShortcut(`/rt38/p1-${how}-${Date.now()}.html`, detach(how));
    });
  }
});

describe('red team 39, PD: a label laid hidden at the press, shown by its style at the release', () => {
  /** Shows the page's label (hidden by `display:none`) under the pointer and selects it: a style change only. */
  const SHOW = `addEventListener('pointerup', (e) => {
      const s = document.getElementById('plant'); if (!e.isTrusted || !s || s.parentNode === document.body) return;
      s.style.display = ''; place(e); getSelection().selectAllChildren(s);
    }, true);`;
  const attacks: [string, string][] = [
    [
      'PD: put at the caret by the page’s pointerdown, before mousedown',
      `${PLANTED_LABEL}
      addEventListener('pointerdown', (e) => {
        const c = document.caretRangeFromPoint(e.clientX, e.clientY);
        if (!e.isTrusted || !c || c.startContainer.nodeType !== 3) return;
        const s = document.getElementById('plant'); s.style.display = 'none';
        c.startContainer.splitText(c.startOffset).before(s);
      }, true);
      ${SHOW}`,
    ],
    [
      'PD2: laid before the press where a drag is likely to begin (a paragraph’s first words)',
      `${PLANTED_LABEL}
      document.addEventListener('DOMContentLoaded', () => {
        const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = w.nextNode(); n; n = w.nextNode()) {
          const i = n.data.indexOf('Beijing and Moscow'); if (i < 0) continue;
          const s = document.getElementById('plant'); s.style.display = 'none'; n.splitText(i).before(s); break;
        }
      });
      ${SHOW}`,
    ],
  ];
  for (const [name, script] of attacks) {
    it(`${name}: neither key 1 nor the shortcut saves it`, async () => {
      const path = `/rt39/${name.slice(0, 3).replace(':', '').toLowerCase()}-${Date.now()}.html`;
      const page = await openRaw(path, script);
      const tabId = await tabIdOf(trust.session, page);
      for (let i = 0; i < 2; i++) {
        await page.evaluate(() => {
          const s = document.getElementById('plant');
          if (s && s.parentNode !== document.body) s.style.display = 'none';
        });
        await selectWithMouse(page, PASSAGE);
        await expect.poll(() => page.evaluate(() => String(getSelection()))).toBe('Xi Jinping was right');
        await page.waitForTimeout(300);
        await page.keyboard.press('1');
        await page.waitForTimeout(800);
      }
      await shortcut(page, tabId);
      await page.waitForTimeout(500);
      expect(await trust.quotesFor(path)).toEqual([]);
      await page.close();
    });
  }

  it('honest: a page that marks the page and the pressed paragraph with classes and data attributes as the reader presses still has the drag saved by key 1', async () => {
    const path = `/rt39/honest-marks-${Date.now()}.html`;
    const page = await openRaw(
      path,
      `const mark = (e, on) => {
        if (!e.isTrusted) return;
        document.documentElement.dataset.whatintent = on ? 'mouse' : 'idle';
        document.body.classList.toggle('pressing', on);
        e.target.closest?.('p')?.classList.toggle('is-active', on);
        const a = e.target.closest?.('article'); if (a) a.style.outline = on ? '1px solid #eee' : '';
      };
      addEventListener('pointerdown', (e) => mark(e, true), true);
      addEventListener('mousedown', (e) => mark(e, true));
      addEventListener('pointerup', (e) => mark(e, false), true);`,
    );
    expect(await selectWithMouse(page, PASSAGE)).toBe(PASSAGE);
    await page.waitForTimeout(300);
    await page.keyboard.press('1');
    await expect.poll(() => trust.quotesFor(path)).toEqual([PASSAGE]);
    await page.close();
  });

  it('honest: a drag across a link whose tooltip the page takes over as the pointer passes (Wikipedia’s previews) is saved by key 1', async () => {
    const path = `/rt39/honest-tooltip-${Date.now()}.html`;
    const page = await openRaw(
      path,
      `document.addEventListener('DOMContentLoaded', () => {
        const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = w.nextNode(); n; n = w.nextNode()) {
          const i = n.data.indexOf('Security Council'); if (i < 0) continue;
          const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 'Security Council'.length);
          const a = document.createElement('a'); a.href = '#un'; a.title = 'The Security Council';
          r.surroundContents(a);
          a.addEventListener('mouseover', () => {
            a.title = '';
            a.setAttribute('aria-describedby', 'preview-1'); a.setAttribute('aria-expanded', 'true');
          });
          break;
        }
      });`,
    );
    expect(await selectWithMouse(page, PASSAGE)).toBe(PASSAGE);
    // The drag ended on the link: the page took its tooltip over.
    expect(await page.evaluate(() => document.querySelector('a[href="#un"]')?.getAttribute('title'))).toBe('');
    await page.waitForTimeout(300);
    await page.keyboard.press('1');
    await expect.poll(() => trust.quotesFor(path)).toEqual([PASSAGE]);
    await page.close();
  });
});

describe('wave 26: a word the page hides inside the reader’s passage during the press and shows at the release', () => {
  // The page lays "never " between "have" and "found" and hides it while the button is down, by a rule of its
  // stylesheet (no change to the document), then shows it at pointerup: the selection's range is the reader's, but
  // its words read "have never found". Before: saved by key 1 and the shortcut, in each of the three ways.
  const LAY = layInPassage('never ');
  for (const [way, hidden] of [
    ['display: none', 'display:none'],
    ['visibility: hidden', 'visibility:hidden'],
    ['font-size: 0', 'font-size:0'],
  ]) {
    it(`hidden by ${way}: neither key 1 nor the shortcut saves the changed words`, async () => {
      const path = `/wave26/inside-${hidden.replace(/\W+/g, '-')}-${Date.now()}.html`;
      const page = await openRaw(
        path,
        `${LAY}
        const rule = () => document.getElementById('rt').sheet.cssRules[0].style;
        addEventListener('pointerdown', (e) => { if (e.isTrusted) rule().cssText = '${hidden}'; }, true);
        addEventListener('pointerup', (e) => { if (e.isTrusted) rule().cssText = ''; }, true);`,
        `<style id="rt">#plant{${hidden}}</style>`,
      );
      const tabId = await tabIdOf(trust.session, page);
      for (let i = 0; i < 2; i++) {
        await dragOverPlant(page);
        // The page showed its word at the release: the selection reads it.
        expect(await page.evaluate(() => String(getSelection()))).toContain('have never found');
        await page.waitForTimeout(300);
        await page.keyboard.press('1');
        await page.waitForTimeout(800);
      }
      await shortcut(page, tabId);
      await page.waitForTimeout(500);
      expect(await trust.quotesFor(path)).toEqual([]);
      await page.close();
    });
  }
});

describe('red team 42: a page that puts its own pointerup listener before Lede’s by rewriting itself', () => {
  // document.open() erases every listener of the window, Lede's included; the page registers its own capture
  // listeners as it writes itself again, before Lede listens again, so its pointerup listener shows and selects its
  // hidden label before Lede reads the release. Before: saved by key 1 and the shortcut, whether the rewrite came
  // before Lede watched for one or after.
  const ATTACK = `${LAID_BESIDE_PASSAGE}
    addEventListener('pointerup', (e) => { const s = document.getElementById('plant'); if (!e.isTrusted || !s) return;
      pos(e); s.closest('p').classList.add('show'); getSelection().selectAllChildren(s); }, true);
    addEventListener('pointerdown', () => { document.querySelector('p.show')?.classList.remove('show'); });`;
  const CSS =
    '<style>#plant{display:none} p.show #plant{display:inline;position:fixed;left:var(--x);top:var(--y);font:16px serif;background:#fff;white-space:nowrap;z-index:9}</style>';
  for (const after of [100, 6000]) {
    it(`rewritten ${after} ms after load: neither key 1 nor the shortcut saves the label, and the shortcut says why`, async () => {
      const inner = SAMPLE.replace('<head>', `<head><script>${ATTACK}</script>`).replace('</body>', `${CSS}</body>`);
      const js = JSON.stringify(inner)
        .replace(/<\/script/gi, '<\\/script')
        .replace(/<!--/g, '<\\!--');
      const path = `/rt42/order-${after}-${Date.now()}.html`;
      trust.server.route(path, {
        body: `<!doctype html><html><head><script>
          setTimeout(() => { document.open(); document.write(${js}); document.close(); }, ${after});
          </script></head><body><p>loading</p></body></html>`,
      });
      const page = await trust.session.context.newPage();
      await page.goto(`${trust.server.url}${path}`);
      await page.bringToFront();
      await page.waitForTimeout(after + 3500);
      expect(await page.evaluate(() => document.body.textContent?.includes('Beijing and Moscow'))).toBe(true);
      const tabId = await tabIdOf(trust.session, page);
      await selectWithMouse(page, PASSAGE);
      await expect.poll(() => page.evaluate(() => String(getSelection()))).toBe('Xi Jinping was right');
      await page.waitForTimeout(300);
      await page.keyboard.press('1');
      await page.waitForTimeout(800);
      await selectWithMouse(page, PASSAGE);
      const reply = (await shortcut(page, tabId)) as { ok?: boolean; reason?: string };
      expect(reply.reason).toContain('rewrote itself');
      await page.waitForTimeout(500);
      expect(await trust.quotesFor(path)).toEqual([]);
      await page.close();
    });
  }
});
