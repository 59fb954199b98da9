// The reader's small preferences, in versioned `storage.local` items (annotations never live here).
import { COLOR_IDS, type ColorId } from '../core/types';
import { storedItem } from './stored-item';

export interface ColorMeaning {
  id: ColorId;
  /** The reader's name for the colour ("Key claim", "Question"…). */
  label: string;
}

export interface LedeSettings {
  colors: ColorMeaning[];
  defaultColor: ColorId;
  /** Hostnames where Lede stays quiet: no toolbar, no detection. */
  quietSites: string[];
  /**
   * Hostnames that stop their text being selected where the reader let selecting work anyway ("Let me select",
   * entrypoints/content/selection-allow.ts): Lede lets it work there from the page's start.
   */
  selectSites: string[];
}

export const DEFAULT_SETTINGS: LedeSettings = {
  colors: [
    { id: 'yellow', label: 'Important' },
    { id: 'green', label: 'Evidence' },
    { id: 'blue', label: 'Background' },
    { id: 'pink', label: 'Question' },
    { id: 'purple', label: 'Follow up' },
  ],
  defaultColor: 'yellow',
  quietSites: [],
  selectSites: [],
};

/** The storage.local key and the shape's version (raise it with a migration in normalizeSettings). */
const KEY = 'settings';
export const SETTINGS_VERSION = 1;

/** Repairs settings read from storage (an older, hand-edited or corrupt value) so the UI can trust them. */
export function normalizeSettings(raw: unknown): LedeSettings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof LedeSettings, unknown>>;
  const colors: unknown[] = Array.isArray(r.colors) ? r.colors : [];
  const labels = new Map(
    colors
      .filter(
        (c): c is ColorMeaning => typeof c === 'object' && c !== null && COLOR_IDS.includes((c as ColorMeaning).id),
      )
      .map((c) => [c.id, String(c.label).slice(0, 60)]),
  );
  return {
    colors: DEFAULT_SETTINGS.colors.map((c) => ({ id: c.id, label: labels.get(c.id) || c.label })),
    defaultColor: COLOR_IDS.includes(r.defaultColor as ColorId)
      ? (r.defaultColor as ColorId)
      : DEFAULT_SETTINGS.defaultColor,
    quietSites: hostList(r.quietSites),
    // Absent before wave 35: none.
    selectSites: hostList(r.selectSites),
  };
}

/** A list of host names as stored: strings only, at most 1,000. */
function hostList(raw: unknown): string[] {
  return Array.isArray(raw) ? raw.filter((s): s is string => typeof s === 'string').slice(0, 1000) : [];
}

// Plain storage.local rather than a storage wrapper library: the content script reads settings on every page,
// and every kilobyte there is paid on every page load.
const item = storedItem(KEY, SETTINGS_VERSION, normalizeSettings);
export const loadSettings: () => Promise<LedeSettings> = item.load;
export const saveSettings: (settings: LedeSettings) => Promise<void> = item.save;
export const watchSettings: (listener: (settings: LedeSettings) => void) => () => void = item.watch;
