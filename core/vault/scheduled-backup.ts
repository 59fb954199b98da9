// The scheduled backup for browsers that cannot write to a folder the reader picks (Firefox has no File System
// Access API): when one is due, what its files are called and what they hold. The browser side (the downloads
// API, storage) lives in lib/scheduled-backup.ts; this part is pure and takes its clock.
import type { ExportInput } from '../export/bundle';
import { exportMarkdown } from '../export/markdown';
import { backupText } from './backup-text';
import type { Tombstone } from './merge';

/** The sub-folder of the downloads folder the backups go to. */
export const BACKUP_DOWNLOADS_FOLDER = 'Lede backups';
/** Intervals a reader can choose, in hours: daily and weekly. */
export const BACKUP_INTERVALS = [24, 168] as const;
export type BackupInterval = (typeof BACKUP_INTERVALS)[number];

export interface BackupSchedule {
  enabled: boolean;
  intervalHours: BackupInterval;
  /** When the last backup ran (ISO), or null before the first. */
  lastRun: string | null;
  /** The files it wrote, relative to the downloads folder. */
  lastFiles: string[];
}

export const DEFAULT_BACKUP_SCHEDULE: BackupSchedule = {
  enabled: false,
  intervalHours: 24,
  lastRun: null,
  lastFiles: [],
};

/** Repairs a schedule read from storage (older, hand-edited or missing) so callers can trust it. */
export function normalizeBackupSchedule(raw: unknown): BackupSchedule {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof BackupSchedule, unknown>>;
  const interval = BACKUP_INTERVALS.find((h) => h === r.intervalHours) ?? DEFAULT_BACKUP_SCHEDULE.intervalHours;
  const lastRun = typeof r.lastRun === 'string' && !Number.isNaN(Date.parse(r.lastRun)) ? r.lastRun : null;
  return {
    enabled: r.enabled === true,
    intervalHours: interval,
    lastRun,
    lastFiles: Array.isArray(r.lastFiles)
      ? r.lastFiles.filter((f): f is string => typeof f === 'string').slice(0, 10)
      : [],
  };
}

/**
 * True when a backup should run at `now`: backups are on, and none ran yet or the last is at least one interval
 * old. A last run in the future (the clock was set back) counts as due, so a wrong clock cannot stop backups.
 */
export function isBackupDue(schedule: BackupSchedule, now: Date): boolean {
  if (!schedule.enabled) return false;
  if (schedule.lastRun === null) return true;
  const last = Date.parse(schedule.lastRun);
  const elapsed = now.getTime() - last;
  return elapsed < 0 || elapsed >= schedule.intervalHours * 3_600_000;
}

/** When the next backup falls due, or null when backups are off. */
export function nextBackupAt(schedule: BackupSchedule, now: Date): Date | null {
  if (!schedule.enabled) return null;
  if (isBackupDue(schedule, now)) return now;
  return new Date(Date.parse(schedule.lastRun!) + schedule.intervalHours * 3_600_000);
}

export interface BackupFile {
  /** Relative to the downloads folder, with `/` between folder and file (the downloads API's form). */
  name: string;
  mimeType: string;
  text: string;
}

/**
 * One run's files, named with the run's date (UTC): the lossless JSON-LD backup (tombstones included; Import and
 * "Import from folder" read it back) and every note as one Markdown file. A second run on the same day replaces
 * that day's files.
 */
export function backupFiles(input: ExportInput, now: () => Date, tombstones: readonly Tombstone[] = []): BackupFile[] {
  const date = now().toISOString().slice(0, 10);
  const all = { ...input, scope: undefined };
  return [
    {
      name: `${BACKUP_DOWNLOADS_FOLDER}/lede-backup-${date}.jsonld`,
      mimeType: 'application/ld+json',
      text: backupText(all, now, tombstones),
    },
    {
      name: `${BACKUP_DOWNLOADS_FOLDER}/lede-notes-${date}.md`,
      mimeType: 'text/markdown',
      text: exportMarkdown(all, now),
    },
  ];
}

/** The schedule after a run that wrote `files` at `now`. Never mutates `schedule`. */
export function afterBackup(schedule: BackupSchedule, now: Date, files: readonly BackupFile[]): BackupSchedule {
  return { ...schedule, lastRun: now.toISOString(), lastFiles: files.map((f) => f.name) };
}
