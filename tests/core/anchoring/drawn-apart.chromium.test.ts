// Words a stylesheet draws into a passage, or shows reordered, in real Chromium: a save across them would store a
// quote that does not say what the reader read (core/anchoring/dom/drawn-apart.ts). Ordinary drawing (curly quotes
// and footnote numbers from `::before`, an "Advertisement" label on an empty slot between paragraphs, a right-to-left
// sentence shown by the usual bidi rules, override characters written in the text) is left alone.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../../fixtures/anchoring/chromium';
import { useEnginePages } from '../../fixtures/anchoring/engine-pages';

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>d</title><style>
.gen::before { content: "not " }
.word::after { content: attr(data-w) }
.rev { unicode-bidi: bidi-override; direction: rtl }
q::before { content: "“" } q::after { content: "”" }
.fn::after { content: counter(fn) " " }
.ad::before { content: "Advertisement"; color: #999 }
</style></head><body style="font: 16px serif">
<p id="a">Beijing and Moscow have <span class="gen"></span>found common cause on the Security Council.</p>
<p id="b">The deals complement a $<span class="rev">004</span> billion deal made last May.</p>
<p id="c">Gas will flow<span class="word" data-w=" never"></span> between 2018 and 2048 to China.</p>
<p id="d">He called it <q>a strategic interest</q> of both countries<sup class="fn"></sup> in the region.</p>
<div class="ad"></div>
<p id="e">Despite many differences, the two are united by one aim.</p>
<p id="f" dir="rtl">قال الرئيس إن العلاقات قوية 2015</p>
<p id="g">A written override: \u202e004\u202c billion.</p>
</body></html>`;

describe.skipIf(!hasChromium())('words drawn apart from the text', () => {
  const env = useEnginePages();
  let page: Page;

  beforeAll(async () => {
    env.server.put('/drawn', PAGE);
    page = await env.browser.newPage({ viewport: { width: 800, height: 600 } });
    await page.goto(env.server.url('/drawn'));
    await page.evaluate(env.engine);
  });

  /** drawnApart over the text from `from`'s first occurrence to the end of `to`'s, in the paragraphs given. */
  const across = (fromId: string, from: string, toId: string, to: string) =>
    page.evaluate(
      ([fromId, from, toId, to]) => {
        const at = (id: string, words: string, end: boolean) => {
          const walker = document.createTreeWalker(document.getElementById(id)!, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const i = (n as Text).data.indexOf(words);
            if (i >= 0) return [n, end ? i + words.length : i] as const;
          }
          throw new Error(`${words} not in #${id}`);
        };
        const range = document.createRange();
        range.setStart(...at(fromId, from, false));
        range.setEnd(...at(toId, to, true));
        return (globalThis as any).lede.anchoring.drawnApart(range, window);
      },
      [fromId, from, toId, to],
    );

  it('finds words a ::before or an attr() draws into a sentence, and text shown reordered', async () => {
    expect(await across('a', 'Moscow have', 'a', 'found common')).toBe('generated words');
    expect(await across('c', 'Gas will', 'c', 'between')).toBe('generated words');
    expect(await across('b', 'complement', 'b', 'billion')).toBe('reordered text');
  });

  it('leaves alone the text on either side, quotation marks, footnote numbers, an ad label between paragraphs and right-to-left text', async () => {
    expect(await across('a', 'Beijing', 'a', 'have ')).toBeNull();
    expect(await across('a', 'found', 'a', 'Council.')).toBeNull();
    expect(await across('d', 'He called', 'd', 'region.')).toBeNull();
    expect(await across('d', 'countries', 'e', 'one aim.')).toBeNull();
    expect(await across('f', 'قال', 'f', '2015')).toBeNull();
    // Override characters written in the text travel with the quote, which shows the same wherever it is shown.
    expect(await across('g', 'A written', 'g', 'billion')).toBeNull();
  });
});
