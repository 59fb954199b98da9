// sendToTab and a tab whose top-frame bootstrap sleeps (issue #13): no frame listens until the bootstrap is woken
// through scripting.executeScript, whose function is run here in a stand-in for Lede's isolated world of the page.
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sendToTab } from '../../lib/send-to-tab';
import { WAKE_KEY } from '../../lib/page-wake-key';

type Injection = {
  target: { tabId: number; frameIds?: number[] };
  func: (...args: unknown[]) => unknown;
  args: unknown[];
};

/** A tab whose bootstrap sleeps: it answers messages only once woken with `listen`. */
function sleepingTab(opts: { bootstrap: boolean }) {
  const tab = { listening: false, wakes: [] as unknown[], sent: 0 };
  const world = {} as Record<symbol, unknown>;
  if (opts.bootstrap)
    world[Symbol.for(WAKE_KEY)] = (reason: string) => {
      tab.wakes.push(reason);
      tab.listening = reason === 'listen';
      return Promise.resolve(true);
    };
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async () => {
    tab.sent++;
    if (!tab.listening) throw new Error('Could not establish connection. Receiving end does not exist.');
    return { ok: true, report: null };
  }) as never);
  const executeScript = vi.fn(async (injection: Injection) => {
    // The injected function runs with the isolated world's window as its global.
    vi.stubGlobal('window', world);
    try {
      return [{ frameId: 0, result: await injection.func(...injection.args) }];
    } finally {
      vi.unstubAllGlobals();
    }
  });
  (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript };
  return { tab, executeScript };
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('sendToTab to a tab whose page side sleeps', () => {
  it('wakes the top frame’s bootstrap and sends again', async () => {
    const { tab, executeScript } = sleepingTab({ bootstrap: true });
    expect(await sendToTab(5, 'getAnchorReport', {})).toEqual({ ok: true, report: null });
    expect(tab.wakes).toEqual(['listen']);
    expect(tab.sent).toBe(2);
    expect(executeScript.mock.calls[0]![0].target).toEqual({ tabId: 5, frameIds: [0] });
  });

  it('does not wake a tab that answers', async () => {
    const { tab, executeScript } = sleepingTab({ bootstrap: true });
    tab.listening = true;
    expect(await sendToTab(5, 'getAnchorReport', {})).toEqual({ ok: true, report: null });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('says the page cannot be read when there is no bootstrap to wake (a browser page, the web store)', async () => {
    const { tab } = sleepingTab({ bootstrap: false });
    const reply = await sendToTab(5, 'getAnchorReport', {});
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.reason).toMatch(/cannot read this page/);
    expect(tab.sent).toBe(1);
  });

  it('says the same when the tab cannot be scripted at all', async () => {
    const { tab, executeScript } = sleepingTab({ bootstrap: true });
    executeScript.mockRejectedValue(new Error('Cannot access contents of the page'));
    const reply = await sendToTab(5, 'getAnchorReport', {});
    expect(!reply.ok && reply.reason).toMatch(/cannot read this page/);
    expect(tab.sent).toBe(1);
  });
});
