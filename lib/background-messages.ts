// The background's side of the protocol in lib/messaging.ts: a schema per command, who may send it, and the
// checks run on every message before a handler touches the store. Kept apart so pages' bundles do not carry it.
import * as v from 'valibot';
import { browser, type Browser } from 'wxt/browser';
import { withoutAnchor } from '../core/article/hash-route';
import { frameScope, mayUseArticleKey, movedToAnotherOwner } from '../core/article/site-owner';
import {
  MAX_ID_CHARS,
  MAX_QUOTE_CHARS,
  MAX_SITE_NAME_CHARS,
  MAX_STAMP_CHARS,
  MAX_TITLE_CHARS,
  MAX_TOMBSTONE_ID_CHARS,
  MAX_URL_CHARS,
} from '../core/limits';
import {
  AnnotationSchema,
  ArticleRecordSchema,
  HttpUrlSchema,
  TextPositionSelectorSchema,
  TextQuoteSelectorSchema,
  describeIssues,
} from '../core/schemas';
import { EDITOR_EVENT_KINDS, runHandler, type BackgroundHandlers, type BackgroundMessage } from './messaging';

const SelectorsSchema = v.pipe(
  v.array(v.union([TextQuoteSelectorSchema, TextPositionSelectorSchema])),
  v.minLength(1),
  v.maxLength(4),
);

const ArticleKey = v.object({ articleKey: HttpUrlSchema });

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
/** A reading copy (core/revisions): bounded everywhere, and at most 2 MB of paragraph text whatever the setting. */
const ReadingCopySchema = v.pipe(
  v.object({
    articleKey: HttpUrlSchema,
    readAt: v.pipe(v.string(), v.isoTimestamp()),
    title: text(MAX_TITLE_CHARS),
    deck: v.nullable(text(5_000)),
    paragraphs: v.pipe(v.array(text(200_000)), v.maxLength(20_000)),
    quotes: v.pipe(v.array(v.object({ text: text(20_000), speaker: v.nullable(text(500)) })), v.maxLength(200)),
    figures: v.pipe(
      v.array(v.object({ text: text(20_000), values: v.pipe(v.array(text(200)), v.maxLength(50)) })),
      v.maxLength(200),
    ),
    truncated: v.boolean(),
  }),
  v.check((c) => c.paragraphs.reduce((n, p) => n + p.length, 0) <= 2_000_000, 'the kept text is larger than 2 MB'),
);
const Empty = v.object({});

const PageSummarySchema = v.object({
  url: HttpUrlSchema,
  articleKey: HttpUrlSchema,
  title: v.pipe(v.string(), v.maxLength(MAX_TITLE_CHARS)),
  siteName: v.nullable(v.pipe(v.string(), v.maxLength(MAX_SITE_NAME_CHARS))),
  isArticle: v.boolean(),
  canonical: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(MAX_URL_CHARS)))),
  ogUrl: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(MAX_URL_CHARS)))),
});

type Entry = { schema: v.GenericSchema; contentScript: boolean; pageKeys?: (data: never) => string[] };

/**
 * A command a content script may send. `pageKeys` lists every article key (or annotation source) the message
 * names: each must be one the sending frame's real URL may use (`mayUseArticleKey(sender.url, key)`), so a page
 * can read and write only the notes of the article it is showing, whatever its canonical link or message claims.
 */
function fromPage<S extends v.GenericSchema>(schema: S, pageKeys: (data: v.InferOutput<S>) => string[]) {
  return { schema, contentScript: true as const, pageKeys: pageKeys as (data: never) => string[] };
}

/**
 * The schema of every command in `BackgroundProtocol` (lib/messaging.ts, where each command is documented) and
 * whether a content script may send it. `req` is validated with `schema` on arrival; `contentScript: true` marks
 * the ones a content script may send (the others only extension pages may send). The schema's output is what the
 * handler receives: tests/lib/protocol-types.test.ts pins it to the interface's `req` type. Comments here say only
 * what the validation does.
 */
export const backgroundSchemas = {
  // checkBackgroundMessage replaces the summary's `url` with the frame's real URL where their origins differ.
  pageDetected: fromPage(PageSummarySchema, (d) => [d.articleKey]),
  pageNotes: fromPage(
    v.object({
      url: HttpUrlSchema,
      canonical: v.nullable(v.pipe(v.string(), v.maxLength(MAX_URL_CHARS))),
      ogUrl: v.nullable(v.pipe(v.string(), v.maxLength(MAX_URL_CHARS))),
      unread: v.optional(v.literal(true)),
    }),
    // The handler takes the frame's real URL (sender.url) where this one's origin differs; it names no key a page
    // could borrow (a page can move its own path, never its origin).
    () => [],
  ),
  saveAnnotation: fromPage(
    v.object({
      annotation: AnnotationSchema,
      baseModified: v.optional(v.pipe(v.string(), v.maxLength(MAX_STAMP_CHARS), v.isoTimestamp())),
    }),
    (d) => [d.annotation.articleKey, d.annotation.target.source],
  ),
  // Names no key: the handler checks that the annotation's stored key is one the sending page may use.
  deleteAnnotation: { schema: v.object({ id: v.pipe(v.string(), v.maxLength(MAX_ID_CHARS)) }), contentScript: true },
  listAnnotations: fromPage(ArticleKey, (d) => [d.articleKey]),
  // Names nothing; the handler takes it only from a sub-frame and tells that frame's own tab alone.
  frameUnseen: { schema: Empty, contentScript: true },
  // Names a highlight id only; the handler forgets that note's editor in the sender's own tab alone.
  noteClosed: { schema: v.object({ id: text(MAX_ID_CHARS) }), contentScript: true },
  // Names nothing; the handler answers about the sender's own tab and frame alone.
  noteCut: { schema: Empty, contentScript: true },
  // Names nothing; the handler runs Lede's own page script in the sending frame alone.
  loadPageScript: { schema: Empty, contentScript: true },
  // Names nothing; the handler adds Lede's fixed rule to the sending frame alone.
  allowSelecting: { schema: Empty, contentScript: true },
  // Only an extension page (the note editor's frame) relays; the handler sends it to the sender's own tab alone.
  relayEditorEvent: {
    schema: v.object({
      nonce: text(64),
      kind: v.picklist(EDITOR_EVENT_KINDS),
      height: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(5000))),
      tabbed: v.optional(v.boolean()),
      retaken: v.optional(v.boolean()),
      load: v.optional(text(64)),
      annotation: v.optional(AnnotationSchema),
      reason: v.optional(text(1000)),
    }),
    contentScript: false,
  },
  annotationsAnchored: fromPage(
    v.object({
      articleKey: HttpUrlSchema,
      anchored: v.pipe(v.array(v.pipe(v.string(), v.maxLength(MAX_ID_CHARS))), v.maxLength(100_000)),
      orphans: v.pipe(
        v.array(
          v.object({ id: v.pipe(v.string(), v.maxLength(MAX_ID_CHARS)), reason: v.pipe(v.string(), v.maxLength(500)) }),
        ),
        v.maxLength(100_000),
      ),
      uncertain: v.optional(
        v.pipe(
          v.array(
            v.object({
              id: v.pipe(v.string(), v.maxLength(MAX_ID_CHARS)),
              confidence: v.picklist(['fuzzy', 'needs-confirmation']),
              score: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
              found: v.optional(v.pipe(v.string(), v.maxLength(MAX_QUOTE_CHARS))),
            }),
          ),
          v.maxLength(100_000),
        ),
      ),
    }),
    (d) => [d.articleKey],
  ),
  getAnchorReport: { schema: ArticleKey, contentScript: false },
  listArticles: { schema: Empty, contentScript: false },
  listAllAnnotations: { schema: Empty, contentScript: false },
  listRecentArticles: {
    schema: v.object({ limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500)) }),
    contentScript: false,
  },
  listAnnotationsPage: {
    schema: v.object({
      after: v.nullable(v.pipe(v.string(), v.maxLength(MAX_URL_CHARS))),
      limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20_000)),
    }),
    contentScript: false,
  },
  getCachedExtraction: {
    schema: v.object({ articleKey: HttpUrlSchema, textHash: v.pipe(v.string(), v.maxLength(64)) }),
    contentScript: false,
  },
  getArticleExtraction: { schema: ArticleKey, contentScript: false },
  // Extension pages only, so the extraction is checked for its shape, not item by item.
  cacheExtraction: {
    schema: v.object({
      articleKey: HttpUrlSchema,
      textHash: v.pipe(v.string(), v.maxLength(64)),
      extraction: v.object({ facts: v.array(v.any()), quotes: v.array(v.any()), entities: v.array(v.any()) }),
    }),
    contentScript: false,
  },
  recordArticle: { schema: v.object({ article: ArticleRecordSchema }), contentScript: false },
  importRecords: {
    schema: v.object({
      articles: v.pipe(v.array(ArticleRecordSchema), v.maxLength(1_000_000)),
      annotations: v.pipe(v.array(AnnotationSchema), v.maxLength(1_000_000)),
    }),
    contentScript: false,
  },
  /** An import the library page wrote itself: the article keys whose tabs should repaint. */
  notesImported: {
    schema: v.object({ articleKeys: v.pipe(v.array(HttpUrlSchema), v.maxLength(1_000_000)) }),
    contentScript: false,
  },
  deleteArticle: { schema: ArticleKey, contentScript: false },
  // Records as stored (possibly damaged): the store validates them one by one, so one bad record loses no other.
  restoreRecords: {
    schema: v.object({
      articles: v.pipe(v.array(v.unknown()), v.maxLength(1_000)),
      annotations: v.pipe(v.array(v.unknown()), v.maxLength(1_000_000)),
    }),
    contentScript: false,
  },
  showPassageInTab: { schema: v.object({ tabId: v.number(), selectors: SelectorsSchema }), contentScript: false },
  keepReadingCopy: { schema: v.object({ copy: ReadingCopySchema }), contentScript: false },
  getReadingCopy: { schema: ArticleKey, contentScript: false },
  /** The tombstones the folder's backup carries (core/vault); from extension pages only. */
  listTombstones: { schema: Empty, contentScript: false },
  /** Deletions read from the reader's folder (core/vault tombstones); from extension pages only. */
  applyDeletions: {
    schema: v.object({
      tombstones: v.pipe(
        v.array(
          v.object({
            id: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_TOMBSTONE_ID_CHARS)),
            deleted: v.pipe(v.string(), v.isoTimestamp()),
            kind: v.optional(v.literal('article')),
          }),
        ),
        v.maxLength(1_000_000),
      ),
    }),
    contentScript: false,
  },
  /** Writes the reader's folder now (core/vault/folder-sync.ts); from extension pages only. */
  writeFolder: { schema: Empty, contentScript: false },
} as const satisfies Record<BackgroundMessage, Entry>;

export type SenderKind = 'content-script' | 'extension-page';

/**
 * Who sent a message: one of our own pages (its URL is in the extension's origin, whether it is a popup, the side
 * panel or a tab such as the notes library) or our own content script (a tab showing a web page); anything else
 * is null and is ignored. The page's own scripts cannot reach runtime messaging at all (no externally_connectable).
 */
export function classifySender(
  sender: Browser.runtime.MessageSender,
  extensionId: string,
  extensionOrigin: string,
): SenderKind | null {
  if (sender.id !== extensionId) return null;
  if (sender.url?.startsWith(extensionOrigin)) return 'extension-page';
  if (sender.tab) return 'content-script';
  return null;
}

/**
 * The URL without its fragment (a same-document anchor does not change which article a frame shows), except a hash
 * route, which does (`withoutAnchor`).
 */
const withoutFragment = (url: string) => withoutAnchor(url);

/**
 * Validates an incoming message against its schema and the sender's rights. Returns the handler's input, or a
 * reason to refuse. For a content script, `pageUrl` is the sending frame's real URL (`sender.url`, set by the
 * browser, not by the page): every key the message names must be one that URL may use, and a page summary's `url`
 * is replaced by it; a frame inside a page (`subframe`) names only keys of its own host (`frameScope`). Pure: no
 * browser APIs, so it is unit-tested directly.
 */
export function checkBackgroundMessage(
  message: unknown,
  senderKind: SenderKind | null,
  pageUrl?: string,
  subframe = false,
): { ok: true; type: BackgroundMessage; data: unknown } | { ok: false; reason: string } {
  if (!senderKind) return { ok: false, reason: 'unknown sender' };
  const m = message as { lede?: unknown; type?: unknown; data?: unknown; loadedAt?: unknown } | null;
  if (!m || typeof m !== 'object' || m.lede !== 1 || typeof m.type !== 'string')
    return { ok: false, reason: 'not a Lede message' };
  if (!Object.hasOwn(backgroundSchemas, m.type)) return { ok: false, reason: `unknown message ${m.type.slice(0, 40)}` };
  const type = m.type as BackgroundMessage;
  const entry = backgroundSchemas[type];
  if (senderKind === 'content-script' && !entry.contentScript)
    return { ok: false, reason: `${type} is not allowed from a page` };
  const parsed = v.safeParse(entry.schema, m.data);
  if (!parsed.success) return { ok: false, reason: `invalid ${type}: ${describeIssues(parsed.issues)}` };
  if (senderKind !== 'content-script') return { ok: true, type, data: parsed.output };
  if (!pageUrl || !/^https?:\/\//i.test(pageUrl))
    return { ok: false, reason: `${type}: the sending frame is not a web page` };
  // The page moved its address onto another owner's path since it loaded (Firefox's sender.url is the moved one), or
  // its page side reports such an address (Chromium's sender.url is the loaded one): it speaks for no article.
  const said = type === 'pageDetected' || type === 'pageNotes' ? (parsed.output as { url: string }).url : undefined;
  for (const other of [typeof m.loadedAt === 'string' ? m.loadedAt.slice(0, MAX_URL_CHARS) : undefined, said])
    if (other && movedToAnotherOwner(pageUrl, other)) return { ok: false, reason: MOVED_TO_ANOTHER_OWNER };
  const pageKeys = (entry as Entry).pageKeys;
  for (const key of pageKeys ? pageKeys(parsed.output as never) : []) {
    if (!mayUseArticleKey(pageUrl, key, frameScope(subframe)))
      return { ok: false, reason: `${type}: this page may not use the notes of another page (${key.slice(0, 200)})` };
  }
  if (type === 'pageDetected') {
    // The frame's real URL, unless the page moved its own path since it loaded (history.pushState/replaceState
    // cannot change the origin, and Chromium keeps the load's URL as the sender's): the address it shows now.
    const said = (parsed.output as { url: string }).url;
    const url = sameOrigin(said, pageUrl) ? said : pageUrl;
    return { ok: true, type, data: { ...(parsed.output as object), url: withoutFragment(url) } };
  }
  return { ok: true, type, data: parsed.output };
}

/**
 * Why a frame's messages are refused when its page moved its address onto another owner's path since it loaded
 * (`movedToAnotherOwner`); shown to the reader as a highlight's refusal.
 */
export const MOVED_TO_ANOTHER_OWNER =
  'this page moved its address onto another site’s since it loaded (a page on a host shared by many sites can), so Lede files no notes here: reload the page to highlight it.';

/** True when both are URLs of one origin (scheme, host and port). */
export function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

/** Registers the background's handlers behind sender checks and validation. Returns the listener for removal. */
export function registerBackgroundHandlers(handlers: BackgroundHandlers, log: (msg: string) => void = () => {}) {
  const origin = browser.runtime.getURL('/');
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    // Broadcast events travel on the same channel; they are not commands for us.
    if ((message as { event?: unknown } | null)?.event !== undefined) return undefined;
    const checked = checkBackgroundMessage(
      message,
      classifySender(sender, browser.runtime.id, origin),
      sender.url,
      (sender.frameId ?? 0) !== 0,
    );
    if (!checked.ok) {
      log(`refused a message: ${checked.reason}`);
      return Promise.resolve({ ok: false, reason: checked.reason });
    }
    return runHandler(handlers[checked.type], checked.data, sender);
  };
  browser.runtime.onMessage.addListener(listener);
  return listener;
}
