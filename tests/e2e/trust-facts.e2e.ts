// Pages that try to steer what Lede lists as the article's key facts and quotes, in real Chromium against the built
// extension: quotes faded out where a reader never sees them, a copy of the article's paragraphs hidden to switch
// its facts off, words shown only while Lede reads the page (wave 19's third red team). Planted paragraphs hidden
// without room of their own are in trust-deceit.e2e.ts ((s2), (s3)).
import { describe, expect, it } from 'vitest';
import { tabIdOf } from '../../scripts/lib/reader';
import { SAMPLE, useTrustPage } from './trust-support';

const trust = useTrustPage();

/** The key facts and quotes the sidebar lists for the page at `path` (served with `body`), and its closed note. */
async function listed(path: string, body: string): Promise<{ shown: string; facts: number; closedNote: number }> {
  trust.server.route(path, { body });
  const page = await trust.session.context.newPage();
  await page.goto(`${trust.server.url}${path}`);
  const { facts, quotes, closedNote } = await trust.sidebarLists(await tabIdOf(trust.session, page));
  await page.close();
  return { shown: [...facts, ...quotes].join('\n'), facts: facts.length, closedNote };
}

const PLANTED = [
  '“We will leave the alliance next spring,” Xi said in Beijing.',
  '“Our navies will withdraw from the Mediterranean,” Putin told reporters.',
  '“Russia will cut its gas shipments to China by 90 percent in 2026,” Putin said on Sunday.',
  '“We will sell our dollar reserves by June,” Xi told the assembly on Monday.',
];

describe('a page cannot steer the article’s key facts and quotes', () => {
  it('(s4) quotes a page fades out or makes invisible where no plain paragraphs frame them never reach the quotes', async () => {
    // Hidden in place (they keep their room, as paragraphs that fade in while they scroll in do): in a wrapper, after
    // the photo's figure, after the last paragraph, in a faded tab panel. Until wave 19 all four were listed.
    const body = SAMPLE.replace('<head>', '<head><style>.o{opacity:0}.v{visibility:hidden}</style>')
      .replace('the Atlantic reports.</p>', `the Atlantic reports.</p>\n    <div><p class="o">${PLANTED[0]}</p></div>`)
      .replace('</figure>', `</figure>\n  <p class="v">${PLANTED[1]}</p>`)
      .replace('mankind.&quot;</p>', `mankind.&quot;</p>\n    <p class="o">${PLANTED[2]}</p>`)
      .replace(
        'the Atlantic reports.</p>',
        `the Atlantic reports.</p>\n    <div role="tabpanel" class="o"><p>${PLANTED[3]}</p></div>`,
      );
    const { shown, closedNote } = await listed('/trust/faded-quotes.html', body);
    expect(shown).toContain('Decades ago, the Chinese and Russian nations');
    expect(shown).not.toMatch(/leave the alliance|navies will withdraw|cut its gas|dollar reserves/);
    // The sidebar says part of the article is not shown yet.
    expect(closedNote).toBe(1);
  });

  it('(s5) a hidden copy of the article’s own paragraphs does not switch its key facts and quotes off', async () => {
    const script = `addEventListener('DOMContentLoaded', () => {
      const copy = document.createElement('div'); copy.setAttribute('role', 'tabpanel'); copy.style.display = 'none';
      for (const p of document.querySelectorAll('article p')) copy.append(p.cloneNode(true));
      document.body.append(copy);
    });`;
    const plain = await listed('/trust/copied-plain.html', SAMPLE);
    const copied = await listed('/trust/copied.html', SAMPLE.replace('<head>', `<head><script>${script}</script>`));
    expect(plain.facts).toBeGreaterThan(0);
    expect(copied.shown).toBe(plain.shown);
    expect(copied.closedNote).toBe(0);
  });

  it('(s6) words a page shows only while Lede reads it never reach the quotes', async () => {
    // A custom element's constructor runs whenever an element of its kind is made: a copy of the page made to read
    // it made one, and the page showed its planted paragraph until the next task (and could add elements, so that
    // the copy no longer lined up with the page Lede judged).
    const script = `window.__made = 0;
      customElements.define('x-probe', class extends HTMLElement { constructor() { super();
        if (document.readyState !== 'complete') return;
        window.__made++;
        const planted = document.getElementById('planted');
        planted.classList.remove('h');
        document.body.prepend(document.createElement('div'));
        setTimeout(() => planted.classList.add('h'), 0);
      } });`;
    const body = SAMPLE.replace('<head>', `<head><style>.h{display:none}</style><script>${script}</script>`)
      .replace('<body>', '<body><x-probe></x-probe>')
      .replace(
        'the Atlantic reports.</p>',
        `the Atlantic reports.</p>\n    <p id="planted" class="h">${PLANTED[0]}</p>`,
      );
    const { shown } = await listed('/trust/shown-while-read.html', body);
    expect(shown).toContain('Decades ago, the Chinese and Russian nations');
    expect(shown).not.toContain('leave the alliance');
  });

  it('(s10) words a page shows only while the reader is away are not listed; a live post added then is, once the reader is back (red team 44, item 3)', async () => {
    // The page adds a planted quote when the reader leaves it (the pointer gone to the toolbar or the side panel, the
    // pointer still for 2 s, the window blurred, the tab hidden) and takes it back as they return. The sidebar listed
    // it as Xi's first quote, and its "Save as highlight" stored it.
    const script = `let planted = null;
      function show() { if (planted) return;
        const anchor = [...document.querySelectorAll('p')].find((p) => p.textContent.includes('the Atlantic reports.'));
        planted = document.createElement('p'); planted.textContent = ${JSON.stringify(PLANTED[0])};
        anchor.after(planted); }
      function hide() { planted?.remove(); planted = null; }
      addEventListener('blur', show);
      addEventListener('focus', hide);
      document.addEventListener('visibilitychange', () => document.hidden ? show() : hide());
      document.documentElement.addEventListener('mouseleave', show);
      document.documentElement.addEventListener('mouseenter', hide);
      let idle; addEventListener('pointermove', () => { if (planted) hide(); clearTimeout(idle); idle = setTimeout(show, 2000); }, true);`;
    const cloaked = '/trust/shown-while-away.html';
    trust.server.route(cloaked, { body: SAMPLE.replace('<head>', `<head><script>${script}</script>`) });
    const page = await trust.session.context.newPage();
    await page.goto(`${trust.server.url}${cloaked}`);
    await page.bringToFront();
    await page.mouse.move(400, 300);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => document.body.innerText)).not.toContain('leave the alliance');
    const tab = await tabIdOf(trust.session, page);
    // The reader's pointer leaves the page for the toolbar, and the sidebar opens.
    await page.mouse.move(400, 5);
    await page.mouse.move(400, -20);
    await page.waitForTimeout(300);
    // The attack is in place as Lede reads the page.
    expect(await page.evaluate(() => document.body.innerText)).toContain('leave the alliance');
    const away = await trust.sidebarLists(tab);
    const shownAway = [...away.facts, ...away.quotes].join('\n');
    expect(shownAway).toContain('Decades ago, the Chinese and Russian nations');
    expect(shownAway).not.toContain('leave the alliance');
    await page.close();

    // An honest live page: a post added while the reader is on the page is listed; one added while they are in the
    // sidebar is not listed then (the sidebar says part of the article is not shown yet), and is once they are back.
    const live = '/trust/live-post.html';
    trust.server.route(live, { body: SAMPLE });
    const livePage = await trust.session.context.newPage();
    // The page's own script adds a post after the paragraph the planted one went after.
    const addPost = (words: string) =>
      livePage.evaluate((w) => {
        const p = document.createElement('p');
        p.textContent = w;
        [...document.querySelectorAll('p')].find((x) => x.textContent?.includes('the Atlantic reports.'))!.after(p);
      }, words);
    await livePage.goto(`${trust.server.url}${live}`);
    await livePage.bringToFront();
    await livePage.mouse.move(400, 300);
    const liveTab = await tabIdOf(trust.session, livePage);
    const seenPost = '“We will open a trade office in Vladivostok,” Putin said on Friday.';
    await addPost(seenPost);
    await livePage.mouse.move(420, 320);
    const onPage = await trust.sidebarLists(liveTab);
    expect([...onPage.facts, ...onPage.quotes].join('\n')).toContain('trade office in Vladivostok');
    await livePage.bringToFront();
    await livePage.mouse.move(400, 300);
    await livePage.mouse.move(400, -20);
    const sidebar = await trust.session.context.newPage();
    await sidebar.goto(`chrome-extension://${trust.session.extensionId}/sidepanel.html?tab=${liveTab}`);
    await sidebar.getByTestId('fact').first().waitFor({ timeout: 20_000 });
    const awayPost = '“Our ministers will meet again in Minsk in October,” Xi told reporters.';
    await addPost(awayPost);
    await sidebar.reload();
    await sidebar.getByTestId('fact').first().waitFor({ timeout: 20_000 });
    await sidebar.getByRole('tab', { name: /quotes/i }).click();
    await sidebar.getByTestId('quote').first().waitFor();
    expect((await sidebar.getByTestId('quote').allTextContents()).join('\n')).not.toContain('meet again in Minsk');
    expect(await sidebar.getByTestId('closed-parts').count()).toBe(1);
    // The reader comes back to the page: the open sidebar reads it again and lists the post.
    await livePage.bringToFront();
    await livePage.mouse.move(420, 340);
    await sidebar.bringToFront();
    await expect
      .poll(async () => (await sidebar.getByTestId('quote').allTextContents()).join('\n'), { timeout: 15_000 })
      .toContain('meet again in Minsk');
    await sidebar.close();
    await livePage.close();
  });

  it('(s7) a visible paragraph with a button in it, copied into a hidden panel, stays listed; a faded quote whose words the page also prints elsewhere does not', async () => {
    // The copy lacks the buttons' words, so a test of the page's shown words missed each visible paragraph; a faded
    // quote whose words also stood in a script's text or a reader's comment counted as shown (red team 24).
    const script = `addEventListener('DOMContentLoaded', () => {
      const copy = document.createElement('div'); copy.setAttribute('role', 'tabpanel'); copy.style.display = 'none';
      for (const p of document.querySelectorAll('article p')) {
        const c = p.cloneNode(true); for (const b of c.querySelectorAll('button')) b.remove(); copy.append(c);
      }
      document.body.append(copy);
    });`;
    const plain = await listed('/trust/buttons-plain.html', SAMPLE);
    const withButtons = SAMPLE.replace(/<p>([^<]{30})/g, '<p>$1<button>🔗</button>');
    const copied = await listed(
      '/trust/buttons-copied.html',
      withButtons.replace('<head>', `<head><script>${script}</script>`),
    );
    expect(copied.facts).toBe(plain.facts);
    expect(copied.closedNote).toBe(0);
    const faded = SAMPLE.replace('<head>', '<head><style>.o{opacity:0}</style>').replace(
      'the Atlantic reports.</p>',
      `the Atlantic reports.</p>\n    <div><p class="o">${PLANTED[0]}</p></div>`,
    );
    const inScript = await listed(
      '/trust/faded-in-script.html',
      faded.replace('</body>', `<script type="text/plain">${PLANTED[0]}</script></body>`),
    );
    expect(inScript.shown).not.toContain('leave the alliance');
    const inComment = await listed(
      '/trust/faded-in-comment.html',
      faded.replace('<p>Comments are closed.</p>', `<p>Comment by troll99: ${PLANTED[0]}</p>`),
    );
    expect(inComment.shown).not.toContain('leave the alliance');
  });

  it('(s9) words a page paints over the text with a positioned ::after reach neither the quotes, the facts nor a highlight (red team 30, F1-F3)', async () => {
    // The reader sees "… fresh blood," Xi said and "$400 billion"; the markup says Putin and $900 billion, covered by
    // an opaque ::after box drawing the other words. Before, the sidebar listed both quotes under Putin and the fact
    // with "$900 billion", its "Save as highlight" stored it, and a selection of the sentence saved it with key 1.
    const style = `<style>.who{position:relative;display:inline-block}
      .who::after{content:"Xi";position:absolute;inset:0;background:#fff;color:#000;font:inherit;text-align:left}
      .fig{position:relative;display:inline-block}
      .fig::after{content:"$400 billion";position:absolute;inset:0;background:#fff;color:#000;font:inherit;white-space:nowrap}</style>`;
    const body = SAMPLE.replace('</head>', `${style}</head>`)
      .replace('fresh blood,&quot; Xi said', 'fresh blood,&quot; <span class="who">Putin</span> said')
      .replace('complement a $400 billion', () => 'complement a <span class="fig">$900 billion</span>');
    expect(body).toContain('class="who"');
    expect(body).toContain('class="fig"');
    const { shown } = await listed('/trust/painted-over.html', body);
    expect(shown).not.toContain('$900 billion');
    expect(shown).not.toMatch(/Putin/);
    // A selection across the covered figure is refused with the reason, and nothing is stored.
    const page = await trust.session.context.newPage();
    await page.goto(`${trust.server.url}/trust/painted-over.html`);
    await tabIdOf(trust.session, page);
    await page.bringToFront();
    const sentence = 'The deals complement a $900 billion deal made last May';
    await page.evaluate((words) => {
      const p = [...document.querySelectorAll('p')].find((x) => x.textContent?.replace(/\s+/g, ' ').includes(words))!;
      p.scrollIntoView({ block: 'center' });
    }, sentence);
    const box = await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((x) => x.textContent?.includes('The deals complement'))!;
      const r = document.createRange();
      const t = [...p.childNodes].find((n) => n.nodeType === 3 && n.textContent?.includes('The deals'))!;
      r.setStart(t, t.textContent!.indexOf('The deals'));
      r.setEnd(p.lastChild!, 0);
      const rects = r.getClientRects();
      return { x1: rects[0]!.left + 1, y1: rects[0]!.top + rects[0]!.height / 2 };
    });
    const end = await page.evaluate(() => {
      const s = [...document.querySelectorAll('p')].find((x) => x.textContent?.includes('The deals complement'))!;
      const r = document.createRange();
      const t = [...s.childNodes].reverse().find((n) => n.nodeType === 3 && n.textContent?.includes('made last May'))!;
      const i = t.textContent!.indexOf('made last May') + 'made last May'.length;
      r.setStart(t, i - 1);
      r.setEnd(t, i);
      const b = r.getBoundingClientRect();
      return { x2: b.right - 1, y2: b.top + b.height / 2 };
    });
    await page.mouse.move(box.x1, box.y1);
    await page.mouse.down();
    await page.mouse.move(end.x2, end.y2, { steps: 6 });
    await page.mouse.up();
    expect(await page.evaluate(() => String(getSelection()))).toContain('$900 billion');
    await page.waitForTimeout(150);
    await page.keyboard.press('1');
    await page.waitForTimeout(1000);
    expect(await trust.quotesFor('/trust/painted-over.html')).toEqual([]);
    await page.close();
  });

  it('(s8) "Show on page" on a fact whose words the page has since changed says so, rather than flash other words as the fact', async () => {
    // The page swaps one word of a listed fact ("a non-aggression pledge" becomes "an aggression pledge"); the fuzzy
    // match still finds the sentence, and the flash showed the forged words with nothing said (red team 25).
    const path = '/trust/fact-swapped.html';
    trust.server.route(path, { body: SAMPLE });
    const page = await trust.session.context.newPage();
    await page.goto(`${trust.server.url}${path}`);
    const tabId = await tabIdOf(trust.session, page);
    const sidebar = await trust.session.context.newPage();
    await sidebar.goto(`chrome-extension://${trust.session.extensionId}/sidepanel.html?tab=${tabId}`);
    const fact = sidebar.getByTestId('fact').filter({ hasText: 'non-aggression' }).first();
    await fact.waitFor({ timeout: 20_000 });
    // Untouched, it is shown with nothing said.
    await fact.getByRole('button', { name: /two countries/ }).click();
    await sidebar.waitForTimeout(500);
    expect(await sidebar.getByText(/words here now differ/).count()).toBe(0);
    await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode())
        if ((n as Text).data.includes('a non-aggression pledge'))
          (n as Text).data = (n as Text).data.replace('a non-aggression pledge', 'an aggression pledge');
    });
    await fact.getByRole('button', { name: /two countries/ }).click();
    await expect.poll(() => sidebar.getByText(/words here now differ/).count()).toBe(1);
    await sidebar.close();
    await page.close();
  });

  it('(s11) a quote the page adds in its own pointerout, or hides behind a faked return (its window focused by its own script), is not listed (red team 46)', async () => {
    const PLANTED = '“We will leave the alliance next spring,” Xi said in Beijing.';
    const common = `window.__log = []; let planted = null;
  const anchor = () => [...document.querySelectorAll('p')].find((p) => p.textContent.includes('the Atlantic reports.'));
  function show(why) { window.__log.push('show:' + why); if (planted) return;
    planted = document.createElement('p'); planted.textContent = ${JSON.stringify(PLANTED)}; anchor().after(planted); }
  function hide(why) { window.__log.push('hide:' + why); planted?.remove(); planted = null; }
  addEventListener('keydown', () => hide('key'), true);`;
    const variants: Record<string, string> = {
      pointerout: `addEventListener('pointerout', (e) => { if (!e.relatedTarget) show('pointerout'); }, true);`,
      focusdance: `document.addEventListener('DOMContentLoaded', () => { const f = document.createElement('iframe');
      f.srcdoc = '<body></body>'; f.style.cssText = 'position:fixed;left:0;bottom:0;width:1px;height:1px;border:0;opacity:0';
      document.body.append(f); const i = document.createElement('input'); i.style.cssText = 'position:fixed;left:0;bottom:0;width:1px;height:1px;opacity:0;border:0'; document.body.append(i); window.__f = f; window.__i = i; });
    document.documentElement.addEventListener('mouseleave', () => { show('mouseleave');
      setTimeout(() => { window.__f.contentWindow.focus(); setTimeout(() => { window.__i.focus(); window.__log.push('refocused:' + document.hasFocus()); }, 50); }, 50); });
    addEventListener('focus', (e) => window.__log.push('focus:' + (e.target === window) + ':' + e.isTrusted), true);`,
    };
    for (const [name, script] of Object.entries(variants)) {
      const path = `/trust/away-${name}-${Date.now()}.html`;
      trust.server.route(path, { body: SAMPLE.replace('<head>', `<head><script>${common}${script}</script>`) });
      const page = await trust.session.context.newPage();
      await page.goto(`${trust.server.url}${path}`);
      await page.bringToFront();
      await page.mouse.move(400, 300);
      await page.waitForTimeout(500);
      const tab = await tabIdOf(trust.session, page);
      // The reader heads for the toolbar: the pointer leaves the page's window.
      for (const y of [100, 30, 5, -20]) await page.mouse.move(400, y);
      await page.waitForTimeout(400);
      // The page has its quote in place as Lede reads it.
      expect((await page.evaluate(() => document.body.innerText)).includes('leave the alliance'), name).toBe(true);
      const away = await trust.sidebarLists(tab);
      expect([...away.facts, ...away.quotes].join('\n'), name).not.toContain('leave the alliance');
      await page.close();
    }
  });

  it('(s12) a quote the page adds as the pointer heads out, or shows by its stylesheet alone while the pointer is out of its window, is not listed (red team 46)', async () => {
    const PLANTED = '“We will leave the alliance next spring,” Xi said in Beijing.';
    const common = `let planted = null;
  const anchor = () => [...document.querySelectorAll('p')].find((p) => p.textContent.includes('the Atlantic reports.'));
  function show() { if (planted) return;
    planted = document.createElement('p'); planted.textContent = ${JSON.stringify(PLANTED)}; anchor().after(planted); }`;
    // The planted paragraph is in the markup from the start, hidden by a rule of the page's stylesheet.
    const hiddenPlant = (
      css: string,
    ) => `const st = document.createElement('style'); st.textContent = ${JSON.stringify(css)};
    document.addEventListener('DOMContentLoaded', () => { document.head.append(st);
      const p = document.createElement('p'); p.className = 'plant'; p.textContent = ${JSON.stringify(PLANTED)}; anchor().after(p); });`;
    const variants: Record<string, string> = {
      // Added on the last moves, as the pointer heads fast for the top edge: the reader is still on the page then.
      preleave: `let lastY = 1e9; addEventListener('pointermove', (e) => { if (e.clientY < 40 && e.clientY < lastY) show(); lastY = e.clientY; }, true);`,
      // No script shows it: `html` loses :hover as the pointer leaves the window.
      hovercss: hiddenPlant('.plant{display:none} html:not(:hover) .plant{display:block}'),
      // Faded out and shown by the same rule: no box change, only opacity.
      hoverfade: hiddenPlant('.plant{opacity:0} html:not(:hover) .plant{opacity:1}'),
      // The rule edited through the CSSOM in the page's own pointerout, and in its mouseleave: no node changes.
      cssomPointerout: `${hiddenPlant('.plant{display:none}')}
    addEventListener('pointerout', (e) => { if (!e.relatedTarget) st.sheet.cssRules[0].style.display = 'block'; }, true);`,
      cssomLeave: `${hiddenPlant('.plant{display:none}')}
    document.documentElement.addEventListener('mouseleave', () => { st.sheet.cssRules[0].style.display = 'block'; });`,
    };
    // Whether the planted paragraph is drawn: in the page, with a box, neither faded out nor invisible.
    const drawnPlant = () =>
      [...document.querySelectorAll('p')].some(
        (p) =>
          p.textContent?.includes('leave the alliance') &&
          p.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
      );
    for (const [name, script] of Object.entries(variants)) {
      const path = `/trust/away-${name}-${Date.now()}.html`;
      trust.server.route(path, { body: SAMPLE.replace('<head>', `<head><script>${common}${script}</script>`) });
      const page = await trust.session.context.newPage();
      await page.goto(`${trust.server.url}${path}`);
      await page.bringToFront();
      await page.mouse.move(400, 300);
      await page.waitForTimeout(500);
      expect(await page.evaluate(drawnPlant), name).toBe(false);
      const tab = await tabIdOf(trust.session, page);
      // The reader heads for the toolbar: the pointer leaves the page's window.
      for (const y of [100, 30, 5, -20]) await page.mouse.move(400, y);
      await page.waitForTimeout(400);
      // The page has its quote in place as Lede reads it.
      expect(await page.evaluate(drawnPlant), name).toBe(true);
      const away = await trust.sidebarLists(tab);
      const shown = [...away.facts, ...away.quotes].join('\n');
      expect(shown, name).toContain('Decades ago, the Chinese and Russian nations');
      expect(shown, name).not.toContain('leave the alliance');
      expect(away.closedNote, name).toBe(1);
      await page.close();
    }
  });

  it('(s13) a single-page site’s next story, loaded after the reader’s click while they went straight to the sidebar, is listed (red team 46, item 6)', async () => {
    // The reader clicks "Next story" and heads for the toolbar at once; the site fetches the story for 800 ms, then
    // puts it in place under its new address. The sidebar listed no facts and said part of the article was not shown.
    const NEXT =
      '“We must rebuild the bridge before the winter floods,” Mayor Alice Lee said on Monday in Springfield.';
    const script = `document.addEventListener('DOMContentLoaded', () => {
  const b = document.createElement('button'); b.id = 'next'; b.textContent = 'Next story';
  b.style.cssText = 'position:fixed;top:60px;left:300px;z-index:9'; document.body.append(b);
  b.addEventListener('click', () => setTimeout(() => {
    history.pushState({}, '', location.pathname + '/next-story');
    const ps = [...document.querySelectorAll('article p, p')];
    ps.forEach((p, i) => { p.textContent = i % 3 === 0 ? ${JSON.stringify(NEXT)} : 'The council voted 7 to 2 on Monday to fund the new bridge over the Springfield river, at a cost of $40 million.'; });
    document.querySelector('h1') && (document.querySelector('h1').textContent = 'Springfield will rebuild its bridge');
  }, 800));
});`;
    const path = `/trust/spa-next-${Date.now()}`;
    trust.server.route(path, { body: SAMPLE.replace('<head>', `<head><script>${script}</script>`) });
    const page = await trust.session.context.newPage();
    await page.goto(`${trust.server.url}${path}`);
    await page.bringToFront();
    await page.mouse.move(400, 300);
    await page.waitForTimeout(500);
    const tab = await tabIdOf(trust.session, page);
    await page.click('#next');
    await page.mouse.move(400, 5);
    await page.mouse.move(400, -20);
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => document.body.innerText)).toContain('Mayor Alice Lee');
    const side = await trust.sidebarLists(tab);
    expect([...side.facts, ...side.quotes].join('\n')).toContain('rebuild the bridge');
    expect(side.closedNote).toBe(0);
    await page.close();

    // The settling time is no way in for a cloak that keeps its address: a click on the page's button, then the quote
    // added as the pointer leaves, is still not listed.
    const cloak = `document.addEventListener('DOMContentLoaded', () => {
        const b = document.createElement('button'); b.id = 'next'; b.textContent = 'Next story';
        b.style.cssText = 'position:fixed;top:60px;left:300px;z-index:9'; document.body.append(b); });
      document.documentElement.addEventListener('mouseleave', () => { const p = document.createElement('p');
        p.textContent = '“We will leave the alliance next spring,” Xi said in Beijing.';
        [...document.querySelectorAll('p')].find((x) => x.textContent.includes('the Atlantic reports.')).after(p); });`;
    const cloakPath = `/trust/spa-cloak-${Date.now()}`;
    trust.server.route(cloakPath, { body: SAMPLE.replace('<head>', `<head><script>${cloak}</script>`) });
    const cloaked = await trust.session.context.newPage();
    await cloaked.goto(`${trust.server.url}${cloakPath}`);
    await cloaked.bringToFront();
    await cloaked.mouse.move(400, 300);
    await cloaked.waitForTimeout(500);
    const cloakTab = await tabIdOf(trust.session, cloaked);
    await cloaked.click('#next');
    await cloaked.mouse.move(400, 5);
    await cloaked.mouse.move(400, -20);
    await cloaked.waitForTimeout(300);
    expect(await cloaked.evaluate(() => document.body.innerText)).toContain('leave the alliance');
    const shown = await trust.sidebarLists(cloakTab);
    expect([...shown.facts, ...shown.quotes].join('\n')).not.toContain('leave the alliance');
    await cloaked.close();
  });
  it('(s14) a quote added hidden just after the reader’s look and shown once they leave, or behind an address that only gained a “#” at their click, is not listed (red team 49)', async () => {
    const PLANT = '“We will leave the alliance next spring,” Xi said in Beijing.';
    const common = `const anchor = () => [...document.querySelectorAll('p')].find((p) => p.textContent.includes('the Atlantic reports.'));
      const mk = () => { const p = document.createElement('p'); p.className = 'plant'; p.textContent = ${JSON.stringify(PLANT)}; return p; };`;
    // Between two looks: added hidden 10 ms after the look at the reader's first move; the page keeps its task queue
    // busy so that the idle look waits; the reader leaves 1.25 s later, past the rolling second.
    const stale = `${common} const st = document.createElement('style'); st.textContent = '.plant{display:none} html:not(:hover) .plant{display:block}';
      document.addEventListener('DOMContentLoaded', () => document.head.append(st));
      let first = true; addEventListener('mousemove', () => { if (!first) return; first = false;
        setTimeout(() => { anchor().after(mk());
          const ch = new MessageChannel(); const until = performance.now() + 3000;
          ch.port1.onmessage = () => { const t = performance.now(); while (performance.now() - t < 2); if (performance.now() < until) ch.port2.postMessage(0); };
          ch.port2.postMessage(0); }, 10); }, true);`;
    // The settling time after a click opened by an address that only gains a "#": the quote added as the pointer leaves.
    const hash = `${common} addEventListener('click', () => history.replaceState(history.state, '', location.href.replace(/#.*$/, '') + '#'), true);
      document.documentElement.addEventListener('mouseleave', () => anchor().after(mk()));`;
    for (const [name, script] of [
      ['stale', stale],
      ['hash', hash],
    ] as const) {
      const path = `/trust/rt49-${name}-${Date.now()}.html`;
      trust.server.route(path, { body: SAMPLE.replace('<head>', `<head><script>${script}</script>`) });
      const page = await trust.session.context.newPage();
      await page.goto(`${trust.server.url}${path}`);
      const tab = await tabIdOf(trust.session, page);
      await page.bringToFront();
      await page.waitForTimeout(300);
      await page.mouse.move(400, 300);
      if (name === 'stale') await page.waitForTimeout(1250);
      else {
        await page.waitForTimeout(500);
        await page.mouse.click(400, 300);
      }
      for (const y of [100, 30, 5, -20]) await page.mouse.move(400, y);
      await page.waitForTimeout(name === 'stale' ? 2500 : 400);
      // The attack is in place: the quote is shown while the reader is away.
      expect(await page.evaluate(() => document.body.innerText), name).toContain('leave the alliance');
      const side = await trust.sidebarLists(tab);
      expect([...side.facts, ...side.quotes].join('\n'), name).not.toContain('leave the alliance');
      await page.close();
    }
  });
  it('(s15) a quote in the markup that the page makes unreadable by its style while the reader is on the page, and readable once they leave, is not listed (red team 49)', async () => {
    const PLANTED = '“We will leave the alliance next spring,” Xi said in Beijing.';
    const plant = (
      css: string,
      extra = '',
    ) => `const st = document.createElement('style'); st.textContent = ${JSON.stringify(css)};
      document.addEventListener('DOMContentLoaded', () => { document.head.append(st);
        const p = document.createElement('p'); p.className = 'plant'; p.textContent = ${JSON.stringify(PLANTED)};
        [...document.querySelectorAll('p')].find((x) => x.textContent.includes('the Atlantic reports.')).after(p); ${extra} });`;
    const SHOW = 'html:not(:hover) .plant';
    const variants: Record<string, string> = {
      colour: plant(`.plant{color:#fff} ${SHOW}{color:#222}`),
      fontsize: plant(`.plant{font-size:0} ${SHOW}{font-size:18px}`),
      clip: plant(`.plant{clip-path:inset(50%)} ${SHOW}{clip-path:none}`),
      offscreen: plant(`.plant{position:absolute;left:-9999px} ${SHOW}{position:static}`),
      height0: plant(`.plant{height:0;margin:0;overflow:hidden} ${SHOW}{height:auto;margin:1em 0}`),
      // 20,500 empty elements before the article: past the look's walk of every element.
      past20k: plant(
        `.plant{display:none} ${SHOW}{display:block}`,
        `const d = document.createElement('div'); d.innerHTML = '<i></i>'.repeat(20500); document.body.prepend(d);`,
      ),
    };
    for (const [name, script] of Object.entries(variants)) {
      const path = `/trust/unreadable-${name}-${Date.now()}.html`;
      trust.server.route(path, { body: SAMPLE.replace('<head>', `<head><script>${script}</script>`) });
      const page = await trust.session.context.newPage();
      await page.goto(`${trust.server.url}${path}`);
      await page.bringToFront();
      await page.mouse.move(400, 300);
      await page.waitForTimeout(500);
      const tab = await tabIdOf(trust.session, page);
      for (const y of [100, 30, 5, -20]) await page.mouse.move(400, y);
      await page.waitForTimeout(400);
      // The quote is on the page, readable, as Lede reads it.
      expect(await page.evaluate(() => document.body.innerText), name).toContain('leave the alliance');
      const away = await trust.sidebarLists(tab);
      const shown = [...away.facts, ...away.quotes].join('\n');
      expect(shown, name).toContain('Decades ago, the Chinese and Russian nations');
      expect(shown, name).not.toContain('leave the alliance');
      await page.close();
    }
  });
});
