// What the background's page watch (tabs.onUpdated, webNavigation) costs the extension's service worker per page
// load: V8's sampling profiler on the worker target, reached through CDP's Target domain from a page session (the
// worker has no Performance domain, and Playwright gives no CDP session on a worker).
import type { BrowserContext, CDPSession } from 'playwright-core';

/** The worker's sampled time: in JavaScript, and native/GC time ("(program)", "(garbage collector)"). */
export interface WorkerBusy {
  jsMs: number;
  nativeMs: number;
}

interface Profile {
  nodes: { id: number; callFrame: { functionName: string; url: string } }[];
  samples: number[];
  timeDeltas: number[];
}

/** A CDP connection to the first service worker whose URL contains `urlPart`, over `page`'s session. */
async function attachToWorker(cdp: CDPSession, urlPart: string) {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(urlPart));
  if (!worker) throw new Error(`no service worker whose URL contains "${urlPart}"`);
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
  let next = 1;
  const waiting = new Map<number, (reply: { result?: unknown; error?: { message: string } }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const reply = JSON.parse(e.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply);
  });
  return <T>(method: string, params: object = {}) =>
    new Promise<T>((ok, fail) => {
      const id = next++;
      waiting.set(id, (reply) => (reply.error ? fail(new Error(reply.error.message)) : ok(reply.result as T)));
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    });
}

/** Sums a CPU profile's samples into JavaScript and native time, leaving out "(idle)". */
export function busyTime(profile: Profile): WorkerBusy {
  const name = new Map(profile.nodes.map((n) => [n.id, n.callFrame.functionName]));
  let jsMs = 0;
  let nativeMs = 0;
  for (const [k, id] of profile.samples.entries()) {
    const ms = (profile.timeDeltas[k + 1] ?? 0) / 1000;
    const fn = name.get(id);
    if (fn === '(idle)') continue;
    if (fn === '(program)' || fn === '(garbage collector)') nativeMs += ms;
    else jsMs += ms;
  }
  return { jsMs, nativeMs };
}

/**
 * Loads each of `urls` `loads` times in one tab of `context` (load + 600 ms) while the profiler samples the
 * extension's service worker, and returns its mean busy time per load for each URL, after one idle interval as a
 * floor (a worker with nothing to do samples nothing).
 */
export async function profileWorkerPerLoad(
  context: BrowserContext,
  urls: readonly string[],
  loads = 5,
): Promise<{ idle: WorkerBusy; perLoad: WorkerBusy[] }> {
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  try {
    const send = await attachToWorker(cdp, 'background');
    await send('Profiler.enable');
    await send('Profiler.setSamplingInterval', { interval: 50 });
    const sample = async (during: () => Promise<void>) => {
      await send('Profiler.start');
      await during();
      return busyTime((await send<{ profile: Profile }>('Profiler.stop')).profile);
    };
    const idle = await sample(() => tab.waitForTimeout(600 * loads));
    const perLoad: WorkerBusy[] = [];
    for (const url of urls) {
      const busy = await sample(async () => {
        for (let i = 0; i < loads; i++) {
          await tab.goto(`${url}?load=${i}`, { waitUntil: 'load' });
          await tab.waitForTimeout(600);
        }
      });
      perLoad.push({ jsMs: busy.jsMs / loads, nativeMs: busy.nativeMs / loads });
    }
    return { idle: { jsMs: idle.jsMs / loads, nativeMs: idle.nativeMs / loads }, perLoad };
  } finally {
    await tab.close();
  }
}
