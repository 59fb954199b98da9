// THE protocol between Lede's contexts: every message name, its payload schema and its reply type, in one place.
// Commands are imperative (saveAnnotation), events past tense (annotationsChanged). Payloads are plain JSON.
import { browser, type Browser } from 'wxt/browser';
import { MAX_CONTEXT_CHARS, MAX_ID_CHARS, MAX_QUOTE_CHARS } from '../core/limits';
import type { UncertainPlacement } from '../core/anchoring/placement-report';
import {
  COLOR_IDS,
  type Annotation,
  type ArticleRecord,
  type ColorId,
  type Extraction,
  type Selector,
} from '../core/types';
import type { ReadingCopy } from '../core/revisions';
import type { PageAtFirstHighlight } from '../core/revisions/compress';
import type { FolderStatus } from '../core/vault/folder-status';
import type { Tombstone } from '../core/vault/merge';
import { wakePage } from './page-wake';

/** Expected failures cross contexts as values, never as thrown errors. */
export type Result<T = object> = ({ ok: true } & T) | { ok: false; reason: string };

/** What the content script knows cheaply about its page, without running the heavy extraction. */
export interface PageSummary {
  url: string;
  /** The key the content script computed (exact-host canonicals only: it cannot carry the Public Suffix List). */
  articleKey: string;
  title: string;
  siteName: string | null;
  isArticle: boolean;
  /**
   * The page's declared `<link rel=canonical>` and `og:url` (raw; `declaredCanonicals(doc)`). When sent, the
   * background decides the key with the Public Suffix List (a canonical on another subdomain of the same site counts)
   * and replies with it as `articleKey`: the content script should use that key from then on.
   */
  canonical?: string | null;
  ogUrl?: string | null;
}

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
  /**
   * Anchored ids placed below full confidence (core/anchoring `uncertainPlacements`): `fuzzy` = an edited passage,
   * `needs-confirmation` = shown dashed with "moved?" until the reader confirms or drops it. Ids in `anchored` but
   * not here were placed exactly. Absent from content scripts that predate it.
   */
  uncertain?: UncertainPlacement[];
}

/**
 * Commands handled by the background (sent with `sendToBackground`): THE documentation of each command, its
 * request and its reply. Each request is validated on arrival against its schema in lib/background-messages.ts
 * (`backgroundSchemas`), which also says which commands a content script may send; the handler receives the
 * schema's output, and tests/lib/protocol-types.test.ts pins every `req` below to that output, so a schema and its
 * type cannot drift apart without failing `tsc`. Every reply is `{ ok: true, … }` or `{ ok: false, reason }`.
 */
export interface BackgroundProtocol {
  /**
   * A tab's content script found its page (article or not). Stores an article record when the page is an article
   * or already has notes (Lede keeps no log of other pages), and replies with the annotations of the page's article
   * and the key they are filed under (see PageSummary). The `url` the handler sees is the frame's real URL.
   */
  pageDetected: { req: PageSummary; res: Result<{ annotations: Annotation[]; articleKey: string }> };
  /**
   * Create or update an annotation. `baseModified` is the `modified` of the stored copy the edit started from
   * (omit it when creating, or when restoring a deleted copy for undo). The background refuses, with a reason the
   * UI shows, an update whose base is older than the stored record (it was edited elsewhere meanwhile) or whose
   * record no longer exists (it was deleted elsewhere: a stale editor must not bring it back). Makes a stand-in
   * article record when the article has none; tells other tabs and pages (`annotationsChanged`).
   */
  saveAnnotation: { req: { annotation: Annotation; baseModified?: string }; res: Result };
  /**
   * The bootstrap's one question on every page: the article key for this location and its declared canonical URLs
   * (decided by the background from the frame's real URL, never by the page), and the notes filed under it.
   * Records nothing. `unread`: the page's head was not read (the first ask on a page, with no DOM work); when the
   * owner of the frame's real URL has notes under any key, the reply has no notes and `readDeclared`: read the
   * canonicals and ask again. On a site with no notes one cheap question is then the whole cost.
   */
  pageNotes: {
    req: { url: string; canonical: string | null; ogUrl: string | null; unread?: true };
    res: Result<{ articleKey: string; annotations: Annotation[]; readDeclared?: true }>;
  };
  /** Delete an annotation; replies with the deleted one (null if there was none) so the caller can offer undo. */
  deleteAnnotation: { req: { id: string }; res: Result<{ annotation: Annotation | null }> };
  /** The annotations of one article (repaired as the store reads them; see core/records). */
  listAnnotations: { req: { articleKey: string }; res: Result<{ annotations: Annotation[] }> };
  /** The content script reports which annotations it could place and which are orphans (kept in memory). */
  annotationsAnchored: { req: AnchorReport; res: Result };
  /** The last anchoring report for an article (the sidebar's orphan list), asked again from a tab after a restart. */
  getAnchorReport: { req: { articleKey: string }; res: Result<{ report: AnchorReport | null }> };
  /** Every article record (notes library). */
  listArticles: { req: Record<string, never>; res: Result<{ articles: ArticleRecord[] }> };
  /** Every annotation (notes library, export). */
  listAllAnnotations: { req: Record<string, never>; res: Result<{ annotations: Annotation[] }> };
  /**
   * The library's first screen: the `limit` (1-500) most recently read annotated articles (a highlight or an article
   * note), with their annotations (core/search `readRecentArticles`), so it shows before the whole store is read.
   */
  listRecentArticles: {
    req: { limit: number };
    res: Result<{ articles: ArticleRecord[]; annotations: Annotation[]; more: boolean }>;
  };
  /**
   * One page of about `limit` (1-20,000) annotations, whole articles in key order after the cursor `after` (the
   * previous page's `next`; core/search `readAnnotationPage`):
   * the library loads everything in pages, as one reply with 100,000 annotations nears Chrome's 64 MiB message limit.
   */
  listAnnotationsPage: {
    req: { after: string | null; limit: number };
    res: Result<{ annotations: Annotation[]; next: string | null }>;
  };
  /** The cached extraction made from this article text (same `textHash`), or null. */
  getCachedExtraction: {
    req: { articleKey: string; textHash: string };
    res: Result<{ extraction: Extraction | null }>;
  };
  /** The newest cached extraction of an article, whatever text it was made from (notes library), or null. */
  getArticleExtraction: { req: { articleKey: string }; res: Result<{ extraction: Extraction | null }> };
  /** Cache an extraction made in an extension page (only extension pages may send it: not validated deeply). */
  cacheExtraction: { req: { articleKey: string; textHash: string; extraction: Extraction }; res: Result };
  /**
   * Stores or refreshes an article from an extension page that extracted the full metadata; its URL must be one
   * that may use the key. A record with `note` sets the article note ('' clears it). Replies with the stored record.
   */
  recordArticle: { req: { article: ArticleRecord }; res: Result<{ article: ArticleRecord }> };
  /** Import validated records in one transaction (all or nothing); ids already stored count as duplicates. */
  importRecords: {
    req: { articles: ArticleRecord[]; annotations: Annotation[] };
    res: Result<{ imported: number; duplicates: number; articles: number }>;
  };
  /**
   * The library page wrote an import itself, in one committed transaction (the page holds the file, so its records
   * never cross a message): the background tells the tabs showing these articles and the other pages to refresh.
   */
  notesImported: { req: { articleKeys: string[] }; res: Result };
  /** Deletes an article with its annotations and cached extraction; replies with what was deleted, for undo. */
  deleteArticle: {
    req: { articleKey: string };
    res: Result<{ article: ArticleRecord | null; annotations: Annotation[] }>;
  };
  /**
   * Undo of a deleted article: puts back each record on its own, so one that cannot be written does not lose the
   * others. The records are those `deleteArticle` replied with, as stored (so possibly damaged): the store validates
   * them one by one, hence `unknown`. `failed` lists the ids (or the article key) that could not be restored, with why.
   */
  restoreRecords: {
    req: { articles: unknown[]; annotations: unknown[] };
    res: Result<{ restored: number; failed: { id: string; reason: string }[] }>;
  };
  /** Ask a tab's content script to scroll to and flash a passage, and bring the tab forward when it was found. */
  showPassageInTab: { req: { tabId: number; selectors: Selector[] }; res: Result<{ found: boolean }> };
  /** Keep the article's text as first read (only if none is kept yet); `kept` says whether this one was. */
  keepReadingCopy: { req: { copy: ReadingCopy }; res: Result<{ kept: boolean }> };
  /**
   * The article's text as first read, or null; with no copy yet, `page` may hold the page as it was at the first
   * highlight, for the caller (which has a DOM parser) to read into a copy and keep with `keepReadingCopy`.
   */
  getReadingCopy: {
    req: { articleKey: string };
    res: Result<{ copy: ReadingCopy | null; page?: PageAtFirstHighlight | null }>;
  };
  /** The deletions this profile keeps (tombstones), for the folder's backup; extension pages only. */
  listTombstones: { req: Record<string, never>; res: Result<{ tombstones: Tombstone[] }> };
  /**
   * "Import from folder": deletions made on another machine. Each note (or article) goes only if nothing of it
   * here is newer than the deletion; the tombstones are kept with their original times, so this profile's backup
   * carries them on. `deleted` and `articles` count what went.
   */
  applyDeletions: { req: { tombstones: Tombstone[] }; res: Result<{ deleted: number; articles: number }> };
  /**
   * Writes the reader's folder now, every note and the backup (the library's "Choose a folder", "Write now", and
   * "Allow" once the reader granted writing again). The background writes with the handle the library stored;
   * `status` says what happened (`needs-permission` when the browser still refuses). Not offered in Firefox.
   */
  writeFolder: { req: Record<string, never>; res: Result<{ status: FolderStatus }> };
}

/**
 * Payload checks for the content script's commands. Hand-written rather than valibot: the content script is loaded
 * on every page, and only the extension itself can reach it (checked first), so small exact guards suffice here.
 * The background, which faces the pages' content scripts, validates with valibot (lib/background-messages.ts).
 */
const isEmpty = (d: unknown): string | null =>
  d && typeof d === 'object' && !Array.isArray(d) ? null : 'expected an object';
const isText = (x: unknown, max: number) => typeof x === 'string' && x.length <= max;
const isOffset = (x: unknown) => Number.isInteger(x) && (x as number) >= 0;

/** Why `id` is not an annotation id within bounds, or null when it is. */
const idProblem = (id: unknown): string | null =>
  isText(id, MAX_ID_CHARS) && (id as string).length > 0
    ? null
    : `id: expected a string of 1 to ${MAX_ID_CHARS} characters`;

/** Why `selectors` is not a list of 1-4 W3C text selectors within Lede's bounds, or null when it is. */
export function selectorsProblem(selectors: unknown): string | null {
  if (!Array.isArray(selectors) || selectors.length < 1 || selectors.length > 4)
    return 'selectors: expected 1 to 4 selectors';
  for (const s of selectors as Record<string, unknown>[]) {
    if (!s || typeof s !== 'object') return 'selectors: expected objects';
    if (s.type === 'TextQuoteSelector') {
      if (!isText(s.exact, MAX_QUOTE_CHARS) || !(s.exact as string).length) return 'selectors: bad exact text';
      if (!isText(s.prefix, MAX_CONTEXT_CHARS) || !isText(s.suffix, MAX_CONTEXT_CHARS))
        return 'selectors: bad prefix or suffix';
    } else if (s.type === 'TextPositionSelector') {
      if (!isOffset(s.start) || !isOffset(s.end) || (s.end as number) < (s.start as number))
        return 'selectors: bad position';
    } else return 'selectors: unknown selector type';
  }
  return null;
}

export const contentChecks: Record<ContentMessage, (data: unknown) => string | null> = {
  /** Return the page's HTML for extraction in an extension page. */
  collectPage: isEmpty,
  /** Scroll to a passage and flash it; replies whether it was found. */
  showPassage: (d) => isEmpty(d) ?? selectorsProblem((d as { selectors?: unknown }).selectors),
  /** Highlight the current selection (context menu, keyboard command). */
  highlightSelection: (d) => {
    const color = (d as { color?: unknown } | null)?.color;
    return isEmpty(d) ?? (color === undefined || COLOR_IDS.includes(color as ColorId) ? null : 'color: unknown colour');
  },
  /** Paint again from the store (after an edit elsewhere, an import, or an undo). */
  refreshAnnotations: isEmpty,
  /** Where each annotation of this page landed. */
  getAnchorReport: isEmpty,
  /** The reader confirms a highlight placed below full confidence: saved with selectors for where it is now. */
  confirmPlacement: (d) => isEmpty(d) ?? idProblem((d as { id?: unknown }).id),
  /** The reader drops such a placement: unpainted and listed with the orphans, text kept. */
  dropPlacement: (d) => isEmpty(d) ?? idProblem((d as { id?: unknown }).id),
  /** The note editor frame (an extension page) reports to the content script that opened it. */
  editorEvent: (d) => {
    const e = d as Partial<EditorEvent> | null;
    if (isEmpty(d)) return isEmpty(d);
    if (!isText(e!.nonce, 64)) return 'nonce: expected a string';
    if (!EDITOR_EVENT_KINDS.includes(e!.kind as EditorEvent['kind'])) return 'kind: unknown';
    if (e!.height !== undefined && !(Number.isFinite(e!.height) && e!.height! >= 0 && e!.height! < 5000))
      return 'height: out of range';
    if (e!.reason !== undefined && !isText(e!.reason, 1000)) return 'reason: too long';
    return null;
  },
};

const EDITOR_EVENT_KINDS = ['ready', 'resize', 'close', 'saved', 'deleted', 'failed'] as const;

/** What the note editor frame tells the content script: its size, that it closed, saved or deleted, or failed. */
export interface EditorEvent {
  /** The secret the content script put in the frame's URL: only the frame it opened is listened to. */
  nonce: string;
  kind: (typeof EDITOR_EVENT_KINDS)[number];
  height?: number;
  /** The annotation as saved or deleted (from the background's reply, read by the extension page). */
  annotation?: Annotation;
  reason?: string;
}

export interface ContentProtocol {
  collectPage: { req: Record<string, never>; res: Result<PageSnapshot> };
  showPassage: { req: { selectors: Selector[] }; res: Result<{ found: boolean }> };
  highlightSelection: { req: { color?: ColorId }; res: Result<{ id: string | null }> };
  refreshAnnotations: { req: Record<string, never>; res: Result };
  getAnchorReport: { req: Record<string, never>; res: Result<{ report: AnchorReport }> };
  /**
   * The reader says a placement below full confidence is right: the content script describes the passage again where
   * it is now, saves the annotation with those selectors (`baseModified` = the copy it placed, so a concurrent edit
   * wins), paints it normally and sends a new AnchorReport. Refused when the id is not placed on the page.
   */
  confirmPlacement: { req: { id: string }; res: Result };
  /**
   * The reader says a placement is wrong: unpainted and listed with the orphans (text and note kept) for as long as
   * the page is open; nothing in the store changes. Sends a new AnchorReport.
   */
  dropPlacement: { req: { id: string }; res: Result };
  editorEvent: { req: EditorEvent; res: Result };
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
export type Envelope<K, D> = { lede: 1; type: K; data: D };

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

/** Failure of one `tabs.sendMessage`: no frame of the tab listens, or the tab cannot be messaged. */
const UNREACHABLE = Symbol('unreachable');

async function messageTab(tabId: number, message: unknown): Promise<unknown> {
  try {
    return await browser.tabs.sendMessage(tabId, message);
  } catch {
    return UNREACHABLE;
  }
}

/**
 * Sends a command to a tab's content script; a tab without Lede's script becomes `{ ok: false }` with a reason.
 * A page's bootstrap sleeps until needed (no listener, no extension API at load: issue #13), so when no frame
 * answers, the page side is woken (`scripting.executeScript`, lib/page-wake.ts) and the command sent once more.
 */
export async function sendToTab<K extends ContentMessage>(
  tabId: number,
  type: K,
  data: ContentProtocol[K]['req'],
): Promise<ContentProtocol[K]['res']> {
  const message = { lede: 1, type, data } satisfies Envelope<K, unknown>;
  let reply = await messageTab(tabId, message);
  if (reply === undefined || reply === UNREACHABLE) {
    // A highlight command is for whichever frame holds the selection; every other command for the top frame.
    const woken = type === 'highlightSelection' ? wakePage(tabId, 'selection', 'all') : wakePage(tabId, 'listen');
    if ((await woken) === 'woken') reply = await messageTab(tabId, message);
  }
  if (reply === undefined) return { ok: false, reason: 'This page did not answer.' };
  if (reply === UNREACHABLE)
    return {
      ok: false,
      reason:
        'Lede cannot read this page (browser pages, the web store and the PDF viewer are off limits to extensions), or it is still loading.',
    };
  return reply as ContentProtocol[K]['res'];
}

/** Broadcasts an event to the extension's pages; nobody listening is not an error. */
export function broadcast<K extends keyof BroadcastEvents>(type: K, data: BroadcastEvents[K]): void {
  browser.runtime.sendMessage({ lede: 1, event: type, data }).catch(() => {
    // No extension page is open: nobody needs the event.
  });
}

/** Subscribes an extension page to a broadcast event; returns the unsubscribe function. */
export function onBroadcast<K extends keyof BroadcastEvents>(
  type: K,
  listener: (data: BroadcastEvents[K]) => void,
): () => void {
  const wrapped = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    const m = message as { lede?: unknown; event?: unknown; data?: unknown };
    if (m?.lede === 1 && m.event === type) listener(m.data as BroadcastEvents[K]);
    return undefined;
  };
  browser.runtime.onMessage.addListener(wrapped);
  return () => browser.runtime.onMessage.removeListener(wrapped);
}

export type Handlers<P extends { [K in keyof P]: { req: unknown; res: unknown } }> = {
  [K in keyof P]: (data: P[K]['req'], sender: Browser.runtime.MessageSender) => Promise<P[K]['res']>;
};

export type BackgroundHandlers = Handlers<BackgroundProtocol>;
export type ContentHandlers = Handlers<ContentProtocol>;

/** Same for messages to the content script: only the extension's own background or pages may send them. */
export function checkContentMessage(
  message: unknown,
  sender: Browser.runtime.MessageSender,
  extensionId: string,
  extensionOrigin: string,
): { ok: true; type: ContentMessage; data: unknown } | { ok: false; reason: string } {
  // Only the extension's own pages and background can message a content script (content scripts cannot).
  if (sender.id !== extensionId || (sender.tab && !sender.url?.startsWith(extensionOrigin)))
    return { ok: false, reason: 'unknown sender' };
  const m = message as { lede?: unknown; type?: unknown; data?: unknown } | null;
  if (!m || typeof m !== 'object' || m.lede !== 1 || typeof m.type !== 'string')
    return { ok: false, reason: 'not a Lede message' };
  if (!Object.hasOwn(contentChecks, m.type)) return { ok: false, reason: `unknown message ${m.type.slice(0, 40)}` };
  const type = m.type as ContentMessage;
  const problem = contentChecks[type](m.data);
  if (problem) return { ok: false, reason: `invalid ${type}: ${problem}` };
  return { ok: true, type, data: m.data };
}

/**
 * Registers the content script's handlers behind sender checks and validation. `accepts` lets a frame stay silent
 * on commands another frame of the tab answers (no reply at all, so the other frame's reply is the one delivered).
 */
export function registerContentHandlers(
  handlers: ContentHandlers,
  accepts: (type: ContentMessage) => boolean = () => true,
) {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if ((message as { event?: unknown } | null)?.event !== undefined) return undefined;
    const checked = checkContentMessage(message, sender, browser.runtime.id, browser.runtime.getURL('/'));
    if (!checked.ok || !accepts(checked.type)) return undefined;
    return runHandler(handlers[checked.type], checked.data, sender);
  };
  browser.runtime.onMessage.addListener(listener);
  return listener;
}

/** Runs a handler on checked data; a thrown error becomes the `{ ok: false, reason }` reply the sender expects. */
export function runHandler(handler: unknown, data: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> {
  return (handler as (data: unknown, sender: Browser.runtime.MessageSender) => Promise<unknown>)(data, sender).catch(
    (err: unknown) => ({
      ok: false,
      reason: err instanceof Error ? err.message : String(err),
    }),
  );
}
