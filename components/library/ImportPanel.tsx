// Import from a file: parse and validate in the page, write through the background in one transaction, and show
// what happened (imported, already there, each record left out with its index and reason).
import { useState } from 'preact/hooks';
import { ImportFileError, readImportFile, type ImportFormat, type RejectedRecord } from '../../core/import';
import type { ColorId } from '../../core/types';
import { t } from '../../lib/i18n';
import { sendToBackground } from '../../lib/messaging';

const FORMAT_NAMES: Record<ImportFormat, string> = {
  'lede-jsonld': 'Lede JSON-LD',
  'w3c-jsonld': 'Web Annotation JSON-LD',
  hypothesis: 'Hypothesis',
  obsidian: 'Obsidian Web Clipper',
};

type Outcome =
  | { ok: true; imported: number; duplicates: number; format: ImportFormat; rejected: RejectedRecord[] }
  | { ok: false; reason: string };

export function ImportPanel({ defaultColor, onImported }: { defaultColor: ColorId; onImported(): void }) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const importFile = async (file: File) => {
    setBusy(true);
    setOutcome(null);
    try {
      const report = readImportFile(await file.text(), {
        now: () => new Date(),
        newId: () => `urn:uuid:${crypto.randomUUID()}`,
        defaultColor,
      });
      const written = await sendToBackground('importRecords', { articles: report.articles, annotations: report.annotations });
      if (!written.ok) return setOutcome({ ok: false, reason: written.reason });
      setOutcome({ ok: true, imported: written.imported, duplicates: written.duplicates, format: report.format, rejected: report.rejected });
      onImported();
    } catch (err) {
      setOutcome({ ok: false, reason: err instanceof ImportFileError || err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="lib-panel" aria-labelledby="lib-import-h">
      <h2 id="lib-import-h" class="section-title">{t('libImport')}</h2>
      <p class="small muted">{t('libImportHelp')}</p>
      <label class="btn lib-file">
        {t('libImportChoose')}
        <input
          type="file"
          accept=".json,.jsonld,.jsonl,.ndjson,application/json,application/ld+json,application/x-ndjson"
          disabled={busy}
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) void importFile(file);
          }}
        />
      </label>
      {busy && <span class="spinner" role="status" aria-label={t('libLoading')} />}
      <div role="status" aria-live="polite">
        {outcome && !outcome.ok && <p class="lib-error">{t('libImportFailed', outcome.reason)}</p>}
        {outcome?.ok && (
          <div class="small">
            <p>{t('libImportDone', FORMAT_NAMES[outcome.format], outcome.imported, outcome.duplicates)}</p>
            {outcome.rejected.length > 0 && (
              <>
                <p>{t('libImportRejected', outcome.rejected.length)}</p>
                <ul class="lib-rejected">
                  {outcome.rejected.slice(0, 100).map((r) => <li key={r.index}>{t('libImportRecord', r.index, r.reason)}</li>)}
                </ul>
              </>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
