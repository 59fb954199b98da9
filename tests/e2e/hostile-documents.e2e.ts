// Hostile documents in real Chromium with the built extension (split from hostile.e2e.ts): frames, shadow DOM,
// contenteditable and a strict CSP, a 100,000-word page, pages that never finish loading, and XML, plain-text and
// image documents. Each must leave the page working and Lede working, with nothing injected.
import { describe, expect, it } from 'vitest';
import { paintedHighlights, tabIdOf } from '../../scripts/lib/reader';
import {
  activeTabId,
  articleWith,
  escapeHtml,
  expectNothingInjected,
  expectPageWorks,
  highlightParagraph,
  open,
  PASSAGE,
  popupState,
  SAMPLE,
  storedQuotes,
  useHostileSession,
  XSS,
} from './hostile-support';
import { openPopup } from './support';

const s = useHostileSession();

describe('frames, shadow DOM, contenteditable, strict CSP, huge and unfinished pages', () => {
  it('a strict-CSP page (no inline style, Trusted Types enforced) with iframes, a shadow root and a contenteditable article: highlights work, typing still types', async () => {
    const body = `<iframe srcdoc="<p>framed text</p>"></iframe><iframe src="/hostile/frame.html" width="300" height="100"></iframe>
      <div id="host"></div><div contenteditable="true" id="editable"><p>Editable paragraph the reader can type into, as in a CMS preview.</p></div>`;
    // Trusted Types are enforced below, so the page builds its shadow content without innerHTML.
    const script = `const p = document.createElement('p'); p.textContent = 'Shadow text'; document.getElementById('host').attachShadow({ mode: 'open' }).append(p);`;
    s.env.server.route('/hostile/frame.html', { body: '<p>A framed page with a <b>paragraph</b>.</p>' });
    // The CSP allows only this page's inline script (by hash it would be; 'unsafe-inline' keeps the test short).
    const { page } = await open(s, '/hostile/csp-frames.html', articleWith({ body, script }), {
      'content-security-policy':
        "default-src 'self'; script-src 'unsafe-inline'; style-src 'none'; img-src 'none'; connect-src 'none'; frame-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'",
    });
    await highlightParagraph(page, 'common cause');
    await expect
      .poll(() => paintedHighlights(page))
      .toMatchObject({ 'lede-yellow': [expect.stringContaining(PASSAGE)] });
    await highlightParagraph(page, 'Editable paragraph', '2');
    await expect.poll(() => storedQuotes(s)).toContainEqual(expect.stringContaining('Editable paragraph'));
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
    const { page } = await open(s, '/hostile/huge.html', html);
    await highlightParagraph(page, 'common cause');
    await expect
      .poll(() => paintedHighlights(page), { timeout: 10_000 })
      .toMatchObject({ 'lede-yellow': [expect.stringContaining(PASSAGE)] });
    await expectPageWorks(page);
    await page.close();
  });

  it('a page whose image never loads still gets Lede; a page whose HTML never ends stays usable and the popup answers', async () => {
    const slow = await s.env.session.context.newPage();
    s.env.server.route('/hostile/slow-image.html', {
      body: articleWith({ body: `<img src="${s.hangUrl}/img" alt="">` }),
    });
    await slow.goto(`${s.env.server.url}/hostile/slow-image.html`, { waitUntil: 'domcontentloaded' });
    const tabId = await tabIdOf(s.env.session, slow);
    await highlightParagraph(slow, 'common cause');
    await expect
      .poll(() => paintedHighlights(slow))
      .toMatchObject({ 'lede-yellow': [expect.stringContaining(PASSAGE)] });

    const endless = await s.env.session.context.newPage();
    await endless.goto(`${s.hangUrl}/page`, { waitUntil: 'commit' });
    await expect
      .poll(() => endless.locator('p', { hasText: 'common cause' }).count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    // The document never finishes. Lede's bootstrap runs at document_start, so the popup answers from the page as
    // loaded so far (it used to wait for a finished document and say so); either way it must not spin.
    const popup = await openPopup(s.env, await activeTabId(s));
    await expect.poll(() => popupState(popup), { timeout: 15_000 }).not.toBeNull();
    await Promise.all([popup.close(), endless.close(), slow.close()]);
    expect(tabId).toBeGreaterThan(0);
  });

  it('XML, plain-text and image documents: the page renders, Lede does not break it, the popup answers', async () => {
    s.env.server.route('/hostile/feed.xml', {
      body: `<?xml version="1.0"?><rss><channel><title>${escapeHtml(XSS)}</title><item><title>News</title></item></channel></rss>`,
      type: 'application/xml',
    });
    s.env.server.route('/hostile/notes.txt', {
      body: `A plain text article\n\n${XSS}\n\n${SAMPLE.replace(/<[^>]+>/g, ' ').slice(0, 5_000)}`,
      type: 'text/plain; charset=utf-8',
    });
    // A 1×1 PNG opened as a document of its own (the browser wraps it in an image viewer page).
    s.env.server.route('/hostile/pixel.png', {
      body: Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
        'base64',
      ),
      type: 'image/png',
    });
    for (const path of ['/hostile/feed.xml', '/hostile/notes.txt', '/hostile/pixel.png']) {
      const page = await s.env.session.context.newPage();
      await page.goto(`${s.env.server.url}${path}`);
      await expect
        .poll(() => page.evaluate('document.documentElement.textContent.length + document.images.length'))
        .toBeGreaterThan(0);
      const popup = await openPopup(s.env, await activeTabId(s, page));
      await expect.poll(() => popupState(popup), { timeout: 15_000 }).not.toBeNull();
      await expectNothingInjected(page, popup);
      await Promise.all([popup.close(), page.close()]);
    }
  });
});
