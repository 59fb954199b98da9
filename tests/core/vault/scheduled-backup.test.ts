// The scheduled backup into the downloads folder (Firefox): due once an interval has passed since the last run,
// two files named with the run's date, the lossless JSON-LD that Import reads back and the Markdown notes.
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../core/import';
import {
  afterBackup,
  backupFiles,
  isBackupDue,
  nextBackupAt,
  normalizeBackupSchedule,
  tombstonesOf,
  type BackupSchedule,
} from '../../../core/vault';
import { realArticleBundle } from '../export/template/real-article';

const on = (over: Partial<BackupSchedule> = {}): BackupSchedule => ({
  enabled: true,
  intervalHours: 24,
  lastRun: '2026-05-10T08:00:00.000Z',
  lastFiles: [],
  ...over,
});
const when = (iso: string) => new Date(iso);

describe('when a backup is due', () => {
  const cases: Record<string, { schedule: BackupSchedule; now: string; due: boolean }> = {
    'off: never': { schedule: on({ enabled: false, lastRun: null }), now: '2026-05-10T08:00:00.000Z', due: false },
    'on, never ran: now': { schedule: on({ lastRun: null }), now: '2026-05-10T08:00:00.000Z', due: true },
    'daily, 23 h 59 min later: not yet': { schedule: on(), now: '2026-05-11T07:59:00.000Z', due: false },
    'daily, 24 h later: due': { schedule: on(), now: '2026-05-11T08:00:00.000Z', due: true },
    'weekly, 6 days later: not yet': {
      schedule: on({ intervalHours: 168 }),
      now: '2026-05-16T08:00:00.000Z',
      due: false,
    },
    'weekly, 7 days later: due': { schedule: on({ intervalHours: 168 }), now: '2026-05-17T08:00:00.000Z', due: true },
    'the clock was set back before the last run: due': { schedule: on(), now: '2026-05-09T08:00:00.000Z', due: true },
  };
  for (const [name, k] of Object.entries(cases))
    it(name, () => expect(isBackupDue(k.schedule, when(k.now))).toBe(k.due));

  it('says when the next one falls due', () => {
    expect(nextBackupAt(on(), when('2026-05-10T09:00:00.000Z'))?.toISOString()).toBe('2026-05-11T08:00:00.000Z');
    expect(nextBackupAt(on({ enabled: false }), when('2026-05-10T09:00:00.000Z'))).toBeNull();
  });

  it('repairs what storage holds: unknown intervals, bad times, no value at all', () => {
    expect(normalizeBackupSchedule(undefined)).toEqual({
      enabled: false,
      intervalHours: 24,
      lastRun: null,
      lastFiles: [],
    });
    expect(
      normalizeBackupSchedule({ enabled: true, intervalHours: 1, lastRun: 'yesterday', lastFiles: [3, 'a'] }),
    ).toEqual({ enabled: true, intervalHours: 24, lastRun: null, lastFiles: ['a'] });
  });
});

describe('what a backup writes', () => {
  const bundle = realArticleBundle();
  const input = {
    articles: [bundle.article],
    annotations: bundle.annotations,
    extractions: new Map([[bundle.article.key, bundle.extraction!]]),
    // A scope from the library's current view must not shrink the backup.
    scope: { kind: 'articles' as const, keys: [] },
  };
  const now = () => new Date('2026-05-10T12:00:00.000Z');

  it('one JSON-LD and one Markdown file per run, named with its date, in the downloads folder’s “Lede backups”', () => {
    const files = backupFiles(input, now, [{ id: 'urn:uuid:gone', deleted: '2026-05-09T00:00:00.000Z' }]);
    expect(files.map((f) => [f.name, f.mimeType])).toEqual([
      ['Lede backups/lede-backup-2026-05-10.jsonld', 'application/ld+json'],
      ['Lede backups/lede-notes-2026-05-10.md', 'text/markdown'],
    ]);
    const read = readImportFile(files[0]!.text, { now });
    expect(read!.annotations.map((a) => a.id).sort()).toEqual(bundle.annotations.map((a) => a.id).sort());
    expect(tombstonesOf(files[0]!.text)).toEqual([{ id: 'urn:uuid:gone', deleted: '2026-05-09T00:00:00.000Z' }]);
    expect(files[1]!.text).toContain('China and Russia Strengthen Alliance');
    for (const a of bundle.annotations.slice(0, 3))
      expect(files[1]!.text).toContain(a.target.selector[0].exact.slice(0, 30));
  });

  it('records the run and its files', () => {
    const files = backupFiles(input, now);
    expect(afterBackup(on({ lastRun: null }), now(), files)).toEqual(
      on({ lastRun: '2026-05-10T12:00:00.000Z', lastFiles: files.map((f) => f.name) }),
    );
  });
});
