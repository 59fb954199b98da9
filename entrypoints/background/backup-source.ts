// What the scheduled backup reads from the store: every article, note and cached extraction, the reader's colour
// meanings, and the deletions the store keeps (so a backup imported elsewhere applies them).
import type { LedeStore } from '../../core/store';
import { listTombstones } from '../../core/store/vault-records';
import type { Extraction } from '../../core/types';
import type { BackupSource } from '../../lib/scheduled-backup';
import { loadSettings } from '../../lib/settings';

export function storeBackupSource(getStore: () => Promise<LedeStore>): BackupSource {
  return {
    async read() {
      const store = await getStore();
      const [articles, annotations, tombstones, settings] = await Promise.all([
        store.listArticles(),
        store.allAnnotations(),
        listTombstones(store.db),
        loadSettings(),
      ]);
      const extractions = new Map<string, Extraction>();
      for (const a of articles) {
        const ex = await store.getAnyCachedExtraction(a.key);
        if (ex) extractions.set(a.key, ex);
      }
      return { input: { articles, annotations, extractions, colors: settings.colors }, tombstones };
    },
  };
}
