// Attacks from the page itself, in real Chromium against the built extension: can a page tell that Lede is there,
// switch it off, read a note as it is typed, forge a highlight or its words, or stop highlighting by being plain http?
// Plain http is tried on a name that is not localhost (mapped with --host-resolver-rules), so it is NOT a secure
// context, as on a real http site.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionSession } from '../../scripts/lib/browser';
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
import { serveDirectory, type TestServer } from '../../scripts/lib/serve';
import { countPixels, decodePng, isTinted } from './png';
import { readStore } from './support';

const SAMPLE = readFileSync('tests/fixtures/seed/article.html', 'utf8').replace(/<link rel="canonical"[^>]*>/, '');
const PASSAGE = 'Beijing and Moscow have found common cause on the United Nations Security Council';
const SECOND = 'Russian President Vladimir Putin offered the seat next to him';
const THIRD = 'the deepening ties between their two countries';

let server: TestServer;
let session: ExtensionSession;
let probe: Page;
let plainOrigin: string;

beforeAll(async () => {
  server = await serveDirectory(resolve('tests/fixtures'));
  session = await launchWithExtension({ args: ['--host-resolver-rules=MAP plain.test 127.0.0.1'] });
  // Saved pages link to sites this machine cannot reach; everything but the test server is refused at once.
  await session.context.route(/^https?:\/\/(?!(127\.0\.0\.1|plain\.test)[:/])/, (route) => route.abort());
  plainOrigin = server.url.replace('127.0.0.1', 'plain.test');
  probe = await session.context.newPage();
  await probe.goto(`chrome-extension://${session.extensionId}/popup.html?tab=-1`);
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** The seed article at `path`, with `script` run by the page before anything else. */
async function openPage(path: string, script = '', origin?: string): Promise<Page> {
  server.route(path, { body: SAMPLE.replace('<head>', `<head><script>${script}</script>`) });
  const page = await session.context.newPage();
  await page.goto(`${origin ?? server.url}${path}`);
  return page;
}

async function quotesFor(path: string): Promise<string[]> {
  const store = await readStore(probe);
  return store.annotations
    .filter((a) => (a as { articleKey?: string }).articleKey?.includes(path))
    .map((a) => a.target.selector[0]?.exact ?? '');
}

/** The note of the first highlight stored for the page at `path`. */
async function noteFor(path: string): Promise<string | undefined> {
  const store = await readStore(probe);
  return store.annotations.find((a) => (a as { articleKey?: string }).articleKey?.endsWith(path))?.body.note;
}

/** Selects `text` as the reader does and presses a colour key. */
async function highlight(page: Page, text: string, key = '1'): Promise<void> {
  await page.bringToFront();
  expect(await selectWithMouse(page, text)).toBe(text);
  await page.waitForTimeout(150);
  await page.keyboard.press(key);
}

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
    const page = await openPage('/trust/listener.html', spy);
    await page.waitForTimeout(1500); // the bootstrap has run and the background has looked up the tab by now
    // The extension-specific event name as WXT built it, in case anything still dispatches it.
    const named = await page.evaluate(
      (id) =>
        new Promise<boolean>((ok) => {
          document.addEventListener(`${id}:content:wxt:content-script-started`, () => ok(true));
          setTimeout(() => ok(false), 300);
        }),
      session.extensionId,
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
    await highlight(page, PASSAGE);
    await expect.poll(() => quotesFor('/trust/listener.html')).toEqual([PASSAGE]);
    await page.close();
  });

  it('(b) re-dispatching WXT’s started event (CustomEvent and postMessage, old name patterns) does not switch Lede off', async () => {
    const page = await openPage('/trust/kill.html');
    await highlight(page, PASSAGE, '3');
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
    }, session.extensionId);
    await page.waitForTimeout(500);
    // Still painted, and the toolbar still makes highlights.
    expect(await paintedHighlights(page)).toEqual({ 'lede-blue': [PASSAGE] });
    await highlight(page, SECOND, '2');
    await expect.poll(() => paintedHighlights(page)).toEqual({ 'lede-blue': [PASSAGE], 'lede-green': [SECOND] });
    await expect.poll(() => quotesFor('/trust/kill.html')).toHaveLength(2);
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
    const page = await openPage('/trust/keys.html', spy);
    await highlight(page, PASSAGE);
    await expect.poll(() => quotesFor('/trust/keys.html')).toEqual([PASSAGE]);
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
    await expect.poll(() => noteFor('/trust/keys.html')).toBe(NOTE);
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
    const page = await openPage('/trust/early-keys.html', spy);
    await highlight(page, PASSAGE);
    await expect.poll(() => quotesFor('/trust/early-keys.html')).toEqual([PASSAGE]);
    await page.mouse.move(1, 1);
    await page.evaluate(() => ((window as unknown as { __keys: string[] }).__keys = []));
    // A reader who clicks and types straight away: the frame is still loading for the first keys.
    await clickText(page, 'common cause');
    await page.keyboard.type('Source: early', { delay: 15 });
    await waitForNoteEditor(page);
    await page.keyboard.type(' and late');
    await pressClosingEditor(page, 'Control+Enter');
    await expect.poll(() => noteFor('/trust/early-keys.html')).toBe('Source: early and late');
    const seen = await page.evaluate(() => (window as unknown as { __keys: string[] }).__keys);
    expect(seen.filter((k) => !/^keyup:(Enter|Control)$/.test(k))).toEqual([]);
    await page.close();
  });

  it('(q) a page that fades or covers the note editor or the toast to lure a click onto Delete or Undo gets nothing deleted', async () => {
    const page = await openPage('/trust/clickjack.html');
    await highlight(page, PASSAGE);
    await expect.poll(() => quotesFor('/trust/clickjack.html')).toEqual([PASSAGE]);
    await page.mouse.move(1, 1);
    await clickText(page, 'common cause');
    const editor = await waitForNoteEditor(page);
    /** Where the editor's Delete button is on the page's screen. */
    const deleteAt = async () => {
      const frame = (await (await editor.frameElement()).boundingBox())!;
      const button = await editor.evaluate(() => {
        const r = document.querySelector('[data-action="delete"]')!.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      });
      return { x: frame.x + button.x, y: frame.y + button.y };
    };
    let at = await deleteAt();
    // The page fades its body, and so Lede's host in it (a change to the host's own style is put back at once); its
    // own button, outside the body, stays in sight.
    await page.evaluate(() => {
      document.body.style.setProperty('opacity', '0.01');
      const lure = document.createElement('button');
      lure.id = 'lure';
      lure.textContent = 'Next page';
      lure.setAttribute('style', 'position:fixed;left:0;top:0;font:20px sans-serif');
      document.documentElement.append(lure);
    });
    await page.waitForTimeout(300);
    await page.mouse.click(at.x, at.y);
    await expect
      .poll(() => editor.evaluate(() => document.querySelector('[role="alert"]')?.textContent ?? ''))
      .toContain('Not deleted');
    expect(await quotesFor('/trust/clickjack.html')).toEqual([PASSAGE]);
    // Or it leaves Lede's host alone and lays a layer that lets clicks through over the editor ("Play").
    await page.evaluate(() => {
      document.body.style.removeProperty('opacity');
      document.getElementById('lure')!.remove();
      const cover = document.createElement('div');
      cover.id = 'cover';
      cover.textContent = 'Play';
      cover.setAttribute(
        'style',
        'position:fixed;inset:0;z-index:2147483647;background:#fff;pointer-events:none;font:40px sans-serif',
      );
      document.body.append(cover);
    });
    await page.waitForTimeout(300);
    at = await deleteAt(); // the refusal's message moved the button down
    await page.mouse.click(at.x, at.y);
    await page.waitForTimeout(600);
    expect(await quotesFor('/trust/clickjack.html')).toEqual([PASSAGE]);
    // Drawn as it is, the editor deletes.
    await page.evaluate(() => document.getElementById('cover')!.remove());
    await page.waitForTimeout(300);
    at = await deleteAt();
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => quotesFor('/trust/clickjack.html')).toEqual([]);

    // The toast's Undo deletes the highlight just saved: a "cookie banner" that lets clicks through lies over it.
    await page.evaluate(() => {
      const banner = document.createElement('div');
      banner.id = 'banner';
      banner.textContent = 'We use cookies. Accept';
      banner.setAttribute(
        'style',
        'position:fixed;left:0;right:0;bottom:0;height:120px;z-index:2147483647;background:#fff;pointer-events:none',
      );
      document.body.append(banner);
    });
    await highlight(page, SECOND);
    await expect.poll(() => quotesFor('/trust/clickjack.html')).toEqual([SECOND]);
    await page.waitForTimeout(300);
    const undo = await centreOf(page, 'data-action', 'undo');
    await page.mouse.click(undo.x, undo.y);
    await page.waitForTimeout(600);
    expect(await quotesFor('/trust/clickjack.html')).toEqual([SECOND]);
    // Uncovered, the same click undoes the next save.
    await page.evaluate(() => document.getElementById('banner')!.remove());
    await highlight(page, THIRD);
    await expect.poll(async () => (await quotesFor('/trust/clickjack.html')).length).toBe(2);
    await page.waitForTimeout(300);
    const again = await centreOf(page, 'data-action', 'undo');
    await page.mouse.click(again.x, again.y);
    await expect.poll(() => quotesFor('/trust/clickjack.html')).toEqual([SECOND]);
    await page.close();
  });

  it('(d) a page that selects text itself and dispatches mouseup and key 1 gets nothing saved; nor by swapping the reader’s selection', async () => {
    const page = await openPage('/trust/forge.html');
    await tabIdOf(session, page); // Lede is fully started on this page (the forgery is not merely too early)
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
    expect(await quotesFor('/trust/forge.html')).toEqual([]);
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
    expect(await quotesFor('/trust/forge.html')).toEqual([]);
    await page.close();
  });

  it('(p) a page that selects a passage of its own as the reader clicks elsewhere or types gets no toolbar and nothing saved', async () => {
    // The page answers each of the reader's real clicks by selecting a paragraph far from the pointer: the click is
    // trusted, the selection is not the reader's.
    const selectParagraph = `() => {
      const p = [...document.querySelectorAll('p')].find((x) => x.textContent.includes('common cause'));
      const range = document.createRange();
      range.selectNodeContents(p);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
    }`;
    const script = `document.addEventListener('mouseup', ${selectParagraph});`;
    const page = await openPage('/trust/select-on-click.html', script);
    await tabIdOf(session, page);
    await page.bringToFront();
    const far = await centreOfText(page, THIRD);
    await page.mouse.click(far.x, far.y);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => String(getSelection()))).toContain('common cause');
    await page.keyboard.press('1');
    await page.waitForTimeout(800);
    expect(await quotesFor('/trust/select-on-click.html')).toEqual([]);
    await page.close();

    // The same by the keyboard: the page selects its passage as each key the reader types into its form comes up, so
    // the next capital letter's Shift finds it selected.
    const typed = `document.addEventListener('DOMContentLoaded', () => {
      const input = document.createElement('input');
      input.id = 'form';
      document.body.prepend(input);
      input.addEventListener('keyup', ${selectParagraph});
    });`;
    const form = await openPage('/trust/select-on-key.html', typed);
    await tabIdOf(session, form);
    await form.bringToFront();
    await form.click('#form');
    for (const key of ['Shift+A', 'Shift+B', 'Shift+C', '1']) await form.keyboard.press(key);
    await form.waitForTimeout(800);
    expect(await quotesFor('/trust/select-on-key.html')).toEqual([]);

    // The reader's own selections still offer the toolbar: a double click, then Shift+End extending it.
    const word = await centreOfText(form, 'signified');
    await form.mouse.dblclick(word.x, word.y);
    await form.keyboard.press('Shift+End');
    await form.waitForTimeout(150);
    await form.keyboard.press('2');
    await expect
      .poll(() => quotesFor('/trust/select-on-key.html'))
      .toEqual([expect.stringMatching(/^signified the deepening/)]);
    await form.close();
  });

  it('(j) a page cannot read which passages the reader highlighted: not from CSS.highlights, its DOM, or a grabbed shadow root', async () => {
    // The page grabs every shadow root made in its world (closed ones too) and records every node added to it.
    const page = await openPage(
      '/trust/reader-spy.html',
      `window.__roots = []; window.__added = [];
       const attach = Element.prototype.attachShadow;
       Element.prototype.attachShadow = function (init) { const r = attach.call(this, init); window.__roots.push(r); return r; };
       new MutationObserver((rs) => { for (const r of rs) for (const n of r.addedNodes) window.__added.push(n); })
         .observe(document, { childList: true, subtree: true });`,
    );
    await highlight(page, PASSAGE, '3');
    await expect.poll(() => quotesFor('/trust/reader-spy.html')).toContain(PASSAGE);
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
      const added = (w.__added.filter((n) => n.nodeType === 1) as Element[]).filter((e) => /^lede-/i.test(e.tagName));
      return {
        registry: registry.size,
        texts,
        grabbedRoots: w.__roots.length,
        added: added.map((e) => [
          e.tagName.toLowerCase().replace(/-[a-z0-9]+$/, '-*'),
          e.shadowRoot,
          e.childNodes.length,
          e.textContent,
        ]),
        // The passage appears in the page's own markup once, where the page wrote it.
        occurrences: document.documentElement.outerHTML.split(passage).length - 1,
      };
    }, PASSAGE);
    expect(spied.registry).toBe(0);
    expect(spied.texts).toEqual([]);
    expect(spied.grabbedRoots).toBe(0);
    expect(spied.added).toContainEqual(['lede-paint-*', null, 0, '']);
    for (const [, root, , text] of spied.added) {
      expect(root).toBeNull();
      expect(text).not.toContain('common cause');
    }
    expect(spied.occurrences).toBe(1);
    await page.close();
  });

  it('(e) on a plain-http page that is not a secure context, a colour key saves and paints the highlight', async () => {
    const page = await openPage('/trust/plain.html', '', plainOrigin);
    expect(page.url()).toMatch(/^http:\/\/plain\.test:/);
    expect(await page.evaluate(() => isSecureContext)).toBe(false);
    expect(await page.evaluate(() => typeof crypto.randomUUID)).toBe('undefined');
    await highlight(page, PASSAGE, '2');
    await expect.poll(() => paintedHighlights(page)).toEqual({ 'lede-green': [PASSAGE] });
    await expect.poll(() => quotesFor('plain.test')).toEqual([PASSAGE]);
    await page.close();
  });

  it('(f) in a frame of the page, selecting text and pressing a colour key saves and paints the highlight', async () => {
    server.route('/trust/framed.html', { body: SAMPLE });
    server.route('/trust/frame-host.html', {
      body: '<!doctype html><title>Host</title><h1>Host page</h1><iframe src="/trust/framed.html" width="1000" height="700"></iframe>',
    });
    const page = await session.context.newPage();
    await page.goto(`${server.url}/trust/frame-host.html`);
    const frame = page.frames().find((f) => f.url().endsWith('/trust/framed.html'))!;
    await frame.locator('p', { hasText: 'common cause' }).first().click({ clickCount: 3 });
    await page.waitForTimeout(200);
    await page.keyboard.press('4');
    await expect.poll(() => quotesFor('/trust/framed.html')).toEqual([expect.stringContaining(PASSAGE)]);
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
    server.route('/trust/spa/one', { body: html });
    const page = await session.context.newPage();
    await page.goto(`${server.url}/trust/spa/one`);
    await highlight(page, PASSAGE, '1');
    const keyOf = async (quote: string) =>
      (await readStore(probe)).annotations.find(
        (a) =>
          a.target.selector[0]?.exact === quote && (a as { articleKey?: string }).articleKey?.includes('/trust/spa/'),
      ) as { articleKey?: string } | undefined;
    await expect.poll(async () => (await keyOf(PASSAGE))?.articleKey).toBe(`${server.url}/trust/spa/one`);

    await page.evaluate(() => (window as unknown as { navigate(): void }).navigate());
    // Before the site has updated its head: the note goes under the new path, not story one.
    await highlight(page, SECOND, '3');
    await expect.poll(async () => (await keyOf(SECOND))?.articleKey).toBe(`${server.url}/trust/spa/two`);
    await page.waitForTimeout(2000); // the head changed and settled
    await highlight(page, THIRD, '4');
    await expect.poll(async () => (await keyOf(THIRD))?.articleKey).toBe(`${server.url}/trust/spa/two`);
    // Story two's notes are painted, story one's are not.
    await expect.poll(() => paintedHighlights(page)).toEqual({ 'lede-blue': [SECOND], 'lede-pink': [THIRD] });
    await page.close();
  });

  it('(h) a single-page site that moves to a story with notes gets them painted, though nothing was loaded before', async () => {
    const html = (path: string) => singlePageStory(SAMPLE, path, '/trust/spa2/two');
    server.route('/trust/spa2/one', { body: html('/trust/spa2/one') });
    server.route('/trust/spa2/two', { body: html('/trust/spa2/two') });
    const first = await session.context.newPage();
    await first.goto(`${server.url}/trust/spa2/two`);
    await highlight(first, SECOND, '5');
    await expect.poll(() => quotesFor('/trust/spa2/two')).toEqual([SECOND]);
    await first.close();

    const page = await session.context.newPage();
    await page.goto(`${server.url}/trust/spa2/one`);
    await page.waitForTimeout(1000);
    expect(await paintedHighlights(page)).toEqual({});
    await page.evaluate(() => (window as unknown as { navigate(): void }).navigate());
    await expect.poll(() => paintedHighlights(page), { timeout: 6000 }).toEqual({ 'lede-purple': [SECOND] });
    await page.close();
  });

  it('(i) the context menu / shortcut command highlights on a page that is not an article, with nothing loaded before', async () => {
    server.route('/trust/not-article.html', {
      body: `<!doctype html><title>Front page</title><nav>${Array.from({ length: 30 }, (_, i) => `<a href="/s${i}">Story ${i}</a>`).join(' ')}</nav><p>A short standfirst worth keeping.</p>`,
    });
    const page = await session.context.newPage();
    await page.goto(`${server.url}/trust/not-article.html`);
    await page.bringToFront();
    await page.locator('p').click({ clickCount: 3 });
    // What the background runs on the context menu's "Highlight with Lede" and on Alt+Shift+H (the page's top frame
    // sleeps: nothing of Lede listens there until the background wakes it).
    const reply = await runHighlightCommand(session.worker);
    expect(reply).toMatchObject({ ok: true, id: expect.stringMatching(/^urn:uuid:/) });
    await expect
      .poll(() => quotesFor('/trust/not-article.html'))
      .toEqual([expect.stringContaining('A short standfirst worth keeping.')]);
    await expect
      .poll(() => paintedHighlights(page))
      .toEqual({ 'lede-yellow': [expect.stringContaining('A short standfirst')] });
    await page.close();
  });
  it('(m) a page that moves the selection while the context menu is open gets nothing saved; a kept selection is saved', async () => {
    // The page waits for the reader's right-click, then selects another paragraph while the menu is open.
    const page = await openPage(
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
    expect(await runHighlightCommand(session.worker, undefined, PASSAGE)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('selection changed'),
    });
    await page.waitForTimeout(500);
    expect(await quotesFor('/trust/menu-swap.html')).toEqual([]);
    // The same menu on a selection the page leaves alone.
    expect(await selectWithMouse(page, THIRD)).toBe(THIRD);
    expect(await runHighlightCommand(session.worker, undefined, THIRD)).toMatchObject({ ok: true });
    await expect.poll(() => quotesFor('/trust/menu-swap.html')).toEqual([THIRD]);
    await page.close();
  });
  it('(l) words a page hides inside a sentence never enter the reader’s quote, and the highlight is found again after a reload', async () => {
    // Five ways a stylesheet hides words a highlight across the sentence would otherwise save, export and cite.
    const style =
      '<style>.x1{display:none}.x2{position:absolute;left:-9999px}.x3{font-size:0}.x4{color:transparent}.x5{color:#fff}</style>';
    const planted =
      'Beijing and Moscow <span class="x1">call evil.example now </span>have found <span class="x2">=HYPERLINK("http://evil.example") </span>' +
      'common cause <span class="x3">says evil.example </span>on the United <span class="x5">read evil.example </span>Nations <span class="x4">(sponsored) </span>Security Council';
    server.route('/trust/hidden-words.html', {
      body: SAMPLE.replace('<head>', `<head>${style}`).replace(PASSAGE, planted),
    });
    const page = await session.context.newPage();
    await page.goto(`${server.url}/trust/hidden-words.html`);
    await page.bringToFront();
    // The drag covers the planted words too (the page's markup holds them between the visible ones).
    await selectWithMouse(page, planted.replace(/<[^>]+>/g, ''));
    await page.waitForTimeout(150);
    await page.keyboard.press('1');
    await expect.poll(() => quotesFor('/trust/hidden-words.html')).toEqual([PASSAGE]);
    await expect.poll(async () => (await paintedHighlights(page))['lede-yellow']?.length).toBe(1);
    await page.reload();
    await expect.poll(async () => (await paintedHighlights(page))['lede-yellow']?.length).toBe(1);
    await page.close();
  });

  it('(o) words a page hides inside the article never reach its key facts and quotes in the popup', async () => {
    // The popup's facts are extracted in the extension from the page's markup, where the page's stylesheet does not
    // apply: a figure and a call hidden in the sentences would otherwise be shown as the article's own words.
    const style = '<style>.y1{display:none}.y2{color:#fff}.y3{position:absolute;left:-9999px}</style>';
    server.route('/trust/hidden-facts.html', {
      body: SAMPLE.replace('<head>', `<head>${style}`)
        .replace(
          'complement a $400 billion deal',
          'complement a <span class="y1">$900 billion, not a </span>$400 billion deal',
        )
        .replace(
          'will jointly move forward',
          'will <span class="y2">send money to evil.example and </span>jointly move forward',
        )
        .replace('forged an unbreakable', 'forged <span class="y3">(visit evil.example) </span>an unbreakable'),
    });
    const page = await session.context.newPage();
    await page.goto(`${server.url}/trust/hidden-facts.html`);
    const tabId = await tabIdOf(session, page);
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByTestId('fact').first().waitFor({ timeout: 20_000 });
    const facts = (await popup.getByTestId('fact').allTextContents()).join('\n');
    const quotes = (await popup.getByTestId('quote').allTextContents()).join('\n');
    expect(facts).toContain('complement a $400 billion deal');
    expect(quotes).toContain('its ties to China have never been closer');
    expect(quotes).toContain('forged an unbreakable war friendship');
    expect(`${facts}\n${quotes}`).not.toMatch(/evil\.example|\$900 billion/);
    await popup.close();
    await page.close();
  });

  it('(r) a page that hides every element it did not make, by stylesheet or by script, cannot hide the highlights or the toolbar', async () => {
    /** Tinted pixels over the passage, deselected and with the pointer away: the highlight as the reader sees it. */
    const tint = async (page: Page) => {
      await page.evaluate(() => getSelection()?.removeAllRanges());
      await page.mouse.move(1, 1);
      await page.waitForTimeout(200);
      const box = await page.evaluate((needle) => {
        const p = [...document.querySelectorAll('p')].find((x) => x.textContent?.includes(needle))!;
        const r = p.getBoundingClientRect();
        return { x: r.left, y: r.top, width: r.width, height: r.height };
      }, 'common cause');
      return countPixels(decodePng(await page.screenshot({ clip: box })), isTinted);
    };
    /** Lede's toolbar host as the page's styles leave it: shown, or hidden from the reader. */
    const toolbarShown = (page: Page) =>
      page.evaluate(() =>
        [...document.body.children]
          .filter((el) => el.tagName.startsWith('LEDE-UI-'))
          .some((el) => {
            const cs = getComputedStyle(el);
            return cs.display !== 'none' && cs.visibility === 'visible' && Number(cs.opacity) > 0.9;
          }),
      );
    // The page marks its own elements at load; anything else under <html> or <body> is hidden, with !important.
    const mark = `document.addEventListener('DOMContentLoaded', () => { for (const el of document.querySelectorAll('*')) el.dataset.own = ''; });`;
    const sheet = `<style>html > :not([data-own]), body > :not([data-own]) { display: none !important; opacity: 0 !important; visibility: hidden !important }</style>`;
    // Or, by script, whatever is added to <html> or <body> later is hidden as it arrives.
    const script = `new MutationObserver((records) => { for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1 && n.tagName !== 'BODY') { n.style.setProperty('display', 'none', 'important'); n.style.opacity = '0'; } }).observe(document.documentElement, { childList: true, subtree: false });
      document.addEventListener('DOMContentLoaded', () => new MutationObserver((records) => { for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1 && !n.dataset.own) n.style.setProperty('display', 'none', 'important'); }).observe(document.body, { childList: true }));`;
    for (const [path, head] of [
      ['/trust/hide-sheet.html', `<script>${mark}</script>${sheet}`],
      ['/trust/hide-script.html', `<script>${mark}${script}</script>`],
    ]) {
      server.route(path, { body: SAMPLE.replace('<head>', `<head>${head}`) });
      const page = await session.context.newPage();
      await page.goto(`${server.url}${path}`);
      await page.bringToFront();
      expect(await selectWithMouse(page, PASSAGE)).toBe(PASSAGE);
      await page.waitForTimeout(300);
      expect(await toolbarShown(page), `${path}: toolbar`).toBe(true);
      await page.keyboard.press('1');
      await expect.poll(() => quotesFor(path)).toEqual([PASSAGE]);
      expect(await tint(page), `${path}: painted`).toBeGreaterThan(500);
      await page.close();
    }
  });

  it('(k) a page that swallows mouse and key events before anything else hears them cannot stop the toolbar or the keys', async () => {
    // Listeners on window's capture phase that stop every gesture, registered by the page's first script. Lede's own
    // were registered before it (the bootstrap runs at document_start), so they still hear the reader.
    const page = await openPage(
      '/trust/swallow.html',
      "for (const t of ['mousedown', 'mouseup', 'keyup', 'keydown', 'pointerdown', 'pointerup', 'click', 'mousemove', 'pointermove']) window.addEventListener(t, (e) => e.stopImmediatePropagation(), true);",
    );
    await highlight(page, PASSAGE, '1');
    await expect.poll(() => quotesFor('/trust/swallow.html')).toEqual([PASSAGE]);
    await expect.poll(async () => (await paintedHighlights(page))['lede-yellow']).toEqual([PASSAGE]);
    // The browser's own command (Alt+Shift+H, and the context menu's entry) reaches Lede through the extension, not
    // through the page's events.
    expect(await selectWithMouse(page, SECOND)).toBe(SECOND);
    const reply = await runHighlightCommand(session.worker);
    expect(reply).toMatchObject({ ok: true });
    await expect.poll(() => quotesFor('/trust/swallow.html')).toEqual([PASSAGE, SECOND]);
    // The toolbar's own buttons, inside Lede's closed shadow root: a real mouse click on the blue colour.
    expect(await selectWithMouse(page, THIRD)).toBe(THIRD);
    await page.waitForTimeout(300);
    const blue = await centreOf(page, 'data-color', 'blue');
    await page.mouse.click(blue.x, blue.y);
    await expect.poll(() => quotesFor('/trust/swallow.html')).toEqual([PASSAGE, SECOND, THIRD]);
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
