import { describe, expect, it } from 'vitest';
import {
  boxOf,
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
  readerArrives,
} from '../../scripts/lib/reader';
import { readStore } from './support';
import { PASSAGE, SAMPLE, SECOND, THIRD, useTrustPage } from './trust-support';

const trust = useTrustPage();

/** The reader highlights PASSAGE on `path` served as the plain sample page (nothing of the page's own), then leaves. */
async function noteOnPlainPage(path: string): Promise<void> {
  trust.server.route(path, { body: SAMPLE });
  const first = await trust.session.context.newPage();
  await first.goto(`${trust.server.url}${path}`);
  await tabIdOf(trust.session, first);
  await trust.highlight(first, PASSAGE);
  await expect.poll(() => trust.quotesFor(path)).toEqual([PASSAGE]);
  await first.close();
}

describe('Lede works where a page makes it hard: plain http, frames, single-page sites, menus, rewrites, swallowed events', () => {
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

  it('(g2) a single-page site that leaves story one’s JSON-LD in place titles neither story two’s record nor the sidebar with it', async () => {
    // The route, the story, then the <title>, canonical and og:title change; the JSON-LD (headline "China and Russia
    // Strengthen Alliance") stays as it was. Before the fix the sidebar, the record and the library called story two
    // by story one's headline (red team 26).
    // A path of its own per attempt: a retry must not meet the first attempt's notes.
    const base = `/trust/spa-ld-${Date.now()}`;
    const two = `<h1>Story two: UN vetoes</h1><p>In a new analysis, experts said that ${PASSAGE}, a view many diplomats share. The council met again on Tuesday to discuss a new resolution drafted by France and Britain.</p><p>Officials said the vote would be held next week. "We expect a veto," said Ambassador John Smith, who has served at the UN since 2010.</p><p>The resolution would impose new sanctions on 12 companies.</p>`;
    const html = SAMPLE.replace('<head>', `<head><link rel="canonical" href="${base}/one">`).replace(
      '</body>',
      `<script>window.navigate = () => { history.pushState({}, '', '${base}/two'); document.querySelector('article').innerHTML = ${JSON.stringify(two)};
        setTimeout(() => { document.title = 'Story two'; document.querySelector('link[rel=canonical]').href = '${base}/two';
        document.querySelector('meta[property="og:title"]').setAttribute('content', 'Story two'); }, 300); };</script></body>`,
    );
    trust.server.route(`${base}/one`, { body: html });
    const page = await trust.session.context.newPage();
    await page.goto(`${trust.server.url}${base}/one`);
    await trust.highlight(page, PASSAGE, '1');
    await expect.poll(() => trust.quotesFor(`${base}/one`)).toEqual([PASSAGE]);
    const sidebar = await trust.session.context.newPage();
    await sidebar.goto(
      `chrome-extension://${trust.session.extensionId}/sidepanel.html?tab=${await tabIdOf(trust.session, page)}`,
    );
    await sidebar.getByRole('heading', { name: 'China and Russia Strengthen Alliance' }).waitFor({ timeout: 20_000 });
    await page.bringToFront();
    await page.evaluate(() => (window as unknown as { navigate(): void }).navigate());
    // The sidebar follows the route to story two and calls it by its own title.
    await sidebar
      .getByText('The resolution would impose new sanctions on 12 companies')
      .first()
      .waitFor({ timeout: 20_000 });
    await expect.poll(() => sidebar.getByRole('heading', { level: 1 }).first().textContent()).toBe('Story two');
    // Story two becomes a record at the reader's first note on it (red team 29: not at each route read).
    await trust.highlight(page, PASSAGE, '2');
    const titleOf = async (path: string) =>
      (await readStore(trust.probe)).articles.find((a) => a.key.endsWith(path))?.title;
    // The note's save and the record it makes can take seconds on a loaded machine.
    await expect.poll(() => titleOf(`${base}/two`), { timeout: 15_000 }).toBe('Story two');
    expect(await titleOf(`${base}/one`)).toBe('China and Russia Strengthen Alliance');
    await sidebar.close();
    await page.close();
  });

  it('(g3) on a hash-routed app one story’s notes are neither painted on another route nor filed under another (red team T10), and a link with a route keeps an article’s notes (red team 30, H1)', async () => {
    // Every route shows the same words (the worst case: a passage of story one also stands on story two), and the app
    // declares no canonical, as hash-routed apps mostly do. Before, all routes shared one key: story one's highlight
    // was painted on story two and a note made there was filed with story one's.
    trust.server.route('/trust/hash/app', { body: SAMPLE });
    const base = `${trust.server.url}/trust/hash/app`;
    const keysOf = async (quote: string, path = '/trust/hash/') =>
      (await readStore(trust.probe)).annotations
        .filter(
          (a) => a.target.selector[0]?.exact === quote && (a as { articleKey?: string }).articleKey?.includes(path),
        )
        .map((a) => (a as { articleKey?: string }).articleKey);
    const page = await trust.session.context.newPage();
    await page.goto(`${base}#!/story/1`);
    await trust.highlight(page, PASSAGE, '1');
    await expect.poll(() => keysOf(PASSAGE)).toEqual([`${base}#!/story/1`]);
    await expect.poll(() => paintedHighlights(page)).toEqual({ 'lede-yellow': [PASSAGE] });

    // The app moves to story two by its route alone: story one's highlight leaves the page.
    await page.evaluate(() => {
      location.hash = '#!/story/2';
    });
    await expect.poll(() => paintedHighlights(page), { timeout: 10_000 }).toEqual({});
    await trust.highlight(page, SECOND, '3');
    await expect.poll(() => keysOf(SECOND)).toEqual([`${base}#!/story/2`]);
    await expect.poll(() => paintedHighlights(page)).toEqual({ 'lede-blue': [SECOND] });

    // A fresh load of story one paints story one's note alone.
    const again = await trust.session.context.newPage();
    await again.goto(`${base}#!/story/1`);
    await readerArrives(again); // painted at the reader's first input (red team 50, N)
    await expect.poll(() => paintedHighlights(again), { timeout: 10_000 }).toEqual({ 'lede-yellow': [PASSAGE] });
    await again.close();
    await page.close();

    // An article that declares its canonical, reached through another site's link with a route-like fragment
    // (`#/comments`, `#!share`), shows the notes made on it and files new ones with them. On the first build of the
    // T10 fix such a link hid the article's notes and filed new ones apart.
    trust.server.route('/trust/hash/story', {
      body: SAMPLE.replace('<head>', '<head><link rel="canonical" href="/trust/hash/story">'),
    });
    const story = `${trust.server.url}/trust/hash/story`;
    const plain = await trust.session.context.newPage();
    await plain.goto(story);
    await trust.highlight(plain, THIRD, '2');
    await expect.poll(() => keysOf(THIRD, '/trust/hash/story')).toEqual([story]);
    await plain.close();
    for (const fragment of ['#/comments', '#!share']) {
      const linked = await trust.session.context.newPage();
      await linked.goto(`${story}${fragment}`);
      await readerArrives(linked);
      await expect.poll(() => paintedHighlights(linked), { timeout: 10_000 }).toEqual({ 'lede-green': [THIRD] });
      await linked.close();
    }
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
    await readerArrives(page);
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

  it('(m3) a page that swaps the selection as the reader presses the shortcut or right-clicks gets nothing saved; Ctrl+Z in its own field undoes the field, not the highlight (red team 30, K1, K4, K2)', async () => {
    const PLANTED = 'The editors now concede that this report was fabricated and retract it in full';
    // The page selects a paragraph of its own, far below, when it hears Alt and Shift go down (the shortcut is
    // Alt+Shift+H) or the reader's right-click. Before, the shortcut saved that paragraph, out of view, and not the
    // reader's passage; a swap made at once inside the page's contextmenu listener passed the menu's check too.
    const swap = `const plant = () => { const r = document.createRange();
        r.selectNodeContents(document.getElementById('planted').firstChild);
        getSelection().removeAllRanges(); getSelection().addRange(r); };
      addEventListener('keydown', (e) => { if (e.altKey && e.shiftKey && window.armed) plant(); });
      addEventListener('contextmenu', () => { if (window.armed) plant(); }, true);`;
    trust.server.route('/trust/shortcut-swap.html', {
      body: SAMPLE.replace('<head>', `<head><script>${swap}</script>`).replace(
        '</body>',
        `<textarea id="comment" style="position:fixed;top:10px;right:10px;width:300px;height:60px"></textarea><div style="height:4000px"></div><p id="planted">${PLANTED}</p></body>`,
      ),
    });
    const page = await trust.session.context.newPage();
    await page.goto(`${trust.server.url}/trust/shortcut-swap.html`);
    const tabId = await tabIdOf(trust.session, page);
    await page.bringToFront();
    await page.evaluate(() => {
      (window as unknown as { armed: boolean }).armed = true;
    });
    expect(await selectWithMouse(page, PASSAGE)).toBe(PASSAGE);
    await page.waitForTimeout(200);
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    expect(await page.evaluate(() => String(getSelection()))).toBe(PLANTED);
    // What the background runs on Alt+Shift+H (headless Chromium has no browser shortcuts).
    expect(await runHighlightCommand(trust.session.worker, tabId)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('not the one you made'),
    });
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    // The same swap at the reader's right-click, with the menu's text read after the page's listener ran.
    expect(await selectWithMouse(page, PASSAGE)).toBe(PASSAGE);
    const at = await centreOfText(page, 'common cause');
    await page.mouse.click(at.x, at.y, { button: 'right' });
    const menuText = await page.evaluate(() => String(getSelection()));
    expect(menuText).toBe(PLANTED);
    expect(await runHighlightCommand(trust.session.worker, tabId, menuText)).toMatchObject({ ok: false });
    await page.waitForTimeout(500);
    expect(await trust.quotesFor('/trust/shortcut-swap.html')).toEqual([]);

    // The reader's own selection, left alone, is saved by the shortcut.
    await page.evaluate(() => {
      (window as unknown as { armed: boolean }).armed = false;
    });
    expect(await selectWithMouse(page, PASSAGE)).toBe(PASSAGE);
    expect(await runHighlightCommand(trust.session.worker, tabId)).toMatchObject({ ok: true });
    await expect.poll(() => trust.quotesFor('/trust/shortcut-swap.html')).toEqual([PASSAGE]);

    // K2: the reader then types in the page's comment box and undoes a typo there. Before, Lede's Undo took that
    // Ctrl+Z: the highlight just saved was deleted and the field kept its words.
    await page.click('#comment');
    await page.keyboard.type('Great piece');
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(800);
    expect(await trust.quotesFor('/trust/shortcut-swap.html')).toEqual([PASSAGE]);
    expect(await page.evaluate(() => (document.getElementById('comment') as HTMLTextAreaElement).value)).toBe('');
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

  it('(k3) a page that rewrites itself with document.open() after load keeps its painted notes and their editor, and tells the reader why a new highlight is refused', async () => {
    // document.open() erases every listener on the window and the document, an extension's isolated world's
    // included: on wave 17's build a saved highlight, painted again by nobody, no longer opened its note. Lede listens
    // again, but the page may have put its own listeners first meanwhile, and then reads every gesture before Lede
    // (red team 42: it selected its own label at pointerup and had it saved), so since wave 26 no gesture on a
    // rewritten document is taken as the reader's, and the shortcut says why.
    const rewrite = `if (!window.__rewrote) { window.__rewrote = 1; addEventListener('load', () => setTimeout(() => {
      const html = document.documentElement.outerHTML; document.open(); document.write(html); document.close();
      window.__done = 1; }, 300)); }`;
    // Nothing of Lede's loaded yet when the page rewrites itself: the bootstrap watches for a replaced document from
    // a few seconds after load (boot.ts, WATCH_AFTER_MS), so the reader selects after that.
    const page = await trust.openPage('/trust/rewritten.html', rewrite);
    await page.waitForFunction(() => (window as unknown as { __done?: number }).__done === 1, null, { polling: 100 });
    await page.waitForTimeout(3500);
    expect(await selectWithMouse(page, PASSAGE)).toBe(PASSAGE);
    await page.waitForTimeout(300);
    await page.keyboard.press('1');
    await page.waitForTimeout(800);
    const reply = (await runHighlightCommand(trust.session.worker)) as { ok?: boolean; reason?: string };
    expect(reply.ok).toBe(false);
    expect(reply.reason).toContain('rewrote itself');
    expect(await trust.quotesFor('/trust/rewritten.html')).toEqual([]);
    await page.close();

    // A page with a note, rewritten after Lede painted it: painted again, and the note opens on a click.
    const path = '/trust/rewritten-later.html';
    await noteOnPlainPage(path);
    trust.server.route(path, { body: SAMPLE.replace('<head>', `<head><script>${rewrite}</script>`) });
    const later = await trust.session.context.newPage();
    await later.goto(`${trust.server.url}${path}`);
    await readerArrives(later);
    await later.waitForFunction(() => (window as unknown as { __done?: number }).__done === 1, null, { polling: 100 });
    await expect
      .poll(async () => (await paintedHighlights(later))['lede-yellow'], { timeout: 10_000 })
      .toEqual([PASSAGE]);
    await later.mouse.move(1, 1);
    await clickText(later, 'common cause');
    await waitForNoteEditor(later);
    await pressClosingEditor(later, 'Escape');
    await later.close();
  });

  it('(k3b) a page that rewrites itself just as Lede starts painting its notes gets them drawn once, not twice', async () => {
    // The page rewrites itself (document.open) a moment after the reader's first move, while the page side that move
    // loaded waits for its settings and the page's notes. Before wave 43 the session the rewrite ended still painted
    // when those answers came, into the new document, beside the new session's layer: the note drawn twice (4 of 16
    // such moments in a sweep of 40-160 ms, the import of the page side taking 150-190 ms; trust-page-reach (k3)
    // failed so once under a full run's load). The sweep below crosses the same window; each moment's count is checked
    // after the page has settled.
    const path = '/trust/rewritten-at-start.html';
    await noteOnPlainPage(path);
    const drawn: Record<number, number> = {};
    for (let delay = 40; delay <= 280; delay += 20) {
      // Armed by the first move that moves (as Lede's arrival is: Chromium's first move into a page may carry none),
      // so the rewrite always follows the move that loaded Lede's page side.
      const rewrite = `addEventListener('mousemove', (e) => { if (window.__armed || !(e.movementX || e.movementY)) return;
        window.__armed = 1;
        setTimeout(() => { const html = document.documentElement.outerHTML; document.open(); document.write(html);
        document.close(); window.__done = 1; }, ${delay}); }, true);`;
      trust.server.route(path, { body: SAMPLE.replace('<head>', `<head><script>${rewrite}</script>`) });
      const page = await trust.session.context.newPage();
      await page.goto(`${trust.server.url}${path}`);
      await readerArrives(page);
      await page.waitForFunction(() => (window as unknown as { __done?: number }).__done === 1, null, { polling: 100 });
      // Painted once the new session has its notes; a second layer, when there was one, came within the same second.
      await expect
        .poll(async () => (await paintedHighlights(page))['lede-yellow']?.length ?? 0, { timeout: 10_000 })
        .toBeGreaterThan(0);
      await page.waitForTimeout(1500);
      drawn[delay] = (await paintedHighlights(page))['lede-yellow']?.length ?? 0;
      await page.close();
    }
    expect(Object.entries(drawn).filter(([, n]) => n !== 1)).toEqual([]);
    expect(Object.keys(drawn)).toHaveLength(13);
  });

  it('(k2) a page’s text spacing aimed at Lede’s host alone leaves the toast readable: the stored words neither smeared nor spread over the window (red team 50, P)', async () => {
    // The host leaves letter and word spacing and line height to the page, for the reader's own WCAG 1.4.12 spacing.
    // A rule for every element the page did not make squeezed the "Saved: …" toast (the stored words, Lede's
    // warnings) to a smear under 100 px, or spread it over a third of the window.
    const rules = {
      squeeze: 'letter-spacing: -0.62em !important; word-spacing: -0.5em !important; line-height: 0 !important',
      spread: 'letter-spacing: 40px !important; word-spacing: 400px !important; line-height: 9 !important',
      // Red team 51 (P2): the squeeze laid once the toast is up, past Lede's one reading of it.
      late: '',
    };
    for (const [kind, rule] of Object.entries(rules)) {
      const path = `/trust/spacing-${kind}.html`;
      const page = await trust.openPage(
        path,
        `document.addEventListener('DOMContentLoaded', () => { for (const el of document.querySelectorAll('*')) el.dataset.own = ''; });
         </script><style>body > :not([data-own]), html > :not([data-own]) { ${rule} }</style><script>`,
      );
      await page.bringToFront();
      expect(await selectWithMouse(page, PASSAGE)).toBe(PASSAGE);
      await page.waitForTimeout(150);
      await page.keyboard.press('1');
      await expect.poll(() => trust.quotesFor(path)).toEqual([PASSAGE]);
      await boxOf(page, 'class', 'toast ');
      if (kind === 'late')
        await page.evaluate((squeeze) => {
          const style = document.createElement('style');
          style.textContent = `body > :not([data-own]), html > :not([data-own]) { ${squeeze} }`;
          document.head.append(style);
        }, rules.squeeze);
      const toast = await boxOf(page, 'class', 'toast ');
      await page.screenshot({ path: `.tmp/spacing-${kind}-toast.png` });
      // 560 px at most: the stored words fill it; a line or two of them, not a smear nor a wall.
      expect(toast.width, kind).toBeGreaterThan(400);
      expect(toast.height, kind).toBeLessThan(90);
      await page.close();
    }
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
