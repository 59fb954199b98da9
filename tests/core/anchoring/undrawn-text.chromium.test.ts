// Words a page's markup holds inside a drawn element that the browser never draws (core/anchoring/dom/undrawn-text.ts),
// in real Chromium: a shadow host's text with no slot, a <progress>'s or <meter>'s fallback, an element
// `content: url()` replaces, the body of a closed inline <details> (red team 28). Neither the highlight's text nor
// the markup key facts read may hold them; slotted text, an open <details>, ruby and a `display: contents` wrapper
// are drawn and stay.
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../../fixtures/anchoring/chromium';
import { pageTexts, useEnginePages } from '../../fixtures/anchoring/engine-pages';

const SVG = `data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='20' height='10'%3E%3C/svg%3E`;

/** A page whose passage holds `inside` between "have found" and "common cause", with `script` run once parsed. */
const page = (inside: string, script = '') => `<!doctype html><html><head><meta charset="utf-8"><title>u</title>
<script>addEventListener('DOMContentLoaded', () => { ${script} });</script></head><body style="font: 16px serif">
<p>Beijing and Moscow have found${inside} common cause on the Security Council.</p>
<p>Next paragraph.</p></body></html>`;

const SEEN = 'Beijing and Moscow have found common cause on the Security Council.';
const EVIL = '=HYPERLINK("http://evil.example")';

const UNDRAWN: Record<string, { inside: string; script?: string }> = {
  'a closed shadow root with no slot': {
    inside: ` <span id="h">${EVIL}</span>`,
    script: `document.getElementById('h').attachShadow({ mode: 'closed' }).textContent = '';`,
  },
  'an open shadow root whose slot is named for something else': {
    inside: ` <span id="h">${EVIL} <b>${EVIL}</b></span>`,
    script: `document.getElementById('h').attachShadow({ mode: 'open' }).innerHTML = '<slot name="x"></slot>';`,
  },
  'the fallback of a <progress>': { inside: `<progress style="width:0;height:0;border:0"> ${EVIL}</progress>` },
  'the fallback of a <meter>': { inside: `<meter style="width:0;height:0" value="0.5"> ${EVIL}</meter>` },
  'an element content: url() replaces': {
    inside: `<span style="content:url(&quot;${SVG}&quot;)"> ${EVIL} <i>${EVIL}</i></span>`,
  },
  'the body of a closed inline <details>': {
    inside: '<span id="d"></span>',
    script: `const d = document.createElement('details'); d.style.display = 'inline';
      const s = document.createElement('summary'); s.style.cssText = 'display:inline;list-style:none';
      const em = document.createElement('em'); em.textContent = ${JSON.stringify(EVIL)};
      d.append(s, ${JSON.stringify(` ${EVIL} `)}, em); document.getElementById('d').replaceWith(d);`,
  },
};

describe.skipIf(!hasChromium())('words the browser never draws stay out of the page text and the facts markup', () => {
  const env = useEnginePages();

  for (const [name, { inside, script }] of Object.entries(UNDRAWN))
    it(`leaves out ${name}`, async () => {
      const { text, markup, plain } = await pageTexts(env, `u-${name.replace(/\W+/g, '-')}`, page(inside, script));
      // The markup holds the words (the page planted them) …
      expect(plain).toContain('evil.example');
      // … the reader's text and the facts' markup do not.
      expect(text.replace(/\s+/g, ' ').trim()).toBe(`${SEEN} Next paragraph.`);
      expect(markup).not.toContain('evil.example');
    });

  it('keeps slotted text, an open <details>, ruby and a display: contents wrapper, which are drawn', async () => {
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>k</title>
<script>addEventListener('DOMContentLoaded', () => {
  document.getElementById('h').attachShadow({ mode: 'closed' }).innerHTML = '<b>[<slot></slot>]</b>';
});</script></head><body style="font: 16px serif">
<p>One <x-card id="h">slotted words <i>and more</i></x-card> two.</p>
<details open><summary>Summary</summary>Open body words.</details>
<p>Three <span style="display:contents">wrapped words</span> four <ruby>漢<rt>kan</rt></ruby>.</p>
<details><summary>Closed block</summary><p>Panel words.</p></details>
</body></html>`;
    const { text, markup } = await pageTexts(env, 'u-kept', html);
    expect(text.replace(/\s+/g, ' ').trim()).toBe(
      // A closed block <details> stays in the highlight's text: a panel the reader opens, whose highlights still
      // anchor while it is closed (unseen-text.ts); key facts read it only once opened.
      'One slotted words and more two. Summary Open body words. Three wrapped words four 漢kan. Closed block Panel words.',
    );
    expect(markup).toContain('slotted words and more');
    expect(markup).toContain('Open body words.');
    expect(markup).toContain('wrapped words');
    expect(markup).not.toContain('Panel words.');
  });
});
