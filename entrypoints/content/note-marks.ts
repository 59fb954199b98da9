// The small mark after each highlight that carries a note, so a reader sees which passages have one without
// hovering. Marks live in Lede's shadow host (the page's DOM is never touched) as fixed-position dots placed at the
// end of the passage's last line box, moved on scroll and resize at most once per animation frame.
// A mark takes no pointer events: a page that hit-tests its window (elementFromPoint over a grid) would otherwise
// find Lede's host under every mark, and so which passages carry a note. The reader's click and hover are heard by
// the input hub instead, which asks `hitTest` (reader-input.ts), as it does the painter for highlights.
import { beforeFrame, type Cancel } from './page-clock';
import { el, type UiHost } from './ui-host';

/** A mark's size on screen (9 px and its 1.5 px border, ui-host.ts), and the pixels around it that still count. */
const MARK_PX = 12;
const SLOP = 3;

export interface MarkedPassage {
  id: string;
  range: Range;
}

export class NoteMarks {
  private layer: HTMLElement | null = null;
  private marks = new Map<string, HTMLElement>();
  /** Where each shown mark's top left was put at the last placing (viewport px): hit-testing reads no layout. */
  private spots = new Map<string, { x: number; y: number }>();
  private passages: MarkedPassage[] = [];
  /** Cancels the placing asked for before the next frame (one the page cannot cancel: page-clock.ts). */
  private frame: Cancel | null = null;
  private readonly onMove = () => {
    if (this.frame || this.passages.length === 0) return;
    this.frame = beforeFrame(this.view, () => {
      this.frame = null;
      this.place();
    });
  };

  /** `ui` gives Lede's host (created on first need). */
  constructor(
    private readonly ui: () => UiHost,
    private readonly doc: Document,
  ) {
    this.view.addEventListener('scroll', this.onMove, { capture: true, passive: true });
    this.view.addEventListener('resize', this.onMove, { passive: true });
  }

  private get view(): Window {
    return this.doc.defaultView!;
  }

  /** Shows a mark for exactly these passages (those whose highlight has a note). */
  show(passages: MarkedPassage[], label: string): void {
    this.passages = passages;
    if (passages.length === 0 && !this.layer) return;
    const root = this.ui().root;
    if (!this.layer || this.layer.getRootNode() !== root) {
      this.layer = el(this.doc, 'div', { class: 'marks', attrs: { 'aria-hidden': 'true' } });
      this.marks.clear();
      this.spots.clear();
      root.prepend(this.layer);
    }
    const keep = new Set(passages.map((p) => p.id));
    for (const [id, node] of this.marks) {
      if (!keep.has(id)) {
        node.remove();
        this.marks.delete(id);
        this.spots.delete(id);
      }
    }
    for (const { id } of passages) {
      if (this.marks.has(id)) continue;
      const mark = el(this.doc, 'span', { class: 'note-mark', title: label, attrs: { 'data-id': id } });
      this.layer.append(mark);
      this.marks.set(id, mark);
    }
    this.place();
  }

  /** Puts each mark at the top right of its passage's last line box; hides marks of passages off screen. */
  private place(): void {
    const height = this.view.innerHeight;
    // The layer's own place: the window's corner, unless a containing block of the page's (a transform or
    // containment on its body) holds Lede's fixed boxes; the marks go where the passages are drawn either way.
    const origin = this.layer?.getBoundingClientRect() ?? { left: 0, top: 0 };
    for (const { id, range } of this.passages) {
      const mark = this.marks.get(id);
      if (!mark) continue;
      const rects = range.getClientRects();
      const last = rects[rects.length - 1];
      const visible = !!last && last.width + last.height > 0 && last.bottom > -8 && last.top < height + 8;
      mark.hidden = !visible;
      if (!visible) {
        this.spots.delete(id);
        continue;
      }
      const spot = { x: Math.round(last.right - 2), y: Math.round(last.top - 5) };
      this.spots.set(id, spot);
      mark.style.transform = `translate(${spot.x - origin.left}px, ${spot.y - origin.top}px)`;
    }
  }

  /** The id of the highlight whose mark is under viewport point (x, y), with a few pixels to spare; else null. */
  hitTest(x: number, y: number): string | null {
    for (const [id, { x: left, y: top }] of this.spots)
      if (x >= left - SLOP && x <= left + MARK_PX + SLOP && y >= top - SLOP && y <= top + MARK_PX + SLOP) return id;
    return null;
  }

  destroy(): void {
    this.view.removeEventListener('scroll', this.onMove, { capture: true });
    this.view.removeEventListener('resize', this.onMove);
    this.frame?.();
    this.frame = null;
    this.layer?.remove();
    this.layer = null;
    this.marks.clear();
    this.spots.clear();
  }
}
