// The newer CSS ways to hide words (wave 18, page side), in real Chromium on the seed article: a colour or text fill
// faint but not clear, `filter: opacity(0)`, a `clip-path` to nothing, the `scale` and `translate` properties, a mask
// of clear gradients, `zoom`, and a box past the page's right or bottom edge where it cannot scroll. Each is planted
// inside a real sentence and as a whole paragraph, and left out of the page's text and the markup key facts read; the
// same properties used as pages use them (a readable grey, a grey filter, a clip that shows most of a box, a nudge, a
// zoom of 0.9, a fading mask, a fixed or sticky footer, a cell past the edge in its own scroller) keep every word of the article.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../../fixtures/anchoring/chromium';
import { pageTexts, useEnginePages } from '../../fixtures/anchoring/engine-pages';

const SEED = readFileSync('tests/fixtures/seed/article.html', 'utf8');
const SENTENCE = 'Beijing and Moscow have found common cause on the United Nations Security Council';

/** Each trick the red team found working, with the phrase it planted. */
const TRICKS: [string, string][] = [
  ['(sponsored by evil.example)', 'color:rgba(0,0,0,0.03)'],
  ['=HYPERLINK("http://evil.example")', '-webkit-text-fill-color:rgba(0,0,0,0.02)'],
  ['call evil.example now', 'display:inline-block;filter:opacity(0)'],
  ['formerly', 'display:inline-block;clip-path:circle(0)'],
  ['supposedly', 'display:inline-block;clip-path:polygon(0 0, 0 0, 0 0)'],
  ['allegedly', 'display:inline-block;width:0;scale:0'],
  ['secretly', 'display:inline-block;width:0;white-space:nowrap;translate:-99999px 0'],
  ['falsely', 'display:inline-block;mask-image:linear-gradient(transparent,transparent)'],
  ['wrongly', 'display:inline-block;-webkit-mask-image:linear-gradient(rgba(0,0,0,0),transparent)'],
  ['reportedly', 'zoom:0.02'],
  ['($900 billion)', 'position:absolute;left:99999px'],
  ['(says evil.example)', 'position:absolute;top:99999px'],
];

/** The sentence's own words, each set with the same properties as pages use them to show words. */
const SHOWN: [string, string][] = [
  ['Beijing', 'color:rgba(0,0,0,0.6)'],
  ['Moscow', 'filter:grayscale(1)'],
  ['common', 'display:inline-block;clip-path:inset(10% 0)'],
  ['cause', 'display:inline-block;translate:10px 0'],
  ['United', 'zoom:0.9'],
  ['Nations', 'display:inline-block;mask-image:linear-gradient(black, transparent)'],
  ['Security', 'display:inline-block;rotate:2deg'],
];

/** The seed article with its sentence's words styled as SHOWN, two footers, and (with `planted`) every trick. */
function article(rootStyle: string, planted: boolean): string {
  const words = SENTENCE.split(' ')
    .map((word, i) => {
      const style = SHOWN.find(([w]) => w === word)?.[1];
      const shown = style ? `<span style="${style}">${word}</span>` : word;
      // Each phrase goes before a word, so that the sentence without it reads as it did.
      const plants = TRICKS.filter((_, k) => planted && k % 11 === i);
      return plants.map(([phrase, style]) => `<span style="${style}">${phrase} </span>`).join('') + shown;
    })
    .join(' ');
  const paragraphs = planted
    ? TRICKS.map(
        ([, style], i) => `<p style="${style}">“We will abandon our allies,” Putin said, the ${i + 1}th time.</p>`,
      )
    : [];
  return SEED.replace('<head>', `<head><style>html { ${rootStyle} }</style>`)
    .replace(SENTENCE, words)
    .replace('the Atlantic reports.</p>', `the Atlantic reports.</p>${paragraphs.join('')}`)
    .replace(
      '</body>',
      '<div style="overflow-x:auto"><p style="width:3000px"><span style="position:relative;left:2500px">A wide table’s last cell.</span></p></div>' +
        '<footer style="position:sticky;bottom:0;background:#fff">A sticky footer.</footer>' +
        '<div style="position:fixed;bottom:0;right:0">A fixed corner note.</div></body>',
    );
}

describe.skipIf(!hasChromium())('the page text leaves out words hidden with the newer CSS properties', () => {
  const env = useEnginePages();
  const textsOf = (name: string, html: string) => pageTexts(env, name, html);

  it('leaves out every trick, in the sentence and as a paragraph, where the page cannot scroll', async () => {
    const seen = await textsOf('seen', article('', false));
    const shut = await textsOf('shut', article('overflow: hidden', true));
    // The planted words are on the page, as the markup has them.
    for (const [phrase] of TRICKS) expect(shut.plain).toContain(phrase);
    const lines = seen.text.trim().split(/\n+/);
    expect(lines.some((line) => line.includes(`${SENTENCE}, where`))).toBe(true);
    expect(lines).toContain('A sticky footer.');
    expect(lines).toContain('A wide table’s last cell.');
    expect(lines).toContain('A fixed corner note.');
    // Every word of the article stays, and nothing planted is read: the text is the one without the plants.
    expect(shut.text).toBe(seen.text);
    expect(TRICKS.filter(([phrase]) => shut.markup.includes(phrase))).toEqual([]);
    expect(shut.markup).not.toContain('abandon our allies');
  });

  it('leaves them out on a page that hides only its horizontal overflow, the red team’s page', async () => {
    const seen = await textsOf('seen-x', article('overflow: hidden auto', false));
    const open = await textsOf('open-x', article('overflow: hidden auto', true));
    // Past the bottom, where the page scrolls, a reader can scroll to the last phrase: it is read, as before.
    const bottom = '(says evil.example)';
    expect(TRICKS.filter(([phrase]) => phrase !== bottom && open.text.includes(phrase))).toEqual([]);
    expect(
      open.text
        .replace(`${bottom} `, '')
        .split('\n')
        .filter((l) => !l.includes('abandon')),
    ).toEqual(seen.text.split('\n'));
  });
});
