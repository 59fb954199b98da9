// The reader's folder in real Chromium, with the origin-private folder standing in for the picker
// (notes.html?vault=private): notes written on choosing it, updated within seconds of a new highlight, a note
// edited by hand left alone with a side file, and a second browser profile merging the folder by annotation id,
// then applying a deletion made on the first without its own older copy bringing the note back.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchWithExtension } from '../../scripts/lib/browser';
import { openExtensionPage, paintedHighlights, selectWithMouse } from '../../scripts/lib/reader';
import { openArticle, readStore, useE2E } from './support';

const FIRST = 'Beijing and Moscow have found common cause on the United Nations Security Council';
const SECOND = 'its ties to China have never been closer';
const env = useE2E();

/** Puts `files` (paths under Lede/) into `page`'s origin-private folder, as a synced folder would deliver them. */
function deliver(page: Page, files: Record<string, string>): Promise<void> {
  return page.evaluate(async (files) => {
    const lede = await (await navigator.storage.getDirectory()).getDirectoryHandle('Lede', { create: true });
    for (const [path, text] of Object.entries(files)) {
      const parts = path.split('/');
      const dir = parts.length > 1 ? await lede.getDirectoryHandle(parts[0]!, { create: true }) : lede;
      const w = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await w.write(text);
      await w.close();
    }
  }, files);
}

/** Every file under Lede/ in the origin-private folder, with its text. */
function folder(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const out: Record<string, string> = {};
    const root = await navigator.storage.getDirectory();
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string) => {
      for await (const [name, h] of (
        dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }
      ).entries()) {
        if (h.kind === 'directory') await walk(h as FileSystemDirectoryHandle, `${prefix}${name}/`);
        else out[`${prefix}${name}`] = await (await (h as FileSystemFileHandle).getFile()).text();
      }
    };
    try {
      await walk(await root.getDirectoryHandle('Lede'), '');
    } catch {
      // No folder yet.
    }
    return out;
  });
}

async function highlight(page: Page, text: string, color: string): Promise<void> {
  await selectWithMouse(page, text);
  await page.waitForTimeout(100);
  await page.keyboard.press(color);
}

describe('notes: a folder the reader owns', () => {
  it('writes, updates within seconds, leaves hand-edited notes alone, and imports back', async () => {
    const { page } = await openArticle(env, '/seed/article.html');
    await highlight(page, FIRST, '1');
    await expect.poll(() => paintedHighlights(page)).toEqual({ 'lede-yellow': [FIRST] });

    const library = await openExtensionPage(env.session, 'notes.html?vault=private', { width: 1200, height: 1400 });
    await library.getByRole('button', { name: 'China and Russia Strengthen Alliance' }).waitFor({ timeout: 20_000 });
    await library.getByTestId('vault').getByRole('button', { name: 'Choose a folder' }).click();
    await expect
      .poll(async () => Object.keys(await folder(library)), { timeout: 10_000 })
      .toContainEqual(expect.stringMatching(/^China-and-Russia-Strengthen-Alliance-[0-9a-f]{6}\.md$/));
    let files = await folder(library);
    const note = Object.keys(files).find((n) => n.endsWith('.md'))!;
    expect(files[note]).toContain(FIRST);
    expect(Object.keys(files).some((n) => /^backups\/lede-\d{4}-\d{2}-\d{2}-[0-9a-f]+\.jsonld$/.test(n))).toBe(true);

    // A new highlight on the page reaches the note within seconds.
    await highlight(page, SECOND, '2');
    await expect.poll(async () => (await folder(library))[note], { timeout: 10_000 }).toContain(SECOND);

    // The reader edits the note by hand, inside Lede's block; the next change does not overwrite it.
    const edited = (await folder(library))[note]!.replace(
      '# China and Russia Strengthen Alliance',
      '# China and Russia (my title)',
    );
    await library.evaluate(
      async ([name, text]) => {
        const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('Lede');
        const w = await (await dir.getFileHandle(name!)).createWritable();
        await w.write(text!);
        await w.close();
      },
      [note, edited],
    );
    await library.getByRole('button', { name: 'Write now' }).click();
    const side = note.replace(/\.md$/, '.lede-update.md');
    await expect.poll(async () => Object.keys(await folder(library))).toContain(side);
    files = await folder(library);
    expect(files[note]).toBe(edited);
    await expect
      .poll(() => library.getByTestId('vault').innerText())
      .toContain(`You edited ${note}, so Lede left it and wrote its version to ${side}.`);

    // A second browser profile (another machine) gets the folder, as a synced folder would deliver it: choosing
    // it there imports the notes by id, and importing again adds nothing.
    const synced = await folder(library);
    const second = await launchWithExtension({ onlyLocal: true });
    try {
      const other = await openExtensionPage(second, 'notes.html?vault=private', { width: 1200, height: 1400 });
      await deliver(other, synced);
      expect((await readStore(other)).annotations).toHaveLength(0);
      await other.getByTestId('vault').getByRole('button', { name: 'Choose a folder' }).click();
      await expect.poll(async () => (await readStore(other)).annotations.length, { timeout: 10_000 }).toBe(2);
      expect((await readStore(other)).annotations.map((a) => a.target.selector[0]!.exact).sort()).toEqual(
        [FIRST, SECOND].sort(),
      );
      await expect
        .poll(() => other.locator('body').innerText())
        .toContain('From the folder — added: 2, updated: 0, already up to date: 0.');
      expect((await readStore(other)).annotations).toHaveLength(2);
      // Its own backup sits beside the first profile's, never over it.
      await expect
        .poll(async () => Object.keys(await folder(other)).filter((n) => n.startsWith('backups/')).length, {
          timeout: 10_000,
        })
        .toBe(2);

      // The reader deletes the second highlight on the first machine; its backup now carries the deletion.
      const gone = (await readStore(library)).annotations.find((a) => a.target.selector[0]!.exact === SECOND)!;
      await library.getByRole('button', { name: 'China and Russia Strengthen Alliance' }).click();
      await library.locator('li', { hasText: SECOND }).getByRole('button', { name: 'Delete' }).click();
      await expect
        .poll(
          async () =>
            Object.entries(await folder(library)).some(
              ([n, text]) => n.startsWith('backups/') && text.includes('lede:tombstones') && text.includes(gone.id),
            ),
          { timeout: 10_000 },
        )
        .toBe(true);
      // The second machine imports the folder again: the deletion applies, and its own older backup (which still
      // holds the note) does not bring it back, now or on a later import.
      await deliver(
        other,
        Object.fromEntries(Object.entries(await folder(library)).filter(([n]) => n.startsWith('backups/'))),
      );
      await other.getByTestId('vault').getByRole('button', { name: 'Import from folder' }).click();
      await expect
        .poll(async () => (await readStore(other)).annotations.map((a) => a.target.selector[0]!.exact), {
          timeout: 10_000,
        })
        .toEqual([FIRST]);
      await expect
        .poll(() => other.locator('body').innerText())
        .toContain('Deleted, as they were on another machine — highlights: 1, articles: 0.');
      await other.getByTestId('vault').getByRole('button', { name: 'Import from folder' }).click();
      await other.waitForTimeout(1_500);
      expect((await readStore(other)).annotations.map((a) => a.target.selector[0]!.exact)).toEqual([FIRST]);
    } finally {
      await second.close();
    }
    await library.close();
    await page.close();
  });
});
