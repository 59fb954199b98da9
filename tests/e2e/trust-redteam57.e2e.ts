// Red team 57 (wave 38): a page that moves its route under a note being written, and one that keeps Lede's own
// elements where it cannot be seen: moved into a container of its own that is not drawn, or shrunk to nothing with
// CSS zoom that its own blocks undo. Real Chromium, built extension.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clickText, pressClosingEditor, selectWithMouse, waitForNoteEditor } from '../../scripts/lib/reader';
import { countPixels, decodePng } from './png';
import { PASSAGE, REWRITE_SELECTION, tintOverPassage, useTrustPage } from './trust-support';

const t = useTrustPage();

/** The page logs every character key it hears, from its first script on. */
const KEYLOG = `window.__keys = ''; addEventListener('keydown', (e) => { if (e.key.length === 1) window.__keys += e.key; }, true);`;
const keys = (page: Page) => page.evaluate(() => (window as unknown as { __keys: string }).__keys);

describe('red team 57: a route moved under a note', () => {
  it('R1 the page moves its route (pushState) while the reader writes a note: it hears no key, and the note is saved whole', async () => {
    const path = '/rt57/route-note.html';
    const page = await t.openPage(path, KEYLOG);
    await t.openNoteOnPassage(page, path);
    await page.evaluate(() => ((window as unknown as { __keys: string }).__keys = ''));
    await page.keyboard.type('Vetoes counted ', { delay: 40 });
    // A single-page site's route to another story, its title changed with it (so the route settles at once).
    await page.evaluate(() => {
      history.pushState({}, '', '/rt57/other-story');
      document.title = 'Another story';
    });
    await page.keyboard.type('twice in the spring session', { delay: 60 });
    await page.waitForTimeout(500);
    await pressClosingEditor(page, 'Control+Enter');
    await expect.poll(() => t.noteFor(path)).toBe('Vetoes counted twice in the spring session');
    expect(await keys(page)).toBe('');
    await page.close();
  });

  it('R2 a hash-routed app moves its route the moment the editor takes the focus, before the first key: it hears no key, and the note is saved whole', async () => {
    const path = '/rt57/route-hash-note.html';
    const page = await t.openPage(
      path,
      `${KEYLOG} addEventListener('blur', () => { if (window.__armed) { window.__armed = false; location.hash = '#!/story/2'; document.title = 'Story two'; } });`,
    );
    await t.highlight(page, PASSAGE);
    await expect.poll(() => t.quotesFor(path)).toEqual([PASSAGE]);
    await page.mouse.move(1, 1);
    await page.evaluate(() => {
      const w = window as unknown as { __keys: string; __armed: boolean };
      w.__keys = '';
      w.__armed = true;
    });
    await clickText(page, 'common cause');
    await waitForNoteEditor(page);
    await page.keyboard.type('Ask the envoy about the vote count', { delay: 60 });
    await page.waitForTimeout(500);
    await pressClosingEditor(page, 'Control+Enter');
    await expect.poll(() => t.noteFor(path)).toBe('Ask the envoy about the vote count');
    expect(await keys(page)).toBe('');
    expect(await page.evaluate(() => location.hash)).toBe('#!/story/2');
    await page.close();
  });
});

/** Pixels of the dark surface of Lede's toolbar, toast and note editor (DARK_UI_COLORS.surface, #1f2328). */
const surface = (r: number, g: number, b: number) =>
  Math.abs(r - 0x1f) <= 4 && Math.abs(g - 0x23) <= 4 && Math.abs(b - 0x28) <= 4;
const surfacePixels = async (page: Page) => countPixels(decodePng(await page.screenshot()), surface);

/**
 * The reader highlights PASSAGE by drag and key 1, then writes a note on it in the editor: the toolbar, the painted
 * highlight and the editor are each drawn on screen, and the note is the one typed.
 */
async function highlightAndNoteSeen(page: Page, path: string): Promise<void> {
  await page.bringToFront();
  await page.waitForTimeout(300);
  expect(await selectWithMouse(page, PASSAGE)).toBe(PASSAGE);
  // The toolbar beside the selection: a dark bar of some 240x32 px.
  await expect.poll(() => surfacePixels(page), { timeout: 5_000 }).toBeGreaterThan(2_000);
  await page.keyboard.press('1');
  await expect.poll(() => t.quotesFor(path)).toEqual([PASSAGE]);
  await expect.poll(() => tintOverPassage(page), { timeout: 5_000 }).toBeGreaterThan(1_500);
  await page.mouse.move(1, 1);
  await clickText(page, 'common cause');
  const editor = await waitForNoteEditor(page);
  const box = (await (await editor.frameElement()).boundingBox())!;
  const shot = decodePng(await page.screenshot({ clip: box }));
  expect(countPixels(shot, surface)).toBeGreaterThan(box.width * box.height * 0.5);
  await page.keyboard.type('Seen as typed');
  await pressClosingEditor(page, 'Control+Enter');
  await expect.poll(() => t.noteFor(path)).toBe('Seen as typed');
}

/**
 * A page script that moves every element it did not make, as it is added to <html> or <body>, into a container of its
 * own that it does not draw (`jail` is set up by `how`); `window.__moved` counts the moves.
 */
const MOVE_AWAY = (how: string) => `document.addEventListener('DOMContentLoaded', () => {
  for (const el of document.querySelectorAll('head, body, body > *')) el.setAttribute('data-own', '');
  const jail = document.createElement('div');
  jail.setAttribute('data-own', '');
  ${how}
  document.body.append(jail);
  window.__moved = 0;
  const take = () => {
    for (const el of [...document.documentElement.children, ...document.body.children])
      if (!el.hasAttribute('data-own') && el.localName !== 'head' && el.localName !== 'body') {
        jail.append(el);
        window.__moved++;
      }
  };
  new MutationObserver(take).observe(document.documentElement, { childList: true });
  new MutationObserver(take).observe(document.body, { childList: true });
});`;

describe("red team 57: Lede's elements moved where the page does not draw them", () => {
  const cases: Record<string, string> = {
    'a container with display: none': `jail.style.display = 'none';`,
    'a shadow host with no slot for them': `jail.attachShadow({ mode: 'closed' });`,
  };
  it('J3 the page draws its body through a shadow root of its own that slots only its own elements: the toolbar, the highlight and the note editor are drawn', async () => {
    // Nothing of Lede's is moved: its host, a child of <body>, is assigned to no slot, so it is not drawn; and a
    // body that has a shadow root takes no second one, so Lede's elements cannot be sealed there either.
    const path = '/rt57/body-root.html';
    const page = await t.openPage(
      path,
      `document.addEventListener('DOMContentLoaded', () => {
        for (const el of document.body.children) el.slot = 'own';
        document.body.attachShadow({ mode: 'closed' }).innerHTML = '<slot name="own"></slot>';
      });`,
    );
    await highlightAndNoteSeen(page, path);
    await page.close();
  });
  for (const [name, how] of Object.entries(cases)) {
    it(`J moved into ${name}: the toolbar, the highlight and the note editor are drawn`, async () => {
      // Before the mend: 0 pixels of the toolbar and 0 tinted over the passage (key 1 still saved, unseen); Lede put
      // its elements back only when the page took them out of the document, and a move keeps them in it.
      const path = `/rt57/moved-${name.replace(/[^a-z]+/g, '-')}.html`;
      const page = await t.openPage(path, MOVE_AWAY(how));
      await highlightAndNoteSeen(page, path);
      expect(await page.evaluate(() => (window as unknown as { __moved: number }).__moved)).toBeGreaterThan(0);
      await page.close();
    });
  }
});

describe("red team 57: Lede's elements shrunk by a zoom the page's own blocks undo", () => {
  it('Z zoom 0.02 on the root, 50 on each block of the page’s: the toolbar, the highlight and the note editor are drawn', async () => {
    // CSS zoom multiplies down the tree: the article is drawn as before, Lede's hosts (children of <html> and
    // <body>) at a fiftieth. Before the mend: 3 pixels of the toolbar, 0 tinted over the passage.
    const path = '/rt57/zoomed-away.html';
    const page = await t.openPage(
      path,
      `document.addEventListener('DOMContentLoaded', () => {
        for (const el of document.querySelectorAll('body > *')) el.setAttribute('data-own', '');
        const s = document.createElement('style');
        s.textContent = 'html { zoom: 0.02 } body > [data-own] { zoom: 50 }';
        document.head.append(s);
      });`,
    );
    await highlightAndNoteSeen(page, path);
    await page.close();
  });

  const scaled: Record<string, string> = {
    scale: 'html { scale: 0.02; transform-origin: 0 0 } body { scale: 50; transform-origin: 0 0 }',
    transform:
      'html { transform: scale(0.02); transform-origin: 0 0 } body { transform: scale(50); transform-origin: 0 0 }',
  };
  for (const [name, css] of Object.entries(scaled))
    it(`T the root scaled to 0.02 by \`${name}\`, the body scaled back: the highlight is drawn on its passage`, async () => {
      // The toolbar's host was lifted into the top layer already (a transformed body moves it); the paint layer, a
      // child of the scaled root, drew its boxes at a fiftieth. Before the mend: 0 pixels tinted over the passage.
      const path = `/rt57/scaled-${name}.html`;
      const page = await t.openPage(
        path,
        `document.addEventListener('DOMContentLoaded', () => {
          const s = document.createElement('style');
          s.textContent = ${JSON.stringify(css)};
          document.head.append(s);
        });`,
      );
      await highlightAndNoteSeen(page, path);
      await page.close();
    });

  it('Z3 (honest) a page zoomed 1.5 as a whole: the toolbar shows, and the highlight is tinted on its passage', async () => {
    const path = '/rt57/zoomed-honest.html';
    const page = await t.openPage(
      path,
      `document.addEventListener('DOMContentLoaded', () => {
        const s = document.createElement('style');
        s.textContent = 'html { zoom: 1.5 }';
        document.head.append(s);
      });`,
    );
    await highlightAndNoteSeen(page, path);
    await page.close();
  });

  it('Z2 the same zoom set only once the toolbar is up: the toolbar is drawn again at the window’s scale', async () => {
    const path = '/rt57/zoomed-later.html';
    const page = await t.openPage(path);
    await page.bringToFront();
    await page.waitForTimeout(300);
    expect(await selectWithMouse(page, PASSAGE)).toBe(PASSAGE);
    await expect.poll(() => surfacePixels(page), { timeout: 5_000 }).toBeGreaterThan(2_000);
    await page.evaluate(() => {
      for (const el of document.querySelectorAll('body > *')) if (!el.shadowRoot) el.setAttribute('data-own', '');
      const s = document.createElement('style');
      s.textContent = 'html { zoom: 0.02 } body > [data-own] { zoom: 50 }';
      document.head.append(s);
    });
    await page.waitForTimeout(300);
    expect(await surfacePixels(page)).toBeGreaterThan(2_000);
    await page.close();
  });
});

/** A page script that starts a view transition lasting a minute, drawing the page as it was, at each release. */
const FROZEN_AT_RELEASE = `document.addEventListener('DOMContentLoaded', () => {
  const s = document.createElement('style');
  s.textContent = '::view-transition-group(*), ::view-transition-old(*), ::view-transition-new(*) { animation-duration: 60s !important; }'
    + ' ::view-transition-new(root) { opacity: 0 !important; animation: none !important; }'
    + ' ::view-transition-old(root) { opacity: 1 !important; animation: none !important; }';
  document.head.append(s);
  window.__frozen = 0;
  addEventListener('mouseup', () => setTimeout(() => { document.startViewTransition(() => {}); window.__frozen++; }, 0), true);
});`;

describe('red team 57: a view transition of the page’s drawn over Lede', () => {
  it('V a minute-long transition started at each release: the toolbar, the “Saved” toast and the highlight are drawn', async () => {
    // The transition's pictures are drawn above everything, the top layer included. Before the mend: 0 pixels of the
    // toolbar, and none of the toast after key 1 (which still saved).
    const path = '/rt57/frozen.html';
    const page = await t.openPage(path, FROZEN_AT_RELEASE);
    await page.bringToFront();
    await page.waitForTimeout(300);
    expect(await selectWithMouse(page, PASSAGE)).toBe(PASSAGE);
    await expect.poll(() => surfacePixels(page), { timeout: 5_000 }).toBeGreaterThan(2_000);
    const { width, height } = page.viewportSize()!;
    const foot = { x: 0, y: height - 80, width, height: 80 };
    const footBefore = countPixels(decodePng(await page.screenshot({ clip: foot })), surface);
    await page.keyboard.press('1');
    await expect.poll(() => t.quotesFor(path)).toEqual([PASSAGE]);
    await expect
      .poll(async () => countPixels(decodePng(await page.screenshot({ clip: foot })), surface) - footBefore)
      .toBeGreaterThan(1_000);
    await expect.poll(() => tintOverPassage(page), { timeout: 5_000 }).toBeGreaterThan(1_500);
    expect(await page.evaluate(() => (window as unknown as { __frozen: number }).__frozen)).toBeGreaterThan(0);
    await page.close();
  });
});

describe('red team 57: guards (held on the build before)', () => {
  it('W the page rewrites the words inside the reader’s selection as the colour key comes: the reader’s words are saved', async () => {
    // Inside the live range (insert after its first letter, delete the rest) the selection would span the forged words.
    const path = '/rt57/rewrite-at-key.html';
    const page = await t.openPage(
      path,
      `${REWRITE_SELECTION} const forge = (e) => {
        if (e.key === '1' && getSelection().rangeCount) window.__rewriteSelection();
      };
      for (const type of ['keydown', 'keypress', 'keyup']) {
        addEventListener(type, forge, true);
        document.addEventListener(type, forge);
      }`,
    );
    await t.highlight(page, PASSAGE);
    await expect.poll(() => t.quotesFor(path)).toEqual([PASSAGE]);
    await page.waitForTimeout(500);
    expect(await t.quotesFor(path)).toEqual([PASSAGE]);
    // Held because the page hears none of the colour key's events (Lede's input hub stops the key it acts on), so
    // nothing of its runs in time: the guard is that it stays so.
    expect(await page.evaluate(() => (window as unknown as { __forged?: number }).__forged)).toBeUndefined();
    await page.close();
  });

  it('G the page serializes its document with shadow roots and lists its animations while a note’s tip shows: no word of the note', async () => {
    const path = '/rt57/serialize.html';
    const page = await t.openPage(path);
    await t.openNoteOnPassage(page, path);
    await page.keyboard.type('Zanzibar source');
    await pressClosingEditor(page, 'Control+Enter');
    await expect.poll(() => t.noteFor(path)).toBe('Zanzibar source');
    // The reader's pointer rests on the highlight: the tip shows the note.
    const at = await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((x) => x.textContent?.includes('common cause'))!;
      const r = p.getBoundingClientRect();
      return { x: r.left + 40, y: r.top + 8 };
    });
    await page.mouse.move(at.x, at.y);
    await page.waitForTimeout(800);
    const read = await page.evaluate(() => {
      type Serializable = Element & { getHTML?: (o: { serializableShadowRoots: boolean }) => string };
      const html = [document.documentElement, document.body]
        .map((el) => (el as Serializable).getHTML?.({ serializableShadowRoots: true }) ?? el.outerHTML)
        .join('');
      const animated = document
        .getAnimations()
        .map((a) => ((a.effect as KeyframeEffect | null)?.target as Element | null)?.outerHTML ?? '')
        .join('');
      return html + animated;
    });
    expect(read).not.toMatch(/Zanzibar/);
    await page.close();
  });
});
