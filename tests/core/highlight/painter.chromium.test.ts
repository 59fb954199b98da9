// The painter and the anchoring engine in real Chromium: highlights paint pixels on a page with a strict CSP, the
// page's own script can read neither them nor their words, clicks find the right highlight (also across a block
// quote's two paragraphs), and a header the page pins over the passage is not painted over.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countPixels, decodePng } from '../../e2e/png';
import {
  bundle,
  ENGINE_ENTRY,
  hasChromium,
  launchChromium,
  startServer,
  type PageServer,
} from '../../fixtures/anchoring/chromium';

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>t</title></head>
<body style="font: 20px serif; background: #fff; color: #000">
<p id="lead">The council voted on Tuesday to approve the budget after a long debate.</p>
<blockquote><p>We will rebuild the bridge this year.</p><p>And the school after that.</p></blockquote>
</body></html>`;

/** The box of "approve the budget" in the paragraph #b, in window coordinates. */
const budgetBox = (page: Page) =>
  page.evaluate(() => {
    const t = document.getElementById('b')!.firstChild!;
    const i = t.textContent!.indexOf('approve');
    const r = document.createRange();
    r.setStart(t, i);
    r.setEnd(t, i + 'approve the budget'.length);
    const b = r.getBoundingClientRect();
    return { x: Math.floor(b.x), y: Math.floor(b.y), width: Math.ceil(b.width), height: Math.ceil(b.height) };
  });

/**
 * Lede's yellow over `box`, counted on the window as the reader sees it (a screenshot's clip is in page coordinates,
 * which a right-to-left page scrolled left does not share with the window's).
 */
async function yellowOver(page: Page, box: { x: number; y: number; width: number; height: number }): Promise<number> {
  const shot = decodePng(await page.screenshot());
  let yellow = 0;
  for (let y = box.y; y < box.y + box.height; y++)
    for (let x = box.x; x < box.x + box.width; x++) {
      const k = (y * shot.width + x) * 4;
      const [red, g, b] = [shot.data[k]!, shot.data[k + 1]!, shot.data[k + 2]!];
      if (red > 200 && g > 180 && b < 200 && !(red > 245 && g > 245 && b > 245)) yellow++;
    }
  return yellow;
}

describe.skipIf(!hasChromium())('painter in Chromium', () => {
  let browser: Browser;
  let server: PageServer;
  let engine: string;

  beforeAll(async () => {
    [browser, server, engine] = await Promise.all([launchChromium(), startServer(), bundle(ENGINE_ENTRY)]);
    // No inline styles, no inline scripts: the stylesheet must get in another way (adoptedStyleSheets).
    server.put('/strict', PAGE.replace(' style="font: 20px serif; background: #fff; color: #000"', ''), {
      'content-security-policy': "default-src 'none'",
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 800, height: 400 } });
    await page.goto(server.url('/strict'));
    // CDP evaluation is not subject to the page's CSP, like a content script.
    await page.evaluate(engine);
    return page;
  }

  it('paints a highlight under a strict CSP without changing the DOM, and hit-tests it', async () => {
    const page = await open();
    const rect = await page.evaluate(() => {
      const { anchoring, highlight } = (globalThis as any).lede;
      const before = document.body.innerHTML;
      const found = anchoring.anchor(document.body, [
        { type: 'TextQuoteSelector', exact: 'approve the budget', prefix: 'voted on Tuesday to ', suffix: ' after' },
      ]);
      (globalThis as any).painter = highlight.createPainter(document);
      (globalThis as any).range = found.range;
      const r = found.range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height, same: document.body.innerHTML === before };
    });
    expect(rect.same).toBe(true);
    const clip = {
      x: Math.floor(rect.x),
      y: Math.floor(rect.y),
      width: Math.ceil(rect.width),
      height: Math.ceil(rect.height),
    };
    const unpainted = await page.screenshot({ clip });
    const result = await page.evaluate(
      ({ x, y }) => {
        const painter = (globalThis as any).painter;
        const before = document.body.innerHTML;
        painter.paint('h1', (globalThis as any).range, 'yellow');
        return {
          status: painter.status,
          hits: painter.hitTest(x, y),
          miss: painter.hitTest(5, 390),
          same: document.body.innerHTML === before,
        };
      },
      { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 },
    );
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const painted = await page.screenshot({ clip });
    expect(result).toEqual({ status: { ok: true }, hits: ['h1'], miss: [], same: true });
    // Unstyled boxes draw nothing: changed pixels prove our stylesheet got past the CSP.
    expect(painted.equals(unpainted)).toBe(false);
    // What the page's own script can learn: no registered highlight, no painted range, no passage in its DOM.
    const seen = await page.evaluate(() => ({
      highlights: (CSS as any).highlights.size,
      text: document.documentElement.outerHTML.split('approve the budget').length - 1,
      host: [...document.documentElement.children].map((e) => [
        /^[a-z][a-z0-9]{3}-[a-z0-9]{6}$/i.test(e.tagName) ? 'host' : e.tagName.toLowerCase(),
        e.shadowRoot,
      ]),
    }));
    expect(seen).toEqual({
      highlights: 0,
      text: 1,
      host: [
        ['head', null],
        ['body', null],
        ['host', null],
      ],
    });
    await page.close();
  });

  it("paints and hit-tests a highlight across a block quote's two paragraphs; destroy leaves nothing behind", async () => {
    const page = await open();
    const result = await page.evaluate(() => {
      const { anchoring, highlight } = (globalThis as any).lede;
      const found = anchoring.anchor(document.body, [
        {
          type: 'TextQuoteSelector',
          exact: 'bridge this year.\nAnd the school',
          prefix: 'We will rebuild the ',
          suffix: ' after that.',
        },
      ]);
      const painter = highlight.createPainter(document);
      painter.paint('q', found.range, 'blue');
      const rects = [...found.range.getClientRects()] as DOMRect[];
      const first = rects[0];
      const last = rects[rects.length - 1];
      const hits = [
        painter.hitTest(first.x + first.width / 2, first.y + first.height / 2),
        painter.hitTest(last.x + last.width / 2, last.y + last.height / 2),
      ];
      painter.destroy();
      return {
        text: found.range.toString(),
        hits,
        left: document.documentElement.children.length,
        sheets: document.adoptedStyleSheets.length,
      };
    });
    // Range.toString() joins the two paragraphs' text with nothing between them.
    expect(result.text.replace(/\s+/g, ' ')).toBe('bridge this year.And the school');
    expect(result.hits).toEqual([['q'], ['q']]);
    expect(result.left).toBe(2);
    expect(result.sheets).toBe(0);
    await page.close();
  });

  it('draws an unconfirmed placement as a dashed underline below the words, with no background', async () => {
    const page = await open();
    const box = await page.evaluate(() => {
      const { anchoring, highlight } = (globalThis as any).lede;
      const found = anchoring.anchor(document.body, [
        { type: 'TextQuoteSelector', exact: 'approve the budget', prefix: 'voted on Tuesday to ', suffix: ' after' },
      ]);
      (globalThis as any).painter = highlight.createPainter(document);
      (globalThis as any).range = found.range;
      const r = found.range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
    // The words' box and a band below it, where the underline goes (text-underline-offset pushes it down).
    const words = {
      x: Math.floor(box.x),
      y: Math.floor(box.y),
      width: Math.ceil(box.width),
      height: Math.ceil(box.height),
    };
    const below = {
      x: words.x,
      y: words.y + Math.round(words.height * 0.6),
      width: words.width,
      height: Math.round(words.height * 0.6),
    };
    const shot = async () => ({
      words: decodePng(await page.screenshot({ clip: words })),
      below: decodePng(await page.screenshot({ clip: below })),
    });
    const yellowish = (r: number, g: number, b: number) => r > 150 && g > 100 && b < 90;
    const plain = await shot();
    await page.evaluate(() =>
      (globalThis as any).painter.paint('u', (globalThis as any).range, 'yellow', { unconfirmed: true }),
    );
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const dashed = await shot();
    await page.evaluate(() => (globalThis as any).painter.paint('u', (globalThis as any).range, 'yellow'));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const confirmed = await shot();
    const count = (p: ReturnType<typeof decodePng>) => countPixels(p, yellowish);
    // Unpainted: black text on white, nothing yellow.
    expect(count(plain.below)).toBe(0);
    // Unconfirmed: a yellow line under the words, but no yellow fill over them (a full fill would tint every pixel).
    const line = count(dashed.below);
    expect(line).toBeGreaterThan(words.width * 0.5);
    expect(count(dashed.words)).toBeLessThan(words.width * words.height * 0.25);
    // The dashes leave gaps: a dashed 2px line covers clearly less than a solid one would (2 rows by the full width).
    expect(line).toBeLessThan(words.width * 2 * 1.5);
    // Confirmed: the normal background fill, far more tinted pixels than a line.
    const fill = countPixels(
      confirmed.words,
      (r, g, b) => r > 200 && g > 180 && b < 200 && !(r > 245 && g > 245 && b > 245),
    );
    expect(fill).toBeGreaterThan(words.width * words.height * 0.3);
    await page.close();
  });
  it('hides the part of a highlight a pinned header covers, and follows a scroll box the passage scrolls in', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 400 } });
    server.put(
      '/pinned',
      `<!doctype html><html><head><meta charset="utf-8"><title>t</title></head>
<body style="margin: 0; font: 20px serif; background: #fff; color: #000">
<header style="position: fixed; top: 0; left: 0; right: 0; height: 60px; background: #fff; z-index: 5">Site</header>
<div id="box" style="height: 100px; overflow: auto; margin: 80px 20px 0"><div style="height: 240px"></div>
<p id="q">We will rebuild the bridge this year.</p><div style="height: 300px"></div></div>
<p id="p" style="margin: 40px 20px 2000px">The council voted on Tuesday to approve the budget after a long debate.</p>
</body></html>`,
    );
    await page.goto(server.url('/pinned'));
    await page.evaluate(engine);
    const frame = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.evaluate(() => {
      const { anchoring, highlight } = (globalThis as any).lede;
      const painter = highlight.createPainter(document);
      const at = (exact: string, prefix: string) =>
        anchoring.anchor(document.body, [{ type: 'TextQuoteSelector', exact, prefix, suffix: '' }]).range;
      painter.paint('p', at('approve the budget', 'voted on Tuesday to '), 'yellow');
      painter.paint('q', at('rebuild the bridge', 'We will '), 'yellow');
    });
    await frame();
    const yellowAt = async (sel: string, words: string) => {
      const r = await page.evaluate(
        ([s, w]) => {
          const el = document.querySelector(s)!;
          const text = el.firstChild!;
          const i = text.textContent!.indexOf(w);
          const range = document.createRange();
          range.setStart(text, i);
          range.setEnd(text, i + w.length);
          const b = range.getBoundingClientRect();
          return { x: b.x, y: b.y, width: b.width, height: b.height };
        },
        [sel, words] as const,
      );
      if (r.y < 0 || r.y + r.height > 400 || r.height === 0) return -1;
      const shot = decodePng(
        await page.screenshot({
          clip: { x: Math.floor(r.x), y: Math.floor(r.y), width: Math.ceil(r.width), height: Math.ceil(r.height) },
        }),
      );
      return countPixels(shot, (red, g, b) => red > 200 && g > 180 && b < 200 && !(red > 245 && g > 245 && b > 245));
    };
    // In view and uncovered: painted.
    expect(await yellowAt('#p', 'approve the budget')).toBeGreaterThan(100);
    // Scrolled under the pinned header: the header shows, not a yellow box over it.
    await page.evaluate(() => window.scrollTo(0, document.getElementById('p')!.getBoundingClientRect().top - 20));
    await frame();
    const yellow = (red: number, g: number, b: number) =>
      red > 200 && g > 180 && b < 200 && !(red > 245 && g > 245 && b > 245);
    const header = decodePng(await page.screenshot({ clip: { x: 0, y: 0, width: 800, height: 60 } }));
    expect(countPixels(header, yellow)).toBe(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    // Inside a scroll box: painted where the box scrolls it into view, not drawn where the box clips it.
    await page.evaluate(() => {
      document.getElementById('box')!.scrollTop = 200;
    });
    await frame();
    expect(await yellowAt('#q', 'rebuild the bridge')).toBeGreaterThan(100);
    await page.evaluate(() => {
      document.getElementById('box')!.scrollTop = 0;
    });
    await frame();
    const hiddenAt = await page.evaluate(() => {
      const r = document.createRange();
      r.selectNodeContents(document.getElementById('q')!);
      const b = r.getBoundingClientRect();
      return { y: b.y, height: b.height, boxBottom: document.getElementById('box')!.getBoundingClientRect().bottom };
    });
    expect(hiddenAt.y).toBeGreaterThan(hiddenAt.boxBottom);
    expect(hiddenAt.y + hiddenAt.height).toBeLessThan(400);
    const clipped = decodePng(
      await page.screenshot({
        clip: { x: 0, y: Math.floor(hiddenAt.y), width: 800, height: Math.ceil(hiddenAt.height) },
      }),
    );
    expect(countPixels(clipped, yellow)).toBe(0);
    await page.close();
  });

  it('never makes the document larger: a page that moves each paragraph past its own end reads the same size for the highlighted one (red team 44)', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 400 } });
    server.put(
      '/extent',
      `<!doctype html><html><head><meta charset="utf-8"><title>t</title></head>
<body style="margin: 8px; font: 20px serif; background: #fff; color: #000; contain: paint">
<p id="a">China and Russia signed a new agreement on Friday.</p>
<p id="b">The council voted on Tuesday to approve the budget after a long debate.</p>
<p id="c">We will rebuild the bridge this year.</p>
</body></html>`,
    );
    await page.goto(server.url('/extent'));
    await page.evaluate(engine);
    const frame = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.evaluate(() => {
      const { anchoring, highlight } = (globalThis as any).lede;
      const painter = highlight.createPainter(document);
      const range = anchoring.anchor(document.body, [
        { type: 'TextQuoteSelector', exact: 'approve the budget', prefix: 'voted on Tuesday to ', suffix: '' },
      ]).range;
      painter.paint('b', range, 'yellow');
    });
    await frame();
    // The page's own probe: each paragraph moved far down, the body nudged so the painter places its boxes again.
    const grew: number[] = [];
    for (const id of ['a', 'b', 'c']) {
      const size = await page.evaluate(async (id) => {
        const nudge = () => {
          document.body.style.paddingBottom = document.body.style.paddingBottom === '1px' ? '0px' : '1px';
          return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 30))));
        };
        await nudge();
        const before = document.documentElement.scrollHeight;
        document.getElementById(id)!.style.transform = 'translateY(50000px)';
        await nudge();
        const after = document.documentElement.scrollHeight;
        document.getElementById(id)!.style.transform = '';
        await nudge();
        return after - before;
      }, id);
      grew.push(size);
    }
    expect(grew[1]).toBe(grew[0]);
    expect(grew[1]).toBe(grew[2]);
    expect(grew[1]).toBeLessThan(1000);
    // And the highlight is still drawn over its words where the reader sees them, with no scroll bar of Lede's.
    await frame();
    const box = await budgetBox(page);
    expect(await yellowOver(page, box)).toBeGreaterThan(box.width * box.height * 0.3);
    expect(
      await page.evaluate(() => [
        document.documentElement.scrollWidth <= innerWidth,
        document.documentElement.scrollHeight <= innerHeight,
      ]),
    ).toEqual([true, true]);
    await page.close();
  });

  it('still draws a highlight where the page grew without a resize (html and body at 100%), and on a right-to-left page wider than the window', async () => {
    const paras = Array.from(
      { length: 14 },
      (_, i) => `<p>Paragraph ${i} of the story, words enough to scroll.</p>`,
    ).join('');
    const last = '<p id="b">The council voted on Tuesday to approve the budget after a long debate.</p><p>End.</p>';
    const pages = {
      // The body keeps the window's height whatever grows in it: no resize is heard when the slot opens, 4,000 px
      // above the passage (farther than the boxes a scroll alone places again).
      grown: `<!doctype html><html style="height:100%"><head><meta charset="utf-8"><title>t</title></head><body style="height:100%;margin:0 8px;font:20px serif;background:#fff;color:#000"><div id="slot"></div>${paras}${last}</body></html>`,
      // The page scrolls left of its origin.
      rtl: `<!doctype html><html dir="rtl"><head><meta charset="utf-8"><title>t</title></head><body style="margin:0 8px;font:20px serif;background:#fff;color:#000"><div style="width:760px;margin-right:1800px" dir="ltr">${paras}${last}</div></body></html>`,
    };
    for (const [name, html] of Object.entries(pages)) {
      const page = await browser.newPage({ viewport: { width: 800, height: 400 } });
      server.put(`/${name}`, html);
      await page.goto(server.url(`/${name}`));
      await page.evaluate(engine);
      const frame = () =>
        page.evaluate(
          () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))),
        );
      await page.evaluate(() => {
        const { anchoring, highlight } = (globalThis as any).lede;
        const range = anchoring.anchor(document.body, [
          { type: 'TextQuoteSelector', exact: 'approve the budget', prefix: 'voted on Tuesday to ', suffix: '' },
        ]).range;
        highlight.createPainter(document).paint('b', range, 'yellow');
      });
      await frame();
      await page.evaluate(() => {
        const slot = document.getElementById('slot');
        if (slot) slot.style.height = '4000px';
      });
      await frame();
      await page.evaluate(() => document.getElementById('b')!.scrollIntoView({ block: 'center', inline: 'center' }));
      await frame();
      await frame();
      const box = await budgetBox(page);
      const yellow = await yellowOver(page, box);
      expect(yellow, name).toBeGreaterThan(box.width * box.height * 0.3);
      await page.close();
    }
  });

  it("does the same layout reads at a page's scroll frame whether the highlight is in the window or far from it (red team 47)", async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 400 } });
    const paras = Array.from({ length: 60 }, (_, i) => `<p>Paragraph ${i} of the story, words enough to scroll.</p>`);
    paras[40] = '<p id="b">The council voted on Tuesday to approve the budget after a long debate.</p>';
    server.put(
      '/timed',
      `<!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body style="margin: 0 8px; font: 20px serif; background: #fff; color: #000">${paras.join('')}</body></html>`,
    );
    await page.goto(server.url('/timed'));
    await page.evaluate(engine);
    await page.evaluate(() => {
      const { anchoring, highlight } = (globalThis as any).lede;
      const range = anchoring.anchor(document.body, [
        { type: 'TextQuoteSelector', exact: 'approve the budget', prefix: 'voted on Tuesday to ', suffix: '' },
      ]).range;
      highlight.createPainter(document).paint('b', range, 'yellow');
      // What a page can wrap to count (or make dear) every layout read Lede does at its scroll frame.
      const calls = ((globalThis as any).calls = { rects: 0, hits: 0 });
      const rects = Range.prototype.getClientRects;
      Range.prototype.getClientRects = function (this: Range) {
        calls.rects++;
        return rects.call(this);
      };
      const hit = Document.prototype.elementFromPoint;
      Document.prototype.elementFromPoint = function (this: Document, x: number, y: number) {
        calls.hits++;
        return hit.call(this, x, y);
      };
    });
    const frame = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    // The paint's own settling done first: under CI's load the first scroll measured once counted one more rect read
    // than the second (far 1, near 0), most likely one the paint left for a later frame; that says nothing of where
    // the highlight is. (Not reproduced alone.)
    await frame();
    await page.waitForTimeout(500);
    await frame();
    const top = await page.evaluate(() => document.getElementById('b')!.getBoundingClientRect().top + scrollY);
    // The reads of one scroll of the page's own, at its frame: far above the highlight, with it in the window, and
    // far below it.
    const readsAt = async (y: number) => {
      await page.evaluate(() => Object.assign((globalThis as any).calls, { rects: 0, hits: 0 }));
      await page.evaluate((y) => scrollTo(0, y), y);
      await frame();
      return page.evaluate(() => ({ ...(globalThis as any).calls }));
    };
    const far = await readsAt(top - 1500);
    const near = await readsAt(top - 200);
    const inView = await yellowOver(page, await budgetBox(page));
    const below = await readsAt(top + 800);
    expect(near).toEqual(far);
    expect(below).toEqual(far);
    // Still drawn where the reader scrolled to it.
    const box = await budgetBox(page);
    expect(inView).toBeGreaterThan(box.width * box.height * 0.3);
    await page.close();
  });

  it('keeps a highlight in a pinned box over its words when the page scrolls far', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 400 } });
    const paras = Array.from({ length: 80 }, (_, i) => `<p>Paragraph ${i} of the story, words enough to scroll.</p>`);
    server.put(
      '/pinned-aside',
      `<!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body style="margin: 0 8px; font: 20px serif; background: #fff; color: #000">
<aside style="position: fixed; top: 100px; right: 10px; width: 300px; background: #fff"><p id="b">The council voted on Tuesday to approve the budget after a long debate.</p></aside>
<main style="width: 440px">${paras.join('')}</main></body></html>`,
    );
    await page.goto(server.url('/pinned-aside'));
    await page.evaluate(engine);
    await page.evaluate(() => {
      const { anchoring, highlight } = (globalThis as any).lede;
      const range = anchoring.anchor(document.body, [
        { type: 'TextQuoteSelector', exact: 'approve the budget', prefix: 'voted on Tuesday to ', suffix: '' },
      ]).range;
      highlight.createPainter(document).paint('b', range, 'yellow');
    });
    const frame = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await frame();
    // Far, in one step: the words stay where they were in the window, and so must their yellow.
    await page.evaluate(() => scrollTo(0, 2500));
    await frame();
    const box = await budgetBox(page);
    expect(await yellowOver(page, box)).toBeGreaterThan(box.width * box.height * 0.3);
    await page.close();
  });

  it('hides the lines of a long highlight under a pinned header, with more lines in the window than it hit-tests', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 400 } });
    const long = Array.from({ length: 80 }, (_, i) => `line ${i} of the long passage the reader marked`).join(' ');
    server.put(
      '/pinned-long',
      `<!doctype html><html><head><meta charset="utf-8"><title>t</title></head>
<body style="margin: 0; font: 20px serif; background: #fff; color: #000">
<header style="position: fixed; top: 0; left: 0; right: 0; height: 60px; background: #fff; z-index: 5">Site</header>
<p style="margin: 80px 20px 0; height: 400px">Above.</p><p id="long" style="margin: 0 20px 1200px">${long}</p>
</body></html>`,
    );
    await page.goto(server.url('/pinned-long'));
    await page.evaluate(engine);
    await page.evaluate(() => {
      const { highlight } = (globalThis as any).lede;
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('long')!);
      highlight.createPainter(document).paint('long', range, 'yellow');
    });
    const frame = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await frame();
    // The passage's lines fill the window (17 of them, more than the 8 boxes it hit-tests); the first go under the header.
    await page.evaluate(() => window.scrollTo(0, document.getElementById('long')!.getBoundingClientRect().top + 200));
    await frame();
    const yellow = (red: number, g: number, b: number) =>
      red > 200 && g > 180 && b < 200 && !(red > 245 && g > 245 && b > 245);
    // A line is hidden when the header covers its centre: the half of one whose centre is just below it, or just
    // above the window, may still show, so the header is looked at from 8 px down to 45 px.
    const header = decodePng(await page.screenshot({ clip: { x: 0, y: 8, width: 800, height: 37 } }));
    const below = decodePng(await page.screenshot({ clip: { x: 0, y: 150, width: 800, height: 200 } }));
    expect(countPixels(header, yellow)).toBe(0);
    expect(countPixels(below, yellow)).toBeGreaterThan(800 * 200 * 0.2);
    // Scrolled back 150 px, the lines that were under the header are in the middle of the window, drawn again.
    await page.evaluate(() => window.scrollBy(0, -150));
    await frame();
    const back = decodePng(await page.screenshot({ clip: { x: 0, y: 158, width: 800, height: 37 } }));
    expect(countPixels(back, yellow)).toBeGreaterThan(800 * 37 * 0.2);
    await page.close();
  });

  it("draws a teaser's lines under a paywall's fade, and hides them under a pseudo-element with words or a picture", async () => {
    // The honest reader's blind run with a triple click (wave 41) found a WSJ teaser whose last lines sit under its
    // paywall's fade, `::after { content: ""; position: absolute; background: linear-gradient(clear, white) }`: a hit
    // test there finds the element around the paragraph, which the painter took for its words cut off (red team 54),
    // so the reader's highlight was saved and never drawn. A fade draws no words: the words under it are the passage's.
    const page = await browser.newPage({ viewport: { width: 800, height: 400 } });
    const veil = {
      fade: 'content: ""; background: linear-gradient(180deg, hsla(0, 0%, 100%, 0) 0, #fff)',
      words: 'content: "The page says otherwise here"; background: #fff; color: #000; font: 20px serif',
      picture: `content: ""; background: #fff url("data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="800" height="100"><text x="0" y="40">Other words</text></svg>')}")`,
      'many gradients': `content: ""; background: ${Array.from({ length: 4 }, (_, i) => `linear-gradient(90deg, #000 ${i}px, transparent ${i + 1}px)`).join(', ')}`,
    };
    const yellow = (red: number, g: number, b: number) =>
      red > 200 && g > 180 && b < 200 && !(red > 245 && g > 245 && b > 245);
    const drawn: Record<string, number> = {};
    for (const [name, style] of Object.entries({ ...veil, 'fade over words clipped away': veil.fade })) {
      // The paragraph itself cut away under the fade: the words there are not drawn at all.
      const clip = name.startsWith('fade over') ? '#p { clip-path: inset(0 0 100% 0) }' : '';
      server.put(
        '/veil',
        `<!doctype html><html><head><meta charset="utf-8"><title>t</title><style>
.teaser { position: relative; margin: 40px 20px } ${clip} .teaser::after { position: absolute; inset: 0; ${style} }
</style></head><body style="margin: 0; font: 20px serif; background: #fff; color: #000">
<div class="teaser"><p id="p">The council voted on Tuesday to approve the budget after a long debate.</p></div>
</body></html>`,
      );
      await page.goto(server.url('/veil'));
      await page.evaluate(engine);
      const box = await page.evaluate(() => {
        const { anchoring, highlight } = (globalThis as any).lede;
        const range = anchoring.anchor(document.body, [
          { type: 'TextQuoteSelector', exact: 'approve the budget', prefix: 'voted on Tuesday to ', suffix: '' },
        ]).range as Range;
        highlight.createPainter(document).paint('p', range, 'yellow');
        const b = range.getBoundingClientRect();
        return { x: Math.floor(b.x), y: Math.floor(b.y), width: Math.ceil(b.width), height: Math.ceil(b.height) };
      });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      drawn[name] = countPixels(decodePng(await page.screenshot({ clip: box })), yellow);
    }
    expect(drawn.fade).toBeGreaterThan(100);
    expect(drawn).toMatchObject({ words: 0, picture: 0, 'many gradients': 0, 'fade over words clipped away': 0 });
    await page.close();
  });
});
