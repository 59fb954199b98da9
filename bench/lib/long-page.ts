// The 20,000-word page the painter's benches share (bench/paint-cost.ts, bench/same-words-cost.ts): 1,000 paragraphs
// of 20 words each, numbered, so that every paragraph's text is its own, in a 700 px serif column.
import type { Page } from 'playwright-core';
import { bundle, ENGINE_ENTRY, launchChromium, startServer } from '../../tests/fixtures/anchoring/chromium';
const WORDS = 'the council voted on tuesday to approve the budget after a long debate about roads and schools'.split(
  ' ',
);

/** The page's HTML, with `before` (markup of the bench's own) at the top of the body. */
export function longPage(before = ''): string {
  const paras = Array.from(
    { length: 1000 },
    (_, i) =>
      `<p>${Array.from({ length: 20 }, (_, j) => WORDS[(i * 7 + j) % WORDS.length]).join(' ')} number ${i}.</p>`,
  ).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"></head><body style="font: 18px serif; max-width: 700px; margin: auto">${before}${paras}</body></html>`;
}

/**
 * Real Chromium showing the long page (with `before` at its top) at 1200 x 800, Lede's anchoring and painting engine
 * loaded into it; `close` ends the browser and the server.
 */
export async function openLongPage(before = ''): Promise<{ page: Page; close: () => Promise<void> }> {
  const [browser, server, engine] = await Promise.all([launchChromium(), startServer(), bundle(ENGINE_ENTRY)]);
  server.put('/long', longPage(before));
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  await page.goto(server.url('/long'));
  await page.evaluate(engine);
  return {
    page,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
