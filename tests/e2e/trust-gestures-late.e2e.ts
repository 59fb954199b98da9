// The shortcut, key 1 and the toolbar save only what the reader's own drag selected, in real Chromium against the
// built extension: red teams 40-46 (the press cancelled, a label laid hidden beside the drag and shown at the release,
// words drawn otherwise while the button is down, DOM churn and snow during the press), each failing on the build
// before its fix, beside honest pages that must still save. The first half: trust-gestures.e2e.ts.
import { describe, expect, it } from 'vitest';
import { piercedText, selectWithMouse, tabIdOf } from '../../scripts/lib/reader';
import {
  dragOverPlant,
  LAID_BESIDE_PASSAGE,
  layInPassage,
  PLANTED_LABEL,
  rawPages,
  twoGesturesThenKey1,
} from './gesture-support';
import { PASSAGE, tintOverPassage, useTrustPage } from './trust-support';

const trust = useTrustPage();
const { openRaw, shortcut, alertOf } = rawPages(trust);

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
