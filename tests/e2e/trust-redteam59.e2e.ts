// Red team 59 (wave 39): what red team 58 left untried. The key frame's document struck (its root replaced, its body
// replaced or removed once the frame is sealed in it), a route moved as the reader asks for a note, a page that
// forges the key frame's conditions without a note, and a page that lays its own look-alike of Lede's UI over the
// real one. Real Chromium, built extension.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { centreOf, clickText, piercedText, pressClosingEditor, selectWithMouse } from '../../scripts/lib/reader';
import { clickNoteAfterRewrite, heard, noteOpenedAfterRewrite, wholeButOne } from './rewrite-support';
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
  'shows a modal dialog of its own, focusing a field in it': `const d = document.createElement('dialog'); const f = document.createElement('input'); d.append(f); document.body.append(d); d.showModal(); f.focus();`,
} as const;

describe('red team 59: the key frame’s document struck', () => {
  for (const [name, strike] of Object.entries(STRIKES)) {
    it(`B a page that rewrote itself ${name} as the key frame takes the focus: it hears no key of the note`, async () => {
      const path = `/rt59/well-${name.split(' ').slice(0, 2).join('-')}-${name.length}.html`;
      await noteOpenedAfterRewrite(t, path, '', { listen: 'same task', strike });
    });
  }
});

/**
 * When the page moves its route (pushState, and a new title) around the reader's Note on the toolbar (the page hears no
 * press on Lede's toolbar, so it goes by the selection: its drag's click, or its emptying as Lede takes it at Note).
 */
const ROUTE_AT = {
  'as the drag that selected ends (its click)': `addEventListener('click', () => { if (String(getSelection()).length > 10) move(); }, true);`,
  '80 ms after the drag that selected': `addEventListener('click', () => { if (String(getSelection()).length > 10) setTimeout(move, 80); }, true);`,
  'as Lede takes the selection at Note': `let had = false; document.addEventListener('selectionchange', () => { const now = String(getSelection()).length > 10; if (had && !now) move(); had = now; });`,
  '50 ms after Lede takes the selection at Note': `let had = false; document.addEventListener('selectionchange', () => { const now = String(getSelection()).length > 10; if (had && !now) setTimeout(move, 50); had = now; });`,
} as const;

describe('red team 59: a route moved as the reader asks for a note', () => {
  for (const [when, how] of Object.entries(ROUTE_AT)) {
    it(`N the page moves its route ${when}, the reader pressing Note and typing: nothing is filed under the other story, and the page hears no key`, async () => {
      const path = `/rt59/route-note-${when.replace(/[^a-z0-9]+/g, '-')}.html`;
      const other = `/rt59/other-story-${when.replace(/[^a-z0-9]+/g, '-')}.html`;
      const page = await t.openPage(
        path,
        `${KEYLOG} let moved = false; const move = () => { if (moved) return; moved = true;
          history.pushState({}, '', ${JSON.stringify(other)}); document.title = 'Another story'; }; ${how}`,
      );
      await page.bringToFront();
      expect(await selectWithMouse(page, PASSAGE)).toBe(PASSAGE);
      await page.waitForTimeout(300);
      const note = await centreOf(page, 'data-action', 'note');
      await page.mouse.click(note.x, note.y);
      // The reader types the note at once, as the editor comes (Lede keeps the keys for it meanwhile).
      await page.keyboard.type('Filed where read', { delay: 30 });
      await page.waitForTimeout(300);
      if (page.frames().some((f) => f.url().includes('/note-editor.html')))
        await pressClosingEditor(page, 'Control+Enter');
      await page.waitForTimeout(800);
      expect(await page.evaluate(() => location.pathname)).toBe(other);
      expect(await t.quotesFor(other)).toEqual([]);
      // Filed under the page the reader read, with the note, or not at all.
      if ((await t.quotesFor(path)).length) expect(await t.noteFor(path)).toBe('Filed where read');
      // Refused (the address moved): the reader is shown the words to copy.
      else await expect.poll(() => piercedText(page, 'role', 'alert'), { timeout: 5_000 }).toMatch(/Filed where read/);
      expect(await keys(page)).toBe('');
      await page.close();
    });
  }
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

/** A page's modal dialog: `window.__show()` shows it, `__d` is it. */
const MODALS = {
  // Lede cannot find it to put its UI in: the editor is blocked.
  'in a closed shadow root of its own': `const h = document.createElement('div'); document.body.append(h);
    const d = document.createElement('dialog'); h.attachShadow({ mode: 'closed' }).append(d);
    window.__show = () => d.showModal(); window.__d = d;`,
  // The topmost, though not the last in document order: Lede's UI goes into it (the build before put it in the other,
  // under it, and the editor was blocked).
  'shown after another later in the document': `const d = document.createElement('dialog'); const e = document.createElement('dialog');
    document.body.append(d, e); window.__show = () => { e.showModal(); d.showModal(); }; window.__d = d;`,
} as const;

/**
 * The dialog drawn clear over the whole window (the page seen through it), holding a look-alike of Lede's note editor
 * (a dark field) that keeps what is typed into it as `window.__stolen`.
 */
const LOOKALIKE = `__d.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh;max-width:none;max-height:none;margin:0;padding:0;border:0;background:transparent';
  const st = document.createElement('style'); st.textContent = 'dialog::backdrop { background: transparent }'; document.head.append(st);
  const f = document.createElement('textarea'); f.style.cssText = 'position:fixed;right:20px;top:120px;width:320px;height:160px;background:#1f2328;color:#fff;border:0;border-radius:8px';
  f.addEventListener('input', () => (window.__stolen = f.value)); __d.append(f); window.__stolen = '';
  window.__fake = f;`;

/** The draft Lede keeps of a highlight's note (lib/note-draft.ts), read in an extension page. */
const drafts = (probe: Page) =>
  probe.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } };
    };
    const all = await chrome.storage.local.get(null);
    return Object.entries(all)
      .filter(([k]) => k.startsWith('noteDraft:'))
      .map(([, v]) => (v as { note: string }).note);
  });

/** The reader highlights PASSAGE and opens its note; the page shows its dialog and focuses its look-alike at the press. */
async function noteUnderLookalike(path: string, make: string): Promise<Page> {
  const page = await t.openPage(
    path,
    `${KEYLOG} document.addEventListener('DOMContentLoaded', () => { ${make} ${LOOKALIKE} });`,
  );
  await t.highlight(page, PASSAGE);
  await expect.poll(() => t.quotesFor(path)).toEqual([PASSAGE]);
  await page.mouse.move(1, 1);
  await page.evaluate(() => {
    const w = window as unknown as { __keys: string; __show: () => void; __fake: HTMLElement };
    w.__keys = '';
    addEventListener(
      'pointerdown',
      () =>
        setTimeout(() => {
          w.__show();
          w.__fake.focus();
        }, 0),
      { once: true, capture: true },
    );
  });
  await clickText(page, 'common cause');
  await page.waitForTimeout(1000);
  await page.keyboard.type('Secret source Ivanov', { delay: 40 });
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __stolen: string }).__stolen)).toBe('');
  expect(await keys(page)).toBe('');
  return page;
}

describe('red team 59: a look-alike of Lede’s note editor in a modal dialog the page shows over the real one', () => {
  it('M the dialog in a closed shadow root of its own, shown as the reader opens a note, its look-alike focused: the page gets none of the words, kept in the note’s draft', async () => {
    // The page's modal dialog makes everything outside it inert, Lede's editor included, and is drawn above it:
    // the editor cannot be shown or take the focus, so it closes and the reader is told (noteEditorBlocked).
    // Before the mend the reader's words went on into the look-alike: the page read "Secret source Ivanov".
    const page = await noteUnderLookalike(
      '/rt59/lookalike-shadow-modal.html',
      MODALS['in a closed shadow root of its own'],
    );
    await expect.poll(() => piercedText(page, 'role', 'alert')).toMatch(/blocks Lede's note editor/);
    await expect.poll(() => drafts(t.probe)).toContain('Secret source Ivanov');
    await page.close();
  });

  it('M2 the dialog shown after another that comes later in the document: the editor lives in the topmost, and the note is saved whole', async () => {
    // Lede's UI host went into the last modal dialog in document order, inert under the topmost: the editor was
    // blocked (and before the first mend the page read every word).
    const path = '/rt59/lookalike-two-modals.html';
    const page = await noteUnderLookalike(path, MODALS['shown after another later in the document']);
    await pressClosingEditor(page, 'Control+Enter');
    await expect.poll(() => t.noteFor(path)).toBe('Secret source Ivanov');
    await page.close();
  });
});

/**
 * A cover over the whole window, opaque, holding a look-alike of Lede's toolbar (at `bar`, the real one's place) and
 * of its editor (a dark field); `window.__show()` lays it. Clicks on the look-alike count in `__clicks`, words typed
 * into its field in `__stolen`.
 */
const COVERS = {
  'a popover (top layer)': `const c = document.createElement('div'); c.popover = 'manual'; window.__show = () => { document.body.append(c); c.showPopover(); };`,
  'a fixed box at the top z-index': `const c = document.createElement('div'); window.__show = () => document.documentElement.append(c);`,
} as const;
const LOOK = `c.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh;margin:0;padding:0;border:0;background:#fff;z-index:2147483647';
  window.__clicks = 0; window.__stolen = '';
  const bar = document.createElement('button'); bar.style.cssText = 'position:fixed;background:#1f2328;width:240px;height:32px;border:0';
  bar.onclick = () => window.__clicks++; c.append(bar);
  const f = document.createElement('textarea'); f.style.cssText = 'position:fixed;right:20px;top:120px;width:320px;height:160px;background:#1f2328;color:#fff;border:0';
  f.addEventListener('input', () => (window.__stolen = f.value)); c.append(f);
  window.__place = (x, y) => { bar.style.left = (x - 120) + 'px'; bar.style.top = (y - 16) + 'px'; };
  window.__fake = f;`;

describe('red team 59: a look-alike of Lede’s UI laid over the real one', () => {
  for (const [name, make] of Object.entries(COVERS)) {
    it(`L ${name} with a look-alike toolbar laid over the toolbar: the reader’s click is Lede’s, or the reader is told`, async () => {
      const path = `/rt59/cover-bar-${name.split(' ')[1]}.html`;
      const page = await t.openPage(path, `document.addEventListener('DOMContentLoaded', () => { ${make} ${LOOK} });`);
      await page.bringToFront();
      expect(await selectWithMouse(page, PASSAGE)).toBe(PASSAGE);
      await page.waitForTimeout(400);
      const blue = await centreOf(page, 'data-color', 'blue');
      await page.evaluate((b) => {
        const w = window as unknown as { __place: (x: number, y: number) => void; __show: () => void };
        w.__place(b.x, b.y);
        w.__show();
      }, blue);
      await page.waitForTimeout(400);
      await t.clickedBlueOrTold(page, path, blue);
      await page.close();
    });

    it(`L ${name} with a look-alike editor laid over the open note editor, its field focused: the page gets none of the words`, async () => {
      const path = `/rt59/cover-editor-${name.split(' ')[1]}.html`;
      const page = await t.openPage(
        path,
        `${KEYLOG} document.addEventListener('DOMContentLoaded', () => { ${make} ${LOOK} });`,
      );
      await t.openNoteOnPassage(page, path);
      await page.keyboard.type('Secret ', { delay: 30 });
      await page.evaluate(() => {
        const w = window as unknown as { __keys: string; __show: () => void; __fake: HTMLElement };
        w.__keys = '';
        w.__show();
        w.__fake.focus();
      });
      await page.waitForTimeout(300);
      await page.keyboard.type('source Ivanov', { delay: 40 });
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { __stolen: string }).__stolen)).toBe('');
      expect(await keys(page)).toBe('');
      await pressClosingEditor(page, 'Control+Enter');
      await expect.poll(() => t.noteFor(path)).toBe('Secret source Ivanov');
      await page.close();
    });
  }
});

describe('red team 59: a rewritten page’s modal dialog the key frame cannot reach', () => {
  it('B6 a page that rewrote itself shows a modal dialog from a closed shadow root of its own, a field of its own focused, as the key frame takes the focus: it hears none of the note, kept in its draft', async () => {
    // Everything outside the page's modal dialog is inert, the key frame and the editor included, and no attribute
    // says so that Lede could take off; the page's listener comes first on its window. Before the mend the page heard
    // "oes counted twice" of "Vetoes counted twice". Now the key frame shows its own dialog modal, above the page's;
    // the editor, drawn under the page's dialog, is blocked, and the words typed are held for the note's draft.
    const path = '/rt59/rewritten-shadow-modal.html';
    const page = await clickNoteAfterRewrite(t, path, '', {
      listen: 'same task',
      strike: `const h = document.createElement('div'); document.body.append(h); const d = document.createElement('dialog');
        const f = document.createElement('textarea'); d.append(f); h.attachShadow({ mode: 'closed' }).append(d); d.showModal(); f.focus();`,
    });
    await page.keyboard.type('Vetoes counted twice', { delay: 30 });
    await page.waitForTimeout(500);
    expect(await heard(page)).toBe('');
    expect(await page.evaluate(() => sessionStorage.getItem('struck'))).toBe('1');
    await expect.poll(() => piercedText(page, 'role', 'alert')).toMatch(/blocks Lede's note editor/);
    // Every word kept (one letter may fall between Lede's key frame and its dialog as the focus moves into it, heard
    // by no one: see wholeButOne).
    await expect
      .poll(async () => (await drafts(t.probe)).some((d) => wholeButOne(d, 'Vetoes counted twice')))
      .toBe(true);
    await page.close();
  });
});
