// What the painter's recheck costs (red team 54: every box measured again within a second of the last placing, so a
// page that moves its words by style alone cannot keep a highlight over other words): the full placing it asks for,
// on a 20,000-word page of 1,000 paragraphs with 0, 100 and 944 highlights, nothing changed since the last one, the
// median of 21, in real Chromium. Paid once a second while anything is painted. npx tsx bench/recheck-cost.ts
import { openLongPage } from './lib/long-page';

const { page, close } = await openLongPage();
for (const n of [0, 100, 944]) {
  const r = (await page.evaluate(`(async (n) => {
    const { highlight } = globalThis.lede;
    globalThis.painter?.destroy();
    let queued = null;
    const timers = [];
    const painter = highlight.createPainter(document, {
      env: { requestFrame: (fn) => (queued = fn), setTimeout: (fn) => (timers.push(fn), timers.length), clearTimeout: () => {} },
    });
    globalThis.painter = painter;
    const ps = [...document.querySelectorAll('p')];
    for (let i = 0; i < n; i++) {
      const p = ps[Math.floor((i * ps.length) / Math.max(n, 1))];
      const r = document.createRange();
      r.selectNodeContents(p.firstChild);
      painter.paint('h' + i, r, 'yellow');
    }
    await Promise.resolve();
    queued?.(); queued = null;
    const times = [];
    for (let k = 0; k < 21; k++) {
      const fire = timers.splice(0);
      for (const fn of fire) fn();
      const fn = queued; queued = null;
      const t = performance.now();
      fn?.();
      times.push(performance.now() - t);
      await new Promise((d) => requestAnimationFrame(() => d(null)));
    }
    times.sort((a, b) => a - b);
    return { n, median: times[10].toFixed(2), max: times[20].toFixed(2) };
  })(${n})`)) as { n: number; median: string; max: string };
  console.log(
    `  ${String(r.n).padStart(4)} highlights: a recheck's placing ${r.median} ms (median of 21), ${r.max} at most`,
  );
}
await close();
