// A large import through the library page, as a reader moving from Hypothesis does it: pick the export file, watch
// the progress bar count records, get every record; pick a second file and cancel half-way, or while the file is
// still being read: none of it is kept.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openExtensionPage } from '../../scripts/lib/reader';
import { generateLibrary, toHypothesisExport } from '../fixtures/library/synthetic-library';
import { importProgressSeen, watchImportProgress } from '../fixtures/library/watch-import';
import { readStore, useE2E } from './support';

const env = useE2E();
const dir = mkdtempSync(join(tmpdir(), 'lede-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a Hypothesis export of a synthetic library; returns its path and the records it holds. */
function hypothesisFile(name: string, articles: number, host: string) {
  const library = generateLibrary(articles, 10, host);
  const path = join(dir, name);
  writeFileSync(path, toHypothesisExport(library, host));
  return { path, library };
}

describe('importing a large file through the library page', () => {
  it('shows records done of the total while importing, and a cancelled import keeps none of its records', async () => {
    const first = hypothesisFile('first.json', 120, 'first');
    const second = hypothesisFile('second.json', 250, 'second');
    const library = await openExtensionPage(env.session, 'notes.html', { width: 1200, height: 900 });
    await library.getByRole('heading', { name: 'Import' }).waitFor();
    const input = library.locator('input[type="file"]');

    await watchImportProgress(library);
    await input.setInputFiles(first.path);
    await expect
      .poll(() => library.locator('body').innerText(), { timeout: 60_000 })
      .toMatch(/From Hypothesis — imported: 1200, already here: 0/);
    const labels = await importProgressSeen(library);
    expect(labels[0]).toBe('Reading the file…');
    // The bar counted up chunk by chunk (the 120 articles, then the highlights) to the total.
    const counts = labels
      .flatMap((l) => /^Importing: ([\d,]+) of 1,320 records$/.exec(l)?.[1] ?? [])
      .map((n) => Number(n.replace(/,/g, '')));
    expect(counts[0]).toBe(0);
    expect(counts.at(-1)).toBe(1_320);
    expect(counts).toEqual([...new Set(counts)].sort((a, b) => a - b));
    expect(labels.at(-1)).toBe('Saving 1,320 records…');
    expect(await library.locator('.lib-import-progress').count()).toBe(0);
    const afterFirst = await readStore(library);
    expect(afterFirst.annotations).toHaveLength(1_200);
    expect(afterFirst.articles).toHaveLength(120);

    await watchImportProgress(library, { cancelAfterFirstChunk: true });
    await input.setInputFiles(second.path);
    await expect
      .poll(() => library.locator('body').innerText(), { timeout: 60_000 })
      .toContain('Import cancelled. Nothing was imported.');
    expect((await importProgressSeen(library)).some((l) => /^Importing: [1-9]/.test(l))).toBe(true);
    // Give a write that might still be under way every chance to land, then check nothing of the second file did.
    await library.waitForTimeout(1_000);
    const afterCancel = await readStore(library);
    expect(afterCancel.annotations).toHaveLength(1_200);
    expect(afterCancel.articles).toHaveLength(120);
    expect(afterCancel.articles.filter((a) => a.key.includes('second'))).toEqual([]);

    // The same file imported again, not cancelled, is all there: the cancel left no stage behind to collide with.
    await watchImportProgress(library);
    await input.setInputFiles(second.path);
    await expect
      .poll(() => library.locator('body').innerText(), { timeout: 60_000 })
      .toMatch(/imported: 2500, already here: 0/);
    expect((await readStore(library)).annotations).toHaveLength(3_700);
    await library.close();
  }, 240_000);

  it('a Cancel while the file is still being read keeps nothing of it', async () => {
    const kept = hypothesisFile('kept.json', 100, 'kept');
    const big = hypothesisFile('big.json', 1_500, 'big');
    const library = await openExtensionPage(env.session, 'notes.html', { width: 1200, height: 900 });
    await library.getByRole('heading', { name: 'Import' }).waitFor();
    const input = library.locator('input[type="file"]');
    await input.setInputFiles(kept.path);
    await expect
      .poll(() => library.locator('body').innerText(), { timeout: 60_000 })
      .toMatch(/imported: \d+, already here: \d+/);
    // The store as it is (this file's other test may have filled it first).
    const before = await readStore(library);
    expect(before.annotations.length).toBeGreaterThanOrEqual(1_000);

    // The reader picks a 15,000-highlight file and clicks Cancel while the bar still says the file is being read.
    await input.setInputFiles(big.path);
    await library.getByRole('progressbar', { name: 'Reading the file…' }).waitFor();
    await library.getByRole('button', { name: 'Cancel import' }).click();
    await expect
      .poll(() => library.locator('body').innerText(), { timeout: 60_000 })
      .toContain('Import cancelled. Nothing was imported.');
    expect(await library.locator('.lib-import-progress').count()).toBe(0);
    // Give a write that might still be under way every chance to land: none of the big file's records did.
    await library.waitForTimeout(1_000);
    const afterCancel = await readStore(library);
    expect(afterCancel.annotations).toHaveLength(before.annotations.length);
    expect(afterCancel.articles).toHaveLength(before.articles.length);
    expect(afterCancel.articles.filter((a) => a.key.includes('big'))).toEqual([]);
    await library.close();
  }, 180_000);
});
