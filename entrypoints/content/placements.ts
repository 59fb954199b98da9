// Where the reader's highlights land on the page: anchored in one pass and painted, orphans listed, the report the
// sidebar reads sent to the background, screen readers told, and a doubtful placement confirmed or dropped.
import {
  drawsOtherWords,
  needsConfirmation,
  paintsUnconfirmed,
  uncertainPlacements,
  wordsChanged,
  type AnchorConfidence,
} from '../../core/anchoring';
import { MAX_QUOTE_CHARS } from '../../core/limits';
import type { Annotation, Selector } from '../../core/types';
import { t, tCount } from '../../lib/i18n';
import { sendToBackground } from '../../lib/runtime-messages';
import type { AnchorReport } from '../../lib/messaging';
import { currentKey } from './article-identity';
import { anchorOnPage, describeOnPage, isQuietSite, pageRoot, type PageSession } from './session-state';

/** Why a highlight the reader dropped is listed with the orphans. */
const DROPPED_REASON =
  'You said the passage Lede found is not this one: the highlight is kept here with its text and note.';

/** Text compared without its whitespace (markup and line breaks move it, the words stay). */
const squashed = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** A doubtful placement on the words the reader already said are not the passage: it stays an orphan. */
function isDropped(a: Annotation, found: { range: Range; confidence: AnchorConfidence }): boolean {
  return (
    a.droppedPlacement !== undefined &&
    needsConfirmation(found) &&
    squashed(found.range.toString()).slice(0, MAX_QUOTE_CHARS) === a.droppedPlacement
  );
}

/**
 * A placement as the reader sees it: the saved words found as they were, but with words the page draws among them
 * that its text does not hold (a `::before` on an empty span, a borderless field, an SVG's text: red team 38), is a
 * passage whose words changed, painted and told as such. Only exact placements are looked at: the others are dashed
 * already, and the look reads computed style of the placed range's elements alone.
 */
function asShown<T extends { range: Range; confidence: AnchorConfidence }>(s: PageSession, found: T | null): T | null {
  return found && found.confidence === 'exact' && drawsOtherWords(found.range, s.view)
    ? { ...found, confidence: 'fuzzy' }
    : found;
}

/**
 * The words Confirm would store for a placement: the quote described on the page as it is now. Shown in the sidebar's
 * card, and compared again at Confirm.
 */
function wordsAt(s: PageSession, range: Range | undefined): string | undefined {
  const selectors = range ? describeOnPage(s.text, s.doc, range) : null;
  return selectors?.find((x) => x.type === 'TextQuoteSelector')?.exact;
}

/** Anchors every annotation in one pass over the page's text, paints them, and reports orphans. */
export function repaint(s: PageSession): void {
  const { hl, surface } = s;
  // A session that ended (its document replaced by the page's document.open(), a new session started on the new
  // one) paints nothing: an answer it was waiting for (its settings, the page's notes) arrived after the end, and its
  // painter made a second layer in the new document beside the new session's (the same note drawn twice).
  if (s.life.isInvalid) return;
  // A frame the reader has not seen yet (off-screen, faded, covered) gets nothing of Lede's: a page that loads its
  // site's other articles in hidden frames would read from Lede's elements there which ones carry notes.
  if (s.sight && !s.sight.wasSeen) return;
  const list = [...hl.annotations.values()];
  // `?.`: a corrupt stored record must become one orphan, not an exception that leaves the whole page unpainted.
  const results = anchorOnPage(
    s.text,
    s.doc,
    list.map((a) => a.target?.selector as Selector[]),
  ).map((found) => asShown(s, found));
  // Highlights placed again are painted over their old boxes (the painter keeps them until it measures the new
  // range); only those not placed now are taken away, after the loop. Clearing first left nothing drawn until the
  // next frame, at every re-anchor of a page that keeps changing.
  const before = new Set(surface.usedPainter?.ids() ?? []);
  // The layer is made on a page with notes whether or not a passage is found: its coming tells the page nothing.
  if (list.length > 0) surface.painter().prepare();
  hl.placed = new Map();
  hl.orphans = [];
  list.forEach((a, i) => {
    const found = results[i];
    if (found && isDropped(a, found)) {
      hl.orphans.push({ id: a.id, reason: DROPPED_REASON });
    } else if (found) {
      hl.placed.set(a.id, found.range);
      surface.painter().paint(a.id, found.range, a.body?.color, { unconfirmed: paintsUnconfirmed(found) });
    } else {
      hl.orphans.push({
        id: a.id,
        reason: 'The passage was not found on the page as it is now (it may have been edited or removed).',
      });
    }
  });
  for (const id of before) if (!hl.placed.has(id)) surface.usedPainter?.remove(id);
  hl.uncertain = uncertainPlacements(
    list.map((a) => a.id),
    results,
  )
    .filter((u) => !hl.orphans.some((o) => o.id === u.id))
    .map((u) => (needsConfirmation(u) ? { ...u, found: wordsAt(s, hl.placed.get(u.id)) } : u));
  syncMarks(s);
  announce(s, false);
  if (list.length > 0 || s.article.knownKey) report(s);
}

/** A sub-frame the reader now sees for the first time: its notes are painted (repaint() waited for this). */
export function paintOnceSeen(s: PageSession): void {
  if (s.hl.annotations.size === 0 || isQuietSite(s)) return;
  repaint(s);
  announce(s, true);
}

/** Repaints whenever the page changes from now on (mutations inside Lede's own host are ignored). */
export function keepPlaced(s: PageSession): void {
  s.pacer.observe(pageRoot(s.doc), (node) => s.surface.contains(node));
}

/** True when `id` is placed on words the page changed since the reader highlighted them (an edited passage). */
export function isPlacedOnChangedWords(s: PageSession, id: string): boolean {
  return s.hl.uncertain.some((u) => u.id === id && wordsChanged(u));
}

/** Where each annotation landed: what the sidebar shows. */
export function anchorReport(s: PageSession): AnchorReport {
  return {
    articleKey: currentKey(s),
    anchored: [...s.hl.placed.keys()],
    orphans: s.hl.orphans,
    uncertain: s.hl.uncertain,
  };
}

/** Tells the background where each annotation landed (the sidebar reads it). */
export function report(s: PageSession): void {
  void sendToBackground('annotationsAnchored', anchorReport(s));
}

/**
 * The reader says the passage Lede found is the one: the annotation is described again at its place on the page
 * as it is now (new quote, context and position) and saved over the stored copy it was placed from, then painted
 * normally. Refused when the store's copy changed meanwhile, and when the words there are no longer `words`, those the
 * sidebar showed the reader.
 */
export async function confirmPlacement(
  s: PageSession,
  id: string,
  words: string,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  const { hl } = s;
  const annotation = hl.annotations.get(id);
  const range = hl.placed.get(id);
  if (!annotation || !range) return { ok: false, reason: 'This highlight is not placed on the page.' };
  const selectors = describeOnPage(s.text, s.doc, range);
  if (!selectors) return { ok: false, reason: 'The passage has no text Lede can find again.' };
  // Only the words the reader was shown are confirmed: a page that rewrote the passage after the card showed it
  // (while the reader was in the sidebar) would otherwise have its own words stored under the reader's highlight.
  if (selectors.find((x) => x.type === 'TextQuoteSelector')?.exact !== words) {
    report(s);
    return {
      ok: false,
      reason:
        'The page changed these words after Lede showed them to you, so nothing was saved. Look at the passage again, then confirm.',
    };
  }
  const updated: Annotation = {
    ...annotation,
    target: { ...annotation.target, selector: selectors },
    // Placed where the reader confirmed it: an earlier "not this one" is about other words.
    droppedPlacement: undefined,
    modified: new Date().toISOString(),
  };
  const reply = await sendToBackground('saveAnnotation', { annotation: updated, baseModified: annotation.modified });
  if (!reply.ok) return reply;
  hl.annotations.set(id, updated);
  const now = hl.placed.get(id);
  if (now) s.surface.painter().paint(id, now, updated.body.color);
  hl.uncertain = hl.uncertain.filter((u) => u.id !== id);
  report(s);
  return { ok: true };
}

/**
 * The reader says the passage Lede found is not the one: the words it found are stored with the annotation (so the
 * same doubtful placement is not offered again after a reload), then it is unpainted and listed with the orphans,
 * text kept. Refused when the store's copy changed meanwhile.
 */
export async function dropPlacement(s: PageSession, id: string): Promise<{ ok: true } | { ok: false; reason: string }> {
  const { hl } = s;
  const annotation = hl.annotations.get(id);
  const range = hl.placed.get(id);
  if (!annotation || !range) return { ok: false, reason: 'This highlight is not placed on the page.' };
  const updated: Annotation = {
    ...annotation,
    droppedPlacement: squashed(range.toString()).slice(0, MAX_QUOTE_CHARS),
    modified: new Date().toISOString(),
  };
  const reply = await sendToBackground('saveAnnotation', { annotation: updated, baseModified: annotation.modified });
  if (!reply.ok) return reply;
  hl.annotations.set(id, updated);
  hl.placed.delete(id);
  s.surface.usedPainter?.remove(id);
  hl.uncertain = hl.uncertain.filter((u) => u.id !== id);
  hl.orphans = [...hl.orphans.filter((o) => o.id !== id), { id, reason: DROPPED_REASON }];
  syncMarks(s);
  report(s);
  return { ok: true };
}

/** Marks the passages whose highlight carries a note. */
export function syncMarks({ hl, surface }: PageSession): void {
  surface.marks.show(
    [...hl.placed].filter(([id]) => hl.annotations.get(id)?.body?.note?.trim()).map(([id, range]) => ({ id, range })),
    t('noteMarkLabel'),
  );
}

/** Tells screen readers how many highlights the page has (`restored`) and, when it changes, how many are lost. */
export function announce(s: PageSession, restored: boolean): void {
  const { hl } = s;
  if (s.life.isInvalid) return; // an ended session says nothing (repaint)
  const parts: string[] = [];
  if (restored && hl.placed.size > 0) parts.push(tCount('announceRestored', hl.placed.size));
  if (hl.orphans.length > 0 && (restored || hl.orphans.length !== s.announcedOrphans))
    parts.push(tCount('announceOrphans', hl.orphans.length));
  s.announcedOrphans = hl.orphans.length;
  if (parts.length > 0) s.surface.live.say(parts.join('. '));
}
