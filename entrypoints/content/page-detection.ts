// Tells the background which article the page is and takes the reader's notes on it: when first needed, when the
// extension asks, after a single-page site's route change, and at start when the bootstrap was handed none.
import { declaredCanonicals } from '../../core/article/canonical-url';
import { sendToBackground } from '../../lib/runtime-messages';
import { articleKeyNow, pageSummary } from './article-identity';
import { announce, keepPlaced, repaint } from './placements';
import { routeOf } from './route-watch';
import { isQuietSite, type PageSession } from './session-state';

/** Tells the background about the page (records it when it is an article) and takes its notes. */
export function detect(s: PageSession): Promise<void> {
  s.article.detected = true;
  s.article.detection = detectNow(s);
  return s.article.detection;
}

/**
 * The page's detection, started now if nothing has started it yet. The rest of the page side can be loaded by an
 * extension message (the sidebar asking for its anchoring report) before the reader's first selection, so a
 * gesture is not the only way in: every first save waits for this, so the article is recorded from its own
 * metadata (og:title) before the background would fall back to the tab's title for the record.
 */
export const detectedOnce = (s: PageSession): Promise<void> => (s.article.detected ? s.article.detection : detect(s));

async function detectNow(s: PageSession): Promise<void> {
  const { article, hl } = s;
  const page = pageSummary(s);
  const reply = await sendToBackground('pageDetected', page);
  // Ended while the background answered (the page replaced its document): the new session asks for itself.
  if (!reply.ok || s.life.isInvalid) return;
  // The background may decide the key itself (by the Public Suffix List, which the page side does not carry).
  const decided = (reply as { articleKey?: unknown }).articleKey;
  if (typeof decided === 'string' && decided !== page.articleKey) article.summary = { ...page, articleKey: decided };
  article.knownKey = article.summary?.articleKey ?? page.articleKey;
  hl.annotations = new Map(reply.annotations.map((a) => [a.id, a]));
  repaint(s);
  announce(s, true);
  if (hl.annotations.size > 0) keepPlaced(s);
}

/** A single-page site's new route has settled: forget the previous article, then take the new one's notes. */
export function routeChanged(s: PageSession): void {
  const { article, hl, surface, view } = s;
  article.summary = null;
  surface.shownWidgets?.hideToolbar();
  // A note being written stays open: it edits its highlight by id, whatever the route. Closed here, the focus went
  // back to the page, which heard the rest of the note: a page that moved its route (pushState) a moment into a note
  // read "ring session" of it, and the note kept none of its words (red team 57, R1).
  if (!surface.editor?.writing) surface.editor?.close();
  const key = articleKeyNow(s);
  article.keyRoute = routeOf(view.location.href);
  article.knownKey = key;
  hl.annotations = new Map();
  repaint(s);
  if (article.detected) void detect(s);
  else
    void sendToBackground('listAnnotations', { articleKey: key }).then((r) => {
      if (!r.ok || r.annotations.length === 0 || s.life.isInvalid) return;
      hl.annotations = new Map(r.annotations.map((a) => [a.id, a]));
      repaint(s);
    });
}

/**
 * Paints the notes the session starts with, once the settings are loaded. Loaded by an extension message (the
 * sidebar, a shortcut) before the bootstrap asked whether the page has notes, this script was handed none: they are
 * asked for here, or they would stay unpainted until the reader's first selection.
 */
export async function paintStartingNotes(s: PageSession): Promise<void> {
  const { article, hl, view } = s;
  // The settings this waited for came after the session ended (repaint): nothing to paint or ask for.
  if (s.life.isInvalid) return;
  if (!s.handoff.notes && !article.detected && !isQuietSite(s)) {
    const route = article.keyRoute;
    const reply = await sendToBackground('pageNotes', { url: view.location.href, ...declaredCanonicals(s.doc) });
    // A detection or a route change since then has the newer answer.
    if (
      !reply.ok ||
      s.life.isInvalid ||
      article.detected ||
      route !== article.keyRoute ||
      reply.annotations.length === 0
    )
      return;
    article.knownKey = reply.articleKey;
    hl.annotations = new Map(reply.annotations.map((a) => [a.id, a]));
  }
  if (hl.annotations.size > 0 && !isQuietSite(s)) {
    repaint(s);
    keepPlaced(s);
    announce(s, true);
  }
}
