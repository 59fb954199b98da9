// Words whose fill cannot be seen but which a stroke or a shadow draws, in real Chromium (red team 54): the page's
// text as Lede reads it keeps them, and leaves out those the stroke or shadow does not show.
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../../fixtures/anchoring/chromium';
import { pageTexts, useEnginePages } from '../../fixtures/anchoring/engine-pages';

const cases: [string, string, boolean][] = [
  ['a clear fill, stroked', 'color: transparent; -webkit-text-stroke: 1px #000', true],
  ['white on white, a shadow beside it', 'color: #fff; text-shadow: 1px 1px 0 #000', true],
  ['a clear fill, a shadow right under it', 'color: transparent; text-shadow: 0 0 0 #000', true],
  ['white on white, a shadow hidden under the fill', 'color: #fff; text-shadow: 0 0 0 #000', false],
  ['a clear fill, a clear stroke', 'color: transparent; -webkit-text-stroke: 1px transparent', false],
  ['white on white, a white shadow', 'color: #fff; text-shadow: 2px 2px 0 #fff', false],
  ['a clear fill, a shadow thrown far away', 'color: transparent; text-shadow: 5000px 0 0 #000', false],
  ['a clear fill, a shadow blurred to a blot', 'color: transparent; text-shadow: 0 0 12px #000', false],
  ['a clear fill, a stroke wider than the letters', 'color: transparent; -webkit-text-stroke: 8px #000', false],
];
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body style="background:#fff">
${cases.map(([, css], i) => `<p>Line ${i} have<span style="${css}"> not</span> found.</p>`).join('\n')}
</body></html>`;

describe.skipIf(!hasChromium())('words drawn by a stroke or a shadow', () => {
  const env = useEnginePages();

  it('are in the text where the stroke or shadow shows them, and only there', async () => {
    const { text } = await pageTexts(env, 'drawn-otherwise', PAGE);
    const lines = text.trim().split('\n');
    cases.forEach(([name, , kept], i) => {
      expect(lines[i], name).toBe(kept ? `Line ${i} have not found.` : `Line ${i} have found.`);
    });
  });
});
