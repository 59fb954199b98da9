// `npm run bench folder`: the reader's folder written by the background in real Chromium (built extension), at
// the synthetic library's size (LIB_ARTICLES x LIB_PER_ARTICLE, default 10,000 x 10). The library is imported, the
// origin-private folder chosen (its full write is the baseline: every note and the backup), the library closed;
// then one note is edited from an extension page, and the time until its article's note file holds the edit is
// read from the service worker, 2 s of waiting for the burst to end included. Prints; asserts nothing.
// Needs `npx wxt build` first (.output/chrome-mv3) and a Chromium (LEDE_CHROMIUM or /usr/bin/chromium).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { launchWithExtension, type ExtensionSession } from '../scripts/lib/browser';
import { openExtensionPage } from '../scripts/lib/reader';
import { generateLibrary, toHypothesisExport } from '../tests/fixtures/library/synthetic-library';
import { contentHash } from '../core/hash';
import type { Annotation } from '../core/types';

/** The folder's status as the background keeps it, read in the service worker. */
function status(session: ExtensionSession): Promise<{ state: string; writtenCount: number }> {
  return session.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
    };
    const none = { state: 'none', writtenCount: 0 };
    return ((await chrome.storage.local.get('folderStatus')).folderStatus ?? none) as typeof none;
  });
}

/** Whether some note under Lede/ in the origin-private folder contains `text` (read in the service worker). */
function folderHas(session: ExtensionSession, name: string, text: string): Promise<boolean> {
  return session.worker.evaluate(
    async ([name, text]) => {
      const root = await navigator.storage.getDirectory();
      try {
        const dir = await root.getDirectoryHandle('Lede');
        return (await (await (await dir.getFileHandle(name!)).getFile()).text()).includes(text!);
      } catch {
        return false;
      }
    },
    [name, text],
  );
}

export default async function run(): Promise<void> {
  const library = generateLibrary();
  const dir = mkdtempSync(join(tmpdir(), 'lede-bench-folder-'));
  const file = join(dir, 'hypothesis-export.json');
  writeFileSync(file, toHypothesisExport(library));
  let session: ExtensionSession;
  try {
    session = await launchWithExtension();
  } catch (err) {
    console.log(`folder bench skipped: ${err instanceof Error ? err.message : String(err)}`);
    rmSync(dir, { recursive: true, force: true });
    return;
  }
  try {
    const page = await openExtensionPage(session, 'notes.html?vault=private', { width: 1200, height: 900 });
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByText(/imported: \d+/).waitFor({ timeout: 600_000 });
    console.log(`${library.articles.length} articles, ${library.annotations.length} annotations imported`);

    // Baseline: choosing the folder writes every note and the backup.
    let t0 = performance.now();
    await page.getByTestId('vault').getByRole('button', { name: 'Choose a folder' }).click();
    await page.getByTestId('vault').getByRole('status').waitFor({ timeout: 600_000 });
    const fullMs = performance.now() - t0;
    const full = await status(session);
    await page.close();

    // One edit from an extension page (as the sidebar sends it), with no library open.
    const stored = (await session.worker.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('lede');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            // One pack per article (schema v5): its first annotation.
            const req = open.result.transaction('notes').objectStore('notes').openCursor();
            req.onsuccess = () => {
              resolve(req.result?.value.annotations[0]);
              open.result.close();
            };
          };
        }),
    )) as Annotation;
    const suffix = `-${contentHash(stored.articleKey).slice(0, 6)}.md`;
    const name = await session.worker.evaluate(async (suffix) => {
      const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('Lede');
      for await (const n of (dir as unknown as { keys(): AsyncIterable<string> }).keys())
        if (n.endsWith(suffix)) return n;
      return null;
    }, suffix);
    if (!name) throw new Error(`no note for ${stored.articleKey} in the folder`);
    const sender = await openExtensionPage(session, 'popup.html', { width: 380, height: 600 });
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const note = `bench edit ${i} ${Date.now()}`;
      const edited = { ...stored, body: { ...stored.body, note }, modified: new Date().toISOString() };
      t0 = performance.now();
      const reply = await sender.evaluate(
        (annotation) =>
          (
            globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }
          ).chrome.runtime.sendMessage({ lede: 1, type: 'saveAnnotation', data: { annotation } }),
        edited,
      );
      if (!reply.ok) throw new Error(`the edit was refused: ${JSON.stringify(reply)}`);
      let found = false;
      while (!found && performance.now() - t0 < 120_000) {
        await new Promise((r) => setTimeout(r, 100));
        found = await folderHas(session, name, note);
      }
      if (!found) throw new Error(`the edit did not reach the folder (${name})`);
      runs.push(performance.now() - t0);
      stored.modified = edited.modified;
      stored.body = edited.body;
    }
    const after = await status(session);
    console.log(
      `  choosing the folder (baseline: every note and the backup): ${(fullMs / 1000).toFixed(1)} s, ${full.writtenCount.toLocaleString('en')} notes written`,
    );
    console.log(
      `  one edited note, library closed, until its file holds it (2 s wait included): ${runs.map((ms) => `${(ms / 1000).toFixed(1)} s`).join(', ')}; last write rewrote ${after.writtenCount} note(s)`,
    );
    await sender.close();
  } finally {
    await session.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
