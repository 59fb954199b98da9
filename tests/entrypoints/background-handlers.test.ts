// The background's handlers over a real store (fake-indexeddb) and WXT's fake browser.
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackground, createHandlers } from '../../entrypoints/background/handlers';
import { LedeStore, openLedeDb } from '../../core/store';
import { checkBackgroundMessage } from '../../lib/background-messages';
import { writeDraft } from '../../lib/note-draft';
import type { Annotation } from '../../core/types';

const KEY = 'https://news.example/story';
/** What the browser sets on a message from the content script in tab 7's top frame showing the story. */
const tab = { tab: { id: 7, title: 'A story – News' }, url: KEY, frameId: 0 } as never;

/** A highlight with `note` on the article `key` (its key and its target's source). */
function annotation(note = '', key = KEY): Annotation {
  return {
    id: 'urn:uuid:11111111-2222-4333-8444-555555555555',
    articleKey: key,
    target: { source: key, selector: [{ type: 'TextQuoteSelector', exact: 'a passage', prefix: '', suffix: '' }] },
    body: { note, tags: [], color: 'yellow' },
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
  };
}

let store: LedeStore;
let handlers: ReturnType<typeof createHandlers>;
beforeEach(async () => {
  fakeBrowser.reset();
  store = new LedeStore(await openLedeDb(new IDBFactory()), () => new Date('2026-03-04T05:06:07.000Z'));
  handlers = createHandlers(async () => store);
});

describe('background handlers', () => {
  it('answers the bootstrap’s question with the key it decides and the notes under it, recording nothing', async () => {
    await handlers.saveAnnotation({ annotation: annotation('found again') }, { tab });
    const before = await store.listArticles();
    // Reached through a tracking link, declaring its canonical: the notes of the canonical key come back.
    const reply = await handlers.pageNotes(
      { url: `${KEY}?utm_source=x#top`, canonical: '/story', ogUrl: null },
      { tab },
    );
    expect(reply.ok && reply.articleKey).toBe(KEY);
    expect(reply.ok && reply.annotations.map((a) => a.body.note)).toEqual(['found again']);
    // Another site's canonical is not honoured: the page gets its own location's (empty) notes.
    const other = await handlers.pageNotes({ url: 'https://evil.example/copy', canonical: KEY, ogUrl: null }, { tab });
    expect(other.ok && other.articleKey).toBe('https://evil.example/copy');
    expect(other.ok && other.annotations).toEqual([]);
    expect(await store.listArticles()).toEqual(before);
  });

  it('answers a page that has not read its head: "none" on a site without notes, "read your canonicals" on one with', async () => {
    await handlers.saveAnnotation({ annotation: annotation('on the www host') }, { tab });
    const ask = (url: string) =>
      handlers.pageNotes({ url, canonical: null, ogUrl: null, unread: true }, {
        tab: { id: 8 },
        url,
        frameId: 0,
      } as never);
    // Another site: nothing there can be filed under a key it may use, whatever it declares.
    const elsewhere = await ask('https://other.example/a-story');
    expect(elsewhere.ok && elsewhere.annotations).toEqual([]);
    expect(elsewhere.ok && elsewhere.readDeclared).toBeUndefined();
    // Another host of the same site (its canonical may name the story): read the head and ask again.
    const mobile = await ask('https://m.news.example/story?ref=home');
    expect(mobile.ok && mobile.readDeclared).toBe(true);
    expect(mobile.ok && mobile.annotations).toEqual([]);
    const full = await handlers.pageNotes({ url: 'https://m.news.example/story', canonical: KEY, ogUrl: null }, {
      tab: { id: 8 },
      url: 'https://m.news.example/story',
      frameId: 0,
    } as never);
    expect(full.ok && full.annotations.map((a) => a.body.note)).toEqual(['on the www host']);
    // A multi-tenant host: another tenant's notes are not this page's business.
    const bob = 'https://bob.github.io/post';
    const bobs = { ...annotation('bob'), id: 'urn:uuid:11111111-2222-4333-8444-666666666666', articleKey: bob };
    await handlers.saveAnnotation({ annotation: { ...bobs, target: { ...bobs.target, source: bob } } }, { tab });
    const own = await ask(bob);
    expect(own.ok && own.readDeclared).toBe(true);
    const tenant = await ask('https://alice.github.io/post');
    expect(tenant.ok && tenant.readDeclared).toBeUndefined();
  });

  it('keeps no record of pages that are not articles and have no notes', async () => {
    await handlers.pageDetected(
      {
        url: 'https://news.example/',
        articleKey: 'https://news.example/',
        title: 'Front page',
        siteName: null,
        isArticle: false,
      },
      tab,
    );
    expect(await store.listArticles()).toEqual([]);
  });

  it('records an article and hands back its highlights when the page is opened again', async () => {
    await handlers.saveAnnotation({ annotation: annotation('check this') }, tab);
    const reply = await handlers.pageDetected(
      { url: KEY + '?utm_source=x', articleKey: KEY, title: 'A story', siteName: 'News', isArticle: true },
      tab,
    );
    expect(reply.ok && reply.annotations.map((a) => a.body.note)).toEqual(['check this']);
    expect((await store.getArticle(KEY))?.title).toBe('A story');
  });

  it('writes no record for the routes a page walks through without a note (red team 29)', async () => {
    // A single-page site reporting one article-looking route after another, as pushState lets any page do.
    for (let i = 0; i < 40; i++) {
      const url = `https://news.example/route-${i}`;
      const reply = await handlers.pageDetected(
        { url, articleKey: url, title: `Route ${i} ${'x'.repeat(1_900)}`, siteName: 'News', isArticle: true },
        { tab: { id: 7, title: 'Tab' }, url, frameId: 0 } as never,
      );
      expect(reply.ok).toBe(true);
    }
    expect(await store.db.count('articles')).toBe(0);
    expect(await store.listArticles()).toEqual([]);
  });

  it('records the detected title, site and first sight at the first note, after a service-worker restart', async () => {
    const session = fakeBrowser.storage.session as never;
    const detectedAt = new Date('2026-03-04T04:50:00.000Z'); // the store's clock is 05:06:07: the note came later
    const before = createBackground(async () => store, session, { now: () => detectedAt });
    await before.handlers.pageDetected(
      { url: KEY, articleKey: KEY, title: 'A story', siteName: 'News', isArticle: true },
      tab,
    );
    expect(await store.getArticle(KEY)).toBeUndefined();
    // The worker is stopped while the reader reads; the note is saved by a new background on the same session.
    const after = createBackground(async () => store, session);
    expect((await after.handlers.saveAnnotation({ annotation: annotation('first') }, tab)).ok).toBe(true);
    expect(await store.getArticle(KEY)).toMatchObject({
      key: KEY,
      title: 'A story', // not the tab's title, 'A story – News'
      siteName: 'News',
      firstSeen: detectedAt.toISOString(),
      lastSeen: '2026-03-04T05:06:07.000Z',
    });
  });

  it('holds what a popup or sidebar read of an article without notes, and records it at the first note', async () => {
    const read = {
      key: KEY,
      url: KEY,
      title: 'A story',
      byline: 'Ann Writer',
      siteName: 'News',
      publishedTime: '2026-03-01T00:00:00.000Z',
      lang: 'en',
      firstSeen: '2026-03-04T05:06:07.000Z',
      lastSeen: '2026-03-04T05:06:07.000Z',
    };
    // A sidebar left open while the page walks 30 routes: each is read, none stored.
    for (let i = 0; i < 30; i++) {
      const url = `https://news.example/route-${i}`;
      const reply = await handlers.recordArticle({ article: { ...read, key: url, url } }, {});
      expect(reply.ok && reply.article.title).toBe('A story');
    }
    await handlers.recordArticle({ article: read }, {});
    expect(await store.db.count('articles')).toBe(0);
    await handlers.saveAnnotation({ annotation: annotation('first') }, tab);
    expect(await store.getArticle(KEY)).toMatchObject({
      title: 'A story',
      byline: 'Ann Writer',
      siteName: 'News',
      publishedTime: '2026-03-01T00:00:00.000Z',
      lang: 'en',
    });
    expect(await store.db.count('articles')).toBe(1);
    // The reader's note on a whole article is stored at once, notes or not.
    const other = 'https://news.example/other';
    await handlers.recordArticle({ article: { ...read, key: other, url: other, note: 'read later' } }, {});
    expect((await store.getArticle(other))?.note).toBe('read later');
  });

  it('takes no detected metadata from another article the tab showed', async () => {
    await handlers.pageDetected(
      {
        url: 'https://news.example/other',
        articleKey: 'https://news.example/other',
        title: 'Other',
        siteName: 'O',
        isArticle: true,
      },
      tab,
    );
    await handlers.saveAnnotation({ annotation: annotation('here') }, tab);
    expect(await store.getArticle(KEY)).toMatchObject({ title: 'A story – News', siteName: null });
    expect(await store.getArticle('https://news.example/other')).toBeUndefined();
  });

  it('keeps refreshing the record of an article with notes on each detection', async () => {
    await handlers.saveAnnotation({ annotation: annotation('kept') }, tab);
    let clock = new Date('2026-03-05T00:00:00.000Z');
    const later = new LedeStore(store.db, () => clock);
    const bg = createHandlers(async () => later);
    await bg.pageDetected(
      { url: KEY, articleKey: KEY, title: 'A story, updated', siteName: 'News', isArticle: true },
      tab,
    );
    expect(await later.getArticle(KEY)).toMatchObject({
      title: 'A story, updated',
      siteName: 'News',
      firstSeen: '2026-03-04T05:06:07.000Z',
      lastSeen: '2026-03-05T00:00:00.000Z',
    });
    clock = new Date('2026-03-06T00:00:00.000Z');
    await bg.pageDetected({ url: KEY, articleKey: KEY, title: 'Front', siteName: null, isArticle: false }, tab);
    expect((await later.getArticle(KEY))?.lastSeen).toBe('2026-03-06T00:00:00.000Z');
  });

  it('returns what it deleted so the reader can undo', async () => {
    await handlers.saveAnnotation({ annotation: annotation('keep me') }, tab);
    const deleted = await handlers.deleteAnnotation({ id: annotation().id }, tab);
    expect(deleted.ok && deleted.annotation?.body.note).toBe('keep me');
    const restored = await handlers.saveAnnotation(
      { annotation: deleted.ok ? deleted.annotation! : annotation() },
      tab,
    );
    expect(restored.ok).toBe(true);
    expect((await store.listAnnotations(KEY)).map((a) => a.body.note)).toEqual(['keep me']);
  });

  it('forgets the unsaved draft of a highlight deleted anywhere, one at a time or with its article', async () => {
    // Drafts are on disk (lib/note-draft.ts): no words of a deleted note may stay there.
    const second = { ...annotation('two'), id: 'urn:uuid:11111111-2222-4333-8444-000000000002' };
    await handlers.saveAnnotation({ annotation: annotation('one') }, tab);
    await handlers.saveAnnotation({ annotation: second }, tab);
    const other = {
      ...second,
      id: 'urn:uuid:11111111-2222-4333-8444-000000000003',
      articleKey: 'https://news.example/other',
    };
    for (const a of [annotation(), second, other])
      await writeDraft({ id: a.id, base: a.modified, note: 'private words', tags: '' });
    const drafts = async () => Object.keys(await fakeBrowser.storage.local.get(null)).sort();
    await handlers.deleteAnnotation({ id: annotation().id }, tab);
    expect(await drafts()).toEqual([`noteDraft:${second.id}`, `noteDraft:${other.id}`]);
    await handlers.deleteArticle({ articleKey: KEY }, {});
    expect(await drafts()).toEqual([`noteDraft:${other.id}`]);
  });

  it('caches an extraction by text hash and misses when the text changed', async () => {
    const extraction = { facts: [], quotes: [], entities: [] };
    await handlers.cacheExtraction({ articleKey: KEY, textHash: 'abc', extraction }, {});
    expect(await handlers.getCachedExtraction({ articleKey: KEY, textHash: 'abc' }, {})).toEqual({
      ok: true,
      extraction,
    });
    expect(await handlers.getCachedExtraction({ articleKey: KEY, textHash: 'def' }, {})).toEqual({
      ok: true,
      extraction: null,
    });
  });

  describe('a frame from another subdomain of the article’s site (red team 53)', () => {
    const STORY = 'https://www.dailynews.com/2026/story';
    const AD = 'https://ads.dailynews.com/slot.html';
    /** The ad server's frame inside the story's tab: its own URL, a frame id of its own. */
    const adFrame = { tab: { id: 11, title: 'Story' }, url: AD, frameId: 3 } as never;
    const storyNote = (): Annotation => annotation('private', STORY);

    it('is handed none of the story’s notes by naming it as its canonical, while the top frame is', async () => {
      await handlers.saveAnnotation({ annotation: storyNote() }, { tab: { id: 11 }, url: STORY, frameId: 0 } as never);
      const asked = await handlers.pageNotes({ url: AD, canonical: STORY, ogUrl: null }, adFrame);
      expect(asked.ok && asked.annotations).toEqual([]);
      const detected = await handlers.pageDetected(
        { url: AD, articleKey: AD, title: 'Ad', siteName: null, isArticle: true, canonical: STORY, ogUrl: null },
        adFrame,
      );
      expect(detected.ok && detected.annotations).toEqual([]);
      expect(detected.ok && detected.articleKey).toBe(AD);
      // The same canonical from a top frame on the ad host (an amp. or m. page) still finds them.
      const top = await handlers.pageNotes({ url: AD, canonical: STORY, ogUrl: null }, {
        tab: { id: 12 },
        url: AD,
        frameId: 0,
      } as never);
      expect(top.ok && top.annotations.map((a) => a.body.note)).toEqual(['private']);
    });
  });

  describe('a page on another site', () => {
    const VICTIM = 'https://victim.github.io/notes/article';
    const evil = { tab: { id: 9, title: 'Evil' }, url: 'https://evil.github.io/post', frameId: 0 } as never;
    const victimNote = (): Annotation => annotation('private', VICTIM);

    it('cannot delete the notes of an article it is not showing, even knowing their ids', async () => {
      await handlers.saveAnnotation({ annotation: victimNote() }, { tab: { id: 1 }, url: VICTIM, frameId: 0 } as never);
      const reply = await handlers.deleteAnnotation({ id: victimNote().id }, evil);
      expect(reply.ok).toBe(false);
      expect((await store.listAnnotations(VICTIM)).map((a) => a.body.note)).toEqual(['private']);
    });

    it('cannot move another article’s note under its own key by reusing the id', async () => {
      await handlers.saveAnnotation({ annotation: victimNote() }, { tab: { id: 1 }, url: VICTIM, frameId: 0 } as never);
      const moved = {
        ...victimNote(),
        articleKey: 'https://evil.github.io/post',
        target: { ...victimNote().target, source: 'https://evil.github.io/post' },
        modified: '2026-02-01T00:00:00.000Z',
      };
      expect((await handlers.saveAnnotation({ annotation: moved }, evil)).ok).toBe(false);
      expect((await store.getAnnotation(victimNote().id))?.articleKey).toBe(VICTIM);
    });

    it('does not get its URL and title into the record when the popup reports a mismatched article', async () => {
      const record = {
        key: VICTIM,
        url: 'https://evil.github.io/post',
        title: 'Evil',
        byline: null,
        siteName: null,
        publishedTime: null,
        lang: null,
        firstSeen: 'x',
        lastSeen: 'x',
      };
      expect((await handlers.recordArticle({ article: record }, {})).ok).toBe(false);
      expect(await store.getArticle(VICTIM)).toBeUndefined();
    });
  });

  it('refuses a stale save with a reason the page can show, and keeps the newer note', async () => {
    const opened = annotation('first');
    await handlers.saveAnnotation({ annotation: opened }, tab);
    const sidebarEdit = {
      ...opened,
      body: { ...opened.body, note: 'edited in the sidebar' },
      modified: '2026-01-01T00:01:00.000Z',
    };
    expect((await handlers.saveAnnotation({ annotation: sidebarEdit, baseModified: opened.modified }, {})).ok).toBe(
      true,
    );
    const stale = {
      ...opened,
      body: { ...opened.body, note: 'typed on the page' },
      modified: '2026-01-01T00:02:00.000Z',
    };
    const reply = await handlers.saveAnnotation({ annotation: stale, baseModified: opened.modified }, tab);
    expect(reply).toEqual({ ok: false, reason: expect.stringMatching(/changed elsewhere/) });
    expect((await store.getAnnotation(opened.id))?.body.note).toBe('edited in the sidebar');
  });

  for (const [what, command, hook, failed, cannot] of [
    ['runs Lede’s page script', 'loadPageScript', 'injectPageScript', /could not load/, /cannot load/],
    ['makes the text selectable', 'allowSelecting', 'allowSelecting', /could not make/, /cannot add/],
  ] as const) {
    it(`${what} in the asking frame of the asking tab only, and says so when it cannot`, async () => {
      const asked: [number, number][] = [];
      let works = true;
      const bg = createBackground(async () => store, fakeBrowser.storage.session as never, {
        [hook]: async (tabId: number, frameId: number) => {
          asked.push([tabId, frameId]);
          return works;
        },
      });
      const frame = { tab: { id: 7 }, url: KEY, frameId: 3 } as never;
      expect(await bg.handlers[command]({}, frame)).toEqual({ ok: true });
      expect(await bg.handlers[command]({}, { tab: { id: 9 }, url: KEY } as never)).toEqual({ ok: true });
      expect(asked).toEqual([
        [7, 3],
        [9, 0],
      ]);
      works = false;
      expect(await bg.handlers[command]({}, frame)).toMatchObject({ ok: false, reason: failed });
      // An extension page is in no tab: nothing is done anywhere.
      expect(await bg.handlers[command]({}, { url: 'chrome-extension://test/notes.html' } as never)).toMatchObject({
        ok: false,
      });
      expect(asked).toHaveLength(3);
      // Without the browser's API, a clear refusal.
      const bare = createBackground(async () => store, fakeBrowser.storage.session as never);
      expect(await bare.handlers[command]({}, frame)).toMatchObject({ ok: false, reason: cannot });
    });
  }

  it('has the top frame tell the reader of a save refused in a hidden sub-frame, asked only by a sub-frame', async () => {
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true });
    const frame = { tab: { id: 7 }, url: `${KEY}?utm_source=ghost`, frameId: 3 } as never;
    expect(await handlers.frameUnseen({}, frame)).toEqual({ ok: true });
    expect(sent).toHaveBeenCalledWith(7, expect.objectContaining({ type: 'tellFrameUnseen' }));
    sent.mockClear();
    // The top frame tells itself with its own toast; an extension page is not in a tab.
    expect(await handlers.frameUnseen({}, tab)).toMatchObject({ ok: false });
    expect(await handlers.frameUnseen({}, { url: 'chrome-extension://test/notes.html' } as never)).toMatchObject({
      ok: false,
    });
    expect(sent).not.toHaveBeenCalled();
  });

  it('still tells the page about an edit made in the library after the service worker restarted', async () => {
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true });
    const before = createBackground(async () => store, fakeBrowser.storage.session as never);
    await before.handlers.pageDetected(
      { url: KEY, articleKey: KEY, title: 'A story', siteName: null, isArticle: true },
      tab,
    );
    await before.handlers.saveAnnotation({ annotation: annotation('x') }, tab);
    // The worker is stopped: everything in memory is gone; a new background starts on the same session storage.
    const after = createBackground(async () => store, fakeBrowser.storage.session as never);
    sent.mockClear();
    await after.handlers.deleteAnnotation({ id: annotation().id }, { url: 'chrome-extension://test/notes.html' });
    await vi.waitFor(() =>
      expect(sent).toHaveBeenCalledWith(7, expect.objectContaining({ type: 'refreshAnnotations' })),
    );
    // A closed tab is forgotten.
    await after.state.forgetTab(7);
    expect(
      await createBackground(async () => store, fakeBrowser.storage.session as never).state.tabsShowing(KEY),
    ).toEqual([]);
  });

  it('restores a deleted article per record for undo, reporting the one it could not', async () => {
    await handlers.saveAnnotation({ annotation: annotation('one') }, tab);
    const deleted = await handlers.deleteArticle({ articleKey: KEY }, {});
    if (!deleted.ok) throw new Error(deleted.reason);
    // A record spoiled while the undo waited (no selector left): it alone must stay out.
    const broken = {
      ...annotation('two'),
      id: 'urn:uuid:11111111-2222-4333-8444-000000000002',
      target: { source: KEY, selector: [] },
    } as unknown as Annotation;
    const reply = await handlers.restoreRecords(
      { articles: deleted.article ? [deleted.article] : [], annotations: [...deleted.annotations, broken] },
      {},
    );
    expect(reply.ok && reply.restored).toBe(2);
    expect(reply.ok && reply.failed.map((f) => f.id)).toEqual([broken.id]);
    expect((await store.listAnnotations(KEY)).map((a) => a.body.note)).toEqual(['one']);
  });

  it('decides the key with the Public Suffix List when the page sends its declared canonicals', async () => {
    const mobile = { tab: { id: 3 }, url: 'https://m.news.example.co.uk/story?utm_source=x', frameId: 0 } as never;
    const reply = await handlers.pageDetected(
      {
        url: 'https://m.news.example.co.uk/story',
        articleKey: 'https://m.news.example.co.uk/story',
        title: 'S',
        siteName: null,
        isArticle: true,
        canonical: 'https://www.example.co.uk/story',
        ogUrl: null,
      },
      mobile,
    );
    expect(reply.ok && reply.articleKey).toBe('https://www.example.co.uk/story');
    const evil = await handlers.pageDetected(
      {
        url: 'https://evil.github.io/p',
        articleKey: 'https://evil.github.io/p',
        title: 'E',
        siteName: null,
        isArticle: true,
        canonical: 'https://victim.github.io/a',
      },
      { tab: { id: 4 }, url: 'https://evil.github.io/p', frameId: 0 } as never,
    );
    expect(evil.ok && evil.articleKey).toBe('https://evil.github.io/p');
  });
});

describe('the library loaded in pages', () => {
  it('pages past an article whose address is long: the cursor is an article key, accepted as the library sends it', async () => {
    const long = `${KEY}/${'a-long-slug-'.repeat(40)}`;
    const first = annotation('long', long);
    const second = { ...annotation('short'), id: 'urn:uuid:11111111-2222-4333-8444-555555555556' };
    await store.importRecords([], [first, second]);
    const notes: string[] = [];
    let after: string | null = null;
    do {
      const checked = checkBackgroundMessage(
        { lede: 1, type: 'listAnnotationsPage', data: { after, limit: 1 } },
        'extension-page',
      );
      if (!checked.ok) throw new Error(checked.reason);
      const page = await handlers.listAnnotationsPage(
        checked.data as { after: string | null; limit: number },
        {} as never,
      );
      if (!page.ok) throw new Error(page.reason);
      notes.push(...page.annotations.map((a) => a.body.note));
      after = page.next;
    } while (after);
    expect(notes.sort()).toEqual(['long', 'short']);
  });
});
