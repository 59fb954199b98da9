// A page that turns its own frames against the reader (red team 26), in real Chromium against the built extension:
// an invisible frame laid over the article takes the reader's drag and files its own words under the article, and
// frames of the site's other articles, loaded where the reader cannot see them, show which ones carry notes. Lede
// runs in every frame; in a sub-frame it saves and paints only once the browser reports the frame seen
// (IntersectionObserver v2: entrypoints/content/frame-sight.ts).
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  type CdpNode,
  drawnText,
  paintedHighlights,
  runHighlightCommand,
  selectWithMouse,
  tabIdOf,
  readerArrives,
} from '../../scripts/lib/reader';
import { countPixels, decodePng, isTinted } from './png';
import { readStore } from './support';
import { PASSAGE, SAMPLE, useTrustPage } from './trust-support';

const trust = useTrustPage();

/** What the reader reads in the page itself; the frame laid over it says $900 billion. */
const SEEN = 'The deals complement a $400 billion deal made last May';
const FORGED = '$900 billion';
const HIDDEN_FRAME = 'This passage is in a frame that is hidden or covered, so Lede did not save it.';

/**
 * A page script that lays a frame of `src` over the whole page once it has loaded, at `opacity`; with `forge`, the
 * frame's words are changed from the parent (a same-origin frame) and `css` added to the frame's own stylesheet.
 * Sets window.ghostReady when the frame is in.
 */
function ghostScript(src: string, opacity: number, forge: boolean, css = ''): string {
  return `if (window.top === window) addEventListener('load', () => {
    const f = document.createElement('iframe');
    f.src = ${JSON.stringify(src)};
    f.setAttribute('scrolling', 'no');
    f.style.cssText = 'position:absolute;border:0;margin:0;padding:0;z-index:10;left:0;top:0;opacity:${opacity};width:'
      + document.documentElement.clientWidth + 'px;height:' + document.documentElement.scrollHeight + 'px';
    f.onload = () => {
      if (${forge}) {
        const w = f.contentDocument.createTreeWalker(f.contentDocument.body, 4);
        for (let n; (n = w.nextNode()); ) n.data = n.data.replace('$400 billion', ${JSON.stringify(FORGED)});
        const style = f.contentDocument.createElement('style');
        style.textContent = ${JSON.stringify(css)};
        f.contentDocument.head.append(style);
      }
      window.ghostReady = true;
    };
    document.body.append(f);
  });`;
}

/** Opens the page at `path` (the seed article with `script`), and waits for its frame. */
async function openGhostPage(path: string, script: string): Promise<Page> {
  trust.server.route(path, { body: SAMPLE.replace('<head>', `<head><script>${script}</script>`) });
  const page = await trust.session.context.newPage();
  await page.goto(`${trust.server.url}${path}`);
  await page.waitForFunction(() => (window as unknown as { ghostReady?: boolean }).ghostReady === true);
  await page.bringToFront();
  return page;
}

/**
 * Drags the mouse over `text` where the reader sees it, as a reader selecting it does: in the top page, scrolled into
 * view; or as drawn in `seenIn`, a frame whose window starts at `at` in the page (its corner by default), left where
 * it is.
 */
async function dragOverSeen(page: Page, text: string, seenIn?: Frame, at = { x: 0, y: 0 }): Promise<void> {
  const box = await (seenIn ?? page).evaluate(
    ([needle, scroll]) => {
      const p = [...document.querySelectorAll('p')].find((x) => x.textContent?.includes(needle))!;
      if (scroll) p.scrollIntoView({ block: 'center' });
      const node = [...p.childNodes].find((n) => n.textContent?.includes(needle))!;
      const i = node.textContent!.indexOf(needle);
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const a = range.getBoundingClientRect();
      range.setStart(node, i + needle.length - 1);
      range.setEnd(node, i + needle.length);
      const b = range.getBoundingClientRect();
      return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
    },
    [text, !seenIn] as const,
  );
  await page.mouse.move(at.x + box.x1, at.y + box.y1);
  await page.mouse.down();
  await page.mouse.move(at.x + (box.x1 + box.x2) / 2, at.y + (box.y1 + box.y2) / 2, { steps: 4 });
  await page.mouse.move(at.x + box.x2, at.y + box.y2, { steps: 4 });
  await page.mouse.up();
}

/**
 * The text of every alert Lede shows in the page or its same-process frames. Lede's toast lives in a closed shadow
 * root the page cannot open: read as DevTools reads it, into frames' documents too (piercedText stops at frames).
 */
async function alertsIn(page: Page, frame?: Frame): Promise<string[]> {
  // A frame of another site runs in its own process: read through its own session.
  const cdp = await page.context().newCDPSession(frame ?? page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const found: string[] = [];
    const walk = (n: CdpNode): void => {
      const attrs = n.attributes ?? [];
      if (attrs.some((a, i) => i % 2 === 0 && a === 'role' && attrs[i + 1] === 'alert')) found.push(drawnText(n));
      for (const c of [
        ...(n.children ?? []),
        ...(n.shadowRoots ?? []),
        ...(n.contentDocument ? [n.contentDocument] : []),
      ])
        walk(c);
    };
    walk(root);
    return found;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Every quote stored whose record names `part` (its article key or address). */
async function quotesNaming(part: string): Promise<string[]> {
  const store = await readStore(trust.probe);
  return store.annotations
    .filter((a) => JSON.stringify(a).includes(part))
    .map((a) => a.target.selector[0]?.exact ?? '');
}

/** Red team 27's page: a forged frame whose root element is a 20 px strip clear of the page's cover, the rest of it
 * under an opaque copy of the article that lets the reader's drag through. */
const STRIP_PAGE = `if (window.top === window) addEventListener('load', () => {
  const W = document.documentElement.clientWidth, H = innerHeight;
  const p = [...document.querySelectorAll('p')].find((x) => x.textContent.includes('$400 billion'));
  const Y = Math.max(0, p.getBoundingClientRect().top + scrollY - H / 2);
  let ready = 0;
  const done = () => { if (++ready === 2) window.ghostReady = true; };
  const frame = (name, forge, css) => {
    const f = document.createElement('iframe');
    f.src = '?utm_source=' + name; f.setAttribute('scrolling', 'no');
    f.onload = () => {
      const d = f.contentDocument;
      if (forge) { const w = d.createTreeWalker(d.body, 4); for (let n; (n = w.nextNode()); ) n.data = n.data.replace('$400 billion', ${JSON.stringify(FORGED)}); }
      const s = d.createElement('style'); s.textContent = css + ' body { transform: translateY(-' + Y + 'px) !important; }'; d.head.append(s);
      done();
    };
    return f;
  };
  const ghost = frame('ghost', true, 'html { height: 20px !important; overflow: hidden !important; }');
  ghost.style.cssText = 'position:fixed;left:0;top:0;border:0;margin:0;padding:0;z-index:100;width:' + W + 'px;height:' + H + 'px';
  const box = document.createElement('div');
  box.style.cssText = 'position:fixed;left:0;right:0;top:20px;bottom:0;overflow:hidden;pointer-events:none;background:#fff;z-index:101';
  const cover = frame('cover', false, 'html { overflow: hidden !important; }');
  cover.style.cssText = 'position:absolute;left:0;top:-20px;border:0;margin:0;padding:0;pointer-events:none;width:' + W + 'px;height:' + H + 'px';
  box.append(cover);
  document.body.append(ghost, box);
});`;

describe('a page that turns its own frames against the reader', () => {
  it('(fr1) an invisible frame of the article itself, laid over it, gets none of its changed words saved under the article', async () => {
    // The frame is the article's own address with a tracking parameter Lede strips: what is saved there is filed
    // under the article the reader is reading. Before: "$900 billion deal…" was stored under it.
    const page = await openGhostPage('/frames/ghost-same.html', ghostScript('?utm_source=ghost', 0, true));
    await page.waitForTimeout(500);
    await dragOverSeen(page, SEEN);
    const frame = page.frames().find((f) => f.url().includes('utm_source=ghost'))!;
    // The drag selected in the frame, not in the page the reader sees.
    expect(await frame.evaluate(() => String(getSelection()))).toContain(FORGED);
    await page.waitForTimeout(300);
    await page.keyboard.press('1');
    await page.waitForTimeout(1500);
    expect(await quotesNaming('/frames/ghost-same')).toEqual([]);
    // Lede says why nothing was saved, in the top frame the reader sees (and in the frame, where the key went).
    await expect
      .poll(() => alertsIn(page))
      .toEqual([HIDDEN_FRAME, HIDDEN_FRAME].map((t) => expect.stringContaining(t)));
    // Nor does the context menu's "Highlight with Lede" save it.
    expect(await runHighlightCommand(trust.session.worker)).toMatchObject({ ok: true, id: null });
    await page.waitForTimeout(500);
    expect(await quotesNaming('/frames/ghost-same')).toEqual([]);
    await page.close();
  });

  it('(fr2) an invisible frame of another site laid over the article gets nothing saved under that site', async () => {
    // Another site's copy of the article (plain.test, a frame in its own process), one figure changed.
    trust.server.route('/frames/ghost-inner.html', { body: SAMPLE.replace('$400 billion deal', `${FORGED} deal`) });
    const page = await openGhostPage(
      '/frames/ghost-other.html',
      ghostScript(`${trust.plainOrigin}/frames/ghost-inner.html`, 0, false),
    );
    await page.waitForTimeout(1000);
    await dragOverSeen(page, SEEN);
    await page.waitForTimeout(300);
    await page.keyboard.press('1');
    await page.waitForTimeout(2000);
    expect(await quotesNaming('/frames/ghost-inner')).toEqual([]);
    // Nor is the other site's article recorded in the reader's library as one they read.
    const articles = (await readStore(trust.probe)).articles.map((a) => a.key);
    expect(articles.filter((key) => key.includes('/frames/ghost-inner'))).toEqual([]);
    await page.close();
  });

  it('(fr3) the same frame in full view is the reader’s to highlight: they see its words, and those are saved', async () => {
    // Not a refusal of every frame: at opacity 1 the frame is what the reader reads, $900 billion and all.
    const page = await openGhostPage('/frames/seen-same.html', ghostScript('?utm_source=seen', 1, true));
    await page.waitForTimeout(500);
    await dragOverSeen(page, SEEN);
    await page.waitForTimeout(300);
    await page.keyboard.press('2');
    await expect.poll(() => quotesNaming('/frames/seen-same')).toEqual([expect.stringContaining(FORGED)]);
    const frame = page.frames().find((f) => f.url().includes('utm_source=seen'))!;
    await expect.poll(async () => (await paintedHighlights(frame))['lede-green']?.length).toBe(1);
    await page.close();
  });

  it('(fr5) a frame in full view whose own words are drawn transparent or faded, the page’s showing through, gets nothing saved', async () => {
    // The frame is seen (opacity 1, nothing over it), but its stylesheet draws its words transparent (or fades its
    // body) over a transparent background: the reader reads the page's "$400 billion" through it. Before: the drag
    // and key 1 stored "$900 billion deal…" under the article.
    const clear = 'html, body, * { background: transparent !important; }';
    const styles = {
      transparent: `${clear} * { color: transparent !important; }`,
      faded: `${clear} body { opacity: 0; }`,
    };
    for (const [name, css] of Object.entries(styles)) {
      const path = `/frames/faint-${name}.html`;
      const page = await openGhostPage(path, ghostScript(`?utm_source=${name}`, 1, true, css));
      await page.waitForTimeout(500);
      await dragOverSeen(page, SEEN);
      await page.waitForTimeout(300);
      await page.keyboard.press('1');
      await page.waitForTimeout(1500);
      expect(await quotesNaming(path)).toEqual([]);
      await expect
        .poll(() => alertsIn(page))
        .toEqual([HIDDEN_FRAME, HIDDEN_FRAME].map((t) => expect.stringContaining(t)));
      await page.close();
    }
  });

  it('(fr4) frames of the site’s other articles, off-screen, show nothing of the reader’s notes until seen', async () => {
    // Recorded: what is added to each frame's document after it loaded. Before: 2 elements of Lede's in the frame of
    // the article with a note, none in the one without, so the page learnt which articles the reader annotated.
    const probe = `window.added = {};
    addEventListener('load', () => {
      for (const [name, style] of [['noted', 'position:absolute;left:-5000px'], ['clean', 'position:absolute;left:-5000px'],
          ['faded', 'opacity:0'], ['below', 'margin-top:3000px']]) {
        const f = document.createElement('iframe');
        f.src = '/frames/hist/' + (name === 'clean' ? 'clean' : 'noted') + '.html?utm_source=' + name;
        f.style.cssText = 'display:block;width:1000px;height:700px;border:0;' + style;
        f.onload = () => {
          const had = new Set(f.contentDocument.querySelectorAll('*'));
          window.added[name] = 0;
          new MutationObserver((rs) => { for (const r of rs) for (const n of r.addedNodes)
            if (n.nodeType === 1 && !had.has(n)) window.added[name]++; })
            .observe(f.contentDocument.documentElement, { childList: true, subtree: true });
        };
        document.body.append(f);
      }
    });`;
    const other = SAMPLE.replace('<link rel="canonical"', '<link data-x');
    trust.server.route('/frames/hist/noted.html', { body: other });
    trust.server.route('/frames/hist/clean.html', { body: other });
    trust.server.route('/frames/hist/front.html', {
      body: `<!doctype html><html><head><title>Front page</title><script>${probe}</script></head><body><h1>Front page</h1></body></html>`,
    });
    const noted = await trust.session.context.newPage();
    await noted.goto(`${trust.server.url}/frames/hist/noted.html`);
    await trust.highlight(noted, PASSAGE, '1');
    await expect.poll(() => trust.quotesFor('/frames/hist/noted.html')).toEqual([PASSAGE]);
    await noted.close();

    const page = await trust.session.context.newPage();
    await page.goto(`${trust.server.url}/frames/hist/front.html`);
    await page.waitForTimeout(5000);
    const added = () => page.evaluate(() => (window as unknown as { added: Record<string, number> }).added);
    // Off-screen, faded, below the fold: nothing of Lede's in any of them, with a note or without.
    expect(await added()).toEqual({ noted: 0, clean: 0, faded: 0, below: 0 });
    // The reader scrolls down to the frame below the fold: there its note is painted.
    const below = page.frames().find((f) => f.url().endsWith('utm_source=below'))!;
    await page.evaluate(() => document.querySelectorAll('iframe')[3]!.scrollIntoView());
    // Painted at the reader's first input in that frame: the pointer over it (red team 50, N).
    await readerArrives(page, 300, 300);
    await expect
      .poll(() => paintedHighlights(below), { timeout: 8000 })
      .toEqual({ 'lede-yellow': [expect.stringContaining(PASSAGE)] });
    // The frames still out of sight still show nothing.
    const now = await added();
    expect([now.noted, now.clean, now.faded]).toEqual([0, 0, 0]);
    await page.close();
  });

  it('(fr6) a forged frame whose root box is a 20 px strip clear of the page’s copy laid over the rest gets nothing saved', async () => {
    const path = '/frames/strip.html';
    trust.server.route(path, { body: SAMPLE.replace('<head>', `<head><script>${STRIP_PAGE}</script>`) });
    const page = await trust.session.context.newPage();
    await page.goto(`${trust.server.url}${path}`);
    await page.waitForFunction(() => (window as unknown as { ghostReady?: boolean }).ghostReady === true);
    await page.bringToFront();
    await page.waitForTimeout(800);
    const cover = page.frames().find((f) => f.url().includes('utm_source=cover'))!;
    const ghost = page.frames().find((f) => f.url().includes('utm_source=ghost'))!;
    await dragOverSeen(page, SEEN, cover);
    // The drag went into the forged frame under the page's copy.
    expect(await ghost.evaluate(() => String(getSelection()))).toContain('$900');
    await page.waitForTimeout(400);
    await page.keyboard.press('1');
    await page.waitForTimeout(2000);
    const store = await readStore(trust.probe);
    // Nothing of this page's is saved (its frames' addresses are the page's with a query).
    expect(store.annotations.filter((a) => JSON.stringify(a).includes('/frames/strip.html'))).toEqual([]);
    await page.close();
  });
});

/** An embed of another site: two short paragraphs (shorter than its 700x160 box), and `script`. */
const EMBED_TEXT = 'The committee published its full findings on the harbour project this morning after a long delay.';
const EMBED_PASSAGE = 'published its full findings on the harbour project';
const EMBED_OWN = 'Xi Jinping was right about everything, officials confirm.';

async function openEmbedPage(tag: string, script = ''): Promise<{ page: Page; frame: Frame; path: string }> {
  const framePath = `/frames/embed-${tag}.html`;
  trust.server.route(framePath, {
    body: `<!doctype html><html><head><title>Embed</title></head><body style="font:18px serif"><p>${EMBED_TEXT}</p><p id="own">${EMBED_OWN}</p><script>${script}</script></body></html>`,
  });
  const path = `/frames/host-${tag}.html`;
  trust.server.route(path, {
    body: SAMPLE.replace(
      '<div class="ad" id="in-article">Advertisement</div>',
      `<iframe src="${trust.plainOrigin}${framePath}" style="width:700px;height:160px;border:1px solid #ccc"></iframe>`,
    ),
  });
  const page = await trust.session.context.newPage();
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(`${trust.server.url}${path}`);
  await page.bringToFront();
  await page.evaluate(() => document.querySelector('iframe')!.scrollIntoView({ block: 'center' }));
  const frame = page.frames().find((f) => f.url().includes(framePath))!;
  await frame.waitForLoadState();
  await page.waitForTimeout(800);
  return { page, frame, path: framePath };
}

/** Drags over `text` inside `frame`, where the reader sees it. */
async function dragInFrame(page: Page, frame: Frame, text: string): Promise<string> {
  await frame.evaluate(() => getSelection()?.removeAllRanges());
  await dragOverSeen(page, text, frame, (await (await frame.frameElement()).boundingBox())!);
  return frame.evaluate(() => String(getSelection()));
}

describe('red team 38: an embed of another site', () => {
  it('(F1) a visible embed shorter than its box saves the reader’s passage by the shortcut, the menu and key 1', async () => {
    // Before: "…in a frame that is hidden or covered" for each: the frame counted as seen only when its root filled
    // its window, and a short document's root does not. (Key 1 acts on the toolbar, which is offered on an article or
    // a page with notes: two short paragraphs are not an article, so it is pressed once the frame has a note.)
    for (const how of ['shortcut', 'menu'] as const) {
      const { page, frame, path } = await openEmbedPage(`short-${how}`);
      const tabId = await tabIdOf(trust.session, page);
      expect(await dragInFrame(page, frame, EMBED_PASSAGE)).toBe(EMBED_PASSAGE);
      await page.waitForTimeout(300);
      expect(
        await runHighlightCommand(trust.session.worker, tabId, how === 'menu' ? EMBED_PASSAGE : undefined),
      ).toMatchObject({ ok: true, id: expect.any(String) });
      await expect.poll(() => quotesNaming(path), { timeout: 5000 }).toEqual([EMBED_PASSAGE]);
      // And painted where the reader sees it (the reader's own selection cleared first: it is tinted too).
      await frame.evaluate(() => getSelection()?.removeAllRanges());
      await page.mouse.move(1, 1);
      const frameBox = await frame.frameElement();
      await expect.poll(async () => countPixels(decodePng(await frameBox.screenshot()), isTinted)).toBeGreaterThan(500);
      if (how === 'menu') {
        expect(await dragInFrame(page, frame, 'officials confirm')).toBe('officials confirm');
        await page.waitForTimeout(500);
        await page.keyboard.press('1');
        await expect.poll(() => quotesNaming(path), { timeout: 5000 }).toContain('officials confirm');
      }
      await page.close();
    }
  });

  it('(F3) an embed the reader once selected in, re-selecting its own words, stays silent when the shortcut is meant for the page', async () => {
    // Before: the embed answered the shortcut too (its old gesture counted), showed "Not saved: the selection is not
    // the one you made…" inside itself, and its refusal was the reply the shortcut got.
    const { page, frame, path } = await openEmbedPage(
      'reselects',
      `let armed = false; addEventListener('mouseup', () => { armed = true; });
      setInterval(() => { if (armed && !String(getSelection()).includes('Xi Jinping')) getSelection().selectAllChildren(document.getElementById('own')); }, 50);`,
    );
    const tabId = await tabIdOf(trust.session, page);
    await dragInFrame(page, frame, 'full findings');
    await page.waitForTimeout(500);
    await page.mouse.click(5, 5);
    expect(await selectWithMouse(page, PASSAGE)).toBe(PASSAGE);
    await page.waitForTimeout(300);
    expect(await frame.evaluate(() => String(getSelection()))).toBe(EMBED_OWN);
    expect(await runHighlightCommand(trust.session.worker, tabId)).toMatchObject({ ok: true, id: expect.any(String) });
    await expect.poll(() => trust.quotesFor('/frames/host-reselects.html')).toEqual([PASSAGE]);
    await page.waitForTimeout(800);
    expect(await alertsIn(page, frame)).toEqual([]);
    expect(await quotesNaming(path)).toEqual([]);
    await page.close();
  });
});
