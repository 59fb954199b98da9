// Red team 59 (wave 39): what red team 58 left untried. The key frame's document struck (its root replaced, its body
// replaced or removed once the frame is sealed in it), a route moved as the reader asks for a note, a page that
// forges the key frame's conditions without a note, and a page that lays its own look-alike of Lede's UI over the
// real one. Real Chromium, built extension.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { centreOf, pressClosingEditor, selectWithMouse, waitForNoteEditor } from '../../scripts/lib/reader';
import { noteOpenedAfterRewrite } from './rewrite-support';
import { readStore } from './support';
import { PASSAGE, useTrustPage } from './trust-support';

const t = useTrustPage();

/** The page logs every character key it hears, from its first script on. */
const KEYLOG = `window.__keys = ''; addEventListener('keydown', (e) => { if (e.key.length === 1) window.__keys += e.key; }, true);`;
const keys = (page: Page) => page.evaluate(() => (window as unknown as { __keys: string }).__keys);

/** What the page does to the document the key frame's host (`a`) lives in, as the frame takes the focus. */
const STRIKES = {
  'replaces its root element': `const h = document.createElement('html'); h.append(document.head, document.body); document.replaceChild(h, document.documentElement);`,
  'moves the frame into its body, then replaces the body once Lede sealed it there': `document.body.append(a); setTimeout(() => { const b = document.createElement('body'); b.append(...document.body.childNodes); document.body.replaceWith(b); }, 0);`,
  'moves the frame into its body, then removes the body once Lede sealed it there': `document.body.append(a); setTimeout(() => document.body.remove(), 0);`,
  'moves the frame into its body, then gives it a body with a root of its own': `document.body.append(a); setTimeout(() => { const b = document.createElement('body'); b.append(...document.body.childNodes); b.attachShadow({ mode: 'closed' }).append(document.createElement('slot')); document.body.replaceWith(b); }, 0);`,
} as const;

describe('red team 59: the key frame’s document struck', () => {
  for (const [name, strike] of Object.entries(STRIKES)) {
    it(`B a page that rewrote itself ${name} as the key frame takes the focus: it hears no key of the note`, async () => {
      const path = `/rt59/well-${name.split(' ').slice(0, 2).join('-')}-${name.length}.html`;
      await noteOpenedAfterRewrite(t, path, '', { listen: 'same task', strike });
    });
  }
});

describe('red team 59: a route moved as the reader asks for a note', () => {
  it('N the page moves its route as the reader presses Note on the toolbar: nothing is filed under the other story', async () => {
    const path = '/rt59/route-at-note.html';
    const page = await t.openPage(
      path,
      `${KEYLOG} addEventListener('pointerdown', () => { if (String(getSelection()).length > 10) { history.pushState({}, '', '/rt59/other-story.html'); document.title = 'Another story'; } }, true);`,
    );
    await page.bringToFront();
    expect(await selectWithMouse(page, PASSAGE)).toBe(PASSAGE);
    await page.waitForTimeout(300);
    const note = await centreOf(page, 'data-action', 'note');
    await page.mouse.click(note.x, note.y);
    await page.waitForTimeout(600);
    const opened = await waitForNoteEditor(page, 4_000).catch(() => null);
    if (opened) {
      await page.keyboard.type('Filed where read', { delay: 30 });
      await pressClosingEditor(page, 'Control+Enter');
    }
    await page.waitForTimeout(800);
    const store = await readStore(t.probe);
    expect(store.annotations.filter((a) => JSON.stringify(a).includes('other-story'))).toEqual([]);
    expect(await keys(page)).toBe('');
    await page.close();
  });
});

describe('red team 59: a page that forges the key frame’s conditions without a note', () => {
  it('F the page rewrites itself and fakes a click on a highlight: no editor or key frame opens, and its field keeps the keys', async () => {
    const path = '/rt59/forged-well.html';
    const page = await t.openPage(path);
    await t.highlight(page, PASSAGE);
    await expect.poll(() => t.quotesFor(path)).toEqual([PASSAGE]);
    await page.mouse.move(1, 1);
    await page.evaluate(() => {
      const html = document.documentElement.outerHTML;
      document.open();
      document.write(html);
      document.close();
      const field = document.createElement('input');
      field.id = 'search';
      document.body.prepend(field);
      field.focus();
      setTimeout(() => {
        const p = [...document.querySelectorAll('p')].find((x) => x.textContent?.includes('common cause'))!;
        for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'])
          p.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, clientX: 100, clientY: 100 }));
        p.click();
        field.focus();
      }, 300);
    });
    await page.waitForTimeout(900);
    await page.keyboard.type('veto', { delay: 30 });
    await expect
      .poll(() => page.evaluate(() => (document.getElementById('search') as HTMLInputElement).value))
      .toBe('veto');
    expect(page.frames().filter((f) => f.url().includes('/note-editor.html'))).toEqual([]);
    await page.close();
  });
});
