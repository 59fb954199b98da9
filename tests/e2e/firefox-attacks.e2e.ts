// Page attacks of trust-page.e2e.ts, trust-deceit.e2e.ts and trust-reach.e2e.ts, tried in Firefox (when firefox-esr
// is installed) against the built MV2 extension: forged events, gestures the page swallows, words it hides in a
// sentence or a key fact, a paragraph it selects as the reader clicks elsewhere, a page that hides every element it
// did not make, and one that removes every node it did not make to read the highlights. Red team 32 (Firefox only):
// a page that adds a range of its own to the reader's selection (Firefox keeps several), and a window the page opens
// that took over the reader's sidebar. Red team 37: a frame of another site that keeps its own text selected.
// Red teams 57-59 (wave 39): a route moved under a note, the key frame struck on a page that rewrote itself, and a
// look-alike note editor in a modal dialog of the page's own.
// Red team 62 (wave 44): a drag the page stretches past the pointer with Selection.modify.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { errorToastPixels, firefox, openExtensionPage, useFirefox, yellowOver } from './firefox-support';
import { decodePng } from './png';
import { readStore } from './support';
import { STOPPER, sweeper } from './sweeper';
import { wholeButOne } from './whole-but-one';

describe.skipIf(!firefox)('page attacks in Firefox', () => {
  const ff = useFirefox();
  const SAMPLE = readFileSync(resolve('tests/fixtures/seed/article.html'), 'utf8').replace(
    /<link rel="canonical"[^>]*>/,
    '',
  );
  const PASSAGE = 'Beijing and Moscow have found common cause on the United Nations Security Council';
  /** The page's label, off-screen until the attack moves it under the pointer: `#plant`. */
  const LABEL = 'Xi Jinping was right';
  const PLANTED_SPAN = `document.addEventListener('DOMContentLoaded', () => {
        const s = document.createElement('span'); s.id = 'plant'; s.textContent = ${JSON.stringify(LABEL)};
        s.style.cssText = 'position:fixed;left:-999px;top:0;font:16px serif;background:#fff;white-space:nowrap;z-index:9';
        document.body.append(s);
      });`;
  let swallowAttempts = 0;

  /** The passage's words as stored, for pages whose path ends with `path` (read in a library tab, then closed). */
  async function quotesFor(path: string): Promise<string[]> {
    const library = await openExtensionPage(ff, 'notes.html', 'main');
    const store = await readStore(library);
    await library.close();
    return store.annotations
      .filter((a) => (a as { articleKey?: string }).articleKey?.endsWith(path))
      .map((a) => a.target.selector[0]?.exact ?? '');
  }

  /** Drags the mouse from the first word of PASSAGE to its last, as a reader selects. */
  async function dragOverPassage(page: Page): Promise<void> {
    const ends = await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((x) => x.textContent?.includes('Beijing and Moscow'))!;
      p.scrollIntoView({ block: 'center' });
      const rectOf = (word: string, atEnd: boolean) => {
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const i = (n as Text).data.indexOf(word);
          if (i < 0) continue;
          const r = document.createRange();
          r.setStart(n, atEnd ? i + word.length - 1 : i);
          r.setEnd(n, atEnd ? i + word.length : i + 1);
          return r.getBoundingClientRect();
        }
        return null;
      };
      const a = rectOf('Beijing and', false)!;
      const b = rectOf('Security Council', true)!;
      return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
    });
    await page.mouse.move(ends.x1, ends.y1);
    await page.mouse.down();
    await page.mouse.move((ends.x1 + ends.x2) / 2, (ends.y1 + ends.y2) / 2, { steps: 4 });
    await page.mouse.move(ends.x2, ends.y2, { steps: 4 });
    await page.mouse.up();
  }

  /**
   * Drags over PASSAGE and runs the shortcut's command (Alt+Shift+H: the background asks every frame of the tab) until
   * the page at `path` has it stored, and returns its stored quotes. Firefox's puppeteer cannot press an extension's
   * shortcut, so the background's own command is called, as the shortcut does.
   */
  async function quotesForShortcut(page: Page, path: string): Promise<string[]> {
    let quotes: string[] = [];
    for (let i = 0; i < 6 && quotes.length === 0; i++) {
      await dragOverPassage(page);
      await new Promise((r) => setTimeout(r, 300));
      const ext = await openExtensionPage(ff, 'notes.html', 'main');
      await ext.evaluate(async (url: string) => {
        const api = (
          globalThis as unknown as {
            browser: {
              tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
              runtime: {
                getBackgroundPage(): Promise<Record<symbol, (tabId: number) => Promise<unknown>> | undefined>;
              };
            };
          }
        ).browser;
        const tab = (await api.tabs.query({})).find((t) => t.url === url);
        const bg = await api.runtime.getBackgroundPage();
        if (tab?.id !== undefined) await bg?.[Symbol.for('lede.highlight-selection')]?.(tab.id);
      }, page.url());
      await ext.close();
      for (let w = 0; w < 8 && quotes.length === 0; w++) {
        await new Promise((r) => setTimeout(r, 250));
        quotes = await quotesFor(path);
      }
    }
    return quotes;
  }

  /**
   * Three drags over PASSAGE, each followed by key 1 (the first may come before the page side has loaded), with the
   * page's label put back out of sight before each (`left`: off-screen; `hidden`: `display: none`; `as-is`: the page
   * hides it itself); each drag must end with the label selected, so the attack really ran.
   */
  async function labelledDragsThenKey1(page: Page, out: 'left' | 'hidden' | 'as-is'): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await page.evaluate((how) => {
        const s = document.getElementById('plant')!;
        if (how === 'left') s.style.left = '-999px';
        else if (how === 'hidden') s.style.display = 'none';
      }, out);
      await dragOverPassage(page);
      await new Promise((r) => setTimeout(r, 300));
      expect(await page.evaluate(() => String(getSelection()))).toBe(LABEL);
      await page.keyboard.press('1');
      await new Promise((r) => setTimeout(r, 1_000));
    }
  }

  /**
   * Drags over PASSAGE and presses 1 until the page at `path` has it stored, and returns its stored quotes. The first
   * gesture may come before the page side has loaded: the reader tries again, once the last try has had time to be
   * saved. `afterDrag` runs between each drag and its key.
   */
  async function highlightPassage(page: Page, path: string, afterDrag?: () => Promise<void>): Promise<string[]> {
    let quotes: string[] = [];
    for (let i = 0; i < 10 && quotes.length === 0; i++) {
      await dragOverPassage(page);
      await new Promise((r) => setTimeout(r, 300));
      await afterDrag?.();
      await page.keyboard.press('1');
      for (let w = 0; w < 8 && quotes.length === 0; w++) {
        await new Promise((r) => setTimeout(r, 250));
        quotes = await quotesFor(path);
      }
    }
    return quotes;
  }

  /** The reader clicks the highlight on "common cause", away from any selection first: its note editor opens. */
  async function clickHighlight(page: Page): Promise<void> {
    await page.mouse.click(5, 5);
    const at = await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((x) => x.textContent?.includes('common cause'))!;
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf('common cause');
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 6);
        const b = r.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
      return null;
    });
    await page.mouse.click(at!.x, at!.y);
  }

  /** Lede's yellow over "common cause", once painted (up to 5 s). */
  async function yellowOnPassage(page: Page): Promise<number> {
    let yellow = 0;
    for (let i = 0; i < 20 && yellow === 0; i++) {
      await new Promise((r) => setTimeout(r, 250));
      yellow = await yellowOver(page, 'Despite many differences', 'common cause');
    }
    return yellow;
  }

  it('(honest) a colour key pressed at once after the drag, on a page Lede has not woken on, saves at the first try', async () => {
    // The bootstrap heard an early colour key only from the task after the release; the browser runs input first, so
    // a key pressed right after the drag reached only the page (highlightPassage above tries again for that reason).
    for (const n of [1, 2, 3]) {
      const path = `/ff-trust/fast-key-${n}-${++swallowAttempts}.html`;
      ff.server.route(path, { body: SAMPLE });
      const page = await ff.browser.newPage();
      await page.goto(`${ff.server.url}${path}`);
      await dragOverPassage(page);
      await page.keyboard.press('1');
      let quotes: string[] = [];
      for (let w = 0; w < 12 && quotes.length === 0; w++) {
        await new Promise((r) => setTimeout(r, 250));
        quotes = await quotesFor(path);
      }
      expect(quotes, `page ${n}`).toEqual([PASSAGE]);
      await page.close();
    }
  });

  it('(honest) the story shown in a web component’s modal dialog (red team 64, SM2): the reader’s key saves, and the highlight is drawn above the dialog', async () => {
    // The article slotted into a modal dialog in a closed root: the paint layer, under the dialog, drew the new
    // highlight where the reader could not see it, until it looked into the page's roots (openOrClosedShadowRoot).
    const quickView = `document.addEventListener('DOMContentLoaded', () => {
      const story = document.querySelector('article'); const h = document.createElement('x-quick-view');
      story.before(h); h.append(story); const root = h.attachShadow({ mode: 'closed' });
      const st = document.createElement('style');
      st.textContent = 'dialog { width: 86vw; max-width: 900px; max-height: 80vh; overflow: auto; padding: 24px } dialog::backdrop { background: rgba(0,0,0,.4) }';
      const d = document.createElement('dialog'); d.append(document.createElement('slot')); root.append(st, d); d.showModal();
    });`;
    const path = `/ff-trust/quick-view-${++swallowAttempts}.html`;
    ff.server.route(path, { body: SAMPLE.replace('<head>', `<head><script>${quickView}</script>`) });
    const page = await ff.browser.newPage();
    await page.goto(`${ff.server.url}${path}`);
    expect(await highlightPassage(page, path)).toEqual([PASSAGE]);
    await page.mouse.move(5, 5);
    expect(await yellowOnPassage(page)).toBeGreaterThan(200);
    await page.close();
  });

  it('a page that swallows gestures and plants hidden words: the reader’s drag and key save the words as seen', async () => {
    const swallow = `for (const t of ['mousedown', 'mouseup', 'keyup', 'keydown', 'pointerdown', 'pointerup', 'click', 'mousemove']) window.addEventListener(t, (e) => e.stopImmediatePropagation(), true);`;
    const style =
      '<style>.x1{display:none}.x2{position:absolute;left:-9999px}.x3{font-size:0}.x4{color:transparent}</style>';
    const planted =
      'Beijing and Moscow <span class="x1">call evil.example now </span>have found <span class="x2">=HYPERLINK("http://evil.example") </span>' +
      'common cause <span class="x3">says evil.example </span>on the United Nations <span class="x4">(sponsored) </span>Security Council';
    // A fresh address per attempt: a retry must not find the highlight an earlier attempt saved.
    const path = `/ff-trust/swallow-${++swallowAttempts}.html`;
    ff.server.route(path, {
      body: SAMPLE.replace('<head>', `<head>${style}<script>${swallow}</script>`).replace(PASSAGE, planted),
    });
    const page = await ff.browser.newPage();
    await page.goto(`${ff.server.url}${path}`);
    expect(await highlightPassage(page, path)).toEqual([PASSAGE]);
    expect(await yellowOnPassage(page)).toBeGreaterThan(200);
    await page.close();
  });

  it('a page that hides every element it did not make, by stylesheet and by script, cannot hide the toolbar or the highlight', async () => {
    const mark = `document.addEventListener('DOMContentLoaded', () => { for (const el of document.querySelectorAll('*')) el.dataset.own = ''; });`;
    const sheet =
      '<style>html > :not([data-own]), body > :not([data-own]) { display: none !important; opacity: 0 !important }</style>';
    const script = `document.addEventListener('DOMContentLoaded', () => new MutationObserver((records) => { for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1 && !n.dataset.own) n.style.setProperty('display', 'none', 'important'); }).observe(document.body, { childList: true }));`;
    const path = `/ff-trust/hide-${++swallowAttempts}.html`;
    ff.server.route(path, { body: SAMPLE.replace('<head>', `<head><script>${mark}${script}</script>${sheet}`) });
    const page = await ff.browser.newPage();
    await page.goto(`${ff.server.url}${path}`);
    const toolbarShown = () =>
      page.evaluate(() =>
        [...document.body.children]
          .filter((el) => /^[a-z][a-z0-9]{3}-[a-z0-9]{6}$/i.test(el.tagName))
          .some((el) => getComputedStyle(el).display !== 'none' && Number(getComputedStyle(el).opacity) > 0.9),
      );
    let shown = false;
    const quotes = await highlightPassage(page, path, async () => {
      shown ||= await toolbarShown();
    });
    expect(quotes).toEqual([PASSAGE]);
    expect(shown).toBe(true);
    expect(await yellowOnPassage(page)).toBeGreaterThan(200);
    await page.close();
  });

  it('a page that selects its own paragraph as the reader clicks elsewhere gets nothing saved by the next key', async () => {
    const onClick = `document.addEventListener('mouseup', () => {
      const p = [...document.querySelectorAll('p')].find((x) => x.textContent.startsWith('Despite many differences'));
      const r = document.createRange(); r.selectNodeContents(p);
      getSelection().removeAllRanges(); getSelection().addRange(r);
    });`;
    ff.server.route('/ff-trust/select-on-click.html', {
      body: SAMPLE.replace('<head>', `<head><script>${onClick}</script>`),
    });
    const page = await ff.browser.newPage();
    await page.goto(`${ff.server.url}/ff-trust/select-on-click.html`);
    const far = await page.evaluate(() => {
      const h = document.querySelector('h1')!;
      h.scrollIntoView({ block: 'start' });
      const r = h.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    // The first click wakes the page side (the bootstrap hands it the pointer), the next ones reach it loaded.
    for (let i = 0; i < 3; i++) {
      await page.mouse.click(far.x, far.y);
      await new Promise((r) => setTimeout(r, 600));
      await page.keyboard.press('1');
    }
    await new Promise((r) => setTimeout(r, 800));
    expect(await quotesFor('/ff-trust/select-on-click.html')).toEqual([]);
    // The page's paragraph was selected all along (a save would have cleared the selection).
    expect(await page.evaluate(() => String(getSelection()))).toContain('Despite many differences');
    await page.close();
  });

  it('a page that selects text and dispatches mouseup and key 1 itself gets nothing saved', async () => {
    const forge = `addEventListener('load', () => setTimeout(() => {
      const p = [...document.querySelectorAll('p')].find((x) => x.textContent.startsWith('China and Russia’s presidents'));
      const r = document.createRange(); r.selectNodeContents(p);
      getSelection().removeAllRanges(); getSelection().addRange(r);
      for (let k = 0; k < 5; k++) {
        document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        document.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', shiftKey: true, bubbles: true }));
        document.dispatchEvent(new KeyboardEvent('keydown', { key: '1', code: 'Digit1', bubbles: true }));
      }
    }, 800));`;
    ff.server.route('/ff-trust/forged.html', { body: SAMPLE.replace('<head>', `<head><script>${forge}</script>`) });
    const page = await ff.browser.newPage();
    await page.goto(`${ff.server.url}/ff-trust/forged.html`);
    await new Promise((r) => setTimeout(r, 2500));
    expect(await page.evaluate(() => String(getSelection()))).toContain('China and Russia’s presidents');
    expect(await quotesFor('/ff-trust/forged.html')).toEqual([]);
    expect(await yellowOver(page, 'China and Russia')).toBe(0);
    await page.close();
  });

  it('a page that removes every node it did not make cannot read the highlight, which stays painted', async () => {
    // As trust-reach.e2e.ts (t): until wave 16 the third removal had the highlight painted through CSS.highlights.
    const remover = `document.addEventListener('DOMContentLoaded', () => {
      const mine = new Set(document.querySelectorAll('*'));
      new MutationObserver((rs) => { for (const r of rs) for (const n of r.addedNodes) if (n.nodeType === 1 && !mine.has(n)) n.remove(); })
        .observe(document.documentElement, { childList: true, subtree: true });
    });`;
    const path = `/ff-trust/remover-${++swallowAttempts}.html`;
    ff.server.route(path, { body: SAMPLE.replace('<head>', `<head><script>${remover}</script>`) });
    const page = await ff.browser.newPage();
    await page.goto(`${ff.server.url}${path}`);
    expect(await highlightPassage(page, path)).toEqual([PASSAGE]);
    expect(await yellowOnPassage(page)).toBeGreaterThan(200);
    const read = await page.evaluate(() => {
      const texts: string[] = [];
      (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.forEach((h) => {
        for (const r of h) texts.push(r.toString());
      });
      return texts;
    });
    expect(read).toEqual([]);
    await page.close();
  });

  it('a paragraph re-rendered with the same words every animation frame stays painted (red team 50, C)', async () => {
    // As hostile.e2e.ts: the page replaces the highlighted paragraph with its copy at every frame. Ten looks at the
    // screen 150 ms apart: each must find the reader's yellow over the passage (on the build before, none did).
    const path = `/ff-trust/every-frame-${++swallowAttempts}.html`;
    ff.server.route(path, { body: SAMPLE });
    const page = await ff.browser.newPage();
    await page.goto(`${ff.server.url}${path}`);
    expect(await highlightPassage(page, path)).toEqual([PASSAGE]);
    expect(await yellowOnPassage(page)).toBeGreaterThan(200);
    await page.evaluate(`(() => {
      let p = [...document.querySelectorAll('p')].find((e) => e.textContent.includes('common cause'));
      window.__frames = 0;
      const tick = () => { const q = p.cloneNode(true); p.replaceWith(q); p = q; window.__frames++; requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    })()`);
    let painted = 0;
    for (let i = 0; i < 10; i++) {
      await new Promise((r) => setTimeout(r, 150));
      if ((await yellowOver(page, 'Despite many differences', 'common cause')) > 200) painted++;
    }
    expect(await page.evaluate('window.__frames')).toBeGreaterThan(10);
    expect(painted).toBe(10);
    await page.close();
  });

  it('the note editor works, and a page that takes its focus, into a field or a frame of its own, reads none of the note', async () => {
    // Until wave 17 the editor opened blank in Firefox: an extension page inside a web page gets no `tabs` API there,
    // and the editor asked for its tab first. Then as trust-reach.e2e.ts (u): the page focuses a field of its own (or
    // one in its own frame) 30 ms after each time the editor takes the focus.
    const thieves = {
      none: '',
      // No thief, a Content-Security-Policy that forbids every frame, style and script of the page's own: Lede's
      // frame, styles and scripts are the extension's, and still work.
      csp: '',
      field: `const trap = document.createElement('input');
         trap.style.cssText = 'position:fixed;left:-500px;top:0';
         document.body.append(trap);
         for (const t of ['keydown', 'keyup', 'input']) addEventListener(t, (e) => (window.__got += e.key ?? e.data ?? ''), true);
         addEventListener('blur', () => setTimeout(() => trap.focus(), 30));`,
      frame: `const f = document.createElement('iframe');
         f.srcdoc = '<input id=t>';
         f.style.cssText = 'position:fixed;left:-500px;top:0';
         document.body.append(f);
         f.addEventListener('load', () => f.contentDocument.addEventListener('keydown', (e) => (window.__got += e.key), true));
         addEventListener('blur', () => setTimeout(() => f.contentDocument.getElementById('t').focus(), 30));`,
    };
    const note = 'Source: a private conversation';
    // Its one inline script (window.__got, read below) is let through by its hash-free 'unsafe-inline'.
    const STRICT_CSP =
      "default-src 'none'; style-src 'none'; img-src 'none'; font-src 'none'; frame-src 'none'; child-src 'none'; script-src 'unsafe-inline'";
    for (const [kind, thief] of Object.entries(thieves)) {
      const path = `/ff-trust/focus-${kind}-${++swallowAttempts}.html`;
      ff.server.route(path, {
        body: SAMPLE.replace(
          '<head>',
          `<head><script>window.__got = ''; window.__blocked = 0; document.addEventListener('securitypolicyviolation', () => window.__blocked++); document.addEventListener('DOMContentLoaded', () => { ${thief} });</script>`,
        ),
        headers: kind === 'csp' ? { 'content-security-policy': STRICT_CSP } : {},
      });
      const page = await ff.browser.newPage();
      await page.goto(`${ff.server.url}${path}`);
      expect(await highlightPassage(page, path)).toEqual([PASSAGE]);
      // The policy is in force: the page's own stylesheet was refused.
      if (kind === 'csp')
        expect(await page.evaluate(() => (window as unknown as { __blocked: number }).__blocked)).toBeGreaterThan(0);
      // The reader clicks the highlight, away from any selection: the editor opens with the focus in its note.
      await clickHighlight(page);
      // The editor's frame shows the passage once it has loaded the highlight.
      let shown = false;
      for (let i = 0; i < 40 && !shown; i++) {
        await new Promise((r) => setTimeout(r, 250));
        for (const f of page.frames())
          shown ||= await f
            .evaluate(() => location.protocol === 'moz-extension:' && !!document.querySelector('textarea'))
            .catch(() => false);
      }
      expect(shown, `${path}: the editor shows its note`).toBe(true);
      await page.evaluate(() => ((window as unknown as { __got: string }).__got = ''));
      await page.keyboard.type(note, { delay: 30 });
      await new Promise((r) => setTimeout(r, 300));
      expect(await page.evaluate(() => (window as unknown as { __got: string }).__got), path).toBe('');
      expect(await saveNote(page, path, note), path).toBe(note);
      await page.close();
    }
  });

  /** A page at `path` with `script` in its head; returns the open tab. */
  /**
   * The page writes a new document over itself with `document.open()` (the same words) and, in the same task, before
   * Lede's listeners are back, listens for keys on its window, logging each into sessionStorage's "heard".
   */
  const rewriteAndListen = (page: Page) =>
    page.evaluate(() => {
      const html = document.documentElement.outerHTML;
      document.open();
      document.write(html);
      document.close();
      addEventListener(
        'keydown',
        (e) => {
          if (e.key.length === 1) sessionStorage.setItem('heard', (sessionStorage.getItem('heard') || '') + e.key);
        },
        true,
      );
    });

  /** The open note editor's note field (its frame is Lede's extension page), or null when none is open. */
  async function openEditorNote(page: Page): Promise<string | null> {
    for (const f of page.frames()) {
      const v = await f
        .evaluate(() =>
          location.protocol === 'moz-extension:' ? (document.querySelector('textarea')?.value ?? null) : null,
        )
        .catch(() => null);
      if (v !== null) return v;
    }
    return null;
  }

  /**
   * On a page that rewrote itself: once Lede's page script has started again there (painted anew, scrolled to the
   * top), the reader scrolls the passage into view and clicks its highlight.
   */
  async function clickHighlightAfterRewrite(page: Page): Promise<void> {
    await new Promise((r) => setTimeout(r, 1500));
    await page.evaluate(() =>
      [...document.querySelectorAll('p')]
        .find((x) => x.textContent?.includes('common cause'))
        ?.scrollIntoView({ block: 'center' }),
    );
    await new Promise((r) => setTimeout(r, 300));
    await clickHighlight(page);
  }

  /** The open editor's note once `done` accepts it (up to 10 s), else the last seen (null: no editor open). */
  async function editorNoteOnce(page: Page, done: (note: string) => boolean): Promise<string | null> {
    let shown: string | null = null;
    for (let i = 0; i < 40; i++) {
      shown = await openEditorNote(page);
      if (shown !== null && done(shown)) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    return shown;
  }

  async function pageWith(path: string, script: string): Promise<Page> {
    ff.server.route(path, { body: SAMPLE.replace('<head>', `<head><script>${script}</script>`) });
    const page = await ff.browser.newPage();
    await page.goto(`${ff.server.url}${path}`);
    return page;
  }

  it('a page that cancels every timer, frame and idle callback pending in its window, at each mouseup and key and every 40 ms, switches off neither the highlight nor its paint (red team 55)', async () => {
    const path = '/ff-attacks/sweep.html';
    const page = await pageWith(path, sweeper(['mouseup', 'keydown', 'always']));
    expect(await highlightPassage(page, path)).toEqual([PASSAGE]);
    expect(await yellowOnPassage(page)).toBeGreaterThan(200);
    expect(await page.evaluate('window.__sweeps')).toBeGreaterThan(20);
    await page.close();
  });

  it('a page that calls window.stop() for 600 ms after each mouseup does not keep Lede from starting (red team 55)', async () => {
    const path = '/ff-attacks/stop.html';
    const page = await pageWith(path, STOPPER);
    expect(await highlightPassage(page, path)).toEqual([PASSAGE]);
    expect(await yellowOnPassage(page)).toBeGreaterThan(200);
    expect(await page.evaluate('window.__stops')).toBeGreaterThan(10);
    await page.close();
  });

  it('a page that adds its own range to the reader’s selection at every mouseup neither switches highlighting off nor gets its words saved (red team 32, A4)', async () => {
    const path = '/ff-attacks/second-range.html';
    const page = await pageWith(
      path,
      `document.addEventListener('mouseup', () => setTimeout(() => {
        const r = document.createRange(); r.selectNodeContents(document.querySelector('h1'));
        getSelection().addRange(r);
        window.__ranges = getSelection().rangeCount;
      }, 0));`,
    );
    const quotes = await highlightPassage(page, path);
    // The page's range was there (Firefox keeps it, and the headline comes first), and only the reader's was saved.
    expect(await page.evaluate(() => (window as unknown as { __ranges?: number }).__ranges)).toBe(2);
    expect(quotes).toEqual([PASSAGE]);
    await page.close();
  });

  it('a page that adds a label of its own under the pointer, first in the page, as the reader’s drag ends gets nothing of it saved (red team 32, A4b)', async () => {
    const path = '/ff-attacks/label-range.html';
    const page = await pageWith(
      path,
      `document.addEventListener('DOMContentLoaded', () => {
        const s = document.createElement('span'); s.id = 'plant'; s.textContent = 'Xi Jinping was right';
        s.style.cssText = 'position:fixed;left:-999px;top:0;font:16px serif;background:#fff;white-space:nowrap';
        document.body.prepend(s);
      });
      document.addEventListener('mouseup', (e) => {
        const s = document.getElementById('plant'); const w = s.getBoundingClientRect();
        s.style.left = (e.clientX - w.width + 2) + 'px'; s.style.top = (e.clientY - w.height / 2) + 'px';
        const r = document.createRange(); r.selectNodeContents(s);
        getSelection().addRange(r);
        window.__first = getSelection().getRangeAt(0).toString();
      });`,
    );
    const quotes = await highlightPassage(page, path);
    expect(await page.evaluate(() => (window as unknown as { __first?: string }).__first)).toBe('Xi Jinping was right');
    expect(quotes).toEqual([PASSAGE]);
    await page.close();
  });

  it('a window the page opens does not turn the reader’s sidebar to its forged copy of the article (red team 32, A6)', async () => {
    const real = '/ff-attacks/sidebar-real.html';
    const forged = '/ff-attacks/sidebar-forged.html';
    const FORGED = 'Moscow quietly hands Crimea back to Kyiv';
    ff.server.route(forged, {
      body: SAMPLE.replaceAll('China and Russia Strengthen Alliance', FORGED).replaceAll(
        '$400 billion',
        '$900 billion',
      ),
    });
    const side = await openExtensionPage(ff, 'sidepanel.html', 'main');
    const page = await pageWith(
      real,
      `addEventListener('click', () => window.__w ??= window.open('${forged}', 'x', 'popup,width=500,height=500'), true);`,
    );
    await page.bringToFront();
    const sideText = () => side.evaluate(() => document.body.innerText);
    let before = '';
    for (let i = 0; i < 40 && !before.includes('China and Russia Strengthen Alliance'); i++) {
      await new Promise((r) => setTimeout(r, 250));
      before = await sideText();
    }
    // The sidebar follows the reader's window: the article they switched to there.
    expect(before).toContain('China and Russia Strengthen Alliance');
    await page.mouse.click(200, 200);
    expect(await page.evaluate(() => !!(window as unknown as { __w?: unknown }).__w)).toBe(true);
    // The pop-up's tab was activated in its own window; give the sidebar the time it took to switch before the fix.
    let after = '';
    for (let i = 0; i < 12; i++) {
      await new Promise((r) => setTimeout(r, 250));
      after = await sideText();
    }
    expect(after).not.toContain(FORGED);
    expect(after).toContain('China and Russia Strengthen Alliance');
    await page.close();
    await side.close();
  });

  it('a page that swaps the reader’s one range for a label of its own under the pointer, once the page side is awake, gets nothing of it saved (red team 33, F1)', async () => {
    const path = '/ff-attacks/label-swap.html';
    const page = await pageWith(
      path,
      `${PLANTED_SPAN}
      window.__arm = false;
      document.addEventListener('mouseup', (e) => {
        if (!window.__arm) return;
        const s = document.getElementById('plant'); const w = s.getBoundingClientRect();
        s.style.left = (e.clientX - w.width + 2) + 'px'; s.style.top = (e.clientY - w.height / 2) + 'px';
        const r = document.createRange(); r.selectNodeContents(s);
        getSelection().removeAllRanges(); getSelection().addRange(r);
      });`,
    );
    // An honest first highlight wakes the page side; then the page arms its swap.
    expect(await highlightPassage(page, path)).toEqual([PASSAGE]);
    await page.evaluate(() => {
      getSelection()?.removeAllRanges();
      (window as unknown as { __arm: boolean }).__arm = true;
    });
    for (let i = 0; i < 2; i++) {
      await dragOverPassage(page);
      await new Promise((r) => setTimeout(r, 300));
      await page.keyboard.press('1');
      await new Promise((r) => setTimeout(r, 1_000));
    }
    expect(await page.evaluate(() => String(getSelection()))).toBe('Xi Jinping was right');
    expect(await quotesFor(path)).toEqual([PASSAGE]);
    await page.close();
  });

  it('a copy on a path-tenant host that moves its address onto another copy’s path is painted none of its highlights and saves nothing there (red team 53)', async () => {
    // A URL carrying another URL in its path owns itself alone (core/article/tenant-paths.ts), on any host. The
    // hostile copy moves its own address onto the story's (same origin: the browser allows it) before Lede reads it.
    const storyPath = '/web/2025/https://news.example/ff-story';
    const hostilePath = '/web/2025/https://evil.example/ff';
    ff.server.route(storyPath, { body: SAMPLE });
    ff.server.route(hostilePath, {
      body: SAMPLE.replace(
        '<head>',
        `<head><script>history.replaceState(null, '', ${JSON.stringify(storyPath)});</script>`,
      ),
    });
    const story = await ff.browser.newPage();
    await story.setViewport({ width: 1200, height: 900 });
    await story.goto(`${ff.server.url}${storyPath}`);
    expect(await highlightPassage(story, storyPath)).toEqual([PASSAGE]);
    await story.close();

    const page = await ff.browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    await page.goto(`${ff.server.url}${hostilePath}`);
    expect(page.url()).toBe(`${ff.server.url}${storyPath}`);
    await new Promise((r) => setTimeout(r, 2_500));
    const yellow = await yellowOver(page, 'Despite many differences', 'common cause');
    // The reader, taken in by the address, highlights a passage there: it must not join the story's notes.
    await dragOverPassage(page);
    await new Promise((r) => setTimeout(r, 300));
    await page.keyboard.press('2');
    await new Promise((r) => setTimeout(r, 2_000));
    const library = await openExtensionPage(ff, 'notes.html', 'main');
    const stored = await readStore(library);
    await library.close();
    // Before: the story's yellow painted on the copy (2,493 pixels), and the green highlight filed under the story
    // (Firefox gives the moved address as the sender's URL, so the background's own check let it through).
    expect(yellow).toBe(0);
    const keyed = (path: string) =>
      stored.annotations.filter((a) => (a as { articleKey?: string }).articleKey?.endsWith(path));
    expect(keyed(storyPath).map((a) => a.body.color)).toEqual(['yellow']);
    expect(keyed(hostilePath)).toEqual([]);
    await page.close();
  });

  it('a frame of another site that keeps its own text selected neither takes the shortcut nor tells the reader a save failed that did not (red team 37, M3)', async () => {
    // The frame selects its own sentence every 50 ms, as an embed holding a stale selection would keep one. Before:
    // the reader's passage was saved, but the frame answered the shortcut too, refused itself as unseen, and the top
    // page showed "…in a frame that is hidden or covered, so Lede did not save it" over the reader's "Saved".
    const port = new URL(ff.server.url).port;
    const framePath = '/ff-attacks/selecting-frame.html';
    ff.server.route(framePath, {
      body: `<!doctype html><html><head><title>Embed</title></head><body><p id="x">Xi Jinping was right about everything, officials confirm.</p>
        <script>setInterval(() => { const s = getSelection(); if (!String(s).includes('Xi Jinping')) s.selectAllChildren(document.getElementById('x')); }, 50);</script></body></html>`,
    });
    const path = '/ff-attacks/selecting-frame-host.html';
    ff.server.route(path, {
      body: SAMPLE.replace(
        '<div class="ad" id="in-article">Advertisement</div>',
        // Another origin than the page's (localhost against 127.0.0.1 or the reverse).
        `<iframe src="${ff.server.url.includes('127.0.0.1') ? `http://localhost:${port}` : `http://127.0.0.1:${port}`}${framePath}" style="width:600px;height:120px;border:1px solid #ccc"></iframe>`,
      ),
    });
    const page = await ff.browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    await page.goto(`${ff.server.url}${path}`);
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await quotesForShortcut(page, path)).toEqual([PASSAGE]);
    // The reader is told it was saved, not that it failed: no error toast anywhere on the page.
    await new Promise((r) => setTimeout(r, 500));
    expect(await errorToastPixels(page)).toBe(0);
    const library = await openExtensionPage(ff, 'notes.html', 'main');
    const stored = await readStore(library);
    await library.close();
    expect(stored.annotations.map((a) => a.target.selector[0]?.exact)).not.toContain(
      'Xi Jinping was right about everything, officials confirm.',
    );
    await page.close();
  });
  it('a page that swaps the pressed paragraph for its clone as the press comes gets its label, shown and selected at pointerup, saved by no key (red team 38, P1)', async () => {
    const path = '/ff-attacks/press-detached.html';
    const page = await pageWith(
      path,
      `${PLANTED_SPAN}
      addEventListener('mousedown', (e) => {
        const p = document.elementFromPoint(e.clientX, e.clientY)?.closest('p');
        if (e.isTrusted && p) p.replaceWith(p.cloneNode(true));
      });
      addEventListener('pointerup', (e) => {
        if (!e.isTrusted) return;
        const s = document.getElementById('plant'); const w = s.getBoundingClientRect();
        s.style.left = (e.clientX - w.width + 2) + 'px'; s.style.top = (e.clientY - w.height / 2) + 'px';
        getSelection().selectAllChildren(s);
      });`,
    );
    await labelledDragsThenKey1(page, 'left');
    expect(await quotesFor(path)).toEqual([]);
    await page.close();
  });
  it('a page that puts a hidden label at the caret at pointerdown (before mousedown) and shows it by its style at pointerup gets it saved by no key (red team 39, PD)', async () => {
    const path = '/ff-attacks/press-pointerdown.html';
    const page = await pageWith(
      path,
      `${PLANTED_SPAN}
      addEventListener('pointerdown', (e) => {
        const c = document.caretPositionFromPoint(e.clientX, e.clientY);
        if (!e.isTrusted || !c || c.offsetNode.nodeType !== 3) return;
        const s = document.getElementById('plant'); s.style.display = 'none';
        c.offsetNode.splitText(c.offset).before(s);
      }, true);
      addEventListener('pointerup', (e) => {
        const s = document.getElementById('plant'); if (!e.isTrusted || !s || s.parentNode === document.body) return;
        s.style.display = ''; const w = s.getBoundingClientRect();
        s.style.left = (e.clientX - w.width + 2) + 'px'; s.style.top = (e.clientY - w.height / 2) + 'px';
        getSelection().selectAllChildren(s);
      }, true);`,
    );
    await labelledDragsThenKey1(page, 'hidden');
    expect(await quotesFor(path)).toEqual([]);
    await page.close();
  });
  it('a page that rewrites a hidden text node 2,001 times and adds 3,000 hidden elements at every press does not refuse the reader’s drag (red team 44)', async () => {
    const path = '/ff-attacks/press-storm.html';
    const page = await pageWith(
      path,
      `addEventListener('pointerdown', (e) => {
        if (!e.isTrusted) return;
        const t = document.createTextNode(''); const h = document.createElement('span'); h.hidden = true; h.append(t); document.body.append(h);
        for (let i = 0; i < 2001; i++) t.data = String(i);
        const d = document.createElement('div'); d.hidden = true; document.body.append(d);
        for (let i = 0; i < 3000; i++) { const s = document.createElement('span'); s.textContent = String(i); d.append(s); }
      }, true);`,
    );
    expect(await highlightPassage(page, path)).toEqual([PASSAGE]);
    await page.close();
  });

  it('a page that adds 2,100 snowflakes right under <body> at every press does not refuse the reader’s drag (red team 46)', async () => {
    const path = '/ff-attacks/press-snow.html';
    const page = await pageWith(
      path,
      `addEventListener('pointerdown', (e) => {
        if (!e.isTrusted) return;
        for (let i = 0; i < 2100; i++) { const f = document.createElement('i');
          f.style.cssText = 'position:absolute;width:2px;height:2px;background:#ccd;left:' + ((i * 37) % 1200) + 'px;top:' + ((i * 13) % 900) + 'px';
          document.body.append(f); }
      }, true);`,
    );
    expect(await highlightPassage(page, path)).toEqual([PASSAGE]);
    await page.close();
  });

  it('a page that lays a label hidden beside where the drag begins and shows it at the release by a class on the pressed paragraph gets it saved by no key (red team 40, A1)', async () => {
    // The label is hidden by the stylesheet alone; the page hides it again at each press, after Lede has read it.
    const path = '/ff-attacks/press-class.html';
    const page = await pageWith(
      path,
      `document.addEventListener('DOMContentLoaded', () => {
        const st = document.createElement('style');
        st.textContent = '#plant{display:none} p.show #plant{display:inline;position:fixed;left:var(--x);top:var(--y);font:16px serif;background:#fff;white-space:nowrap;z-index:9}';
        document.head.append(st);
        const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = w.nextNode(); n; n = w.nextNode()) {
          const i = n.data.indexOf('Beijing and Moscow'); if (i < 0) continue;
          const s = document.createElement('span'); s.id = 'plant'; s.textContent = ${JSON.stringify(LABEL)};
          n.splitText(i).before(s); break;
        }
      });
      addEventListener('pointerup', (e) => {
        const s = document.getElementById('plant'); if (!e.isTrusted || !s) return;
        const r = document.documentElement;
        r.style.setProperty('--x', (e.clientX - 150) + 'px'); r.style.setProperty('--y', (e.clientY - 10) + 'px');
        s.closest('p').classList.add('show'); getSelection().selectAllChildren(s);
      }, true);
      addEventListener('pointerdown', () => document.querySelector('p.show')?.classList.remove('show'));`,
    );
    await labelledDragsThenKey1(page, 'as-is');
    expect(await quotesFor(path)).toEqual([]);
    await page.close();
  });
  it('a page that rewrites itself with document.open() to put its pointerup listener before Lede’s gets its label saved by no key (red team 42)', async () => {
    const ATTACK = `document.addEventListener('DOMContentLoaded', () => {
        const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = w.nextNode(); n; n = w.nextNode()) {
          const i = n.data.indexOf('Beijing and Moscow'); if (i < 0) continue;
          const s = document.createElement('span'); s.id = 'plant'; s.textContent = ${JSON.stringify(LABEL)};
          n.splitText(i).before(s); break;
        }
      });
      addEventListener('pointerup', (e) => { const s = document.getElementById('plant'); if (!e.isTrusted || !s) return;
        document.documentElement.style.setProperty('--x', (e.clientX - 150) + 'px');
        document.documentElement.style.setProperty('--y', (e.clientY - 10) + 'px');
        s.closest('p').classList.add('show'); getSelection().selectAllChildren(s); }, true);
      addEventListener('pointerdown', () => { document.querySelector('p.show')?.classList.remove('show'); });`;
    const CSS =
      '<style>#plant{display:none} p.show #plant{display:inline;position:fixed;left:var(--x);top:var(--y);font:16px serif;background:#fff;white-space:nowrap;z-index:9}</style>';
    const inner = SAMPLE.replace('<head>', `<head><script>${ATTACK}</script>`).replace('</body>', `${CSS}</body>`);
    const js = JSON.stringify(inner)
      .replace(/<\/script/gi, '<\\/script')
      .replace(/<!--/g, '<\\!--');
    const path = '/ff-attacks/rewritten-first.html';
    ff.server.route(path, {
      body: `<!doctype html><html><head><script>setTimeout(() => { document.open(); document.write(${js}); document.close(); }, 100);</script></head><body><p>loading</p></body></html>`,
    });
    const page = await ff.browser.newPage();
    await page.goto(`${ff.server.url}${path}`);
    await new Promise((r) => setTimeout(r, 6_000));
    await labelledDragsThenKey1(page, 'as-is');
    expect(await quotesFor(path)).toEqual([]);
    await page.close();
  });

  it('a page that draws a word of the passage otherwise only while the button is down and undoes it at pointerup (a bidi override) gets it saved by no key (red team 42)', async () => {
    // "91" laid between "have" and "found", drawn "19" during the press. Before: saved by key 1, painted solid.
    const lay = (word: string) => `document.addEventListener('DOMContentLoaded', () => {
        const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = w.nextNode(); n; n = w.nextNode()) {
          const i = n.data.indexOf('have found common'); if (i < 0) continue;
          const s = document.createElement('span'); s.id = 'plant'; s.textContent = '${word} ';
          n.splitText(i + 5).before(s); break;
        }
      });`;
    const ways: [string, string][] = [
      [
        '/ff-attacks/drawn-bidi.html',
        `${lay('91')}
        const rule = () => document.getElementById('rt').sheet.cssRules[0].style;
        addEventListener('pointerdown', (e) => { if (e.isTrusted) rule().cssText = 'unicode-bidi:bidi-override;direction:rtl'; }, true);
        addEventListener('pointerup', (e) => { if (e.isTrusted) rule().cssText = ''; }, true);
        document.addEventListener('DOMContentLoaded', () => document.body.insertAdjacentHTML('beforeend', '<style id="rt">#plant{}</style>'));`,
      ],
    ];
    for (const [path, script] of ways) {
      const page = await pageWith(path, script);
      for (let i = 0; i < 3; i++) {
        await dragOverPassage(page);
        await new Promise((r) => setTimeout(r, 300));
        expect(await page.evaluate(() => String(getSelection()))).toMatch(/have 91 found/);
        await page.keyboard.press('1');
        await new Promise((r) => setTimeout(r, 1_000));
      }
      expect(await quotesFor(path)).toEqual([]);
      await page.close();
    }
  });

  it('a page that draws a word inside the passage as a broken image\'s alt or a formula gets "have found" saved by no key; a loaded image there is saved (red team 46)', async () => {
    // "never" between "have" and "found", drawn by markup the text model skips. Before: "have found" saved, painted
    // solid, under the "have never found" the reader saw.
    const plant = (html: string) => `document.addEventListener('DOMContentLoaded', () => {
        const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = w.nextNode(); n; n = w.nextNode()) {
          const i = n.data.indexOf('have found common'); if (i < 0) continue;
          const holder = document.createElement('span'); holder.innerHTML = ${JSON.stringify(html)};
          n.splitText(i + 5).before(holder.firstElementChild); break;
        }
      });`;
    const PNG =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
    const tries: [string, string, boolean][] = [
      ['/ff-attacks/drawn-alt.html', '<img alt="never " src="/ff-attacks/missing.png">', false],
      [
        '/ff-attacks/drawn-math.html',
        '<math><mi mathvariant="normal">never</mi><mspace width="0.3em"></mspace></math>',
        false,
      ],
      ['/ff-attacks/drawn-loaded.html', `<img alt="smiling face" width="16" height="16" src="${PNG}">`, true],
    ];
    for (const [path, html, saved] of tries) {
      const page = await pageWith(path, plant(html));
      await new Promise((r) => setTimeout(r, 800));
      await dragOverPassage(page);
      await new Promise((r) => setTimeout(r, 300));
      await page.keyboard.press('1');
      await new Promise((r) => setTimeout(r, 1_500));
      expect(await quotesFor(path), path).toEqual(saved ? [PASSAGE] : []);
      await page.close();
    }
  });

  /**
   * The box of Lede's dark toast (core/palette.ts `surface`, #1f2328) in the viewport, or null: its text cannot be
   * read in Firefox (a closed shadow root, no CDP), so the test looks for what the reader sees.
   */
  async function darkToast(page: Page): Promise<{ left: number; right: number; top: number; bottom: number } | null> {
    const png = decodePng(Buffer.from(await page.screenshot()));
    let left = Number.POSITIVE_INFINITY;
    let right = -1;
    let top = Number.POSITIVE_INFINITY;
    let bottom = -1;
    for (let y = Math.floor(png.height / 2); y < png.height; y++)
      for (let x = 0; x < png.width; x++) {
        const i = (y * png.width + x) * 4;
        const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
        if (Math.abs(r - 0x1f) < 6 && Math.abs(g - 0x23) < 6 && Math.abs(b - 0x28) < 6) {
          left = Math.min(left, x);
          right = Math.max(right, x);
          top = Math.min(top, y);
          bottom = Math.max(bottom, y);
        }
      }
    return right - left > 150 && bottom - top > 20 ? { left, right, top, bottom } : null;
  }

  it('a page that stops its text being selected: the reader is told, clicks Let me select, and highlights (wave 35)', async () => {
    // Its sheet, each paragraph's own style attribute with !important (over any author sheet), and every 50 ms every
    // sheet it did not make taken away: Lede's rule must come as a user sheet (lib/selectable.ts).
    const block = `document.addEventListener('selectstart', (e) => e.preventDefault());
      const s = document.createElement('style'); s.textContent = 'body, p { user-select: none; }';
      document.documentElement.appendChild(s);
      const lock = () => { for (const p of document.querySelectorAll('p')) p.style.setProperty('user-select', 'none', 'important'); };
      document.addEventListener('DOMContentLoaded', () => {
        lock();
        const own = new Set(document.querySelectorAll('style'));
        setInterval(() => {
          if (document.adoptedStyleSheets.length > 0) document.adoptedStyleSheets = [];
          for (const st of document.querySelectorAll('style')) if (!own.has(st)) st.remove();
        }, 50);
      });`;
    const path = '/ff-trust/selection-blocked.html';
    ff.server.route(path, { body: SAMPLE.replace('<head>', `<head><script>${block}</script>`) });
    const page = await ff.browser.newPage();
    await page.goto(`${ff.server.url}${path}`);
    await dragOverPassage(page);
    expect(await page.evaluate(() => String(getSelection()))).toBe('');
    let toast: Awaited<ReturnType<typeof darkToast>> = null;
    for (let i = 0; i < 40 && !toast; i++) {
      await new Promise((r) => setTimeout(r, 250));
      toast = await darkToast(page);
    }
    expect(toast, 'Lede’s toast is shown').not.toBeNull();
    // "Let me select" is the toast's button, at its right end.
    await page.mouse.click(toast!.right - 40, (toast!.top + toast!.bottom) / 2);
    await new Promise((r) => setTimeout(r, 300));
    await dragOverPassage(page);
    expect(await page.evaluate(() => String(getSelection()))).toBe(PASSAGE);
    await page.keyboard.press('1');
    let quotes: string[] = [];
    for (let i = 0; i < 20 && quotes.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 500));
      quotes = await quotesFor(path);
    }
    expect(quotes).toEqual([PASSAGE]);
    await page.close();
  });
  it('a page that reloads itself as the reader types a note hears none of it, and the note comes back whole (red team 56)', async () => {
    const path = '/ff-attacks/reload-note.html';
    const page = await pageWith(
      path,
      `addEventListener('keydown', (e) => { if (e.key.length === 1) sessionStorage.setItem('heard', (sessionStorage.getItem('heard') || '') + e.key); }, true);
       sessionStorage.setItem('loads', String(Number(sessionStorage.getItem('loads') || 0) + 1));`,
    );
    expect(await highlightPassage(page, path)).toEqual([PASSAGE]);
    const editorNote = () => openEditorNote(page);
    // The reader clicks the highlight: the editor opens with the focus in its note.
    await clickHighlight(page);
    for (let i = 0; i < 40 && (await editorNote()) === null; i++) await new Promise((r) => setTimeout(r, 250));
    expect(await editorNote()).toBe('');
    await page.evaluate(() => sessionStorage.removeItem('heard'));
    // 600 ms into the note, the page reloads itself.
    await page.evaluate(() => setTimeout(() => location.reload(), 600));
    const note = 'Vetoes counted twice in the spring session';
    await page.keyboard.type(note, { delay: 60 });
    await new Promise((r) => setTimeout(r, 1500));
    expect(await page.evaluate(() => sessionStorage.getItem('loads'))).toBe('2');
    expect(await page.evaluate(() => sessionStorage.getItem('heard') ?? '')).toBe('');
    // The editor is open again, with every word (one letter pressed as the documents switch may reach neither).
    let shown: string | null = null;
    for (let i = 0; i < 40; i++) {
      shown = await editorNote();
      if (shown !== null && shown.length >= note.length - 1) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(
      shown === note || [...note].some((_, i) => note.slice(0, i) + note.slice(i + 1) === shown),
      `the note reads "${shown}"`,
    ).toBe(true);
    await page.close();
  });
  it('a page that rewrites itself with document.open() and listens again in the same task hears none of a note being written (wave 38)', async () => {
    const path = '/ff-attacks/rewrite-note.html';
    const page = await pageWith(path, '');
    expect(await highlightPassage(page, path)).toEqual([PASSAGE]);
    const editorNote = () => openEditorNote(page);
    await clickHighlight(page);
    for (let i = 0; i < 40 && (await editorNote()) === null; i++) await new Promise((r) => setTimeout(r, 250));
    expect(await editorNote()).toBe('');
    const note = 'Vetoes counted twice in the spring session';
    await page.keyboard.type(note.slice(0, 10), { delay: 60 });
    await rewriteAndListen(page);
    await page.keyboard.type(note.slice(10), { delay: 60 });
    await new Promise((r) => setTimeout(r, 1000));
    expect(await page.evaluate(() => sessionStorage.getItem('heard') ?? '')).toBe('');
    let shown: string | null = null;
    for (let i = 0; i < 40; i++) {
      shown = await editorNote();
      if (shown !== null && shown.length >= note.length - 1) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(shown, `the note reads "${shown}"`).toBe(note);
    await page.close();
  });
  it('a page that rewrote itself and listens first hears none of a note opened afterwards, typed as its editor loads (wave 38)', async () => {
    const path = '/ff-attacks/rewritten-then-note.html';
    const page = await pageWith(path, '');
    expect(await highlightPassage(page, path)).toEqual([PASSAGE]);
    await rewriteAndListen(page);
    // Painted again on the written document once Lede's page script has started again there (scrolled to the top).
    await clickHighlightAfterRewrite(page);
    const note = 'Vetoes counted twice';
    await page.keyboard.type(note, { delay: 30 });
    await new Promise((r) => setTimeout(r, 1000));
    expect(await page.evaluate(() => sessionStorage.getItem('heard') ?? '')).toBe('');
    expect(await editorNoteOnce(page, (v) => v === note)).toBe(note);
    await page.close();
  });

  /** Saves the open note editor (Ctrl+Enter) and returns the note stored for `path` once it reads `note` (up to 5 s). */
  async function saveNote(page: Page, path: string, note: string): Promise<string | undefined> {
    await page.keyboard.down('Control');
    await page.keyboard.press('Enter');
    await page.keyboard.up('Control');
    let saved: string | undefined;
    for (let i = 0; i < 20 && saved !== note; i++) {
      await new Promise((r) => setTimeout(r, 250));
      const library = await openExtensionPage(ff, 'notes.html', 'main');
      const store = await readStore(library);
      await library.close();
      saved = store.annotations.find((a) => (a as { articleKey?: string }).articleKey?.endsWith(path))?.body.note;
    }
    return saved;
  }

  it('a page that moves its route (pushState) while the reader writes a note hears none of it, and the note is saved whole under its article (red team 57, R1)', async () => {
    const path = '/ff-attacks/route-note.html';
    const page = await pageWith(
      path,
      `addEventListener('keydown', (e) => { if (e.key.length === 1) sessionStorage.setItem('heard', (sessionStorage.getItem('heard') || '') + e.key); }, true);`,
    );
    expect(await highlightPassage(page, path)).toEqual([PASSAGE]);
    await clickHighlight(page);
    for (let i = 0; i < 40 && (await openEditorNote(page)) === null; i++) await new Promise((r) => setTimeout(r, 250));
    await new Promise((r) => setTimeout(r, 300));
    await page.evaluate(() => sessionStorage.removeItem('heard'));
    await page.keyboard.type('Vetoes counted ', { delay: 40 });
    await page.evaluate(() => {
      history.pushState({}, '', '/ff-attacks/other-story');
      document.title = 'Another story';
    });
    await page.keyboard.type('twice in the spring session', { delay: 60 });
    await new Promise((r) => setTimeout(r, 500));
    expect(await page.evaluate(() => sessionStorage.getItem('heard') ?? '')).toBe('');
    const note = 'Vetoes counted twice in the spring session';
    expect(await saveNote(page, path, note)).toBe(note);
    await page.close();
  });

  it('a page that rewrote itself and strikes the key frame’s host as it takes the focus (inert, or sealed then its body replaced) hears none of the note (red teams 58 K, 59 B)', async () => {
    const strikes = {
      inert: `a.inert = true;`,
      body: `document.body.append(a); setTimeout(() => { const b = document.createElement('body'); b.append(...document.body.childNodes); document.body.replaceWith(b); }, 0);`,
    };
    for (const [name, strike] of Object.entries(strikes)) {
      const path = `/ff-attacks/well-strike-${name}.html`;
      const page = await pageWith(path, '');
      expect(await highlightPassage(page, path)).toEqual([PASSAGE]);
      await rewriteAndListen(page);
      await page.evaluate((strike: string) => {
        let struck = false;
        const act = new Function('a', strike) as (a: Element) => void;
        // Firefox moves document.activeElement to the frame's host only after the window's blur: looked at then.
        const strikeNow = () => {
          const a = document.activeElement;
          if (!a || a === document.body || struck) return;
          struck = true;
          act(a);
          sessionStorage.setItem('struck', '1');
        };
        addEventListener('blur', () => {
          strikeNow();
          queueMicrotask(strikeNow);
          setTimeout(strikeNow, 0);
        });
      }, strike);
      await clickHighlightAfterRewrite(page);
      const note = 'Vetoes counted twice';
      await page.keyboard.type(note, { delay: 30 });
      await new Promise((r) => setTimeout(r, 1000));
      expect(await page.evaluate(() => sessionStorage.getItem('heard') ?? ''), name).toBe('');
      expect(await editorNoteOnce(page, (v) => v === note), name).toBe(note);
      expect(await page.evaluate(() => sessionStorage.getItem('struck')), name).toBe('1');
      await page.close();
    }
  });

  it('a page that rewrote itself and takes the note editor out as it takes the focus hears none of the note, and the note keeps the words typed as it loaded (red team 58 E, mended in wave 39)', async () => {
    const path = '/ff-attacks/editor-out.html';
    const page = await pageWith(path, '');
    expect(await highlightPassage(page, path)).toEqual([PASSAGE]);
    await rewriteAndListen(page);
    // The editor's host is the one of Lede's elements in the body (the key frame's is on the root element).
    await page.evaluate(() => {
      let struck = false;
      const strikeNow = () => {
        const a = document.activeElement;
        if (struck || !a || a === document.body || a.parentNode !== document.body) return;
        struck = true;
        a.remove();
        sessionStorage.setItem('struck', '1');
      };
      // Firefox tells the page no focusin there: it looks at every event it hears and on a 0 ms timer.
      addEventListener('focusin', strikeNow, true);
      addEventListener('blur', () => {
        strikeNow();
        queueMicrotask(strikeNow);
      });
      const poll = setInterval(() => (struck ? clearInterval(poll) : strikeNow()), 0);
    });
    await clickHighlightAfterRewrite(page);
    const note = 'Vetoes counted twice';
    await page.keyboard.type(note.slice(0, 3), { delay: 5 });
    for (let i = 0; i < 40 && !(await page.evaluate(() => sessionStorage.getItem('struck'))); i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(await page.evaluate(() => sessionStorage.getItem('struck'))).toBe('1');
    await new Promise((r) => setTimeout(r, 300));
    await page.keyboard.type(note.slice(3), { delay: 30 });
    await new Promise((r) => setTimeout(r, 1000));
    expect(await page.evaluate(() => sessionStorage.getItem('heard') ?? '')).toBe('');
    // Every letter, or all but one: a key typed in the very moment the focus moves between Lede's frames reaches
    // neither, heard by no one (wholeButOne).
    const shown = await editorNoteOnce(page, (v) => wholeButOne(v, note));
    expect(shown !== null && wholeButOne(shown, note), `the editor shows ${JSON.stringify(shown)}`).toBe(true);
    await page.close();
  });

  it('a page that shows its own modal dialog from a closed shadow root as the reader opens a note, a look-alike field of it focused, gets none of the note (red team 59, M)', async () => {
    const path = '/ff-attacks/lookalike-modal.html';
    const page = await pageWith(
      path,
      `addEventListener('keydown', (e) => { if (e.key.length === 1) sessionStorage.setItem('heard', (sessionStorage.getItem('heard') || '') + e.key); }, true);
       document.addEventListener('DOMContentLoaded', () => {
         const h = document.createElement('div'); document.body.append(h);
         const d = document.createElement('dialog'); h.attachShadow({ mode: 'closed' }).append(d);
         d.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh;max-width:none;max-height:none;margin:0;padding:0;border:0;background:transparent';
         const f = document.createElement('textarea'); f.style.cssText = 'position:fixed;right:20px;top:120px;width:320px;height:160px;background:#1f2328;color:#fff';
         f.addEventListener('input', () => sessionStorage.setItem('stolen', f.value)); d.append(f);
         window.__arm = () => addEventListener('pointerdown', (e) => { if (e.target.closest?.('p')) setTimeout(() => { d.showModal(); f.focus(); sessionStorage.setItem('shown', '1'); }, 0); }, true);
       });`,
    );
    expect(await highlightPassage(page, path)).toEqual([PASSAGE]);
    await page.evaluate(() => {
      sessionStorage.removeItem('heard');
      (window as unknown as { __arm: () => void }).__arm();
    });
    await clickHighlight(page);
    await new Promise((r) => setTimeout(r, 1000));
    await page.keyboard.type('Secret source Ivanov', { delay: 40 });
    await new Promise((r) => setTimeout(r, 500));
    expect(await page.evaluate(() => sessionStorage.getItem('shown'))).toBe('1');
    expect(await page.evaluate(() => sessionStorage.getItem('stolen') ?? '')).toBe('');
    expect(await page.evaluate(() => sessionStorage.getItem('heard') ?? '')).toBe('');
    await page.close();
  });

  it('a page that stretches the selection with Selection.modify at each selectionchange of the drag has no word past the pointer saved (red team 62, M2)', async () => {
    const path = '/ff-attacks/selection-modify-drag.html';
    const page = await pageWith(
      path,
      `let down = false, busy = false; window.__stretched = 0;
      addEventListener('mousedown', () => (down = true), true); addEventListener('mouseup', () => (down = false), true);
      document.addEventListener('selectionchange', () => {
        const s = getSelection(); if (!down || busy || s.isCollapsed || !String(s).includes('Security Council')) return;
        busy = true; for (let i = 0; i < 6; i++) s.modify('extend', 'forward', 'word');
        if (String(s).includes('where they have')) window.__stretched++;
        setTimeout(() => (busy = false)); });`,
    );
    // After each drag: the attack ran (the page stretched the selection six words past the pointer during the drag:
    // Firefox has no 'sentence' step), and the selection left once the button is up is what the reader dragged over.
    const quotes = await highlightPassage(page, path, async () => {
      expect(await page.evaluate('window.__stretched')).toBeGreaterThan(0);
      expect(await page.evaluate(() => String(getSelection()))).toBe(PASSAGE);
    });
    expect(quotes).toEqual([PASSAGE]);
    await page.close();
  });
});
