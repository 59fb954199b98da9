// THE protocol between Lede's contexts: every message name, its payload schema and its reply type, in one place.
// Commands are imperative (saveAnnotation), events past tense (annotationsChanged). Payloads are plain JSON.
import * as v from 'valibot';
import { browser, type Browser } from 'wxt/browser';
import {
  AnnotationSchema,
  ArticleRecordSchema,
  HttpUrlSchema,
  TextPositionSelectorSchema,
  TextQuoteSelectorSchema,
  ColorSchema,
  describeIssues,
} from '../core/schemas';
import type { Annotation, ArticleRecord, ColorId, Extraction, Selector } from '../core/types';

/** Expected failures cross contexts as values, never as thrown errors. */
export type Result<T = object> = ({ ok: true } & T) | { ok: false; reason: string };

const SelectorsSchema = v.pipe(
  v.array(v.union([TextQuoteSelectorSchema, TextPositionSelectorSchema])),
  v.minLength(1),
  v.maxLength(4),
);
const ArticleKey = v.object({ articleKey: HttpUrlSchema });
const Empty = v.object({});

/** What the content script knows cheaply about its page, without running the heavy extraction. */
const PageSummarySchema = v.object({
  url: HttpUrlSchema,
  articleKey: HttpUrlSchema,
  title: v.pipe(v.string(), v.maxLength(2_000)),
  siteName: v.nullable(v.pipe(v.string(), v.maxLength(500))),
  isArticle: v.boolean(),
});
export type PageSummary = v.InferOutput<typeof PageSummarySchema>;

/** The page as the content script collected it, for extraction in an extension page (which has a DOM parser). */
export interface PageSnapshot {
  url: string;
  articleKey: string;
  html: string;
  /** True when the page was larger than the cap and the snapshot was cut. */
  truncated: boolean;
}

/** Where each annotation landed on the page after anchoring, so the sidebar can list orphans with a reason. */
export interface AnchorReport {
  articleKey: string;
  anchored: string[];
  orphans: { id: string; reason: string }[];
}

/**
 * Messages handled by the background (sent with `sendToBackground`). `req` is validated with `schema` on arrival;
 * `contentScript: true` marks the ones a content script may send (the others only extension pages may send).
 */
export const backgroundSchemas = {
  /** A tab's content script found its page (article or not); stores an article record and returns its annotations. */
  pageDetected: { schema: PageSummarySchema, contentScript: true },
  /** Create or replace an annotation. */
  saveAnnotation: { schema: v.object({ annotation: AnnotationSchema }), contentScript: true },
  /** Delete an annotation; replies with the deleted one so the caller can offer undo. */
  deleteAnnotation: { schema: v.object({ id: v.pipe(v.string(), v.maxLength(100)) }), contentScript: true },
  /** The annotations of one article. */
  listAnnotations: { schema: ArticleKey, contentScript: true },
  /** The content script reports which annotations it could place and which are orphans. */
  annotationsAnchored: {
    schema: v.object({
      articleKey: HttpUrlSchema,
      anchored: v.pipe(v.array(v.pipe(v.string(), v.maxLength(100))), v.maxLength(100_000)),
      orphans: v.pipe(
        v.array(v.object({ id: v.pipe(v.string(), v.maxLength(100)), reason: v.pipe(v.string(), v.maxLength(500)) })),
        v.maxLength(100_000),
      ),
    }),
    contentScript: true,
  },
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
  listRecentArticles: { schema: v.object({ limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500)) }), contentScript: false },
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
  /** Delete an article with its annotations; replies with them for undo. */
  deleteArticle: { schema: ArticleKey, contentScript: false },
  /** Ask the active tab's content script to scroll to and flash a passage. */
  showPassageInTab: { schema: v.object({ tabId: v.number(), selectors: SelectorsSchema }), contentScript: false },
} as const;

export interface BackgroundProtocol {
  pageDetected: { req: PageSummary; res: Result<{ annotations: Annotation[] }> };
  saveAnnotation: { req: { annotation: Annotation }; res: Result };
  deleteAnnotation: { req: { id: string }; res: Result<{ annotation: Annotation | null }> };
  listAnnotations: { req: { articleKey: string }; res: Result<{ annotations: Annotation[] }> };
  annotationsAnchored: { req: Omit<AnchorReport, never>; res: Result };
  getAnchorReport: { req: { articleKey: string }; res: Result<{ report: AnchorReport | null }> };
  listArticles: { req: Record<string, never>; res: Result<{ articles: ArticleRecord[] }> };
  listAllAnnotations: { req: Record<string, never>; res: Result<{ annotations: Annotation[] }> };
  listRecentArticles: { req: { limit: number }; res: Result<{ articles: ArticleRecord[]; annotations: Annotation[]; more: boolean }> };
  getCachedExtraction: { req: { articleKey: string; textHash: string }; res: Result<{ extraction: Extraction | null }> };
  getArticleExtraction: { req: { articleKey: string }; res: Result<{ extraction: Extraction | null }> };
  cacheExtraction: { req: { articleKey: string; textHash: string; extraction: Extraction }; res: Result };
  recordArticle: { req: { article: ArticleRecord }; res: Result };
  importRecords: {
    req: { articles: ArticleRecord[]; annotations: Annotation[] };
    res: Result<{ imported: number; duplicates: number; articles: number }>;
  };
  deleteArticle: { req: { articleKey: string }; res: Result<{ article: ArticleRecord | null; annotations: Annotation[] }> };
  showPassageInTab: { req: { tabId: number; selectors: Selector[] }; res: Result<{ found: boolean }> };
}

/** Messages handled by a tab's content script (sent with `sendToTab`); only the extension's own pages may send them. */
export const contentSchemas = {
  /** Return the page's HTML for extraction in an extension page. */
  collectPage: { schema: Empty },
  /** Scroll to a passage and flash it; replies whether it was found. */
  showPassage: { schema: v.object({ selectors: SelectorsSchema }) },
  /** Highlight the current selection (context menu, keyboard command). */
  highlightSelection: { schema: v.object({ color: v.optional(ColorSchema) }) },
  /** Paint again from the store (after an edit elsewhere, an import, or an undo). */
  refreshAnnotations: { schema: Empty },
  /** Where each annotation of this page landed. */
  getAnchorReport: { schema: Empty },
} as const;

export interface ContentProtocol {
  collectPage: { req: Record<string, never>; res: Result<PageSnapshot> };
  showPassage: { req: { selectors: Selector[] }; res: Result<{ found: boolean }> };
  highlightSelection: { req: { color?: ColorId }; res: Result<{ id: string | null }> };
  refreshAnnotations: { req: Record<string, never>; res: Result };
  getAnchorReport: { req: Record<string, never>; res: Result<{ report: AnchorReport }> };
}

/** Events broadcast from the background to extension pages (sidebar, popup, library). */
export interface BroadcastEvents {
  /** Annotations of this article were created, edited, deleted or imported. */
  annotationsChanged: { articleKey: string | null };
  /** A tab's page changed (navigation, SPA route change, new article detected). */
  pageChanged: { tabId: number; articleKey: string };
}

export type BackgroundMessage = keyof BackgroundProtocol;
export type ContentMessage = keyof ContentProtocol;
type Envelope<K, D> = { lede: 1; type: K; data: D };

/** Sends a command to the background and returns its reply; transport failures become `{ ok: false }`. */
export async function sendToBackground<K extends BackgroundMessage>(
  type: K,
  data: BackgroundProtocol[K]['req'],
): Promise<BackgroundProtocol[K]['res']> {
  try {
    const reply = await browser.runtime.sendMessage({ lede: 1, type, data } satisfies Envelope<K, unknown>);
    if (reply === undefined) return { ok: false, reason: 'Lede’s background did not answer. Try again.' };
    return reply as BackgroundProtocol[K]['res'];
  } catch (err) {
    return { ok: false, reason: `Lede’s background could not be reached (${String(err)}).` };
  }
}

/** Sends a command to a tab's content script; a tab without Lede's script becomes `{ ok: false }` with a reason. */
export async function sendToTab<K extends ContentMessage>(
  tabId: number,
  type: K,
  data: ContentProtocol[K]['req'],
): Promise<ContentProtocol[K]['res']> {
  try {
    const reply = await browser.tabs.sendMessage(tabId, { lede: 1, type, data } satisfies Envelope<K, unknown>);
    if (reply === undefined) return { ok: false, reason: 'This page did not answer.' };
    return reply as ContentProtocol[K]['res'];
  } catch {
    return { ok: false, reason: 'Lede cannot read this page (browser pages, the web store and the PDF viewer are off limits to extensions), or it is still loading.' };
  }
}

/** Broadcasts an event to the extension's pages; nobody listening is not an error. */
export function broadcast<K extends keyof BroadcastEvents>(type: K, data: BroadcastEvents[K]): void {
  browser.runtime.sendMessage({ lede: 1, event: type, data }).catch(() => {
    // No extension page is open: nobody needs the event.
  });
}

/** Subscribes an extension page to a broadcast event; returns the unsubscribe function. */
export function onBroadcast<K extends keyof BroadcastEvents>(type: K, listener: (data: BroadcastEvents[K]) => void): () => void {
  const wrapped = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    const m = message as { lede?: unknown; event?: unknown; data?: unknown };
    if (m?.lede === 1 && m.event === type) listener(m.data as BroadcastEvents[K]);
    return undefined;
  };
  browser.runtime.onMessage.addListener(wrapped);
  return () => browser.runtime.onMessage.removeListener(wrapped);
}

type Handlers<P extends { [K in keyof P]: { req: unknown; res: unknown } }> = {
  [K in keyof P]: (data: P[K]['req'], sender: Browser.runtime.MessageSender) => Promise<P[K]['res']>;
};

export type BackgroundHandlers = Handlers<BackgroundProtocol>;
export type ContentHandlers = Handlers<ContentProtocol>;

export type SenderKind = 'content-script' | 'extension-page';

/**
 * Who sent a message: our own content script (a tab, our extension id) or one of our own pages; anything else is
 * null and is ignored. The page's own scripts cannot reach runtime messaging at all (no externally_connectable).
 */
export function classifySender(sender: Browser.runtime.MessageSender, extensionId: string, extensionOrigin: string): SenderKind | null {
  if (sender.id !== extensionId) return null;
  if (sender.tab) return 'content-script';
  if (sender.url && sender.url.startsWith(extensionOrigin)) return 'extension-page';
  return null;
}

/**
 * Validates an incoming message against its schema and the sender's rights. Returns the handler's input, or a
 * reason to refuse. Pure: no browser APIs, so it is unit-tested directly.
 */
export function checkBackgroundMessage(
  message: unknown,
  senderKind: SenderKind | null,
): { ok: true; type: BackgroundMessage; data: unknown } | { ok: false; reason: string } {
  if (!senderKind) return { ok: false, reason: 'unknown sender' };
  const m = message as { lede?: unknown; type?: unknown; data?: unknown } | null;
  if (!m || typeof m !== 'object' || m.lede !== 1 || typeof m.type !== 'string') return { ok: false, reason: 'not a Lede message' };
  if (!Object.hasOwn(backgroundSchemas, m.type)) return { ok: false, reason: `unknown message ${m.type.slice(0, 40)}` };
  const type = m.type as BackgroundMessage;
  const entry = backgroundSchemas[type];
  if (senderKind === 'content-script' && !entry.contentScript) return { ok: false, reason: `${type} is not allowed from a page` };
  const parsed = v.safeParse(entry.schema, m.data);
  if (!parsed.success) return { ok: false, reason: `invalid ${type}: ${describeIssues(parsed.issues)}` };
  return { ok: true, type, data: parsed.output };
}

/** Same for messages to the content script: only the extension's own background or pages may send them. */
export function checkContentMessage(
  message: unknown,
  sender: Browser.runtime.MessageSender,
  extensionId: string,
): { ok: true; type: ContentMessage; data: unknown } | { ok: false; reason: string } {
  if (sender.id !== extensionId || sender.tab) return { ok: false, reason: 'unknown sender' };
  const m = message as { lede?: unknown; type?: unknown; data?: unknown } | null;
  if (!m || typeof m !== 'object' || m.lede !== 1 || typeof m.type !== 'string') return { ok: false, reason: 'not a Lede message' };
  if (!Object.hasOwn(contentSchemas, m.type)) return { ok: false, reason: `unknown message ${m.type.slice(0, 40)}` };
  const type = m.type as ContentMessage;
  const parsed = v.safeParse(contentSchemas[type].schema, m.data);
  if (!parsed.success) return { ok: false, reason: `invalid ${type}: ${describeIssues(parsed.issues)}` };
  return { ok: true, type, data: parsed.output };
}

/** Registers the background's handlers behind sender checks and validation. Returns the listener for removal. */
export function registerBackgroundHandlers(handlers: BackgroundHandlers, log: (msg: string) => void = () => {}) {
  const origin = browser.runtime.getURL('/');
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    // Broadcast events travel on the same channel; they are not commands for us.
    if ((message as { event?: unknown } | null)?.event !== undefined) return undefined;
    const checked = checkBackgroundMessage(message, classifySender(sender, browser.runtime.id, origin));
    if (!checked.ok) {
      log(`refused a message: ${checked.reason}`);
      return Promise.resolve({ ok: false, reason: checked.reason });
    }
    const handler = handlers[checked.type] as (data: unknown, sender: Browser.runtime.MessageSender) => Promise<unknown>;
    return handler(checked.data, sender).catch((err: unknown) => ({
      ok: false,
      reason: err instanceof Error ? err.message : String(err),
    }));
  };
  browser.runtime.onMessage.addListener(listener);
  return listener;
}

/** Registers the content script's handlers behind sender checks and validation. */
export function registerContentHandlers(handlers: ContentHandlers) {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if ((message as { event?: unknown } | null)?.event !== undefined) return undefined;
    const checked = checkContentMessage(message, sender, browser.runtime.id);
    if (!checked.ok) return undefined;
    const handler = handlers[checked.type] as (data: unknown, sender: Browser.runtime.MessageSender) => Promise<unknown>;
    return handler(checked.data, sender).catch((err: unknown) => ({
      ok: false,
      reason: err instanceof Error ? err.message : String(err),
    }));
  };
  browser.runtime.onMessage.addListener(listener);
  return listener;
}
