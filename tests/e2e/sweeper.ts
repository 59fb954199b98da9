// A page's script for red team 55 (trust-redteam55.e2e.ts, firefox-attacks.e2e.ts): it cancels every timer, animation
// frame and idle callback pending in its window, whoever asked for it. In Chromium a content script's timers share
// their ids with the page's.

/**
 * The page's sweep: every timer, animation frame and idle callback pending in this window is cancelled, whoever asked
 * for it (its own janitor interval, `window.__keep`, excepted). `when` lists the moments it sweeps at: 'mouseup' and
 * 'keydown' (its listeners on the document, after Lede's on the window have heard the event), 'always' (every 40 ms).
 */
export function sweeper(when: ('mouseup' | 'keydown' | 'always')[]): string {
  return `(() => {
    const sweep = () => {
      const top = setTimeout(() => {}, 1e9);
      for (let i = 0; i <= top; i++) if (i !== window.__keep) clearTimeout(i);
      const frame = requestAnimationFrame(() => {});
      for (let i = 0; i <= frame; i++) cancelAnimationFrame(i);
      if (window.requestIdleCallback) {
        const idle = requestIdleCallback(() => {});
        for (let i = 0; i <= idle; i++) cancelIdleCallback(i);
      }
      window.__sweeps = (window.__sweeps || 0) + 1;
    };
    for (const type of ${JSON.stringify(when.filter((w) => w !== 'always'))})
      document.addEventListener(type, sweep);
    ${when.includes('always') ? 'window.__keep = setInterval(sweep, 40);' : ''}
  })();`;
}
