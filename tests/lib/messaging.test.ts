import { describe, expect, it } from 'vitest';
import { checkBackgroundMessage, classifySender } from '../../lib/background-messages';
import { checkContentMessage } from '../../lib/content-messages';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const annotation = {
  id: 'urn:uuid:00000000-0000-4000-8000-000000000001',
  articleKey: 'https://example.com/a',
  target: {
    source: 'https://example.com/a',
    selector: [
      { type: 'TextQuoteSelector', exact: 'text', prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start: 1, end: 5 },
    ],
  },
  body: { note: 'n', tags: ['t'], color: 'yellow' },
  created: '2026-01-02T03:04:05.000Z',
  modified: '2026-01-02T03:04:05.000Z',
};
const msg = (type: string, data: unknown) => ({ lede: 1, type, data });

describe('message checks', () => {
  it('knows its own content scripts and pages, and nobody else', () => {
    expect(classifySender({ id: ID, tab: { id: 1 } as never, url: 'https://news.example/a' }, ID, ORIGIN)).toBe(
      'content-script',
    );
    expect(classifySender({ id: ID, url: ORIGIN + 'popup.html' }, ID, ORIGIN)).toBe('extension-page');
    // The notes library is an extension page even when it is open in a tab.
    expect(classifySender({ id: ID, tab: { id: 2 } as never, url: ORIGIN + 'notes.html' }, ID, ORIGIN)).toBe(
      'extension-page',
    );
    expect(classifySender({ id: 'other-extension', url: ORIGIN }, ID, ORIGIN)).toBeNull();
    expect(classifySender({ id: ID, url: 'https://evil.example/' }, ID, ORIGIN)).toBeNull();
  });

  it('takes a note editor’s event to relay only from an extension page, in the event’s own shape', () => {
    const event = { nonce: 'a1b2', kind: 'focused', retaken: true, load: '0f3c9a1b2d4e5f60' };
    expect(checkBackgroundMessage(msg('relayEditorEvent', event), 'extension-page')).toMatchObject({
      ok: true,
      type: 'relayEditorEvent',
      data: event,
    });
    // A page's content script cannot have its own events relayed to its tab as if the editor sent them.
    expect(checkBackgroundMessage(msg('relayEditorEvent', event), 'content-script', 'https://example.com/a').ok).toBe(
      false,
    );
    expect(checkBackgroundMessage(msg('relayEditorEvent', { ...event, kind: 'steal' }), 'extension-page').ok).toBe(
      false,
    );
    expect(
      checkBackgroundMessage(msg('relayEditorEvent', { ...event, nonce: 'x'.repeat(65) }), 'extension-page').ok,
    ).toBe(false);
    // The load a frame names itself by is a short string, nothing else.
    for (const load of [7, 'x'.repeat(65), { id: 1 }])
      expect(checkBackgroundMessage(msg('relayEditorEvent', { ...event, load }), 'extension-page').ok).toBe(false);
  });

  it('accepts a well-formed save from the content script of the article’s own page', () => {
    expect(
      checkBackgroundMessage(
        msg('saveAnnotation', { annotation }),
        'content-script',
        'https://example.com/a?utm_source=x#p2',
      ),
    ).toMatchObject({ ok: true, type: 'saveAnnotation' });
    expect(
      checkBackgroundMessage(
        msg('saveAnnotation', { annotation, baseModified: annotation.modified }),
        'content-script',
        'https://www.example.com/a',
      ),
    ).toMatchObject({ ok: true });
  });

  describe('binds a page to its own article (sender.url, not what the message claims)', () => {
    const victimKey = 'https://victim.github.io/notes/article';
    const evil = 'https://evil.github.io/post';
    const victim = { ...annotation, articleKey: victimKey, target: { ...annotation.target, source: victimKey } };
    it.each([
      ['list another site’s notes', msg('listAnnotations', { articleKey: victimKey })],
      ['save under another site’s key', msg('saveAnnotation', { annotation: victim })],
      [
        'save with its own key but another site’s source',
        msg('saveAnnotation', {
          annotation: { ...annotation, articleKey: evil, target: { ...annotation.target, source: victimKey } },
        }),
      ],
      [
        'announce itself as another site’s article',
        msg('pageDetected', {
          url: victimKey,
          articleKey: victimKey,
          title: 'Hijacked',
          siteName: null,
          isArticle: true,
        }),
      ],
      [
        'report anchoring for another site’s article',
        msg('annotationsAnchored', { articleKey: victimKey, anchored: [], orphans: [] }),
      ],
    ] as const)('a page on evil.github.io cannot %s', (_name, message) => {
      const checked = checkBackgroundMessage(message, 'content-script', evil);
      expect(checked.ok).toBe(false);
      if (!checked.ok) expect(checked.reason).toMatch(/may not use the notes of another page/);
    });
    it('refuses a content script whose frame is not a web page', () => {
      expect(
        checkBackgroundMessage(msg('listAnnotations', { articleKey: victimKey }), 'content-script', undefined).ok,
      ).toBe(false);
      expect(
        checkBackgroundMessage(msg('listAnnotations', { articleKey: victimKey }), 'content-script', 'data:text/html,x')
          .ok,
      ).toBe(false);
    });
    it('files a page summary under the frame’s real URL, not the one the page reported', () => {
      const checked = checkBackgroundMessage(
        msg('pageDetected', {
          url: 'https://victim.github.io/x',
          articleKey: evil,
          title: 't',
          siteName: null,
          isArticle: true,
        }),
        'content-script',
        evil + '#top',
      );
      expect(checked).toMatchObject({ ok: true, data: { url: evil, articleKey: evil } });
    });
    it('holds a frame inside a page to keys of its own host, a top frame to its owner’s (red team 53)', () => {
      const story = 'https://www.dailynews.com/2026/story';
      const ad = 'https://ads.dailynews.com/slot.html';
      const m = msg('listAnnotations', { articleKey: story });
      expect(checkBackgroundMessage(m, 'content-script', ad, true).ok).toBe(false);
      expect(checkBackgroundMessage(m, 'content-script', ad, false).ok).toBe(true);
      // Path-style S3, where the exact host is wider than the owner: a frame is held to both.
      const s3 = msg('listAnnotations', { articleKey: 'https://s3.amazonaws.com/newsroom/story.html' });
      expect(checkBackgroundMessage(s3, 'content-script', 'https://s3.amazonaws.com/evil/p.html', true).ok).toBe(false);
      // A frame's own host still works.
      const own = msg('listAnnotations', { articleKey: 'https://www.dailynews.com/2026/story' });
      expect(checkBackgroundMessage(own, 'content-script', 'https://www.dailynews.com/embed/x', true).ok).toBe(true);
    });
    describe('a page that moved its address onto another owner’s path on a shared host (red team 53)', () => {
      // Two copies on one archive (each owns itself alone) and two buckets of one storage host: one origin each.
      const cases = [
        [
          'https://web.archive.org/web/2024/https://evil.example/a',
          'https://web.archive.org/web/2024/https://news.example/story',
        ],
        ['https://storage.googleapis.com/evil-bucket/p.html', 'https://storage.googleapis.com/newsroom/story.html'],
        ['https://s3.amazonaws.com/evil-bucket/p.html', 'https://s3.amazonaws.com/newsroom/story.html'],
      ] as const;
      it.each(cases)('Firefox (sender.url is the moved address): loaded at %s, now at %s', (loaded, now) => {
        const victim = { ...annotation, articleKey: now, target: { ...annotation.target, source: now } };
        for (const m of [
          msg('saveAnnotation', { annotation: victim }),
          msg('listAnnotations', { articleKey: now }),
          msg('pageNotes', { url: now, canonical: null, ogUrl: null }),
        ]) {
          const checked = checkBackgroundMessage({ ...m, loadedAt: loaded }, 'content-script', now);
          expect(checked.ok).toBe(false);
          if (!checked.ok) expect(checked.reason).toMatch(/moved its address onto another site/);
        }
      });
      it.each(cases)('Chromium (sender.url is the loaded address): loaded at %s, now at %s', (loaded, now) => {
        for (const m of [
          msg('pageNotes', { url: now, canonical: null, ogUrl: null }),
          msg('pageDetected', { url: now, articleKey: loaded, title: 't', siteName: null, isArticle: true }),
        ])
          expect(checkBackgroundMessage({ ...m, loadedAt: loaded }, 'content-script', loaded).ok).toBe(false);
      });
      it('still takes a route within the owner, and an envelope without loadedAt', () => {
        const loaded = 'https://storage.googleapis.com/newsroom/index.html';
        const now = 'https://storage.googleapis.com/newsroom/story.html';
        const m = msg('pageNotes', { url: now, canonical: null, ogUrl: null });
        expect(checkBackgroundMessage({ ...m, loadedAt: loaded }, 'content-script', now).ok).toBe(true);
        expect(checkBackgroundMessage({ ...m, loadedAt: loaded }, 'content-script', loaded).ok).toBe(true);
        expect(checkBackgroundMessage(m, 'content-script', now).ok).toBe(true);
      });
    });
    it('keeps the path a single-page site moved to (the same origin; the browser still reports the first one)', () => {
      const said = 'https://evil.github.io/news/2016/another-article.html';
      const checked = checkBackgroundMessage(
        msg('pageDetected', { url: `${said}#c`, articleKey: said, title: 't', siteName: null, isArticle: true }),
        'content-script',
        'https://evil.github.io/trust/moves-address.html',
      );
      expect(checked).toMatchObject({ ok: true, data: { url: said } });
    });
    it('still lets a page use a canonical on its own registrable domain', () => {
      expect(
        checkBackgroundMessage(
          msg('listAnnotations', { articleKey: 'https://www.example.co.uk/news/1' }),
          'content-script',
          'https://amp.example.co.uk/news/1',
        ).ok,
      ).toBe(true);
    });
  });

  it.each([
    ['an unknown sender', msg('saveAnnotation', { annotation }), null, /unknown sender/],
    [
      'a message without the envelope',
      { type: 'saveAnnotation', data: { annotation } },
      'content-script',
      /not a Lede message/,
    ],
    ['an unknown command', msg('dropDatabase', {}), 'extension-page', /unknown message/],
    ['a prototype name', msg('constructor', {}), 'extension-page', /unknown message/],
    [
      'an import sent by a page',
      msg('importRecords', { articles: [], annotations: [] }),
      'content-script',
      /not allowed from a page/,
    ],
    [
      'a bad colour',
      msg('saveAnnotation', { annotation: { ...annotation, body: { ...annotation.body, color: 'red' } } }),
      'content-script',
      /body\.color/,
    ],
    [
      'a javascript: source',
      msg('saveAnnotation', { annotation: { ...annotation, articleKey: 'javascript:alert(1)' } }),
      'content-script',
      /articleKey/,
    ],
    [
      'a position ending before it starts',
      msg('saveAnnotation', {
        annotation: {
          ...annotation,
          target: {
            ...annotation.target,
            selector: [annotation.target.selector[0], { type: 'TextPositionSelector', start: 9, end: 2 }],
          },
        },
      }),
      'content-script',
      /end before it starts/,
    ],
    [
      'an id that is not a uuid',
      msg('saveAnnotation', { annotation: { ...annotation, id: '<img src=x onerror=alert(1)>' } }),
      'content-script',
      /urn:uuid/,
    ],
  ] as const)('refuses %s', (_name, message, sender, reason) => {
    const checked = checkBackgroundMessage(message, sender);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.reason).toMatch(reason);
  });

  it('lets only the extension itself command a content script', () => {
    expect(checkContentMessage(msg('collectPage', {}), { id: ID }, ID, ORIGIN).ok).toBe(true);
    expect(
      checkContentMessage(
        msg('collectPage', {}),
        { id: ID, tab: { id: 3 } as never, url: 'https://page.example/' },
        ID,
        ORIGIN,
      ).ok,
    ).toBe(false);
    expect(
      checkContentMessage(
        msg('collectPage', {}),
        { id: ID, tab: { id: 3 } as never, url: ORIGIN + 'notes.html' },
        ID,
        ORIGIN,
      ).ok,
    ).toBe(true);
    expect(checkContentMessage(msg('collectPage', {}), { id: 'another-extension' }, ID, ORIGIN).ok).toBe(false);
    expect(checkContentMessage(msg('showPassage', { selectors: [] }), { id: ID }, ID, ORIGIN).ok).toBe(false);
    expect(
      checkContentMessage(
        msg('showPassage', {
          selectors: [{ type: 'TextQuoteSelector', exact: 'x'.repeat(20_001), prefix: '', suffix: '' }],
        }),
        { id: ID },
        ID,
        ORIGIN,
      ).ok,
    ).toBe(false);
    expect(
      checkContentMessage(
        msg('showPassage', { selectors: [{ type: 'TextPositionSelector', start: 5, end: 2 }] }),
        { id: ID },
        ID,
        ORIGIN,
      ).ok,
    ).toBe(false);
    expect(
      checkContentMessage(
        msg('showPassage', {
          selectors: [{ type: 'TextQuoteSelector', exact: 'passage', prefix: 'a ', suffix: ' b' }],
        }),
        { id: ID },
        ID,
        ORIGIN,
      ).ok,
    ).toBe(true);
    expect(checkContentMessage(msg('highlightSelection', { color: 'red' }), { id: ID }, ID, ORIGIN).ok).toBe(false);
    expect(checkContentMessage(msg('highlightSelection', { color: 'pink' }), { id: ID }, ID, ORIGIN).ok).toBe(true);
    // The context menu's text travels with its command; anything but a string is refused.
    const menu = (menuText: unknown) =>
      checkContentMessage(msg('highlightSelection', { menuText }), { id: ID }, ID, ORIGIN).ok;
    expect(menu('Beijing and Moscow have found common cause')).toBe(true);
    expect(menu({ toString: 'x' })).toBe(false);
    expect(menu(42)).toBe(false);
  });

  it('takes confirm and drop of a placement only from the extension, with one bounded id', () => {
    const page = { id: ID, tab: { id: 3 } as never, url: 'https://page.example/' };
    for (const type of ['confirmPlacement', 'dropPlacement'] as const) {
      // A confirmation carries the words the sidebar showed (the page side stores them only if they are still there).
      const words = type === 'confirmPlacement' ? { words: 'have found common cause' } : {};
      expect(checkContentMessage(msg(type, { id: 'urn:uuid:1', ...words }), { id: ID }, ID, ORIGIN).ok).toBe(true);
      expect(checkContentMessage(msg(type, { id: 'urn:uuid:1', ...words }), page, ID, ORIGIN).ok).toBe(false);
      expect(checkContentMessage(msg(type, { ...words }), { id: ID }, ID, ORIGIN).ok).toBe(false);
      expect(checkContentMessage(msg(type, { id: '', ...words }), { id: ID }, ID, ORIGIN).ok).toBe(false);
      expect(checkContentMessage(msg(type, { id: 'x'.repeat(101), ...words }), { id: ID }, ID, ORIGIN).ok).toBe(false);
      expect(checkContentMessage(msg(type, { id: 7, ...words }), { id: ID }, ID, ORIGIN).ok).toBe(false);
    }
    // Without the words shown, or with anything but bounded text, a confirmation is refused.
    const confirm = (words: unknown) =>
      checkContentMessage(msg('confirmPlacement', { id: 'urn:uuid:1', words }), { id: ID }, ID, ORIGIN).ok;
    expect(confirm(undefined)).toBe(false);
    expect(confirm(42)).toBe(false);
    expect(confirm('x'.repeat(20_001))).toBe(false);
  });

  it('takes note-editor events only from the extension’s own frame, in their exact shape', () => {
    const frame = { id: ID, tab: { id: 3 } as never, url: `${ORIGIN}note-editor.html#id=x` };
    expect(
      checkContentMessage(msg('editorEvent', { nonce: 'n1', kind: 'resize', height: 240 }), frame, ID, ORIGIN).ok,
    ).toBe(true);
    // Another content script (a page's frame) cannot pose as the editor.
    expect(
      checkContentMessage(
        msg('editorEvent', { nonce: 'n1', kind: 'close' }),
        { id: ID, tab: { id: 3 } as never, url: 'https://page.example/' },
        ID,
        ORIGIN,
      ).ok,
    ).toBe(false);
    expect(checkContentMessage(msg('editorEvent', { nonce: 'n1', kind: 'explode' }), frame, ID, ORIGIN).ok).toBe(false);
    expect(
      checkContentMessage(msg('editorEvent', { nonce: 'n1', kind: 'resize', height: 1e9 }), frame, ID, ORIGIN).ok,
    ).toBe(false);
    expect(checkContentMessage(msg('editorEvent', { kind: 'close' }), frame, ID, ORIGIN).ok).toBe(false);
    expect(
      checkContentMessage(msg('editorEvent', { nonce: 'n1', kind: 'ready', load: 'a1' }), frame, ID, ORIGIN).ok,
    ).toBe(true);
    for (const load of [7, 'x'.repeat(65)])
      expect(checkContentMessage(msg('editorEvent', { nonce: 'n1', kind: 'ready', load }), frame, ID, ORIGIN).ok).toBe(
        false,
      );
  });
});
