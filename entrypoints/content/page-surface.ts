// Lede's own things on a page, each made the first time it is needed: the shadow-DOM host, the toolbar, toast and
// tip, the note editor's frame, the highlight painter and the reader aids (live region, note marks, shortcut list).
// The host is put back when a page removes it; destroy() takes everything away.
import { endPageTransition } from '../../core/highlight/view-transition';
import { createPainter, type Painter } from '../../core/highlight';
import { t } from '../../lib/i18n';
import type { EditorFrame } from './editor-frame';
import { HighlightUi } from './highlight-ui';
import { LiveRegion } from './live-region';
import { NoteMarks } from './note-marks';
import { beforeFrame, type Cancel } from './page-clock';
import type { PageLife } from './page-life';
import { ShortcutsPanel } from './shortcuts-panel';
import { SpotKeeper } from './spot-keeper';
import { shadowRootOf } from './shadow-root-of';
import { createUiHost, type UiHost } from './ui-host';

export class PageSurface {
  private ui: UiHost | null = null;
  private highlightUi: HighlightUi | null = null;
  private painterInstance: Painter | null = null;
  /** The note editor once the reader opened it (made by highlight-actions.ts, which owns its callbacks). */
  editor: EditorFrame | null = null;
  /** A polite live region: what screen readers are told. */
  readonly live: LiveRegion;
  /** The marks after passages whose highlight carries a note. */
  readonly marks: NoteMarks;
  /** The list of keyboard shortcuts (Alt+Shift+/). */
  readonly shortcuts: ShortcutsPanel;

  /** `refound`: a painted passage found again in nodes the page rendered anew with the same words (spot-keeper.ts). */
  constructor(
    private readonly doc: Document,
    private readonly life: PageLife,
    private readonly refound: (id: string, range: Range) => void = () => {},
  ) {
    this.live = new LiveRegion(
      () => this.host(),
      doc,
      (fn, ms) => life.setTimeout(fn, ms),
    );
    this.marks = new NoteMarks(() => this.host(), doc);
    this.shortcuts = new ShortcutsPanel(() => this.host(), doc);
  }

  /** Lede's shadow host, made on first use. */
  host(): UiHost {
    // A page that takes the host out of its modal dialog each time it goes in hides the toolbar: say so, once.
    if (!this.ui)
      this.ui = createUiHost(
        this.doc,
        () => this.widgets().toast(t('toolbarHidden'), undefined, 'error'),
        // The open note editor, lifted above the page, kept being taken down (red team 27): it closes rather than
        // let the reader type into whatever the page lays over it.
        () => {
          if (!this.editor?.isOpen) return;
          this.editor.close();
          this.widgets().toast(t('noteEditorBuried'), undefined, 'error');
        },
      );
    // Pages that re-render their body (or remove nodes they did not make) take Lede's host with them, or move it into
    // an element of their own they do not draw: put it back. Not by an ended session (its document replaced, a new
    // session on the new one): an answer it waited for, shown late, put its old host into the new document.
    else if (this.life.isInvalid) return this.ui;
    else if (this.ui.misplaced()) this.ui.putBack();
    // A page that kept changing the host's style outlasted its watcher: it is put back at each use.
    else this.ui.repair();
    return this.ui;
  }

  /** The toolbar, toast and tip, made (and their host put back) on use. */
  widgets(): HighlightUi {
    this.highlightUi ??= new HighlightUi(this.host(), this.doc, (fn, ms) => this.life.setTimeout(fn, ms));
    const ui = this.host();
    // The toolbar or a toast shown is the reader's moment: above the page's top layer whatever it spent, and above
    // what the page shows in the top layer from its shadow roots, which no event tells (red team 63, SH).
    ui.raise();
    ui.lookDeep();
    // A transform (filter, containment) on the page's body turns the host's "fixed" into the body's box, which the
    // reader may have scrolled far from: the toolbar was drawn off screen (red team 27), a toast at the foot of a
    // long body, and `contain: paint` clips them to it. In the top layer the host is placed in the window again.
    if (!ui.placedInWindow()) ui.lift();
    // A view transition of the page's draws a still picture over everything, Lede's top layer included (red team 57).
    endPageTransition(this.doc);
    return this.highlightUi;
  }

  /** Shows the paint layer and Lede's UI above the page's top layer again (a highlight painted, the editor opened). */
  raise(deep = false): void {
    this.painterInstance?.raise();
    // A look into the page's shadow roots reads up to 2,000 elements: only where a new highlight was painted, not at
    // the note editor's opening, where the reader's first keys race its frame.
    if (deep) this.painterInstance?.lookDeep();
    this.ui?.raise();
    endPageTransition(this.doc);
  }

  /** The toolbar, toast and tip if they were ever shown, else null (hiding what was never made makes nothing). */
  get shownWidgets(): HighlightUi | null {
    return this.highlightUi;
  }

  /** The highlight painter, made on first use. */
  painter(): Painter {
    // A page that keeps removing the layer, on a body that takes no root of Lede's, gets nothing painted: say so.
    this.painterInstance ??= createPainter(this.doc, {
      onBlocked: () => this.widgets().toast(t('paintBlocked'), undefined, 'error'),
      keeper: new SpotKeeper(this.doc, this.refound),
      rootOf: shadowRootOf,
      // Waits the page cannot cancel (page-clock.ts): a page that cancelled every frame and timer pending in its
      // window stopped the painter placing its boxes for good, the passage moving on without them (red team 55).
      env: {
        setTimeout: (fn, ms) => this.life.setTimeout(fn, ms),
        clearTimeout: (cancel) => (cancel as Cancel)(),
        requestFrame: (fn) => (this.doc.defaultView ? beforeFrame(this.doc.defaultView, fn) : fn()),
      },
    });
    return this.painterInstance;
  }

  /** The painter if anything was ever painted, else null. */
  get usedPainter(): Painter | null {
    return this.painterInstance;
  }

  /** Lede's shadow host if it was ever made, else null (nothing is made by asking). */
  get madeHost(): UiHost | null {
    return this.ui;
  }

  /** True when `node` is inside Lede's host (the reader is using Lede's UI, not selecting the page). */
  contains(node: Node): boolean {
    return !!this.ui?.contains(node);
  }

  /** Removes every node and paint Lede put on the page. */
  destroy(): void {
    this.marks.destroy();
    this.live.destroy();
    this.painterInstance?.destroy();
    this.editor?.destroy();
    this.highlightUi?.destroy();
    this.ui?.destroy();
  }
}
