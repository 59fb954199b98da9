// The painter's fallback for a page that will not let Lede's layer stay in its document (it removes every node it
// did not make, again and again): the CSS Custom Highlight API, which needs no node in the page. Its registry
// belongs to the document, so such a page can read these ranges back; a page that leaves Lede's layer alone never
// gets them (painter.ts).
import { COLOR_IDS, type ColorId } from '../types';
import { adoptStyles } from './styles';

/** Ranges painted by kind (a colour, `unconfirmed` or `flash`) in the document's highlight registry. */
export interface RegistryPaint {
  add(kind: string, range: Range): void;
  delete(kind: string, range: Range): void;
  destroy(): void;
}

interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
  priority: number;
}
interface RegistryLike {
  set(name: string, highlight: HighlightLike): unknown;
  get(name: string): HighlightLike | undefined;
  delete(name: string): boolean;
}

/** The `::highlight()` rules for the same colours as the layer's boxes. Pure. */
export function registryCss(
  prefix: string,
  colors: Readonly<Record<ColorId, string>>,
  flash: string,
  unconfirmed: string,
): string {
  const rules = COLOR_IDS.map((c) => `::highlight(${prefix}-${c}) { background-color: ${colors[c]}; }`);
  rules.push(
    `::highlight(${prefix}-unconfirmed) { background-color: transparent; text-decoration: underline dashed 2px ${unconfirmed}; text-underline-offset: 3px; }`,
    `::highlight(${prefix}-flash) { background-color: ${flash}; }`,
  );
  return rules.join('\n');
}

/** Null where the browser has no Highlight API. */
export function createRegistryPaint(doc: Document, prefix: string, css: string): RegistryPaint | null {
  const win = doc.defaultView as
    | (Window & { Highlight?: new () => HighlightLike; CSS?: { highlights?: RegistryLike } })
    | null;
  const Highlight = win?.Highlight;
  const registry = win?.CSS?.highlights;
  if (!Highlight || !registry) return null;
  const removeSheet = adoptStyles(doc, css);
  const byKind = new Map<string, HighlightLike>();
  const get = (kind: string): HighlightLike => {
    let h = byKind.get(kind);
    if (!h) {
      h = new Highlight();
      // The flash shows over a colour it overlaps.
      if (kind === 'flash') h.priority = 1;
      byKind.set(kind, h);
    }
    // Put back a highlight the page deleted from the registry.
    if (registry.get(`${prefix}-${kind}`) !== h) registry.set(`${prefix}-${kind}`, h);
    return h;
  };
  return {
    add: (kind, range) => void get(kind).add(range),
    delete: (kind, range) => void byKind.get(kind)?.delete(range),
    destroy: () => {
      for (const [kind, h] of byKind) if (registry.get(`${prefix}-${kind}`) === h) registry.delete(`${prefix}-${kind}`);
      byKind.clear();
      removeSheet();
    },
  };
}
