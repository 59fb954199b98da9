// The one versioned storage.local item every small preference is kept in.
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { storedItem } from '../../lib/stored-item';

beforeEach(() => fakeBrowser.reset());

interface Shade {
  name: string;
}
const normalize = (raw: unknown): Shade => {
  const name = (raw as Partial<Shade> | null)?.name;
  return { name: typeof name === 'string' && name.length <= 10 ? name : 'plain' };
};

describe('a stored item', () => {
  it('loads the default when nothing or something unusable is stored', async () => {
    const item = storedItem('shade', 2, normalize);
    expect(await item.load()).toEqual({ name: 'plain' });
    await fakeBrowser.storage.local.set({ shade: 'not an object' });
    expect(await item.load()).toEqual({ name: 'plain' });
  });

  it('saves the repaired value with its version and reads it back', async () => {
    const item = storedItem('shade', 2, normalize);
    await item.save({ name: 'x'.repeat(50) });
    expect((await fakeBrowser.storage.local.get('shade')).shade).toEqual({ name: 'plain', version: 2 });
    await item.save({ name: 'teal' });
    expect(await item.load()).toEqual({ name: 'teal' });
  });

  it('tells a watcher of its own key only, repaired, until it unsubscribes', async () => {
    const item = storedItem('shade', 1, normalize);
    const seen: string[] = [];
    const stop = item.watch((v) => seen.push(v.name));
    await fakeBrowser.storage.local.set({ other: { name: 'red' } });
    await item.save({ name: 'teal' });
    await fakeBrowser.storage.local.set({ shade: { name: 'y'.repeat(20) } });
    await expect.poll(() => seen).toEqual(['teal', 'plain']);
    stop();
    await item.save({ name: 'blue' });
    expect(seen).toEqual(['teal', 'plain']);
  });
});
