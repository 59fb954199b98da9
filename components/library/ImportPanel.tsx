// Import from a file: parse and validate in the page with the import registry, write the records from the page in
// one transaction with a progress bar (records done / total) and a Cancel that keeps nothing, and show what happened
// (imported, already there, each record left out with its index and reason).
import { useRef, useState } from 'preact/hooks';
import {
  acceptedFileTypes,
  importerById,
  readImportFile,
  type ImportFormat,
  type RejectedRecord,
} from '../../core/import';
import type { ColorId } from '../../core/types';
import { t } from '../../lib/i18n';
import { importInPage, type ImportProgress } from './import-in-page';

type Outcome =
  | { ok: true; imported: number; duplicates: number; format: ImportFormat; rejected: RejectedRecord[] }
  | { ok: false; reason: string }
  | { ok: false; cancelled: true };

/** What the panel shows while an import runs: reading the file, then its records written, then the commit. */
type Busy = { phase: 'reading' } | ImportProgress;

const ACCEPT = acceptedFileTypes();

/** Lets the browser paint (the progress bar, the Cancel button) before a long synchronous step. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function ImportPanel({ defaultColor, onImported }: { defaultColor: ColorId; onImported(): void }) {
  const [busy, setBusy] = useState<Busy | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const running = useRef<AbortController | null>(null);

  const importFile = async (file: File) => {
    const controller = new AbortController();
    running.current = controller;
    setBusy({ phase: 'reading' });
    setOutcome(null);
    try {
      const text = await file.text();
      await nextFrame();
      if (controller.signal.aborted) return setOutcome({ ok: false, cancelled: true });
      const report = readImportFile(text, {
        now: () => new Date(),
        newId: () => `urn:uuid:${crypto.randomUUID()}`,
        defaultColor,
      });
      const written = await importInPage(report, { onProgress: setBusy, signal: controller.signal });
      if (!written.ok)
        return setOutcome(
          'cancelled' in written ? { ok: false, cancelled: true } : { ok: false, reason: written.reason },
        );
      setOutcome({
        ok: true,
        imported: written.imported,
        duplicates: written.duplicates,
        format: report.format,
        rejected: report.rejected,
      });
      onImported();
    } catch (err) {
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
      {busy && <ImportProgressBar busy={busy} onCancel={() => running.current?.abort()} />}
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
