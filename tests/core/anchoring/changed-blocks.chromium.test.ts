// The snapshot's blocks changed since the reader's last input (changed-blocks.ts, red team 44 item 3), in real
// Chromium: the page's changes are recorded as the bootstrap records them, then the snapshot is taken. Which blocks
// come marked as closed decides what key facts leave out until the reader is back.
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../../fixtures/anchoring/chromium';
import { useEnginePages } from '../../fixtures/anchoring/engine-pages';

const PARAS = [
  'Beijing and Moscow have found common cause on the United Nations Security Council, where both hold a veto.',
  'The two countries announced 32 separate bilateral agreements, including a non-aggression pledge in cyber warfare.',
  'Russian and Chinese naval vessels will conduct live drills in the eastern Mediterranean Sea next week.',
  'The deals complement a $400 billion deal made last May to ship natural gas to China until 2048.',
];
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>The story</title>
<style>.h{display:none}</style></head><body><article id="story">
${PARAS.map((p, i) => `<p id="p${i}">${p.replace('common cause', '<b>common cause</b>')}</p>`).join('\n')}
<div id="box"><p id="hidden" class="h">“We will leave the alliance next spring,” Xi said in Beijing.</p></div>
</article></body></html>`;

describe.skipIf(!hasChromium())('blocks the page changed since the reader’s last input are closed parts', () => {
  const env = useEnginePages();

  /** The closed parts' words of the snapshot taken after the page ran `change` (a script, as its own code would). */
  async function closedAfter(name: string, change: string, overflow = false, page = PAGE): Promise<string[]> {
    env.server.put(`/${name}`, page);
    const tab = await env.browser.newPage({ viewport: { width: 800, height: 600 } });
    await tab.goto(env.server.url(`/${name}`));
    await tab.evaluate(env.engine);
    const closed = await tab.evaluate(
      async ([code, over]) => {
        const added = new Set<Node>();
        const rewritten = new Set<Node>();
        const observer = new MutationObserver(() => undefined);
        observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
        // The reader's last look: the elements not drawn then (as away-changes.ts takes it), and which are drawn now.
        const drawn = (el: Element) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
        const hidden = [...document.body.querySelectorAll('*')].filter((el) => !drawn(el));
        new Function(code)();
        const shown = new Set(hidden.filter(drawn));
        for (const r of observer.takeRecords()) {
          if (r.type === 'childList') {
            for (const n of r.addedNodes) added.add(n);
            if (r.removedNodes.length) rewritten.add(r.target);
          } else rewritten.add(r.target);
        }
        const { anchoring } = (globalThis as unknown as { lede: { anchoring: any } }).lede;
        const html = anchoring.shownMarkup(document, 'm1', { added, rewritten, overflow: over, shown });
        return anchoring.closedTexts(new DOMParser().parseFromString(html, 'text/html'), 'm1') as string[];
      },
      [change, overflow] as const,
    );
    await tab.close();
    return closed;
  }

  it('closes a paragraph the page added, and a paragraph one of whose words it rewrote', async () => {
    const added = await closedAfter(
      'added',
      `const p = document.createElement('p'); p.textContent = '“Our navies will withdraw,” Putin told reporters.';
       document.getElementById('p0').after(p);`,
    );
    expect(added).toEqual(['“Our navies will withdraw,” Putin told reporters.']);
    const rewritten = await closedAfter('rewritten', `document.querySelector('b').firstChild.data = 'no cause';`);
    expect(rewritten).toHaveLength(1);
    expect(rewritten[0]).toContain('found no cause on the United Nations');
  });

  it('closes a hidden paragraph the page showed, but not the article when the page toggles a class on it or the body', async () => {
    const shown = await closedAfter('shown', `document.getElementById('hidden').classList.remove('h');`);
    expect(shown).toEqual(['“We will leave the alliance next spring,” Xi said in Beijing.']);
    const toggled = await closedAfter(
      'toggled',
      `document.body.classList.add('away'); document.getElementById('story').classList.add('idle');
       document.getElementById('p1').remove();`,
    );
    expect(toggled).toEqual([]);
  });

  it('closes a wrapper the page showed by its stylesheet alone, whole however many paragraphs it holds (red team 46)', async () => {
    // No node changes: a rule of the page's stylesheet is edited, as a page can on the reader's leaving, or a
    // `html:not(:hover)` rule starts to match.
    const wrapped = PAGE.replace(
      '</article>',
      `<div id="plant" class="h">${PARAS.map((p) => `<p>${p.replace('Beijing', 'Pyongyang')}</p>`).join('')}<p>“Our navies will withdraw,” Putin said.</p></div></article>`,
    );
    const closed = await closedAfter(
      'css-shown',
      `document.styleSheets[0].cssRules[0].style.display = 'block';`,
      false,
      wrapped,
    );
    expect(closed).toHaveLength(2);
    expect(closed.join(' ')).toContain('“Our navies will withdraw,” Putin said.');
    expect(closed.join(' ')).toContain('Pyongyang');
    expect(closed.join(' ')).toContain('leave the alliance');
  });

  it('closes every part of the page where more changed than was recorded', async () => {
    const all = await closedAfter('overflow', '', true);
    expect(all.join(' ')).toContain(PARAS[0]);
  });
});
