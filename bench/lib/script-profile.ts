// Where a content script's main-thread time goes: V8's sampling profiler over page loads, self time summed per
// function of one script (with the native calls it makes, e.g. the getter that builds `chrome.runtime`).
import type { BrowserContext } from 'playwright-core';

/** One line of the breakdown: a function (and its nearest callers) and its mean self time per load. */
export interface ProfileLine {
  frames: string;
  msPerLoad: number;
}

/**
 * Loads `url` `loads` times in `context` with the CPU profiler sampling every `intervalUs` µs (load + 700 ms idle,
 * as the script-time bench does) and returns the mean self time per load of every sampled stack whose frames
 * include a script whose URL ends with `scriptFile`, heaviest first. Sampling, so lines under ~0.05 ms are noise.
 */
export async function profileContentScript(
  context: BrowserContext,
  url: string,
  scriptFile: string,
  loads = 8,
  intervalUs = 25,
): Promise<ProfileLine[]> {
  const self = new Map<string, number>();
  for (let i = 0; i < loads; i++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(700);
    const { profile } = await cdp.send('Profiler.stop');
    await page.close();
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const samples = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    for (let k = 0; k < samples.length; k++) {
      // A sample's stack, innermost first, up to three callers: enough to tell which statement made a native call.
      const stack: { functionName: string; url: string; columnNumber: number }[] = [];
      for (let id: number | undefined = samples[k]; id !== undefined && stack.length < 4; id = parent.get(id)) {
        const frame = nodes.get(id)?.callFrame;
        if (!frame || frame.functionName === '(root)') break;
        stack.push(frame);
      }
      if (!stack.some((f) => f.url.endsWith(scriptFile))) continue;
      const frames = stack
        .map(
          (f) => `${f.functionName || '(anonymous)'}${f.url ? `@${f.url.replace(/^.*\//, '')}:${f.columnNumber}` : ''}`,
        )
        .join(' < ');
      self.set(frames, (self.get(frames) ?? 0) + (deltas[k + 1] ?? intervalUs) / 1000);
    }
  }
  return [...self].map(([frames, ms]) => ({ frames, msPerLoad: ms / loads })).sort((a, b) => b.msPerLoad - a.msPerLoad);
}
