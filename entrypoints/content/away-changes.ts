// What the page changed while the reader was away from it, recorded by the bootstrap. A page can show words only
// while the reader is away (the pointer gone to the toolbar or the side panel, the window blurred, the tab hidden)
// and take them back as the reader returns; read then, they were listed as the article's key facts and quotes (red
// team 44, item 3). What the page added or rewrote while the reader was away, and they have not been back since, is
// left out of key facts by the popup and the sidebar until they are (changed-blocks.ts). A pointer resting still on
// the page is the reader present: what the page shows then is in front of them. Kept small: it runs in the bootstrap
// every page pays for.
import type { InputHub } from './input-hub';

/** The reader's own inputs that say they are on the page (the hub hears them before any listener of the page). */
const BACK_TYPES = ['mousemove', 'mousedown', 'pointerdown', 'keydown'] as const;
/** Inputs the hub does not hear (a wheel or a touch), listened to passively so the page scrolls as before. */
const BACK_PASSIVE = ['wheel', 'touchstart'] as const;
/**
 * The reader's deliberate actions (a click, a key or button let go): what the page does while it handles one (opens a
 * "read more" remainder) is shown to the reader as they act, so the record is cleared once the page has handled it.
 * A pointer move is not one: a page could add its words as the pointer heads out to the toolbar.
 */
const ACTED_TYPES = ['click', 'mouseup', 'pointerup', 'keyup'] as const;
/** Nodes recorded between two inputs at most; past it, everything counts as changed until the reader is back. */
const MAX_NODES = 2000;

/** What the page changed while the reader was away (ChangedNodes), and the record's two controls. */
export interface AwayChanges {
  /** Nodes the page added while the reader was away. */
  readonly added: Set<Node>;
  /** Nodes whose words, children or showing attributes the page changed in place while the reader was away. */
  readonly rewritten: Set<Node>;
  /** More changed since then than is recorded. */
  overflow: boolean;
  /**
   * Starts recording (at the reader's first input, or a few seconds after load at an idle moment: boot.ts), never at
   * load, where touching the document costs this isolated world its wrapper.
   */
  start(): void;
  /** Takes in what the page changed up to now (records not yet handed to the observer's callback). */
  flush(): void;
}

/**
 * Records in `win` what the page changes after each of the reader's inputs, heard on `input`. Closures rather than a
 * class: the minifier shortens their names, and every page loads this.
 */
export function recordAwayChanges(win: Window, input: InputHub): AwayChanges {
  const added = new Set<Node>();
  const rewritten = new Set<Node>();
  let observer: MutationObserver | null = null;
  // Whether the reader is on the page: the pointer in its window, the window focused, the tab shown. What the page
  // changes then is in front of them (a story a single-page site loads after their click, a live post), so only
  // what it changes while they are away is recorded. A pointer resting still counts as present.
  let present = true;
  const note = (records: MutationRecord[]): void => {
    if (present) return;
    for (const r of records) {
      if (changes.overflow) return;
      if (r.type === 'childList') {
        for (const n of r.addedNodes) added.add(n);
        if (r.removedNodes.length) rewritten.add(r.target);
      } else rewritten.add(r.target);
      if (added.size + rewritten.size > MAX_NODES) {
        changes.overflow = true;
        added.clear();
        rewritten.clear();
      }
    }
  };
  const changes: AwayChanges = {
    added,
    rewritten,
    overflow: false,
    start() {
      if (observer) return;
      observer = new MutationObserver(note);
      observer.observe(win.document, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['class', 'style', 'hidden', 'open'],
      });
    },
    flush() {
      if (observer) note(observer.takeRecords());
    },
  };
  const back = (e: Event): void => {
    if (!e.isTrusted) return;
    present = true;
    changes.start();
    observer?.takeRecords();
    added.clear();
    rewritten.clear();
    changes.overflow = false;
  };
  for (const type of BACK_TYPES) input.addEventListener(type, back);
  for (const type of ACTED_TYPES) input.addEventListener(type, (e) => win.setTimeout(() => back(e), 0));
  for (const type of BACK_PASSIVE) win.addEventListener(type, back, { capture: true, passive: true });
  // Heard at the window's capture, before any listener of the page's on the document or the root: a page that adds
  // its words as the pointer leaves has them recorded.
  // `pointerout` comes before `mouseout`: a page that adds its words in its own `pointerout` listener is heard away.
  // Only the reader's own input brings them back: a page can focus its window (a frame's or a field's focus() is a
  // trusted `focus` event) or be shown again without the reader having looked (red team 46).
  const gone = (e: Event): void => {
    if (!e.isTrusted) return;
    if ((e.type === 'mouseout' || e.type === 'pointerout') && (e as MouseEvent).relatedTarget) return;
    if (e.type === 'visibilitychange' && !win.document.hidden) return;
    if (e.type === 'blur' && e.target !== win) return;
    changes.start();
    present = false;
  };
  for (const type of ['pointerout', 'mouseout', 'blur', 'visibilitychange'])
    win.addEventListener(type, gone, { capture: true, passive: true });
  return changes;
}
