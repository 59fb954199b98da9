// Red team 61 (wave 42): classes no earlier red team named, in real Chromium with the built extension: the CSS Custom
// Highlight API painting over Lede's highlight (CH), a view transition started at the reader's key (VT), the page
// listening to selection, focus and scroll while the reader writes a note (RL), and `-webkit-text-security` drawing the
// passage as discs (TS). Each test asserts what a safe Lede does; `HELD` marks a defence that held from the start,
// `WORKED` an attack that worked on the build before wave 42's mend (the failure quoted) and fails no more.
import { describe, expect, it } from 'vitest';
import { pressClosingEditor, selectWithMouse } from '../../scripts/lib/reader';
import { PASSAGE, tintOverPassage, useTrustPage } from './trust-support';

const t = useTrustPage();

describe('red team 61: paint of the page’s own over the highlight', () => {
  // HELD: the page registers a custom highlight (CSS.highlights) over every text node of the article, painted
  // opaque white with black text, and refreshes it whenever the selection changes. Lede's highlight is drawn in its
  // own layer, not as the text's own paint, so the page's ::highlight paint does not cover it.
  it('CH a ::highlight of the page’s, opaque white over the whole article: the reader’s highlight is drawn tinted', async () => {
    const path = '/rt61/custom-highlight.html';
    const page = await t.openPage(
      path,
      `document.addEventListener('DOMContentLoaded', () => {
        const s = document.createElement('style');
        s.textContent = '::highlight(cover) { background-color: #fff; color: #000 }';
        document.head.append(s);
        const paint = () => {
          const h = new Highlight();
          const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = w.nextNode(); n; n = w.nextNode()) { const r = new Range(); r.selectNodeContents(n); h.add(r); }
          CSS.highlights.set('cover', h);
        };
        paint();
        document.addEventListener('selectionchange', paint);
      });`,
    );
    await t.highlight(page, PASSAGE);
    await expect.poll(() => t.quotesFor(path)).toEqual([PASSAGE]);
    await page.waitForTimeout(500);
    await expect.poll(() => tintOverPassage(page), { timeout: 5_000 }).toBeGreaterThan(1_500);
    await page.close();
  });
});

describe('red team 61: a view transition at the reader’s key', () => {
  // HELD: at the reader's keydown (the colour key) the page starts a view transition whose snapshot of the old
  // page, without the highlight, is held over everything for 30 s (::view-transition-old(root) with a long
  // animation). The highlight is saved, and once the transition ends (skipTransition at 2 s, as any page's own
  // transition ends) it is drawn tinted: the page can freeze what the window shows, but not keep Lede from saving.
  it('VT a view transition started at the colour key: the highlight is saved and drawn once the transition ends', async () => {
    const path = '/rt61/view-transition.html';
    const page = await t.openPage(
      path,
      `document.addEventListener('DOMContentLoaded', () => {
        const s = document.createElement('style');
        s.textContent = '::view-transition-old(root), ::view-transition-new(root) { animation-duration: 30s }';
        document.head.append(s);
      });
      addEventListener('keydown', () => {
        if (!document.startViewTransition || window.vt) return;
        window.vt = document.startViewTransition(() => new Promise((r) => setTimeout(r, 50)));
        setTimeout(() => window.vt.skipTransition(), 2000);
      }, true);`,
    );
    await t.highlight(page, PASSAGE);
    await expect.poll(() => t.quotesFor(path)).toEqual([PASSAGE]);
    expect(await page.evaluate(() => Boolean((window as unknown as { vt?: unknown }).vt))).toBe(true);
    await page.waitForTimeout(2_500);
    await expect.poll(() => tintOverPassage(page), { timeout: 5_000 }).toBeGreaterThan(1_500);
    await page.close();
  });
});

describe('red team 61: reads by what the page can observe while the reader writes', () => {
  // HELD: the page logs every selectionchange (with the selection's text and its focus node), focus and blur
  // (document's activeElement), key and input event, scroll position and resize it can see while the reader opens the
  // editor on a highlight, types a note and saves it. The log holds no character of the note: the editor is a frame
  // of Lede's own, and its selection and keys are the frame's.
  it('RL selectionchange, focus, keys, scroll and resize observed by the page while a note is written: none of the note', async () => {
    const path = '/rt61/layout-read.html';
    const page = await t.openPage(
      path,
      `window.heard = [];
      const log = (e) => window.heard.push(e.type + ':' + String(getSelection()) + ':' + (document.activeElement && document.activeElement.tagName) + ':' + (e.key || e.data || '') + ':' + scrollX + ',' + scrollY);
      for (const type of ['selectionchange', 'focusin', 'focusout', 'blur', 'focus', 'keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'compositionupdate', 'scroll', 'resize'])
        addEventListener(type, log, true), document.addEventListener(type, log, true);
      document.addEventListener('DOMContentLoaded', () => {
        new ResizeObserver((es) => es.forEach((e) => window.heard.push('resize-observed:' + e.target.tagName + ':' + e.contentRect.height))).observe(document.body);
      });`,
    );
    await t.openNoteOnPassage(page, path);
    await page.evaluate(() => ((window as unknown as { heard: string[] }).heard.length = 0));
    const note = 'zqxj wvkq';
    await page.keyboard.type(note);
    await pressClosingEditor(page, 'Control+Enter');
    await expect.poll(() => t.noteFor(path)).toBe(note);
    const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard);
    expect(heard.join('\n')).not.toMatch(/[zqxjwvk]{2}|zqxj|wvkq/);
    // The closing chord's keyups (Control, Enter) reach the page once the editor's frame is gone, as in red team 56;
    // no other key, and no input, is heard.
    expect(
      heard.filter((h) => /^key|^input|^beforeinput/.test(h) && !/^keyup::[A-Z]+:(Control|Enter):/.test(h)),
    ).toEqual([]);
    await page.close();
  });
});

describe('red team 61: a word the page draws as discs inside the reader’s passage', () => {
  // WORKED on the build before wave 42's mend (failed: `expected [ Array(1) ] to not include 'Beijing and Moscow
  // have not found com…'`); passes since unseen-text.ts counts words drawn with `-webkit-text-security` as unseen.
  // (medium, a forge of the quote's meaning): the page adds "not " in a span drawn with `-webkit-text-security: disc`
  // (a password field's dots) inside the passage: the reader sees "have •••• found" (the browser's own selection
  // text says the same), selects the line and presses 1; Lede saved "…have not found…", the DOM's letters. Saved as
  // the reader read it, or refused; never with the word the reader saw only as dots.
  it('TS a "not " drawn as discs inside the passage: the quote is never saved with the word', async () => {
    const path = '/rt61/text-security.html';
    const page = await t.openPage(
      path,
      `document.addEventListener('DOMContentLoaded', () => {
        const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = w.nextNode(); n; n = w.nextNode()) {
          const i = n.data.indexOf('have found');
          if (i < 0) continue;
          const rest = n.splitText(i + 5);
          const x = document.createElement('span'); x.style.webkitTextSecurity = 'disc'; x.textContent = 'not ';
          rest.before(x);
          break;
        }
      });`,
    );
    await page.bringToFront();
    await page.waitForTimeout(300);
    const markup = PASSAGE.replace('have found', 'have not found');
    // The browser's own text of the selection is what it draws: four discs.
    expect(await selectWithMouse(page, markup)).toBe(PASSAGE.replace('have found', 'have ••••found'));
    await page.waitForTimeout(300);
    await page.keyboard.press('1');
    await page.waitForTimeout(1500);
    expect(await t.quotesFor(path)).not.toContain(markup);
    await page.close();
  });
});
