// The state of one page session as one small object (PageSession) that the session's modules take as their first
// argument: which article the page is (and whether it was detected), the reader's highlights on it, the settings,
// and Lede's own things on the page.
import type { UncertainPlacement } from '../../core/anchoring';
import type { Annotation } from '../../core/types';
import type { PageSummary } from '../../lib/messaging';
import type { LedeSettings } from '../../lib/settings';
import type { FrameSight } from './frame-sight';
import type { BootHandoff } from './handoff';
import type { MutationPacer } from './mutation-pacer';
import type { PageLife } from './page-life';
import type { PageText } from './page-root';
import type { PageSurface } from './page-surface';
import { routeOf } from './route-watch';

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
  return { summary: null, detected: false, detection: Promise.resolve(), keyRoute: routeOf(href), knownKey };
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

/** One page's session: made once by page-session.ts, handed to every part of the page side. */
export interface PageSession {
  readonly doc: Document;
  readonly view: Window;
  readonly life: PageLife;
  readonly handoff: BootHandoff;
  /** The reader's settings, replaced when they change. */
  settings: LedeSettings;
  readonly article: ArticleState;
  readonly hl: HighlightState;
  /** Lede's own nodes, painter and reader aids on the page, each made when first needed. */
  readonly surface: PageSurface;
  /** The page's text as the reader sees it, kept between passes while the page does not change (page-root.ts). */
  readonly text: PageText;
  /** Re-anchors after the page changes (placements.ts starts it). */
  readonly pacer: MutationPacer;
  /** How many orphans screen readers were last told about: a repaint announces only a change. */
  announcedOrphans: number;
  /** In a sub-frame, whether the reader sees the frame (frame-sight.ts); null in the top frame. */
  sight: FrameSight | null;
  /**
   * What the reader's own last selecting gesture (a mouse drag or click, Shift with a moving key, Ctrl+A) left
   * selected: its range and words, 'none' where it left nothing of theirs selected (a click, or a selection the page
   * put away from the pointer), null before any gesture was seen. The extension's commands (shortcut, context
   * menu) save only this: a page that swaps the selection as the reader presses the shortcut gets nothing saved.
   * `href`: the address when it was made; a page that moves its route before the save gets nothing filed.
   */
  readerSelection: { range: Range; text: string; href: string } | 'none' | null;
}

export { anchorOnPage, describeOnPage, PageText, pageRoot } from './page-root';

/** The reader turned Lede off on this site: nothing is reported, offered or announced here. */
export const isQuietSite = (s: PageSession): boolean => s.settings.quietSites.includes(s.view.location.hostname);
