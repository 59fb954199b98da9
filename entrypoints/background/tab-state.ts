// What the background knows about open tabs: which article each tab's frames show, the article each frame detected
// (held here, not in the store, until the reader's first note on it), and their last anchoring reports. Kept in `storage.session` so it survives the service worker being stopped (Chrome stops it after ~30 s
// idle): edits made in the sidebar or library still reach the page afterwards.

import type { AnchorReport } from '../../lib/messaging';

/** The part of `browser.storage.session` this needs; null where the browser has none (memory only then). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const TABS_KEY = 'lede.tabArticles.v1';
const DETECTED_KEY = 'lede.tabDetected.v1';

/**
 * What a frame's detection said about the article it shows: the metadata its record takes if the reader saves a note
 * there, and when it was first detected (the record's "first read"). One per frame, replaced by its next route.
 */
export interface DetectedArticle {
  key: string;
  url: string;
  title: string;
  siteName: string | null;
  /** ISO time the frame first reported this article. */
  seen: string;
}

const isDetected = (x: unknown): x is DetectedArticle => {
  const d = x as Partial<DetectedArticle> | null;
  return (
    !!d &&
    typeof d === 'object' &&
    typeof d.key === 'string' &&
    typeof d.url === 'string' &&
    typeof d.title === 'string' &&
    (d.siteName === null || typeof d.siteName === 'string') &&
    typeof d.seen === 'string'
  );
};

const FRAME_ID = /^\d+\/\d+$/;

/** Tab and frame → article key, read back from the session area on first use after a restart. */
export class TabState {
  private tabs: Promise<Map<string, string>> | null = null;
  private detected: Promise<Map<string, DetectedArticle>> | null = null;
  private writing: Promise<void> = Promise.resolve();
  /** Anchoring reports are only a cache: after a restart they are asked again from the tab (see handlers). */
  readonly reports = new Map<string, AnchorReport>();

  constructor(private readonly area: SessionArea | null) {}

  private load(): Promise<Map<string, string>> {
    this.tabs ??= this.read(TABS_KEY, (v): v is string => typeof v === 'string');
    return this.tabs;
  }

  private loadDetected(): Promise<Map<string, DetectedArticle>> {
    this.detected ??= this.read(DETECTED_KEY, isDetected);
    return this.detected;
  }

  /** One map of the session area, frame id → value, keeping only well-formed entries. */
  private async read<T>(key: string, valid: (v: unknown) => v is T): Promise<Map<string, T>> {
    if (!this.area) return new Map<string, T>();
    try {
      const stored = (await this.area.get(key))[key];
      const entries = stored && typeof stored === 'object' ? Object.entries(stored as Record<string, unknown>) : [];
      return new Map(entries.filter((e): e is [string, T] => FRAME_ID.test(e[0]) && valid(e[1])));
    } catch {
      // An unreadable session area only costs the cross-tab refresh (or a detected title) until the tabs report again.
      return new Map<string, T>();
    }
  }

  private persist(key: string, map: Map<string, unknown>): Promise<void> {
    if (!this.area) return Promise.resolve();
    const area = this.area;
    // Writes go one after another so an older snapshot never lands after a newer one.
    this.writing = this.writing.then(() => area.set({ [key]: Object.fromEntries(map) })).catch(() => undefined);
    return this.writing;
  }

  /** Records that `frameId` of `tabId` shows the article `key`. */
  async setFrame(tabId: number, frameId: number, key: string): Promise<void> {
    const map = await this.load();
    if (map.get(`${tabId}/${frameId}`) === key) return;
    map.set(`${tabId}/${frameId}`, key);
    await this.persist(TABS_KEY, map);
  }

  /**
   * Holds what `frameId` of `tabId` detected (null: not an article, nothing to hold). The same article detected
   * again keeps its first time.
   */
  async setDetected(tabId: number, frameId: number, article: DetectedArticle | null): Promise<void> {
    const map = await this.loadDetected();
    const id = `${tabId}/${frameId}`;
    const held = map.get(id);
    if (!article) {
      if (map.delete(id)) await this.persist(DETECTED_KEY, map);
      return;
    }
    const next = held?.key === article.key ? { ...article, seen: held.seen } : article;
    if (held && JSON.stringify(held) === JSON.stringify(next)) return;
    map.set(id, next);
    await this.persist(DETECTED_KEY, map);
  }

  /** What the tab detected for `key`: its frame `frameId` first, else any of its frames; null when none did. */
  async detectedIn(tabId: number, frameId: number, key: string): Promise<DetectedArticle | null> {
    const map = await this.loadDetected();
    const own = map.get(`${tabId}/${frameId}`);
    if (own?.key === key) return own;
    for (const [id, d] of map) if (id.startsWith(`${tabId}/`) && d.key === key) return d;
    return null;
  }

  /** Forgets a closed tab. */
  async forgetTab(tabId: number): Promise<void> {
    for (const [key, map] of [
      [TABS_KEY, await this.load()],
      [DETECTED_KEY, await this.loadDetected()],
    ] as const) {
      let changed = false;
      for (const id of [...map.keys()]) {
        if (id.startsWith(`${tabId}/`)) changed = map.delete(id) || changed;
      }
      if (changed) await this.persist(key, map);
    }
  }

  /** The tabs with at least one frame showing `key`. */
  async tabsShowing(key: string): Promise<number[]> {
    const tabs = new Set<number>();
    for (const [id, k] of await this.load()) if (k === key) tabs.add(Number(id.split('/')[0]));
    return [...tabs];
  }
}
