// The mutable state of one page session, in two named records instead of loose variables in page-session.ts's
// closure: which article the page is (and whether it was detected), and the reader's highlights on it.
import type { UncertainPlacement } from '../../core/anchoring';
import type { Annotation } from '../../core/types';
import type { PageSummary } from '../../lib/messaging';

/** Which article the page shows. Single-page sites change it without a page load (route-watch.ts). */
export interface ArticleState {
  /** The page summary, made when first needed (the article check runs then, not on page load). */
  summary: PageSummary | null;
  /** The page was reported to the background (pageDetected) at least once. */
  detected: boolean;
  /** The latest detection in flight or done. */
  detection: Promise<void>;
  /** The route (URL without fragment) the key below belongs to: a new path never inherits the previous key. */
  keyRoute: string;
  /** The article key the background decided, or null before it answered. */
  knownKey: string | null;
}

/** The page's highlights: what is stored, where each landed, and what the reader may undo. */
export interface HighlightState {
  annotations: Map<string, Annotation>;
  /** Ranges of the placed (painted) annotations. */
  placed: Map<string, Range>;
  orphans: { id: string; reason: string }[];
  /** Placements below full confidence, for the sidebar's "moved?" marks. */
  uncertain: UncertainPlacement[];
  /** The last highlight deleted on this page, for the toast's Undo. */
  lastDeleted: Annotation | null;
}

export function createArticleState(href: string, knownKey: string | null): ArticleState {
  return { summary: null, detected: false, detection: Promise.resolve(), keyRoute: href.replace(/#.*$/, ''), knownKey };
}

export function createHighlightState(annotations: readonly Annotation[]): HighlightState {
  return {
    annotations: new Map(annotations.map((a) => [a.id, a])),
    placed: new Map(),
    orphans: [],
    uncertain: [],
    lastDeleted: null,
  };
}
