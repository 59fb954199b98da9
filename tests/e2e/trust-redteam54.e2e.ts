// Red team 54 (wave 32): a hostile page against the newest page-side defences, in real Chromium with the built
// extension: the body that is not a clipper (geometry.ts, passesOverflowToWindow), the same-words keeper, the wait
// for the reader's first input.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { countPixels, decodePng, isTinted } from './png';
import { PASSAGE, tintOverPassage, useTrustPage } from './trust-support';

const t = useTrustPage();

/**
 * After the reader's highlight is painted, the page shuts a box around the passage (`css`, the paragraph's top in the
 * window as `TOP`) so the passage is no longer shown, and writes words of its own where it was. Returns the tinted
 * pixels over where the passage's lines are, and what a hit test finds there (the page's own element, not the words).
 */
async function shutAfterPaint(page: Page, css: string): Promise<{ tint: number; hit: string }> {
  const where = await page.evaluate((rule) => {
    const p = [...document.querySelectorAll('p')].find((x) => x.textContent?.includes('common cause'))!;
    const top = p.getBoundingClientRect().top;
    const style = document.createElement('style');
    const above = top - (document.querySelector('article')?.getBoundingClientRect().top ?? 0);
    style.textContent = `html { min-height: 6000px } ${rule
      .replaceAll('TOP', String(Math.max(20, top - 60)))
      .replaceAll('ABOVE', String(Math.max(0, above - 10)))}`;
    document.head.append(style);
    const r = p.getBoundingClientRect();
    const words = document.createElement('div');
    words.textContent = 'The page shows its own words here: common ground on a different council.';
    words.style.cssText = `position: absolute; left: ${r.left}px; top: ${r.top + scrollY}px; font: 18px serif`;
    document.documentElement.append(words);
    const hit = document.elementFromPoint(r.left + 20, r.top + 5);
    return { x: r.left, y: r.top, width: r.width, height: r.height, hit: hit?.textContent?.slice(0, 30) ?? '' };
  }, css);
  await page.mouse.move(1, 1);
  await page.waitForTimeout(600);
  const { hit, ...clip } = where;
  return { tint: countPixels(decodePng(await page.screenshot({ clip })), isTinted), hit };
}

describe('red team 54: a box shut around the passage after the paint', () => {
  const cases = [
    // CSS Containment: the body's overflow no longer goes to the window, so the body clips (passesOverflowToWindow).
    [
      'the body, shut to a strip with contain: paint',
      'body { height: TOPpx; overflow: hidden; contain: paint; margin: 0 }',
    ],
    [
      'the body, with container-type',
      'body { height: TOPpx; overflow: hidden; container-type: inline-size; margin: 0 }',
    ],
    // Any box: its clipping was read once, at the paint.
    ['the article, shut to a strip', 'article { max-height: TOPpx; overflow: hidden }'],
    // Paint containment clips what overflows the box, its overflow still `visible`.
    ['the article, shut to a strip by paint containment', 'article { max-height: TOPpx; contain: paint }'],
    ['the article, shut by content-visibility', 'article { max-height: TOPpx; content-visibility: auto }'],
    // A clip path cuts off the article's lower part: its text there is not drawn.
    ['the article, cut by a clip path', 'article { clip-path: inset(0 0 calc(100% - ABOVEpx) 0) }'],
  ] as const;
  for (const [name, css] of cases) {
    it(`draws no highlight where the passage is cut off: ${name}`, async () => {
      const path = `/rt54/shut-${name.replace(/\W+/g, '-')}.html`;
      const page = await t.openPage(path);
      await t.highlight(page, PASSAGE);
      await expect.poll(() => t.quotesFor(path), { timeout: 10_000 }).toEqual([PASSAGE]);
      expect(await tintOverPassage(page)).toBeGreaterThan(1500);
      const { tint, hit } = await shutAfterPaint(page, css);
      // The passage is not shown: its place holds the page's words.
      expect(hit).toContain('The page shows its own words');
      expect(tint).toBeLessThan(200);
      await page.close();
    });
  }
});

describe('red team 54: the passage moved by its style alone', () => {
  // The pacer hears no attribute change, and a change that keeps the body's size makes no full placing: the boxes
  // stayed where the passage was, over whatever the page moved there, for as long as the page liked. The painter now
  // measures every box again within a second of its last placing (RECHECK_MS).
  it('draws no highlight over the words the page moved into the passage’s place', async () => {
    const path = '/rt54/swapped-by-style.html';
    const page = await t.openPage(path);
    await t.highlight(page, PASSAGE);
    await expect.poll(() => t.quotesFor(path), { timeout: 10_000 }).toEqual([PASSAGE]);
    expect(await tintOverPassage(page)).toBeGreaterThan(1500);
    // The page swaps the passage's paragraph with the Xi quote's by transforms: no node, no text, no size changes.
    const where = await page.evaluate(() => {
      const ps = [...document.querySelectorAll('p')];
      const a = ps.find((x) => x.textContent?.includes('common cause'))!;
      const b = ps.find((x) => x.textContent?.includes('weal and woe'))!;
      const ra = a.getBoundingClientRect();
      const rb = b.getBoundingClientRect();
      a.style.transform = `translate(${rb.left - ra.left}px, ${rb.top - ra.top}px)`;
      b.style.transform = `translate(${ra.left - rb.left}px, ${ra.top - rb.top}px)`;
      b.style.background = '#fff';
      const hit = document.elementFromPoint(ra.left + 20, ra.top + 5);
      return { x: ra.left, y: ra.top, width: ra.width, height: ra.height, hit: hit?.textContent?.slice(0, 40) ?? '' };
    });
    const { hit, ...clip } = where;
    // Where the reader's passage was, the page now shows the Xi quote.
    expect(hit).toContain('Decades ago');
    await page.mouse.move(1, 1);
    await page.waitForTimeout(1500);
    expect(countPixels(decodePng(await page.screenshot({ clip })), isTinted)).toBeLessThan(200);
    // And the highlight is on the reader's words where the page moved them.
    expect(await tintOverPassage(page, false)).toBeGreaterThan(1500);
    await page.close();
  });
});

describe('red team 54: a box that says it clips and does not', () => {
  // The painter took any element whose computed overflow is not `visible` for a box clipping the passage, and cut the
  // highlight to its border box. Some do not clip there: an element with no box (`display: contents`, its rect all
  // zeros), an inline one (overflow does not apply), one whose `overflow: clip` reaches out by `overflow-clip-margin`.
  const cases = [
    ['a wrapper with no box', 'article { display: contents; overflow: hidden }'],
    ['an inline wrapper', 'article { display: inline; overflow: hidden }'],
    ['a clip reaching out by its margin', 'article { height: 0; overflow: clip; overflow-clip-margin: 3000px }'],
  ] as const;
  for (const [name, css] of cases) {
    it(`paints the reader's highlight: ${name}`, async () => {
      const path = `/rt54/says-clips-${name.replace(/\W+/g, '-')}.html`;
      const page = await t.openPage(
        path,
        `document.addEventListener('DOMContentLoaded', () => {
        const s = document.createElement('style'); s.textContent = ${JSON.stringify(css)}; document.head.append(s);
      });`,
      );
      await t.highlight(page, PASSAGE);
      await expect.poll(() => t.quotesFor(path), { timeout: 10_000 }).toEqual([PASSAGE]);
      // The passage is shown: a hit test over it finds its paragraph.
      const hit = await page.evaluate(() => {
        const p = [...document.querySelectorAll('p')].find((x) => x.textContent?.includes('common cause'))!;
        p.scrollIntoView({ block: 'center' });
        const r = p.getBoundingClientRect();
        return document.elementFromPoint(r.left + 20, r.top + 5) === p;
      });
      expect(hit).toBe(true);
      expect(await tintOverPassage(page)).toBeGreaterThan(1500);
      await page.close();
    });
  }
});

describe('red team 54: the same words to Lede, other words to the reader', () => {
  // The keeper finds a passage again in a paragraph the page rendered anew when the paragraph's visible text (Lede's
  // text model) reads the same. Words the model leaves out as unseen but the browser draws (a colour that blends into
  // the backdrop, drawn by a shadow or a stroke) are the page's to add inside the passage.
  const inserts = [
    ['drawn by a shadow', 'color: #fff; text-shadow: 1px 1px 0 #000'],
    ['drawn by a stroke', 'color: transparent; -webkit-text-stroke: 1px #000'],
  ] as const;
  for (const [name, style] of inserts) {
    it(`draws no highlight over a word the page adds inside the passage, ${name}`, async () => {
      const path = `/rt54/inserted-${name.replace(/\W+/g, '-')}.html`;
      const page = await t.openPage(path);
      await t.highlight(page, PASSAGE);
      await expect.poll(() => t.quotesFor(path), { timeout: 10_000 }).toEqual([PASSAGE]);
      expect(await tintOverPassage(page)).toBeGreaterThan(1500);
      const shown = await page.evaluate((css) => {
        const p = [...document.querySelectorAll('p')].find((x) => x.textContent?.includes('common cause'))!;
        const copy = p.cloneNode(false) as HTMLElement;
        copy.innerHTML = p.innerHTML.replace('have found', `have<span id="added" style="${css}"> not</span> found`);
        p.replaceWith(copy);
        return getComputedStyle(document.getElementById('added')!).textShadow;
      }, style);
      expect(shown).toBeTruthy();
      // The word is drawn: the reader sees "have not found".
      await page.mouse.move(1, 1);
      await page.waitForTimeout(1500);
      const box = await page.evaluate(() => {
        const r = document.getElementById('added')!.getBoundingClientRect();
        // Above the line's foot: a passage found again with other words in it is drawn unconfirmed, a dashed line
        // under it (the reader is told its words changed), not the solid colour over them.
        return { x: r.left + 4, y: r.top, width: r.width - 4, height: r.height - 6 };
      });
      const tint = countPixels(decodePng(await page.screenshot({ clip: box })), isTinted);
      expect(tint).toBeLessThan(20);
      await page.close();
    });
  }
});
