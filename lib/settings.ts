// The reader's small preferences, in versioned `storage.local` items (annotations never live here).
import { storage } from 'wxt/utils/storage';
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

export const settingsItem = storage.defineItem<LedeSettings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Repairs settings read from storage (an older or hand-edited value) so the UI can trust them. */
export function normalizeSettings(raw: Partial<LedeSettings> | null | undefined): LedeSettings {
  const labels = new Map((raw?.colors ?? []).filter((c) => c && COLOR_IDS.includes(c.id)).map((c) => [c.id, String(c.label).slice(0, 60)]));
  return {
    colors: DEFAULT_SETTINGS.colors.map((c) => ({ id: c.id, label: labels.get(c.id) || c.label })),
    defaultColor: raw?.defaultColor && COLOR_IDS.includes(raw.defaultColor) ? raw.defaultColor : DEFAULT_SETTINGS.defaultColor,
    quietSites: Array.isArray(raw?.quietSites) ? raw.quietSites.filter((s) => typeof s === 'string').slice(0, 1000) : [],
  };
}

export async function loadSettings(): Promise<LedeSettings> {
  return normalizeSettings(await settingsItem.getValue());
}

export async function saveSettings(settings: LedeSettings): Promise<void> {
  await settingsItem.setValue(normalizeSettings(settings));
}

export function watchSettings(listener: (settings: LedeSettings) => void): () => void {
  return settingsItem.watch((value) => listener(normalizeSettings(value)));
}
