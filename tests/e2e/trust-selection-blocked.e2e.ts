// A page that stops its text being selected: a `selectstart` listener that cancels it, `user-select: none` in its
// stylesheet, or both, from its document or from the window's capture phase. The reader's drag selected nothing and
// Lede said nothing: highlighting was switched off on that page. Now the reader is told and may let selecting work
// there again (entrypoints/content/selection-guard.ts). Real Chromium, built extension.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { paintedHighlights, readerArrives, selectWithMouse } from '../../scripts/lib/reader';
import { PASSAGE, SECOND, tintOverPassage, useTrustPage } from './trust-support';

const t = useTrustPage();

/** Cancels every selectstart (from the document, or first of all on the window's capture phase) and sets the text unselectable. */
const blocker = (where: 'document' | 'window', css: boolean): string => `
  ${where}.addEventListener('selectstart', (e) => e.preventDefault()${where === 'window' ? ', true' : ''});
  ${css ? `const s = document.createElement('style'); s.textContent = 'body, p { -webkit-user-select: none; user-select: none; }'; document.documentElement.appendChild(s);` : ''}`;

/** The old "no right click, no selecting" script: every press cancelled, before any other listener. */
const PRESS_BLOCKER = `for (const type of ['mousedown', 'pointerdown']) window.addEventListener(type, (e) => e.preventDefault(), true);`;
/** Selections are let start and emptied as soon as they change. */
const EMPTIER = `document.addEventListener('selectionchange', () => { const s = getSelection(); if (s && !s.isCollapsed) s.removeAllRanges(); });`;

/**
 * `user-select: none !important` in each paragraph's own style attribute: over any author sheet, Lede's included (an
 * inline declaration outranks every selector of the same origin and importance).
 */
const INLINE_IMPORTANT = `const lock = () => { for (const p of document.querySelectorAll('p')) for (const k of ['user-select', '-webkit-user-select']) p.style.setProperty(k, 'none', 'important'); };
  lock(); document.addEventListener('DOMContentLoaded', lock);`;
/** Its stylesheet sets the text unselectable, and every 50 ms it takes away every sheet it did not make. */
const SHEET_REMOVER = `${blocker('document', true)}
  document.addEventListener('DOMContentLoaded', () => {
    const own = new Set(document.querySelectorAll('style, link[rel=stylesheet]'));
    setInterval(() => {
      if (document.adoptedStyleSheets.length > 0) document.adoptedStyleSheets = [];
      for (const st of document.querySelectorAll('style, link[rel=stylesheet]')) if (!own.has(st)) st.remove();
    }, 50);
  });`;

/** Takes back every site's leave to select (the settings' `selectSites`), so each test starts as a first visit. */
async function forgetSelectSites(): Promise<void> {
  await t.probe.evaluate(async () => {
    const api = (
      globalThis as unknown as {
        chrome: { storage: { local: { get(k: string): Promise<unknown>; set(v: object): Promise<void> } } };
      }
    ).chrome;
    const { settings } = (await api.storage.local.get('settings')) as { settings?: Record<string, unknown> };
    if (settings) await api.storage.local.set({ settings: { ...settings, selectSites: [] } });
  });
}

interface AxNode {
  role?: { value?: string };
  name?: { value?: string };
  ignored?: boolean;
  backendDOMNodeId?: number;
}

/** Lede's words and buttons on the page, read from the accessibility tree (its UI is in a closed shadow root). */
async function ledeSays(page: Page): Promise<{ text: string; buttons: AxNode[] }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    const live = nodes.filter((n) => !n.ignored);
    return {
      text: live
        .filter((n) => n.role?.value === 'StaticText')
        .map((n) => String(n.name?.value ?? ''))
        .join(' | '),
      buttons: live.filter((n) => n.role?.value === 'button'),
    };
  } finally {
    await cdp.detach();
  }
}
const toastText = async (page: Page): Promise<string> => {
  const { text } = await ledeSays(page);
  return /stops its text|select text on this site/.test(text) ? text : '';
};

/** Clicks Lede's "Let me select" as the reader does: the mouse at the button's middle. */
async function clickToastAction(page: Page): Promise<void> {
  const button = (await ledeSays(page)).buttons.find((n) => n.name?.value === 'Let me select');
  expect(button, 'the toast offers "Let me select"').toBeDefined();
  const cdp = await page.context().newCDPSession(page);
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: button!.backendDOMNodeId })) as {
    model: { content: number[] };
  };
  await cdp.detach();
  const [x1, y1, , , x3, y3] = model.content;
  await page.mouse.click((x1! + x3!) / 2, (y1! + y3!) / 2);
}

describe('a page that stops its text being selected', () => {
  beforeEach(forgetSelectSites);
  for (const [name, script] of [
    ['its document cancels selectstart', blocker('document', false)],
    ['its text is user-select: none', blocker('document', true)],
    [
      'it cancels selectstart first, on the window’s capture phase, and sets user-select: none',
      blocker('window', true),
    ],
    ['it cancels each press (mousedown and pointerdown), first, on the window’s capture phase', PRESS_BLOCKER],
    ['it empties the selection whenever it changes', EMPTIER],
    ['its paragraphs are user-select: none !important in their own style attribute', INLINE_IMPORTANT],
    ['it takes away every style sheet it did not make, every 50 ms', SHEET_REMOVER],
    [
      'it empties the selection as the button comes up',
      `document.addEventListener('mouseup', () => getSelection().removeAllRanges());`,
    ],
  ] as const) {
    it(`${name}: the reader is told, lets selecting work here, and highlights`, async () => {
      const path = `/selection-blocked/${name.replace(/\W+/g, '-')}.html`;
      const page = await t.openPage(path, script);
      // The drag selects nothing, as the page wants; Lede says why and offers to let selecting work.
      expect(await selectWithMouse(page, PASSAGE)).toBe('');
      await expect.poll(() => toastText(page), { timeout: 15_000 }).toContain('stops its text from being selected');
      if (name.startsWith('its document')) await page.screenshot({ path: '.output/screens/selection-blocked.png' });
      await clickToastAction(page);
      await expect.poll(() => toastText(page)).toContain('You can select text on this site now');
      // Now the same drag selects the passage, and key 1 highlights it.
      await t.highlight(page, PASSAGE);
      await expect.poll(() => t.quotesFor(path), { timeout: 10_000 }).toEqual([PASSAGE]);
      await expect.poll(() => paintedHighlights(page)).toMatchObject({ 'lede-yellow': [PASSAGE] });
      expect(await tintOverPassage(page)).toBeGreaterThan(1500);
      await t.highlight(page, SECOND, '2');
      await expect.poll(() => t.quotesFor(path), { timeout: 10_000 }).toEqual([PASSAGE, SECOND]);
      await page.close();
    });
  }

  it('a page that empties the selection every 100 ms, whatever the reader does: told, Let me select, and keys 1 and 2 save what the reader dragged over', async () => {
    // No listener of Lede's can keep a timer from emptying the selection: Lede selects the words dragged over itself,
    // from the press's caret to the release's, and a key acts on them after the page has emptied the selection again.
    const path = '/selection-blocked/timer.html';
    const page = await t.openPage(path, 'setInterval(() => getSelection().removeAllRanges(), 100);');
    expect(await selectWithMouse(page, PASSAGE)).toBe('');
    await expect.poll(() => toastText(page), { timeout: 15_000 }).toContain('stops its text from being selected');
    await clickToastAction(page);
    await expect.poll(() => toastText(page)).toContain('You can select text on this site now');
    for (const [text, key] of [
      [PASSAGE, '1'],
      [SECOND, '2'],
    ] as const) {
      await selectWithMouse(page, text);
      // A reader's pause before the key: the page has emptied the selection by then.
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => String(getSelection()))).toBe('');
      await page.keyboard.press(key);
      await expect.poll(() => t.quotesFor(path), { timeout: 10_000 }).toContain(text);
    }
    expect(await t.quotesFor(path)).toEqual([PASSAGE, SECOND]);
    await expect
      .poll(() => paintedHighlights(page))
      .toMatchObject({ 'lede-yellow': [PASSAGE], 'lede-green': [SECOND] });
    await page.close();
  });

  it('the same page slipping a word of its own into the dragged passage as the button comes up gets nothing saved', async () => {
    // After Let me select, what Lede selects for the reader is read at the release, before the page hears it: a word
    // the page adds in its own pointerup listener is not the reader's.
    const path = '/selection-blocked/timer-slip.html';
    const script = `setInterval(() => getSelection().removeAllRanges(), 100);
      let armed = false;
      addEventListener('keydown', (e) => { if (e.key === 'a') armed = true; });
      document.addEventListener('pointerup', () => {
        if (!armed) return;
        const p = [...document.querySelectorAll('p')].find((x) => x.textContent.includes('have found common'));
        const w = [...p.childNodes].find((n) => n.nodeType === 3 && n.data.includes('have found'));
        const at = w.data.indexOf('found');
        const rest = w.splitText(at);
        p.insertBefore(document.createTextNode('never '), rest);
      });`;
    const page = await t.openPage(path, script);
    expect(await selectWithMouse(page, PASSAGE)).toBe('');
    await expect.poll(() => toastText(page), { timeout: 15_000 }).toContain('stops its text from being selected');
    await clickToastAction(page);
    await expect.poll(() => toastText(page)).toContain('You can select text on this site now');
    // The control: with the page quiet, the drag and key 1 save the passage.
    await selectWithMouse(page, SECOND);
    await page.waitForTimeout(300);
    await page.keyboard.press('1');
    await expect.poll(() => t.quotesFor(path), { timeout: 10_000 }).toEqual([SECOND]);
    await page.keyboard.press('a');
    await selectWithMouse(page, PASSAGE);
    await page.waitForTimeout(300);
    await page.keyboard.press('2');
    await page.waitForTimeout(2_000);
    expect(await page.evaluate(() => document.body.textContent!.includes('have never found'))).toBe(true);
    expect(await t.quotesFor(path)).toEqual([SECOND]);
    await page.close();
  });

  it('nothing is said and nothing changes where the page lets the reader select, or for a click', async () => {
    const path = '/selection-blocked/honest.html';
    const page = await t.openPage(path);
    await t.highlight(page, PASSAGE);
    await expect.poll(() => t.quotesFor(path), { timeout: 10_000 }).toEqual([PASSAGE]);
    expect(await toastText(page)).not.toContain('stops its text');
    await page.close();
    // A click (no drag) on a page that blocks selecting is no attempt to select: no word from Lede.
    const blocked = '/selection-blocked/click.html';
    const other = await t.openPage(blocked, blocker('document', true));
    const box = await other.evaluate((needle) => {
      const p = [...document.querySelectorAll('p')].find((x) => x.textContent?.includes(needle))!;
      p.scrollIntoView({ block: 'center' });
      const r = p.getBoundingClientRect();
      return { x: r.left + 40, y: r.top + 8 };
    }, 'common cause');
    await other.mouse.click(box.x, box.y);
    await other.waitForTimeout(1500);
    expect(await toastText(other)).toBe('');
    // And the page's own rule stands until the reader asks.
    expect(await other.evaluate(() => getComputedStyle(document.querySelector('p')!).userSelect)).toBe('none');
    await other.close();
  });

  it('Let me select is remembered for the site: its next page is let select after one drag, and the library lists the site', async () => {
    const first = '/selection-blocked/remembered-1.html';
    const page = await t.openPage(first, blocker('document', true));
    expect(await selectWithMouse(page, PASSAGE)).toBe('');
    await expect.poll(() => toastText(page), { timeout: 15_000 }).toContain('stops its text from being selected');
    await clickToastAction(page);
    await expect.poll(() => toastText(page)).toContain('You can select text on this site now');
    await page.close();
    // Another page of the same site, which has no notes: its first drag is stopped (Lede is not loaded there until
    // the reader acts), then Lede lets it select without asking again.
    const second = '/selection-blocked/remembered-2.html';
    const next = await t.openPage(second, blocker('document', true));
    expect(await selectWithMouse(next, PASSAGE)).toBe('');
    await expect.poll(() => toastText(next), { timeout: 15_000 }).toContain('You can select text on this site now');
    expect((await ledeSays(next)).buttons.some((b) => b.name?.value === 'Let me select')).toBe(false);
    await t.highlight(next, PASSAGE);
    await expect.poll(() => t.quotesFor(second), { timeout: 10_000 }).toEqual([PASSAGE]);
    // A page of the site with notes lets the reader select from its start: no stopped drag first.
    await next.reload();
    await readerArrives(next);
    await expect.poll(() => paintedHighlights(next), { timeout: 10_000 }).toMatchObject({ 'lede-yellow': [PASSAGE] });
    await t.highlight(next, SECOND, '2');
    await expect.poll(() => t.quotesFor(second), { timeout: 10_000 }).toEqual([PASSAGE, SECOND]);
    await next.close();
    // The library's settings list the site, where the reader can take the leave back.
    const library = await t.session.context.newPage();
    await library.goto(`chrome-extension://${t.session.extensionId}/notes.html`);
    await expect
      .poll(() => library.locator('#lib-select').inputValue(), { timeout: 10_000 })
      .toBe(new URL(t.server.url).hostname);
    await library.close();
  });
});
