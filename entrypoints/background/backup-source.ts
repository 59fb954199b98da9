// What the scheduled backup reads from the store: every article, note and cached extraction, the reader's colour
// meanings, and the deletions the store keeps (so a backup imported elsewhere applies them).
import type { LedeStore } from '../../core/store';
import { listTombstones } from '../../core/store/vault-records';
import type { Extraction } from '../../core/types';
import type { BackupSource } from '../../lib/scheduled-backup';
import { loadSettings } from '../../lib/settings';

/**
 * Everything a backup or the reader's folder is written from, read from the store at once. `keys` limits the cached
 * extractions read to those articles (the folder's notes being rewritten; a backup does not carry extractions).
 */
export async function readBackupInput(
  getStore: () => Promise<LedeStore>,
  keys?: readonly string[],
): ReturnType<BackupSource['read']> {
  const store = await getStore();
  const [articles, annotations, tombstones, settings] = await Promise.all([
    store.listArticles(),
    store.allAnnotations(),
    listTombstones(store.db),
    loadSettings(),
  ]);
  const extractions = new Map<string, Extraction>();
  for (const key of keys ?? articles.map((a) => a.key)) {
    const ex = await store.getAnyCachedExtraction(key);
    if (ex) extractions.set(key, ex);
  }
  return { input: { articles, annotations, extractions, colors: settings.colors }, tombstones };
}

export function storeBackupSource(getStore: () => Promise<LedeStore>): BackupSource {
  return { read: () => readBackupInput(getStore) };
}
