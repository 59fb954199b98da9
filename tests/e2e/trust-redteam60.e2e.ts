// Red team 60 (wave 41): classes no earlier red team named, in real Chromium with the built extension. Fonts: the
// page's @font-face faces reached Lede's words in its closed root (FT, FT3: read), and words drawn at no size by a font
// (`size-adjust: 0%` in a face, `font-size-adjust: 0`) pass every test of unseen text (FH: the reader's quote, KF: the
// sidebar's quotes, RC: where a highlight is anchored on the reader's return). Filters: on the root (TH) and as a clear
// box's backdrop-filter (TB2, TB3). A page's Trusted Types policy (TT), and an input method's composition as the editor
// loads (IM). Each test asserts what a safe Lede does: `WORKED` marks an attack that worked on the build before wave
// 41's mends (the test failed there, as quoted) and fails no more, `HELD` a defence that held from the start.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  centreOf,
  piercedText,
  pressClosingEditor,
  readerArrives,
  selectWithMouse,
  tabIdOf,
} from '../../scripts/lib/reader';
import { countPixels, decodePng, isTinted } from './png';
import { PASSAGE, SAMPLE, tintOverPassage, useTrustPage } from './trust-support';

const t = useTrustPage();

/** The characters the page probes for, one `@font-face` each (a page would cover a whole script: CJK, emoji…). */
const PROBED = [...'李王张秘密会北京🔥👍абв'];

/**
 * The page defines a font for each probed character under the names in Lede's font list that are not generic
 * (`-apple-system`, "Segoe UI"), each with a `unicode-range` of that one character and a source on its own server.
 * The browser fetches (or tries) only the faces it needs for the text it draws, so `document.fonts` tells the page
 * which characters Lede drew in its closed root.
 */
const FONT_PROBE = `document.addEventListener('DOMContentLoaded', () => {
  const s = document.createElement('style');
  s.textContent = ${JSON.stringify(PROBED)}.map((c) => {
    const cp = c.codePointAt(0).toString(16);
    return ['-apple-system', 'Segoe UI'].map((f) => '@font-face { font-family: "' + f + '"; src: url(/rt60-font/' + cp + '.woff2); unicode-range: U+' + cp + '; }').join('\\n');
  }).join('\\n');
  document.head.append(s);
});`;

/**
 * The characters whose face the browser went for, in the order it asked its server for them (the page's resource
 * timing): a face it never needed is never asked for.
 */
const fontsWanted = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => e.name.includes('/rt60-font/'))
      .sort((a, b) => a.startTime - b.startTime)
      .map((e) => String.fromCodePoint(Number.parseInt(e.name.split('/').pop()!, 16)))
      .filter((c, i, all) => all.indexOf(c) === i),
  );

/** The middle of the first box of `words` in the article. */
const wordsAt = (page: Page, words: string) =>
  page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.textContent!.indexOf(needle);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + needle.length);
      const b = r.getClientRects()[0]!;
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    }
    throw new Error(`no ${needle}`);
  }, words);

describe('red team 60: Lede’s words drawn in fonts the page defines', () => {
  // WORKED on the build before wave 41's mends (failed: received [ '李', '京', '北', '密', '秘',
  // '🔥' ]); passes on the wave 41's build, whose ui-host.ts names generic families only (`system-ui, sans-serif`),
  // so it now guards. (medium-high for a note in Chinese or Japanese, a read): the tip drawing the reader's note ("Met
  // 李 at 北京, 秘密 🔥") sent the browser to the page's server for its faces of 李, 北, 京, 秘, 密 and 🔥, in an order close to
  // the note's (received once as 李 京 北 密 秘 🔥; a trial with "Met 京 at 北李 密 王 🔥 张" read 京 北 密 王 李 🔥 张). DejaVu Sans, the
  // system-ui font here, has no CJK or emoji glyph, so each falls through Lede's list to "-apple-system" and "Segoe
  // UI", names a page may define; the same on any system whose UI font lacks a script the reader writes in. `system-ui`
  // first held for Latin letters (wave 20, FT1).
  it('FT the page defines a face per character for the non-generic names in Lede’s font list: hovering a note’s highlight tells it none of the note’s characters', async () => {
    const path = '/rt60/font-probe.html';
    const page = await t.openPage(path, FONT_PROBE);
    await t.openNoteOnPassage(page, path);
    const note = 'Met 李 at 北京, 秘密 🔥';
    await page.keyboard.type(note);
    await pressClosingEditor(page, 'Control+Enter');
    await expect.poll(() => t.noteFor(path)).toBe(note);
    expect(await fontsWanted(page)).toEqual([]);
    // The reader's pointer rests on the highlight: the tip shows the note, drawn in Lede's closed root.
    const at = await wordsAt(page, 'common cause');
    await page.mouse.move(at.x - 30, at.y + 40);
    await page.mouse.move(at.x, at.y, { steps: 8 });
    await page.waitForTimeout(1000);
    expect(await fontsWanted(page)).toEqual([]);
    await page.close();
  });
});

/**
 * A filter on the root that leaves black text on white as it is and turns every light colour white: grey, then a
 * threshold at half (an SVG filter of the page's own). The article reads as before; a light tint is drawn white.
 */
const THRESHOLD = `document.addEventListener('DOMContentLoaded', () => {
  const f = (c) => '<feFunc' + c + ' type="discrete" tableValues="0 1"/>';
  document.body.insertAdjacentHTML('beforeend', '<svg width="0" height="0" style="position:absolute"><filter id="bw" color-interpolation-filters="sRGB"><feColorMatrix type="saturate" values="0"/><feComponentTransfer>' + f('R') + f('G') + f('B') + '</feComponentTransfer></filter></svg>');
  const s = document.createElement('style');
  s.textContent = 'html { filter: url(#bw) }';
  document.head.append(s);
});`;

describe('red team 60: Lede’s words drawn in fonts the page defines, with no hover', () => {
  // WORKED on the build before wave 41's mends (failed: received [ '京', '会', '北', '密', '秘',
  // '李' ]); passes with the same generic-families mend, so it now guards. (medium-high for a reader who writes in
  // Chinese or Japanese, a read, the page's own doing): the page makes Lede show the reader's words itself. It moves
  // its route 80 ms after the drag that selected (red team 59, N), so the highlight asked for with Note is refused, the
  // keys typed for the note are held (the page hears none), and then shown in a toast "to copy" ("Nothing was saved…
  // Copy it from here: “会李北京秘密”"), drawn in the page's document in Lede's font list: the page's faces were asked for 京,
  // 会, 北, 密, 秘 and 李, every character typed.
  it('FT3 the page refuses the reader’s note by a route move and reads the toast that shows the words typed', async () => {
    const path = '/rt60/font-probe-route.html';
    const other = '/rt60/font-probe-other.html';
    const page = await t.openPage(
      path,
      `${FONT_PROBE} addEventListener('click', () => { if (String(getSelection()).length > 10) setTimeout(() => {
        history.pushState({}, '', ${JSON.stringify(other)}); document.title = 'Another story'; }, 80); }, true);`,
    );
    await page.bringToFront();
    expect(await selectWithMouse(page, PASSAGE)).toBe(PASSAGE);
    // Note is pressed as soon as the toolbar shows, while the page's route move (80 ms after the drag's own click)
    // is still settling: a fixed 300 ms wait first let the settle (its head quiet for 300 ms) hide the toolbar on a
    // loaded CI machine, twice in a row, before the reader's press (`no element with data-action="note"`).
    let note: { x: number; y: number } | null = null;
    for (const end = Date.now() + 3_000; !note && Date.now() < end; )
      note = await centreOf(page, 'data-action', 'note').catch(() => null);
    if (!note) throw new Error('the toolbar did not show after the drag');
    await page.mouse.click(note.x, note.y);
    // Keys of a Chinese layout (no IME): each key's `key` is the character.
    const cdp = await page.context().newCDPSession(page);
    for (const c of '会李北京秘密') {
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: c, text: c, unmodifiedText: c });
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: c });
      await page.waitForTimeout(30);
    }
    await expect.poll(() => piercedText(page, 'role', 'alert'), { timeout: 6_000 }).toMatch(/会李北京秘密/);
    await page.waitForTimeout(500);
    expect(await fontsWanted(page)).toEqual([]);
    await page.close();
  });
});

describe('red team 60: the tip brought under a resting pointer', () => {
  // HELD: the same page, to read the notes with no hover of the reader's, scrolls (or shifts its body) so that the
  // highlight comes under the pointer resting 200 px above it. Chromium sends no mousemove for a scroll or a layout
  // shift, and Lede shows the tip only at the reader's own move: no face was asked for either way.
  it('FT2 the page brings the highlight under the reader’s resting pointer by scrolling or shifting its body: no tip, no character of the note', async () => {
    const path = '/rt60/font-probe-still.html';
    const page = await t.openPage(path, FONT_PROBE);
    await t.openNoteOnPassage(page, path);
    const note = 'Met 李 at 北京, 秘密 🔥';
    await page.keyboard.type(note);
    await pressClosingEditor(page, 'Control+Enter');
    await expect.poll(() => t.noteFor(path)).toBe(note);
    const at = await wordsAt(page, 'common cause');
    await page.mouse.move(at.x, at.y - 200, { steps: 4 });
    await page.waitForTimeout(500);
    await page.evaluate(() => window.scrollBy(0, 200));
    await page.waitForTimeout(800);
    expect(Math.abs((await wordsAt(page, 'common cause')).y - (at.y - 200))).toBeLessThan(4);
    expect(await fontsWanted(page)).toEqual([]);
    await page.evaluate(() => window.scrollBy(0, -200));
    await page.waitForTimeout(300);
    await page.evaluate(() => (document.body.style.marginTop = '-200px'));
    await page.waitForTimeout(800);
    expect(Math.abs((await wordsAt(page, 'common cause')).y - (at.y - 200))).toBeLessThan(4);
    expect(await fontsWanted(page)).toEqual([]);
    await page.close();
  });
});

describe('red team 60: a filter on the page’s root', () => {
  // WORKED on the build before wave 41's mends (failed: `expected 0 to be greater than
  // 1500`); passes on the wave 41's build, whose painter lifts the layer into the top layer when an element
  // holding it has a filter (`filteredAbove`, veil.ts), so it now guards. (medium, a switch-off of the drawn
  // highlight): `html { filter: url(#bw) }`, grey then a threshold at half. The article reads as before (black on
  // white), the "Saved" toast shows (black and white), but the highlight is drawn white: 0 tinted pixels over the
  // passage, its words left pale and broken where the tint was. Lede lifts the paint layer into the top layer (which no
  // ancestor's filter reaches) only for a scale (red team 57, T); a filter on the root or the body is not looked at.
  it('TH a threshold filter on <html>: the reader’s highlight is drawn tinted over the passage', async () => {
    const path = '/rt60/threshold.html';
    const page = await t.openPage(path, THRESHOLD);
    await t.highlight(page, PASSAGE);
    await expect.poll(() => t.quotesFor(path)).toEqual([PASSAGE]);
    await page.waitForTimeout(500);
    await expect.poll(() => tintOverPassage(page), { timeout: 5_000 }).toBeGreaterThan(1_500);
    await page.close();
  });

  // HELD (on the wave 41's build with the TH mend): the same filter put on the root late, through the CSSOM (a
  // rule inserted in a style sheet: no element or attribute changes for an observer to see), once the highlight is
  // painted. The layer is placed again within the second (looked at once a second), lifted, and tinted again.
  it('TH2 the same filter inserted late through the CSSOM: the highlight is drawn tinted again within 1.5 s', async () => {
    const path = '/rt60/threshold-late.html';
    const page = await t.openPage(
      path,
      THRESHOLD.replace("s.textContent = 'html { filter: url(#bw) }';", "s.textContent = '';"),
    );
    await t.highlight(page, PASSAGE);
    await expect.poll(() => t.quotesFor(path)).toEqual([PASSAGE]);
    await expect.poll(() => tintOverPassage(page), { timeout: 5_000 }).toBeGreaterThan(1_500);
    await page.evaluate(() => [...document.styleSheets].at(-1)!.insertRule('html { filter: url(#bw) }'));
    await page.waitForTimeout(1_500);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).filter)).toBe('url("#bw")');
    expect(await tintOverPassage(page, false)).toBeGreaterThan(1_500);
    await page.close();
  });

  // WORKED, mended in wave 41 (medium, a switch-off of the drawn highlight; and on the build with the TH mend too): no filter
  // on any ancestor of Lede's. The page lays a clear box over the whole window (fixed, the top z-index, no pointer
  // events, so the reader selects through it) whose `backdrop-filter: grayscale(1) contrast(10)` draws everything under
  // it in black and white, and keeps the box the last child of <html> (after Lede's paint host, so drawn above it at
  // the same z-index). The article reads as before; the highlight is white (0 tinted pixels), the toast and toolbar
  // black. `filteredAbove` (veil.ts) looked at ancestors only; it now also looks at their later siblings' backdrop filters
  // and blends, and lifts the layer into the top layer.
  // HELD: the same clear box with the threshold backdrop-filter, shown as a popover of the page's (the top layer, above
  // every z-index): Lede hears the popover open and shows its paint layer above it, so the highlight is drawn over
  // the box's filtered backdrop, tinted.
  it('TB3 the same box shown in the top layer as a popover: the highlight is drawn tinted above it', async () => {
    const path = '/rt60/backdrop-popover.html';
    const page = await t.openPage(
      path,
      `document.addEventListener('DOMContentLoaded', () => {
      const o = document.createElement('div'); o.popover = 'manual';
      o.style.cssText = 'position:fixed;inset:0;width:auto;height:auto;margin:0;border:0;padding:0;background:transparent;pointer-events:none;backdrop-filter:grayscale(1) contrast(10)';
      document.body.append(o); o.showPopover(); window.__o = o;
    });`,
    );
    await t.highlight(page, PASSAGE);
    await expect.poll(() => t.quotesFor(path)).toEqual([PASSAGE]);
    await page.waitForTimeout(1_500);
    expect(await page.evaluate(() => (window as unknown as { __o: Element }).__o.matches(':popover-open'))).toBe(true);
    expect(await tintOverPassage(page, false)).toBeGreaterThan(1_500);
    await page.close();
  });

  it('TB2 a clear box over the window with a threshold backdrop-filter, kept last on <html>: the highlight is drawn tinted', async () => {
    const path = '/rt60/backdrop.html';
    const page = await t.openPage(
      path,
      `document.addEventListener('DOMContentLoaded', () => {
      const o = document.createElement('div');
      o.style.cssText = 'position:fixed;inset:0;z-index:2147483647;pointer-events:none;backdrop-filter:grayscale(1) contrast(10)';
      const last = () => { if (document.documentElement.lastElementChild !== o) document.documentElement.append(o); };
      last(); new MutationObserver(last).observe(document.documentElement, { childList: true });
    });`,
    );
    await t.highlight(page, PASSAGE);
    await expect.poll(() => t.quotesFor(path)).toEqual([PASSAGE]);
    await page.waitForTimeout(1_500);
    expect(await tintOverPassage(page, false)).toBeGreaterThan(1_500);
    await page.close();
  });
});

/**
 * How the page hides a word of its own inside the passage, between "have" and "found", with a font alone. `word` is
 * written into the markup; `css` draws it at no size: a face of the page's (a local font, so no fetch) at
 * `size-adjust: 0%`, laid out with no width. No CSS property that hides anything is set on any element.
 */
const FONT_HIDES = {
  // Greek capitals that read "NOT" and a four-per-em space, none used elsewhere in the article: a face covering only
  // those, first in the paragraphs' font list; every other letter falls through to the page's serif.
  'Greek capitals that read NOT, by a face of their range only': {
    word: '\u039d\u039f\u03a4\u2005',
    css: '@font-face { font-family: "Hide"; src: local("DejaVu Sans"), local("DejaVuSans"); unicode-range: U+0370-03FF, U+2005; size-adjust: 0%; } p { font-family: "Hide", serif; }',
    span: false,
  },
  // Plain "not " in a span whose only style is a font family: a face covering every character at no size.
  'a plain "not " in a span drawn in a face of no size': {
    word: 'not ',
    css: '@font-face { font-family: "Nothing"; src: local("DejaVu Sans"), local("DejaVuSans"); size-adjust: 0%; } .n { font-family: "Nothing"; }',
    span: true,
  },
  // No font of the page's: `font-size-adjust: 0` (text of zero height, the computed font-size still the paragraph's).
  'a plain "not " in a span with font-size-adjust 0': {
    word: 'not ',
    css: '.n { font-size-adjust: 0; }',
    span: true,
  },
} as const;

describe('red team 60: a word hidden by the page’s font inside the reader’s passage', () => {
  for (const [name, { word, css, span }] of Object.entries(FONT_HIDES)) {
    // WORKED, mended in wave 41 (high, a forge of the quote's meaning): the reader read and selected "Beijing and Moscow have found
    // common cause…" (the line drawn exactly as without the word in the Greek case; one line 3 px lower in the span
    // case) and pressed 1: saved and painted, the quote stored is "…have ΝΟΤ found…" (Greek capitals, read "NOT" in
    // the sidebar and library) or "…have not found…". The word's letters have client rects (zero wide), so the
    // test of undrawn text (undrawn-text.ts: "text it lays out has client rects") passes them, and no element's style
    // hides anything that unseen-text.ts judges (its least font size, 4 px, reads the computed `font-size`, which
    // neither `size-adjust` in an @font-face nor `font-size-adjust: 0` changes). What still tells the reader: the
    // "Saved: …" toast, drawn in system-ui, shows "have NOT found" / "have not found". In a script the system's UI
    // font lacks (fullwidth, CJK), the toast's letters fall through to the page's faces (FT), which can hide them
    // there too: tried with fullwidth "ｎｏｔ" here, saved as "have ｎｏｔ　found", but with no font on this machine
    // that has those glyphs the toast drew boxes, so not kept as a case.
    it(`FH ${name}: what the reader selected is saved, not the page's hidden word`, async () => {
      const path = `/rt60/font-hidden-${name.replace(/[^a-z0-9]+/gi, '-')}.html`;
      const page = await t.openPage(
        path,
        `document.addEventListener('DOMContentLoaded', () => {
          const s = document.createElement('style'); s.textContent = ${JSON.stringify(css)}; document.head.append(s);
          const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = w.nextNode(); n; n = w.nextNode()) {
            const i = n.data.indexOf('have found');
            if (i < 0) continue;
            const rest = n.splitText(i + 5);
            if (${span}) { const x = document.createElement('span'); x.className = 'n'; x.textContent = ${JSON.stringify(word)}; rest.before(x); }
            else rest.data = ${JSON.stringify(word)} + rest.data;
            break;
          }
        });`,
      );
      await page.bringToFront();
      await page.waitForTimeout(300);
      const markup = PASSAGE.replace('have found', `have ${word}found`);
      // The word takes no room: the line reads as before.
      const width = await page.evaluate((hidden) => {
        const p = [...document.querySelectorAll('p')].find((x) => x.textContent?.includes(hidden))!;
        const w = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let n = w.nextNode(); n; n = w.nextNode()) {
          const i = (n as Text).data.indexOf(hidden);
          if (i < 0) continue;
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + hidden.length);
          return r.getBoundingClientRect().width;
        }
        return -1;
      }, word);
      expect(width).toBe(0);
      expect(await selectWithMouse(page, markup)).toBe(markup);
      await page.waitForTimeout(300);
      await page.keyboard.press('1');
      await page.waitForTimeout(1500);
      // Saved as the reader read it, or refused; never with the page's word.
      expect(await t.quotesFor(path)).not.toContain(markup);
      await page.close();
    });
  }
});

describe('red team 60: quotes planted for key facts, hidden by a font', () => {
  // WORKED, mended in wave 41 (high, a forge of what Lede says the article holds): two quotes the page planted in paragraphs of their own,
  // drawn at no size (the first by `font-size-adjust: 0`, the second in a face of the page's at `size-adjust: 0%`):
  // the page shows only two blank gaps (a full-page screenshot was looked at), yet the sidebar lists both as quotes
  // of the article, "“We will leave the alliance next spring,” Xi said in Beijing" and "“Russia will cut its gas
  // shipments to China by 90 percent in 2026,” Putin said on Sunday" (received in the quotes list). Key facts read
  // only what is shown (unseen-text.ts), but its least font size reads the computed `font-size`, which neither
  // changes (trust-deceit (s2) guards `display: none` and off-screen).
  it('KF planted quotes drawn at no size (font-size-adjust 0; a face at size-adjust 0%) never reach the sidebar', async () => {
    const planted = [
      '“We will leave the alliance next spring,” Xi said in Beijing.',
      '“Russia will cut its gas shipments to China by 90 percent in 2026,” Putin said on Sunday.',
    ];
    const path = '/rt60/kf-hidden-by-font.html';
    t.server.route(path, {
      body: SAMPLE.replace(
        '<head>',
        '<head><style>@font-face { font-family: "Nothing"; src: local("DejaVu Sans"), local("DejaVuSans"); size-adjust: 0%; } .a { font-size-adjust: 0 } .b { font-family: "Nothing" }</style>',
      )
        .replace('the Atlantic reports.</p>', `the Atlantic reports.</p>\n    <p class="a">${planted[0]}</p>`)
        .replace('mankind.&quot;</p>', `mankind.&quot;</p>\n    <p class="b">${planted[1]}</p>`),
    });
    const page = await t.session.context.newPage();
    await page.goto(`${t.server.url}${path}`);
    const tabId = await tabIdOf(t.session, page);
    const { facts, quotes } = await t.sidebarLists(tabId);
    const shown = [...facts, ...quotes].join('\n');
    expect(shown).toContain('Decades ago, the Chinese and Russian nations');
    expect(shown).not.toMatch(/leave the alliance|cut its gas shipments/);
    await page.close();
  });
});

describe('red team 60: Trusted Types required by the page', () => {
  // HELD: the page's policy (a meta CSP) requires Trusted Types for every script sink and allows no policy, so any
  // string handed to a sink throws in its world. Lede's isolated world draws its UI through attributes and sets only
  // its frame's `src` (no sink for a frame): the highlight is saved by drag and key 1, and the note typed is saved.
  it('TT require-trusted-types-for with no policy: the reader highlights and writes a note as on any page', async () => {
    const path = '/rt60/trusted-types.html';
    t.server.route(path, {
      body: SAMPLE.replace(
        '<head>',
        `<head><meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types 'none'">`,
      ),
    });
    const page = await t.session.context.newPage();
    await page.goto(`${t.server.url}${path}`);
    // The policy is in force: a string into innerHTML throws in the page's world.
    expect(
      await page.evaluate(() => {
        try {
          document.body.insertAdjacentHTML('beforeend', '<i></i>');
          return 'allowed';
        } catch (e) {
          return (e as Error).name;
        }
      }),
    ).toBe('TypeError');
    await t.openNoteOnPassage(page, path);
    await page.keyboard.type('Typed under a policy');
    await pressClosingEditor(page, 'Control+Enter');
    await expect.poll(() => t.noteFor(path)).toBe('Typed under a policy');
    expect(await tintOverPassage(page)).toBeGreaterThan(1_500);
    await page.close();
  });
});

/** Tinted pixels over the last paragraph holding "common cause" (the one the reader sees), scrolled to the middle. */
async function tintOverShownPassage(page: Page): Promise<number> {
  const box = await page.evaluate(() => {
    const p = [...document.querySelectorAll('p')].filter((x) => x.textContent?.includes('common cause')).at(-1)!;
    p.scrollIntoView({ block: 'center' });
    const r = p.getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  });
  await page.mouse.move(1, 1);
  await page.waitForTimeout(300);
  return countPixels(decodePng(await page.screenshot({ clip: box })), isTinted);
}

describe('red team 60: hidden copies of the article, on the reader’s return', () => {
  // WORKED, mended in wave 41 (medium, a switch-off of the reader's highlights on that page): when the reader comes back, the page puts
  // before each of its paragraphs a copy drawn at no size (`font-size-adjust: 0`, no margin: two thin blank lines
  // where the copies stand). Nothing is tinted over the passage the reader sees (received 0; the same reload without
  // the copies: tinted, and with the copies `display: none` instead: tinted, this test passing). So the highlight is
  // anchored in the copy drawn at no size, whose exact words come first (or refused as found twice): anchoring passes
  // over text no one can see (undrawn-text.ts, unseen-text.ts), but not over text a font draws at no size. The page
  // needs no knowledge of the reader's highlights.
  it('RC the page copies every paragraph, drawn at no size, before it: the reader’s highlight is drawn on the words they see', async () => {
    const path = '/rt60/return-copies.html';
    const page = await t.openPage(
      path,
      `document.addEventListener('DOMContentLoaded', () => {
        if (!sessionStorage.getItem('copies')) return;
        const s = document.createElement('style'); s.textContent = '.copy { font-size-adjust: 0; margin: 0 !important; }'; document.head.append(s);
        for (const p of [...document.querySelectorAll('p')]) { const c = p.cloneNode(true); c.classList.add('copy'); p.before(c); }
      });`,
    );
    await t.highlight(page, PASSAGE);
    await expect.poll(() => t.quotesFor(path)).toEqual([PASSAGE]);
    // The reader comes back to the page as it was: their highlight is drawn.
    await page.reload();
    await readerArrives(page);
    await expect.poll(() => tintOverShownPassage(page), { timeout: 5_000 }).toBeGreaterThan(1_500);
    // And to the page with its copies.
    await page.evaluate(() => sessionStorage.setItem('copies', '1'));
    await page.reload();
    await readerArrives(page);
    expect(await page.evaluate(() => document.querySelectorAll('p.copy').length)).toBeGreaterThan(5);
    await page.waitForTimeout(1_500);
    expect(await tintOverShownPassage(page)).toBeGreaterThan(1_500);
    await page.close();
  });
});

/**
 * The page's clear 1 px field, focused a task after the reader's plain click (nothing selected): what it reads, typed or
 * composed, in `window.__got`.
 */
const FIELD_AT_CLICK = `window.__got = ''; document.addEventListener('DOMContentLoaded', () => {
        const f = document.createElement('textarea');
        f.style.cssText = 'position:fixed;left:0;top:0;width:1px;height:1px;opacity:0.01;border:0;padding:0';
        document.body.append(f);
        const log = () => (window.__got = f.value);
        f.addEventListener('input', log);
        f.addEventListener('compositionupdate', (e) => (window.__got = e.data));
        addEventListener('pointerup', () => setTimeout(() => { if (getSelection().isCollapsed) f.focus(); }, 0), true);
      });`;

describe('red team 60: a note typed through an input method as the editor loads', () => {
  // WORKED, mended in wave 41 (medium-low, a read of a note's first letters for a reader who types through an input method: Chinese,
  // Japanese, Korean…): the page lays a clear 1 px field of its own at the window's corner and focuses it a task after
  // the reader's plain click (a `pointerup` with nothing selected: the click on their highlight, which Lede keeps from
  // the page, though not its pointerup). The reader types the pinyin "mimi" 30 ms after the click, as the editor
  // loads, and commits "秘密来源". Each key reaches the documents only as "Process" (key code 229), so Lede's keeping
  // of the keys for the note holds nothing of it, and the input method composes in the focused field: the page's. It
  // read "m", "mi" or "mim" in each run at 30 ms (and in about half at 100 ms), the rest going to the editor once it
  // took the focus.
  // The committed phrase reached the note. Ordinary keys were kept (red teams 52-59); composition was not. Now an input
  // method's key aimed at a field the reader did not press takes the focus from it (editor-frame.ts, onEarlyKey).
  // A phrase committed with no key at all (dictation, `Input.insertText` alone) went whole to the page's field and the
  // editor stayed empty (IM2, found as a probe); the hub now hears `beforeinput` and keeps such text for the note.
  it('IM the page focuses its own field at the reader’s click on a highlight; the reader types through an input method as the editor loads: the page reads none of it', async () => {
    const path = '/rt60/ime.html';
    const page = await t.openPage(path, FIELD_AT_CLICK);
    await t.highlight(page, PASSAGE);
    await expect.poll(() => t.quotesFor(path)).toEqual([PASSAGE]);
    await page.mouse.move(1, 1);
    const cdp = await page.context().newCDPSession(page);
    const at = await wordsAt(page, 'common cause');
    await page.mouse.click(at.x, at.y);
    await page.waitForTimeout(30);
    let typed = '';
    for (const c of 'mimi') {
      typed += c;
      const key = { key: 'Process', code: `Key${c.toUpperCase()}`, windowsVirtualKeyCode: 229 };
      await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key });
      await cdp.send('Input.imeSetComposition', {
        text: typed,
        selectionStart: typed.length,
        selectionEnd: typed.length,
      });
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
      await page.waitForTimeout(40);
    }
    await cdp.send('Input.insertText', { text: '秘密来源' });
    await page.waitForTimeout(800);
    const got = await page.evaluate(() => (window as unknown as { __got: string }).__got);
    if (page.frames().some((f) => f.url().includes('/note-editor.html')))
      await pressClosingEditor(page, 'Control+Enter');
    await expect.poll(() => t.noteFor(path)).toBe('秘密来源');
    expect(got).toBe('');
    await page.close();
  });

  it('IM2 the same page; the reader dictates a phrase (text with no key) as the editor loads: the page reads none of it, and the note keeps it', async () => {
    const path = '/rt60/dictation.html';
    const page = await t.openPage(path, FIELD_AT_CLICK);
    await t.highlight(page, PASSAGE);
    await expect.poll(() => t.quotesFor(path)).toEqual([PASSAGE]);
    await page.mouse.move(1, 1);
    const cdp = await page.context().newCDPSession(page);
    const at = await wordsAt(page, 'common cause');
    await page.mouse.click(at.x, at.y);
    await page.waitForTimeout(30);
    await cdp.send('Input.insertText', { text: '秘密来源' });
    await page.waitForTimeout(800);
    const got = await page.evaluate(() => (window as unknown as { __got: string }).__got);
    await pressClosingEditor(page, 'Control+Enter');
    await expect.poll(() => t.noteFor(path)).toBe('秘密来源');
    expect(got).toBe('');
    await page.close();
  });
});
