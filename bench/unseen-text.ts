// What leaving hidden words out of the page's text costs and drops on real pages (core/anchoring/dom/unseen-text.ts):
// in real Chromium, each saved page's text model is built without and with the `unseen` test (median of 5 each), and
// the markup handed to extraction is serialised as it was (outerHTML) and without hidden words (seenMarkup), and
// every element the test left out is listed with its words, to be read by eye: on an ordinary page a dropped element
// should be a screen-reader label or text no reader sees, never words on the screen. Saved pages lack most of their
// external stylesheets, so this measures the inline-styled hiding they keep, and the cost.
// LEDE_TRAFILATURA and/or LEDE_READABILITY_PAGES; N pages of trafilatura's cache (default 80); LEDE_UNSEEN_ALL=1.
// npx tsx bench/unseen-text.ts
import type { Page } from 'playwright-core';
import { bundle, ENGINE_ENTRY, launchChromium, startServer } from '../tests/fixtures/anchoring/chromium';
import { blocksInClosedParts, closedTexts } from '../core/anchoring/dom/seen-markup';
import { extractArticle } from '../core/article/extract-article';
import { parseHtml } from '../scripts/lib/parse-html';
import { openSavedPage, savedPageFiles } from './lib/saved-pages';

const files = savedPageFiles('unseen text', Number(process.env.N ?? 80));
if (!files) process.exit(0);

const [browser, server, engine] = await Promise.all([launchChromium(), startServer(), bundle(ENGINE_ENTRY)]);
const rows: {
  file: string;
  plain: number;
  seen: number;
  /** With the undrawn-text test too, as the page side builds it (page-root.ts). */
  drawn: number;
  markup: number;
  seenMarkup: number;
  chars: number;
  dropped: string[];
  closed: string[];
  apart: string[];
  html: string;
}[] = [];
for (const [n, f] of files.entries()) {
  let page: Page | null = null;
  try {
    page = await openSavedPage(browser, server, engine, f, `/u${n}`);
    const r = await page.evaluate(`(() => {
      const { anchoring } = globalThis.lede;
      const median = (fn) => { const xs = []; for (let k = 0; k < 5; k++) { const t = performance.now(); fn(); xs.push(performance.now() - t); } return xs.sort((a, b) => a - b)[2]; };
      const plain = median(() => anchoring.buildTextModel(document.body));
      const seen = median(() => anchoring.buildTextModel(document.body, { unseen: anchoring.unseenInRunningText(window) }));
      const drawn = median(() => anchoring.buildTextModel(document.body, { unseen: anchoring.unseenInRunningText(window), undrawn: anchoring.undrawnText(window) }));
      const dropped = [];
      const test = anchoring.unseenInRunningText(window);
      const kept = anchoring.buildTextModel(document.body, { unseen: (el) => { const out = test(el); if (out && /\\S/.test(el.textContent)) dropped.push(el.tagName.toLowerCase() + '.' + (el.getAttribute('class') || '') + ' «' + el.textContent.replace(/\\s+/g, ' ').trim().slice(0, 60) + '»'); return out; } });
      const markup = median(() => document.documentElement.outerHTML);
      const seenMarkup = median(() => anchoring.seenMarkup(document));
      const shown = new DOMParser().parseFromString(anchoring.shownMarkup(document, 'm'), 'text/html');
      const closed = [...shown.querySelectorAll('[data-lede-closed="m"]')].map((el) => el.tagName.toLowerCase() + '.' + (el.getAttribute('class') || '') + ' «' + el.textContent.replace(/\\s+/g, ' ').trim().slice(0, 60) + '»');
      // Words pseudo-elements draw (drawn-words.ts), to be read by eye: in the flow (written into the markup) and blocks a
      // positioned one covers (left out).
      const dw = anchoring.drawnWordsIn(window, document.body);
      const label = (el) => el.tagName.toLowerCase() + '.' + (el.getAttribute('class') || '') + ' «' + el.textContent.replace(/\\s+/g, ' ').trim().slice(0, 60) + '»';
      const apart = [...[...dw.inline.entries()].map(([el, w]) => 'drawn in ' + JSON.stringify(w.before + '|' + w.after) + ' ' + label(el)), ...[...anchoring.coveredBlocks(window, document.body, dw.laid)].map((el) => 'covered ' + label(el))];
      return { apart, plain, seen, drawn, markup, seenMarkup, chars: anchoring.buildTextModel(document.body).text.length - kept.text.length, dropped, closed, html: closed.length ? anchoring.shownMarkup(document, 'm') : '' };
    })()`);
    rows.push({ file: f.split('/').slice(-2).join('/'), ...(r as Omit<(typeof rows)[0], 'file'>) });
  } catch (e) {
    console.log(`${f}: ${(e as Error).message.split('\n')[0]}`);
  }
  await page?.close();
}
await browser.close();
await server.close();

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const plain = rows.map((r) => r.plain);
const seen = rows.map((r) => r.seen);
console.log(`unseen text: ${rows.length} saved pages, Chromium, model built 5 times each way (median)`);
console.log(
  `model without the test: total ${sum(plain).toFixed(0)} ms, median ${med(plain).toFixed(2)} ms, slowest ${Math.max(...plain).toFixed(1)} ms`,
);
console.log(
  `model with the test:    total ${sum(seen).toFixed(0)} ms, median ${med(seen).toFixed(2)} ms, slowest ${Math.max(...seen).toFixed(1)} ms`,
);
console.log(
  `ratio: ${(sum(seen) / sum(plain)).toFixed(2)}x in total, ${(med(seen) / med(plain)).toFixed(2)}x at the median`,
);
const drawn = rows.map((r) => r.drawn);
console.log(
  `with the undrawn-text test too (as the page builds it): total ${sum(drawn).toFixed(0)} ms, median ${med(drawn).toFixed(2)} ms, ${(sum(drawn) / sum(plain)).toFixed(2)}x in total`,
);
const markup = rows.map((r) => r.markup);
const seenMarkup = rows.map((r) => r.seenMarkup);
console.log(
  `markup for extraction: outerHTML total ${sum(markup).toFixed(0)} ms, median ${med(markup).toFixed(2)} ms; seenMarkup total ${sum(seenMarkup).toFixed(0)} ms, median ${med(seenMarkup).toFixed(2)} ms, slowest ${Math.max(...seenMarkup).toFixed(1)} ms`,
);
console.log(
  `ratio: ${(sum(seenMarkup) / sum(markup)).toFixed(2)}x in total, ${(med(seenMarkup) / med(markup)).toFixed(2)}x at the median`,
);
const withDrops = rows.filter((r) => r.dropped.length > 0);
console.log(
  `pages with words left out: ${withDrops.length} of ${rows.length}; elements ${sum(rows.map((r) => r.dropped.length))}, characters ${sum(rows.map((r) => r.chars))}`,
);
// LEDE_UNSEEN_ALL=1 lists every element left out (to compare two versions of the test), not the first four a page.
const shown = process.env.LEDE_UNSEEN_ALL ? Number.POSITIVE_INFINITY : 4;
for (const r of withDrops) for (const d of r.dropped.slice(0, shown)) console.log(`  ${r.file}: ${d}`);
const withApart = rows.filter((r) => r.apart.length > 0);
console.log(
  `words a ::before/::after/::marker draws in the flow (written in) or over the text (block left out): ${withApart.reduce((n, r) => n + r.apart.length, 0)} on ${withApart.length} of ${rows.length} pages`,
);
for (const r of withApart) for (const d of r.apart.slice(0, shown)) console.log(`  drawn over ${r.file}: ${d}`);
// Closed parts: hidden blocks a reader could open, marked in the markup; key facts leave out the article's blocks in
// them until opened (seen-markup.ts, lib/tab-article.ts).
const withClosed = rows.filter((r) => r.closed.length > 0);
console.log(
  `closed parts marked: ${sum(rows.map((r) => r.closed.length))} on ${withClosed.length} of ${rows.length} pages`,
);
for (const r of withClosed) for (const d of r.closed.slice(0, shown)) console.log(`  closed ${r.file}: ${d}`);
// Where the popup says part of the page is closed: the article's own blocks inside a closed part.
let articlesClosed = 0;
for (const r of withClosed) {
  const parsed = parseHtml(r.html);
  const { article } = extractArticle(parsed.document, { url: 'https://page.invalid/' });
  const shut = article ? blocksInClosedParts(article.blocks, closedTexts(parsed.document, 'm')) : new Set<number>();
  await parsed.close();
  if (shut.size === 0 || !article) continue;
  articlesClosed++;
  for (const i of shut) console.log(`  article block closed ${r.file}: «${article.blocks[i]!.text.slice(0, 80)}»`);
}
console.log(`pages whose article has blocks in a closed part (the popup says so): ${articlesClosed} of ${rows.length}`);
