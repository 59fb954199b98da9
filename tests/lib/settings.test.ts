import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, loadSettings, normalizeSettings, saveSettings, watchSettings } from '../../lib/settings';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('starts with five named colours and yellow as the default', async () => {
    const s = await loadSettings();
    expect(s.colors.map((c) => c.id)).toEqual(['yellow', 'green', 'blue', 'pink', 'purple']);
    expect(s.defaultColor).toBe('yellow');
  });

  it('keeps a renamed colour, a new default and quiet sites, and tells watchers', async () => {
    const seen: string[] = [];
    const stop = watchSettings((s) => seen.push(s.colors[3]!.label));
    await saveSettings({
      ...DEFAULT_SETTINGS,
      colors: DEFAULT_SETTINGS.colors.map((c) => (c.id === 'pink' ? { ...c, label: 'Disputed' } : c)),
      defaultColor: 'green',
      quietSites: ['example.com'],
    });
    const s = await loadSettings();
    expect(s.colors[3]).toEqual({ id: 'pink', label: 'Disputed' });
    expect(s.defaultColor).toBe('green');
    expect(s.quietSites).toEqual(['example.com']);
    await expect.poll(() => seen).toEqual(['Disputed']);
    stop();
  });

  it('repairs a hand-edited or corrupt value instead of breaking the toolbar', () => {
    const s = normalizeSettings({
      colors: [
        { id: 'red' as never, label: 'x' },
        { id: 'blue', label: 'A'.repeat(500) },
      ],
      defaultColor: 'black' as never,
      quietSites: 'all' as never,
    });
    expect(s.colors).toHaveLength(5);
    expect(s.colors[2]!.label).toHaveLength(60);
    expect(s.defaultColor).toBe('yellow');
    expect(s.quietSites).toEqual([]);
  });

  it('opens with the defaults when storage holds something that is not settings at all', async () => {
    await fakeBrowser.storage.local.set({ settings: { colors: 'pink', defaultColor: 7, quietSites: [3, 'a.com'] } });
    const s = await loadSettings();
    expect(s.colors).toEqual(DEFAULT_SETTINGS.colors);
    expect(s.defaultColor).toBe('yellow');
    expect(s.quietSites).toEqual(['a.com']);
    await fakeBrowser.storage.local.set({ settings: 42 });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the sites where the reader let selecting work, and reads settings saved before they existed as none', async () => {
    // Settings as wave 34 saved them: no selectSites at all. Nothing is lost and nothing is let select.
    await fakeBrowser.storage.local.set({
      settings: { colors: DEFAULT_SETTINGS.colors, defaultColor: 'blue', quietSites: ['quiet.example'], version: 1 },
    });
    const old = await loadSettings();
    expect(old.quietSites).toEqual(['quiet.example']);
    expect(old.defaultColor).toBe('blue');
    expect(old.selectSites).toEqual([]);
    await saveSettings({ ...old, selectSites: ['blocking.example'] });
    expect((await loadSettings()).selectSites).toEqual(['blocking.example']);
    expect(normalizeSettings({ selectSites: [7, 'a.example', null] }).selectSites).toEqual(['a.example']);
  });
});
