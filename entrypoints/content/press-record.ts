// The reader's last press of the primary button, kept in one place from the bootstrap's first moment: where it began,
// whether the page cancelled it, and what the page changed until the release. The bootstrap and the rest loaded later
// read the same record (handed over in handoff.ts), so a press heard before the rest loaded still counts after.
import { caretAt } from './caret-at';
import type { InputHub } from './input-hub';
import { PressWatch } from './press-watch';

/** Where a press began: the caret under it, read as it came. */
export type PressAnchor = { node: Node; offset: number };

/** Listens to trusted presses on the hub for as long as the page lives; touches no document until the first press. */
export class PressRecord {
  /** The last press: a page that cancelled it (`defaultPrevented`) made whatever selection follows itself. */
  pressed: MouseEvent | undefined;
  /** The caret under that press, read before any listener of the page's heard it. */
  anchor: PressAnchor | undefined;
  private readonly watch: PressWatch;

  constructor(input: InputHub, doc: () => Document) {
    this.watch = new PressWatch(doc);
    input.addEventListener('mousedown', (e: Event) => {
      const m = e as MouseEvent;
      if (!m.isTrusted || m.button !== 0) return;
      this.pressed = m;
      this.anchor = caretAt(doc(), m.clientX, m.clientY);
      this.watch.start();
    });
  }

  /**
   * At the release: stops watching and tells what the page added or rewrote since the press (press-watch.ts). Asked
   * again for the same release, it tells the same.
   */
  released(): readonly Node[] | 'all' {
    return this.watch.stop();
  }
}
