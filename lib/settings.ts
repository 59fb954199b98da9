// The reader's small preferences, in versioned `storage.local` items (annotations never live here).
import { browser } from 'wxt/browser';
import { COLOR_IDS, type ColorId } from '../core/types';

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
};

/** The storage.local key and the shape's version (raise it with a migration in normalizeSettings). */
const KEY = 'settings';
export const SETTINGS_VERSION = 1;

/** Repairs settings read from storage (an older or hand-edited value) so the UI can trust them. */
export function normalizeSettings(raw: Partial<LedeSettings> | null | undefined): LedeSettings {
  const labels = new Map(
    (raw?.colors ?? []).filter((c) => c && COLOR_IDS.includes(c.id)).map((c) => [c.id, String(c.label).slice(0, 60)]),
  );
  return {
    colors: DEFAULT_SETTINGS.colors.map((c) => ({ id: c.id, label: labels.get(c.id) || c.label })),
    defaultColor:
      raw?.defaultColor && COLOR_IDS.includes(raw.defaultColor) ? raw.defaultColor : DEFAULT_SETTINGS.defaultColor,
    quietSites: Array.isArray(raw?.quietSites)
      ? raw.quietSites.filter((s) => typeof s === 'string').slice(0, 1000)
      : [],
  };
}

// Plain storage.local rather than a storage wrapper library: the content script reads settings on every page,
// and every kilobyte there is paid on every page load.
export async function loadSettings(): Promise<LedeSettings> {
  const stored = (await browser.storage.local.get(KEY))[KEY] as
    | (Partial<LedeSettings> & { version?: number })
    | undefined;
  return normalizeSettings(stored);
}

export async function saveSettings(settings: LedeSettings): Promise<void> {
  await browser.storage.local.set({ [KEY]: { ...normalizeSettings(settings), version: SETTINGS_VERSION } });
}

export function watchSettings(listener: (settings: LedeSettings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes[KEY])
      listener(normalizeSettings(changes[KEY].newValue as Partial<LedeSettings> | undefined));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
