// Does the painter show what it paints on real pages? Paints three paragraphs (first, middle, last of those with
// 120+ characters) on saved pages in real Chromium, scrolls each to the centre of the window, and counts the boxes
// in view that the painter hid as covered or clipped (core/highlight/geometry.ts). A centred paragraph is covered by
// nothing on an ordinary page, so every hidden box there is a wrong call: the count should be 0.
// LEDE_TRAFILATURA (its tests/ folder) and/or LEDE_READABILITY_PAGES; N pages of trafilatura's cache (default 60).
// npx tsx bench/paint-visibility.ts
import type { Page } from 'playwright-core';
import { bundle, ENGINE_ENTRY, launchChromium, startServer } from '../tests/fixtures/anchoring/chromium';
import { openSavedPage, savedPageFiles } from './lib/saved-pages';

const files = savedPageFiles('paint visibility', Number(process.env.N ?? 60));
if (!files) process.exit(0);

const [browser, server, engine] = await Promise.all([launchChromium(), startServer(), bundle(ENGINE_ENTRY)]);
let painted = 0,
  hiddenBoxes = 0,
  totalBoxes = 0,
  noBoxes = 0;
const bad: string[] = [];
for (const [n, f] of files.entries()) {
  let page: Page | null = null;
  try {
    page = await openSavedPage(browser, server, engine, f, `/p${n}`);
    const res = await page.evaluate(async () => {
      const roots: ShadowRoot[] = [];
      const a = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (i: ShadowRootInit) {
        const r = a.call(this, i);
        roots.push(r);
        return r;
      };
      const { highlight } = (globalThis as any).lede;
      const painter = highlight.createPainter(document);
      const ps = [...document.querySelectorAll('p')].filter(
        (p) => (p.textContent ?? '').trim().length > 120 && (p as HTMLElement).offsetParent,
      );
      const pick = ps.length <= 3 ? ps : [ps[0], ps[Math.floor(ps.length / 2)], ps[ps.length - 1]];
      const out: { boxes: number; hidden: number; text: string }[] = [];
      for (const [i, p] of pick.entries()) {
        const r = document.createRange();
        r.selectNodeContents(p!);
        painter.paint(`h${i}`, r, 'yellow');
        p!.scrollIntoView({ block: 'center' });
        await new Promise((d) => requestAnimationFrame(() => requestAnimationFrame(d)));
        const g = roots[0]?.querySelector(`[data-id="h${i}"]`);
        const boxes = [...(g?.children ?? [])] as HTMLElement[];
        const vis = boxes.filter((b) => {
          const t = parseFloat(b.style.top) - window.scrollY;
          return t > 0 && t < innerHeight;
        });
        out.push({
          boxes: vis.length,
          hidden: vis.filter((b) => b.hidden).length,
          text: (p!.textContent ?? '').slice(0, 40),
        });
      }
      return out;
    });
    for (const r of res) {
      painted++;
      totalBoxes += r.boxes;
      hiddenBoxes += r.hidden;
      if (r.boxes === 0) noBoxes++;
      if (r.hidden > 0 || r.boxes === 0)
        bad.push(`${f.split('/').slice(-2).join('/')}: ${r.hidden}/${r.boxes} hidden «${r.text}»`);
    }
  } catch (e) {
    bad.push(`${f}: error ${String(e).slice(0, 80)}`);
  }
  await page?.close();
}
console.log(
  `pages ${files.length}, paragraphs painted ${painted}, boxes in view ${totalBoxes}, hidden ${hiddenBoxes}, paragraphs with no box in view ${noBoxes}`,
);
for (const b of bad) console.log('  ' + b);
await browser.close();
await server.close();
