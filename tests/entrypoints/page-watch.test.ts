// The background's watch over tab URLs (issue #13): which tabs.onUpdated events it looks up, and that it wakes a
// tab's page side only where the site has notes, decided by the same owner-scope check the page's own question gets.
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { createBackground, type Background } from '../../entrypoints/background/handlers';
import {
  urlToCheck,
  watchFrames,
  watchLoadingPages,
  watchPages,
  type FrameNavigation,
  type TabChange,
  type TabNow,
} from '../../entrypoints/background/page-watch';
import { LedeStore, openLedeDb } from '../../core/store';
import type { Annotation } from '../../core/types';
import type { WakeOutcome } from '../../lib/page-wake';

const KEY = 'https://www.news.example/story';

function annotation(articleKey: string, id = 'urn:uuid:11111111-2222-4333-8444-555555555555'): Annotation {
  return {
    id,
    articleKey,
    target: {
      source: articleKey,
      selector: [{ type: 'TextQuoteSelector', exact: 'a passage', prefix: '', suffix: '' }],
    },
    body: { note: '', tags: [], color: 'yellow' },
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
  };
}

/** A fresh background whose store holds one note on KEY, saved from frame `frameId` of a tab. */
async function backgroundWithNote(frameId: number): Promise<Background> {
  fakeBrowser.reset();
  const store = new LedeStore(await openLedeDb(new IDBFactory()), () => new Date('2026-03-04T05:06:07.000Z'));
  const background = createBackground(async () => store, null);
  const sender = { tab: { id: 7, title: 'A story' }, url: KEY, frameId } as never;
  await background.handlers.saveAnnotation({ annotation: annotation(KEY) }, sender);
  return background;
}

describe('urlToCheck', () => {
  it('looks up a page load once complete, and a new URL in a loaded tab (a single-page route change)', () => {
    expect(urlToCheck({ status: 'loading', url: KEY }, { status: 'loading', url: KEY })).toBeNull();
    expect(urlToCheck({ status: 'complete' }, { status: 'complete', url: KEY })).toBe(KEY);
    expect(urlToCheck({ url: `${KEY}/two` }, { status: 'complete', url: `${KEY}/two` })).toBe(`${KEY}/two`);
    // A title or favicon change says nothing new about the URL.
    expect(urlToCheck({}, { status: 'complete', url: KEY })).toBeNull();
  });

  it('ignores pages no bootstrap runs on', () => {
    for (const url of ['chrome://newtab/', 'about:blank', 'file:///tmp/a.html', 'chrome-extension://x/popup.html'])
      expect(urlToCheck({ status: 'complete' }, { status: 'complete', url })).toBeNull();
    // No URL at all (no host access to that tab): nothing to look up.
    expect(urlToCheck({ status: 'complete' }, { status: 'complete' })).toBeNull();
  });
});

describe('watchPages', () => {
  let background: Background;
  let fire: (tabId: number, change: TabChange, tab: TabNow) => void;
  let wakes: { tabId: number; reason: string }[];
  let outcomes: WakeOutcome[];

  beforeEach(async () => {
    background = await backgroundWithNote(0);
    wakes = [];
    outcomes = [];
    watchPages({
      onUpdated: { addListener: (fn) => (fire = fn) },
      siteMayHaveNotes: background.siteMayHaveNotes,
      wake: async (tabId, reason) => {
        wakes.push({ tabId, reason });
        return outcomes.shift() ?? 'woken';
      },
      sleep: async () => undefined,
    });
  });

  const loaded = (tabId: number, url: string) => fire(tabId, { status: 'complete' }, { status: 'complete', url });

  it('wakes the page side where the site has notes, on any of its hosts, and nowhere else', async () => {
    loaded(1, 'https://other.example/a-story');
    loaded(2, 'https://m.news.example/story?ref=home'); // another host of the same site: its canonical may name the story
    loaded(3, KEY);
    await expect.poll(() => wakes.map((w) => w.tabId).sort()).toEqual([2, 3]);
    expect(wakes.every((w) => w.reason === 'notes')).toBe(true);
  });

  it('wakes a tab whose single-page site moves from a page of another site to this one', async () => {
    loaded(4, 'https://other.example/');
    fire(4, { url: KEY }, { status: 'complete', url: KEY });
    await expect.poll(() => wakes).toEqual([{ tabId: 4, reason: 'notes' }]);
  });

  it('does not wake another tenant of a shared host', async () => {
    const tab = { tab: { id: 7, title: 'Bob' }, url: 'https://bob.github.io/post', frameId: 0 } as never;
    await background.handlers.saveAnnotation(
      { annotation: annotation('https://bob.github.io/post', 'urn:uuid:11111111-2222-4333-8444-666666666666') },
      tab,
    );
    loaded(5, 'https://alice.github.io/post');
    loaded(6, 'https://bob.github.io/other-post');
    await expect.poll(() => wakes.map((w) => w.tabId)).toEqual([6]);
  });

  it('calls again while the bootstrap has not run yet, and stops once it took the call', async () => {
    outcomes.push('absent', 'absent', 'woken');
    loaded(8, KEY);
    await expect.poll(() => wakes.length).toBe(3);
    await new Promise((done) => setTimeout(done, 20));
    expect(wakes).toHaveLength(3);
  });

  it('gives up on a bootstrap that never appears (a page it does not run on) after a few tries', async () => {
    outcomes.push('absent', 'absent', 'absent', 'absent', 'absent', 'absent');
    loaded(9, KEY);
    await expect.poll(() => wakes.length).toBe(4);
    await new Promise((done) => setTimeout(done, 20));
    expect(wakes).toHaveLength(4);
  });
});

describe('watchLoadingPages (Firefox)', () => {
  let background: Background;
  let fire: (tabId: number, change: TabChange, tab: TabNow) => void;
  let wakes: { tabId: number; parsedAt: string }[];
  let outcomes: WakeOutcome[];

  beforeEach(async () => {
    background = await backgroundWithNote(0);
    wakes = [];
    outcomes = [];
    watchLoadingPages({
      onUpdated: { addListener: (fn) => (fire = fn) },
      siteMayHaveNotes: background.siteMayHaveNotes,
      wake: async (tabId, _reason, parsedAt) => {
        wakes.push({ tabId, parsedAt });
        return outcomes.shift() ?? 'woken';
      },
      sleep: async () => undefined,
    });
  });

  it('calls a loading tab until its document at that URL is parsed, then stops; once per load', async () => {
    // Between documents the call is refused, then the document is still parsed (absent), then it takes the call.
    outcomes.push('refused', 'absent', 'absent', 'woken');
    fire(1, { status: 'loading', url: KEY }, { status: 'loading', url: KEY });
    fire(1, { status: 'loading' }, { status: 'loading', url: KEY }); // the same load, told again
    fire(2, { status: 'loading', url: 'https://other.example/a-story' }, { status: 'loading' });
    await expect.poll(() => wakes.length).toBe(4);
    await new Promise((done) => setTimeout(done, 20));
    expect(wakes).toEqual(Array(4).fill({ tabId: 1, parsedAt: KEY }));
  });

  it('gives up after a bounded number of calls on a document that never finishes parsing', async () => {
    outcomes.push(...Array<WakeOutcome>(100).fill('absent'));
    fire(3, { status: 'loading', url: KEY }, { status: 'loading', url: KEY });
    await expect.poll(() => wakes.length).toBe(60);
    await new Promise((done) => setTimeout(done, 20));
    expect(wakes).toHaveLength(60);
  });
});

describe('watchFrames (Chrome)', () => {
  let background: Background;
  let parsed: (details: FrameNavigation) => void;
  let completed: (details: FrameNavigation) => void;
  let routed: (details: FrameNavigation) => void;
  let wakes: { tabId: number; reason: string; frameId: number }[];
  let outcomes: WakeOutcome[];

  beforeEach(async () => {
    // A note made inside a frame: filed under the frame's own page.
    background = await backgroundWithNote(3);
    wakes = [];
    outcomes = [];
    watchFrames({
      onDOMContentLoaded: { addListener: (fn) => (parsed = fn) },
      onCompleted: { addListener: (fn) => (completed = fn) },
      onHistoryStateUpdated: { addListener: (fn) => (routed = fn) },
      siteMayHaveNotes: background.siteMayHaveNotes,
      wake: async (tabId, reason, frameId) => {
        wakes.push({ tabId, reason, frameId });
        return outcomes.shift() ?? 'woken';
      },
      sleep: async () => undefined,
    });
  });

  it('wakes the one frame whose own URL has notes, whatever page holds it, and no other frame', async () => {
    completed({ tabId: 1, frameId: 4, url: 'https://ads.example/slot?id=9' });
    completed({ tabId: 1, frameId: 5, url: KEY });
    completed({ tabId: 2, frameId: 0, url: KEY }); // a top frame: tabs.onUpdated's part, not this one's
    completed({ tabId: 2, frameId: 6, url: 'about:blank' });
    await expect.poll(() => wakes).toEqual([{ tabId: 1, reason: 'notes', frameId: 5 }]);
  });

  it('wakes the top frame and subframes once their document is parsed, without waiting for their load to end', async () => {
    // A news page whose ads keep it loading: tabs.onUpdated says 'complete' late or never.
    parsed({ tabId: 7, frameId: 0, url: KEY });
    parsed({ tabId: 7, frameId: 5, url: 'https://ads.example/slot?id=9' });
    parsed({ tabId: 8, frameId: 2, url: KEY });
    await expect.poll(() => wakes.length).toBe(2);
    await new Promise((done) => setTimeout(done, 20));
    expect(wakes).toEqual([
      { tabId: 7, reason: 'notes', frameId: 0 },
      { tabId: 8, reason: 'notes', frameId: 2 },
    ]);
  });

  it('wakes a frame whose single-page route moves to a page with notes, and calls again until its bootstrap runs', async () => {
    outcomes.push('absent', 'woken');
    routed({ tabId: 3, frameId: 2, url: KEY });
    await expect.poll(() => wakes.length).toBe(2);
    await new Promise((done) => setTimeout(done, 20));
    expect(wakes).toEqual([
      { tabId: 3, reason: 'notes', frameId: 2 },
      { tabId: 3, reason: 'notes', frameId: 2 },
    ]);
  });
});
