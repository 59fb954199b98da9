// One palette: every surface's highlight colours come from core/palette.ts; the CSS variables the extension pages
// use must stay equal to it, so a colour changed in one place and not the other fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COLORS } from '../../core/highlight';
import {
  DARK_UI_COLORS,
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

  it('note-editor.css defines --ui-<name> as DARK_UI_COLORS, once each, and writes none of them out again', () => {
    const css = readFileSync(new URL('../../entrypoints/note-editor/note-editor.css', import.meta.url), 'utf8');
    for (const [name, value] of Object.entries(DARK_UI_COLORS)) {
      const prop = `--ui-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
      const defs = [...css.matchAll(new RegExp(`${prop}:\\s*([^;]+);`, 'g'))].map((m) => m[1]!.trim());
      expect(defs, name).toEqual([value]);
      expect(css, `${name} is used`).toContain(`var(${prop})`);
      // Outside its definition the value never appears literally: a copy would drift when the table changes.
      const literal = new RegExp(`${value.replace(/[.()]/g, '\\$&')}(?![0-9a-f])`, 'gi');
      expect(css.match(literal), `${value} written once`).toHaveLength(1);
    }
  });

  it('the toolbar’s sheet and the editor’s frame take the dark UI’s hex colours from the table, not copies', () => {
    for (const file of ['entrypoints/content/ui-host.ts', 'entrypoints/content/editor-frame.ts']) {
      const source = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
      for (const value of Object.values(DARK_UI_COLORS))
        if (value.length === 7) expect(source.toLowerCase(), `${value} in ${file}`).not.toContain(value);
    }
  });

  it('the editor’s colour bar falls back to the dark UI’s yellow swatch, as NoteEditor does', () => {
    const css = readFileSync(new URL('../../entrypoints/note-editor/note-editor.css', import.meta.url), 'utf8');
    expect(css).toContain(`var(--chosen, ${DARK_UI_SWATCH_COLORS.yellow})`);
  });

  it('every surface has a colour for each of the five highlight colours', () => {
    for (const table of [PAGE_HIGHLIGHT_COLORS, EXPORT_HIGHLIGHT_COLORS, SWATCH_COLORS, DARK_UI_SWATCH_COLORS])
      expect(Object.keys(table).sort()).toEqual([...COLOR_IDS].sort());
  });

  it('the painter’s defaults are the page colours', () => {
    expect(DEFAULT_COLORS).toBe(PAGE_HIGHLIGHT_COLORS);
  });
});
