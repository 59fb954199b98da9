// Hostile and strange pages in real Chromium with the built extension. Each must leave the page working, Lede
// working (a highlight can still be made, or the popup still answers), and nothing of Lede's shown as page HTML
// (injected markup never became elements: window.__pwned never set, no <img src=x> created anywhere).
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickText, paintedHighlights, pressClosingEditor, tabIdOf, waitForNoteEditor } from '../../scripts/lib/reader';
import { openPopup, openSidebar, readStore, startE2E, type E2E } from './support';

const SAMPLE = readFileSync('tests/fixtures/seed/article.html', 'utf8');
const PASSAGE = 'Beijing and Moscow have found common cause on the United Nations Security Council';
/** Markup that runs script if it is ever parsed as HTML, in every context that shows page text. */
const XSS = '<img src=x onerror="window.__pwned=1">';
const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

let env: E2E;
/** One extension page kept open to read the store from (opening one per read costs ~300 ms). */
let probe: Page;
let hang: Server;
let hangUrl: string;
beforeAll(async () => {
  env = await startE2E();
  probe = await env.session.context.newPage();
  await probe.goto(`chrome-extension://${env.session.extensionId}/popup.html?tab=-1`);
  // Responses that never end, for "never finishes loading" (the shared server only serves whole files).
  hang = createServer((req, res) => {
    res.writeHead(200, { 'content-type': req.url?.startsWith('/img') ? 'image/png' : 'text/html; charset=utf-8' });
    if (req.url?.startsWith('/page')) res.write(SAMPLE.slice(0, SAMPLE.indexOf('</article>')));
    // Never end: the browser keeps waiting (the connection closes with the server).
  });
  await new Promise<void>((ok) => hang.listen(0, '127.0.0.1', ok));
  const address = hang.address();
  hangUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  hang?.closeAllConnections();
  await new Promise((ok) => hang?.close(ok));
  await env?.close();
});

/** The seed article with extra head and body markup, and a page script that proves the page still works. */
function articleWith(opts: { head?: string; body?: string; script?: string; title?: string } = {}): string {
  // Without its canonical link each test page is its own article: highlights from one test do not paint in another.
  let html = SAMPLE.replace(/<link rel="canonical"[^>]*>/, '');
  if (opts.title !== undefined) html = html.replace(/<title>[\s\S]*?<\/title>/, `<title>${opts.title}</title>`);
  const pageScript = `<button id="page-button" onclick="this.textContent = String(Number(this.textContent) + 1)">0</button>
<script>window.__pageOk = true;${opts.script ?? ''}</script>`;
  return html
    .replace('</head>', `${opts.head ?? ''}</head>`)
    .replace('</body>', `${opts.body ?? ''}${pageScript}</body>`);
}

async function open(
  path: string,
  html: string,
  headers?: Record<string, string>,
): Promise<{ page: Page; tabId: number }> {
  env.server.route(path, { body: html, headers });
  const page = await env.session.context.newPage();
  await page.goto(`${env.server.url}${path}`);
  return { page, tabId: await tabIdOf(env.session, page) };
}

/** Triple-clicks the paragraph that holds `needle` (Playwright's own world, immune to the page's patches), presses `key`. */
async function highlightParagraph(page: Page, needle: string, key = '1'): Promise<void> {
  await page.locator('p', { hasText: needle }).first().click({ clickCount: 3 });
  await page.waitForTimeout(150);
  await page.keyboard.press(key);
}

/** The quotes of every stored highlight, or of those on pages whose URL contains `page`. */
async function storedQuotes(page = ''): Promise<string[]> {
  const store = await readStore(probe);
  return store.annotations
    .filter((a) => (a as { articleKey?: string }).articleKey?.includes(page))
    .map((a) => a.target.selector[0]?.exact ?? '');
}

/** The page's own script still ran and its button still works. */
async function expectPageWorks(page: Page): Promise<void> {
  const button = page.locator('#page-button');
  const before = Number(await button.textContent());
  await button.click();
  await expect.poll(async () => Number(await button.textContent())).toBe(before + 1);
}

/** No injected markup became an element or ran, in any of the given pages. */
async function expectNothingInjected(...pages: Page[]): Promise<void> {
  for (const p of pages) {
    expect(await p.evaluate('window.__pwned === undefined && !document.querySelector("img[src=x], svg[onload]")')).toBe(
      true,
    );
  }
}

/** Lede's UI host elements in the page (its tag name is lede-ui-<random>). */
const ledeHosts = (page: Page) => page.locator('xpath=//*[starts-with(local-name(), "lede-ui")]');

/** What the popup shows for a tab: 'ready' with the article heading, or the state it explains; null while loading. */
async function popupState(popup: Page): Promise<string | null> {
  for (const id of ['no-article', 'unreadable', 'error']) if (await popup.getByTestId(id).count()) return id;
  return (await popup.locator('h1').count()) ? 'ready' : null;
}

describe('hostile text in titles, bylines, quotes and notes', () => {
  let nastyAttempts = 0;
  it('is shown as text in the page, the editor, the tip, the popup and the sidebar; never as HTML', async () => {
    const nasty = `${XSS} [x](javascript:window.__pwned=1) =HYPERLINK("http://evil.invalid") \u202eevil\u202c z\u200bw\u200dj ${'W'.repeat(10_000)}`;
    const html = articleWith({
      title: escapeHtml(`${XSS} \u202eTitle\u202c`),
      head: `<meta property="og:title" content="${escapeHtml(XSS)} \u202eTitle\u202c"><meta name="author" content="${escapeHtml(XSS)}">`,
      body: `<article><p id="nasty">“${escapeHtml(XSS)} is what he said,” said ${escapeHtml(XSS)} Smith, in a long paragraph about the United Nations. <a href="javascript:window.__pwned=1">a javascript link</a> ${escapeHtml(nasty)}</p></article>`,
    });
    // A fresh address per attempt: a retry must not find the note an earlier attempt saved on the same page.
    const { page, tabId } = await open(`/hostile/nasty-${++nastyAttempts}.html`, html);
    await highlightParagraph(page, 'is what he said');
    await expect.poll(storedQuotes).toContainEqual(expect.stringContaining(XSS));
    // A note made of markup, through the in-page editor.
    await clickText(page, 'is what he said');
    await waitForNoteEditor(page);
    await page.keyboard.type(`${XSS}<script>window.__pwned=1</script>`);
    await pressClosingEditor(page, 'Control+Enter');
    await expect
      .poll(async () => (await readStore(probe)).annotations.map((a) => a.body.note))
      .toContainEqual(expect.stringContaining('<script>'));
    await page.mouse.move(1, 1);
    await clickText(page, 'is what he said'); // open the editor again: the note goes back in as a value
    await waitForNoteEditor(page);
    await pressClosingEditor(page, 'Escape');
    expect(page.frames().some((f) => f.url().includes('/note-editor.html'))).toBe(false);
    await page.locator('#nasty').hover({ position: { x: 30, y: 8 } }); // the hover tip shows the note
    await page.waitForTimeout(300);
    const popup = await openPopup(env, tabId);
    await expect.poll(() => popupState(popup), { timeout: 15_000 }).toBe('ready');
    const sidebar = await openSidebar(env, tabId);
    await sidebar.getByRole('tab', { name: /notes/i }).click();
    await expect
      .poll(() => sidebar.getByTestId('note').allTextContents())
      .toEqual([`${XSS}<script>window.__pwned=1</script>`]);
    await page.bringToFront();
    await expectNothingInjected(page, popup, sidebar);
    expect(await popup.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await sidebar.locator('a[href^="javascript:"]').count()).toBe(0);
    await expectPageWorks(page);
    await Promise.all([popup.close(), sidebar.close(), page.close()]);
  });
});

describe('pages that patch built-ins or define hostile elements', () => {
  it('patched Array/Node/Range/JSON/Promise/MutationObserver, blocked postMessage and a hostile <lede-ui> do not stop Lede', async () => {
    const script = `
      const fail = () => { throw new Error('patched by the page'); };
      const realAttach = Element.prototype.attachShadow;
      Array.prototype.map = fail; Array.prototype.forEach = fail; Array.from = fail;
      Node.prototype.appendChild = fail; Node.prototype.contains = () => false; Element.prototype.attachShadow = fail;
      Range.prototype.getBoundingClientRect = fail; Range.prototype.toString = () => 'patched';
      JSON.parse = fail; JSON.stringify = fail;
      Promise.prototype.then = fail; window.Promise = fail;
      window.MutationObserver = fail; window.postMessage = fail;
      getSelection = () => null; document.getSelection = () => null;
      Object.defineProperty(window, 'chrome', { get: fail });
      // Hostile custom elements, one of them with the tag name Lede used to use: it would grab Lede's host, give it a
      // shadow root first (so Lede's own attachShadow threw) and remove it.
      customElements.define('lede-ui', class extends HTMLElement { constructor() { super(); realAttach.call(this, { mode: 'open' }); window.__grabbed = this; } connectedCallback() { this.remove(); } });
      customElements.define('x-bomb', class extends HTMLElement { connectedCallback() { throw new Error('bomb'); } });
      document.body.append(document.createElement('x-bomb'));`;
    const { page } = await open('/hostile/patched.html', articleWith({ script }));
    await page.locator('p', { hasText: 'common cause' }).first().click({ clickCount: 3 });
    // Lede's toolbar is on the page (its host found from Playwright's own world, which the patches cannot reach).
    await expect.poll(() => ledeHosts(page).count()).toBe(1);
    await page.keyboard.press('1');
    await expect.poll(storedQuotes).toContainEqual(expect.stringContaining(PASSAGE));
    // A second highlight: Lede's UI must come back whatever the page did to the first one.
    await highlightParagraph(page, 'Beijing remained neutral', '2');
    await expect.poll(storedQuotes).toContainEqual(expect.stringContaining('Beijing remained neutral'));
    await expectPageWorks(page);
    await page.close();
  });

  it('a page that removes every node it did not make: highlights still save and paint, again and again', async () => {
    const script = `
      const mine = new Set(document.querySelectorAll('*'));
      new MutationObserver((records) => { for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1 && !mine.has(n) && n.id !== 'page-button') n.remove(); })
        .observe(document.documentElement, { childList: true, subtree: true });`;
    const { page } = await open('/hostile/remover.html', articleWith({ script }));
    await highlightParagraph(page, 'common cause');
    await expect
      .poll(() => paintedHighlights(page))
      .toMatchObject({ 'lede-yellow': [expect.stringContaining(PASSAGE)] });
    await highlightParagraph(page, 'Beijing remained neutral', '3');
    await expect
      .poll(() => paintedHighlights(page))
      .toMatchObject({ 'lede-blue': [expect.stringContaining('Beijing remained neutral')] });
    await expectPageWorks(page);
    await page.close();
  });
});

describe('pages that re-render their whole body', () => {
  it('Lede’s toolbar comes back after the body is replaced, and the next highlight works', async () => {
    // Like a client-side framework, the page renders its body from its own template, knowing nothing of Lede's node.
    const { page } = await open(
      '/hostile/rerender.html',
      articleWith({
        script:
          'const template = document.body.innerHTML; window.__rerender = () => (document.body.innerHTML = template);',
      }),
    );
    await highlightParagraph(page, 'common cause');
    await expect
      .poll(() => paintedHighlights(page))
      .toMatchObject({ 'lede-yellow': [expect.stringContaining(PASSAGE)] });
    await page.evaluate('window.__rerender()');
    await expect.poll(() => ledeHosts(page).count()).toBe(0);
    await page.locator('p', { hasText: 'Beijing remained neutral' }).first().click({ clickCount: 3 });
    await expect.poll(() => ledeHosts(page).count()).toBe(1);
    await page.keyboard.press('2');
    await expect
      .poll(() => paintedHighlights(page))
      .toMatchObject({ 'lede-green': [expect.stringContaining('Beijing remained neutral')] });
    await page.close();
  });
});

describe('pages that spam DOM mutations', () => {
  it('Lede backs off: a page rewriting itself every few ms gets few repaints, and the highlight stays in place', async () => {
    const { page } = await open('/hostile/spam.html', articleWith({ body: '<div id="ticker">0</div>' }));
    await highlightParagraph(page, 'common cause');
    await expect
      .poll(() => paintedHighlights(page))
      .toMatchObject({ 'lede-yellow': [expect.stringContaining(PASSAGE)] });
    // Count repaints from the page: every repaint puts a new Range object into the highlight registry.
    const repaints = await page.evaluate(
      () =>
        new Promise<number>((done) => {
          const ticker = document.getElementById('ticker')!;
          const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
          let last: Range | undefined;
          let count = 0;
          const spam = setInterval(() => (ticker.textContent = String(Math.random())), 4);
          const watch = setInterval(() => {
            const r = [...(registry.get('lede-yellow') ?? [])][0];
            if (r && r !== last) count += last ? 1 : 0;
            last = r;
          }, 10);
          setTimeout(() => {
            clearInterval(spam);
            clearInterval(watch);
            done(count);
          }, 3_000);
        }),
    );
    // About 700 mutation bursts in 3 s; a fixed 400 ms debounce would repaint ~7 times, the back-off about 3.
    console.log(`[hostile] repaints during 3 s of mutation spam: ${repaints}`);
    expect(repaints).toBeGreaterThanOrEqual(1);
    expect(repaints).toBeLessThanOrEqual(5);
    expect((await paintedHighlights(page))['lede-yellow']).toEqual([expect.stringContaining(PASSAGE)]);
    await expectPageWorks(page);
    await page.close();
  });
});

describe('frames, shadow DOM, contenteditable, strict CSP, huge and unfinished pages', () => {
  it('a strict-CSP page with iframes, a shadow root and a contenteditable article: highlights work, typing still types', async () => {
    const body = `<iframe srcdoc="<p>framed text</p>"></iframe><iframe src="/hostile/frame.html" width="300" height="100"></iframe>
      <div id="host"></div><div contenteditable="true" id="editable"><p>Editable paragraph the reader can type into, as in a CMS preview.</p></div>`;
    const script = `document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML = '<p>Shadow text</p>';`;
    env.server.route('/hostile/frame.html', { body: '<p>A framed page with a <b>paragraph</b>.</p>' });
    // The CSP allows only this page's inline script (by hash it would be; 'unsafe-inline' keeps the test short).
    const { page } = await open('/hostile/csp-frames.html', articleWith({ body, script }), {
      'content-security-policy':
        "default-src 'self'; script-src 'unsafe-inline'; style-src 'none'; img-src 'none'; connect-src 'none'; frame-src 'self'",
    });
    await highlightParagraph(page, 'common cause');
    await expect
      .poll(() => paintedHighlights(page))
      .toMatchObject({ 'lede-yellow': [expect.stringContaining(PASSAGE)] });
    await highlightParagraph(page, 'Editable paragraph', '2');
    await expect.poll(storedQuotes).toContainEqual(expect.stringContaining('Editable paragraph'));
    await page.locator('#editable p').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Typed 123.');
    await expect.poll(() => page.locator('#editable').textContent()).toContain('Typed 123.');
    await expectPageWorks(page);
    await page.close();
  });

  it('a 100,000-word page: a highlight is made and painted', async () => {
    const words = [
      'council',
      'minister',
      'said',
      'the',
      'budget',
      'reform',
      'of',
      'and',
      'energy',
      'in',
      'talks',
      'with',
    ];
    const paragraphs = Array.from(
      { length: 1_000 },
      (_, i) =>
        `<p>${Array.from({ length: 100 }, (_, j) => words[(i * 7 + j * 13) % words.length]).join(' ')} paragraph ${i}.</p>`,
    ).join('');
    const html = articleWith().replace('</article>', `${paragraphs}</article>`);
    const { page } = await open('/hostile/huge.html', html);
    await highlightParagraph(page, 'common cause');
    await expect
      .poll(() => paintedHighlights(page), { timeout: 10_000 })
      .toMatchObject({ 'lede-yellow': [expect.stringContaining(PASSAGE)] });
    await expectPageWorks(page);
    await page.close();
  });

  it('a page whose image never loads still gets Lede; a page whose HTML never ends stays usable and the popup answers', async () => {
    const slow = await env.session.context.newPage();
    env.server.route('/hostile/slow-image.html', { body: articleWith({ body: `<img src="${hangUrl}/img" alt="">` }) });
    await slow.goto(`${env.server.url}/hostile/slow-image.html`, { waitUntil: 'domcontentloaded' });
    const tabId = await tabIdOf(env.session, slow);
    await highlightParagraph(slow, 'common cause');
    await expect
      .poll(() => paintedHighlights(slow))
      .toMatchObject({ 'lede-yellow': [expect.stringContaining(PASSAGE)] });

    const endless = await env.session.context.newPage();
    await endless.goto(`${hangUrl}/page`, { waitUntil: 'commit' });
    await expect
      .poll(() => endless.locator('p', { hasText: 'common cause' }).count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    // Lede's script waits for the document to finish; the popup must say so rather than spin.
    const popup = await openPopup(env, await activeTabId());
    await expect.poll(() => popupState(popup), { timeout: 15_000 }).not.toBeNull();
    expect(await popupState(popup)).not.toBe('ready');
    await Promise.all([popup.close(), endless.close(), slow.close()]);
    expect(tabId).toBeGreaterThan(0);
  });

  it('XML, plain-text and image documents: the page renders, Lede does not break it, the popup answers', async () => {
    env.server.route('/hostile/feed.xml', {
      body: `<?xml version="1.0"?><rss><channel><title>${escapeHtml(XSS)}</title><item><title>News</title></item></channel></rss>`,
      type: 'application/xml',
    });
    env.server.route('/hostile/notes.txt', {
      body: `A plain text article\n\n${XSS}\n\n${SAMPLE.replace(/<[^>]+>/g, ' ').slice(0, 5_000)}`,
      type: 'text/plain; charset=utf-8',
    });
    // A 1×1 PNG opened as a document of its own (the browser wraps it in an image viewer page).
    env.server.route('/hostile/pixel.png', {
      body: Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
        'base64',
      ),
      type: 'image/png',
    });
    for (const path of ['/hostile/feed.xml', '/hostile/notes.txt', '/hostile/pixel.png']) {
      const page = await env.session.context.newPage();
      await page.goto(`${env.server.url}${path}`);
      await expect
        .poll(() => page.evaluate('document.documentElement.textContent.length + document.images.length'))
        .toBeGreaterThan(0);
      const popup = await openPopup(env, await activeTabId(page));
      await expect.poll(() => popupState(popup), { timeout: 15_000 }).not.toBeNull();
      await expectNothingInjected(page, popup);
      await Promise.all([popup.close(), page.close()]);
    }
  });
});

describe('a page pretending to be Lede', () => {
  it('messages from the page’s world (postMessage, events, chrome.runtime) change nothing in the store', async () => {
    const forged = {
      id: 'urn:uuid:00000000-0000-4000-8000-00000000f0f0',
      articleKey: 'http://127.0.0.1/forged',
      target: {
        source: 'http://127.0.0.1/forged',
        selector: [{ type: 'TextQuoteSelector', exact: 'forged', prefix: '', suffix: '' }],
      },
      body: { note: 'forged by the page', tags: [], color: 'yellow' },
      created: '2026-01-01T00:00:00.000Z',
      modified: '2026-01-01T00:00:00.000Z',
    };
    const message = { lede: 1, type: 'saveAnnotation', data: { annotation: forged } };
    const script = `
      const msg = ${JSON.stringify(message)};
      const tries = [];
      window.postMessage(msg, '*');
      window.postMessage({ lede: 1, type: 'deleteArticle', data: { articleKey: location.href } }, '*');
      document.dispatchEvent(new CustomEvent('lede', { detail: msg }));
      try { chrome.runtime.sendMessage(${JSON.stringify(env.session.extensionId)}, msg, () => {}); tries.push('sent'); } catch (e) { tries.push('refused: ' + e.message); }
      try { chrome.runtime.connect(${JSON.stringify(env.session.extensionId)}).postMessage(msg); tries.push('connected'); } catch (e) { tries.push('refused: ' + e.message); }
      window.__tries = tries;`;
    const { page } = await open('/hostile/impostor.html', articleWith({ script }));
    await highlightParagraph(page, 'common cause');
    await expect.poll(storedQuotes).toContainEqual(expect.stringContaining(PASSAGE));
    // The page's world has no route to the extension at all.
    expect(await page.evaluate('window.__tries')).toEqual([
      expect.stringMatching(/^refused/),
      expect.stringMatching(/^refused/),
    ]);
    const store = await readStore(probe);
    expect(store.annotations.map((a) => a.id)).not.toContain(forged.id);
    expect(store.annotations.map((a) => a.body.note)).not.toContain('forged by the page');
    await page.close();
  });
});

// Last: it stops the service worker, after which the session's Worker handle (used by tabIdOf) is stale.
describe('the service worker stopped in the middle of a save', () => {
  it('what the reader sees painted is exactly what was saved, and Lede works again right after', async () => {
    const { page } = await open('/hostile/sw-stop.html', articleWith());
    const cdp = await env.session.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await page.locator('p', { hasText: 'common cause' }).first().click({ clickCount: 3 });
    await page.waitForTimeout(150);
    await Promise.all([page.keyboard.press('1'), cdp.send('ServiceWorker.stopAllWorkers')]);
    await page.waitForTimeout(1_000);
    const painted = (await paintedHighlights(page))['lede-yellow'] ?? [];
    const saved = (await storedQuotes('sw-stop')).filter((q) => q.includes(PASSAGE));
    // Either the save happened and shows, or it did not and nothing pretends it did (the toast says why).
    expect(painted.length).toBe(saved.length);
    await highlightParagraph(page, 'Beijing remained neutral', '2');
    await expect
      .poll(() => paintedHighlights(page), { timeout: 10_000 })
      .toMatchObject({ 'lede-green': [expect.stringContaining('Beijing remained neutral')] });
    await expect.poll(storedQuotes).toContainEqual(expect.stringContaining('Beijing remained neutral'));
    await cdp.detach();
    await page.close();
  });
});

/** The id of the active tab (brought to front first), whether or not Lede's script runs there. */
async function activeTabId(page?: Page): Promise<number> {
  if (page) await page.bringToFront();
  return env.session.worker.evaluate(async () => {
    const [tab] = await (
      globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }
    ).chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
}
