// The scheduled backup's browser side (Firefox): it downloads the day's two files into "Lede backups" only when
// one is due and the reader granted the downloads permission, and records when it ran and what it wrote.
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readImportFile } from '../../core/import';
import { tombstonesOf } from '../../core/vault';
import { createBackupRunner, loadBackupSchedule, saveBackupSchedule } from '../../lib/scheduled-backup';
import { realArticleBundle } from '../core/export/template/real-article';

const bundle = realArticleBundle();
const source = {
  read: async () => ({
    input: { articles: [bundle.article], annotations: bundle.annotations },
    tombstones: [{ id: 'urn:uuid:deleted-elsewhere', deleted: '2026-05-01T00:00:00.000Z' }],
  }),
};

let downloads: { filename: string; text: string }[];
let granted: boolean;
beforeEach(() => {
  fakeBrowser.reset();
  downloads = [];
  granted = true;
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => granted);
  // The blob the download reads, as the browser would read it.
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, b as Blob);
    return url;
  });
  vi.spyOn(fakeBrowser.downloads, 'download').mockImplementation(async (o) => {
    downloads.push({ filename: o.filename!, text: await blobs.get(o.url)!.text() });
    return downloads.length;
  });
});

describe('the scheduled backup in the downloads folder', () => {
  it('does nothing while backups are off, or without the permission', async () => {
    const run = createBackupRunner(source, () => new Date('2026-05-10T12:00:00.000Z'));
    expect(await run()).toEqual({ ran: false, why: 'off' });
    await saveBackupSchedule({ ...(await loadBackupSchedule()), enabled: true });
    granted = false;
    expect(await run()).toEqual({ ran: false, why: 'no-permission' });
    expect(downloads).toEqual([]);
  });

  it('backs up once a day: the dated JSON-LD and Markdown, then not again until the interval has passed', async () => {
    let now = new Date('2026-05-10T12:00:00.000Z');
    const run = createBackupRunner(source, () => now);
    await saveBackupSchedule({ ...(await loadBackupSchedule()), enabled: true });
    const first = await run();
    expect(first.ran).toBe(true);
    expect(downloads.map((d) => d.filename)).toEqual([
      'Lede backups/lede-backup-2026-05-10.jsonld',
      'Lede backups/lede-notes-2026-05-10.md',
    ]);
    expect(readImportFile(downloads[0]!.text, { now: () => now }).annotations).toHaveLength(bundle.annotations.length);
    expect(tombstonesOf(downloads[0]!.text)).toEqual([
      { id: 'urn:uuid:deleted-elsewhere', deleted: '2026-05-01T00:00:00.000Z' },
    ]);
    expect(await loadBackupSchedule()).toMatchObject({
      lastRun: '2026-05-10T12:00:00.000Z',
      lastFiles: ['Lede backups/lede-backup-2026-05-10.jsonld', 'Lede backups/lede-notes-2026-05-10.md'],
    });
    now = new Date('2026-05-11T11:00:00.000Z');
    expect(await run()).toEqual({ ran: false, why: 'not-due' });
    expect((await run(true)).ran).toBe(true); // "Back up now"
    now = new Date('2026-05-12T11:00:00.000Z');
    expect((await run()).ran).toBe(true);
    expect(downloads.map((d) => d.filename).slice(2)).toEqual([
      'Lede backups/lede-backup-2026-05-11.jsonld',
      'Lede backups/lede-notes-2026-05-11.md',
      'Lede backups/lede-backup-2026-05-12.jsonld',
      'Lede backups/lede-notes-2026-05-12.md',
    ]);
  });
});
