// The popup and the fact sidebar on real pages: the right facts, quotes and people; a click scrolls the page to the
// passage and flashes it; "save as highlight" paints it; the sidebar is usable by keyboard.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openExtensionPage, paintedHighlights } from '../../scripts/lib/reader';
import { openArticle, openPopup, openSidebar, readStore, useE2E } from './support';

const env = useE2E();

describe('the fact sidebar on the sample article', () => {
  it('lists the key facts, Xi Jinping’s quotation and the main people and countries', async () => {
    const { tabId } = await openArticle(env, '/seed/article.html');
    const sidebar = await openSidebar(env, tabId);
    const facts = sidebar.getByTestId('fact');
    await facts.first().waitFor({ timeout: 20_000 });
    const factTexts = (await facts.allTextContents()).join('\n');
    for (const value of ['32 separate bilateral agreements', '$400 billion', '38 billion cubic meters'])
      expect(factTexts).toContain(value);

    await sidebar.getByRole('tab', { name: /quotes/i }).click();
    const xi = sidebar.getByRole('region', { name: 'Xi Jinping' });
    await expect
      .poll(async () => (await xi.textContent()) ?? '')
      .toContain('Decades ago, the Chinese and Russian nations');
    expect(await xi.textContent()).toContain('according to the state-run Xinhua news agency');

    await sidebar.getByRole('tab', { name: /people/i }).click();
    const people = (await sidebar.getByTestId('entity').allTextContents()).join('\n');
    for (const name of ['Vladimir Putin', 'Xi Jinping', 'China', 'Russia']) expect(people).toContain(name);
    await sidebar.close();
  });

  it('scrolls the page to a fact’s passage and flashes it; saves a quote as a highlight', async () => {
    const { page, tabId } = await openArticle(env, '/seed/article.html');
    await page.setViewportSize({ width: 1000, height: 400 }); // short, so the passage starts out of view
    await page.emulateMedia({ reducedMotion: 'reduce' }); // an instant jump: headless pages in the background do not animate
    await page.evaluate(() => window.scrollTo(0, 0));
    const sidebar = await openSidebar(env, tabId);
    const fact = sidebar.getByTestId('fact').filter({ hasText: '$400 billion' }).first();
    await fact.waitFor({ timeout: 20_000 });
    await fact.click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
    await expect
      .poll(async () => ((await paintedHighlights(page))['lede-flash'] ?? []).join(' '), { timeout: 1_000 })
      .toContain('$400 billion deal made last May');

    await sidebar.getByRole('tab', { name: /quotes/i }).click();
    const quote = sidebar.getByTestId('quote').filter({ hasText: 'Decades ago' }).first();
    await quote.getByRole('button', { name: /save as highlight/i }).click();
    await expect
      .poll(async () =>
        Object.values(await paintedHighlights(page))
          .flat()
          .join(' '),
      )
      .toContain('Decades ago, the Chinese and Russian nations');
    await sidebar.getByRole('tab', { name: /notes/i }).click();
    await expect
      .poll(() => sidebar.getByTestId('highlight').allTextContents())
      .toEqual([expect.stringContaining('Decades ago')]);
    await sidebar.close();
    await page.close();
  });

  it('is usable by keyboard: arrows move between tabs, Enter on a fact shows it', async () => {
    const { tabId } = await openArticle(env, '/seed/article.html');
    const sidebar = await openSidebar(env, tabId);
    await sidebar.getByTestId('fact').first().waitFor({ timeout: 20_000 });
    await sidebar.getByRole('tab', { name: /facts/i }).focus();
    await sidebar.keyboard.press('ArrowRight');
    expect(await sidebar.getByRole('tab', { selected: true }).textContent()).toMatch(/quotes/i);
    await sidebar.keyboard.press('ArrowLeft');
    expect(await sidebar.getByRole('tab', { selected: true }).textContent()).toMatch(/facts/i);
    await sidebar.keyboard.press('Tab');
    // The fact's passage is a button inside the fact's list item (its actions are siblings, not nested in it).
    const focused = await sidebar.evaluate(() =>
      document.activeElement?.closest('[data-testid]')?.getAttribute('data-testid'),
    );
    expect(focused).toBe('fact');
    await sidebar.close();
  });
});

describe('the popup on real saved pages', () => {
  // Le Monde's article is French: its title must show, facts are not promised for other languages.
  const pages: [string, number][] = [
    ['nytimes-1', 1],
    ['guardian-1', 1],
    ['seattletimes-1', 1],
    ['lemonde-1', 0],
  ];
  it.each(pages)('%s: shows the article’s title and at least %i key facts', async (slug, minFacts) => {
    const expected = JSON.parse(readFileSync(`tests/fixtures/pages/${slug}/expected.json`, 'utf8')) as {
      title: string;
    };
    const { page, tabId } = await openArticle(env, `/pages/${slug}/source.html`);
    const popup = await openPopup(env, tabId);
    await popup.locator('h1').first().waitFor({ timeout: 20_000 });
    expect((await popup.locator('h1').first().textContent())?.trim()).toBe(expected.title);
    expect(await popup.getByTestId('fact').count()).toBeGreaterThanOrEqual(minFacts);
    await popup.close();
    await page.close();
  });
});

describe('the sidebar follows its own window', () => {
  it('a window the page opens does not turn the sidebar to its forged copy; the tab it follows is read once loaded (red team 32, A6)', async () => {
    const SAMPLE = readFileSync('tests/fixtures/seed/article.html', 'utf8');
    const FORGED = 'Moscow quietly hands Crimea back to Kyiv';
    env.server.route('/a6/forged.html', {
      body: SAMPLE.replaceAll('China and Russia Strengthen Alliance', FORGED).replaceAll(
        '$400 billion',
        '$900 billion',
      ),
    });
    env.server.route('/a6/real.html', {
      body: SAMPLE.replace(
        '<head>',
        `<head><script>addEventListener('click', () => window.__w ??= window.open('/a6/forged.html', 'x', 'popup,width=500,height=500'), true);</script>`,
      ),
    });
    // No ?tab=: the sidebar reads the active tab of its window and follows the reader's switches there.
    const sidebar = await env.session.context.newPage();
    await sidebar.goto(`chrome-extension://${env.session.extensionId}/sidepanel.html`);
    const page = await env.session.context.newPage();
    await page.goto(`${env.server.url}/a6/real.html`);
    await page.bringToFront();
    const text = () => sidebar.evaluate(() => document.body.innerText);
    await expect.poll(text, { timeout: 15_000 }).toContain('China and Russia Strengthen Alliance');
    const popup = page.waitForEvent('popup');
    await page.mouse.click(200, 200);
    const forged = await popup;
    await forged.waitForLoadState('domcontentloaded');
    // The pop-up's tab is active in its own window; before the fix the sidebar switched to it within a second.
    await new Promise((r) => setTimeout(r, 2_000));
    expect(await text()).not.toContain(FORGED);
    expect(await text()).toContain('China and Russia Strengthen Alliance');
    // The forged window goes too: left open, a later test's tab could be taken for it (the long-word test read the
    // forged copy's facts on a slow machine).
    await forged.close();
    await sidebar.close();
    await page.close();
  });
});

describe('the sidebar while the page moves its route', () => {
  const SAMPLE = readFileSync('tests/fixtures/seed/article.html', 'utf8');
  it('an article note being written is saved on the article it was begun on when the page moves to another route (red team 33, C2)', async () => {
    // A fresh address per attempt: a retry must not meet the first attempt's note or draft.
    const run = Date.now();
    env.server.route(`/c2/real-${run}.html`, {
      body: SAMPLE.replace(
        '<head>',
        `<head><script>window.route = () => { history.pushState({}, '', '/c2/forged-${run}.html'); document.title = 'Forged'; };</script>`,
      ),
    });
    const sidebar = await env.session.context.newPage();
    await sidebar.goto(`chrome-extension://${env.session.extensionId}/sidepanel.html`);
    const page = await env.session.context.newPage();
    await page.goto(`${env.server.url}/c2/real-${run}.html`);
    await page.bringToFront();
    const text = () => sidebar.evaluate(() => document.body.innerText);
    await expect.poll(text, { timeout: 15_000 }).toContain('China and Russia Strengthen Alliance');
    await sidebar.locator('.article-note-add').click();
    const box = sidebar.locator('textarea#article-note');
    await box.pressSequentially('My note on the real story: ', { delay: 10 });
    await page.evaluate(() => (window as unknown as { route(): void }).route());
    await page.waitForTimeout(1_500);
    await box.pressSequentially('sources checked', { delay: 10 });
    // The re-read of the moved page kept every word typed.
    expect(await box.inputValue()).toBe('My note on the real story: sources checked');
    await box.press('Control+Enter');
    // The reader is told which article has it, by its address too (the page's routes may share one title).
    await expect
      .poll(text)
      .toContain(`Note saved on “China and Russia Strengthen Alliance” (127.0.0.1/c2/real-${run}.html)`);
    const notes = async () => {
      const library = await openExtensionPage(env.session, 'notes.html', { width: 800, height: 600 });
      const store = await readStore(library);
      await library.close();
      return (store.articles as unknown as { key: string; note?: string }[])
        .filter((a) => a.key.includes(`-${run}.html`) && a.note)
        .map((a) => [a.key.replace(/^.*\/c2\//, ''), a.note]);
    };
    await expect.poll(notes).toEqual([[`real-${run}.html`, 'My note on the real story: sources checked']]);
    await sidebar.close();
    await page.close();
  });

  it('keeps a key fact holding a 3,000-letter word inside the sidebar and the popup, with its actions on screen (red team 50, S)', async () => {
    // Before wave 30 the fact's text did not break inside its card: the sidebar ran 29,938 px wide and the popup
    // 28,864, every fact cut off at the right with its Copy and Save buttons. A long URL or token does it honestly.
    const path = '/long-word/story.html';
    env.server.route(path, {
      // An address of its own (the seed's canonical is shared by this file's other pages, whose extraction the
      // sidebar would show for it: the forged copy's of red team 32's A6 above, on a slow machine).
      body: readFileSync('tests/fixtures/seed/article.html', 'utf8')
        .replace('china-and-russia-strengthen-alliance/', 'long-word-story/')
        .replace(
          '<p>China and Russia',
          `<p>The ministry counted 4,000 troops and 320 tanks at the border on Monday, ${'A'.repeat(3000)} in 2024.</p><p>China and Russia`,
        ),
    });
    const { page, tabId } = await openArticle(env, path);
    for (const view of [await openSidebar(env, tabId), await openPopup(env, tabId)]) {
      const facts = view.getByTestId('fact');
      // Polled: after the file's earlier tests the sidebar may first show the tab it followed before this one.
      await expect
        .poll(async () => (await facts.allTextContents()).some((f) => f.includes('A'.repeat(100))), { timeout: 20_000 })
        .toBe(true);
      const widths = await view.evaluate(() => ({ page: document.documentElement.scrollWidth, window: innerWidth }));
      expect(widths.page, view.url()).toBeLessThanOrEqual(widths.window);
      // Each fact's Copy is inside the window.
      for (const copy of await view.getByTestId('fact').getByRole('button', { name: /copy/i }).all()) {
        const box = (await copy.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(widths.window);
      }
      await view.screenshot({ path: `.tmp/long-word-${view.url().includes('popup') ? 'popup' : 'sidebar'}.png` });
      await view.close();
    }
    await page.close();
  });

  it('a page that moves its route fifty times a second leaves the sidebar usable (red team 33, C3)', async () => {
    env.server.route('/c3/churn.html', {
      body: SAMPLE.replace(
        '<head>',
        `<head><script>window.churn = () => { let n = 0; setInterval(() => history.replaceState({}, '', '/c3/churn.html?r=' + (++n)), 20); };</script>`,
      ),
    });
    const sidebar = await env.session.context.newPage();
    await sidebar.goto(`chrome-extension://${env.session.extensionId}/sidepanel.html`);
    const page = await env.session.context.newPage();
    await page.goto(`${env.server.url}/c3/churn.html`);
    await page.bringToFront();
    await expect
      .poll(() => sidebar.evaluate(() => document.body.innerText), { timeout: 15_000 })
      .toContain('China and Russia Strengthen Alliance');
    await page.evaluate(() => (window as unknown as { churn(): void }).churn());
    await page.waitForTimeout(2_000);
    // Before, it re-read the whole article at every route change and stopped painting (a screenshot timed out).
    await sidebar.getByRole('tab', { name: /quotes/i }).click();
    await sidebar.getByTestId('quote').filter({ hasText: 'Decades ago' }).first().waitFor({ timeout: 10_000 });
    expect((await sidebar.screenshot({ timeout: 10_000 })).length).toBeGreaterThan(0);
    await sidebar.close();
    await page.close();
  });
});

describe('the sidebar keeps the words a reader is typing (red team 34)', () => {
  const SAMPLE = readFileSync('tests/fixtures/seed/article.html', 'utf8');
  const TITLE = 'China and Russia Strengthen Alliance';
  /** A reader's sidebar (no ?tab=) beside the page at `path`, once it shows the article. */
  async function beside(path: string, script: string) {
    env.server.route(path, { body: SAMPLE.replace('<head>', `<head><script>${script}</script>`) });
    const sidebar = await env.session.context.newPage();
    await sidebar.goto(`chrome-extension://${env.session.extensionId}/sidepanel.html`);
    const page = await env.session.context.newPage();
    await page.goto(`${env.server.url}${path}`);
    await page.bringToFront();
    const text = () => sidebar.evaluate(() => document.body.innerText);
    await expect.poll(text, { timeout: 15_000 }).toContain(TITLE);
    return { sidebar, page, text };
  }

  it('S2: an article note half written comes back, in its editor, after the reader looks at another tab', async () => {
    const { sidebar, page, text } = await beside(`/s2/real-${Date.now()}.html`, '');
    await sidebar.locator('.article-note-add').click();
    await sidebar.locator('textarea#article-note').pressSequentially('Half a thought about this story', { delay: 10 });
    const other = await env.session.context.newPage();
    await other.goto(`${env.server.url}/seed/article.txt`);
    await other.bringToFront();
    await expect.poll(text).not.toContain(TITLE);
    await page.bringToFront();
    await expect.poll(text, { timeout: 10_000 }).toContain(TITLE);
    await expect
      .poll(() => sidebar.locator('textarea#article-note').inputValue())
      .toBe('Half a thought about this story');
    await other.close();
    await sidebar.close();
    await page.close();
  });

  it('S1: the page moves to a page with no article while the reader types an article note; back on the article, the words are there', async () => {
    const run = Date.now();
    const { sidebar, page, text } = await beside(
      `/s1/real-${run}.html`,
      `window.away = () => { history.pushState({}, '', '/s1/login-${run}.html'); document.title = 'Log in';
         window.__body = document.body.innerHTML; document.body.innerHTML = '<p>Please log in.</p>'; };
       window.back = () => { history.pushState({}, '', '/s1/real-${run}.html'); document.title = '${TITLE}';
         document.body.innerHTML = window.__body; };`,
    );
    await sidebar.locator('.article-note-add').click();
    await sidebar.locator('textarea#article-note').pressSequentially('My long note on the real story', { delay: 10 });
    await page.evaluate(() => (window as unknown as { away(): void }).away());
    await expect.poll(text, { timeout: 10_000 }).not.toContain(TITLE);
    await page.evaluate(() => (window as unknown as { back(): void }).back());
    await expect.poll(text, { timeout: 10_000 }).toContain(TITLE);
    await expect
      .poll(() => sidebar.locator('textarea#article-note').inputValue())
      .toBe('My long note on the real story');
    await sidebar.close();
    await page.close();
  });
});
