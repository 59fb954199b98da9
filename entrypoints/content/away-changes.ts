// What the page changed since the reader's last input on it, recorded by the bootstrap. A page can show words only
// while the reader is away (the pointer gone to the toolbar or the side panel, the window blurred, the tab hidden, or
// the pointer still for a while) and take them back as the reader returns; read then, they were listed as the
// article's key facts and quotes (red team 44, item 3). What the page added or rewrote after the reader's last input
// is what the reader has not yet been back to see; the popup and the sidebar leave it out of key facts until then
// (changed-blocks.ts). Kept small: it runs in the bootstrap every page pays for.
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

/** What the page changed since the reader's last input (ChangedNodes), and the record's two controls. */
export interface AwayChanges {
  /** Nodes the page added since the reader's last input. */
  readonly added: Set<Node>;
  /** Nodes whose words, children or showing attributes the page changed in place since then. */
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
  const note = (records: MutationRecord[]): void => {
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
    changes.start();
    observer?.takeRecords();
    added.clear();
    rewritten.clear();
    changes.overflow = false;
  };
  for (const type of BACK_TYPES) input.addEventListener(type, back);
  for (const type of ACTED_TYPES) input.addEventListener(type, (e) => win.setTimeout(() => back(e), 0));
  for (const type of BACK_PASSIVE) win.addEventListener(type, back, { capture: true, passive: true });
  return changes;
}
