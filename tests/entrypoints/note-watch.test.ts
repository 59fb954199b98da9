// The background's watch over notes being written (red team 56): which new documents it wakes to hold the reader's
// keys and open the note again, which it leaves alone, and when the note-hold script is registered.
import { describe, expect, it } from 'vitest';
import {
  noteHoldRegistration,
  readOpen,
  watchNotes,
  type HoldScripting,
  type NotePort,
} from '../../entrypoints/background/note-watch';
import type { NoteResume } from '../../lib/page-wake-key';

const EDITOR = 'chrome-extension://abcdefghijklmnop/note-editor.html';
const NOTE: NoteResume = {
  id: 'urn:uuid:11111111-2222-4333-8444-555555555555',
  articleKey: 'https://news.example/story',
  base: '2026-01-01T00:00:00.000Z',
  field: 'note',
};

class FakePort implements NotePort {
  name = 'lede-note';
  private onMessageFns: ((m: unknown) => void)[] = [];
  private onDisconnectFns: (() => void)[] = [];
  onMessage = { addListener: (fn: (m: unknown) => void) => void this.onMessageFns.push(fn) };
  onDisconnect = { addListener: (fn: () => void) => void this.onDisconnectFns.push(fn) };
  constructor(public sender: NotePort['sender']) {}
  post(m: unknown): void {
    for (const fn of this.onMessageFns) fn(m);
  }
  disconnect(): void {
    for (const fn of this.onDisconnectFns) fn();
  }
}

/** A watch with fake events and clock; returns its drivers and what it did. */
function setUp(wakeOutcomes: string[] = []) {
  let connect: (port: NotePort) => void = () => undefined;
  let commit: (d: { tabId: number; frameId: number }) => void = () => undefined;
  const woken: { tabId: number; frameId: number; note: NoteResume }[] = [];
  const drafts: { note: NoteResume; draft: { note: string; tags: string } }[] = [];
  const holding: boolean[] = [];
  let now = 1_000;
  const watch = watchNotes({
    onConnect: { addListener: (fn) => (connect = fn) },
    onCommitted: { addListener: (fn) => (commit = fn) },
    editorUrl: EDITOR,
    parentFrameOf: async (_tab, frame) => (frame === 9 ? 3 : 0),
    wake: async (tabId, frameId, note) => {
      woken.push({ tabId, frameId, note });
      return (wakeOutcomes.shift() ?? 'woken') as 'woken';
    },
    keepDraft: async (note, draft) => void drafts.push({ note, draft }),
    now: () => now,
    sleep: async () => undefined,
    holding: (open) => void holding.push(open),
  });
  const open = (tabId = 7, frameId = 9, url = `${EDITOR}#id=x`) => {
    const port = new FakePort({ id: 'ext', url, tab: { id: tabId }, frameId });
    connect(port);
    port.post({ open: NOTE });
    return port;
  };
  return {
    watch,
    open,
    commit: (tabId: number, frameId: number) => commit({ tabId, frameId }),
    woken,
    drafts,
    holding,
    advance: (ms: number) => (now += ms),
  };
}

const settle = () => new Promise((done) => setTimeout(done, 0));

describe('the note watch', () => {
  it('wakes the new top-frame document of a tab whose page replaced itself under an open note', async () => {
    const w = setUp(['absent', 'absent', 'woken']);
    const port = w.open();
    port.disconnect();
    w.commit(7, 0);
    await settle();
    await settle();
    // Called until the new document's bootstrap has run.
    expect(w.woken.map((x) => x.frameId)).toEqual([0, 0, 0]);
    expect(w.woken[0]?.note).toEqual(NOTE);
  });

  it('wakes the frame that held the editor when only that frame navigates, not another', async () => {
    const w = setUp();
    w.open(7, 9);
    await settle(); // the editor's host frame (3) is looked up
    w.commit(7, 5);
    await settle();
    expect(w.woken).toEqual([]);
    w.commit(7, 3);
    await settle();
    expect(w.woken.map((x) => x.frameId)).toEqual([3]);
  });

  it('leaves alone a note the reader finished (saved, deleted, Escape), one Lede closed, and one they left for the page', async () => {
    const w = setUp();
    w.open(1).post({ done: true });
    w.commit(1, 0);
    w.open(2);
    w.watch.closed(2, NOTE.id);
    w.commit(2, 0);
    w.open(3).post({ away: true });
    w.commit(3, 0);
    // Another tab's navigation is not this note's.
    w.open(4);
    w.commit(5, 0);
    await settle();
    expect(w.woken).toEqual([]);
    // Back in the editor: the reader's keys are the note's again.
    const back = w.open(6);
    back.post({ away: true });
    back.post({ away: false });
    w.commit(6, 0);
    await settle();
    expect(w.woken.map((x) => x.tabId)).toEqual([6]);
  });

  it('counts a port that closed a moment before the commit, not one closed long before', async () => {
    const w = setUp();
    w.open(1).disconnect();
    w.advance(500);
    w.commit(1, 0);
    w.open(2).disconnect();
    w.advance(10_000);
    w.commit(2, 0);
    await settle();
    expect(w.woken.map((x) => x.tabId)).toEqual([1]);
  });

  it('takes the field the reader moved to, and ignores ports of anything but its own editor page', async () => {
    const w = setUp();
    w.open(1).post({ field: 'tags' });
    w.open(2, 9, 'https://evil.example/note-editor.html');
    const notLede = w.open(3, 9, 'chrome-extension://other/popup.html');
    notLede.disconnect();
    w.commit(1, 0);
    w.commit(2, 0);
    w.commit(3, 0);
    await settle();
    expect(w.woken.map((x) => [x.tabId, x.note.field])).toEqual([[1, 'tags']]);
  });

  it('keeps the words last told as the draft when the port closes without the editor done, never after it was', () => {
    const w = setUp();
    const cut = w.open(1);
    cut.post({ draft: { note: 'Vetoes counted tw', tags: '' } });
    cut.post({ draft: { note: 'Vetoes counted twi', tags: 'un' } });
    cut.disconnect();
    const saved = w.open(2);
    saved.post({ draft: { note: 'saved words', tags: '' } });
    saved.post({ done: true });
    saved.disconnect();
    expect(w.drafts).toEqual([{ note: NOTE, draft: { note: 'Vetoes counted twi', tags: 'un' } }]);
  });

  it('reads only a well-formed opening', () => {
    expect(readOpen({ open: NOTE })).toEqual(NOTE);
    expect(readOpen({ open: { ...NOTE, field: 'body' } })).toBeNull();
    expect(readOpen({ open: { ...NOTE, id: 5 } })).toBeNull();
    expect(readOpen({ open: { ...NOTE, id: 'x'.repeat(300) } })).toBeNull();
    expect(readOpen({ draft: 'x' })).toBeNull();
    expect(readOpen(null)).toBeNull();
  });

  it('says a note is open from its opening until it is done or its page replaced', async () => {
    const w = setUp();
    const port = w.open(1);
    expect(w.holding.at(-1)).toBe(true);
    port.post({ done: true });
    expect(w.holding.at(-1)).toBe(false);
    w.open(2).disconnect();
    w.commit(2, 0);
    expect(w.holding.at(-1)).toBe(false);
  });
});

describe('the new document’s own question (its note-hold script)', () => {
  it('in Chrome, is told the note its commit was woken for, once, so that its hold does not let go first', async () => {
    const w = setUp();
    w.open(1).disconnect();
    w.commit(1, 0);
    expect(w.watch.cutFor(1, 0)).toEqual(NOTE);
    expect(w.watch.cutFor(1, 0)).toBeNull();
    // A document that replaced no note is told so.
    expect(w.watch.cutFor(2, 0)).toBeNull();
  });
});

describe('the note watch in Firefox (no webNavigation: the new document asks)', () => {
  it('answers the top frame of the tab whose note was cut, once; not a sub-frame, another tab, or a note left', () => {
    const w = setUp();
    w.open(1);
    expect(w.watch.cutFor(1, 4)).toBeNull();
    expect(w.watch.cutFor(2, 0)).toBeNull();
    expect(w.watch.cutFor(1, 0)).toEqual(NOTE);
    expect(w.watch.cutFor(1, 0)).toBeNull();
    w.open(3).post({ away: true });
    expect(w.watch.cutFor(3, 0)).toBeNull();
    expect(w.woken).toEqual([]);
  });
});

describe('the note-hold registration', () => {
  it('clears one a stopped worker left, registers while a note is open, and unregisters a moment after none is', async () => {
    const calls: string[] = [];
    const scripting: HoldScripting = {
      registerContentScripts: async (s) => void calls.push(`register ${s[0]?.js[0]} ${s[0]?.runAt}`),
      unregisterContentScripts: async () => void calls.push('unregister'),
    };
    let wake: () => void = () => undefined;
    const set = noteHoldRegistration(scripting, () => new Promise<void>((done) => (wake = done)));
    await settle();
    expect(calls).toEqual(['unregister']);
    set(true);
    await settle();
    expect(calls).toEqual(['unregister', 'register note-hold.js document_start']);
    set(false);
    await settle();
    // Still registered until the wait is over: a document committing now still gets the hold.
    expect(calls).toHaveLength(2);
    wake();
    await settle();
    await settle();
    expect(calls.at(-1)).toBe('unregister');
  });
});
