// The snapshot Lede hands the extension (seenMarkup, markup-writer.ts) in real Chromium: padding no extraction reads
// (a data: icon, long attribute values, a script's code, a large drawing) is left out before the extension's caps
// count, and what detection and metadata read (title, meta, canonical link, JSON-LD, the article's words) stays.
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../../fixtures/anchoring/chromium';
import { useEnginePages } from '../../fixtures/anchoring/engine-pages';

const STORY =
  'Beijing and Moscow have found common cause on the United Nations Security Council, where both hold a veto.';

describe.skipIf(!hasChromium())('the snapshot leaves out padding no extraction reads', () => {
  const env = useEnginePages();

  /** Serves `page` at `path`, takes Lede's snapshot of it in Chromium, and reads it there with `read`. */
  async function readSnapshot<T>(path: string, page: string, read: (html: string) => T): Promise<T> {
    env.server.put(path, page);
    const tab = await env.browser.newPage({ viewport: { width: 800, height: 600 } });
    await tab.goto(env.server.url(path));
    await tab.evaluate(env.engine);
    const html = await tab.evaluate(() => {
      const { anchoring } = (globalThis as unknown as { lede: { anchoring: any } }).lede;
      return anchoring.seenMarkup(document) as string;
    });
    const got = await tab.evaluate(read, html);
    await tab.close();
    return got;
  }

  it('drops a 200 kB data: icon, long values and script code, and empties a drawing of 3,000 shapes', async () => {
    const page = `<!doctype html><html><head><meta charset="utf-8"><title>The story</title>
<link rel="icon" href="data:image/png;base64,${'A'.repeat(200_000)}">
<link rel="canonical" href="https://example.com/story">
<meta property="og:title" content="The story">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"The story"}</script>
<script>window.pad = "${'B'.repeat(200_000)}";</script>
<style>.x { color: red }</style></head>
<body><article><p data-pad="${'C'.repeat(5_000)}" class="lead">${STORY}</p>
<p><img alt="chart" src="data:image/png;base64,${'D'.repeat(1_000)}"> <svg width="10" height="10"><circle r="2"/></svg></p>
<svg width="20" height="20">${'<rect width="1" height="1"/>'.repeat(3_000)}</svg></article></body></html>`;
    const got = await readSnapshot('/padded', page, (html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      return {
        length: html.length,
        title: doc.title,
        canonical: doc.querySelector('link[rel=canonical]')?.getAttribute('href'),
        og: doc.querySelector('meta[property="og:title"]')?.getAttribute('content'),
        jsonLd: doc.querySelector('script[type="application/ld+json"]')?.textContent,
        scripts: [...doc.querySelectorAll('script:not([type])')].map((s) => s.textContent),
        icon: doc.querySelector('link[rel=icon]')?.hasAttribute('href'),
        lead: doc.querySelector('p.lead')?.textContent,
        padAttr: doc.querySelector('p.lead')?.hasAttribute('data-pad'),
        img: doc.querySelector('img')?.getAttribute('alt'),
        imgSrc: doc.querySelector('img')?.hasAttribute('src'),
        circles: doc.querySelectorAll('circle').length,
        rects: doc.querySelectorAll('rect').length,
        svgs: doc.querySelectorAll('svg').length,
      };
    });
    expect(got.length).toBeLessThan(20_000);
    expect(got).toMatchObject({
      title: 'The story',
      canonical: 'https://example.com/story',
      og: 'The story',
      jsonLd: '{"@type":"NewsArticle","headline":"The story"}',
      scripts: [''],
      icon: false,
      lead: STORY,
      padAttr: false,
      img: 'chart',
      imgSrc: false,
      // A small drawing stays whole; the large one is written empty.
      circles: 1,
      rects: 0,
      svgs: 2,
    });
  });

  it('keeps only what extraction reads of an element crowded with attributes (one <meta> of 26,000 values of 199 characters)', async () => {
    const attrs = Array.from({ length: 26_000 }, (_, i) => `data-p${i}="${'E'.repeat(199)}"`).join(' ');
    const page = `<!doctype html><html><head><meta charset="utf-8"><title>The story</title>
<meta name="x" content="kept" ${attrs}>
<meta property="og:title" content="The story"></head>
<body><article><p class="lead">${STORY}</p></article></body></html>`;
    const got = await readSnapshot('/crowded', page, (html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      return {
        length: html.length,
        crowded: doc.querySelector('meta[name=x]')?.getAttribute('content'),
        padding: doc.querySelector('meta[name=x]')?.attributes.length,
        og: doc.querySelector('meta[property="og:title"]')?.getAttribute('content'),
        lead: doc.querySelector('p.lead')?.textContent,
      };
    });
    expect(got.length).toBeLessThan(20_000);
    expect(got).toEqual({ length: got.length, crowded: 'kept', padding: 2, og: 'The story', lead: STORY });
  });
});
