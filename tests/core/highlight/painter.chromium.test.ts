// The painter and the anchoring engine in real Chromium: highlights paint pixels on a page with a strict CSP,
// the page's DOM is untouched, and clicks find the right highlight, also across a block quote's two paragraphs.
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
          size: (CSS as any).highlights.get('lede-yellow').size,
          hits: painter.hitTest(x, y),
          miss: painter.hitTest(5, 390),
          same: document.body.innerHTML === before,
        };
      },
      { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 },
    );
    const painted = await page.screenshot({ clip });
    expect(result).toEqual({ status: { ok: true, styles: 'adopted' }, size: 1, hits: ['h1'], miss: [], same: true });
    // ::highlight() has no default style: changed pixels prove our stylesheet got past the CSP.
    expect(painted.equals(unpainted)).toBe(false);
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
        left: (CSS as any).highlights.size,
        sheets: document.adoptedStyleSheets.length,
      };
    });
    // Range.toString() joins the two paragraphs' text with nothing between them.
    expect(result.text.replace(/\s+/g, ' ')).toBe('bridge this year.And the school');
    expect(result.hits).toEqual([['q'], ['q']]);
    expect(result.left).toBe(0);
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
    const dashed = await shot();
    await page.evaluate(() => (globalThis as any).painter.paint('u', (globalThis as any).range, 'yellow'));
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
});
