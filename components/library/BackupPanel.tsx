// The scheduled backup into the downloads folder, where the browser cannot write to a folder the reader picks
// (Firefox): turned on here, which asks for the optional `downloads` permission at that moment (nothing is asked
// up front); says when the last backup ran and where it went. The same runner as the background's.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { BACKUP_INTERVALS, DEFAULT_BACKUP_SCHEDULE, type BackupInterval, type BackupSchedule } from '../../core/vault';
import { t } from '../../lib/i18n';
import { sendToBackground } from '../../lib/runtime-messages';
import { loadSettings } from '../../lib/settings';
import {
  BACKUP_PERMISSION,
  createBackupRunner,
  hasBackupPermission,
  loadBackupSchedule,
  saveBackupSchedule,
  watchBackupSchedule,
} from '../../lib/scheduled-backup';
import { browser } from 'wxt/browser';
import type { Extraction } from '../../core/types';
import type { ExportSource } from './ExportButtons';

export function BackupPanel({ source, onDone }: { source: ExportSource; onDone(message: string): void }) {
  const [schedule, setSchedule] = useState<BackupSchedule>(DEFAULT_BACKUP_SCHEDULE);
  const [permitted, setPermitted] = useState(true);
  // One runner for the page's life (it runs one backup at a time), reading through the newest `source`.
  const latest = useRef(source);
  latest.current = source;
  const run = useMemo(
    () =>
      createBackupRunner({
        async read() {
          const source = latest.current;
          const { articles, annotations } = await source.everything();
          const extractions = new Map<string, Extraction>();
          for (const a of articles) {
            const ex = await source.extractionOf(a.key);
            if (ex) extractions.set(a.key, ex);
          }
          const [tombs, settings] = await Promise.all([sendToBackground('listTombstones', {}), loadSettings()]);
          return {
            input: { articles, annotations, extractions, colors: settings.colors },
            tombstones: tombs.ok ? tombs.tombstones : [],
          };
        },
      }),
    [],
  );

  useEffect(() => {
    void loadBackupSchedule().then(async (s) => {
      setSchedule(s);
      setPermitted(!s.enabled || (await hasBackupPermission()));
      // The library opening is one of the moments a due backup runs.
      if (s.enabled) await run();
    });
    return watchBackupSchedule(setSchedule);
  }, [run]);

  const toggle = (on: boolean) => {
    // The permission request must come first in the click (Firefox grants only inside the reader's gesture).
    const asked = on ? browser.permissions.request(BACKUP_PERMISSION) : Promise.resolve(true);
    void asked.then(async (granted) => {
      if (!granted) return onDone(t('backupDenied'));
      setPermitted(true);
      // Saving the schedule wakes the background's runner too, which runs the first backup at once.
      await saveBackupSchedule({ ...schedule, enabled: on });
    });
  };
  const backUpNow = async () => {
    try {
      const r = await run(true);
      if (r.ran) onDone(t('backupDone', r.schedule.lastFiles.join(', ')));
      else if (r.why === 'no-permission') setPermitted(false);
    } catch (err) {
      onDone(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <div data-testid="backup">
      <p class="small">{t('vaultUnsupported')}</p>
      <label class="row">
        <input
          type="checkbox"
          checked={schedule.enabled}
          onChange={(e) => toggle((e.currentTarget as HTMLInputElement).checked)}
        />
        <span>{t('backupToggle')}</span>
      </label>
      <label class="row small">
        <span>{t('backupInterval')}</span>
        <select
          value={String(schedule.intervalHours)}
          onChange={(e) =>
            void saveBackupSchedule({
              ...schedule,
              intervalHours: Number((e.currentTarget as HTMLSelectElement).value) as BackupInterval,
            })
          }
        >
          {BACKUP_INTERVALS.map((h) => (
            <option key={h} value={String(h)}>
              {h === 24 ? t('backupDaily') : t('backupWeekly')}
            </option>
          ))}
        </select>
      </label>
      <p class="small muted">{t('backupHow')}</p>
      {schedule.enabled && !permitted && <p role="alert">{t('backupNoPermission')}</p>}
      <p class="small" role="status" data-testid="backup-last">
        {schedule.lastRun
          ? t('backupLast', new Date(schedule.lastRun).toLocaleString(), schedule.lastFiles.join(', '))
          : t('backupNever')}
      </p>
      {schedule.enabled && (
        <button type="button" class="btn" onClick={() => void backUpNow()}>
          {t('backupNow')}
        </button>
      )}
    </div>
  );
}
