// Reading what Lede wrote into the origin-private folder (the headless stand-in for the folder picker,
// notes.html?vault=private) back out of an extension page, so the demo can copy it to disk.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page, Worker } from 'playwright-core';

/**
 * In-page code listing every file under `folder` in the origin-private file system, path → text ({} when the
 * folder does not exist yet). Kept as source text: tsx's name-keeping helpers do not exist inside the page.
 */
const READ_FOLDER_IN_PAGE = `async (folder) => {
  const out = {};
  async function walk(dir, prefix) {
    for await (const [name, handle] of dir.entries()) {
      if (handle.kind === 'directory') await walk(handle, prefix + name + '/');
      else out[prefix + name] = await (await handle.getFile()).text();
    }
  }
  const root = await navigator.storage.getDirectory();
  let top;
  try { top = await root.getDirectoryHandle(folder); } catch { return out; }
  await walk(top, '');
  return out;
}`;

/**
 * Every file under `folder` in the origin-private file system of `page` (an extension page, or the extension's
 * service worker: the same origin, the same folder), by path relative to it, with its text.
 */
export async function readPrivateFolder(page: Page | Worker, folder: string): Promise<Record<string, string>> {
  const target = page as { evaluate(expression: string): Promise<unknown> }; // both take an expression string
  return (await target.evaluate(`(${READ_FOLDER_IN_PAGE})(${JSON.stringify(folder)})`)) as Record<string, string>;
}

/** Writes `files` (relative path → text) under `dir`, creating sub-folders; refuses paths that climb out of it. */
export function writeFiles(dir: string, files: Record<string, string>): string[] {
  const written: string[] = [];
  for (const [path, text] of Object.entries(files)) {
    if (path.split('/').some((part) => part === '..' || part === ''))
      throw new Error(`Refusing to write ${path} outside ${dir}`);
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    written.push(path);
  }
  return written.sort();
}
