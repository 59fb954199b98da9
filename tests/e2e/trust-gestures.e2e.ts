// The shortcut and the context menu save only what the reader's own gesture selected (PageSession.readerSelection),
// in real Chromium against the built extension: pages that swap the selection before the page side has loaded, take
// the reader's drag to select a passage of their own, or answer Ctrl+A with one (red team 31, wave 23; each failed
// on the build before its fix). Shift+arrow steps a page stretches far are still taken (docs/reliability.md).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { centreOfText, piercedText, pressShortcut, selectWithMouse, tabIdOf, textEnds } from '../../scripts/lib/reader';
import { PASSAGE, SAMPLE, tintOverPassage, useTrustPage } from './trust-support';

const trust = useTrustPage();
const PLANTED = 'The editors now concede that this report was fabricated and retract it in full';

async function openRaw(path: string, script: string, extraBody = ''): Promise<Page> {
  trust.server.route(path, {
    body: SAMPLE.replace('<head>', `<head><script>${script}</script>`).replace('</body>', `${extraBody}</body>`),
  });
  const page = await trust.session.context.newPage();
  await page.goto(`${trust.server.url}${path}`);
  await page.bringToFront();
  return page;
}

const shortcut = (page: Page, tabId?: number) => pressShortcut(page, trust.session.worker, tabId);

const alertOf = (page: Page) => piercedText(page, 'role', 'alert').catch(() => null);

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
 * A label of the page's ("Xi Jinping was right"), kept out of view, and `swap(e)`, which lays it under the pointer of
 * event `e` and selects it: red teams 33-35 swap it in for the reader's passage at different moments of the gesture.
 */
const PLANTED_LABEL = `document.addEventListener('DOMContentLoaded', () => {
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

/**
 * The reader's `gesture`, then key 1, twice: the first may come before the page side has loaded (the bootstrap
 * records it), the second after (the page side does). The page's label is put out of view before each, and is the
 * selection after each (the page's swap happened).
 */
async function twoGesturesThenKey1(page: Page, gesture: () => Promise<unknown>): Promise<void> {
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

describe('red team 40, A2: the page cancels the press, so no mouseup is sent and no gesture recorded', () => {
  it('the page’s label, shown and selected at pointerup, is not saved by the shortcut', async () => {
    // Chromium sends no mousedown or mouseup after a cancelled pointerdown: the reader's drag selects nothing and the
    // gesture is never judged. Before: the shortcut saved the page's label as a selection made before Lede listened.
    const path = `/rt40/a2-${Date.now()}.html`;
    const page = await openRaw(
      path,
      `${PLANTED_LABEL}
      addEventListener('pointerdown', (e) => { if (e.isTrusted) e.preventDefault(); }, true);
      addEventListener('pointerup', (e) => { if (e.isTrusted) swap(e); }, true);`,
    );
    const tabId = await tabIdOf(trust.session, page);
    for (let i = 0; i < 2; i++) {
      await selectWithMouse(page, PASSAGE);
      await expect.poll(() => page.evaluate(() => String(getSelection()))).toBe('Xi Jinping was right');
      await shortcut(page, tabId);
      await page.waitForTimeout(500);
    }
    expect(await trust.quotesFor(path)).toEqual([]);
    await page.close();
  });
});

/**
 * The page's label ("Xi Jinping was right"), laid at load just before "Beijing and Moscow", where a drag of PASSAGE
 * begins, and `pos(e)`, which writes the pointer's place as custom properties the label's rule can read.
 */
const LAID_BESIDE_PASSAGE = `document.addEventListener('DOMContentLoaded', () => {
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) {
      const i = n.data.indexOf('Beijing and Moscow'); if (i < 0) continue;
      const s = document.createElement('span'); s.id = 'plant'; s.textContent = 'Xi Jinping was right';
      n.splitText(i).before(s); break;
    }
  });
  function pos(e) { const r = document.documentElement; r.style.setProperty('--x', (e.clientX - 150) + 'px'); r.style.setProperty('--y', (e.clientY - 10) + 'px'); }`;

describe('red team 40, A1: a label laid hidden beside where a drag begins, shown at the release by what the page may change', () => {
  // At load the page lays its label, hidden by its stylesheet alone, just before "Beijing and Moscow", where a drag of
  // the passage begins; at the release it shows it under the pointer and selects it. It hides it again at the next
  // press, after Lede has read that press, so the second drag begins with the label drawn where the first left it.
  // Before: each of the first three was saved by key 1 and the shortcut (attributes on an element holding the pressed
  // caret, tooltip attributes and changes outside the selection were not counted).
  const AT = 'position:fixed;left:var(--x);top:var(--y);font:16px serif;background:#fff;white-space:nowrap;z-index:9';
  const SHOWN = `display:inline;${AT}`;
  // [how it is shown, at pointerup; how it is hidden, at pointerdown; the stylesheet; a script; more of the body]
  const ways: [string, string, string, string, string?, string?][] = [
    [
      'a class on the pressed paragraph',
      `s.closest('p').classList.add('show')`,
      `document.querySelector('p.show')?.classList.remove('show')`,
      `#plant{display:none} p.show #plant{${SHOWN}}`,
    ],
    [
      'aria-expanded on the label',
      `s.setAttribute('aria-expanded', 'true')`,
      `document.getElementById('plant')?.removeAttribute('aria-expanded')`,
      `#plant{display:none} #plant[aria-expanded="true"]{${SHOWN}}`,
    ],
    [
      'title on the label',
      `s.title = 'x'`,
      `document.getElementById('plant')?.removeAttribute('title')`,
      `#plant{display:none} #plant[title]{${SHOWN}}`,
    ],
    [
      'a class on the paragraph before the pressed one (outside the selection)',
      `s.closest('p').previousElementSibling.classList.add('show')`,
      `document.querySelector('.show')?.classList.remove('show')`,
      `#plant{display:none} .show + p #plant{${SHOWN}}`,
    ],
    [
      'a class on the pressed paragraph, hidden again by a slow fade',
      `s.closest('p').classList.add('show')`,
      `document.querySelector('p.show')?.classList.remove('show')`,
      `#plant{${SHOWN};opacity:0;transition:opacity 60s} p.show #plant{opacity:1;transition:none}`,
    ],
    // Red team 41: ways no watch of the document sees.
    [
      'a rule of the stylesheet edited (no change to the document at all)',
      `document.getElementById('rt').sheet.cssRules[0].style.display = 'inline'`,
      `document.getElementById('rt').sheet.cssRules[0].style.display = 'none'`,
      '',
      '',
      `<style id="rt">#plant{${AT};display:none}</style>`,
    ],
    [
      'the Web Animations API',
      `window.__a = s.animate([{ visibility: 'visible' }, { visibility: 'visible' }], { duration: 1e9 })`,
      `window.__a?.cancel()`,
      `#plant{${SHOWN};visibility:hidden}`,
    ],
    [
      'the pointer resting on the passage’s last words (:hover, nothing changed by script)',
      '',
      '',
      `#plant{display:none} body:has(#end:hover) #plant, body:has(#plant:hover) #plant{${SHOWN}}`,
      `addEventListener('pointermove', pos, true);
      document.addEventListener('DOMContentLoaded', () => {
        const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = w.nextNode(); n; n = w.nextNode()) {
          const i = n.data.indexOf('Security Council'); if (i < 0) continue;
          const r = document.createRange(); r.setStart(n, i + 9); r.setEnd(n, i + 16);
          const e = document.createElement('span'); e.id = 'end'; r.surroundContents(e); break;
        }
      });`,
    ],
    [
      'a style inside a closed shadow root on the label',
      `window.__sr.querySelector('style').textContent = ':host{${SHOWN}}'`,
      `window.__sr.querySelector('style').textContent = ':host{display:none}'`,
      '',
      `document.addEventListener('DOMContentLoaded', () => { const s = document.getElementById('plant');
        const r = s.attachShadow({ mode: 'closed' }); window.__sr = r; r.innerHTML = '<style>:host{display:none}</style><slot></slot>'; });`,
    ],
    [
      'its letters made transparent during the press',
      `s.closest('p').classList.add('show')`,
      `document.querySelector('p.show')?.classList.remove('show')`,
      `#plant{${SHOWN};color:transparent;background:transparent} p.show #plant{color:#000;background:#fff}`,
    ],
  ];
  for (const [way, show, hide, css, script = '', body = ''] of ways) {
    it(`shown by ${way}: neither key 1 nor the shortcut saves it`, async () => {
      const path = `/rt40/a1-${way.replace(/\W+/g, '-').slice(0, 40)}-${Date.now()}.html`;
      const page = await openRaw(
        path,
        `${LAID_BESIDE_PASSAGE}
        ${script}
        addEventListener('pointerup', (e) => { const s = document.getElementById('plant'); if (!e.isTrusted || !s) return;
          pos(e); ${show}; getSelection().selectAllChildren(s); }, true);
        addEventListener('pointerdown', () => { ${hide}; });`,
        `<style>${css}</style>${body}`,
      );
      const tabId = await tabIdOf(trust.session, page);
      await twoGesturesThenKey1(page, () => selectWithMouse(page, PASSAGE));
      await shortcut(page, tabId);
      await page.waitForTimeout(500);
      expect(await trust.quotesFor(path)).toEqual([]);
      await page.close();
    });
  }

  it('honest: a page that fades a hint in and out over the pressed paragraph, and marks it pressed, still has the drag saved by key 1 and the shortcut', async () => {
    // The page changes classes and a hint's opacity during the press, but not the selection: it is the reader's at
    // pointerup and at mouseup alike.
    const path = `/rt40/honest-hint-${Date.now()}.html`;
    const page = await openRaw(
      path,
      `addEventListener('pointerdown', (e) => { if (!e.isTrusted) return;
          const p = e.target.closest?.('p'); p?.classList.add('pressed'); document.getElementById('hint').classList.add('on'); }, true);
        addEventListener('pointerup', (e) => { if (!e.isTrusted) return;
          document.querySelector('p.pressed')?.classList.remove('pressed'); document.getElementById('hint').classList.remove('on'); }, true);`,
      `<div id="hint">Select text to share it</div><style>p{transition:background 0.3s} p.pressed{background:#f4f4ff}
        #hint{position:fixed;bottom:4px;left:4px;opacity:0;transition:opacity 0.4s} #hint.on{opacity:1}</style>`,
    );
    const tabId = await tabIdOf(trust.session, page);
    expect(await selectWithMouse(page, PASSAGE)).toBe(PASSAGE);
    await page.waitForTimeout(300);
    await page.keyboard.press('1');
    await expect.poll(() => trust.quotesFor(path)).toEqual([PASSAGE]);
    await page.evaluate(() => getSelection()?.removeAllRanges());
    // A second passage by the shortcut, the page side loaded by now.
    const second = 'Washington and its European allies slapped sanctions';
    expect(await selectWithMouse(page, second)).toBe(second);
    await shortcut(page, tabId);
    await expect.poll(async () => (await trust.quotesFor(path)).sort()).toEqual([PASSAGE, second].sort());
    await page.close();
  });
});

/** A page script laying `html` (the page's word) between "have" and "found" in the sample's passage, as `#plant`. */
function layInPassage(html: string): string {
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
async function dragOverPlant(page: Page, whileDown?: () => Promise<void>): Promise<void> {
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

describe('red team 42: a word inside the reader’s passage drawn differently only while the button is down', () => {
  // The page lays a word between "have" and "found" and, by its stylesheet, draws it differently while the button
  // is down: hidden, or as other words. In its own pointerup listener, after Lede read the release, it draws it as
  // written again, so the range, the words and the lines read the same at the release and at mouseup. What the reader
  // saw while dragging ("have often found", "have 19 found", or a gap) is not what is saved. Before: each way saved
  // by key 1 and the shortcut, painted solid.
  const WAYS: [way: string, plant: string, during: string[], sheet: string][] = [
    ['its colour transparent', 'never ', ['color:transparent'], '#plant{}'],
    ['opacity: 0', 'never ', ['opacity:0'], '#plant{}'],
    ['clip-path: inset(50%)', 'never ', ['clip-path:inset(50%)'], '#plant{}'],
    ['-webkit-text-fill-color: transparent', 'never ', ['-webkit-text-fill-color:transparent'], '#plant{}'],
    [
      'an ::after drawing "often" over the transparent word',
      'never ',
      [
        'color:transparent;position:relative',
        'content:"often";position:absolute;left:0;top:0;color:#222;white-space:nowrap',
      ],
      '#plant{} #plant::after{}',
    ],
    ['a bidi override drawing "91" as "19"', '91 ', ['unicode-bidi:bidi-override;direction:rtl'], '#plant{}'],
    ['a ruby annotation hidden', '<ruby>&#8203;<rt>never</rt></ruby>', ['color:transparent'], 'rt{}'],
  ];
  for (const [way, plant, during, sheet] of WAYS) {
    it(`${way}: neither key 1 nor the shortcut saves the words the reader did not see`, async () => {
      const path = `/rt42/drawn-${way.replace(/\W+/g, '-')}-${Date.now()}.html`;
      const set = (css: string[]) =>
        `{ const rs = document.getElementById('rt').sheet.cssRules; ${JSON.stringify(css)}.forEach((t, i) => { rs[i].style.cssText = t; }); }`;
      const page = await openRaw(
        path,
        `${layInPassage(plant)}
        addEventListener('pointerdown', (e) => { if (e.isTrusted) ${set(during)} }, true);
        addEventListener('pointerup', (e) => { if (e.isTrusted) ${set(during.map(() => ''))} }, true);`,
        `<style id="rt">${sheet}</style>`,
      );
      const tabId = await tabIdOf(trust.session, page);
      await dragOverPlant(page);
      // The true words are selected after the release: the attack is in what the reader saw, not in the range.
      expect(await page.evaluate(() => String(getSelection()))).toMatch(/^Beijing and Moscow have .*Security Council$/);
      await page.waitForTimeout(300);
      await page.keyboard.press('1');
      await page.waitForTimeout(800);
      await dragOverPlant(page);
      await shortcut(page, tabId);
      await page.waitForTimeout(500);
      expect(await trust.quotesFor(path)).toEqual([]);
      await page.close();
    });
  }

  it('by `:active` alone, with no script (open): the drag is saved, and Lede’s own toast shows the words stored', async () => {
    // The browser, not the page, restores the word as the button comes up: nothing Lede reads at the release or at
    // mouseup differs. What was stored is shown at once, with Undo, in Lede's own toast.
    const path = `/rt42/drawn-active-${Date.now()}.html`;
    const page = await openRaw(path, layInPassage('never '), '<style>p:active #plant{color:transparent}</style>');
    await dragOverPlant(page);
    await page.waitForTimeout(300);
    await page.keyboard.press('1');
    await expect.poll(() => trust.quotesFor(path)).toEqual([PASSAGE.replace('have found', 'have never found')]);
    expect(await piercedText(page, 'class', 'toast ')).toContain(
      '“Beijing and Moscow have never found common cause on the United Nations Security Council”',
    );
    await page.close();
  });

  it('honest: a page that inserts a share icon right after the reader’s passage in its pointerup listener has the drag saved', async () => {
    // The icon splits the passage's last text node where the selection ends. Before: refused by key 1 and the
    // shortcut, since the press watch counted every node the page changed until mouseup.
    const path = `/rt42/share-icon-${Date.now()}.html`;
    const page = await openRaw(
      path,
      `addEventListener('pointerup', (e) => { if (!e.isTrusted) return; const s = getSelection(); if (!s.rangeCount || s.isCollapsed) return;
        const r = s.getRangeAt(0).cloneRange(); r.collapse(false); const b = document.createElement('span'); b.className = 'share'; b.textContent = ' [tweet] '; r.insertNode(b); }, true);`,
    );
    const tabId = await tabIdOf(trust.session, page);
    await selectWithMouse(page, PASSAGE);
    await page.waitForTimeout(300);
    await page.keyboard.press('1');
    await expect.poll(() => trust.quotesFor(path)).toEqual([PASSAGE]);
    const second = 'found common cause on the United Nations Security Council';
    expect(await selectWithMouse(page, second)).toBe(second);
    await shortcut(page, tabId);
    await expect.poll(async () => (await trust.quotesFor(path)).sort()).toEqual([PASSAGE, second].sort());
    await page.close();
  });

  it('honest: a page that dims the pressed paragraph and recolours the selection while the button is down has the drag saved', async () => {
    const path = `/rt42/drawn-honest-${Date.now()}.html`;
    const page = await openRaw(
      path,
      `addEventListener('pointerdown', (e) => { const p = e.target.closest?.('p'); if (p) { p.style.opacity = '0.5'; p.style.color = '#555'; } }, true);
      addEventListener('pointerup', () => { for (const p of document.querySelectorAll('p')) { p.style.opacity = ''; p.style.color = ''; } }, true);`,
    );
    const tabId = await tabIdOf(trust.session, page);
    await selectWithMouse(page, PASSAGE);
    await page.waitForTimeout(300);
    await page.keyboard.press('1');
    await expect.poll(() => trust.quotesFor(path)).toEqual([PASSAGE]);
    const second = 'found common cause on the United Nations Security Council';
    expect(await selectWithMouse(page, second)).toBe(second);
    await shortcut(page, tabId);
    await expect.poll(async () => (await trust.quotesFor(path)).sort()).toEqual([PASSAGE, second].sort());
    await page.close();
  });
});

describe('red team 44: a page’s DOM churn during the press', () => {
  /** A board of 40 prices outside the article, each rewritten every frame: in place, or by a new text node. */
  const ticker = (replace: boolean) => `document.addEventListener('DOMContentLoaded', () => {
    const board = document.createElement('div'); const cells = [];
    for (let i = 0; i < 40; i++) { const s = document.createElement('span'); s.append('SYM' + i + ' 100.00 '); board.append(s); cells.push(s); }
    document.body.prepend(board); window.__writes = 0;
    const tick = () => { for (const c of cells) { const v = 'SYM ' + (100 + Math.random()).toFixed(2) + ' ';
      if (${replace}) c.replaceChildren(v); else c.firstChild.data = v; window.__writes++; } requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  });`;
  for (const replace of [false, true]) {
    it(`honest: a live price board outside the article that ${replace ? 'replaces' : 'rewrites'} its 40 cells every frame through a 1.5 s drag: saved by key 1`, async () => {
      const path = `/rt44/ticker-${replace}-${Date.now()}.html`;
      const page = await openRaw(path, ticker(replace));
      await page.waitForTimeout(500);
      const before = await page.evaluate(() => (window as unknown as { __writes: number }).__writes);
      expect(await selectWithMouse(page, PASSAGE, () => page.waitForTimeout(1500))).toBe(PASSAGE);
      // Past the old cap of 2,000 changes during the press, or the test proves nothing.
      expect(
        (await page.evaluate(() => (window as unknown as { __writes: number }).__writes)) - before,
      ).toBeGreaterThan(2000);
      await page.waitForTimeout(300);
      await page.keyboard.press('1');
      await expect.poll(() => trust.quotesFor(path)).toEqual([PASSAGE]);
      await page.close();
    });
  }

  const storms: [string, string][] = [
    [
      'rewrites one hidden text node 2,001 times',
      `const t = document.createTextNode(''); const s = document.createElement('span'); s.hidden = true; s.append(t); document.body.append(s);
      for (let i = 0; i < 2001; i++) t.data = String(i);`,
    ],
    [
      'adds 3,000 hidden elements outside the article',
      `const d = document.createElement('div'); d.hidden = true; document.body.append(d);
      for (let i = 0; i < 3000; i++) { const s = document.createElement('span'); s.textContent = String(i); d.append(s); }`,
    ],
  ];
  for (const [what, storm] of storms) {
    it(`a page that ${what} at every press: the reader’s drag is saved by key 1`, async () => {
      const path = `/rt44/storm-${what.length}-${Date.now()}.html`;
      const page = await openRaw(
        path,
        `addEventListener('pointerdown', (e) => { if (!e.isTrusted) return; ${storm} }, true);`,
      );
      for (let i = 0; i < 2; i++) {
        expect(await selectWithMouse(page, PASSAGE)).toBe(PASSAGE);
        await page.waitForTimeout(300);
      }
      await page.keyboard.press('1');
      await expect.poll(() => trust.quotesFor(path)).toEqual([PASSAGE]);
      await page.close();
    });
  }

  it('a label the page puts at the pressed point amid 3,000 elements it adds elsewhere is still refused, and the reader is told why', async () => {
    const path = `/rt44/storm-label-${Date.now()}.html`;
    const page = await openRaw(
      path,
      `${PLANTED_LABEL}
      addEventListener('pointerdown', (e) => {
        const c = document.caretRangeFromPoint(e.clientX, e.clientY);
        if (!e.isTrusted || !c || c.startContainer.nodeType !== 3) return;
        const d = document.createElement('div'); d.hidden = true; document.body.append(d);
        for (let i = 0; i < 3000; i++) { const s = document.createElement('span'); s.textContent = String(i); d.append(s); }
        const s = document.getElementById('plant'); s.style.display = 'none';
        c.startContainer.splitText(c.startOffset).before(s);
      }, true);
      addEventListener('pointerup', (e) => {
        const s = document.getElementById('plant'); if (!e.isTrusted || !s || s.parentNode === document.body) return;
        s.style.display = ''; place(e); getSelection().selectAllChildren(s);
      }, true);`,
    );
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
    await expect
      .poll(async () => (await alertOf(page)) ?? '')
      .toContain('The page changed this passage while you were selecting it');
    await shortcut(page, tabId);
    await page.waitForTimeout(500);
    expect(await trust.quotesFor(path)).toEqual([]);
    await page.close();
  });
});

describe('red team 46: a snow effect right under <body> during the press', () => {
  it('red team 46: 2,100 snowflakes under <body>, each moved every frame while the reader drags across the passage: saved by key 1 and painted', async () => {
    const path = `/rt46/snow-${Date.now()}.html`;
    const page = await openRaw(
      path,
      `document.addEventListener('DOMContentLoaded', () => {
        const flakes = Array.from({ length: 2100 }, () => { const i = document.createElement('i');
          i.style.cssText = 'position:absolute;width:2px;height:2px;background:#ccd;pointer-events:none';
          document.body.append(i); return i; });
        window.__moves = 0;
        let t = 0; (function frame() { t++;
          for (let k = 0; k < flakes.length; k++) { flakes[k].style.left = ((k * 37) % 1200) + 'px'; flakes[k].style.top = ((k * 13 + t * 2) % 900) + 'px'; }
          window.__moves += flakes.length; requestAnimationFrame(frame); })();
      });`,
    );
    const moves = () => page.evaluate(() => (window as unknown as { __moves: number }).__moves);
    let during = 0;
    expect(
      await selectWithMouse(page, PASSAGE, async () => {
        const before = await moves();
        await page.waitForTimeout(400);
        during = (await moves()) - before;
      }),
    ).toBe(PASSAGE);
    // Every flake restyled at least once while the button was down (2,100 nodes, past the watch's cap of 2,000), or
    // the test proves nothing.
    expect(during).toBeGreaterThan(2000);
    await page.waitForTimeout(300);
    await page.keyboard.press('1');
    await expect.poll(() => trust.quotesFor(path)).toEqual([PASSAGE]);
    expect(await tintOverPassage(page)).toBeGreaterThan(500);
    await page.close();
  });
});
