// The text a highlight saves is the text the reader saw: in real Chromium, words a page's stylesheet hides inside a
// sentence (the ways pages hide text: display:none, off the screen, a zero font, a clear colour, white on white, no opacity, the
// "visually hidden" classes of Bootstrap and of the a11y-project, nested inside one) stay out of the page's text,
// while text a reader can see or open (gradient headings, a font-size-0 row of inline blocks, a tooltip, a collapsed
// panel) stays in.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bundle,
  ENGINE_ENTRY,
  hasChromium,
  launchChromium,
  startServer,
  type PageServer,
} from '../../fixtures/anchoring/chromium';
import { pageTexts, useEnginePages } from '../../fixtures/anchoring/engine-pages';

const STYLE = `<style>
.gone { display: none }
.off { position: absolute; left: -9999px }
.zero { font-size: 0 }
.clear { color: transparent }
.faded { opacity: 0 }
.visually-hidden { position: absolute !important; width: 1px !important; height: 1px !important; padding: 0 !important;
  margin: -1px !important; overflow: hidden !important; clip: rect(0, 0, 0, 0) !important; white-space: nowrap !important;
  border: 0 !important }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap }
.panel { display: none } .toggle { cursor: pointer }
.row { font-size: 0 } .row span { display: inline-block; font-size: 16px; margin-right: 4px }
.grad { background: linear-gradient(red, blue); -webkit-background-clip: text; background-clip: text; color: transparent }
.tip-wrap { position: relative } .tip { position: absolute; top: 1.2em; left: 0 }
.ghost { color: #fefefe } .inverse { background: #111; color: #fff } .over-image { background: url(data:image/gif;base64,R0lGODlhAQABAAAAACw=) #fff; color: #fff }
</style>`;

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>t</title>${STYLE}</head>
<body style="font: 16px serif">
<h2 class="grad">A common cause</h2>
<p id="attack">Beijing <span class="gone">AAA </span>and Moscow <span class="off">BBB </span>have found <span class="zero">CCC </span>common <span class="clear">DDD </span>cause <span class="faded">EEE </span>on the <b class="visually-hidden">FFF </b>United <span class="sr"><i>GGG </i></span>Nations Security Council.</p>
<p id="link">Read <a href="#">the <span class="visually-hidden">(opens in a new tab) </span>full report</a> here.</p>
<div class="row"> <span>Left</span> <span>Right</span> </div>
<p>Footnote<span class="tip-wrap"><span class="tip">tooltip words</span></span> after.</p>
<h3 class="toggle">Question</h3><div class="panel">The answer, in a closed panel.</div><p>Next paragraph.</p>
<p>White <span class="ghost">HHH </span>on white, <span class="inverse">white on black</span>, <span class="over-image">white on an image</span>.</p>
</body></html>`;

const SEEN = 'Beijing and Moscow have found common cause on the United Nations Security Council.';

describe.skipIf(!hasChromium())('the page text leaves out words a stylesheet hides in a sentence', () => {
  let browser: Browser;
  let server: PageServer;
  let engine: string;
  let page: Page;

  beforeAll(async () => {
    [browser, server, engine] = await Promise.all([launchChromium(), startServer(), bundle(ENGINE_ENTRY)]);
    server.put('/hidden', PAGE);
    page = await browser.newPage({ viewport: { width: 800, height: 600 } });
    await page.goto(server.url('/hidden'));
    await page.evaluate(engine);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('keeps eight hiding tricks out of the text, and every word a reader sees or can open in it', async () => {
    const text = await page.evaluate(() => {
      const { anchoring } = (globalThis as any).lede;
      return anchoring.buildTextModel(document.body, { unseen: anchoring.unseenInRunningText(window) }).text;
    });
    expect(text.trim().split('\n')).toEqual([
      'A common cause',
      SEEN,
      'Read the full report here.',
      'Left Right',
      'Footnotetooltip words after.',
      'Question',
      'The answer, in a closed panel.',
      'Next paragraph.',
      'White on white, white on black, white on an image.',
    ]);
  });

  it('describes a selection across the hidden words by what the reader saw, and finds it again', async () => {
    const result = await page.evaluate(() => {
      const { anchoring } = (globalThis as any).lede;
      const model = () => anchoring.buildTextModel(document.body, { unseen: anchoring.unseenInRunningText(window) });
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('attack')!);
      const selectors = anchoring.describeRange(document.body, range, { model: model() });
      const found = anchoring.anchor(document.body, selectors, { model: model() });
      return {
        exact: selectors[0].exact,
        // Without the test, the markup alone: what Lede saved before.
        before: anchoring.describeRange(document.body, range)[0].exact,
        found: found.range.toString() === range.toString(),
      };
    });
    expect(result.exact).toBe(SEEN);
    expect(result.before).toBe(
      'Beijing AAA and Moscow BBB have found CCC common DDD cause EEE on the FFF United GGG Nations Security Council.',
    );
    expect(result.found).toBe(true);
  });

  it('still places a highlight saved before, whose quote carries a screen-reader label, from the markup’s text', async () => {
    const found = await page.evaluate(() => {
      const { anchoring } = (globalThis as any).lede;
      const saved = [
        {
          type: 'TextQuoteSelector',
          exact: 'the (opens in a new tab) full report',
          prefix: 'Security Council.\nRead ',
          suffix: ' here.\nLeft Right',
        },
      ];
      const seen = () => anchoring.buildTextModel(document.body, { unseen: anchoring.unseenInRunningText(window) });
      const [alone] = anchoring.anchorMany(document.body, [saved], { model: seen() });
      const [a] = anchoring.anchorMany(document.body, [saved], {
        model: seen(),
        fallbackModel: () => anchoring.buildTextModel(document.body),
      });
      return { alone, found: a ? `${a.range.toString()} | ${a.confidence}` : 'orphan' };
    });
    // Read only as the reader sees the page, its quote is too far from "the full report" to place;
    // the markup's text, where it was saved, finds it with full confidence.
    expect(found.alone).toBeNull();
    expect(found.found.replace(/\s+/g, ' ')).toBe('the (opens in a new tab) full report | exact');
  });

  it('hands extraction the page’s markup without the hidden words, keeping JSON-LD and a hidden date, leaving a closed panel out', async () => {
    const MARKUP = PAGE.replace(
      '</body>',
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script>' +
        '<p id="dated">Posted <time class="gone" datetime="2025-09-04">yesterday, by evil.example</time>on Thursday.</p></body>',
    );
    server.put('/markup', MARKUP);
    const other = await browser.newPage({ viewport: { width: 800, height: 600 } });
    await other.goto(server.url('/markup'));
    await other.evaluate(engine);
    const result = await other.evaluate(() => {
      const { anchoring } = (globalThis as any).lede;
      const doc = new DOMParser().parseFromString(anchoring.seenMarkup(document), 'text/html');
      const words = (id: string) => doc.getElementById(id)?.textContent;
      return {
        attack: words('attack'),
        link: words('link'),
        dated: words('dated'),
        datetime: doc.querySelector('time')?.getAttribute('datetime'),
        jsonLd: doc.querySelector('script[type="application/ld+json"]')?.textContent,
        panel: doc.querySelector('.panel')?.textContent,
        title: doc.title,
        // The live page is left as it was.
        liveAttack: document.getElementById('attack')?.textContent,
      };
    });
    await other.close();
    expect(result.attack).toBe(SEEN);
    expect(result.link).toBe('Read the full report here.');
    expect(result.dated).toBe('Posted on Thursday.');
    expect(result.datetime).toBe('2025-09-04');
    expect(result.jsonLd).toBe('{"@type":"NewsArticle"}');
    // Key facts read a closed panel once it is opened (the reading copy keeps it: the next test).
    expect(result.panel).toBeUndefined();
    expect(result.title).toBe('t');
    expect(result.liveAttack).toContain('AAA');
  });

  it('leaves out a block hidden between two visible blocks of plain text, and keeps every hidden block a reader can open', async () => {
    // A page plants a "quote" between two paragraphs: a selection across both, and key facts, would carry it.
    const BETWEEN = `<!doctype html><html><head><meta charset="utf-8"><title>b</title>
<style>.gone { display: none } .off { position: absolute; left: -9999px } .toggle { cursor: pointer }</style></head>
<body style="font: 16px serif"><article>
<p>First visible paragraph.</p>
<p class="gone">“We will abandon our allies,” the minister said.</p>
<p>Second visible paragraph.</p>
<p class="gone">A planted run, one.</p><div class="off">A planted run, two.</div>
<blockquote><p>A quoted passage.</p></blockquote>
<h3 class="toggle">A question</h3><div class="gone">An answer under its clickable heading.</div>
<p>Third visible paragraph.</p>
<h3>A plain heading</h3><p class="gone">Planted after a heading.</p>
<ul><li>One item</li><li class="gone">A planted item.</li><li>Another item</li></ul>
<div class="gone">The rest of the story, before its button.</div>
<p><button>Read more</button></p>
<p>Fourth visible paragraph.</p>
<div class="gone" id="rest">A panel a control elsewhere opens.</div>
<p>Fifth visible paragraph.</p>
<details><summary>More</summary><p>Inside closed details.</p></details>
<p>Sixth visible paragraph.</p>
<p class="gone">A remainder before the page’s own controls.</p>
</article><nav><a href="#" aria-controls="nav rest">Open</a></nav></body></html>`;
    server.put('/between', BETWEEN);
    const other = await browser.newPage({ viewport: { width: 800, height: 600 } });
    await other.goto(server.url('/between'));
    await other.evaluate(engine);
    const result = await other.evaluate(() => {
      const { anchoring } = (globalThis as any).lede;
      const article = document.querySelector('article')!;
      const text = anchoring.buildTextModel(article, { unseen: anchoring.unseenInRunningText(window) }).text;
      const doc = new DOMParser().parseFromString(anchoring.seenMarkup(document), 'text/html');
      return { text, markup: doc.querySelector('article')!.textContent };
    });
    await other.close();
    const lines = result.text.trim().split(/\n+/);
    expect(lines).not.toContain('“We will abandon our allies,” the minister said.');
    expect(lines).not.toContain('A planted run, one.');
    expect(lines).not.toContain('A planted run, two.');
    expect(lines).not.toContain('Planted after a heading.');
    expect(lines).not.toContain('A planted item.');
    expect(lines.slice(0, 3)).toEqual(['First visible paragraph.', 'Second visible paragraph.', 'A quoted passage.']);
    for (const kept of [
      'An answer under its clickable heading.',
      'The rest of the story, before its button.',
      'A panel a control elsewhere opens.',
      'Inside closed details.',
      'A remainder before the page’s own controls.',
    ])
      expect(lines).toContain(kept);
    // Key facts read only what is shown: the planted blocks, and the closed ones until the reader opens them.
    expect(result.markup).not.toMatch(/abandon our allies|A planted run/);
    expect(result.markup).not.toMatch(/Planted after a heading|A planted item/);
    expect(result.markup).not.toMatch(/A panel a control elsewhere opens|An answer under its clickable heading/);
    // A closed <details>'s body is a closed part as well: Chromium lays it out but skips drawing it (checkVisibility).
    expect(result.markup).not.toContain('Inside closed details.');
  });
});

describe.skipIf(!hasChromium())('a block a page hides where nothing can open it', () => {
  const env = useEnginePages();

  /** The page's text as the highlight model reads it (in lines), and as key facts get it, for `body`. */
  async function textsOf(name: string, style: string, body: string) {
    const { text, markup } = await pageTexts(
      env,
      name,
      `<!doctype html><html><head><meta charset="utf-8"><title>${name}</title>
<style>.gone { display: none } .off { position: absolute; left: -9999px } .faded { opacity: 0 } .toggle { cursor: pointer } ${style}</style></head>
<body style="font: 16px serif">${body}</body></html>`,
    );
    return { lines: text.trim().split(/\n+/), markup };
  }

  it('keeps a section the browser skips drawing until it scrolls in, and leaves out a word in a box whose contents are never drawn', async () => {
    // content-visibility: auto is an honest page's speed-up (long articles set each section with it): a section far
    // below the window is not drawn yet but is the reader's to scroll to, and a highlight there must anchor. A box at
    // content-visibility: hidden never draws its contents: a "not " inside it is not on the screen (wave 42).
    const filler = Array.from(
      { length: 40 },
      (_, i) => `<p>Filler paragraph ${i} of the story, pushing the rest down.</p>`,
    );
    env.server.put(
      '/skipped',
      `<!doctype html><html><head><meta charset="utf-8"><title>t</title>
<style>section { content-visibility: auto; contain-intrinsic-size: auto 400px } .box { display: inline-block; content-visibility: hidden }</style>
</head><body style="font: 16px serif"><section><p>The opening section, on the screen.</p></section>${filler.join('')}
<section><p>A section far below the window, not drawn yet.</p></section>
<p>Beijing and Moscow have <span class="box">not </span>found common cause.</p></body></html>`,
    );
    const other = await env.browser.newPage({ viewport: { width: 800, height: 600 } });
    await other.goto(env.server.url('/skipped'));
    await other.evaluate(env.engine);
    const text: string = await other.evaluate(() => {
      const { anchoring } = (globalThis as any).lede;
      return anchoring.buildTextModel(document.body, { unseen: anchoring.unseenInRunningText(window) }).text;
    });
    await other.close();
    const lines = text.trim().split(/\n+/);
    expect(lines).toContain('A section far below the window, not drawn yet.');
    expect(lines).toContain('Beijing and Moscow have found common cause.');
  });

  it('leaves out a planted paragraph wrapped in a block of its own, among wrapped paragraphs, beside a figure or a table, or after the last paragraph', async () => {
    // Each is a way round "between two visible paragraphs": the planted block's own neighbours are a wrapper's edge, a
    // paragraph's wrapper, a figure, a table, or nothing at all. Nothing on the page can open any of them.
    const { lines, markup } = await textsOf(
      'around',
      '',
      `<article>
<p>First visible paragraph.</p>
<div><p class="gone">Planted inside a wrapper.</p></div>
<p>Second visible paragraph.</p>
<div class="para"><p>Third visible paragraph.</p></div>
<div class="para gone"><p>Planted among wrapped paragraphs.</p></div>
<div class="para"><p>Fourth visible paragraph.</p></div>
<figure><div style="width:200px;height:100px;background:#ccc" role="img" aria-label="a photo"></div><figcaption>A caption under the photo.</figcaption></figure>
<p class="off">Planted beside a figure.</p>
<p>Fifth visible paragraph.</p>
<table><tr><td>2018</td><td>38 bcm</td></tr></table>
<div class="gone">Planted beside a table.</div>
<div class="body"><p>The last visible paragraph.</p><p class="gone">Planted after the last paragraph.</p></div>
</article>
<footer>Published under: <a href="/tag/china">China</a></footer>`,
    );
    expect(lines.filter((line) => line.startsWith('Planted'))).toEqual([]);
    expect(markup).not.toContain('Planted');
    expect(lines).toContain('Fourth visible paragraph.');
    expect(lines).toContain('The last visible paragraph.');
  });

  it('keeps a hidden block a reader can open beside it, and one that keeps its place on a page revealing paragraphs as they scroll in', async () => {
    const { lines, markup } = await textsOf(
      'openable',
      '.reveal { opacity: 0; transform: translateY(20px); transition: opacity .4s }',
      `<article>
<div class="story"><p>The first paragraph of a long story.</p><div class="gone">The rest of the story, behind its button.</div></div>
<p><button>Continue reading</button></p>
<div class="slides"><div>Slide one in words.</div><div class="gone">Slide two in words.</div></div><button>Next slide</button>
<h3 class="toggle">A question</h3><div><div class="gone">Its answer, under a clickable heading.</div></div>
<p>A paragraph already in view.</p>
<p class="reveal">A paragraph that fades in as it scrolls into view.</p>
<p class="reveal">Another paragraph still to fade in.</p>
</article>`,
    );
    const kept = [
      'The rest of the story, behind its button.',
      'Slide two in words.',
      'Its answer, under a clickable heading.',
      'A paragraph that fades in as it scrolls into view.',
      'Another paragraph still to fade in.',
    ];
    expect(kept.filter((line) => !lines.includes(line))).toEqual([]);
    // Key facts read none of them until they show: a page can fade out a planted block anywhere.
    expect(kept.filter((line) => markup.includes(line))).toEqual([]);
  });

  it('marks the closed blocks for the reading copy with a value the page cannot guess, and key facts leave them out until opened', async () => {
    const page = `<!doctype html><html><head><meta charset="utf-8"><title>closed</title>
<style>.gone { display: none }</style></head><body style="font: 16px serif"><article>
<p>The first paragraph of a long story about the harbour tunnel and its cost.</p>
<div class="gone" id="rest" data-lede-closed="guess"><p>${'The rest of the story, behind its button, with the minister’s answer. '.repeat(4)}</p></div>
<p><button>Continue reading</button></p>
<p data-lede-closed="guess">A visible paragraph the page marked with a guessed value.</p>
</article></body></html>`;
    env.server.put('/closed', page);
    const other = await env.browser.newPage({ viewport: { width: 800, height: 600 } });
    await other.goto(env.server.url('/closed'));
    await other.evaluate(env.engine);
    const read = () =>
      other.evaluate(() => {
        const { anchoring } = (globalThis as any).lede;
        const html = anchoring.shownMarkup(document, 'mark-1');
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const blocks = [...doc.querySelectorAll('article p')].map((p) => ({ text: p.textContent! }));
        const closed = anchoring.blocksInClosedParts(blocks, anchoring.closedTexts(doc, 'mark-1'));
        return {
          copy: doc.body.textContent!.replace(/\s+/g, ' '),
          facts: blocks
            .filter((_, i) => !closed.has(i))
            .map((b) => b.text)
            .join(' '),
          closed: closed.size,
        };
      });
    const shut = await read();
    await other.evaluate(() => {
      document.getElementById('rest')!.style.display = 'block';
    });
    const open = await read();
    await other.close();
    // The reading copy keeps the remainder; key facts leave its block out while it is closed, and count it.
    expect(shut.copy).toContain('behind its button');
    expect(shut.facts).not.toContain('behind its button');
    expect(shut.closed).toBe(1);
    // The page's own attribute with a guessed value removes nothing.
    expect(shut.facts).toContain('A visible paragraph the page marked');
    // Opened by the reader, it is read.
    expect(open.facts).toContain('behind its button');
    expect(open.closed).toBe(0);
  });
});
