// The reader's last press of the primary button, kept in one place from the bootstrap's first moment: where it began,
// whether the page cancelled it, and what the page changed until the release. The bootstrap and the rest loaded later
// read the same record (handed over in handoff.ts), so a press heard before the rest loaded still counts after.
import { caretAt } from './caret-at';
import type { InputHub } from './input-hub';
import { PressWatch } from './press-watch';

/**
 * Where a press began: the caret under it, read as it came. `moved`: by the release, the page had taken that caret's
 * node out of the document or into another tree (a shadow root), so the press no longer says where the selection
 * began (red team 38, P1).
 */
export type PressAnchor = { node: Node; offset: number; moved?: true };

/** Listens to trusted presses on the hub for as long as the page lives; touches no document until the first press. */
export class PressRecord {
  /** The last press: a page that cancelled it (`defaultPrevented`) made whatever selection follows itself. */
  pressed: MouseEvent | undefined;
  /** The caret under that press, read before any listener of the page's heard it. */
  anchor: PressAnchor | undefined;
  private readonly watch: PressWatch;
  /** The tree the press's caret was in as the press came. */
  private root: Node | undefined;

  constructor(input: InputHub, doc: () => Document) {
    this.watch = new PressWatch(doc);
    input.addEventListener('mousedown', (e: Event) => {
      const m = e as MouseEvent;
      if (!m.isTrusted || m.button !== 0) return;
      this.pressed = m;
      this.anchor = caretAt(doc(), m.clientX, m.clientY);
      this.root = this.anchor?.node.getRootNode();
      this.watch.start();
    });
  }

  /**
   * At the release: stops watching and tells what the page added or rewrote since the press (press-watch.ts). Asked
   * again for the same release, it tells the same.
   */
  released(): readonly Node[] | 'all' {
    // A page that swapped the pressed paragraph for its clone, or moved it into a shadow root, as the press came left
    // a caret no selection can be checked against: marked now, as the button comes up (a page re-rendering later
    // changes nothing of this gesture's record).
    const a = this.anchor;
    if (a && !a.moved && (!a.node.isConnected || a.node.getRootNode() !== this.root))
      this.anchor = { ...a, moved: true };
    return this.watch.stop();
  }
}
