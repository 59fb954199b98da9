// What the background knows about open tabs: which article each tab's frames show, and their last anchoring
// reports. Kept in `storage.session` so it survives the service worker being stopped (Chrome stops it after ~30 s
// idle): edits made in the sidebar or library still reach the page afterwards.

import type { AnchorReport } from '../../lib/messaging';

/** The part of `browser.storage.session` this needs; null where the browser has none (memory only then). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const TABS_KEY = 'lede.tabArticles.v1';

/** Tab and frame → article key, read back from the session area on first use after a restart. */
export class TabState {
  private tabs: Promise<Map<string, string>> | null = null;
  private writing: Promise<void> = Promise.resolve();
  /** Anchoring reports are only a cache: after a restart they are asked again from the tab (see handlers). */
  readonly reports = new Map<string, AnchorReport>();

  constructor(private readonly area: SessionArea | null) {}

  private load(): Promise<Map<string, string>> {
    this.tabs ??= (async () => {
      if (!this.area) return new Map<string, string>();
      try {
        const stored = (await this.area.get(TABS_KEY))[TABS_KEY];
        const entries = stored && typeof stored === 'object' ? Object.entries(stored as Record<string, unknown>) : [];
        return new Map(
          entries.filter((e): e is [string, string] => typeof e[1] === 'string' && /^\d+\/\d+$/.test(e[0])),
        );
      } catch {
        // An unreadable session area only costs the cross-tab refresh until the tabs report again.
        return new Map<string, string>();
      }
    })();
    return this.tabs;
  }

  private persist(map: Map<string, string>): Promise<void> {
    if (!this.area) return Promise.resolve();
    const area = this.area;
    // Writes go one after another so an older snapshot never lands after a newer one.
    this.writing = this.writing.then(() => area.set({ [TABS_KEY]: Object.fromEntries(map) })).catch(() => undefined);
    return this.writing;
  }

  /** Records that `frameId` of `tabId` shows the article `key`. */
  async setFrame(tabId: number, frameId: number, key: string): Promise<void> {
    const map = await this.load();
    if (map.get(`${tabId}/${frameId}`) === key) return;
    map.set(`${tabId}/${frameId}`, key);
    await this.persist(map);
  }

  /** Forgets a closed tab. */
  async forgetTab(tabId: number): Promise<void> {
    const map = await this.load();
    let changed = false;
    for (const id of [...map.keys()]) {
      if (id.startsWith(`${tabId}/`)) changed = map.delete(id) || changed;
    }
    if (changed) await this.persist(map);
  }

  /** The tabs with at least one frame showing `key`. */
  async tabsShowing(key: string): Promise<number[]> {
    const tabs = new Set<number>();
    for (const [id, k] of await this.load()) if (k === key) tabs.add(Number(id.split('/')[0]));
    return [...tabs];
  }
}
