// The in-page reader by keyboard and screen reader, in real Chromium with the built extension: the note mark, the
// toolbar reached with Tab and its colours' meanings, Alt+Shift+N, the shortcut list, and what the live region says.
// Lede's UI is in a closed shadow root, so these tests read what assistive tech reads: Chromium's accessibility tree.
import { mkdirSync, readFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  clickText,
  paintedGroups,
  paintedHighlights,
  pressClosingEditor,
  selectWithMouse,
  waitForNoteEditor,
} from '../../scripts/lib/reader';
import { countPixels, decodePng } from './png';
import { openArticle, useE2E } from './support';

const SENTENCE = 'Beijing and Moscow have found common cause on the United Nations Security Council';
const SECOND = 'Russian President Vladimir Putin offered the seat next to him';
const SAMPLE = readFileSync('tests/fixtures/seed/article.html', 'utf8');
const SHOTS = '.output/screens';

const env = useE2E();

interface AxNode {
  nodeId: string;
  role?: { value?: string };
  name?: { value?: string };
  ignored?: boolean;
  childIds?: string[];
  properties?: { name: string; value: { value?: unknown } }[];
}

async function axTree(cdp: CDPSession): Promise<AxNode[]> {
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  return nodes;
}

const prop = (n: AxNode, name: string) => n.properties?.find((p) => p.name === name)?.value.value;

/** Role and name of the control that has the keyboard focus, as a screen reader hears it. */
async function focused(cdp: CDPSession): Promise<string> {
  const hit = (await axTree(cdp)).filter((n) => prop(n, 'focused') === true && n.role?.value !== 'RootWebArea');
  const n = hit[hit.length - 1];
  return n ? `${n.role?.value}: ${n.name?.value}` : '';
}

/** The text of Lede's polite live region(s) and of any visible tooltip, from the accessibility tree. */
async function spoken(cdp: CDPSession, role: 'status' | 'tooltip' | 'dialog'): Promise<string[]> {
  const nodes = await axTree(cdp);
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const text = (n: AxNode): string =>
    n.role?.value === 'StaticText'
      ? String(n.name?.value ?? '')
      : (n.childIds ?? [])
          .map((id) => byId.get(id))
          .filter((c): c is AxNode => !!c)
          .map(text)
          .join(' ');
  return nodes
    .filter((n) => n.role?.value === role && !n.ignored && (role !== 'status' || prop(n, 'live') === 'polite'))
    .map((n) => text(n).replace(/\s+/g, ' ').trim());
}

/** True while Lede's toast offers an Undo button (read from the accessibility tree: the UI is in a closed root). */
async function undoOffered(cdp: CDPSession): Promise<boolean> {
  return (await axTree(cdp)).some((n) => !n.ignored && n.role?.value === 'button' && n.name?.value === 'Undo');
}

const isMarkOrange = (r: number, g: number, b: number) => r > 180 && g > 60 && g < 130 && b < 60;

/** Orange mark pixels in a 40×30 box at the end of the highlight's last line. */
async function markPixels(page: Page, name: string): Promise<number> {
  // The highlight's boxes are in document coordinates (Lede's layer sits at the document's origin).
  // Boxes are placed before the next frame after a paint: wait for them (up to 3 s).
  let boxes: { x: number; y: number; width: number; height: number }[] = [];
  for (let i = 0; i < 30 && boxes.length === 0; i++) {
    boxes = (await paintedGroups(page)).find((g) => g.name === name)?.boxes ?? [];
    if (boxes.length === 0) await page.waitForTimeout(100);
  }
  const last = boxes[boxes.length - 1];
  const scroll = await page.evaluate(() => ({ x: window.scrollX, y: window.scrollY }));
  const end = last ? { x: last.x + last.width - scroll.x, y: last.y - scroll.y } : null;
  if (!end) throw new Error(`no ${name} highlight`);
  const clip = { x: Math.max(0, end.x - 20), y: Math.max(0, end.y - 15), width: 40, height: 30 };
  return countPixels(decodePng(await page.screenshot({ clip })), isMarkOrange);
}

/** Every element outside Lede's host, as a signature: the page's own DOM must not change. */
const pageDom = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((e) => !/^[a-z][a-z0-9]{3}-[a-z0-9]{6}$/i.test(e.tagName))
      .map((e) => e.tagName)
      .join(','),
  );

describe('the in-page reader by keyboard and screen reader', () => {
  it('a highlight with a note carries a visible mark that follows scrolling; the page DOM is untouched', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const { page } = await openArticle(env, '/seed/article.html');
    await page.setViewportSize({ width: 1000, height: 700 });
    const domBefore = await pageDom(page);
    const cdp = await env.session.context.newCDPSession(page);
    await selectWithMouse(page, SENTENCE);
    await page.waitForTimeout(100);
    await page.keyboard.press('2');
    await expect.poll(() => paintedHighlights(page)).toEqual({ 'lede-green': [SENTENCE] });
    await expect.poll(() => spoken(cdp, 'status')).toContain('Highlight saved');
    expect(await undoOffered(cdp)).toBe(true); // "Saved · Undo"
    await page.mouse.move(1, 1);
    expect(await markPixels(page, 'lede-green')).toBe(0); // no note yet: no mark
    await clickText(page, 'common cause');
    await waitForNoteEditor(page);
    // No toast under the open editor: its Undo would delete the highlight whose note is being written.
    expect(await undoOffered(cdp)).toBe(false);
    await page.keyboard.type('Count the vetoes.');
    await pressClosingEditor(page, 'Control+Enter');
    await expect.poll(() => spoken(cdp, 'status')).toContain('Note saved');
    await page.mouse.click(5, 300); // close the editor
    await page.mouse.move(1, 1);
    await expect.poll(() => markPixels(page, 'lede-green')).toBeGreaterThan(20);
    await page.screenshot({ path: `${SHOTS}/note-mark.png` });

    // Scroll: the mark moves with the passage (it is placed again on the next frame).
    await page.evaluate(() => scrollBy(0, 120));
    await page.waitForTimeout(200);
    expect(await markPixels(page, 'lede-green')).toBeGreaterThan(20);
    expect(await pageDom(page)).toBe(domBefore);
    await page.close();
  });

  it('Tab enters the toolbar, arrows move, each colour says its meaning on focus, n writes a note, ? lists the shortcuts', async () => {
    const { page } = await openArticle(env, '/seed/article.html');
    await page.setViewportSize({ width: 1000, height: 700 });
    const cdp = await env.session.context.newCDPSession(page);
    await selectWithMouse(page, SECOND);
    await page.waitForTimeout(100);
    await page.keyboard.press('Tab');
    expect(await focused(cdp)).toBe('button: Important (key 1)');
    // The reader's keys in Lede's toolbar are Lede's: the page hears none of them (which colour they move to).
    await page.evaluate(() => {
      const w = window as unknown as { __heard: string[] };
      w.__heard = [];
      for (const t of ['keydown', 'keyup'])
        addEventListener(t, (e) => w.__heard.push(`${t}:${(e as KeyboardEvent).key}`), true);
    });
    await page.keyboard.press('ArrowRight');
    expect(await focused(cdp)).toBe('button: Evidence (key 2)');
    expect(await spoken(cdp, 'tooltip')).toEqual(['Evidence (key 2)']);
    await page.keyboard.press('Tab');
    expect(await focused(cdp)).toBe('button: Background (key 3)');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(cdp)).toBe('button: Evidence (key 2)');
    expect(await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard)).toEqual([]);
    expect(await page.evaluate(() => String(getSelection()))).toBe(SECOND); // the selection survived
    await page.screenshot({ path: `${SHOTS}/toolbar-focused.png`, clip: await toolbarClip(page) });
    await page.keyboard.press('Shift+Slash');
    await expect.poll(() => spoken(cdp, 'dialog')).toEqual([expect.stringContaining('Alt+Shift+N')]);
    const [list] = await spoken(cdp, 'dialog');
    expect(list).toMatch(/Lede keyboard shortcuts/);
    expect(await focused(cdp)).toBe('button: Close');
    await page.screenshot({ path: `${SHOTS}/shortcuts.png` });
    await page.keyboard.press('Escape');
    expect(await spoken(cdp, 'dialog')).toEqual([]);
    expect(await focused(cdp)).toBe('button: Evidence (key 2)');
    await page.keyboard.press('n');
    await waitForNoteEditor(page);
    await page.keyboard.type('Who else was at the table?');
    await pressClosingEditor(page, 'Control+Enter');
    await expect.poll(() => spoken(cdp, 'status')).toContain('Note saved');
    await expect.poll(() => paintedHighlights(page)).toMatchObject({ 'lede-yellow': [SECOND] });
    await page.close();
  });

  it('Alt+Shift+N opens the note of the highlight at or nearest the caret; deleting is announced and undone', async () => {
    const { page } = await openArticle(env, '/seed/article.html');
    const cdp = await env.session.context.newCDPSession(page);
    // The highlights from the tests above are restored, and counted for screen readers.
    await expect.poll(() => spoken(cdp, 'status'), { timeout: 10_000 }).toEqual(['2 highlights on this page']);
    // A caret just after the passage, outside it: the nearest highlight's note opens.
    await page.evaluate((needle: string) => {
      const p = [...document.querySelectorAll('p')].find((e) => e.textContent?.includes(needle))!;
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const at = n.data.indexOf(needle);
        if (at >= 0) {
          getSelection()!.collapse(n, at + needle.length + 3);
          return;
        }
      }
    }, 'next to him');
    await page.keyboard.press('Alt+Shift+N');
    const editor = await waitForNoteEditor(page);
    expect(await editor.evaluate(() => (document.querySelector('textarea') as HTMLTextAreaElement).value)).toBe(
      'Who else was at the table?',
    );
    // Delete from the editor by keyboard (Tab past tags and colours to Delete): announced, then undone.
    for (let i = 0; i < 7; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => spoken(cdp, 'status')).toEqual(['Highlight deleted']); // once: the toast is not a second live region
    expect((await paintedHighlights(page))['lede-yellow']).toBeUndefined();
    await page.keyboard.press('Control+z');
    await expect.poll(() => paintedHighlights(page)).toMatchObject({ 'lede-yellow': [SECOND] });
    await page.close();
  });

  it('Undo (button or Ctrl+Z) undoes the last action only: a save after a delete is undone, the delete stays', async () => {
    env.server.route('/undo/article.html', { body: SAMPLE });
    const { page } = await openArticle(env, '/undo/article.html');
    const cdp = await env.session.context.newCDPSession(page);
    await selectWithMouse(page, SENTENCE);
    await page.waitForTimeout(100);
    await page.keyboard.press('1');
    await expect.poll(() => paintedHighlights(page)).toEqual({ 'lede-yellow': [SENTENCE] });
    // Delete it from its editor (Tab past tags and colours to Delete): "Highlight deleted · Undo".
    await clickText(page, 'common cause');
    await waitForNoteEditor(page);
    for (let i = 0; i < 7; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => paintedHighlights(page)).toEqual({});
    // Then a new highlight: its "Saved · Undo" is now the last action.
    await selectWithMouse(page, SECOND);
    await page.waitForTimeout(100);
    await page.keyboard.press('2');
    await expect.poll(() => paintedHighlights(page)).toEqual({ 'lede-green': [SECOND] });
    await page.keyboard.press('Control+z');
    // The new highlight goes; the one deleted before stays deleted.
    await expect.poll(() => paintedHighlights(page)).toEqual({});
    expect(await undoOffered(cdp)).toBe(false);
    await page.keyboard.press('Control+z'); // nothing left to undo: nothing happens
    await page.waitForTimeout(300);
    expect(await paintedHighlights(page)).toEqual({});
    await page.close();
  });

  it('announces highlights that could not be placed on the page as it is now', async () => {
    // The same article at the same address, edited since: both highlighted passages are gone.
    env.server.route('/seed/article.html', {
      body: SAMPLE.replace(
        /Beijing and Moscow have found common cause[^<]*/,
        'The two capitals vote alike at the UN.',
      ).replace(/Russian President Vladimir Putin offered the seat[^<]*/, 'The leaders sat together at the ceremony.'),
    });
    const { page } = await openArticle(env, '/seed/article.html');
    const cdp = await env.session.context.newCDPSession(page);
    await expect.poll(() => spoken(cdp, 'status'), { timeout: 10_000 }).toEqual(['2 highlights could not be placed']);
    await page.close();
  });
});

/** A box around the selection, Lede's toolbar above it and the toolbar's tooltip above that. */
async function toolbarClip(page: Page) {
  return page.evaluate(() => {
    const r = getSelection()!.getRangeAt(0).getBoundingClientRect();
    return { x: Math.max(0, r.left - 20), y: Math.max(0, r.top - 110), width: 460, height: 150 };
  });
}
