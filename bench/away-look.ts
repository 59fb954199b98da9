// What the reader's look at the page costs (entrypoints/content/away-changes.ts `undrawnElements`, red team 46 item 4):
// the elements not drawn under the body, judged at the reader's inputs and after the page changes something in front
// of them, at most every 500 ms and never sooner than 40 times what the last look took. In real Chromium, on articles
// of 1,000 to 20,000 paragraphs (each with a link and an emphasis, every tenth one hidden), timed with the page's style
// clean and right after the page toggled a class on its body (the look then pays for the style work the next frame
// would have done). Median of 7.
// npx tsx bench/away-look.ts
import { bundle, launchChromium, startServer } from '../tests/fixtures/anchoring/chromium';

const code = await bundle(
  "import { undrawnElements } from './entrypoints/content/away-changes'; (globalThis as any).undrawn = undrawnElements;",
);
const [browser, server] = await Promise.all([launchChromium(), startServer()]);
const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
// tsx names the functions below with a helper of its own, absent from the page.
await page.addInitScript('globalThis.__name = (f) => f');
for (const n of [1000, 5000, 20000]) {
  const paras = Array.from(
    { length: n },
    (_, i) =>
      `<p${i % 10 === 9 ? ' class="h"' : ''}>Paragraph ${i} with <a href="#${i}">a link</a> and <em>a word</em> in it.</p>`,
  ).join('');
  server.put(
    `/long-${n}`,
    `<!doctype html><html><head><style>.h{display:none} body.x p{color:#111}</style></head><body><article>${paras}</article></body></html>`,
  );
  await page.goto(server.url(`/long-${n}`));
  await page.addScriptTag({ content: code });
  const result = await page.evaluate(() => {
    const undrawn = (globalThis as unknown as { undrawn: (r: Element) => Set<Element> }).undrawn;
    const clean: number[] = [];
    const dirty: number[] = [];
    let found = 0;
    for (let k = 0; k < 7; k++) {
      document.body.getBoundingClientRect();
      let t = performance.now();
      found = undrawn(document.body).size;
      clean.push(performance.now() - t);
      document.body.classList.toggle('x');
      t = performance.now();
      undrawn(document.body);
      dirty.push(performance.now() - t);
    }
    const median = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[3]! * 10) / 10;
    return {
      elements: document.body.querySelectorAll('*').length,
      undrawn: found,
      clean: median(clean),
      afterClassToggle: median(dirty),
    };
  });
  console.log(`${n} paragraphs:`, result);
}
await browser.close();
await server.close();
