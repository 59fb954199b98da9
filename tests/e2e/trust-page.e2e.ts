import { describe, expect, it } from 'vitest';
import {
  centreOf,
  centreOfText,
  clickText,
  paintedHighlights,
  piercedText,
  pressClosingEditor,
  runHighlightCommand,
  selectWithMouse,
  singlePageStory,
  tabIdOf,
  waitForNoteEditor,
} from '../../scripts/lib/reader';
import { readStore } from './support';
import { PASSAGE, SAMPLE, SECOND, THIRD, useTrustPage } from './trust-support';

const trust = useTrustPage();

describe('a page cannot detect, switch off, read or forge Lede', () => {
  it('(a) a page listening for messages, events, new nodes and resources sees nothing from Lede on load', async () => {
    const spy = `
      window.__seen = [];
      const note = (what) => window.__seen.push(what);
      addEventListener('message', (e) => note('message ' + JSON.stringify(e.data)), true);
      for (const t of ['wxt:content-script-started', 'wxt:locationchange']) {
        document.addEventListener(t, () => note('event ' + t), true);
        addEventListener(t, () => note('event ' + t), true);
      }
      // After load nothing of the page's own adds nodes: anything added is someone else's.
      addEventListener('load', () => new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) note('node ' + n.nodeName);
      }).observe(document, { childList: true, subtree: true, attributes: true }));
    `;
    const page = await trust.openPage('/trust/listener.html', spy);
    await page.waitForTimeout(1500); // the bootstrap has run and the background has looked up the tab by now
    // The extension-specific event name as WXT built it, in case anything still dispatches it.
    const named = await page.evaluate(
      (id) =>
        new Promise<boolean>((ok) => {
          document.addEventListener(`${id}:content:wxt:content-script-started`, () => ok(true));
          setTimeout(() => ok(false), 300);
        }),
      trust.session.extensionId,
    );
    expect(named).toBe(false);
    expect(await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen)).toEqual([]);
    expect(
      await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .filter((n) => !n.startsWith('http')),
      ),
    ).toEqual([]);
    expect(
      await page.evaluate(() => [...document.querySelectorAll('*')].some((e) => e.localName.startsWith('lede'))),
    ).toBe(false);
    // Lede is there all the same: the reader's highlight works on this page.
    await trust.highlight(page, PASSAGE);
    await expect.poll(() => trust.quotesFor('/trust/listener.html')).toEqual([PASSAGE]);
    await page.close();
  });

  it('(b) re-dispatching WXT’s started event (CustomEvent and postMessage, old name patterns) does not switch Lede off', async () => {
    const page = await trust.openPage('/trust/kill.html');
    await trust.highlight(page, PASSAGE, '3');
    await expect.poll(() => paintedHighlights(page)).toEqual({ 'lede-blue': [PASSAGE] });
    await page.evaluate((id) => {
      for (const name of [
        `${id}:content:wxt:content-script-started`,
        'wxt:content-script-started',
        `${id}:page-boot:wxt:content-script-started`,
      ]) {
        const detail = { contentScriptName: 'content', messageId: 'forged' };
        document.dispatchEvent(new CustomEvent(name, { detail }));
        window.dispatchEvent(new CustomEvent(name, { detail }));
        window.postMessage({ type: name, contentScriptName: 'content', messageId: 'forged' }, '*');
      }
    }, trust.session.extensionId);
    await page.waitForTimeout(500);
    // Still painted, and the toolbar still makes highlights.
    expect(await paintedHighlights(page)).toEqual({ 'lede-blue': [PASSAGE] });
    await trust.highlight(page, SECOND, '2');
    await expect.poll(() => paintedHighlights(page)).toEqual({ 'lede-blue': [PASSAGE], 'lede-green': [SECOND] });
    await expect.poll(() => trust.quotesFor('/trust/kill.html')).toHaveLength(2);
    await page.close();
  });

  it('(c) the page’s capture listeners receive no key or input event while the reader types a note', async () => {
    const spy = `
      window.__keys = [];
      for (const t of ['keydown', 'keypress', 'keyup', 'input', 'beforeinput', 'textInput', 'compositionstart', 'compositionupdate']) {
        addEventListener(t, (e) => window.__keys.push(t + ':' + (e.key ?? e.data ?? '')), true);
        document.addEventListener(t, (e) => window.__keys.push('doc ' + t + ':' + (e.key ?? e.data ?? '')), true);
      }
    `;
    const page = await trust.openPage('/trust/keys.html', spy);
    await trust.highlight(page, PASSAGE);
    await expect.poll(() => trust.quotesFor('/trust/keys.html')).toEqual([PASSAGE]);
    await page.mouse.move(1, 1);
    await clickText(page, 'common cause');
    await waitForNoteEditor(page);
    await page.evaluate(() => ((window as unknown as { __keys: string[] }).__keys = []));
    // The frame sits in a closed shadow root, outside the page's frame list: the page cannot reach its window, so it
    // cannot navigate it to a look-alike editor of its own.
    expect(await page.evaluate(() => [window.length, window.frames[0] === undefined])).toEqual([0, true]);
    const NOTE = 'Secret: source is Q';
    await page.keyboard.type(NOTE);
    await page.keyboard.press('Tab');
    await page.keyboard.type('private-tag');
    await pressClosingEditor(page, 'Control+Enter');
    await expect.poll(() => trust.noteFor('/trust/keys.html')).toBe(NOTE);
    // At most the release of the save shortcut reaches the page, after the editor has closed: never a typed key.
    const seen = await page.evaluate(() => (window as unknown as { __keys: string[] }).__keys);
    expect(seen.filter((k) => !/^(doc )?keyup:(Enter|Control)$/.test(k))).toEqual([]);
    await page.close();
  });

  it('(n) keys typed at once after a click on a highlight, before the editor has loaded, go to the note, never to the page', async () => {
    const spy = `
      window.__keys = [];
      for (const t of ['keydown', 'keypress', 'keyup', 'input', 'beforeinput']) {
        addEventListener(t, (e) => window.__keys.push(t + ':' + (e.key ?? e.data ?? '')), true);
      }
    `;
    const page = await trust.openPage('/trust/early-keys.html', spy);
    await trust.highlight(page, PASSAGE);
    await expect.poll(() => trust.quotesFor('/trust/early-keys.html')).toEqual([PASSAGE]);
    await page.mouse.move(1, 1);
    await page.evaluate(() => ((window as unknown as { __keys: string[] }).__keys = []));
    // A reader who clicks and types straight away: the frame is still loading for the first keys.
    await clickText(page, 'common cause');
    await page.keyboard.type('Source: early', { delay: 15 });
    await waitForNoteEditor(page);
    await page.keyboard.type(' and late');
    await pressClosingEditor(page, 'Control+Enter');
    await expect.poll(() => trust.noteFor('/trust/early-keys.html')).toBe('Source: early and late');
    const seen = await page.evaluate(() => (window as unknown as { __keys: string[] }).__keys);
    expect(seen.filter((k) => !/^keyup:(Enter|Control)$/.test(k))).toEqual([]);
    await page.close();
  });

  it('(d) a page that selects text itself and dispatches mouseup and key 1 gets nothing saved; nor by swapping the reader’s selection', async () => {
    const page = await trust.openPage('/trust/forge.html');
    await tabIdOf(trust.session, page); // Lede is fully started on this page (the forgery is not merely too early)
    await page.evaluate((needle) => {
      const p = [...document.querySelectorAll('p')].find((x) => x.textContent?.includes(needle))!;
      const range = document.createRange();
      range.selectNodeContents(p);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      document.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', shiftKey: true, bubbles: true }));
      setTimeout(() => {
        for (const target of [document, document.body, window]) {
          target.dispatchEvent(new KeyboardEvent('keydown', { key: '1', code: 'Digit1', bubbles: true }));
        }
      }, 200);
    }, 'common cause');
    await page.waitForTimeout(1200);
    expect(await trust.quotesFor('/trust/forge.html')).toEqual([]);
    expect(await paintedHighlights(page)).toEqual({});

    // The reader selects; before their key press the page swaps the selection for a passage of its choosing.
    expect(await selectWithMouse(page, SECOND)).toBe(SECOND);
    await page.waitForTimeout(150);
    await page.evaluate((needle) => {
      const p = [...document.querySelectorAll('p')].find((x) => x.textContent?.includes(needle))!;
      const range = document.createRange();
      range.selectNodeContents(p);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    }, 'common cause');
    await page.keyboard.press('1');
    await page.waitForTimeout(800);
    expect(await trust.quotesFor('/trust/forge.html')).toEqual([]);
    await page.close();
  });

  it('(j) a page cannot read which passages the reader highlighted: not from CSS.highlights, its DOM, or a grabbed shadow root', async () => {
    // The page grabs every shadow root made in its world (closed ones too) and records every node added to it.
    const page = await trust.openPage(
      '/trust/reader-spy.html',
      `window.__roots = []; window.__added = [];
       const attach = Element.prototype.attachShadow;
       Element.prototype.attachShadow = function (init) { const r = attach.call(this, init); window.__roots.push(r); return r; };
       new MutationObserver((rs) => { for (const r of rs) for (const n of r.addedNodes) window.__added.push(n); })
         .observe(document, { childList: true, subtree: true });`,
    );
    await trust.highlight(page, PASSAGE, '3');
    await expect.poll(() => trust.quotesFor('/trust/reader-spy.html')).toContain(PASSAGE);
    // Lede painted it (read through DevTools, which pierces closed shadow roots; no page script can).
    await expect.poll(async () => (await paintedHighlights(page))['lede-blue']).toEqual([PASSAGE]);
    const spied = await page.evaluate((passage) => {
      const w = window as unknown as { __roots: ShadowRoot[]; __added: Node[] };
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const texts: string[] = [];
      registry.forEach((h) => {
        for (const r of h) texts.push(r.toString());
      });
      // Every element added that the page's own markup did not hold (the parser's nodes are its own).
      const added = (w.__added.filter((n) => n.nodeType === 1) as Element[]).filter((e) =>
        /^[a-z][a-z0-9]{3}-[a-z0-9]{6}$/i.test(e.tagName),
      );
      return {
        registry: registry.size,
        texts,
        grabbedRoots: w.__roots.length,
        added: added.map((e) => ['host', e.shadowRoot, e.childNodes.length, e.textContent]),
        // The passage appears in the page's own markup once, where the page wrote it.
        occurrences: document.documentElement.outerHTML.split(passage).length - 1,
      };
    }, PASSAGE);
    expect(spied.registry).toBe(0);
    expect(spied.texts).toEqual([]);
    expect(spied.grabbedRoots).toBe(0);
    expect(spied.added).toContainEqual(['host', null, 0, '']);
    for (const [, root, , text] of spied.added) {
      expect(root).toBeNull();
      expect(text).not.toContain('common cause');
    }
    expect(spied.occurrences).toBe(1);
    await page.close();
  });

  it("(j2) a page serving versions of its article cannot tell from Lede's elements which version holds the reader's highlight", async () => {
    // The page watches for elements named like Lede's while it serves the article whole, without the highlighted
    // paragraph, and without another one. On wave 17's build the paint layer came only where the passage was found.
    const watch = `window.__added = []; new MutationObserver((l) => { for (const m of l) for (const n of m.addedNodes)
      if (n.nodeType === 1 && /^[a-z][a-z0-9]{3}-[a-z0-9]{6}$/i.test(n.tagName)) window.__added.push(n.parentNode === document.documentElement ? 'layer' : 'ui'); })
      .observe(document.documentElement, { childList: true, subtree: true });`;
    const path = '/trust/versions.html';
    const page = await trust.openPage(path, '');
    await trust.highlight(page, PASSAGE);
    await expect.poll(() => trust.quotesFor(path)).toEqual([PASSAGE]);
    await page.close();
    const seen: Record<string, string[]> = {};
    const spy = await trust.session.context.newPage();
    for (const [name, html] of [
      ['whole', SAMPLE],
      ['passage cut', SAMPLE.replace(PASSAGE, 'Lorem ipsum dolor sit amet consectetur adipiscing elit sed do')],
      ['another cut', SAMPLE.replace(SECOND, 'Lorem ipsum dolor sit amet consectetur adipiscing')],
    ] as const) {
      trust.server.route(path, { body: html.replace('<head>', `<head><script>${watch}</script>`) });
      await spy.goto(`${trust.server.url}${path}`);
      // Lede has told the reader what it placed (the live region says so) before the page's record is read.
      await expect.poll(() => piercedText(spy, 'data-lede', 'live'), { timeout: 10_000 }).toMatch(/\S/);
      await spy.waitForTimeout(300);
      seen[name] = [...new Set(await spy.evaluate(() => (window as unknown as { __added: string[] }).__added))].sort();
    }
    await spy.close();
    expect(seen['whole']).toContain('layer');
    expect(seen['passage cut']).toEqual(seen['whole']);
    expect(seen['another cut']).toEqual(seen['whole']);
  });

  it('(e) on a plain-http page that is not a secure context, a colour key saves and paints the highlight', async () => {
    const page = await trust.openPage('/trust/plain.html', '', trust.plainOrigin);
    expect(page.url()).toMatch(/^http:\/\/plain\.test:/);
    expect(await page.evaluate(() => isSecureContext)).toBe(false);
    expect(await page.evaluate(() => typeof crypto.randomUUID)).toBe('undefined');
    await trust.highlight(page, PASSAGE, '2');
    await expect.poll(() => paintedHighlights(page)).toEqual({ 'lede-green': [PASSAGE] });
    await expect.poll(() => trust.quotesFor('plain.test')).toEqual([PASSAGE]);
    await page.close();
  });

  it('(f) in a frame of the page, selecting text and pressing a colour key saves and paints the highlight', async () => {
    trust.server.route('/trust/framed.html', { body: SAMPLE });
    trust.server.route('/trust/frame-host.html', {
      body: '<!doctype html><title>Host</title><h1>Host page</h1><iframe src="/trust/framed.html" width="1000" height="700"></iframe>',
    });
    const page = await trust.session.context.newPage();
    await page.goto(`${trust.server.url}/trust/frame-host.html`);
    const frame = page.frames().find((f) => f.url().endsWith('/trust/framed.html'))!;
    await frame.locator('p', { hasText: 'common cause' }).first().click({ clickCount: 3 });
    await page.waitForTimeout(200);
    await page.keyboard.press('4');
    await expect.poll(() => trust.quotesFor('/trust/framed.html')).toEqual([expect.stringContaining(PASSAGE)]);
    await expect.poll(async () => ((await paintedHighlights(frame))['lede-pink'] ?? []).length).toBe(1);
    await page.close();
  });

  it('(g) on a single-page site, notes made after a route change are never filed under the previous story', async () => {
    const THIRD = 'its ties to China have never been';
    // Story one declares its canonical; navigate() switches the route at once and the head 700 ms later, as
    // client-side routers do.
    const html = SAMPLE.replace('<head>', `<head><link rel="canonical" href="/trust/spa/one">`).replace(
      '</body>',
      `<script>window.navigate = () => { history.pushState({}, '', '/trust/spa/two'); setTimeout(() => {
        document.title = 'Story two'; document.querySelector('link[rel=canonical]').href = '/trust/spa/two'; }, 700); };</script></body>`,
    );
    trust.server.route('/trust/spa/one', { body: html });
    const page = await trust.session.context.newPage();
    await page.goto(`${trust.server.url}/trust/spa/one`);
    await trust.highlight(page, PASSAGE, '1');
    const keyOf = async (quote: string) =>
      (await readStore(trust.probe)).annotations.find(
        (a) =>
          a.target.selector[0]?.exact === quote && (a as { articleKey?: string }).articleKey?.includes('/trust/spa/'),
      ) as { articleKey?: string } | undefined;
    await expect.poll(async () => (await keyOf(PASSAGE))?.articleKey).toBe(`${trust.server.url}/trust/spa/one`);

    await page.evaluate(() => (window as unknown as { navigate(): void }).navigate());
    // Before the site has updated its head: the note goes under the new path, not story one.
    await trust.highlight(page, SECOND, '3');
    await expect.poll(async () => (await keyOf(SECOND))?.articleKey).toBe(`${trust.server.url}/trust/spa/two`);
    await page.waitForTimeout(2000); // the head changed and settled
    await trust.highlight(page, THIRD, '4');
    await expect.poll(async () => (await keyOf(THIRD))?.articleKey).toBe(`${trust.server.url}/trust/spa/two`);
    // Story two's notes are painted, story one's are not.
    await expect.poll(() => paintedHighlights(page)).toEqual({ 'lede-blue': [SECOND], 'lede-pink': [THIRD] });
    await page.close();
  });

  it('(h) a single-page site that moves to a story with notes gets them painted, though nothing was loaded before', async () => {
    const html = (path: string) => singlePageStory(SAMPLE, path, '/trust/spa2/two');
    trust.server.route('/trust/spa2/one', { body: html('/trust/spa2/one') });
    trust.server.route('/trust/spa2/two', { body: html('/trust/spa2/two') });
    const first = await trust.session.context.newPage();
    await first.goto(`${trust.server.url}/trust/spa2/two`);
    await trust.highlight(first, SECOND, '5');
    await expect.poll(() => trust.quotesFor('/trust/spa2/two')).toEqual([SECOND]);
    await first.close();

    const page = await trust.session.context.newPage();
    await page.goto(`${trust.server.url}/trust/spa2/one`);
    await page.waitForTimeout(1000);
    expect(await paintedHighlights(page)).toEqual({});
    await page.evaluate(() => (window as unknown as { navigate(): void }).navigate());
    await expect.poll(() => paintedHighlights(page), { timeout: 6000 }).toEqual({ 'lede-purple': [SECOND] });
    await page.close();
  });

  it('(i) the context menu / shortcut command highlights on a page that is not an article, with nothing loaded before', async () => {
    trust.server.route('/trust/not-article.html', {
      body: `<!doctype html><title>Front page</title><nav>${Array.from({ length: 30 }, (_, i) => `<a href="/s${i}">Story ${i}</a>`).join(' ')}</nav><p>A short standfirst worth keeping.</p>`,
    });
    const page = await trust.session.context.newPage();
    await page.goto(`${trust.server.url}/trust/not-article.html`);
    await page.bringToFront();
    await page.locator('p').click({ clickCount: 3 });
    // What the background runs on the context menu's "Highlight with Lede" and on Alt+Shift+H (the page's top frame
    // sleeps: nothing of Lede listens there until the background wakes it).
    const reply = await runHighlightCommand(trust.session.worker);
    expect(reply).toMatchObject({ ok: true, id: expect.stringMatching(/^urn:uuid:/) });
    await expect
      .poll(() => trust.quotesFor('/trust/not-article.html'))
      .toEqual([expect.stringContaining('A short standfirst worth keeping.')]);
    await expect
      .poll(() => paintedHighlights(page))
      .toEqual({ 'lede-yellow': [expect.stringContaining('A short standfirst')] });
    await page.close();
  });

  it('(m) a page that moves the selection while the context menu is open gets nothing saved; a kept selection is saved', async () => {
    // The page waits for the reader's right-click, then selects another paragraph while the menu is open.
    const page = await trust.openPage(
      '/trust/menu-swap.html',
      `addEventListener('contextmenu', () => setTimeout(() => {
         const p = [...document.querySelectorAll('p')].find((x) => x.textContent.includes('offered the seat'));
         const r = document.createRange(); r.selectNodeContents(p);
         getSelection().removeAllRanges(); getSelection().addRange(r);
       }, 50), true);`,
    );
    await page.bringToFront();
    expect(await selectWithMouse(page, PASSAGE)).toBe(PASSAGE);
    const at = await centreOfText(page, 'common cause');
    await page.mouse.click(at.x, at.y, { button: 'right' });
    await expect.poll(() => page.evaluate(() => String(getSelection()))).toContain('offered the seat');
    // What the background runs on "Highlight with Lede", with the text the menu was opened on.
    expect(await runHighlightCommand(trust.session.worker, undefined, PASSAGE)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('selection changed'),
    });
    await page.waitForTimeout(500);
    expect(await trust.quotesFor('/trust/menu-swap.html')).toEqual([]);
    // The same menu on a selection the page leaves alone.
    expect(await selectWithMouse(page, THIRD)).toBe(THIRD);
    expect(await runHighlightCommand(trust.session.worker, undefined, THIRD)).toMatchObject({ ok: true });
    await expect.poll(() => trust.quotesFor('/trust/menu-swap.html')).toEqual([THIRD]);
    await page.close();
  });

  it('(k2) a page padded past what the article check reads (60,001 hidden empty elements) still gets the toolbar and the colour keys', async () => {
    // The article check stops counting at 60,000 elements and says "no article"; a page that adds hidden empty ones
    // had the toolbar and the keys switched off on its article, with the reader seeing the article as before.
    const path = '/trust/padded.html';
    trust.server.route(path, {
      body: SAMPLE.replace('</body>', `<div hidden>${'<i></i>'.repeat(60_001)}</div></body>`),
    });
    const page = await trust.session.context.newPage();
    await page.goto(`${trust.server.url}${path}`);
    await tabIdOf(trust.session, page);
    await trust.highlight(page, PASSAGE);
    await expect.poll(() => trust.quotesFor(path)).toEqual([PASSAGE]);
    await page.close();
  });

  it('(k3) a page that rewrites itself with document.open() after load keeps the toolbar, the keys, its painted notes and their editor', async () => {
    // document.open() erases every listener on the window and the document, an extension's isolated world's
    // included: on wave 17's build the colour keys saved nothing afterwards, and a saved highlight, painted again
    // by nobody, no longer opened its note.
    const rewrite = `if (!window.__rewrote) { window.__rewrote = 1; addEventListener('load', () => setTimeout(() => {
      const html = document.documentElement.outerHTML; document.open(); document.write(html); document.close();
      window.__done = 1; }, 300)); }`;
    // Nothing of Lede's loaded yet when the page rewrites itself: the bootstrap watches for a replaced document from
    // a few seconds after load (boot.ts, WATCH_AFTER_MS), so the reader selects after that.
    const page = await trust.openPage('/trust/rewritten.html', rewrite);
    await page.waitForFunction(() => (window as unknown as { __done?: number }).__done === 1);
    await page.waitForTimeout(3500);
    await trust.highlight(page, PASSAGE);
    await expect.poll(() => trust.quotesFor('/trust/rewritten.html')).toEqual([PASSAGE]);
    await expect.poll(async () => (await paintedHighlights(page))['lede-yellow']).toEqual([PASSAGE]);
    await page.close();

    // A page with a note, rewritten after Lede painted it: painted again, and the note opens on a click.
    const path = '/trust/rewritten-later.html';
    trust.server.route(path, { body: SAMPLE });
    const first = await trust.session.context.newPage();
    await first.goto(`${trust.server.url}${path}`);
    await tabIdOf(trust.session, first);
    await trust.highlight(first, PASSAGE);
    await expect.poll(() => trust.quotesFor(path)).toEqual([PASSAGE]);
    await first.close();
    trust.server.route(path, { body: SAMPLE.replace('<head>', `<head><script>${rewrite}</script>`) });
    const later = await trust.session.context.newPage();
    await later.goto(`${trust.server.url}${path}`);
    await later.waitForFunction(() => (window as unknown as { __done?: number }).__done === 1);
    await expect
      .poll(async () => (await paintedHighlights(later))['lede-yellow'], { timeout: 10_000 })
      .toEqual([PASSAGE]);
    await later.mouse.move(1, 1);
    await clickText(later, 'common cause');
    await waitForNoteEditor(later);
    await pressClosingEditor(later, 'Escape');
    await later.close();
  });

  it('(k) a page that swallows mouse and key events before anything else hears them cannot stop the toolbar or the keys', async () => {
    // Listeners on window's capture phase that stop every gesture, registered by the page's first script. Lede's own
    // were registered before it (the bootstrap runs at document_start), so they still hear the reader.
    const page = await trust.openPage(
      '/trust/swallow.html',
      `window.__heard = [];
      for (const t of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) window.addEventListener(t, (e) => window.__armed && window.__heard.push(t + '@' + e.target.tagName), true);
      for (const t of ['mousedown', 'mouseup', 'keyup', 'keydown', 'pointerdown', 'pointerup', 'click', 'mousemove', 'pointermove']) window.addEventListener(t, (e) => e.stopImmediatePropagation(), true);`,
    );
    await trust.highlight(page, PASSAGE, '1');
    await expect.poll(() => trust.quotesFor('/trust/swallow.html')).toEqual([PASSAGE]);
    await expect.poll(async () => (await paintedHighlights(page))['lede-yellow']).toEqual([PASSAGE]);
    // The browser's own command (Alt+Shift+H, and the context menu's entry) reaches Lede through the extension, not
    // through the page's events.
    expect(await selectWithMouse(page, SECOND)).toBe(SECOND);
    const reply = await runHighlightCommand(trust.session.worker);
    expect(reply).toMatchObject({ ok: true });
    await expect.poll(() => trust.quotesFor('/trust/swallow.html')).toEqual([PASSAGE, SECOND]);
    // The toolbar's own buttons, inside Lede's closed shadow root: a real mouse click on the blue colour.
    expect(await selectWithMouse(page, THIRD)).toBe(THIRD);
    await page.waitForTimeout(300);
    const blue = await centreOf(page, 'data-color', 'blue');
    await page.evaluate(() => ((window as unknown as { __armed: boolean }).__armed = true));
    await page.mouse.click(blue.x, blue.y);
    await expect.poll(() => trust.quotesFor('/trust/swallow.html')).toEqual([PASSAGE, SECOND, THIRD]);
    // The press on Lede's toolbar is Lede's alone: the page's listeners, even its first, hear none of it (they would
    // learn where the reader pressed, and so which colour). Before wave 17 they heard all four.
    expect(await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard)).toEqual([]);
    await page.evaluate(() => ((window as unknown as { __armed: boolean }).__armed = false));
    await expect.poll(async () => (await paintedHighlights(page))['lede-blue']).toEqual([THIRD]);
    // A click on a highlight opens its note, and hovering it shows the note: the mouse's moves reach Lede first too.
    await page.mouse.move(1, 1);
    await clickText(page, 'common cause');
    await waitForNoteEditor(page);
    await page.keyboard.type('Seen on hover');
    await pressClosingEditor(page, 'Control+Enter');
    await expect.poll(() => piercedText(page, 'role', 'tooltip')).toBeNull();
    const at = await centreOfText(page, 'common cause');
    await page.mouse.move(at.x - 20, at.y, { steps: 3 });
    await page.mouse.move(at.x, at.y, { steps: 3 });
    await expect.poll(() => piercedText(page, 'role', 'tooltip')).toBe('Seen on hover');
    await page.close();
  });
});
