// THE protocol between Lede's contexts: every message name, its request and its reply type, in one place.
// Commands are imperative (saveAnnotation), events past tense (annotationsChanged). Payloads are plain JSON.
// Sending: lib/runtime-messages.ts (to the background, broadcasts) and lib/send-to-tab.ts (to a tab's page side);
// checking on arrival: lib/background-messages.ts (valibot) and lib/content-messages.ts (the content script's guards).
import type { NoteResume } from './page-wake-key';
import type { Browser } from 'wxt/browser';
import type { UncertainPlacement } from '../core/anchoring/placement-report';
import type { Annotation, ArticleRecord, ColorId, Extraction, Selector } from '../core/types';
import type { ReadingCopy } from '../core/revisions';
import type { PageAtFirstHighlight } from '../core/revisions/compress';
import type { FolderStatus } from '../core/vault/folder-status';
import type { Tombstone } from '../core/vault/merge';

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
  /**
   * The value of `data-lede-closed` on the closed parts a reader could open (a "read more" remainder, a closed panel:
   * core/anchoring `shownMarkup`), which key facts leave out. Absent from content scripts that predate it.
   */
  closedMark?: string;
  /**
   * The page's address (without its fragment) is no longer the one it loaded at: a single-page site moved to another
   * route, whose JSON-LD may still be the first story's (core/article extract-article.ts `routedTitle`).
   */
  routed?: boolean;
  /**
   * The address the document loaded at (its navigation entry), when the page side can read it: an extension page
   * reads no article from a frame whose address has moved onto another owner's since (red team 53).
   */
  loadedAt?: string;
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
  /**
   * A page's sub-frame refused the reader's save there because the browser does not report the frame seen (hidden or
   * covered: entrypoints/content/frame-sight.ts); its own toast would be as unseen as the frame, so the background
   * has the tab's top frame tell the reader (`tellFrameUnseen`). Fixed words, nothing from the page.
   */
  frameUnseen: { req: Record<string, never>; res: Result };
  /**
   * Lede closed the note editor of highlight `id` in the sending tab (the reader clicked the page, Escape, a save):
   * a new document the page loads after is not one the note was being written in (entrypoints/background/note-watch.ts).
   */
  noteClosed: { req: { id: string }; res: Result };
  /**
   * Firefox: the note-hold script of a new document asks whether it replaced one the reader was writing a note in
   * (entrypoints/background/note-watch.ts `cutFor`); the note to open again, or null.
   */
  noteCut: { req: Record<string, never>; res: Result<{ note: NoteResume | null }> };
  /**
   * The bootstrap's import of the rest of the page side failed (a page that calls `window.stop()` as the reader's
   * gesture ends aborts it, and Chromium then refuses that module's URL for the document's life): the background
   * runs the same file in the sending frame with `scripting.executeScript`, which no page can abort.
   */
  loadPageScript: { req: Record<string, never>; res: Result };
  /**
   * The reader let selecting work on the sending frame's page ("Let me select"): the background adds Lede's rule
   * making its text selectable as a user style sheet (`scripting.insertCSS`, origin USER). A user sheet's
   * `!important` outranks every author declaration, the page's inline `!important` styles included, and no script of
   * the page can list or remove it. Names nothing; the sender's own frame alone.
   */
  allowSelecting: { req: Record<string, never>; res: Result };
  /**
   * The note editor's frame, where it has no `tabs` API (Firefox gives an extension page inside a web page only
   * `runtime`, `storage` and a few more), hands its event to the background, which sends it to the sender's own tab
   * as `editorEvent` and returns the content script's answer.
   */
  relayEditorEvent: { req: EditorEvent; res: Result<EditorAnswer> };
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
  showPassageInTab: {
    req: { tabId: number; selectors: Selector[] };
    res: Result<{ found: boolean; changed?: boolean }>;
  };
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

/** The kinds of `EditorEvent`, in one list for the type and for the content script's check. */
/**
 * `loaded`: the frame's script runs (sent first, before it reads anything: a page that blocks the frame never sends
 * it, editor-frame.ts); `ready`: loaded, asks for the focus; `focused`: has it (keys reach it now; `retaken`: by taking it back itself).
 * Both answers carry the keys kept. `blurred`: lost the focus (`tabbed`: right after the reader pressed Tab in it);
 * the answer says whether the reader moved it (a click on the page). `release`: the frame had taken back a focus the
 * reader moved, and hands it back.
 * `deleting`: the reader pressed Delete; the answer says whether the page let the editor be seen as drawn.
 */
export const EDITOR_EVENT_KINDS = [
  'loaded',
  'ready',
  'focused',
  'blurred',
  'release',
  'deleting',
  'resize',
  'close',
  'saved',
  'deleted',
  'failed',
] as const;

/** The content script's answer to an EditorEvent: keys kept for the note, a kept Ctrl+Enter or Escape, the reader left. */
export interface EditorAnswer {
  typed?: string;
  save?: boolean;
  /** An Escape among the kept keys: the frame forgets its draft and closes, as for its own Escape. */
  close?: boolean;
  readerLeft?: boolean;
  /**
   * With `ready`: the frame takes the focus itself (Lede's key frame holds it on a page that rewrote itself), so keys
   * typed as it moves land in Lede's key frame, not on the page's document.
   */
  focusSelf?: boolean;
}

/** What the note editor frame tells the content script: its size, that it closed, saved or deleted, or failed. */
export interface EditorEvent {
  /** The secret the content script put in the frame's URL: only the frame it opened is listened to. */
  nonce: string;
  kind: (typeof EDITOR_EVENT_KINDS)[number];
  height?: number;
  /** With `blurred`: the reader pressed Tab in the frame just before. */
  tabbed?: boolean;
  /** With `focused`: the frame took the focus back itself, the reader did not put it there. */
  retaken?: boolean;
  /**
   * Drawn at random by each load of the frame's document: a frame the page took out and Lede put back loads anew
   * under the same nonce, and what its first load said late (a `ready` on its way) is told apart and not answered.
   */
  load?: string;
  /** The annotation as saved or deleted (from the background's reply, read by the extension page). */
  annotation?: Annotation;
  reason?: string;
}

/** Commands handled by a tab's content script (sent with `sendToTab`), checked on arrival by lib/content-messages.ts. */
export interface ContentProtocol {
  /** Return the page's HTML for extraction in an extension page. */
  collectPage: { req: Record<string, never>; res: Result<PageSnapshot> };
  /** Scroll to a passage and flash it; replies whether it was found. */
  /**
   * `changed`: the passage was found, but its words on the page now differ from the selector's (the article was
   * edited, or the page rewrote them): the reader is told rather than shown other words as the listed ones.
   */
  showPassage: { req: { selectors: Selector[] }; res: Result<{ found: boolean; changed?: boolean }> };
  /**
   * Find a passage without showing it (nothing scrolls or flashes): whether it is on the page, and `changed` as in
   * `showPassage`. Asked before "Save as highlight", which saves only words found word for word.
   */
  findPassage: { req: { selectors: Selector[] }; res: Result<{ found: boolean; changed?: boolean }> };
  /** Highlight the current selection (context menu, keyboard command). */
  /** `menuText`: the selection the context menu was opened on (the page may have changed it since). */
  highlightSelection: { req: { color?: ColorId; menuText?: string }; res: Result<{ id: string | null }> };
  /** Tell the reader, in the top frame, that a save in a hidden or covered sub-frame was refused (`frameUnseen`). */
  tellFrameUnseen: { req: Record<string, never>; res: Result };
  /** Paint again from the store (after an edit elsewhere, an import, or an undo). */
  refreshAnnotations: { req: Record<string, never>; res: Result };
  /** Where each annotation of this page landed. */
  getAnchorReport: { req: Record<string, never>; res: Result<{ report: AnchorReport }> };
  /**
   * The reader says a placement below full confidence is right: the content script describes the passage again where
   * it is now, saves the annotation with those selectors (`baseModified` = the copy it placed, so a concurrent edit
   * wins), paints it normally and sends a new AnchorReport. Refused when the id is not placed on the page, and when
   * the words there are no longer `words`: those the sidebar showed (the report's `found`).
   */
  confirmPlacement: { req: { id: string; words: string }; res: Result };
  /**
   * The reader says a placement is wrong: unpainted and listed with the orphans (text and note kept) for as long as
   * the page is open; nothing in the store changes. Sends a new AnchorReport.
   */
  dropPlacement: { req: { id: string }; res: Result };
  /** The note editor frame (an extension page) reports to the content script that opened it. */
  /**
   * The answers to `ready` and `focused` carry the keys the reader typed that reached the page's document instead of
   * the frame, and `save` when one of them was Ctrl+Enter.
   */
  editorEvent: { req: EditorEvent; res: Result<EditorAnswer> };
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
/**
 * A command as sent. `loadedAt`: from a content script, the address its document loaded at (its navigation entry,
 * which the page cannot change), so the background can tell a frame whose address the page moved onto another
 * owner's path since (`movedToAnotherOwner`, core/article/site-owner.ts): Firefox gives the moved address as
 * `sender.url`, Chromium the loaded one.
 */
export type Envelope<K, D> = { lede: 1; type: K; data: D; loadedAt?: string };

export type Handlers<P extends { [K in keyof P]: { req: unknown; res: unknown } }> = {
  [K in keyof P]: (data: P[K]['req'], sender: Browser.runtime.MessageSender) => Promise<P[K]['res']>;
};

export type BackgroundHandlers = Handlers<BackgroundProtocol>;
export type ContentHandlers = Handlers<ContentProtocol>;

/** Runs a handler on checked data; a thrown error becomes the `{ ok: false, reason }` reply the sender expects. */
export function runHandler(handler: unknown, data: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> {
  return (handler as (data: unknown, sender: Browser.runtime.MessageSender) => Promise<unknown>)(data, sender).catch(
    (err: unknown) => ({
      ok: false,
      reason: err instanceof Error ? err.message : String(err),
    }),
  );
}
