// Page scripts for red team 55 (trust-redteam55.e2e.ts, firefox-attacks.e2e.ts): it cancels every timer, animation
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
    // The test's own pause, around a screenshot: Playwright's screenshot waits on an animation frame in the page's
    // window, which the sweep cancels too, and the test then waited out its time (red team 55's T2, in CI).
    window.__sweepPause = () => clearInterval(window.__keep);
    window.__sweepResume = () => { window.__keep = setInterval(sweep, 40); };
  })();`;
}

/**
 * The page's stop: for 600 ms after each mouseup (its listener on the document), `window.stop()` at every task it
 * can get (a MessageChannel loop), which aborts whatever the document is fetching: Lede's `import()` of the rest of
 * its page side included. `window.__stops` counts the calls.
 */
export const STOPPER = `(() => {
  const ch = new MessageChannel();
  let until = 0;
  window.__stops = 0;
  ch.port1.onmessage = () => { window.stop(); window.__stops++; if (performance.now() < until) ch.port2.postMessage(0); };
  document.addEventListener('mouseup', () => { until = performance.now() + 600; ch.port2.postMessage(0); });
})();`;
