// The library's backup settings in Firefox: turning backups on asks for the downloads permission at that moment
// (and stays off when refused); "Back up now" saves the two dated files and the panel says when and where.
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupPanel } from '../../components/library/BackupPanel';
import { loadBackupSchedule, saveBackupSchedule } from '../../lib/scheduled-backup';
import { realArticleBundle } from '../core/export/template/real-article';
import { useHappyDomDocument } from './happy-dom-document';

const bundle = realArticleBundle();
const source = {
  everything: async () => ({ articles: [bundle.article], annotations: bundle.annotations }),
  extractionOf: async () => bundle.extraction,
};
const settle = async (until: () => boolean) => {
  for (let i = 0; i < 100 && !until(); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('BackupPanel', () => {
  const { mountHost } = useHappyDomDocument();
  let granted: boolean;
  let saved: string[];
  beforeEach(() => {
    fakeBrowser.reset();
    granted = true;
    saved = [];
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async () => granted);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => granted);
    vi.spyOn(fakeBrowser.downloads, 'download').mockImplementation(async (o) => {
      saved.push(o.filename!);
      return saved.length;
    });
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: true, tombstones: [] }) as never);
  });

  const mount = async () => {
    const host = mountHost();
    const messages: string[] = [];
    render(<BackupPanel source={source} onDone={(m) => messages.push(m)} />, host);
    // The panel reads the schedule after its first paint (an effect): a reader clicks only after that.
    await new Promise((r) => setTimeout(r, 200));
    const toggle = () => host.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    return { host, messages, toggle };
  };

  it('stays off, and says why, when Firefox refuses the downloads permission', async () => {
    granted = false;
    const { host, messages, toggle } = await mount();
    await settle(() => host.textContent!.includes('backupNever'));
    toggle().click();
    await settle(() => messages.length > 0);
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ permissions: ['downloads'] });
    expect(messages).toEqual(['backupDenied']);
    expect((await loadBackupSchedule()).enabled).toBe(false);
  });

  it('turned on, backs up now into “Lede backups” and says when and where', async () => {
    const { host, messages, toggle } = await mount();
    await settle(() => host.textContent!.includes('backupNever'));
    toggle().click();
    await settle(() => (host.querySelector('button')?.textContent ?? '') === 'backupNow');
    // Turning it on saved the schedule; the background's runner takes it from there. Here: "Back up now".
    host.querySelector('button')!.click();
    await settle(() => saved.length === 2 && messages.length > 0);
    const today = new Date().toISOString().slice(0, 10);
    expect(saved).toEqual([`Lede backups/lede-backup-${today}.jsonld`, `Lede backups/lede-notes-${today}.md`]);
    await settle(() => host.querySelector('[data-testid=backup-last]')!.textContent!.startsWith('backupLast'));
    expect(host.querySelector('[data-testid=backup-last]')!.textContent).toContain(
      `Lede backups/lede-backup-${today}.jsonld, Lede backups/lede-notes-${today}.md`,
    );
  });

  it('opening the library runs a backup that is due, and not one that is not', async () => {
    const day = 24 * 3_600_000;
    const on = { enabled: true, intervalHours: 24 as const, lastFiles: [] };
    await saveBackupSchedule({ ...on, lastRun: new Date(Date.now() - day / 2).toISOString() });
    await mount();
    expect(saved).toEqual([]);
    await saveBackupSchedule({ ...on, lastRun: new Date(Date.now() - 2 * day).toISOString() });
    await mount();
    await settle(() => saved.length === 2);
    expect(saved).toHaveLength(2);
  });
});
