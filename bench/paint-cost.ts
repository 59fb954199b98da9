// What the painter costs the page with many highlights, in real Chromium: a 20,000-word page with 0, 100 and 944
// highlights (every paragraph about evenly), the time to paint them and to the second frame after (the first
// placing of every box), and the median of ten scroll steps to the second frame after each, against the same page
// with none in the same run. npx tsx bench/paint-cost.ts
import { openLongPage } from './lib/long-page';
const { page, close } = await openLongPage();
interface Row {
  n: number;
  tPaint: string;
  tFirst: string;
  scrollMedian: string;
}
const rows: Row[] = [];
for (const n of [0, 100, 944]) {
  const r = await page.evaluate(`(async (n) => {
    const frame = () => new Promise((d) => requestAnimationFrame(() => d(null)));
    const { highlight } = globalThis.lede;
    globalThis.painter?.destroy();
    const painter = highlight.createPainter(document);
    globalThis.painter = painter;
    const ps = [...document.querySelectorAll('p')];
    const t0 = performance.now();
    for (let i = 0; i < n; i++) {
      const p = ps[Math.floor((i * ps.length) / Math.max(n, 1))];
      const r = document.createRange();
      r.selectNodeContents(p);
      painter.paint('h' + i, r, 'yellow');
    }
    const tPaint = performance.now() - t0;
    await frame(); await frame();
    const tFirst = performance.now() - t0;
    const scrolls = [];
    for (let k = 0; k < 10; k++) {
      await frame();
      const t = performance.now();
      window.scrollBy(0, 150);
      window.dispatchEvent(new Event('scroll'));
      await frame(); await frame();
      scrolls.push(performance.now() - t);
    }
    scrolls.sort((a, b) => a - b);
    return { n, tPaint: tPaint.toFixed(1), tFirst: tFirst.toFixed(1), scrollMedian: scrolls[5].toFixed(1) };
})(${n})`);
  rows.push(r as Row);
}
const base = rows[0]!;
console.log('painter on a 20,000-word page (1,000 paragraphs), real Chromium, ms to the second frame after:');
for (const r of rows)
  console.log(
    `  ${String(r.n).padStart(4)} highlights: paint calls ${r.tPaint}, first placing ${r.tFirst} (${(Number(r.tFirst) / Number(base.tFirst)).toFixed(1)}x none), scroll step median ${r.scrollMedian} (${(Number(r.scrollMedian) / Number(base.scrollMedian)).toFixed(2)}x none)`,
  );
await close();
