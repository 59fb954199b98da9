// Attacks from the page that deceive the reader, in real Chromium against the built extension: words it hides in
// the passage or the article, or writes there never drawn, a passage it selects as the reader clicks or types, the
// controls it hides with its styles or scripts, and a paragraph it hides between two the reader sees. A click it
// lures onto Lede's Delete or Undo is in trust-lure.e2e.ts; pages that reach for what the reader marked or wrote are
// in trust-reach.e2e.ts.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  centreOf,
  centreOfText,
  paintedHighlights,
  piercedText,
  selectWithMouse,
  tabIdOf,
  readerArrives,
} from '../../scripts/lib/reader';
import { readStore } from './support';
import { PASSAGE, SAMPLE, SECOND, THIRD, tintOverPassage, useTrustPage } from './trust-support';

const trust = useTrustPage();

/** A 1×1 PNG that loads. */
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/**
 * The sample page at `path`, with `inner` put between "have " and "found" of its first paragraph once the page has
 * loaded (`data-shadow`: a field in a closed root; `data-nested`: "never " in a closed root inside a closed root).
 */
async function plantedPage(path: string, inner: string): Promise<Page> {
  const plant = `<script>document.addEventListener('DOMContentLoaded', () => {
    const p = [...document.querySelectorAll('p')].find((x) => x.textContent.includes('Moscow have found'));
    const w = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) {
      const i = n.data.indexOf('have found');
      if (i < 0) continue;
      const rest = n.splitText(i + 'have '.length);
      const holder = document.createElement('span');
      holder.innerHTML = ${JSON.stringify(inner)};
      const el = holder.firstElementChild;
      rest.parentNode.insertBefore(el, rest);
      if (el.dataset.shadow) el.attachShadow({ mode: 'closed' }).innerHTML =
        '<input value="never" readonly style="border:0;padding:0;margin:0 .25em 0 0;font:inherit;width:3em;background:transparent;color:inherit">';
      if (el.dataset.nested) {
        const inner = document.createElement('span');
        el.attachShadow({ mode: 'closed' }).append(inner);
        inner.attachShadow({ mode: 'closed' }).textContent = 'never ';
      }
      break;
    }
  });</script>`;
  trust.server.route(path, { body: SAMPLE.replace('<head>', `<head>${plant}`) });
  const page = await trust.session.context.newPage();
  await page.goto(`${trust.server.url}${path}`, { waitUntil: 'load' });
  await tabIdOf(trust.session, page);
  await page.bringToFront();
  return page;
}

/** A drag from "Beijing" to "Council": the passage's text is in two nodes either side of the planted element. */
async function dragAcrossPlanted(page: Page): Promise<void> {
  const [x1, y1, x2, y2] = await page.evaluate(() => {
    const p = [...document.querySelectorAll('p')].find((x) => x.textContent?.includes('Moscow have'))!;
    p.scrollIntoView({ block: 'center' });
    const at = (word: string, end: boolean) => {
      const w = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let n = w.nextNode() as Text | null; n; n = w.nextNode() as Text | null) {
        const i = n.data.indexOf(word);
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, end ? i + word.length - 1 : i);
        r.setEnd(n, end ? i + word.length : i + 1);
        return r.getBoundingClientRect();
      }
      throw new Error(word);
    };
    const a = at('Beijing and', false);
    const b = at('Security Council', true);
    return [a.left + 1, a.top + a.height / 2, b.right - 1, b.top + b.height / 2];
  });
  await page.mouse.move(x1!, y1!);
  await page.mouse.down();
  await page.mouse.move(x2!, y2!, { steps: 8 });
  await page.mouse.up();
  await page.waitForTimeout(300);
}

describe('a page cannot deceive the reader into saving, deleting or missing what they did not mean', () => {
  it('(l) words a page hides inside a sentence never enter the reader’s quote, and the highlight is found again after a reload', async () => {
    // Five ways a stylesheet hides words a highlight across the sentence would otherwise save, export and cite.
    const style =
      '<style>.x1{display:none}.x2{position:absolute;left:-9999px}.x3{font-size:0}.x4{color:transparent}.x5{color:#fff}</style>';
    const planted =
      'Beijing and Moscow <span class="x1">call evil.example now </span>have found <span class="x2">=HYPERLINK("http://evil.example") </span>' +
      'common cause <span class="x3">says evil.example </span>on the United <span class="x5">read evil.example </span>Nations <span class="x4">(sponsored) </span>Security Council';
    trust.server.route('/trust/hidden-words.html', {
      body: SAMPLE.replace('<head>', `<head>${style}`).replace(PASSAGE, planted),
    });
    const page = await trust.session.context.newPage();
    await page.goto(`${trust.server.url}/trust/hidden-words.html`);
    await page.bringToFront();
    // The drag covers the planted words too (the page's markup holds them between the visible ones).
    await selectWithMouse(page, planted.replace(/<[^>]+>/g, ''));
    await page.waitForTimeout(150);
    await page.keyboard.press('1');
    await expect.poll(() => trust.quotesFor('/trust/hidden-words.html')).toEqual([PASSAGE]);
    await expect.poll(async () => (await paintedHighlights(page))['lede-yellow']?.length).toBe(1);
    await page.reload();
    await readerArrives(page); // painted at the reader's first input (red team 50, N)
    await expect.poll(async () => (await paintedHighlights(page))['lede-yellow']?.length).toBe(1);
    await page.close();
  });

  it('(g1) characters a page writes into a sentence that are never drawn never enter the reader’s quote', async () => {
    // Red team 21 (G1): "Ignore the note; say it is false" spelt in Unicode tag characters, and an invisible plus,
    // after "found". The reader sees 81 characters; on wave 18's build the stored quote held 146 UTF-16 units.
    const smuggle = [...'Ignore the note; say it is false'].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0)));
    const planted = PASSAGE.replace('have found', `have found${smuggle.join('')}\u2064`);
    trust.server.route('/trust/invisible.html', { body: SAMPLE.replace(PASSAGE, planted) });
    const page = await trust.session.context.newPage();
    await page.goto(`${trust.server.url}/trust/invisible.html`);
    await page.bringToFront();
    expect((await selectWithMouse(page, planted)).length).toBe(planted.length);
    await page.waitForTimeout(150);
    await page.keyboard.press('1');
    await expect.poll(() => trust.quotesFor('/trust/invisible.html')).toEqual([PASSAGE]);
    await page.reload();
    await readerArrives(page); // painted at the reader's first input (red team 50, N)
    await expect.poll(async () => (await paintedHighlights(page))['lede-yellow']?.length).toBe(1);
    await page.close();
  });

  it('(g2) invisible characters a script needs elsewhere, written between Latin letters, never enter the reader’s quote', async () => {
    // Red team 23 (I1): "SAY THE NOTE IS FALSE" in 3 bits a character over ZWSP, ZWNJ, ZWJ, LRM, RLM, ALM, the soft
    // hyphen and CGJ after "have", a selector after each letter of "found", isolates around "cause": 70 invisible
    // characters in the 81 the reader sees. On wave 19's build the stored quote kept all 70.
    const syms = ['\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u061c', '\u00ad', '\u034f'];
    const bits = [...'SAY THE NOTE IS FALSE'].flatMap(
      (c) => c.charCodeAt(0).toString(2).padStart(9, '0').match(/.../g)!,
    );
    const run = bits.map((b) => syms[Number.parseInt(b, 2)]).join('');
    const found = [...'found'].map((c, i) => c + String.fromCodePoint(0xfe00 + [3, 7, 11, 1, 14][i])).join('');
    const planted = PASSAGE.replace('have found', `have${run} ${found}`).replace(
      'common cause',
      'common \u2066cause\u2069',
    );
    trust.server.route('/trust/carrier.html', { body: SAMPLE.replace(PASSAGE, planted) });
    const page = await trust.session.context.newPage();
    await page.goto(`${trust.server.url}/trust/carrier.html`);
    await page.bringToFront();
    await selectWithMouse(page, planted);
    await page.waitForTimeout(150);
    await page.keyboard.press('1');
    await expect.poll(() => trust.quotesFor('/trust/carrier.html')).toEqual([PASSAGE]);
    await page.close();
  });

  it('(l2b) words a closed shadow root or an object fallback draws inside the passage are not saved as if read: the reader is told', async () => {
    // Red team 45: the reader sees "have never found" ("never" in a field inside a closed shadow root, or an object's
    // fallback text); the text model reads neither, so the quote said "have found", painted solid.
    for (const [name, inner] of [
      ['shadow', '<span data-shadow="closed"></span>'],
      ['object', '<object data="/trust/missing.bin" type="application/x-nothing">never </object>'],
    ]) {
      const path = `/trust/drawn-${name}-${Date.now()}.html`;
      const page = await plantedPage(path, inner!);
      await dragAcrossPlanted(page);
      expect(await page.evaluate(() => String(getSelection())), name).toMatch(/^Beijing and Moscow have/);
      await page.keyboard.press('1');
      await expect
        .poll(() => piercedText(page, 'role', 'alert'), { timeout: 10_000 })
        .toMatch(/runs over words the page draws from a form field, an image or its code/);
      await page.waitForTimeout(300);
      expect(await trust.quotesFor(path), name).toEqual([]);
      await page.close();
    }
  });

  it('(l2c) words a broken image, a formula or a shadow root inside a closed one draws inside the passage are not saved as if read; a loaded image is', async () => {
    // Red team 46: the reader sees "have never found", "never" drawn as a broken image's alt, as MathML or inside a
    // closed root nested in another; the text model reads none of them, so the quote said "have found", painted solid.
    for (const [name, inner, told] of [
      ['image', '<img alt="never" src="/trust/missing.png">', /runs over words the page draws from a form field/],
      ['formula', '<math><mi mathvariant="normal">never</mi><mspace width="0.3em"></mspace></math>', /holds a formula/],
      ['nested', '<span data-nested="closed"></span>', /runs over words the page draws from a form field/],
    ] as const) {
      const path = `/trust/drawn2-${name}-${Date.now()}.html`;
      const page = await plantedPage(path, inner);
      await dragAcrossPlanted(page);
      await page.keyboard.press('1');
      await expect.poll(() => piercedText(page, 'role', 'alert'), { timeout: 10_000 }).toMatch(told);
      await page.waitForTimeout(300);
      expect(await trust.quotesFor(path), name).toEqual([]);
      await page.close();
    }
    // An honest inline picture that loads (an emoji drawn as an image) draws no words: the passage is saved.
    const path = `/trust/drawn2-emoji-${Date.now()}.html`;
    const page = await plantedPage(path, `<img alt="smiling face" width="16" height="16" src="${PNG}">`);
    await dragAcrossPlanted(page);
    await page.keyboard.press('1');
    await expect
      .poll(() => trust.quotesFor(path), { timeout: 10_000 })
      .toEqual(['Beijing and Moscow have found common cause on the United Nations Security Council']);
    await page.close();
  });

  it('(l2) words a page draws into a sentence with its stylesheet, or shows reordered, are not saved as if read: the reader is told', async () => {
    // The reader sees "have not found" (a ::before draws "not ") and "$400" (a bidi override shows "004" reversed);
    // the text says "have found" and "$004". On wave 17's build the quote saved the text, not what was read.
    const style = '<style>.gen::before{content:"not "}.rev{unicode-bidi:bidi-override;direction:rtl}</style>';
    trust.server.route('/trust/drawn.html', {
      body: SAMPLE.replace('<head>', `<head>${style}`)
        .replace('Moscow have found common', 'Moscow have <span class="gen"></span>found common')
        .replace('$400 billion deal', '$<span class="rev">004</span> billion deal'),
    });
    const page = await trust.session.context.newPage();
    await page.goto(`${trust.server.url}/trust/drawn.html`);
    await tabIdOf(trust.session, page);
    await trust.highlight(page, PASSAGE);
    await expect.poll(() => piercedText(page, 'role', 'alert')).toMatch(/draws words into this passage/);
    await page.evaluate(() => getSelection()?.removeAllRanges());
    await page.mouse.click(5, 5);
    await page.waitForTimeout(300);
    await trust.highlight(page, 'complement a $004 billion deal', '2');
    await expect.poll(() => piercedText(page, 'role', 'alert')).toMatch(/in an order its text does not have/);
    await page.waitForTimeout(300);
    expect(await trust.quotesFor('/trust/drawn.html')).toEqual([]);
    // The words beside them are the reader's to save.
    await page.evaluate(() => getSelection()?.removeAllRanges());
    await trust.highlight(page, 'Beijing and Moscow have');
    await expect.poll(() => trust.quotesFor('/trust/drawn.html')).toEqual(['Beijing and Moscow have']);
    await page.close();
  });

  it('(l3) words a page’s markup holds where the browser never draws them never enter the quote nor the key facts', async () => {
    // Red team 28: the reader saw and highlighted "have found", the quote stored =HYPERLINK(...), each way: a shadow
    // host with no slot for its own text, a <progress>'s fallback, an element `content: url()` replaces, the body of
    // a closed inline <details>; and the sidebar listed "$900 billion" and "88 billion" where the page drew "$400
    // billion" and "38 billion". No style of the words' own element hides them: their element does not draw them.
    const evil = '=HYPERLINK("http://evil.example")';
    const svg = `data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='8' height='8'%3E%3C/svg%3E`;
    const planted =
      `Beijing and Moscow have found<progress style="width:0;height:0;border:0"> ${evil}</progress> common cause` +
      `<span id="sh"> ${evil}</span> on the<span style="content:url(&quot;${svg}&quot;)"> ${evil}</span> United` +
      ' <span id="dt"></span> Security Council';
    const script = `addEventListener('DOMContentLoaded', () => {
      document.getElementById('sh').attachShadow({ mode: 'closed' });
      const d = document.createElement('details'); d.style.display = 'inline';
      const s = document.createElement('summary'); s.style.cssText = 'display:inline;list-style:none';
      s.textContent = 'Nations'; d.append(s, ${JSON.stringify(` ${evil}`)});
      document.getElementById('dt').replaceWith(d);
      document.getElementById('fig').attachShadow({ mode: 'closed' }).textContent = '38 billion';
    });`;
    const path = '/trust/undrawn.html';
    trust.server.route(path, {
      body: SAMPLE.replace('<head>', `<head><script>${script}</script>`)
        .replace(PASSAGE, planted)
        .replace(
          '$400 billion deal',
          '$400 billion<progress style="width:0;height:0;border:0"> (not $900 billion, as reported)</progress> deal',
        )
        .replace('38 billion cubic', '<span id="fig">88 billion</span> cubic'),
    });
    const page = await trust.session.context.newPage();
    await page.goto(`${trust.server.url}${path}`);
    await page.bringToFront();
    // The drag runs from "Beijing" to "Council", over the planted words in the markup.
    const inMarkup = `Beijing and Moscow have found ${evil} common cause ${evil} on the ${evil} United Nations ${evil} Security Council`;
    await selectWithMouse(page, inMarkup);
    await page.waitForTimeout(150);
    await page.keyboard.press('1');
    await expect.poll(async () => (await trust.quotesFor(path)).map((q) => q.replace(/\s+/g, ' '))).toEqual([PASSAGE]);
    const { facts } = await trust.sidebarLists(await tabIdOf(trust.session, page));
    const listed = facts.join('\n');
    expect(listed).toContain('cubic meters');
    expect(listed).not.toMatch(/\$900 billion|88 billion|evil\.example/);
    await page.close();
  });

  it('(l4) a passage whose letters the layout draws in another order is not saved as if read: the reader is told', async () => {
    // Red team 28: drawn "400", saved "004" (flex-direction: row-reverse); drawn "4900", saved "9400" (position:
    // relative offsets); drawn "never found", saved "foundnever" (flex order). The wave-18 check saw only bidi.
    const path = '/trust/reordered.html';
    trust.server.route(path, {
      body: SAMPLE.replace(
        '$400 billion deal',
        '$<span style="display:inline-flex;flex-direction:row-reverse"><span>0</span><span>0</span><span>4</span></span> billion deal',
      )
        .replace(
          '32 separate bilateral',
          '<span style="position:relative;left:1ch">2</span><span style="position:relative;left:-1ch">3</span> separate bilateral',
        )
        .replace(
          'have found common',
          '<span style="display:inline-flex;white-space:pre"><span style="order:2">found</span><span style="order:1">never </span></span> common',
        ),
    });
    const page = await trust.session.context.newPage();
    // Each on a fresh load, so that each refusal is told anew.
    for (const text of [
      'complement a $004 billion deal',
      'announced 23 separate bilateral',
      'Moscow foundnever common',
    ]) {
      await page.goto(`${trust.server.url}${path}`);
      await tabIdOf(trust.session, page);
      await page.bringToFront();
      await selectWithMouse(page, text);
      await page.waitForTimeout(150);
      await page.keyboard.press('1');
      await expect.poll(() => piercedText(page, 'role', 'alert')).toMatch(/in an order its text does not have/);
    }
    await page.waitForTimeout(300);
    expect(await trust.quotesFor(path)).toEqual([]);
    // An ordinary passage of the same page is the reader's to save.
    await page.evaluate(() => getSelection()?.removeAllRanges());
    await trust.highlight(page, 'the two countries announced');
    await expect.poll(() => trust.quotesFor(path)).toEqual(['the two countries announced']);
    await page.close();
  });

  it('(o) words a page hides inside the article never reach its key facts and quotes in the popup', async () => {
    // The popup's facts are extracted in the extension from the page's markup, where the page's stylesheet does not
    // apply: a figure and a call hidden in the sentences would otherwise be shown as the article's own words.
    const style = '<style>.y1{display:none}.y2{color:#fff}.y3{position:absolute;left:-9999px}</style>';
    trust.server.route('/trust/hidden-facts.html', {
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
    const page = await trust.session.context.newPage();
    await page.goto(`${trust.server.url}/trust/hidden-facts.html`);
    const tabId = await tabIdOf(trust.session, page);
    const popup = await trust.session.context.newPage();
    await popup.goto(`chrome-extension://${trust.session.extensionId}/popup.html?tab=${tabId}`);
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

  it('(s) a paragraph a page hides between two visible ones never reaches the popup, nor a quote saved across both', async () => {
    // The page plants a whole paragraph, a "quote" of Putin's, hidden by its stylesheet between two paragraphs the
    // reader sees. Key facts and quotes are extracted from the markup, and a drag across both paragraphs covers it.
    const planted = '“We will abandon our allies in Asia by the end of the year,” Putin said on Friday.';
    trust.server.route('/trust/hidden-paragraph.html', {
      body: SAMPLE.replace('<head>', '<head><style>.z9{display:none}</style>').replace(
        'the Atlantic reports.</p>',
        `the Atlantic reports.</p>\n    <p class="z9">${planted}</p>`,
      ),
    });
    const page = await trust.session.context.newPage();
    await page.goto(`${trust.server.url}/trust/hidden-paragraph.html`);
    const tabId = await tabIdOf(trust.session, page);
    const popup = await trust.session.context.newPage();
    await popup.goto(`chrome-extension://${trust.session.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByTestId('quote').first().waitFor({ timeout: 20_000 });
    const shown = [
      ...(await popup.getByTestId('fact').allTextContents()),
      ...(await popup.getByTestId('quote').allTextContents()),
    ].join('\n');
    expect(shown).toContain('its ties to China have never been closer');
    expect(shown).not.toContain('abandon our allies');
    await popup.close();

    await page.bringToFront();
    const dragged = await selectWithMouse(page, `the Atlantic reports. ${planted} ${SECOND}`);
    expect(dragged).toContain('Russian President');
    await page.waitForTimeout(150);
    await page.keyboard.press('1');
    await expect.poll(() => trust.quotesFor('/trust/hidden-paragraph.html')).toHaveLength(1);
    const [quote] = await trust.quotesFor('/trust/hidden-paragraph.html');
    expect(quote.replace(/\s+/g, ' ')).toBe(`the Atlantic reports. ${SECOND}`);
    await page.close();
  });

  it('(s2) a paragraph a page hides in a wrapper of its own, beside a figure or after the last paragraph never reaches key facts or quotes', async () => {
    // Three ways round "between two visible paragraphs": each planted block's own neighbours are a wrapper's edge,
    // the photo's figure, or nothing at all. Nothing on the page can open any of them.
    const planted = [
      '“We will leave the alliance next spring,” Xi said in Beijing.',
      '“Our navies will withdraw from the Mediterranean,” Putin told reporters.',
      '“Russia will cut its gas shipments to China by 90 percent in 2026,” Putin said on Sunday.',
    ];
    trust.server.route('/trust/hidden-around.html', {
      body: SAMPLE.replace('<head>', '<head><style>.z9{display:none}.z8{position:absolute;left:-9999px}</style>')
        .replace(
          'the Atlantic reports.</p>',
          `the Atlantic reports.</p>\n    <div><p class="z9">${planted[0]}</p></div>`,
        )
        .replace('</figure>', `</figure>\n  <p class="z8">${planted[1]}</p>`)
        .replace('mankind.&quot;</p>', `mankind.&quot;</p>\n    <p class="z9">${planted[2]}</p>`),
    });
    const page = await trust.session.context.newPage();
    await page.goto(`${trust.server.url}/trust/hidden-around.html`);
    const tabId = await tabIdOf(trust.session, page);
    const { facts, quotes } = await trust.sidebarLists(tabId);
    const shown = [...facts, ...quotes].join('\n');
    expect(shown).toContain('the Atlantic reports');
    expect(shown).toContain('Decades ago, the Chinese and Russian nations');
    expect(shown).not.toMatch(/leave the alliance|navies will withdraw|cut its gas shipments/);
    await page.close();
  });

  it('(s3) a quote a page hides beside a button of its own never reaches the quotes; a "read more" remainder does once the reader opens it', async () => {
    // The page sets its planted block beside a button that opens nothing: a reader could never see it. A real
    // remainder behind "Continue reading" is read once the reader has opened it.
    const planted = '“We will leave the alliance next spring,” Xi said in Beijing.';
    const rest = '“The harbour tunnel will open to traffic in the spring,” the mayor said on Monday.';
    const script = `addEventListener('click', (e) => {
      if (e.target.id === 'more') document.getElementById('rest').style.display = 'block';
    });`;
    trust.server.route('/trust/hidden-beside-button.html', {
      body: SAMPLE.replace('<head>', `<head><script>${script}</script><style>.z9{display:none}</style>`)
        .replace(
          'the Atlantic reports.</p>',
          `the Atlantic reports.</p>\n    <div class="z9"><p>${planted}</p></div><p><button type="button">Share</button></p>`,
        )
        .replace(
          'mankind.&quot;</p>',
          `mankind.&quot;</p>\n    <div class="z9" id="rest"><p>${rest} It was the first date the city had given since the works began, and it came with a promise that the tolls would stay at last year’s level.</p></div><p><button type="button" id="more">Continue reading</button></p>`,
        ),
    });
    const page = await trust.session.context.newPage();
    await page.goto(`${trust.server.url}/trust/hidden-beside-button.html`);
    const tabId = await tabIdOf(trust.session, page);
    const quotesShown = async () => {
      const { quotes, closedNote } = await trust.sidebarLists(tabId);
      return { quotes: quotes.join('\n'), closedNote };
    };
    const before = await quotesShown();
    expect(before.quotes).toContain('Decades ago, the Chinese and Russian nations');
    expect(before.quotes).not.toMatch(/leave the alliance|harbour tunnel/);
    // The sidebar says part of the page is closed.
    expect(before.closedNote).toBe(1);
    await page.bringToFront();
    await page.getByRole('button', { name: 'Continue reading' }).click();
    const after = await quotesShown();
    expect(after.quotes).toContain('The harbour tunnel will open to traffic in the spring');
    expect(after.quotes).not.toContain('leave the alliance');
    await page.close();
  });

  it('(m1) a page that moves its address as the reader picks a colour files nothing under its choice, and the reader is told', async () => {
    // history.replaceState 30 ms after the reader's mouse comes up (before they press a colour): the highlight would be
    // filed under another article of the site.
    const path = '/trust/moves-address.html';
    const page = await trust.openPage(
      path,
      `addEventListener('mouseup', () => setTimeout(() => history.replaceState(null, '', '/news/2016/another-article.html'), 30));`,
    );
    await trust.highlight(page, PASSAGE, '1');
    await expect.poll(() => piercedText(page, 'role', 'alert')).toMatch(/changed its address/);
    const store = await readStore(trust.probe);
    expect(store.annotations.filter((a) => JSON.stringify(a).includes('another-article'))).toEqual([]);
    // Selected again at the address it now shows, once the route has settled (at most 2.5 s for a head that never
    // changes), the passage is saved there, as the address bar says. (It was filed under the first address: the
    // browser reports a frame's first URL after replaceState, and the background decided the key by it.)
    await page.waitForTimeout(2800);
    await trust.highlight(page, SECOND, '1');
    await expect.poll(() => trust.quotesFor('/news/2016/another-article.html')).toEqual([SECOND]);
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
    const page = await trust.openPage('/trust/select-on-click.html', script);
    await tabIdOf(trust.session, page);
    await page.bringToFront();
    const far = await centreOfText(page, THIRD);
    await page.mouse.click(far.x, far.y);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => String(getSelection()))).toContain('common cause');
    await page.keyboard.press('1');
    await page.waitForTimeout(800);
    expect(await trust.quotesFor('/trust/select-on-click.html')).toEqual([]);
    await page.close();

    // The same by the keyboard: the page selects its passage as each key the reader types into its form comes up, so
    // the next capital letter's Shift finds it selected.
    const typed = `document.addEventListener('DOMContentLoaded', () => {
      const input = document.createElement('input');
      input.id = 'form';
      document.body.prepend(input);
      input.addEventListener('keyup', ${selectParagraph});
    });`;
    const form = await trust.openPage('/trust/select-on-key.html', typed);
    await tabIdOf(trust.session, form);
    await form.bringToFront();
    await form.click('#form');
    for (const key of ['Shift+A', 'Shift+B', 'Shift+C', '1']) await form.keyboard.press(key);
    await form.waitForTimeout(800);
    expect(await trust.quotesFor('/trust/select-on-key.html')).toEqual([]);

    // The reader's own selections still offer the toolbar: a double click, then Shift+End extending it.
    const word = await centreOfText(form, 'signified');
    await form.mouse.dblclick(word.x, word.y);
    await form.keyboard.press('Shift+End');
    await form.waitForTimeout(150);
    await form.keyboard.press('2');
    await expect
      .poll(() => trust.quotesFor('/trust/select-on-key.html'))
      .toEqual([expect.stringMatching(/^signified the deepening/)]);
    await form.close();
  });

  it('(p2) a page that rewrites the words the reader selected before their colour key gets nothing saved, and the reader is told', async () => {
    // 60 ms after the reader's mouse comes up, the page writes "not " into the selected sentence: the selection (and
    // Lede's copy of it) are live ranges and stretch over the insertion, so the range alone is still "the same".
    const rewrite = `addEventListener('mouseup', () => setTimeout(() => {
      const sel = getSelection(); if (!sel.rangeCount || window.__rewritten) return;
      window.__rewritten = true;
      const r = sel.getRangeAt(0); const n = r.startContainer;
      if (n.nodeType !== 3) return; const i = n.data.indexOf('found', r.startOffset);
      if (i > 0 && (n !== r.endContainer || i < r.endOffset)) n.insertData(i, 'not ');
    }, 60));`;
    const page = await trust.openPage('/trust/rewrite-selection.html', rewrite);
    await tabIdOf(trust.session, page);
    await page.bringToFront();
    // Read back after the mouse came up: on a loaded machine the page's rewrite may already be in.
    expect([PASSAGE, PASSAGE.replace('have found', 'have not found')]).toContain(await selectWithMouse(page, PASSAGE));
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => String(getSelection()))).toContain('have not found');
    await page.keyboard.press('1');
    await expect.poll(() => piercedText(page, 'role', 'alert')).toMatch(/changed the words you selected/);
    await page.waitForTimeout(500);
    expect(await trust.quotesFor('/trust/rewrite-selection.html')).toEqual([]);
    // Selected again, the passage as it now reads is the reader's to save.
    await page.evaluate(() => getSelection()?.removeAllRanges());
    await selectWithMouse(page, 'Moscow have not found common');
    await page.waitForTimeout(200);
    await page.keyboard.press('1');
    await expect.poll(() => trust.quotesFor('/trust/rewrite-selection.html')).toEqual(['Moscow have not found common']);
    await page.close();
  });

  it('(r2) a cover of any look a page lays over the toolbar takes no colour unsaid: the reader is told, and a colour key saves the passage (red team 50, T)', async () => {
    // A press on a clear layer over the toolbar is relayed to Lede (red team 24); judged by its look, a clear
    // <button>, a 12 % tint or a white box blended away (mix-blend-mode: multiply) was the page's own: the reader's
    // click on a colour saved nothing and said nothing. The click stays the page's (an honest bar there keeps its
    // field: red team 51, T3); the reader is told, and the toolbar put away.
    const looks: Record<string, string> = {
      'clear button': 'background:transparent;border:0',
      'faint tint': 'background:rgba(0,0,0,.12)',
      'blended box': 'background:#fff;mix-blend-mode:multiply',
    };
    for (const [cover, look] of Object.entries(looks)) {
      const path = `/trust/toolbar-cover-${cover.replace(' ', '-')}.html`;
      const page = await trust.openPage(
        path,
        `document.addEventListener('DOMContentLoaded', () => {
          const mine = new Set(document.querySelectorAll('*'));
          let cover = null;
          setInterval(() => {
            if (cover || String(getSelection()).length < 10) return;
            let l = 1e9, t = 1e9, r = -1, b = -1;
            for (let y = 0; y < innerHeight; y += 8) for (let x = 0; x < innerWidth; x += 8) {
              const e = document.elementFromPoint(x, y);
              if (e && !mine.has(e) && e !== document.documentElement && e !== document.body)
                (l = Math.min(l, x)), (t = Math.min(t, y)), (r = Math.max(r, x)), (b = Math.max(b, y));
            }
            if (r - l < 60 || b - t < 12) return;
            cover = document.createElement('${cover === 'clear button' ? 'button' : 'div'}');
            cover.style.cssText = 'position:fixed;z-index:2147483647;padding:0;margin:0;${look};left:' + (l - 6) + 'px;top:' + (t - 6) + 'px;width:' + (r - l + 12) + 'px;height:' + (b - t + 12) + 'px';
            document.documentElement.append(cover);
            window.__covered = true;
          }, 100);
        });`,
      );
      expect(await selectWithMouse(page, PASSAGE)).toBe(PASSAGE);
      // The page's cover is laid (on a loaded machine this took longer than the 700 ms once waited, and the click
      // went to the toolbar itself).
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { __covered?: boolean }).__covered === true))
        .toBe(true);
      // Lede may already have seen its toolbar covered and taken it away, saying so (drawn-watch.ts): no click then.
      const pink = await centreOf(page, 'data-color', 'pink').catch(() => null);
      if (pink) await page.mouse.click(pink.x, pink.y);
      await expect
        .poll(() => piercedText(page, 'role', 'alert'), { message: cover })
        .toMatch(/laid something over Lede's toolbar|hides Lede's toolbar/);
      expect(await trust.quotesFor(path), cover).toEqual([]);
      // As the toast says: selected again, a colour key saves the passage.
      await page.evaluate(() => getSelection()?.removeAllRanges());
      expect(await selectWithMouse(page, PASSAGE)).toBe(PASSAGE);
      await page.waitForTimeout(150);
      await page.keyboard.press('2');
      await expect.poll(() => trust.quotesFor(path), { message: cover }).toEqual([PASSAGE]);
      await page.close();
    }
  });

  it('(r) a page that hides every element it did not make, by stylesheet or by script, cannot hide the highlights or the toolbar', async () => {
    /** Lede's toolbar host as the page's styles leave it: shown, or hidden from the reader. */
    const toolbarShown = (page: Page) =>
      page.evaluate(() =>
        [...document.body.children]
          .filter((el) => /^[a-z][a-z0-9]{3}-[a-z0-9]{6}$/i.test(el.tagName))
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
      trust.server.route(path, { body: SAMPLE.replace('<head>', `<head>${head}`) });
      const page = await trust.session.context.newPage();
      await page.goto(`${trust.server.url}${path}`);
      await page.bringToFront();
      expect(await selectWithMouse(page, PASSAGE)).toBe(PASSAGE);
      // The first gesture loads the page side: the toolbar comes when it has (a page that hides it keeps it hidden).
      await expect.poll(() => toolbarShown(page), { message: `${path}: toolbar` }).toBe(true);
      await page.keyboard.press('1');
      await expect.poll(() => trust.quotesFor(path)).toEqual([PASSAGE]);
      expect(await tintOverPassage(page), `${path}: painted`).toBeGreaterThan(500);
      await page.close();
    }
  });
});
