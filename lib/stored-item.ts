// One versioned `storage.local` item: read and repaired with its normalizer, saved with its version, watched from
// any context. Every small preference (settings, the export template, reading copies, the backup schedule, the
// folder's status) is one of these; the normalizer is where a shape change migrates an older value.
import { browser } from 'wxt/browser';

export interface StoredItem<T> {
  /** The stored value repaired by the normalizer (the default when nothing or something unusable is stored). */
  load(): Promise<T>;
  /** Stores the value as its normalizer repairs it, with the item's version. */
  save(value: T): Promise<void>;
  /** Calls `listener` with the repaired value whenever the item changes, from any context. Returns the unsubscribe. */
  watch(listener: (value: T) => void): () => void;
}

/**
 * The item under `key` in `storage.local`. `normalize` receives whatever storage holds (untrusted like any input:
 * an older version, a hand edit, nothing) and must return a usable value.
 */
export function storedItem<T extends object>(
  key: string,
  version: number,
  normalize: (raw: unknown) => T,
): StoredItem<T> {
  return {
    load: async () => normalize((await browser.storage.local.get(key))[key]),
    save: async (value) => {
      await browser.storage.local.set({ [key]: { ...normalize(value), version } });
    },
    watch(listener) {
      const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && changes[key]) listener(normalize(changes[key].newValue));
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
  };
}
