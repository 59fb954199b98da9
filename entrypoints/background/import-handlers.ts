// The background's import commands: an import in one message (`importRecords`, the vault's "Import from folder"),
// and the news of an import the library page wrote itself (`notesImported`), which repaints the tabs it touched.
// (A large file is written by the library page itself, which holds it: its records never cross a message.)
import type { LedeStore } from '../../core/store';
import type { Annotation } from '../../core/types';
import type { BackgroundHandlers } from '../../lib/messaging';

type ImportHandlers = Pick<BackgroundHandlers, 'importRecords' | 'notesImported'>;

/**
 * The import handlers over one store. `announceImport(articleKeys)` tells the tabs showing those articles and the
 * extension's pages that notes changed.
 */
export function createImportHandlers(
  getStore: () => Promise<LedeStore>,
  announceImport: (articleKeys: ReadonlySet<string>) => void,
): ImportHandlers {
  const announceImported = (annotations: readonly Annotation[]) =>
    announceImport(new Set(annotations.map((a) => a.articleKey)));

  return {
    async importRecords({ articles, annotations }) {
      const outcome = await (await getStore()).importRecords(articles, annotations);
      announceImported(annotations);
      return { ok: true, ...outcome };
    },

    async notesImported({ articleKeys }) {
      // Only extension pages send this (contentScript: false); it writes nothing, it only repaints.
      announceImport(new Set(articleKeys));
      return { ok: true };
    },
  };
}
