// Import from a file: read and validate it with the import registry and write its records in one transaction, in a
// worker (import-off-page.ts) so the page keeps painting; a progress bar (records done / total) and a Cancel that
// keeps nothing, at any point before the commit; then what happened (imported, already there, each record left out
// with its index and reason).
import { useRef, useState } from 'preact/hooks';
import { acceptedFileTypes, importerById, type ImportFormat, type RejectedRecord } from '../../core/import';
import type { ColorId } from '../../core/types';
import { t } from '../../lib/i18n';
import { sendToBackground } from '../../lib/runtime-messages';
import type { FileImportProgress } from './import-file';
import { startImport, type RunningImport } from './import-off-page';

type Outcome =
  | { ok: true; imported: number; duplicates: number; format: ImportFormat; rejected: RejectedRecord[] }
  | { ok: false; reason: string }
  | { ok: false; cancelled: true };

/** What the panel shows while an import runs: reading the file, then its records written, then the commit. */
type Busy = FileImportProgress;

const ACCEPT = acceptedFileTypes();

export function ImportPanel({ defaultColor, onImported }: { defaultColor: ColorId; onImported(): void }) {
  const [busy, setBusy] = useState<Busy | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const running = useRef<RunningImport | null>(null);

  const importFile = async (file: File) => {
    setBusy({ phase: 'reading' });
    setOutcome(null);
    try {
      const run = startImport(file, { defaultColor, onProgress: setBusy });
      running.current = run;
      const written = await run.done;
      if (!written.ok) return setOutcome('cancelled' in written ? { ok: false, cancelled: true } : written);
      // Written and committed; the tabs' repaint is a courtesy, so a background that does not answer loses nothing.
      void sendToBackground('notesImported', { articleKeys: written.articleKeys }).catch(() => undefined);
      setOutcome({
        ok: true,
        imported: written.imported,
        duplicates: written.duplicates,
        format: written.format,
        rejected: written.rejected,
      });
      onImported();
    } catch (err) {
      // The worker could not even be handed the file: nothing was read, nothing written.
      setOutcome({ ok: false, reason: err instanceof Error ? err.message : String(err) });
    } finally {
      running.current = null;
      setBusy(null);
    }
  };

  return (
    <section class="lib-panel" aria-labelledby="lib-import-h">
      <h2 id="lib-import-h" class="section-title">
        {t('libImport')}
      </h2>
      <p class="small muted">{t('libImportHelp')}</p>
      <label class="btn lib-file">
        {t('libImportChoose')}
        <input
          type="file"
          accept={ACCEPT}
          disabled={busy !== null}
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) void importFile(file);
          }}
        />
      </label>
      {busy && <ImportProgressBar busy={busy} onCancel={() => running.current?.cancel()} />}
      <div role="status" aria-live="polite">
        {outcome && !outcome.ok && 'cancelled' in outcome && <p class="small">{t('libImportCancelled')}</p>}
        {outcome && !outcome.ok && 'reason' in outcome && (
          <p class="lib-error">{t('libImportFailed', outcome.reason)}</p>
        )}
        {outcome?.ok && (
          <div class="small">
            <p>
              {t(
                'libImportDone',
                importerById(outcome.format)?.label ?? outcome.format,
                outcome.imported,
                outcome.duplicates,
              )}
            </p>
            {outcome.rejected.length > 0 && (
              <>
                <p>{t('libImportRejected', outcome.rejected.length)}</p>
                <ul class="lib-rejected">
                  {outcome.rejected.slice(0, 100).map((r) => (
                    <li key={r.index}>{t('libImportRecord', r.index, r.reason)}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
      </div>
    </section>
  );
}

/** The bar: indeterminate while the file is read, then records written of the total, then full while committing. */
function ImportProgressBar({ busy, onCancel }: { busy: Busy; onCancel(): void }) {
  const label =
    busy.phase === 'reading'
      ? t('libImportReading')
      : busy.phase === 'writing'
        ? t('libImportProgress', busy.done.toLocaleString(), busy.total.toLocaleString())
        : t('libImportWriting', busy.total.toLocaleString());
  return (
    <div class="row lib-import-progress">
      {busy.phase === 'reading' ? (
        <progress class="grow" aria-label={label} />
      ) : (
        <progress
          class="grow"
          max={Math.max(1, busy.total)}
          value={busy.done}
          aria-label={label}
          aria-valuetext={label}
        />
      )}
      <span class="small muted">{label}</span>
      <button type="button" class="btn" onClick={onCancel}>
        {t('libImportCancel')}
      </button>
    </div>
  );
}
