// One palette: every surface's highlight colours come from core/palette.ts; the CSS variables the extension pages
// use must stay equal to it, so a colour changed in one place and not the other fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COLORS } from '../../core/highlight';
import {
  DARK_UI_SWATCH_COLORS,
  EXPORT_HIGHLIGHT_COLORS,
  PAGE_HIGHLIGHT_COLORS,
  SWATCH_COLORS,
} from '../../core/palette';
import { COLOR_IDS } from '../../core/types';

describe('the palette', () => {
  it('assets/theme.css defines --hl-<colour> as SWATCH_COLORS, once, for every colour', () => {
    const css = readFileSync(new URL('../../assets/theme.css', import.meta.url), 'utf8');
    for (const c of COLOR_IDS) {
      const defs = [...css.matchAll(new RegExp(`--hl-${c}:\\s*([^;]+);`, 'g'))].map((m) => m[1]!.trim());
      expect(defs, c).toEqual([SWATCH_COLORS[c]]);
    }
  });

  it('every surface has a colour for each of the five highlight colours', () => {
    for (const table of [PAGE_HIGHLIGHT_COLORS, EXPORT_HIGHLIGHT_COLORS, SWATCH_COLORS, DARK_UI_SWATCH_COLORS])
      expect(Object.keys(table).sort()).toEqual([...COLOR_IDS].sort());
  });

  it('the painter’s defaults are the page colours', () => {
    expect(DEFAULT_COLORS).toBe(PAGE_HIGHLIGHT_COLORS);
  });
});
