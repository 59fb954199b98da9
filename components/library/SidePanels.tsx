// The library's side column: import, settings, the folder and backup, the source ledger, revisions and the export
// template. Its own module so the page loads it after the first rows are painted (LibraryPage), not before.
import type { ExportScope } from '../../core/export';
import type { LedeSettings } from '../../lib/settings';
import { ImportPanel } from './ImportPanel';
import { LedgerView } from './LedgerView';
import { RevisionSettings } from './RevisionSettings';
import { SettingsPanel } from './SettingsPanel';
import { TemplateEditor } from './TemplateEditor';
import type { Library } from './use-library';
import { VaultPanel } from './VaultPanel';

export interface SidePanelsProps {
  lib: Library;
  settings: LedeSettings;
  /** The article opened in the main column, if any: the template previews and exports it. */
  open: { key: string; title: string } | null;
  /** What the list's exports cover (the selected articles, or everything). */
  listScope: ExportScope;
  say(message: string): void;
}

export function SidePanels({ lib, settings, open, listScope, say }: SidePanelsProps) {
  return (
    <>
      <ImportPanel defaultColor={settings.defaultColor} onImported={() => void lib.reload()} />
      <SettingsPanel settings={settings} onSaved={say} />
      <VaultPanel source={lib} onDone={say} />
      <LedgerView source={lib} />
      <RevisionSettings onSaved={say} />
      <TemplateEditor
        source={lib}
        scope={open ? { kind: 'articles', keys: [open.key] } : listScope}
        previewKey={open?.key ?? lib.results[0]?.summary.article.key ?? null}
        colors={settings.colors}
        baseName={open?.title || 'lede-notes'}
        onDone={say}
      />
    </>
  );
}
