// The background's side of the protocol in lib/messaging.ts: a schema per command, who may send it, and the
// checks run on every message before a handler touches the store. Kept apart so pages' bundles do not carry it.
import * as v from 'valibot';
import { browser, type Browser } from 'wxt/browser';
import { mayUseArticleKey } from '../core/article/site-owner';
import {
  AnnotationSchema,
  ArticleRecordSchema,
  HttpUrlSchema,
  TextPositionSelectorSchema,
  TextQuoteSelectorSchema,
  describeIssues,
} from '../core/schemas';
import { IMPORT_CHUNK_MAX, runHandler, type BackgroundHandlers, type BackgroundMessage } from './messaging';

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
    title: text(2_000),
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
const ImportId = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const Empty = v.object({});

const PageSummarySchema = v.object({
  url: HttpUrlSchema,
  articleKey: HttpUrlSchema,
  title: v.pipe(v.string(), v.maxLength(2_000)),
  siteName: v.nullable(v.pipe(v.string(), v.maxLength(500))),
  isArticle: v.boolean(),
  canonical: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(4_096)))),
  ogUrl: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(4_096)))),
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
 * Messages handled by the background (sent with `sendToBackground`). `req` is validated with `schema` on arrival;
 * `contentScript: true` marks the ones a content script may send (the others only extension pages may send).
 */
export const backgroundSchemas = {
  /**
   * A tab's content script found its page (article or not); stores an article record and returns its annotations.
   * The `url` the handler sees is the frame's real URL (sender.url), whatever the page summary said.
   */
  pageDetected: fromPage(PageSummarySchema, (d) => [d.articleKey]),
  /** The bootstrap asks whether its page has notes; the background decides the article key from the candidates. */
  pageNotes: fromPage(
    v.object({
      url: HttpUrlSchema,
      canonical: v.nullable(v.pipe(v.string(), v.maxLength(4_000))),
      ogUrl: v.nullable(v.pipe(v.string(), v.maxLength(4_000))),
    }),
    // The handler takes the frame's real URL (sender.url), never this one; it names no key a page could borrow.
    () => [],
  ),
  /** Create or replace an annotation; `baseModified` is the stored copy's `modified` the edit started from. */
  saveAnnotation: fromPage(
    v.object({
      annotation: AnnotationSchema,
      baseModified: v.optional(v.pipe(v.string(), v.maxLength(40), v.isoTimestamp())),
    }),
    (d) => [d.annotation.articleKey, d.annotation.target.source],
  ),
  /** Delete an annotation; replies with the deleted one so the caller can offer undo. The handler checks its key. */
  deleteAnnotation: { schema: v.object({ id: v.pipe(v.string(), v.maxLength(100)) }), contentScript: true },
  /** The annotations of one article. */
  listAnnotations: fromPage(ArticleKey, (d) => [d.articleKey]),
  /** The content script reports which annotations it could place and which are orphans. */
  annotationsAnchored: fromPage(
    v.object({
      articleKey: HttpUrlSchema,
      anchored: v.pipe(v.array(v.pipe(v.string(), v.maxLength(100))), v.maxLength(100_000)),
      orphans: v.pipe(
        v.array(v.object({ id: v.pipe(v.string(), v.maxLength(100)), reason: v.pipe(v.string(), v.maxLength(500)) })),
        v.maxLength(100_000),
      ),
      uncertain: v.optional(
        v.pipe(
          v.array(
            v.object({
              id: v.pipe(v.string(), v.maxLength(100)),
              confidence: v.picklist(['fuzzy', 'needs-confirmation']),
              score: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
            }),
          ),
          v.maxLength(100_000),
        ),
      ),
    }),
    (d) => [d.articleKey],
  ),
  /** The last anchoring report for an article (for the sidebar's orphan list). */
  getAnchorReport: { schema: ArticleKey, contentScript: false },
  /** Every article with its annotation counts (notes library). */
  listArticles: { schema: Empty, contentScript: false },
  /** Every annotation (notes library, export). */
  listAllAnnotations: { schema: Empty, contentScript: false },
  /**
   * The library's first screen: the `limit` most recently read articles that have annotations, with those
   * annotations (core/search `readRecentArticles(store.db, limit)`), so it shows before the whole store is read.
   */
  listRecentArticles: {
    schema: v.object({ limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500)) }),
    contentScript: false,
  },
  /**
   * One page of annotations in id order (core/search `readAnnotationPage(store.db, after, limit)`): the library loads
   * everything in pages, as one reply with 100,000 annotations nears Chrome's 64 MiB message limit.
   */
  listAnnotationsPage: {
    schema: v.object({
      after: v.nullable(v.pipe(v.string(), v.maxLength(100))),
      limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20_000)),
    }),
    contentScript: false,
  },
  /** A cached extraction for this article text, or null. */
  getCachedExtraction: {
    schema: v.object({ articleKey: HttpUrlSchema, textHash: v.pipe(v.string(), v.maxLength(64)) }),
    contentScript: false,
  },
  /** The newest cached extraction of an article, whatever text it was made from (notes library), or null. */
  getArticleExtraction: { schema: ArticleKey, contentScript: false },
  /** Cache an extraction made in an extension page. Not validated deeply: only extension pages may send it. */
  cacheExtraction: {
    schema: v.object({
      articleKey: HttpUrlSchema,
      textHash: v.pipe(v.string(), v.maxLength(64)),
      extraction: v.object({ facts: v.array(v.any()), quotes: v.array(v.any()), entities: v.array(v.any()) }),
    }),
    contentScript: false,
  },
  /** Store an article record (from an extension page that extracted the full metadata). */
  recordArticle: { schema: v.object({ article: ArticleRecordSchema }), contentScript: false },
  /** Import validated records in one transaction. */
  importRecords: {
    schema: v.object({
      articles: v.pipe(v.array(ArticleRecordSchema), v.maxLength(1_000_000)),
      annotations: v.pipe(v.array(AnnotationSchema), v.maxLength(1_000_000)),
    }),
    contentScript: false,
  },
  /** One chunk of a staged import (at most IMPORT_CHUNK_MAX records), kept in memory until commit or cancel. */
  stageImport: {
    schema: v.object({
      importId: ImportId,
      articles: v.pipe(v.array(ArticleRecordSchema), v.maxLength(IMPORT_CHUNK_MAX)),
      annotations: v.pipe(v.array(AnnotationSchema), v.maxLength(IMPORT_CHUNK_MAX)),
    }),
    contentScript: false,
  },
  /** Write a staged import in one transaction. */
  commitImport: { schema: v.object({ importId: ImportId }), contentScript: false },
  /** Drop a staged import (aborting its write if under way). */
  cancelImport: { schema: v.object({ importId: ImportId }), contentScript: false },
  /** An import the library page wrote itself: the article keys whose tabs should repaint. */
  notesImported: {
    schema: v.object({ articleKeys: v.pipe(v.array(HttpUrlSchema), v.maxLength(1_000_000)) }),
    contentScript: false,
  },
  /** Delete an article with its annotations; replies with them for undo. */
  deleteArticle: { schema: ArticleKey, contentScript: false },
  /** Undo of deleteArticle: each record restored on its own (validated one by one in the handler's store). */
  restoreRecords: {
    schema: v.object({
      articles: v.pipe(v.array(v.unknown()), v.maxLength(1_000)),
      annotations: v.pipe(v.array(v.unknown()), v.maxLength(1_000_000)),
    }),
    contentScript: false,
  },
  /** Ask the active tab's content script to scroll to and flash a passage. */
  showPassageInTab: { schema: v.object({ tabId: v.number(), selectors: SelectorsSchema }), contentScript: false },
  /** Keep an article's text as first read (core/revisions); from extension pages only. */
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
            id: v.pipe(v.string(), v.minLength(1), v.maxLength(2_000)),
            deleted: v.pipe(v.string(), v.isoTimestamp()),
            kind: v.optional(v.literal('article')),
          }),
        ),
        v.maxLength(1_000_000),
      ),
    }),
    contentScript: false,
  },
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

/** The URL without its fragment (a same-document anchor does not change which article a frame shows). */
const withoutFragment = (url: string) => url.replace(/#.*$/s, '');

/**
 * Validates an incoming message against its schema and the sender's rights. Returns the handler's input, or a
 * reason to refuse. For a content script, `pageUrl` is the sending frame's real URL (`sender.url`, set by the
 * browser, not by the page): every key the message names must be one that URL may use, and a page summary's `url`
 * is replaced by it. Pure: no browser APIs, so it is unit-tested directly.
 */
export function checkBackgroundMessage(
  message: unknown,
  senderKind: SenderKind | null,
  pageUrl?: string,
): { ok: true; type: BackgroundMessage; data: unknown } | { ok: false; reason: string } {
  if (!senderKind) return { ok: false, reason: 'unknown sender' };
  const m = message as { lede?: unknown; type?: unknown; data?: unknown } | null;
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
  const pageKeys = (entry as Entry).pageKeys;
  for (const key of pageKeys ? pageKeys(parsed.output as never) : []) {
    if (!mayUseArticleKey(pageUrl, key))
      return { ok: false, reason: `${type}: this page may not use the notes of another page (${key.slice(0, 200)})` };
  }
  if (type === 'pageDetected')
    return { ok: true, type, data: { ...(parsed.output as object), url: withoutFragment(pageUrl) } };
  return { ok: true, type, data: parsed.output };
}

/** Registers the background's handlers behind sender checks and validation. Returns the listener for removal. */
export function registerBackgroundHandlers(handlers: BackgroundHandlers, log: (msg: string) => void = () => {}) {
  const origin = browser.runtime.getURL('/');
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    // Broadcast events travel on the same channel; they are not commands for us.
    if ((message as { event?: unknown } | null)?.event !== undefined) return undefined;
    const checked = checkBackgroundMessage(message, classifySender(sender, browser.runtime.id, origin), sender.url);
    if (!checked.ok) {
      log(`refused a message: ${checked.reason}`);
      return Promise.resolve({ ok: false, reason: checked.reason });
    }
    return runHandler(handlers[checked.type], checked.data, sender);
  };
  browser.runtime.onMessage.addListener(listener);
  return listener;
}
