// The background's import commands: a small import in one message (`importRecords`, also the vault's path), a large
// one staged in chunks (`stageImport`), then written in one transaction (`commitImport`) or dropped (`cancelImport`),
// and the news of an import the library page wrote itself (`notesImported`), which repaints the tabs it touched.
import { ImportStageError, ImportStages, StoreWriteError, type LedeStore } from '../../core/store';
import type { Annotation } from '../../core/types';
import type { BackgroundHandlers } from '../../lib/messaging';

/** An expected failure (a stage refused, a write that kept nothing) as the reply the page shows; others rethrow. */
function refusal(err: unknown): { ok: false; reason: string } {
  if (err instanceof ImportStageError || err instanceof StoreWriteError) return { ok: false, reason: err.message };
  throw err;
}

type ImportHandlers = Pick<
  BackgroundHandlers,
  'importRecords' | 'stageImport' | 'commitImport' | 'cancelImport' | 'notesImported'
>;

/**
 * The import handlers over one store. `announceImport(articleKeys)` tells the tabs showing those articles and the
 * extension's pages that notes changed. The stages live in the handlers' closure: each call starts with none.
 */
export function createImportHandlers(
  getStore: () => Promise<LedeStore>,
  announceImport: (articleKeys: ReadonlySet<string>) => void,
): ImportHandlers {
  const stages = new ImportStages(() => Date.now());
  const announceImported = (annotations: readonly Annotation[]) =>
    announceImport(new Set(annotations.map((a) => a.articleKey)));

  return {
    async importRecords({ articles, annotations }) {
      const outcome = await (await getStore()).importRecords(articles, annotations);
      announceImported(annotations);
      return { ok: true, ...outcome };
    },

    async stageImport({ importId, articles, annotations }) {
      try {
        return { ok: true, staged: stages.add(importId, articles, annotations) };
      } catch (err) {
        return refusal(err);
      }
    },

    async commitImport({ importId }) {
      const store = await getStore();
      try {
        return await stages.commit(importId, async (articles, annotations, signal) => {
          const outcome = await store.importRecords(articles, annotations, signal);
          announceImported(annotations);
          return { ok: true as const, ...outcome };
        });
      } catch (err) {
        return refusal(err);
      }
    },

    async cancelImport({ importId }) {
      return { ok: true, cancelled: stages.cancel(importId) };
    },

    async notesImported({ articleKeys }) {
      // Only extension pages send this (contentScript: false); it writes nothing, it only repaints.
      announceImport(new Set(articleKeys));
      return { ok: true };
    },
  };
}
