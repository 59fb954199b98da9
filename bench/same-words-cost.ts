// What finding painted passages again costs when a page re-renders its paragraphs with the same words (red team 50:
// every animation frame), in real Chromium: a 20,000-word page of 1,000 paragraphs with 0, 100 and 944 highlights.
// For each: the paint calls with and without a keeper (which reads each painted range's block at the task's end), and the median placing
// after the page replaced the text nodes of every paragraph (all highlights lost and found again), after it changed
// one element holding no highlight (an honest ticker), each with and without the keeper, in the same run.
// The keeper here is entrypoints/content/spot-keeper.ts's, over the same core functions. npx tsx bench/same-words-cost.ts
import { openLongPage } from './lib/long-page';

const { page, close } = await openLongPage('<div id="ticker">0</div>');

interface Row {
  n: number;
  keeper: boolean;
  tPaint: string;
  rerender: string;
  ticker: string;
  placings: string;
}
const rows: Row[] = [];
for (const n of [0, 100, 944])
  for (const keeper of [false, true]) {
    const r = await page.evaluate(`(async ([n, withKeeper]) => {
      const { highlight, anchoring } = globalThis.lede;
      globalThis.painter?.destroy();
      const spots = new Map();
      const pending = new Map();
      const opts = () => ({ unseen: anchoring.unseenInRunningText(window), undrawn: anchoring.undrawnText(window) });
      const flush = () => {
        const o = opts();
        const indexes = new Map();
        for (const [id, { range, solid }] of pending) {
          const spot = anchoring.spotOf(document.body, range, o, indexes);
          if (spot) spots.set(id, { spot, solid });
        }
        pending.clear();
      };
      const keeper = {
        keep(id, range, unconfirmed) {
          if (pending.size === 0) queueMicrotask(flush);
          pending.set(id, { range, solid: !unconfirmed });
        },
        drop(id) { spots.delete(id); pending.delete(id); },
        refind(lost) {
          flush();
          const out = new Map();
          const o = opts();
          let budget = 20000;
          for (const { id } of lost) {
            const kept = spots.get(id);
            if (!kept) { out.set(id, null); continue; }
            if (budget < kept.spot.text.length && budget < 20000) continue;
            budget -= kept.spot.text.length;
            const r = anchoring.refindSpot(document.body, kept.spot, o);
            if (!r || (kept.solid && anchoring.drawsOtherWords(r, window))) { spots.delete(id); out.set(id, null); continue; }
            out.set(id, r);
          }
          return out;
        },
      };
      let queued = null;
      const painter = highlight.createPainter(document, {
        env: { requestFrame: (fn) => (queued = fn) },
        ...(withKeeper ? { keeper } : {}),
      });
      globalThis.painter = painter;
      const placeNow = () => { const fn = queued; queued = null; const t = performance.now(); fn?.(); return performance.now() - t; };
      const ps = [...document.querySelectorAll('p')];
      const t0 = performance.now();
      for (let i = 0; i < n; i++) {
        const p = ps[Math.floor((i * ps.length) / Math.max(n, 1))];
        const r = document.createRange();
        r.selectNodeContents(p.firstChild);
        painter.paint('h' + i, r, 'yellow');
      }
      await Promise.resolve();
      const tPaint = performance.now() - t0;
      placeNow();
      const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
      const rerender = [];
      const ticker = [];
      // An honest ticker first (no highlighted node moved), then every paragraph rendered again (every one lost);
      // placings go on until none waits (the keeper's budget), counted as one each.
      for (let k = 0; k < 11; k++) {
        document.getElementById('ticker').textContent = String(k);
        painter.changed();
        ticker.push(placeNow());
      }
      let placings = 0;
      for (let k = 0; k < 11; k++) {
        for (const p of document.querySelectorAll('p')) p.replaceChildren(p.firstChild.cloneNode(true));
        painter.changed();
        rerender.push(placeNow());
        placings++;
        while (queued) { rerender.push(placeNow()); placings++; }
      }
      const shown = painter.ids().length;
      return { n, keeper: withKeeper, shown, placings: (placings / 11).toFixed(1), tPaint: tPaint.toFixed(1), rerender: median(rerender).toFixed(2), ticker: median(ticker).toFixed(2) };
    })([${n}, ${keeper}])`);
    rows.push(r as Row);
  }
console.log('finding passages again on a 20,000-word page (1,000 paragraphs), real Chromium, ms (median of 11):');
for (const r of rows)
  console.log(
    `  ${String(r.n).padStart(4)} highlights, keeper ${r.keeper ? 'on ' : 'off'}: paint calls ${r.tPaint}, placing after a ticker changed ${r.ticker}, after every paragraph re-rendered ${r.rerender} (${r.placings} placings to find all)`,
  );
await close();
