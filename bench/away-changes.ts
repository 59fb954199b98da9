// What recording the page's changes between the reader's inputs costs a busy page (entrypoints/content/away-changes.ts,
// red team 44 item 3): in real Chromium, a 40-cell price board rewritten 200 times (8,000 text writes, each delivered
// to the observer as the page yields) and 2,000 paragraphs appended one by one, timed without and with an observer
// doing what the bootstrap's does (median of 7, interleaved). The observer runs in the page's world here, not an
// isolated one; the work per record is the same.
// Script time only: the page's own writes plus the observer's callback, not the waits between frames.
// npx tsx bench/away-changes.ts
import { launchChromium, startServer } from '../tests/fixtures/anchoring/chromium';

const [browser, server] = await Promise.all([launchChromium(), startServer()]);
server.put('/busy', '<!doctype html><html><body><div id="board"></div><article id="a"></article></body></html>');
const page = await browser.newPage();
// tsx names the functions below with a helper of its own, absent from the page.
await page.addInitScript('globalThis.__name = (f) => f');
await page.goto(server.url('/busy'));
const result = await page.evaluate(async () => {
  const board = document.getElementById('board')!;
  const cells = Array.from({ length: 40 }, () => board.appendChild(document.createElement('span')));
  const article = document.getElementById('a')!;
  const tick = () => new Promise((r) => setTimeout(r, 0));
  /** Time spent in the observer's callback since the last read. */
  let inCallback = 0;
  async function ticker(): Promise<number> {
    let spent = 0;
    inCallback = 0;
    for (let f = 0; f < 200; f++) {
      const t = performance.now();
      for (const [i, c] of cells.entries()) c.textContent = `${i}:${f}`;
      spent += performance.now() - t;
      await tick(); // the observer's callback runs here, as it would between frames (its time is added there)
    }
    return spent + inCallback;
  }
  async function appended(): Promise<number> {
    article.textContent = '';
    await tick();
    inCallback = 0;
    let spent = 0;
    for (let i = 0; i < 2000; i++) {
      const t = performance.now();
      const p = document.createElement('p');
      p.textContent = `Paragraph ${i}`;
      article.append(p);
      spent += performance.now() - t;
      if (i % 100 === 0) await tick();
    }
    await tick();
    return spent + inCallback;
  }
  function record(): MutationObserver {
    const added = new Set<Node>();
    const rewritten = new Set<Node>();
    let overflow = false;
    const observer = new MutationObserver((records) => {
      const t = performance.now();
      note(records);
      inCallback += performance.now() - t;
    });
    function note(records: MutationRecord[]): void {
      for (const r of records) {
        if (overflow) return;
        if (r.type === 'childList') {
          for (const n of r.addedNodes) added.add(n);
          if (r.removedNodes.length) rewritten.add(r.target);
        } else rewritten.add(r.target);
        if (added.size + rewritten.size > 2000) {
          overflow = true;
          added.clear();
          rewritten.clear();
        }
      }
    }
    observer.observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['class', 'style', 'hidden', 'open'],
    });
    return observer;
  }
  const out: Record<string, number[]> = { tickerOff: [], tickerOn: [], appendOff: [], appendOn: [] };
  for (let k = 0; k < 7; k++) {
    out.tickerOff!.push(await ticker());
    out.appendOff!.push(await appended());
    const o = record();
    out.tickerOn!.push(await ticker());
    out.appendOn!.push(await appended());
    o.disconnect();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[3]!;
  return Object.fromEntries(Object.entries(out).map(([k, xs]) => [k, Math.round(median(xs) * 10) / 10]));
});
console.log('ms (median of 7): 200 frames of a 40-cell board; 2,000 paragraphs appended');
console.log(result);
await browser.close();
await server.close();
